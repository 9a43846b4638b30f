package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// ErrUnknownField reports a key the config does not have (usually a typo).
var ErrUnknownField = errors.New("unknown field")

var jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()

// decodeStrict decodes a JSON object into the struct pointed to by dst field by
// field, so that every error carries the dotted path of the field at fault
// (encoding/json drops the path for errors returned by custom unmarshalers).
// Unknown keys are errors. Fields whose type decodes itself are handed over whole.
func decodeStrict(data []byte, dst any, path string) error {
	v := reflect.ValueOf(dst).Elem()
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil {
		return fmt.Errorf("%s: %w", orRoot(path), err)
	}
	fields := map[string]reflect.Value{}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		fields[name] = v.Field(i)
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f, ok := fields[k]
		if !ok {
			return fmt.Errorf("%s: %w", join(path, k), ErrUnknownField)
		}
		raw := obj[k]
		if f.Kind() == reflect.Struct && !reflect.PointerTo(f.Type()).Implements(jsonUnmarshalerType) {
			if err := decodeStrict(raw, f.Addr().Interface(), join(path, k)); err != nil {
				return err
			}
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(f.Addr().Interface()); err != nil {
			return fmt.Errorf("%s: %w", join(path, k), err)
		}
	}
	return nil
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

func orRoot(path string) string {
	if path == "" {
		return "config"
	}
	return path
}
