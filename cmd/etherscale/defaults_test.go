package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/internal/devnet"
	"github.com/etherscale/etherscale/internal/devnode"
)

// TestCLIDefaults: next to a deployment, read commands need no --l1 (the
// deployment file records a loopback endpoint) and, in a directory holding
// a devnet's data, no --deployment either; flags may follow arguments; bad
// or missing arguments are named; read-only commands list no key flags; a
// remote endpoint (which may carry an API key) is never written.
func TestCLIDefaults(t *testing.T) {
	url, dep := deployForTest(t)
	addr := crypto.PubkeyToAddress(devnode.DevKey(1).PublicKey).Hex()
	rec, err := recordedL1(dep)
	if err != nil || rec != url {
		t.Fatalf("recorded L1 %q (%v), want %q", rec, err, url)
	}
	// No --l1; the flag after the argument.
	if out, err := run(t, "sequencer", "status", addr, "--deployment", dep, "--json"); err != nil || !strings.Contains(out, `"status"`) {
		t.Fatalf("status without --l1: %v\n%s", err, out)
	}
	// No flag at all, in a directory with a devnet's data.
	dir := t.TempDir()
	data, err := os.ReadFile(dep)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, devnet.DefaultConfig().DataDir), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, devnet.DefaultConfig().DataDir, devnet.DeploymentFile), data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	if out, err := run(t, "sequencer", "status", addr); err != nil || !strings.Contains(out, "none") {
		t.Fatalf("status with no flags next to a devnet: %v\n%s", err, out)
	}
	if out, err := run(t, "dispute", "list", "--json"); err != nil {
		t.Fatalf("dispute list with no flags: %v\n%s", err, out)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"dispute", "show", "abc", "--json"}, `invalid game id "abc"`},
		{[]string{"dispute", "show", "--json"}, "want one argument, the game id (got 0)"},
		{[]string{"sequencer", "status"}, "whose status?"},
		{[]string{"sequencer", "status", "0x12"}, `invalid address "0x12"`},
		{[]string{"batch", "fetch", "x", "--json"}, `batch number "x"`},
	} {
		if out, err := run(t, c.args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: %v\n%s, want %q", c.args, err, out, c.want)
		}
	}
	// A game id after which flags follow is parsed (game 0 exists or not:
	// either way not an argument error).
	if _, err := run(t, "dispute", "show", "0", "--json"); err != nil && strings.Contains(err.Error(), "argument") {
		t.Errorf("dispute show 0 --json: %v", err)
	}
	for _, cmd := range [][]string{{"dispute", "list"}, {"dispute", "show"}, {"batch", "list"}, {"batch", "show"}, {"batch", "fetch"}} {
		out, err := run(t, append(cmd, "--help")...)
		if err != nil || strings.Contains(out, "--key") {
			t.Errorf("%v --help lists a key flag (%v):\n%s", cmd, err, out)
		}
	}

	// A remote endpoint is not recorded.
	before, _ := os.ReadFile(dep)
	if err := recordL1(dep, "https://mainnet.example.com/v3/SECRETKEY"); !errors.Is(err, errRemoteL1) {
		t.Fatalf("remote endpoint: %v, want errRemoteL1", err)
	}
	if after, _ := os.ReadFile(dep); string(after) != string(before) {
		t.Fatal("the deployment file changed")
	}
}
