package simbackend

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"math/big"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// MaxKeys bounds New's key count; each funded key is a genesis account.
const MaxKeys = devnode.MaxDevAccounts

// Balance returns the genesis balance of every key: 10^24 wei (one million
// ether), the same as devnode's default.
func Balance() *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil) }

// Env is a simulated chain with funded keys.
type Env struct {
	// Backend is the underlying simulated chain, for Fork, Rollback and
	// other advanced uses. Seal blocks through Env.Commit, not
	// Backend.Commit, when senders may be running concurrently.
	Backend *simulated.Backend
	// Client seals a block after every accepted transaction.
	Client *AutoCommitClient
	// Keys are devnode.DevKey(0) to DevKey(n-1), each holding Balance().
	Keys []*ecdsa.PrivateKey
	// ChainID is the simulated chain's id (1337).
	ChainID *big.Int
}

// New starts a simulated chain funding nKeys deterministic keys (the same
// keys devnode funds) and closes it when the test ends.
func New(t testing.TB, nKeys int) *Env {
	t.Helper()
	if nKeys < 0 || nKeys > MaxKeys {
		t.Fatalf("simbackend: key count %d outside [0, %d]", nKeys, MaxKeys)
	}
	keys := devnode.DevKeys(nKeys)
	alloc := make(types.GenesisAlloc, len(keys))
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: Balance()}
	}
	// Mainnet fork rules, so that gas measured here is what L1 would charge.
	backend := simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = devnode.ChainConfig()
	})
	t.Cleanup(func() {
		if err := backend.Close(); err != nil {
			t.Errorf("simbackend: close: %v", err)
		}
	})
	client := &AutoCommitClient{Client: backend.Client(), backend: backend}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatalf("simbackend: chain id: %v", err)
	}
	return &Env{Backend: backend, Client: client, Keys: keys, ChainID: chainID}
}

// SenderConfig is the txmgr configuration Sender uses: defaults with fast
// polling and short timeouts, since receipts exist as soon as SendTransaction
// returns.
func SenderConfig() txmgr.Config {
	cfg := txmgr.DefaultConfig()
	cfg.PollInterval = 5 * time.Millisecond
	cfg.ReceiptTimeout = 10 * time.Second
	cfg.RetryBackoff = 5 * time.Millisecond
	return cfg
}

// Sender returns a txmgr.Sender for Keys[i] over the auto-committing client,
// configured with SenderConfig (no confirmations).
func (e *Env) Sender(t testing.TB, i int) *txmgr.Sender {
	t.Helper()
	return e.SenderWithConfig(t, i, SenderConfig())
}

// SenderWithConfig is Sender with a caller-supplied configuration, for
// example one carrying the contracts' ErrorABIs.
func (e *Env) SenderWithConfig(t testing.TB, i int, cfg txmgr.Config) *txmgr.Sender {
	t.Helper()
	if i < 0 || i >= len(e.Keys) {
		t.Fatalf("simbackend: key index %d outside [0, %d)", i, len(e.Keys))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := txmgr.New(ctx, e.Client, e.Keys[i], cfg)
	if err != nil {
		t.Fatalf("simbackend: new sender: %v", err)
	}
	return s
}

// AdjustTime moves the chain's clock forward by d and seals a block with
// the new timestamp, for testing time windows. It fails the test if
// transactions are pending, which AutoCommitClient normally prevents.
func (e *Env) AdjustTime(t testing.TB, d time.Duration) {
	t.Helper()
	e.Client.mu.Lock()
	defer e.Client.mu.Unlock()
	// The simulated beacon refuses to move the clock while its pool lists
	// pending transactions, and the pool drops mined ones asynchronously after
	// each block: right after a transaction it can still see one "pending".
	// No transaction can be in flight here (the lock is held), so the refusal
	// is that lag; wait it out briefly.
	var err error
	for range 400 {
		if err = e.Backend.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("simbackend: adjust time by %s: %v", d, err)
}

// Commit seals a block with any pending transactions and returns its hash.
func (e *Env) Commit() common.Hash {
	return e.Client.commit()
}

var _ txmgr.Backend = (*AutoCommitClient)(nil)

// AutoCommitClient is a simulated.Client whose SendTransaction seals a block
// right after the transaction is accepted, so that code waiting for
// receipts (txmgr) works unchanged on the simulated backend. It satisfies
// txmgr.Backend.
type AutoCommitClient struct {
	simulated.Client
	backend *simulated.Backend
	// mu serialises block production: the simulated beacon is not safe for
	// concurrent sealing, and senders may run in parallel.
	mu sync.Mutex
}

// SendTransaction submits tx and, if the pool accepted it, seals a block.
// It also seals when the pool answers "already known": the transaction is
// pending then too (submitted earlier without a commit), and leaving it
// unsealed would stall whoever waits for its receipt. The pool's answer is
// still returned.
func (c *AutoCommitClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := c.Client.SendTransaction(ctx, tx)
	if err == nil || strings.Contains(err.Error(), "already known") {
		c.commit()
	}
	return err
}

// AwaitPool blocks until the transaction pool's view of account has caught
// up with the latest block: its pending nonce is at least the block's.
// The simulated beacon syncs the pool before it seals a block but not after,
// so for a moment after a commit the pool still judges by the previous
// head. A transaction's own sender is unaffected (the pool counted the
// nonce when it took the transaction), but an account changed by the block
// in another way is not: an EIP-7702 authorization bumps its authority's
// nonce and sets or clears its delegation with no transaction from it, and
// until the pool resets, a transaction from that account is signed with a
// stale nonce, or refused as a gapped nonce from a delegated account.
func (c *AutoCommitClient) AwaitPool(ctx context.Context, account common.Address) error {
	latest, err := c.Client.NonceAt(ctx, account, nil)
	if err != nil {
		return fmt.Errorf("simbackend: nonce of %s: %w", account, err)
	}
	for {
		pending, err := c.Client.PendingNonceAt(ctx, account)
		if err != nil {
			return fmt.Errorf("simbackend: pending nonce of %s: %w", account, err)
		}
		if pending >= latest {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("simbackend: pool nonce of %s at %d, block at %d: %w", account, pending, latest, ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
}

func (c *AutoCommitClient) commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backend.Commit()
}

// BatchCallContext sends a JSON-RPC batch to the simulated node, so that
// code reading through batches (contracts' batched game reads) runs the
// same path here as against a real node: the in-process rpc.Client's
// batch handling.
func (c *AutoCommitClient) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	r := rpcClientOf(c.Client)
	if r == nil {
		return errors.New("simbackend: the simulated client has no rpc.Client")
	}
	return r.BatchCallContext(ctx, b)
}

// rpcClientOf digs the rpc.Client out of the simulated backend's client.
// go-ethereum wraps its *ethclient.Client in a struct whose embedded field
// (named Client) hides ethclient's Client() method, on purpose; the field
// itself is exported, so reflection reaches it.
func rpcClientOf(c simulated.Client) *rpc.Client {
	v := reflect.ValueOf(c)
	if v.Kind() != reflect.Struct {
		return nil
	}
	f := v.FieldByName("Client")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	ec, ok := f.Interface().(*ethclient.Client)
	if !ok || ec == nil {
		return nil
	}
	return ec.Client()
}
