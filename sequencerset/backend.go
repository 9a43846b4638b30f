package sequencerset

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/replay"
)

// Backend is what the L2 JSON-RPC (RegisterAPIs) needs from a node: its
// blocks (PROTOCOL.md §5.7), its states, its mempool. The training-wheels
// sequencer implements it with its mempool and block store; the CometBFT
// node implements it with its consensus blocks, and the RPC does not change.
//
// Methods are called concurrently from many RPC handlers and must be safe
// for that. Blocks handed out are not modified by the caller.
type Backend interface {
	// ChainID returns the L2 chain id.
	ChainID() uint64
	// BaseFee returns the L2 base fee (a chain constant, PROTOCOL.md §2.2.5).
	BaseFee() *big.Int
	// HeadNumber returns the number of the latest block.
	HeadNumber() uint64
	// HeadChanged returns a channel closed when the head next changes
	// (a new block, or a reorganisation after L1's batches moved), for
	// subscriptions and filters. Callers take a fresh one after each close.
	HeadChanged() <-chan struct{}
	// BlockByNumber returns block n, nil (and no error) if there is none.
	BlockByNumber(n uint64) (*Block, error)
	// BlockByHash returns the block with hash h, nil if unknown.
	BlockByHash(h common.Hash) (*Block, error)
	// TxByHash returns the block holding transaction h and its index in
	// it; a nil block if no block holds it.
	TxByHash(h common.Hash) (*Block, int, error)
	// PendingTx returns a transaction waiting for a block and its sender;
	// nil if there is none with hash h.
	PendingTx(h common.Hash) (*types.Transaction, common.Address, error)
	// PendingTxsSince returns the hashes of the transactions the mempool
	// accepted with sequence numbers from seq on (0 for the first ever
	// accepted), oldest first, and the next sequence number. A node keeps
	// a bounded number of recent ones; older ones are skipped. For
	// eth_newPendingTransactionFilter.
	PendingTxsSince(seq uint64) ([]common.Hash, uint64)
	// PendingAccount returns addr's account in the pending state: the
	// head state with every pending transaction applied (the nonce a
	// wallet uses next).
	PendingAccount(addr common.Address) (replay.Account, error)
	// AccountAt returns addr's account in the state after block n. A
	// state the node does not serve (outside its retention window) is an
	// error wrapping ErrStateUnavailable.
	AccountAt(addr common.Address, n uint64) (replay.Account, error)
	// ProofAt returns addr's state tree proof (the proof the verifier
	// checks, replay.Proof) against the state root of block n; the
	// errors of AccountAt.
	ProofAt(addr common.Address, n uint64) (*replay.Proof, error)
	// SendRawTransaction applies the mempool rules to a signed
	// transaction and queues it. Rejections are returned as they are and
	// reach the client with code -32000 (their text is the client's only
	// clue: say what is wrong, as go-ethereum's pool words it).
	SendRawTransaction(ctx context.Context, raw []byte) (common.Hash, error)
	// Halted returns why the node cannot get transactions onto L1 (its
	// sequencer slashed, no quorum), nil when it can.
	Halted() error
}

// ErrStateUnavailable: a state the node does not serve (an older block
// than its retention window keeps, or a block it does not have).
var ErrStateUnavailable = errors.New("state not available")

// RegisterAPIs registers the eth, net, web3 and etherscale namespaces of
// the L2 JSON-RPC on srv, served from b; the etherscale batch methods if b
// is also a BatchBackend.
func RegisterAPIs(srv *rpc.Server, b Backend) error {
	eth := &ethAPI{b: b, filters: newFilterTable()}
	es := &etherscaleAPI{eth: eth}
	if bb, ok := b.(BatchBackend); ok {
		es.batches = bb
	}
	apis := []struct {
		name string
		api  any
	}{
		{"eth", eth},
		{"etherscale", es},
		{"net", &netAPI{chainID: b.ChainID()}},
		{"web3", web3API{}},
	}
	for _, a := range apis {
		if err := srv.RegisterName(a.name, a.api); err != nil {
			return fmt.Errorf("register %s API: %w", a.name, err)
		}
	}
	return nil
}

// The training-wheels sequencer's Backend: its mempool, which holds the
// block store.
var _ Backend = (*mempool)(nil)

func (m *mempool) ChainID() uint64 { return m.rules.ChainID }

func (m *mempool) BaseFee() *big.Int { return m.rules.BaseFee.ToBig() }

func (m *mempool) HeadNumber() uint64 { return m.blocks.headNumber() }

