package txmgr_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/internal/txmgr"
)

// chain is what the shared test suites need from a backend beyond
// txmgr.Backend; ethclient and the simulated client both provide it.
type chain interface {
	txmgr.Backend
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

func pendingNonce(ctx context.Context, t *testing.T, c chain, a common.Address) uint64 {
	t.Helper()
	n, err := c.PendingNonceAt(ctx, a)
	if err != nil {
		t.Fatalf("PendingNonceAt: %v", err)
	}
	return n
}

func wantRevert(t *testing.T, err error, reason string, mined bool) *txmgr.RevertError {
	t.Helper()
	var re *txmgr.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("error %v is not a *RevertError", err)
	}
	if re.Reason != reason {
		t.Fatalf("revert reason = %q, want %q (error: %v)", re.Reason, reason, err)
	}
	if !errors.Is(err, txmgr.ErrReverted) {
		t.Fatalf("error %v does not match ErrReverted", err)
	}
	if mined != (re.TxHash != common.Hash{}) {
		t.Fatalf("RevertError.TxHash = %s, want set: %v", re.TxHash, mined)
	}
	if !strings.Contains(err.Error(), "execution reverted: "+reason) {
		t.Fatalf("error message %q lacks %q", err, "execution reverted: "+reason)
	}
	return re
}

// runBasicPaths exercises the Sender's everyday paths: transfers, contract
// creation, calls, reverts caught at estimation and after mining, fee
// limits and input validation.
func runBasicPaths(t *testing.T, c chain, key *ecdsa.PrivateKey, cfg txmgr.Config) {
	ctx := testCtx(t, 90*time.Second)
	cfg.ErrorABIs = []*abi.ABI{inboxABI(t)}
	s := newSender(ctx, t, c, key, cfg)
	from := s.From()

	nope := deploy(ctx, t, s, revertingRuntime(t, errorStringData(t, "nope")))
	tooLarge := deploy(ctx, t, s, revertingRuntime(t, txTooLargeData(t, 200000, 131072)))
	answer := deploy(ctx, t, s, answerRuntime())
	const tooLargeReason = "TxTooLarge(size=200000, max=131072)"

	t.Run("transfer", func(t *testing.T) {
		to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
		before, err := c.BalanceAt(ctx, to, nil)
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(1_000_000_000)})
		if err != nil {
			t.Fatalf("Send: %v", err)
		}
		if r.Status != types.ReceiptStatusSuccessful || r.GasUsed != 21000 {
			t.Fatalf("receipt status %d gas %d, want 1 and 21000", r.Status, r.GasUsed)
		}
		after, err := c.BalanceAt(ctx, to, nil)
		if err != nil {
			t.Fatal(err)
		}
		if new(big.Int).Sub(after, before).Cmp(big.NewInt(1_000_000_000)) != 0 {
			t.Fatalf("recipient got %s, want 1 gwei", new(big.Int).Sub(after, before))
		}
		tx, _, err := c.TransactionByHash(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if tx.Type() != types.DynamicFeeTxType || tx.ChainId().Cmp(s.ChainID()) != 0 {
			t.Fatalf("sent type %d on chain %s, want EIP-1559 on %s", tx.Type(), tx.ChainId(), s.ChainID())
		}
		// 20% margin on 21000, within the block's limit.
		if tx.Gas() != 25200 {
			t.Fatalf("gas limit %d, want 25200", tx.Gas())
		}
	})

	t.Run("call and send to contract", func(t *testing.T) {
		out, err := s.Call(ctx, txmgr.Candidate{To: &answer})
		if err != nil {
			t.Fatalf("Call: %v", err)
		}
		if new(big.Int).SetBytes(out).Cmp(big.NewInt(42)) != 0 || len(out) != 32 {
			t.Fatalf("Call returned %x, want 42", out)
		}
		if _, err := s.Send(ctx, txmgr.Candidate{To: &answer, Data: []byte{1, 2, 3}}); err != nil {
			t.Fatalf("Send: %v", err)
		}
	})

	t.Run("revert at estimation", func(t *testing.T) {
		tests := []struct {
			name   string
			c      txmgr.Candidate
			reason string
		}{
			{"error string", txmgr.Candidate{To: &nope}, "nope"},
			{"custom error", txmgr.Candidate{To: &tooLarge, Data: []byte{0xaa}}, tooLargeReason},
			{"reverting constructor", txmgr.Candidate{Data: revertingRuntime(t, errorStringData(t, "no deploy"))}, "no deploy"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := pendingNonce(ctx, t, c, from)
				_, err := s.Send(ctx, tt.c)
				re := wantRevert(t, err, tt.reason, false)
				if len(re.Data) == 0 {
					t.Fatal("RevertError.Data is empty")
				}
				if after := pendingNonce(ctx, t, c, from); after != before {
					t.Fatalf("nonce moved from %d to %d although nothing was sent", before, after)
				}
			})
		}
	})

	t.Run("revert when mined", func(t *testing.T) {
		tests := []struct {
			name   string
			c      txmgr.Candidate
			reason string
		}{
			{"error string", txmgr.Candidate{To: &nope, GasLimit: 100_000}, "nope"},
			{"custom error", txmgr.Candidate{To: &tooLarge, GasLimit: 100_000}, tooLargeReason},
			// Intrinsic gas plus 10: execution runs out of gas; not a
			// revert as such, but the replay explains it just the same.
			{"out of gas", txmgr.Candidate{To: &answer, GasLimit: 21_010}, "out of gas"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				r, err := s.Send(ctx, tt.c)
				if r == nil {
					t.Fatalf("no receipt returned with %v", err)
				}
				if r.Status != types.ReceiptStatusFailed {
					t.Fatalf("receipt status %d, want 0", r.Status)
				}
				re := wantRevert(t, err, tt.reason, true)
				if re.TxHash != r.TxHash {
					t.Fatalf("RevertError.TxHash %s, receipt %s", re.TxHash, r.TxHash)
				}
			})
		}
	})

	t.Run("call revert", func(t *testing.T) {
		_, err := s.Call(ctx, txmgr.Candidate{To: &tooLarge})
		wantRevert(t, err, tooLargeReason, false)
	})

	t.Run("fee cap too high", func(t *testing.T) {
		strict := cfg
		strict.MaxFeeCap = big.NewInt(1)
		ss := newSender(ctx, t, c, key, strict)
		before := pendingNonce(ctx, t, c, from)
		_, err := ss.Send(ctx, txmgr.Candidate{To: &answer})
		if !errors.Is(err, txmgr.ErrFeeCapTooHigh) {
			t.Fatalf("Send = %v, want ErrFeeCapTooHigh", err)
		}
		if after := pendingNonce(ctx, t, c, from); after != before {
			t.Fatalf("nonce moved from %d to %d", before, after)
		}
	})

	t.Run("fee cap clamped", func(t *testing.T) {
		head, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Room for 1.5× the current base fee plus the tip, not for 2×.
		limited := cfg
		limited.MinTipCap = big.NewInt(1_000_000_000)
		limited.MaxFeeCap = new(big.Int).Add(new(big.Int).Div(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), big.NewInt(2)), big.NewInt(2_000_000_000))
		ls := newSender(ctx, t, c, key, limited)
		r, err := ls.Send(ctx, txmgr.Candidate{To: &answer})
		if err != nil {
			t.Fatalf("Send: %v", err)
		}
		tx, _, err := c.TransactionByHash(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if tx.GasFeeCap().Cmp(limited.MaxFeeCap) > 0 {
			t.Fatalf("fee cap %s above limit %s", tx.GasFeeCap(), limited.MaxFeeCap)
		}
		if tx.GasTipCap().Cmp(limited.MinTipCap) < 0 {
			t.Fatalf("tip %s below floor %s", tx.GasTipCap(), limited.MinTipCap)
		}
	})

	t.Run("invalid candidates", func(t *testing.T) {
		for _, cand := range []txmgr.Candidate{
			{To: &answer, Value: big.NewInt(-1)},
			{},
		} {
			if _, err := s.Send(ctx, cand); !errors.Is(err, txmgr.ErrInvalidCandidate) {
				t.Errorf("Send(%+v) = %v, want ErrInvalidCandidate", cand, err)
			}
			if _, err := s.Call(ctx, cand); !errors.Is(err, txmgr.ErrInvalidCandidate) {
				t.Errorf("Call(%+v) = %v, want ErrInvalidCandidate", cand, err)
			}
		}
	})
}

