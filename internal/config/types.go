package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// ErrBadDuration and ErrBadWei report malformed values in a config file.
var (
	ErrBadDuration = errors.New("not a duration: use whole seconds (e.g. 30) or a string like \"30s\", \"12h\", \"7d\"")
	ErrBadWei      = errors.New("not a wei amount: use a decimal or 0x-hex string")
)

// Duration is a whole number of seconds: the unit every contract works in.
// In JSON it is written as a Go-style duration string ("30s", "168h0m0s") so a
// human can read it, and read back from either such a string (with an extra
// "d" unit for days) or a bare number of seconds.
type Duration uint64

// Seconds returns d in seconds.
func (d Duration) Seconds() uint64 { return uint64(d) }

// Std converts d to a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) * time.Second }

// String renders d the way it is written to JSON.
func (d Duration) String() string {
	if d%86400 == 0 && d != 0 {
		return strconv.FormatUint(uint64(d)/86400, 10) + "d"
	}
	return (time.Duration(d) * time.Second).String()
}

// MarshalJSON writes d as a string such as "30s" or "7d".
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON accepts a number of seconds or a duration string.
func (d *Duration) UnmarshalJSON(data []byte) error {
	var n uint64
	if err := json.Unmarshal(data, &n); err == nil {
		*d = Duration(n)
		return nil
	}
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("%w: %s", ErrBadDuration, data)
	}
	v, err := ParseDuration(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDuration parses "90", "30s", "12h", "1h30m" or "7d" into whole seconds.
func ParseDuration(s string) (Duration, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.ParseUint(s, 10, 64); err == nil {
		return Duration(n), nil
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseUint(days, 10, 32)
		if err != nil {
			return 0, fmt.Errorf("%w: %q", ErrBadDuration, s)
		}
		return Duration(n * 86400), nil
	}
	td, err := time.ParseDuration(s)
	if err != nil || td < 0 || td%time.Second != 0 {
		return 0, fmt.Errorf("%w: %q", ErrBadDuration, s)
	}
	return Duration(td / time.Second), nil
}

// Wei is a non-negative amount of wei. In JSON it is a decimal string, and
// 0x-hex strings are accepted too.
type Wei struct{ v big.Int }

// NewWei returns a Wei holding x (copied).
func NewWei(x *big.Int) Wei {
	var w Wei
	w.v.Set(x)
	return w
}

// Ether returns n ether in wei, for presets and tests.
func Ether(n int64) Wei {
	return NewWei(new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)))
}

// Gwei returns n gwei in wei.
func Gwei(n int64) Wei {
	return NewWei(new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)))
}

// Big returns a copy of the amount.
func (w Wei) Big() *big.Int { return new(big.Int).Set(&w.v) }

// Sign reports whether the amount is zero (0) or positive (1).
func (w Wei) Sign() int { return w.v.Sign() }

func (w Wei) String() string { return w.v.String() }

// MarshalJSON writes the amount as a decimal string.
func (w Wei) MarshalJSON() ([]byte, error) { return json.Marshal(w.v.String()) }

// UnmarshalJSON reads a decimal or 0x-hex string (or a plain JSON integer).
func (w *Wei) UnmarshalJSON(data []byte) error {
	s := string(data)
	if uq, err := strconv.Unquote(s); err == nil {
		s = uq
	}
	v, err := ParseWei(s)
	if err != nil {
		return err
	}
	w.v.Set(v)
	return nil
}

// ParseWei parses a decimal or 0x-hex string as a 256-bit non-negative integer.
func ParseWei(s string) (*big.Int, error) {
	base, digits := 10, strings.TrimSpace(s)
	if strings.HasPrefix(digits, "0x") || strings.HasPrefix(digits, "0X") {
		base, digits = 16, digits[2:]
	}
	v, ok := new(big.Int).SetString(digits, base)
	if !ok || digits == "" || v.Sign() < 0 || v.BitLen() > 256 {
		return nil, fmt.Errorf("%w: %q", ErrBadWei, s)
	}
	return v, nil
}
