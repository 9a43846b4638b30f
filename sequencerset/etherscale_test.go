package sequencerset_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/sequencerset"
)

// TestEtherscaleMethods: etherscale_getProof's proof verifies (with the
// verifier's rules, replay.VerifyProof on the ABI encoding) against the
// block's stateRoot and proves the balance eth_getBalance serves;
// etherscale_getBlockBatch names the batch L1 holds, posted; the signed
// header's signature recovers to the sequencer's key.
func TestEtherscaleMethods(t *testing.T) {
	f := startSequencerWith(t, nil)
	ctx := context.Background()
	to := common.HexToAddress("0x0000000000000000000000000000000000c0ffee")
	_, r := walletTransfer(t, ctx, f.l2, f, to, big.NewInt(4242), false)
	n := r.BlockNumber.Uint64()
	raw := f.l2.Client()
	header, err := f.l2.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		addr   common.Address
		exists bool
	}{{to, true}, {crypto.PubkeyToAddress(f.user.PublicKey), true}, {common.HexToAddress("0x0000000000000000000000000000000000000bad"), false}} {
		var p sequencerset.AccountProof
		if err := raw.CallContext(ctx, &p, "etherscale_getProof", c.addr, hexutil.Uint64(n)); err != nil {
			t.Fatal(err)
		}
		if p.StateRoot != header.Root || p.BlockHash != r.BlockHash || p.Exists != c.exists || p.Key != replay.AccountKey(c.addr) {
			t.Fatalf("proof of %s: root %s hash %s exists %v, want %s %s %v", c.addr, p.StateRoot, p.BlockHash, p.Exists, header.Root, r.BlockHash, c.exists)
		}
		proof, err := replay.DecodeProofABI(p.ProofABI)
		if err != nil {
			t.Fatal(err)
		}
		acc, exists, err := replay.VerifyProof(header.Root, replay.AccountKey(c.addr), proof)
		if err != nil || exists != c.exists {
			t.Fatalf("verify the proof of %s: %v, exists %v", c.addr, err, exists)
		}
		bal, err := f.l2.BalanceAt(ctx, c.addr, r.BlockNumber)
		if err != nil || acc.Balance.ToBig().Cmp(bal) != 0 || p.Balance.ToInt().Cmp(bal) != 0 {
			t.Fatalf("proven balance of %s %s (served %v), eth_getBalance %v %v", c.addr, acc.Balance.Dec(), p.Balance, bal, err)
		}
	}
	var pending any
	if err := raw.CallContext(ctx, &pending, "etherscale_getProof", to, "pending"); err == nil {
		t.Fatal("a proof of the pending state: no error")
	}

	inbox := contracts.NewBatchInbox(f.deps.Rollup.BatchInbox, f.deps.L1, nil)
	l1Hash, err := inbox.HeaderHash(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	var info sequencerset.BatchInfo
	if err := raw.CallContext(ctx, &info, "etherscale_getBlockBatch", r.BlockHash); err != nil {
		t.Fatal(err)
	}
	if info.Number != n || info.HeaderHash != l1Hash || info.Status != sequencerset.BatchPosted || info.DAMode != "calldata" || uint64(info.FirstBlock) != n {
		t.Fatalf("batch of block %d: %+v, want batch %d, header %s, posted", n, info, n, l1Hash)
	}
	var byNumber sequencerset.BatchInfo
	if err := raw.CallContext(ctx, &byNumber, "etherscale_getBatch", hexutil.Uint64(n)); err != nil || byNumber.HeaderHash != l1Hash {
		t.Fatalf("etherscale_getBatch %d: %+v, %v", n, byNumber, err)
	}
	var none *sequencerset.BatchInfo
	if err := raw.CallContext(ctx, &none, "etherscale_getBatch", hexutil.Uint64(n+100)); err != nil || none != nil {
		t.Fatalf("unknown batch: %+v, %v, want null", none, err)
	}

	var signed sequencerset.SignedBatchHeader
	if err := raw.CallContext(ctx, &signed, "etherscale_getSignedBatchHeader", hexutil.Uint64(n)); err != nil {
		t.Fatal(err)
	}
	if signed.Header.Hash() != l1Hash || len(signed.Signatures) != 1 {
		t.Fatalf("signed header: %+v", signed)
	}
	signer, err := contracts.RecoverHeaderSigner(&signed.Header, signed.Signatures[0], f.deps.Rollup.L1ChainID, f.deps.Rollup.BatchInbox)
	want := crypto.PubkeyToAddress(f.deps.Key.PublicKey)
	if err != nil || signer != want || len(signed.Signers) != 1 || signed.Signers[0] != want {
		t.Fatalf("signature recovers %s (%v), signers %v, want %s", signer, err, signed.Signers, want)
	}
}
