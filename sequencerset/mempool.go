package sequencerset

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/replay"
)

// Mempool rejections. eth_sendRawTransaction returns them as JSON-RPC
// errors whose message starts with these texts (the usual go-ethereum
// wording where one exists, so wallets recognize them).
var (
	ErrInvalidTx         = errors.New("invalid transaction")
	ErrTxTooLarge        = errors.New("oversized data")
	ErrAlreadyKnown      = errors.New("already known")
	ErrNonceTooLow       = errors.New("nonce too low")
	ErrNonceTooHigh      = errors.New("nonce too high")
	ErrInsufficientFunds = errors.New("insufficient funds for value + fee")
	ErrMempoolFull       = errors.New("mempool full")
	// ErrReplaceUnderpriced: a transaction with the nonce of a pending one
	// that does not raise both fee caps by at least ReplaceBumpPercent.
	ErrReplaceUnderpriced = errors.New("replacement transaction underpriced")
	// ErrReplaceLimit: the pending transaction was replaced too often, or
	// is already in the batch being posted.
	ErrReplaceLimit = errors.New("transaction cannot be replaced")
	// ErrInvalidSignature: the signature recovers an address that cannot
	// have signed the transaction (see applyTo).
	ErrInvalidSignature = errors.New("invalid signature")
	// ErrHalted: the node cannot get transactions onto L1 (its sequencer
	// is not an active member any more: slashed, exited); accepting them
	// would only leave them pending forever.
	ErrHalted = errors.New("sequencer halted")
)

// Replacement by fee (PROTOCOL.md §5.8): a pending transaction is replaced
// by one with the same sender and nonce whose maxPriorityFeePerGas and
// maxFeePerGas (the gas price for legacy) are both at least
// ReplaceBumpPercent higher, as go-ethereum's pool requires, at most
// MaxReplacements times per nonce.
//
// A replacement replays the whole mempool (about 0.15 ms a transaction,
// BenchmarkReplaceFirst), so it is refused while more than
// MaxReplaceRebuild transactions are pending: the mempool then holds a
// backlog and the wallet can retry once it drains. This bounds one
// replacement to about 0.15 s under the mempool lock.
const (
	ReplaceBumpPercent = 10
	MaxReplacements    = 4
	MaxReplaceRebuild  = 1024
)

type pendingTx struct {
	raw      []byte
	tx       *replay.Tx
	size     uint64
	replaced int // how many transactions this nonce's slot replaced
}

// mempool holds the transactions not yet posted and two states: latest (after
// the last posted batch) and pending (latest plus every pending
// transaction, in order). Every pending transaction is valid against the
// pending state when accepted; there is no queue for future nonces, so a
// gap is rejected rather than held.
//
// Inbox entries that are not yet consumed are not in the pending state: the
// builder consumes them within one interval, ahead of the pending
// transactions, and a forced transaction there can turn a pending one into a
// no-op, which its receipt then reports (status 0).
type mempool struct {
	mu         sync.Mutex
	rules      *replay.Rules
	maxTxBytes uint64
	maxPending int
	log        *slog.Logger

	head    uint64 // latest posted batch number
	latest  *replay.State
	pending *replay.State
	txs     []*pendingTx
	known   map[common.Hash]*pendingTx
	// taken is how many of txs the builder took for the batch being
	// posted: those cannot be replaced any more.
	taken int
	// blocks holds the L2 blocks, receipts and transaction lookups.
	blocks   *blockStore
	gasLimit uint64 // of every block: a full batch of transfers
	// headCh is closed when the head moves (HeadChanged).
	headCh chan struct{}
	// store holds every batch-end state (the chain's store); history is
	// the retention window of the historical state reads.
	store   replay.NodeStore
	history uint64
	// accepted is a ring of the last acceptedRing accepted transaction
	// hashes, acceptedN how many were ever accepted (PendingTxsSince).
	accepted  []common.Hash
	acceptedN uint64
	// halted, when set, is why transactions are refused (ErrHalted).
	halted error
	// onAdd, if set, runs after every accepted transaction (outside mu).
	onAdd func()
	// censor is Faults.Censor (devnet fault injection; zero: none).
	censor common.Address
}

func newMempool(rules *replay.Rules, maxTxBytes uint64, maxPending int, head uint64, latest *replay.State, blocks *blockStore, gasLimit uint64, log *slog.Logger) *mempool {
	return &mempool{
		rules: rules, maxTxBytes: maxTxBytes, maxPending: maxPending, log: log,
		head: head, latest: latest, pending: latest.Copy(),
		known: make(map[common.Hash]*pendingTx), blocks: blocks, gasLimit: gasLimit,
		headCh: make(chan struct{}),
	}
}

