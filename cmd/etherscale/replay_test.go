package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/replay"
)

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReplayCommand(t *testing.T) {
	const chainID = 42069
	baseFee := big.NewInt(1_000_000_000)
	alice, bob := devnode.DevKey(0), devnode.DevKey(1)
	aliceAddr, bobAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)
	carol := common.HexToAddress("0x00000000000000000000000000000000000c0001")
	dir := t.TempDir()
	genesis := writeFile(t, dir, "genesis.json", fmt.Sprintf(`{"chainId": %d, "baseFee": "0x%x", "alloc": {
  "%s": {"balance": "1000000000000000000", "nonce": 0},
  "%s": {"balance": "0x0", "nonce": 5}}}`, chainID, baseFee, aliceAddr.Hex(), bobAddr.Hex()))

	signer := types.LatestSignerForChainID(big.NewInt(chainID))
	sign := func(tx types.TxData) string {
		signed, err := types.SignNewTx(alice, signer, tx)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := signed.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return hexutil.Encode(raw)
	}
	legacy := sign(&types.LegacyTx{Nonce: 0, GasPrice: baseFee, Gas: 21000, To: &bobAddr, Value: big.NewInt(1000)})
	dynamic := sign(&types.DynamicFeeTx{ChainID: big.NewInt(chainID), Nonce: 1, GasTipCap: big.NewInt(1), GasFeeCap: baseFee, Gas: 30000, To: &carol, Value: big.NewInt(7)})
	badNonce := sign(&types.DynamicFeeTx{ChainID: big.NewInt(chainID), Nonce: 9, GasTipCap: big.NewInt(1), GasFeeCap: baseFee, Gas: 21000, To: &carol, Value: big.NewInt(1)})
	txs := writeFile(t, dir, "txs.txt", "# three transfers\n"+legacy+"\n\n"+dynamic+"\n"+badNonce+"\n")
	deposits := writeFile(t, dir, "deposits.json", `[{"to": "0x00000000000000000000000000000000000d0001", "amount": "0x5"}]`)

	out, err := run(t, "replay", "--genesis", genesis, "--txs", txs, "--deposits", deposits, "--trace", "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var rep replay.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	g, err := replay.LoadGenesis(genesis)
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := g.Root(); rep.GenesisRoot != want {
		t.Fatalf("genesis root %s, want %s", rep.GenesisRoot, want)
	}
	wantKinds := []string{"deposit", "tx", "tx", "tx"}
	wantApplied := []bool{true, true, true, false}
	if len(rep.Steps) != len(wantKinds) {
		t.Fatalf("%d steps: %s", len(rep.Steps), out)
	}
	for i, s := range rep.Steps {
		if s.Index != i || s.Kind != wantKinds[i] || s.Applied != wantApplied[i] {
			t.Errorf("step %d: %+v", i, s)
		}
	}
	if !strings.Contains(rep.Steps[3].Error, "nonce") {
		t.Errorf("bad-nonce step error %q", rep.Steps[3].Error)
	}
	if rep.Steps[3].Root != rep.Steps[2].Root || rep.StateRoot != rep.Steps[3].Root || rep.Steps[1].Root == rep.Steps[0].Root {
		t.Errorf("roots do not chain: %+v", rep)
	}
	if rep.Applied != 3 || rep.NoOps != 1 {
		t.Errorf("applied %d noops %d", rep.Applied, rep.NoOps)
	}
	if wantHash := crypto.Keccak256Hash(hexutil.MustDecode(legacy)); rep.Steps[1].Hash != wantHash {
		t.Errorf("tx hash %s, want %s", rep.Steps[1].Hash, wantHash)
	}

	// Without --trace the same root, and a readable text form.
	text, err := run(t, "replay", "--genesis", genesis, "--txs", txs, "--deposits", deposits)
	if err != nil || !strings.Contains(text, rep.StateRoot.Hex()) || !strings.Contains(text, "3 applied, 1 no-op") {
		t.Fatalf("text output: %v\n%s", err, text)
	}

	// Bad files name the file and the line.
	badTxs := writeFile(t, dir, "bad.txt", legacy+"\nnot-hex\n")
	if _, err := run(t, "replay", "--genesis", genesis, "--txs", badTxs); err == nil || !strings.Contains(err.Error(), "bad.txt:2") {
		t.Fatalf("bad txs file: %v", err)
	}
	badDeposits := writeFile(t, dir, "bad.json", "[\n{\"to\": \"0x1\", \"amount\": \"1\"}\n]")
	if _, err := run(t, "replay", "--genesis", genesis, "--txs", txs, "--deposits", badDeposits); err == nil || !strings.Contains(err.Error(), "bad.json:2") {
		t.Fatalf("bad deposits file: %v", err)
	}
	badGenesis := writeFile(t, dir, "bad-genesis.json", `{"chainId": 1, "baseFee": "1", "alloc": {"0x12": {"balance": "1"}}}`)
	if _, err := run(t, "replay", "--genesis", badGenesis, "--txs", txs); err == nil || !strings.Contains(err.Error(), "bad-genesis.json") || !strings.Contains(err.Error(), "0x12") {
		t.Fatalf("bad genesis: %v", err)
	}
}
