package main

import (
	"context"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// TestBatchProveMalformed: batch 1 is well-formed, batch 2's header claims
// one transaction more than its data holds. `batch list` shows batch 1 and
// warns about batch 2. `batch prove-malformed 1`
// refuses (nothing sent); `batch prove-malformed 2 --l1 … --key … --json`,
// typed with the flags after the argument, voids batch 2 and slashes its
// signer, crediting the key; a second proof is refused by the contract by
// name.
func TestBatchProveMalformed(t *testing.T) {
	ctx := context.Background()
	url, depPath := deployForTest(t)
	d, err := deploy.Load(depPath)
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	seqKey, proverKey := devnode.DevKey(1), devnode.DevKey(2)
	l1 := func(key string) []string { return []string{"--l1", url, "--deployment", depPath, "--key", key} }
	if out, err := run(t, append([]string{"sequencer", "register"}, l1(hexKey(seqKey))...)...); err != nil {
		t.Fatalf("register: %v\n%s", err, out)
	}
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	seq, err := txmgr.New(ctx, client, seqKey, tcfg)
	if err != nil {
		t.Fatal(err)
	}
	bi := contracts.NewBatchInbox(d.Contracts.BatchInbox, client, seq)
	post := func(tamper func(*contracts.BatchHeader)) {
		t.Helper()
		head, err := bi.ChainHead(ctx)
		if err != nil {
			t.Fatal(err)
		}
		h, data, err := contracts.NewCalldataHeader(head.Number+1, head.HeaderHash, head.QueueEnd, head.QueueEnd, nil, common.Hash{1}, head.L2Timestamp+1)
		if err != nil {
			t.Fatal(err)
		}
		if tamper != nil {
			tamper(h)
		}
		sig, err := contracts.SignHeader(seqKey, h, d.L1ChainID, d.Contracts.BatchInbox)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := bi.PostBatch(ctx, h, [][]byte{sig}, data); err != nil {
			t.Fatal(err)
		}
	}
	post(nil)
	post(func(h *contracts.BatchHeader) { h.TxCount++ })
	prover := crypto.PubkeyToAddress(proverKey.PublicKey)
	nonce, err := client.NonceAt(ctx, prover, nil)
	if err != nil {
		t.Fatal(err)
	}

	// Until then the follower rebuilds batch 1 only: batch list shows it
	// and warns about batch 2, batch show 2 names the reason.
	ro := []string{"--l1", url, "--deployment", depPath}
	out, err := run(t, append([]string{"batch", "list"}, ro...)...)
	if err != nil || !strings.Contains(out, "prove-malformed") || !strings.Contains(out, "batch=2") || strings.Count(out, "0x0100000000000000000000000000000000000000000000000000000000000000") != 1 {
		t.Fatalf("batch list: %v\n%s", err, out)
	}
	if out, err := run(t, append([]string{"batch", "show", "2"}, ro...)...); err == nil || !strings.Contains(err.Error(), "malformed") {
		t.Fatalf("batch show 2: %v\n%s", err, out)
	}

	out, err = run(t, append([]string{"batch", "prove-malformed", "1"}, l1(hexKey(proverKey))...)...)
	if err == nil || !strings.Contains(err.Error(), "matches its header") {
		t.Fatalf("well-formed batch 1: %v\n%s", err, out)
	}
	if n, _ := client.NonceAt(ctx, prover, nil); n != nonce {
		t.Fatalf("a transaction was sent for a well-formed batch (nonce %d → %d)", nonce, n)
	}

	var got malformedOut
	runJSON(t, &got, append([]string{"batch", "prove-malformed", "2"}, append(l1(hexKey(proverKey)), "--json")...)...)
	seqAddr := crypto.PubkeyToAddress(seqKey.PublicKey)
	if got.Number != 2 || got.Reason != contracts.VoidTxCount.String() || got.Prover != prover || len(got.Signers) != 1 || got.Signers[0] != seqAddr.Hex() {
		t.Fatalf("output %+v", got)
	}
	reader := contracts.NewBatchInbox(d.Contracts.BatchInbox, client, nil)
	if void, err := reader.IsVoid(ctx, 2); err != nil || !void {
		t.Fatalf("batch 2 void = %v, %v", void, err)
	}
	set := contracts.NewSequencerSet(d.Contracts.SequencerSet, client, nil)
	if stake, err := set.StakeOf(ctx, seqAddr); err != nil || stake.Sign() != 0 {
		t.Fatalf("signer stake %v, %v", stake, err)
	}
	if credit, err := set.Credit(ctx, prover); err != nil || credit.Sign() <= 0 {
		t.Fatalf("prover credit %v, %v", credit, err)
	}

	// The second proof through the real binary, as typed in a shell: the
	// contract's refusal by name on stderr, exit status 1.
	cmd := exec.Command(buildCLI(t), "batch", "prove-malformed", "2", "--l1", url, "--deployment", depPath, "--key", hexKey(proverKey))
	raw, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 || !strings.Contains(string(raw), "BatchAlreadyVoid") {
		t.Fatalf("second proof: %v\n%s", err, raw)
	}
	if out, err := run(t, "batch", "prove-malformed", "--l1", url, "--deployment", depPath, "--key", hexKey(proverKey)); err == nil {
		t.Fatalf("no batch number accepted:\n%s", out)
	}
	if out, err := run(t, "batch", "prove-malformed", "2", "--l1"); err == nil || !strings.Contains(err.Error(), "needs an argument") {
		t.Fatalf("a trailing flag without its value: %v\n%s", err, out)
	}
	if out, err := run(t, "batch", "prove-malformed", "--help"); err != nil || !strings.Contains(out, "USAGE") || !strings.Contains(out, "malformed deadline") {
		t.Fatalf("help: %v\n%s", err, out)
	}
}
