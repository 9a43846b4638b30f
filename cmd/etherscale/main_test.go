package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnode"
)

// run executes the CLI in process and returns what it printed.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	app := newApp()
	var out, errOut bytes.Buffer
	app.Writer, app.ErrWriter = &out, &errOut
	app.ExitErrHandler = func(*cli.Context, error) {}
	err := app.RunContext(context.Background(), append([]string{"etherscale"}, args...))
	return out.String() + errOut.String(), err
}

func TestHelpForEveryCommand(t *testing.T) {
	out, err := run(t, "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"devnet", "deploy", "config", "keys", "replay", "sequencer"} {
		if !strings.Contains(out, cmd) {
			t.Errorf("top-level help does not list %s:\n%s", cmd, out)
		}
	}
	for _, args := range [][]string{
		{"devnet", "--help"}, {"deploy", "--help"}, {"config", "init", "--help"},
		{"config", "check", "--help"}, {"keys", "new", "--help"}, {"keys", "dev", "--help"}, {"replay", "--help"}, {"sequencer", "register", "--help"},
	} {
		out, err := run(t, args...)
		if err != nil || !strings.Contains(out, "USAGE") {
			t.Errorf("%v: %v\n%s", args, err, out)
		}
	}
	if out, _ := run(t, "deploy", "--help"); !strings.Contains(out, "ETHERSCALE_L1") {
		t.Errorf("deploy help does not show the env var of --l1:\n%s", out)
	}
}

func TestConfigInitAndCheck(t *testing.T) {
	dir := t.TempDir()
	for _, preset := range []string{"devnet", "mainnet"} {
		path := filepath.Join(dir, preset+".json")
		if out, err := run(t, "config", "init", "--preset", preset, "--out", path); err != nil {
			t.Fatalf("init %s: %v\n%s", preset, err, out)
		}
		if out, err := run(t, "config", "check", path); err != nil || !strings.Contains(out, "ok") {
			t.Fatalf("check %s: %v\n%s", preset, err, out)
		}
	}
	// --pprof-addr serves the profiles for the command's lifetime; a bad
	// address is refused by name.
	if _, err := run(t, "--pprof-addr", "127.0.0.1:0", "keys", "dev", "--n", "1"); err != nil {
		t.Errorf("--pprof-addr 127.0.0.1:0: %v", err)
	}
	if _, err := run(t, "--pprof-addr", "not an address", "keys", "dev", "--n", "1"); err == nil || !strings.Contains(err.Error(), "--pprof-addr") {
		t.Errorf("--pprof-addr with a bad address: %v", err)
	}
	// Service settings are checked before anything is dialled.
	if _, err := run(t, "watch", "--data-dir", t.TempDir(), "--state-cache-mb", "0"); err == nil || !strings.Contains(err.Error(), "state cache") {
		t.Errorf("watch --state-cache-mb 0: %v", err)
	}
	if _, err := run(t, "watch", "--data-dir", t.TempDir(), "--workers", "0"); err == nil || !strings.Contains(err.Error(), "workers") {
		t.Errorf("watch --workers 0: %v", err)
	}
	if _, err := run(t, "config", "init", "--preset", "moon"); err == nil {
		t.Fatal("unknown preset accepted")
	}
	if _, err := run(t, "config", "init", "--fund", "0xnothex"); err == nil {
		t.Fatal("bad --fund accepted")
	}
}

func TestDeployCommand(t *testing.T) {
	ncfg := devnode.DefaultConfig()
	ncfg.DevAccounts = 2
	node, err := devnode.Start(ncfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })

	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "config.json")
	if out, err := run(t, "config", "init", "--out", cfgPath); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	depPath := filepath.Join(dir, "deployment.json")
	key := hex.EncodeToString(crypto.FromECDSA(node.DevKeys()[1]))
	// The node mines on demand, so no block would ever confirm a lone deploy.
	out, err := run(t, "deploy", "--l1", node.HTTPEndpoint(), "--key", key, "--config", cfgPath, "--out", depPath, "--confirmations", "0", "--json")
	if err != nil {
		t.Fatalf("deploy: %v\n%s", err, out)
	}
	var printed deploy.Deployment
	if err := json.Unmarshal([]byte(out), &printed); err != nil {
		t.Fatalf("--json output is not a deployment: %v\n%s", err, out)
	}
	d, err := deploy.Load(depPath)
	if err != nil {
		t.Fatal(err)
	}
	if d.Contracts != printed.Contracts {
		t.Fatalf("printed %+v, file %+v", printed.Contracts, d.Contracts)
	}
	client, err := ethclient.Dial(node.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if err := d.Verify(context.Background(), client); err != nil {
		t.Fatal(err)
	}

	// Missing key and a bad key are clear errors, not panics.
	if _, err := run(t, "deploy", "--l1", node.HTTPEndpoint(), "--config", cfgPath); err == nil || !strings.Contains(err.Error(), "--key") {
		t.Fatalf("missing key: %v", err)
	}
	if _, err := run(t, "deploy", "--l1", node.HTTPEndpoint(), "--key", "zz", "--config", cfgPath); err == nil {
		t.Fatal("bad key accepted")
	}
}

func TestKeys(t *testing.T) {
	out, err := run(t, "keys", "new", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var k keyOut
	if err := json.Unmarshal([]byte(out), &k); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	out, err = run(t, "keys", "address", "--key", k.Key)
	if err != nil || strings.TrimSpace(out) != k.Address {
		t.Fatalf("address of new key: %q, %v; want %s", out, err, k.Address)
	}
	out, err = run(t, "keys", "dev", "--n", "1")
	if err != nil || !strings.Contains(out, "0x71562b71999873DB5b286dF957af199Ec94617F7") {
		t.Fatalf("dev key 0: %v\n%s", err, out)
	}
}