// add applies the mempool rules to raw and, if it passes, appends it.
func (m *mempool) add(ctx context.Context, raw []byte) (common.Hash, error) {
	if uint64(len(raw)) > m.maxTxBytes {
		return common.Hash{}, fmt.Errorf("%w: %d bytes, limit %d", ErrTxTooLarge, len(raw), m.maxTxBytes)
	}
	// The stateless rules (decoding, chain id, shape, fees, signature) need
	// no lock: sender recovery is the costly part.
	tx, err := replay.DecodeTx(m.rules, raw)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: %w", ErrInvalidTx, err)
	}
	if m.censor != (common.Address{}) && tx.From == m.censor {
		// Fault injection (Faults.Censor): say yes, keep it out.
		m.log.Warn("transaction from the censored address dropped (fault injected)", "tx", tx.Hash, "from", tx.From)
		return tx.Hash, nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.halted != nil {
		return common.Hash{}, fmt.Errorf("%w: %w", ErrHalted, m.halted)
	}
	if _, ok := m.known[tx.Hash]; ok {
		return tx.Hash, fmt.Errorf("%w: %s", ErrAlreadyKnown, tx.Hash)
	}
	if b, _, err := m.blocks.tx(tx.Hash); err != nil {
		return common.Hash{}, err
	} else if b != nil {
		return tx.Hash, fmt.Errorf("%w: %s already included", ErrAlreadyKnown, tx.Hash)
	}
	if i, err := m.sameNonce(tx); err != nil {
		return common.Hash{}, err
	} else if i >= 0 {
		if err := m.replace(ctx, i, tx, raw); err != nil {
			return tx.Hash, err
		}
		m.recordAccepted(tx.Hash)
		return tx.Hash, nil
	}
	if len(m.txs) >= m.maxPending {
		return common.Hash{}, fmt.Errorf("%w: %d pending transactions", ErrMempoolFull, len(m.txs))
	}
	if err := m.applyPending(ctx, tx, raw); err != nil {
		return common.Hash{}, err
	}
	p := &pendingTx{raw: raw, tx: tx, size: uint64(len(raw))}
	m.txs = append(m.txs, p)
	m.known[tx.Hash] = p
	m.recordAccepted(tx.Hash)
	return tx.Hash, nil
}

// sameNonce returns the index of the pending transaction with tx's sender
// and nonce, -1 if none. Callers hold mu.
func (m *mempool) sameNonce(tx *replay.Tx) (int, error) {
	// Only a nonce below the pending one and not below the latest one can
	// be pending: the scan is skipped for every other transaction.
	pend, err := m.pending.Account(tx.From)
	if err != nil {
		return -1, fmt.Errorf("read sender account: %w", err)
	}
	latest, err := m.latest.Account(tx.From)
	if err != nil {
		return -1, fmt.Errorf("read sender account: %w", err)
	}
	if tx.Nonce >= pend.Nonce || tx.Nonce < latest.Nonce {
		return -1, nil
	}
	for i, p := range m.txs {
		if p.tx.From == tx.From && p.tx.Nonce == tx.Nonce {
			return i, nil
		}
	}
	return -1, nil
}

// bumped reports whether fee is at least ReplaceBumpPercent above old, and
// above it (a zero tip must still rise).
func bumped(fee, old *uint256.Int) bool {
	if fee.Cmp(old) <= 0 {
		return false
	}
	// In big.Int: a fee cap near 2^256 must not wrap around.
	need := new(big.Int).Mul(old.ToBig(), big.NewInt(100+ReplaceBumpPercent))
	have := new(big.Int).Mul(fee.ToBig(), big.NewInt(100))
	return have.Cmp(need) >= 0
}

