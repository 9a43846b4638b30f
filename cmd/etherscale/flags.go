package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
)

func env(name string) []string { return []string{"ETHERSCALE_" + name} }

var (
	logLevelFlag = &cli.StringFlag{
		Name: "log.level", Value: "info", EnvVars: env("LOG_LEVEL"),
		Usage: "log level: debug, info, warn, error",
	}
	logFormatFlag = &cli.StringFlag{
		Name: "log.format", Value: "text", EnvVars: env("LOG_FORMAT"),
		Usage: "log format: text or json",
	}
	l1Flag = &cli.StringFlag{
		Name: "l1", EnvVars: env("L1"),
		Usage: "L1 JSON-RPC endpoint (http://, https://, ws://); default: the one the deployment file records (the devnet's)",
	}
	// l1sFlag is --l1 of the services (watch, prove): several endpoints
	// are checked against each other (internal/l1multi).
	l1sFlag = &cli.StringSliceFlag{
		Name: "l1", EnvVars: env("L1"),
		Usage: "L1 JSON-RPC endpoint (http://, https://, ws://); several (comma-separated or repeated) are checked against each other, the first is the primary",
	}
	keyFlag = &cli.StringFlag{
		Name: "key", EnvVars: env("KEY"),
		Usage: "L1 private key as hex (prefer --key-file)",
	}
	keyFileFlag = &cli.PathFlag{
		Name: "key-file", EnvVars: env("KEY_FILE"),
		Usage: "file holding the L1 private key as hex",
	}
	jsonFlag = &cli.BoolFlag{
		Name: "json", EnvVars: env("JSON"),
		Usage: "print machine-readable JSON instead of text",
	}
)

// errKey is returned when neither or both of --key and --key-file are given.
var errKey = errors.New("give exactly one of --key or --key-file")

func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	hexKey, file := c.String(keyFlag.Name), c.Path(keyFileFlag.Name)
	if (hexKey == "") == (file == "") {
		return nil, errKey
	}
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("read --key-file: %w", err)
		}
		hexKey = string(data)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
	if err != nil {
		return nil, fmt.Errorf("parse private key: %w", err)
	}
	return key, nil
}

func newLogger(c *cli.Context) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.String(logLevelFlag.Name))); err != nil {
		return nil, fmt.Errorf("--log.level: %w", err)
	}
	opts := &slog.HandlerOptions{Level: level}
	var w io.Writer = c.App.ErrWriter
	if w == nil {
		w = os.Stderr
	}
	switch c.String(logFormatFlag.Name) {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	default:
		return nil, fmt.Errorf("--log.format: want text or json, got %q", c.String(logFormatFlag.Name))
	}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// argsWithFlags returns a command's positional arguments after applying the
// flags that follow them. The flag parser stops at the first argument, so
// `etherscale batch prove-malformed 2 --l1 URL` would otherwise take
// "--l1" and the URL for arguments; people type flags after arguments.
// "--name=value", "--name value" and a bare boolean "--name" are accepted;
// after "--" everything is an argument.
func argsWithFlags(c *cli.Context) ([]string, error) {
	bools := make(map[string]bool)
	known := make(map[string]bool)
	for _, f := range c.Command.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			known[n] = true
			bools[n] = isBool
		}
	}
	in := c.Args().Slice()
	var args []string
	for i := 0; i < len(in); i++ {
		a := in[i]
		if a == "--" {
			args = append(args, in[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			args = append(args, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !known[name] {
			return nil, fmt.Errorf("flag provided but not defined: %s", a)
		}
		switch {
		case hasValue:
		case bools[name]:
			value = "true"
		case i+1 < len(in):
			i++
			value = in[i]
		default:
			return nil, fmt.Errorf("flag needs an argument: %s", a)
		}
		if err := c.Set(name, value); err != nil {
			return nil, fmt.Errorf("%s: %w", a, err)
		}
	}
	return args, nil
}
