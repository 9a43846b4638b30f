package main

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/internal/devnode"
)

// deployForTest starts an embedded L1, deploys with the devnet preset through
// the CLI and returns the L1 URL and the deployment file.
func deployForTest(t *testing.T) (url, depPath string) { return deployForTestWith(t, nil) }

// deployForTestWith is deployForTest with the config edited by mod (as
// JSON fields) before the deployment.
func deployForTestWith(t *testing.T, mod func(map[string]any)) (url, depPath string) {
	t.Helper()
	return deployWithAccounts(t, 3, 0, mod)
}

// deployWithAccounts is deployForTestWith with n funded dev keys and an
// L1 block every period seconds (0: one per transaction).
func deployWithAccounts(t *testing.T, n int, period uint64, mod func(map[string]any)) (url, depPath string) {
	t.Helper()
	ncfg := devnode.DefaultConfig()
	ncfg.DevAccounts, ncfg.Period = n, period
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
	if mod != nil {
		raw, err := os.ReadFile(cfgPath)
		if err != nil {
			t.Fatal(err)
		}
		fields := map[string]any{}
		if err := json.Unmarshal(raw, &fields); err != nil {
			t.Fatal(err)
		}
		mod(fields)
		if raw, err = json.Marshal(fields); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(cfgPath, raw, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	depPath = filepath.Join(dir, "deployment.json")
	key := hex.EncodeToString(crypto.FromECDSA(node.DevKeys()[0]))
	if out, err := run(t, "deploy", "--l1", node.HTTPEndpoint(), "--key", key, "--config", cfgPath, "--out", depPath, "--confirmations", "0"); err != nil {
		t.Fatalf("deploy: %v\n%s", err, out)
	}
	return node.HTTPEndpoint(), depPath
}

func TestSequencerCommands(t *testing.T) {
	url, dep := deployForTest(t)
	key := hex.EncodeToString(crypto.FromECDSA(devnode.DevKey(1)))
	addr := crypto.PubkeyToAddress(devnode.DevKey(1).PublicKey).Hex()
	common := []string{"--l1", url, "--deployment", dep, "--key", key}

	status := func(args ...string) sequencerOut {
		t.Helper()
		out, err := run(t, append(append([]string{"sequencer", "status", "--json"}, common...), args...)...)
		if err != nil {
			t.Fatalf("status: %v\n%s", err, out)
		}
		var s sequencerOut
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		return s
	}
	if s := status(); s.Status == "active" {
		t.Fatalf("active before registering: %+v", s)
	}

	// A bond below the config's minBond (1 ether on the devnet) is refused by name.
	_, err := run(t, append([]string{"sequencer", "register", "--bond", "1000"}, common...)...)
	if err == nil || !strings.Contains(err.Error(), "BondTooLow") {
		t.Fatalf("low bond: %v", err)
	}
	out, err := run(t, append([]string{"sequencer", "register", "--bond", "2000000000000000000", "--endpoint", "http://127.0.0.1:9545"}, common...)...)
	if err != nil {
		t.Fatalf("register: %v\n%s", err, out)
	}
	s := status()
	if s.Address != addr || s.Status != "active" || s.Stake != "2000000000000000000" || s.Endpoint != "http://127.0.0.1:9545" {
		t.Fatalf("after register: %+v", s)
	}
	// The only member joins the empty schedule at once and leads every slot.
	if !s.Scheduled || s.SlotLeader != addr || s.Strikes != 0 || s.Jailed {
		t.Fatalf("schedule after register: %+v", s)
	}
	if _, err := run(t, append([]string{"sequencer", "unjail"}, common...)...); err == nil || !strings.Contains(err.Error(), "NotJailed") {
		t.Fatalf("unjail while not jailed: %v", err)
	}
	// Anyone can look up an address without a key.
	if out, err := run(t, "sequencer", "status", "--l1", url, "--deployment", dep, addr); err != nil || !strings.Contains(out, "active") {
		t.Fatalf("status by address: %v\n%s", err, out)
	}

	if out, err := run(t, append([]string{"sequencer", "exit"}, common...)...); err != nil {
		t.Fatalf("exit: %v\n%s", err, out)
	}
	if s := status(); s.Status != "exiting" || s.ExitAt == 0 {
		t.Fatalf("after exit: %+v", s)
	}
	// The bond stays locked for the unbonding period (600 s on the devnet).
	if _, err := run(t, append([]string{"sequencer", "withdraw"}, common...)...); err == nil || !strings.Contains(err.Error(), "StillUnbonding") {
		t.Fatalf("withdraw before the unbonding period: %v", err)
	}

	// A missing deployment file is a clear error.
	if _, err := run(t, "sequencer", "status", "--l1", url, "--deployment", filepath.Join(t.TempDir(), "missing.json"), addr); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Fatalf("missing deployment file: %v", err)
	}
}
