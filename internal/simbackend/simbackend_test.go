package simbackend_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/internal/txmgr"
)

func TestNewFundsKeys(t *testing.T) {
	env := simbackend.New(t, 3)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if env.ChainID.Cmp(big.NewInt(1337)) != 0 {
		t.Fatalf("chain id %s, want 1337", env.ChainID)
	}
	if len(env.Keys) != 3 {
		t.Fatalf("%d keys, want 3", len(env.Keys))
	}
	for i, k := range env.Keys {
		addr := crypto.PubkeyToAddress(k.PublicKey)
		if addr != crypto.PubkeyToAddress(devnode.DevKey(i).PublicKey) {
			t.Errorf("key %d is not devnode.DevKey(%d)", i, i)
		}
		bal, err := env.Client.BalanceAt(ctx, addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(simbackend.Balance()) != 0 {
			t.Errorf("key %d balance %s, want %s", i, bal, simbackend.Balance())
		}
	}
}

func TestSenderAutoCommits(t *testing.T) {
	env := simbackend.New(t, 2)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	to := crypto.PubkeyToAddress(env.Keys[1].PublicKey)
	before, err := env.Client.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := env.Sender(t, 0).Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(5)})
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("status %d", r.Status)
	}
	after, err := env.Client.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if new(big.Int).Sub(after, before).Cmp(big.NewInt(5)) != 0 {
		t.Fatalf("recipient gained %s, want 5", new(big.Int).Sub(after, before))
	}
}

func TestConcurrentSendersAcrossKeys(t *testing.T) {
	env := simbackend.New(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, 4*5)
	for i := range env.Keys {
		s := env.Sender(t, i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			to := common.BigToAddress(big.NewInt(int64(100 + i)))
			for range 5 {
				if _, err := s.Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(1)}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for i := range env.Keys {
		bal, err := env.Client.BalanceAt(ctx, common.BigToAddress(big.NewInt(int64(100+i))), nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(big.NewInt(5)) != 0 {
			t.Errorf("recipient %d got %s, want 5", i, bal)
		}
	}
}

func TestAdjustTime(t *testing.T) {
	env := simbackend.New(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	before, err := env.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	env.AdjustTime(t, time.Hour)
	after, err := env.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Number.Uint64() != before.Number.Uint64()+1 {
		t.Fatalf("AdjustTime moved head from %s to %s, want one block", before.Number, after.Number)
	}
	if after.Time < before.Time+3600 {
		t.Fatalf("block time moved from %d to %d, want at least an hour", before.Time, after.Time)
	}
}

func TestCommit(t *testing.T) {
	env := simbackend.New(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	before, err := env.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h := env.Commit()
	head, err := env.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number.Uint64() != before+1 || head.Hash() != h {
		t.Fatalf("after Commit head is %s (%s), want block %d (%s)", head.Number, head.Hash(), before+1, h)
	}
}

// TestBatchCall: the simulated client answers a JSON-RPC batch (the
// contracts' batched reads go through it).
func TestBatchCall(t *testing.T) {
	e := simbackend.New(t, 1)
	var a, b hexutil.Big
	from := crypto.PubkeyToAddress(e.Keys[0].PublicKey)
	elems := []rpc.BatchElem{
		{Method: "eth_getBalance", Args: []any{from, "latest"}, Result: &a},
		{Method: "eth_getBalance", Args: []any{common.Address{1}, "latest"}, Result: &b},
	}
	if err := e.Client.BatchCallContext(t.Context(), elems); err != nil {
		t.Fatal(err)
	}
	if elems[0].Error != nil || a.ToInt().Cmp(simbackend.Balance()) != 0 || b.ToInt().Sign() != 0 {
		t.Fatalf("balances %v %v (%v)", a.ToInt(), b.ToInt(), elems[0].Error)
	}
}