// replace puts tx in the place of pending transaction i (same sender and
// nonce) and rebuilds the pending state from the latest one: a cancel can
// take away the funds a later transaction of another sender spends, and such
// transactions are dropped, as included drops them. The rebuild costs one
// replay of every pending transaction, which is why a nonce can be replaced
// only MaxReplacements times. Callers hold mu.
func (m *mempool) replace(ctx context.Context, i int, tx *replay.Tx, raw []byte) error {
	old := m.txs[i]
	switch {
	case i < m.taken:
		return fmt.Errorf("%w: %s is in the batch being posted", ErrReplaceLimit, old.tx.Hash)
	case len(m.txs) > MaxReplaceRebuild:
		return fmt.Errorf("%w: %d transactions pending, replacements wait until at most %d are", ErrReplaceLimit, len(m.txs), MaxReplaceRebuild)
	case old.replaced >= MaxReplacements:
		return fmt.Errorf("%w: nonce %d replaced %d times already", ErrReplaceLimit, tx.Nonce, old.replaced)
	case !bumped(&tx.GasTipCap, &old.tx.GasTipCap) || !bumped(&tx.GasFeeCap, &old.tx.GasFeeCap):
		return fmt.Errorf("%w: tip %s and fee cap %s must both be at least %d%% above %s and %s",
			ErrReplaceUnderpriced, tx.GasTipCap.Dec(), tx.GasFeeCap.Dec(), ReplaceBumpPercent, old.tx.GasTipCap.Dec(), old.tx.GasFeeCap.Dec())
	}
	st := m.latest.Copy()
	var kept []*pendingTx
	var dropped []common.Hash
	for j, p := range m.txs {
		if j == i {
			if err := m.applyTo(ctx, st, tx, raw); err != nil {
				return err // the old transaction stays
			}
			kept = append(kept, &pendingTx{raw: raw, tx: tx, size: uint64(len(raw)), replaced: old.replaced + 1})
			continue
		}
		if err := m.applyTo(ctx, st, p.tx, p.raw); err != nil {
			if j < i {
				// Applied before in the same order on the same state.
				return fmt.Errorf("rebuild the pending state: %w", err)
			}
			dropped = append(dropped, p.tx.Hash)
			continue
		}
		kept = append(kept, p)
	}
	delete(m.known, old.tx.Hash)
	for _, h := range dropped {
		m.log.Info("dropped pending tx after a replacement", "tx", h, "replaced", old.tx.Hash)
		delete(m.known, h)
	}
	m.known[tx.Hash] = kept[i]
	m.txs, m.pending = kept, st
	return nil
}

// applyPending checks tx against the pending state and applies it there.
// Callers hold mu.
func (m *mempool) applyPending(ctx context.Context, tx *replay.Tx, raw []byte) error {
	return m.applyTo(ctx, m.pending, tx, raw)
}

// applyTo checks tx against st and applies it there. Callers hold mu.
func (m *mempool) applyTo(ctx context.Context, st *replay.State, tx *replay.Tx, raw []byte) error {
	acc, err := st.Account(tx.From)
	if err != nil {
		return fmt.Errorf("read sender account: %w", err)
	}
	// A corrupted signature still recovers an address, a random one: an
	// account that was never used (nonce 0, no balance; one that spent
	// everything has a nonce). From such an account only a nonce-0
	// transaction can be genuine, so any other nonce is a bad signature,
	// not a nonce gap; for nonce 0 the error names the recovered sender,
	// so the user can tell it is not theirs.
	unused := acc.Nonce == 0 && acc.Balance.IsZero()
	if unused && tx.Nonce > 0 {
		return fmt.Errorf("%w: %w: it recovers sender %s, an account never used, yet the transaction has nonce %d (a corrupted signature recovers a random address)",
			ErrInvalidTx, ErrInvalidSignature, tx.From, tx.Nonce)
	}
	if err := st.CheckTx(m.rules, tx); err != nil {
		switch {
		case errors.Is(err, replay.ErrNonce) && tx.Nonce < acc.Nonce:
			return fmt.Errorf("%w: next nonce %d, tx nonce %d", ErrNonceTooLow, acc.Nonce, tx.Nonce)
		case errors.Is(err, replay.ErrNonce):
			// Without a future queue a gap would only sit in the
			// mempool; the sender should resend in order.
			return fmt.Errorf("%w: next nonce %d, tx nonce %d (no gaps accepted)", ErrNonceTooHigh, acc.Nonce, tx.Nonce)
		case errors.Is(err, replay.ErrInsufficientBalance):
			cost, _ := tx.Cost(&m.rules.BaseFee)
			if unused {
				return fmt.Errorf("%w: balance 0, cost %s: sender %s (recovered from the signature) has never been funded; if that is not your address, the signature is corrupted", ErrInsufficientFunds, cost.Dec(), tx.From)
			}
			return fmt.Errorf("%w: balance %s, cost %s", ErrInsufficientFunds, acc.Balance.Dec(), cost.Dec())
		}
		return fmt.Errorf("%w: %w", ErrInvalidTx, err)
	}
	res, err := replay.ReplayBatch(ctx, st, m.rules, &replay.Batch{Txs: [][]byte{raw}}, replay.ReplayOptions{})
	if err != nil {
		return fmt.Errorf("apply to the pending state: %w", err)
	}
	if r := res.Steps[0].Result; r != nil {
		// CheckTx passed, so this is a rule CheckTx does not cover.
		return fmt.Errorf("%w: %w", ErrInvalidTx, r)
	}
	return nil
}

