package sequencerset_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/sequencerset"
)

// TestHistoricalState reads balances and nonces at every block of the
// retention window, by number, by hash (ethclient's *AtHash) and with the
// EIP-1898 object, and gets a clear -32602 error for a block older than
// the window.
func TestHistoricalState(t *testing.T) {
	const history = 2
	f := startSequencerWith(t, func(c *sequencerset.Config, _ *sequencerset.Deps, _ []*ecdsa.PrivateKey) {
		c.StateHistory = history
	})
	ctx := context.Background()
	from := crypto.PubkeyToAddress(f.user.PublicKey)
	to := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	type seen struct {
		block   uint64
		hash    common.Hash
		balance *big.Int
		nonce   uint64
	}
	var states []seen
	for i := range 4 {
		_, r := walletTransfer(t, ctx, f.l2, f, to, big.NewInt(int64(1000*(i+1))), i%2 == 1)
		// Only this test sends: the latest state is the receipt's block's.
		bal, err := f.l2.BalanceAt(ctx, to, nil)
		if err != nil {
			t.Fatal(err)
		}
		nonce, err := f.l2.NonceAt(ctx, from, nil)
		if err != nil {
			t.Fatal(err)
		}
		states = append(states, seen{r.BlockNumber.Uint64(), r.BlockHash, bal, nonce})
	}
	head, err := f.l2.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head != states[len(states)-1].block {
		t.Fatalf("head %d, last receipt in block %d", head, states[len(states)-1].block)
	}
	raw := f.l2.Client()
	for _, s := range states {
		n := new(big.Int).SetUint64(s.block)
		if head-s.block > history {
			_, err := f.l2.BalanceAt(ctx, to, n)
			var rerr rpc.Error
			if err == nil || !errors.As(err, &rerr) || rerr.ErrorCode() != -32602 || !strings.Contains(err.Error(), "retention window") {
				t.Fatalf("balance at block %d (head %d, window %d): %v, want a -32602 retention window error", s.block, head, history, err)
			}
			_, err = f.l2.NonceAtHash(ctx, from, s.hash)
			if err == nil || !strings.Contains(err.Error(), "retention window") {
				t.Fatalf("nonce at block %s: %v, want a retention window error", s.hash, err)
			}
			continue
		}
		bal, err := f.l2.BalanceAt(ctx, to, n)
		if err != nil || bal.Cmp(s.balance) != 0 {
			t.Fatalf("balance at block %d: %v, %v, want %v", s.block, bal, err, s.balance)
		}
		nonce, err := f.l2.NonceAt(ctx, from, n)
		if err != nil || nonce != s.nonce {
			t.Fatalf("nonce at block %d: %d, %v, want %d", s.block, nonce, err, s.nonce)
		}
		if bal, err = f.l2.BalanceAtHash(ctx, to, s.hash); err != nil || bal.Cmp(s.balance) != 0 {
			t.Fatalf("balance at block %s: %v, %v, want %v", s.hash, bal, err, s.balance)
		}
		if nonce, err = f.l2.NonceAtHash(ctx, from, s.hash); err != nil || nonce != s.nonce {
			t.Fatalf("nonce at block %s: %d, %v, want %d", s.hash, nonce, err, s.nonce)
		}
		// EIP-1898 objects, as a raw client sends them.
		for _, param := range []map[string]any{
			{"blockHash": s.hash, "requireCanonical": true},
			{"blockNumber": hexutil.Uint64(s.block)},
		} {
			var got hexutil.Big
			if err := raw.CallContext(ctx, &got, "eth_getBalance", to, param); err != nil || got.ToInt().Cmp(s.balance) != 0 {
				t.Fatalf("eth_getBalance %v: %v, %v, want %v", param, got.ToInt(), err, s.balance)
			}
			var code hexutil.Bytes
			if err := raw.CallContext(ctx, &code, "eth_getCode", to, param); err != nil || len(code) != 0 {
				t.Fatalf("eth_getCode %v: %x, %v", param, code, err)
			}
		}
	}
	// A block past the head and an unknown hash are refused too.
	if _, err := f.l2.BalanceAt(ctx, to, new(big.Int).SetUint64(head+1)); err == nil {
		t.Fatal("balance past the head: no error")
	}
	if _, err := f.l2.BalanceAtHash(ctx, to, common.HexToHash("0x1234")); err == nil {
		t.Fatal("balance at an unknown block hash: no error")
	}
}