// runConcurrentSends sends from many goroutines through one Sender and
// checks that every transaction landed with its own nonce, leaving no gap.
func runConcurrentSends(t *testing.T, c chain, key *ecdsa.PrivateKey, cfg txmgr.Config, workers, perWorker int) {
	ctx := testCtx(t, 90*time.Second)
	s := newSender(ctx, t, c, key, cfg)
	start := pendingNonce(ctx, t, c, s.From())

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		receipts []*types.Receipt
		errs     []error
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			to := common.BigToAddress(big.NewInt(int64(0x1000 + w)))
			for range perWorker {
				r, err := s.Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(1)})
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else {
					receipts = append(receipts, r)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("%d of %d sends failed, first: %v", len(errs), workers*perWorker, errs[0])
	}
	var nonces []uint64
	for _, r := range receipts {
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %s failed", r.TxHash)
		}
		tx, _, err := c.TransactionByHash(ctx, r.TxHash)
		if err != nil {
			t.Fatalf("TransactionByHash: %v", err)
		}
		nonces = append(nonces, tx.Nonce())
	}
	sort.Slice(nonces, func(i, j int) bool { return nonces[i] < nonces[j] })
	for i, n := range nonces {
		if n != start+uint64(i) {
			t.Fatalf("nonces %v: want %d..%d without gaps or duplicates", nonces, start, start+uint64(len(nonces))-1)
		}
	}
	latest, err := c.NonceAt(ctx, s.From(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := start + uint64(workers*perWorker); latest != want {
		t.Fatalf("account nonce %d, want %d", latest, want)
	}
}