// take returns the oldest pending transactions that fit one batch.
func (m *mempool) take(maxTxs, maxBytes uint64) [][]byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	// RLP list framing: at most 9 bytes for the list, 3 per item below 64
	// KiB (MaxTxBytes is far below that) — a safe upper bound, so a batch
	// never exceeds MaxBatchBytes.
	size := uint64(9)
	var out [][]byte
	for _, p := range m.txs {
		if uint64(len(out)) >= maxTxs || size+p.size+3 > maxBytes {
			break
		}
		size += p.size + 3
		out = append(out, p.raw)
	}
	m.taken = len(out)
	return out
}

// count returns the number of pending transactions.
func (m *mempool) count() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.txs)
}

// included records a posted batch holding the first len(b.Txs) pending
// transactions as the next block and rebuilds the pending state on the
// batch's post-state.
func (m *mempool) included(ctx context.Context, b *Built, pb *contracts.PostedBatch) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	parent, err := m.blocks.byNumber(m.head)
	if err != nil {
		return err
	}
	if parent == nil {
		return fmt.Errorf("no block %d to extend", m.head)
	}
	in := &replay.Batch{Entries: b.Entries, Txs: b.Txs}
	blk, err := batchBlock(m.rules, pb, in, b.Result, parent.Hash(), b.TrueRoot, m.gasLimit)
	if err != nil {
		return err
	}
	if err := m.blocks.putBlocks([]*Block{blk}); err != nil {
		return err
	}
	n := len(b.Txs)
	for _, p := range m.txs[:n] {
		delete(m.known, p.tx.Hash)
	}
	rest := m.txs[n:]
	m.txs, m.taken = nil, 0
	m.head, m.latest, m.pending = pb.Header.Number, b.State, b.State.Copy()
	m.store = b.Chain.Store
	m.headMoved()
	// Transactions that arrived while the batch was posted were checked
	// against a pending state that assumed the posted ones applied; they
	// did unless an inbox entry changed the sender's account first.
	for _, p := range rest {
		if err := m.applyPending(ctx, p.tx, p.raw); err != nil {
			m.log.Info("dropped pending tx", "tx", p.tx.Hash, "err", err)
			delete(m.known, p.tx.Hash)
			continue
		}
		m.txs = append(m.txs, p)
	}
	return nil
}

// rebase moves the mempool onto batch head with post-state st when L1's
// batch chain moved without this mempool seeing the post (a post reported
// failed that was mined after all, or another poster with the same key).
// Pending transactions that no longer apply (typically: they were in that
// batch) are dropped; the blocks are derived from chain again.
func (m *mempool) rebase(ctx context.Context, chain *l2chain.Chain, st *replay.State) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.blocks.sync(ctx, chain, m.gasLimit); err != nil {
		return err
	}
	head := chain.Head()
	rest := m.txs
	m.txs, m.taken = nil, 0
	m.head, m.latest, m.pending = head, st, st.Copy()
	m.store = chain.Store
	m.headMoved()
	for _, p := range rest {
		if err := m.applyPending(ctx, p.tx, p.raw); err != nil {
			delete(m.known, p.tx.Hash)
			continue
		}
		m.txs = append(m.txs, p)
	}
	return nil
}

// pendingTx returns the pending transaction with hash h, nil if none.
func (m *mempool) pendingTx(h common.Hash) *pendingTx {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.known[h]
}

// account reads addr in the pending or the latest state.
func (m *mempool) account(addr common.Address, pending bool) (replay.Account, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	st := m.latest
	if pending {
		st = m.pending
	}
	return st.Account(addr)
}

func (m *mempool) latestBatch() uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.head
}

// baseFee returns the L2 base fee (a chain constant).
func (m *mempool) baseFee() *uint256.Int { return new(uint256.Int).Set(&m.rules.BaseFee) }
