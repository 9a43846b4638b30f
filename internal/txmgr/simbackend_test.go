package txmgr_test

import (
	"context"
	"errors"
	"io"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/internal/txmgr"
)

func TestSimBackendBasicPaths(t *testing.T) {
	env := simbackend.New(t, 2)
	runBasicPaths(t, env.Client, env.Keys[1], simbackend.SenderConfig())
}

func TestSimBackendConcurrentSends(t *testing.T) {
	env := simbackend.New(t, 1)
	runConcurrentSends(t, env.Client, env.Keys[0], simbackend.SenderConfig(), 16, 3)
}

func TestNewRejectsBadInput(t *testing.T) {
	env := simbackend.New(t, 1)
	ctx := testCtx(t, 10*time.Second)
	tests := []struct {
		name string
		b    txmgr.Backend
		cfg  txmgr.Config
	}{
		{"nil backend", nil, txmgr.DefaultConfig()},
		{"invalid config", env.Client, txmgr.Config{}},
	}
	for _, tt := range tests {
		if _, err := txmgr.New(ctx, tt.b, env.Keys[0], tt.cfg); !errors.Is(err, txmgr.ErrInvalidConfig) {
			t.Errorf("%s: New = %v, want ErrInvalidConfig", tt.name, err)
		}
	}
	if _, err := txmgr.New(ctx, env.Client, nil, txmgr.DefaultConfig()); !errors.Is(err, txmgr.ErrInvalidConfig) {
		t.Errorf("nil key: New = %v, want ErrInvalidConfig", err)
	}
	s := newSender(ctx, t, env.Client, devnode.DevKey(0), txmgr.DefaultConfig())
	if s.From() != addrOf(devnode.DevKey(0)) || s.ChainID().Cmp(env.ChainID) != 0 {
		t.Errorf("From/ChainID = %s/%s", s.From(), s.ChainID())
	}
}

// hiddenReceipts is a backend whose node never reports a receipt.
type hiddenReceipts struct{ txmgr.Backend }

func (hiddenReceipts) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, ethereum.NotFound
}

func TestReceiptTimeout(t *testing.T) {
	env := simbackend.New(t, 1)
	ctx := testCtx(t, 10*time.Second)
	cfg := simbackend.SenderConfig()
	cfg.ReceiptTimeout = 300 * time.Millisecond
	s := newSender(ctx, t, hiddenReceipts{env.Client}, env.Keys[0], cfg)
	to := common.HexToAddress("0x02")
	_, err := s.Send(ctx, txmgr.Candidate{To: &to})
	if !errors.Is(err, txmgr.ErrReceiptTimeout) {
		t.Fatalf("Send = %v, want ErrReceiptTimeout", err)
	}
	if !strings.Contains(err.Error(), "transaction 0x") {
		t.Fatalf("timeout error %q does not name the transaction", err)
	}
}

// lossyFirstSend delivers the first transaction it is given through raw
// (which does not seal a block), then reports a lost connection, as a proxy
// that forwarded the request but dropped the answer would. Before
// delivering, it can let a rival transaction take the nonce.
type lossyFirstSend struct {
	txmgr.Backend
	raw   txmgr.Backend // pool access without auto-commit
	rival func(tx *types.Transaction) error

	mu    sync.Mutex
	calls int
}

func (l *lossyFirstSend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	l.mu.Lock()
	l.calls++
	first := l.calls == 1
	l.mu.Unlock()
	if !first {
		return l.Backend.SendTransaction(ctx, tx)
	}
	if l.rival != nil {
		if err := l.rival(tx); err != nil {
			return err
		}
		return io.ErrUnexpectedEOF // ours never arrived
	}
	if err := l.raw.SendTransaction(ctx, tx); err != nil {
		return err
	}
	return io.ErrUnexpectedEOF
}

// TestLostResponseAlreadyKnown: the first submission reached the pool but
// its answer was lost; the retry is told "already known" and the Sender
// follows that very transaction to its receipt.
func TestLostResponseAlreadyKnown(t *testing.T) {
	env := simbackend.New(t, 1)
	ctx := testCtx(t, 10*time.Second)
	b := &lossyFirstSend{Backend: env.Client, raw: env.Backend.Client()}
	s := newSender(ctx, t, b, env.Keys[0], simbackend.SenderConfig())

	to := common.HexToAddress("0x03")
	r, err := s.Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(9)})
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	if b.calls != 2 {
		t.Fatalf("%d submissions, want the lost one and one retry", b.calls)
	}
	n, err := env.Client.NonceAt(ctx, s.From(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Fatalf("account nonce %d, want exactly one transaction", n)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("status %d", r.Status)
	}
}

// TestUncertainSubmissionSuperseded: the first submission seemingly failed
// in transit, and by the retry the nonce was used by someone else. The
// Sender must not claim success nor sign a second transaction on its own:
// it reports ErrNonceConsumed.
func TestUncertainSubmissionSuperseded(t *testing.T) {
	env := simbackend.New(t, 1)
	ctx := testCtx(t, 10*time.Second)
	key := env.Keys[0]
	b := &lossyFirstSend{Backend: env.Client, rival: func(ours *types.Transaction) error {
		rival, err := types.SignNewTx(key, types.LatestSignerForChainID(env.ChainID), &types.DynamicFeeTx{
			ChainID: env.ChainID, Nonce: ours.Nonce(), GasTipCap: ours.GasTipCap(), GasFeeCap: ours.GasFeeCap(),
			Gas: 21000, To: &common.Address{0x99}, Value: big.NewInt(1),
		})
		if err != nil {
			return err
		}
		return env.Client.SendTransaction(ctx, rival) // auto-commits
	}}
	s := newSender(ctx, t, b, key, simbackend.SenderConfig())
	to := common.HexToAddress("0x04")
	_, err := s.Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(1)})
	if !errors.Is(err, txmgr.ErrNonceConsumed) {
		t.Fatalf("Send = %v, want ErrNonceConsumed", err)
	}
	// The Sender is usable again: the next send takes the next nonce.
	r, err := s.Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatalf("Send after superseded submission: %v", err)
	}
	tx, _, err := env.Client.TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != 1 {
		t.Fatalf("follow-up used nonce %d, want 1", tx.Nonce())
	}
}
