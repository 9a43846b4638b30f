package sequencerset_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/contracts"
)

// corrupt returns tx with its signature's r changed so that it still
// recovers, to another address than signer's.
func corrupt(t *testing.T, tx *types.Transaction, signer types.Signer, real common.Address) *types.Transaction {
	t.Helper()
	v, r, s := tx.RawSignatureValues()
	for i := 0; i < 64; i++ {
		sig := make([]byte, 65)
		rr := new(big.Int).Xor(r, new(big.Int).Lsh(big.NewInt(1), uint(i)))
		rr.FillBytes(sig[:32])
		s.FillBytes(sig[32:64])
		sig[64] = byte(v.Uint64() & 1)
		if tx.Type() == types.LegacyTxType {
			sig[64] = byte((v.Uint64() - 35) & 1)
		}
		bad, err := tx.WithSignature(signer, sig)
		if err != nil {
			continue
		}
		if from, err := types.Sender(signer, bad); err == nil && from != real {
			return bad
		}
	}
	t.Fatal("no corruption of r recovers")
	return nil
}

// TestCorruptedSignatureAndHalt: a transfer whose signature was corrupted
// is refused as an invalid signature (nonce > 0 from a never-used
// recovered account) or, at nonce 0, as insufficient funds naming the
// recovered sender, not as a nonce gap or a bare "insufficient funds";
// once the sequencer is no longer active in the SequencerSet, transactions
// are refused with "sequencer halted" and eth_syncing says why.
func TestCorruptedSignatureAndHalt(t *testing.T) {
	f := startSequencerWith(t, nil)
	ctx := context.Background()
	chainID, err := f.l2.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(chainID)
	user := crypto.PubkeyToAddress(f.user.PublicKey)
	to := common.HexToAddress("0x00000000000000000000000000000000000dead0")
	for _, c := range []struct {
		nonce uint64
		want  []string
	}{
		{3, []string{"invalid signature", "never used", "nonce 3"}},
		{0, []string{"insufficient funds", "recovered from the signature", "signature is corrupted"}},
	} {
		bad := corrupt(t, signTransfer(t, f.user, chainID, c.nonce, to, big.NewInt(1)), signer, user)
		err := f.l2.SendTransaction(ctx, bad)
		for _, w := range c.want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Fatalf("corrupted signature, nonce %d: %v, want %q", c.nonce, err, w)
			}
		}
	}
	// A genuine transfer from the user still passes.
	if err := f.l2.SendTransaction(ctx, signTransfer(t, f.user, chainID, 0, to, big.NewInt(1))); err != nil {
		t.Fatal(err)
	}

	// The sequencer leaves the set: halted within a batch interval.
	setAddr, err := contracts.NewBatchInbox(f.deps.Rollup.BatchInbox, f.deps.L1, nil).SequencerSetAddress(ctx)
	if err != nil {
		t.Fatal(err)
	}
	set := contracts.NewSequencerSet(setAddr, f.deps.L1, f.deps.Tx)
	if _, err := set.Exit(ctx); err != nil {
		t.Fatal(err)
	}
	// An exit takes effect at the next epoch boundary (PROTOCOL §5.6.2):
	// the embedded L1 mines a block per transaction, so move its clock
	// with transfers from another key until the set lets the sequencer go.
	l1 := f.deps.L1.(*ethclient.Client)
	mover := crypto.PubkeyToAddress(f.user.PublicKey)
	l1ChainID, err := l1.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		if active, err := set.IsActive(ctx, f.deps.Tx.From()); err != nil || !active {
			break
		}
		if i == 200 {
			t.Fatal("the exiting sequencer is still active 200 L1 blocks later")
		}
		nonce, err := l1.PendingNonceAt(ctx, mover)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := types.SignNewTx(f.user, types.LatestSignerForChainID(l1ChainID), &types.DynamicFeeTx{ChainID: l1ChainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &mover})
		if err != nil {
			t.Fatal(err)
		}
		if err := l1.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if _, err := bind.WaitMined(ctx, l1, tx.Hash()); err != nil {
			t.Fatal(err)
		}
	}
	var syncing any
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if err := f.l2.Client().CallContext(ctx, &syncing, "eth_syncing"); err != nil {
			t.Fatal(err)
		}
		if syncing != false {
			break
		}
	}
	sendErr := f.l2.SendTransaction(ctx, signTransfer(t, f.user, chainID, 1, to, big.NewInt(1)))
	var rerr rpc.Error
	if sendErr == nil || !strings.Contains(sendErr.Error(), "sequencer halted") || !strings.Contains(sendErr.Error(), "not active") || !errors.As(sendErr, &rerr) || rerr.ErrorCode() != -32000 {
		t.Fatalf("transfer to a halted sequencer: %v, want -32000 sequencer halted", sendErr)
	}
	if m, ok := syncing.(map[string]any); !ok || !strings.Contains(m["halted"].(string), "not active") {
		t.Fatalf("eth_syncing on a halted sequencer: %v", syncing)
	}
}