func (m *mempool) HeadChanged() <-chan struct{} {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.headCh
}

// headMoved wakes HeadChanged's waiters. Callers hold mu.
func (m *mempool) headMoved() {
	close(m.headCh)
	m.headCh = make(chan struct{})
}

func (m *mempool) BlockByNumber(n uint64) (*Block, error) { return m.blocks.byNumber(n) }

func (m *mempool) BlockByHash(h common.Hash) (*Block, error) { return m.blocks.byHash(h) }

func (m *mempool) TxByHash(h common.Hash) (*Block, int, error) { return m.blocks.tx(h) }

func (m *mempool) PendingTx(h common.Hash) (*types.Transaction, common.Address, error) {
	p := m.pendingTx(h)
	if p == nil {
		return nil, common.Address{}, nil
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(p.raw); err != nil {
		return nil, common.Address{}, fmt.Errorf("pending transaction %s: %w", h, err)
	}
	return tx, p.tx.From, nil
}

// acceptedRing is how many accepted transaction hashes the mempool keeps
// for pending-transaction filters.
const acceptedRing = 4096

// recordAccepted appends h to the accepted ring. Callers hold mu.
func (m *mempool) recordAccepted(h common.Hash) {
	if m.accepted == nil {
		m.accepted = make([]common.Hash, acceptedRing)
	}
	m.accepted[m.acceptedN%acceptedRing] = h
	m.acceptedN++
}

func (m *mempool) PendingTxsSince(seq uint64) ([]common.Hash, uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	next := m.acceptedN
	if next > acceptedRing {
		seq = max(seq, next-acceptedRing)
	}
	if seq >= next {
		return nil, next
	}
	out := make([]common.Hash, 0, next-seq)
	for i := seq; i < next; i++ {
		out = append(out, m.accepted[i%acceptedRing])
	}
	return out, next
}

func (m *mempool) PendingAccount(addr common.Address) (replay.Account, error) {
	return m.account(addr, true)
}

// AccountAt reads the head state in memory (its nodes are committed by the
// poster's next sync), an older one from the store at the block's state root.
func (m *mempool) AccountAt(addr common.Address, n uint64) (acc replay.Account, err error) {
	err = m.withState(n, func(st *replay.State) error {
		acc, err = st.Account(addr)
		return err
	})
	return acc, err
}

// ProofAt proves addr against block n's state root (AccountAt's states).
func (m *mempool) ProofAt(addr common.Address, n uint64) (p *replay.Proof, err error) {
	err = m.withState(n, func(st *replay.State) error {
		p, err = st.Prove(addr)
		return err
	})
	return p, err
}

// withState runs f on the state after block n: the latest state (under mu)
// for the head, else a fresh read-only state at the block's root if n is
// within the retention window (PROTOCOL.md §5.7).
func (m *mempool) withState(n uint64, f func(*replay.State) error) error {
	m.mu.Lock()
	head := m.head
	if n == head {
		defer m.mu.Unlock()
		return f(m.latest)
	}
	m.mu.Unlock()
	switch {
	case n > head:
		return fmt.Errorf("%w: block %d is past the head %d", ErrStateUnavailable, n, head)
	case head-n > m.history:
		return fmt.Errorf("%w: block %d is older than the retention window (the state of the last %d blocks is served, head %d)", ErrStateUnavailable, n, m.history, head)
	}
	b, err := m.blocks.byNumber(n)
	if err != nil {
		return err
	}
	if b == nil {
		return fmt.Errorf("%w: no block %d", ErrStateUnavailable, n)
	}
	// A State is not safe for concurrent use: each call opens its own.
	if err := f(replay.NewState(m.store, b.Header.Root)); err != nil {
		if errors.Is(err, replay.ErrMissingNode) {
			return fmt.Errorf("%w: block %d: %w", ErrStateUnavailable, n, err)
		}
		return err
	}
	return nil
}

func (m *mempool) SendRawTransaction(ctx context.Context, raw []byte) (common.Hash, error) {
	h, err := m.add(ctx, raw)
	if err == nil && m.onAdd != nil {
		m.onAdd()
	}
	return h, err
}

func (m *mempool) Halted() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.halted
}

// setHalted records why the node cannot post (nil: it can again) and
// reports whether that changed.
func (m *mempool) setHalted(reason error) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	changed := (m.halted == nil) != (reason == nil) || (reason != nil && m.halted.Error() != reason.Error())
	m.halted = reason
	return changed
}
