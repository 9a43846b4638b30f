package replay

import (
	"context"
	"fmt"
	"runtime"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
)

// Batch is what the state transition function consumes for one L2 batch: the
// inbox entries it consumes, in queue order, then its transactions. Each is one
// step of the dispute-game trace.
type Batch struct {
	Entries []InboxEntry
	Txs     [][]byte
	// Void marks a batch voided by a lost DA challenge: its transactions are
	// no-ops (result ErrVoidBatch), its inbox entries still apply.
	Void bool
	// Decoded optionally holds DecodeTx's result for Txs[i] (nil: decode
	// it here), so a node that decoded a transaction when it entered its
	// mempool does not recover its sender again. Each must be exactly what
	// DecodeTx returns for that transaction's bytes.
	Decoded []*Tx
}

// Len returns the number of steps in the batch.
func (b *Batch) Len() int { return len(b.Entries) + len(b.Txs) }

// StepResult is the outcome of one step.
type StepResult struct {
	// Result is nil if the step changed the state as specified, otherwise the
	// reason it was a no-op (ErrNonce, ErrBadSignature, ErrVoidBatch, …).
	Result error
	// Root is the state root after the step; set only when tracing.
	Root common.Hash
}

// BatchResult is the outcome of replaying a batch.
type BatchResult struct {
	Root  common.Hash  // post-state root
	Steps []StepResult // one per step, entries first
}

// ReplayOptions tune ReplayBatch.
type ReplayOptions struct {
	// Trace computes the state root after every step. It costs a rehash of the
	// touched paths per step instead of once per batch.
	Trace bool
}

// decoded is a transaction step after DecodeTx.
type decoded struct {
	tx  *Tx
	err error
}

// PreparedBatch is a batch whose transactions are being decoded and
// signature-checked in the background, in parallel. Sender recovery is the
// bulk of replay cost and needs no state, so a caller replaying many batches
// can prepare the next batch while applying the current one.
type PreparedBatch struct {
	batch  *Batch
	rules  *Rules
	res    []decoded
	chunks []chan struct{} // closed when the chunk's steps are decoded
}

// prepareChunk is the number of steps a worker decodes at a time; the applier
// follows chunk by chunk, so it starts before the whole batch is decoded.
const prepareChunk = 32

// PrepareBatch starts decoding a batch's transactions on GOMAXPROCS workers
// and returns at once. The workers stop early if ctx is cancelled.
func PrepareBatch(ctx context.Context, rules *Rules, b *Batch) *PreparedBatch {
	return prepareSteps(ctx, rules, b, b.Len())
}

// prepareSteps is PrepareBatch for the first limit steps only: a step proof
// needs the steps up to its own, and recovering the senders of the rest of
// the batch (the dominant cost) would be wasted.
func prepareSteps(ctx context.Context, rules *Rules, b *Batch, limit int) *PreparedBatch {
	n := min(limit, b.Len())
	p := &PreparedBatch{batch: b, rules: rules, res: make([]decoded, b.Len())}
	nchunks := (n + prepareChunk - 1) / prepareChunk
	p.chunks = make([]chan struct{}, nchunks)
	for i := range p.chunks {
		p.chunks[i] = make(chan struct{})
	}
	var next atomic.Int64
	worker := func() {
		for {
			c := int(next.Add(1) - 1)
			if c >= nchunks {
				return
			}
			for i := c * prepareChunk; i < min(n, (c+1)*prepareChunk); i++ {
				if ctx.Err() != nil {
					break
				}
				if raw, ok := p.rawTx(i); ok {
					if tx := p.predecoded(i); tx != nil {
						p.res[i].tx = tx
						continue
					}
					p.res[i].tx, p.res[i].err = DecodeTx(rules, raw)
				}
			}
			close(p.chunks[c])
		}
	}
	for w := min(runtime.GOMAXPROCS(0), nchunks); w > 0; w-- {
		go worker()
	}
	return p
}

// predecoded returns the caller's decoding of step i, if it gave one.
func (p *PreparedBatch) predecoded(i int) *Tx {
	j := i - len(p.batch.Entries)
	if j < 0 || j >= len(p.batch.Decoded) {
		return nil
	}
	return p.batch.Decoded[j]
}

// rawTx returns the transaction bytes of step i if it needs decoding.
func (p *PreparedBatch) rawTx(i int) ([]byte, bool) {
	if i < len(p.batch.Entries) {
		e := &p.batch.Entries[i]
		return e.RawTx, e.Kind == EntryForcedTx
	}
	if p.batch.Void {
		return nil, false
	}
	return p.batch.Txs[i-len(p.batch.Entries)], true
}

// ReplayBatch applies a batch to st and returns the post-state root and the
// result of every step (with intermediate roots if opts.Trace). The state is
// left at the post-state (not committed to its store). An error means the
// state could not be read or written; st is then unusable.
func ReplayBatch(ctx context.Context, st *State, rules *Rules, b *Batch, opts ReplayOptions) (*BatchResult, error) {
	return st.ApplyPrepared(ctx, PrepareBatch(ctx, rules, b), opts)
}

// ApplyPrepared is ReplayBatch for a batch already handed to PrepareBatch.
func (s *State) ApplyPrepared(ctx context.Context, p *PreparedBatch, opts ReplayOptions) (*BatchResult, error) {
	res := &BatchResult{Steps: make([]StepResult, len(p.res))}
	if !opts.Trace { // tracing changes the root at every step: nothing to read ahead
		s.pre = s.startPrefetch(ctx, p, len(p.res))
	}
	err := s.applySteps(ctx, p, len(p.res), res.Steps, opts.Trace)
	s.pre.end()
	s.pre = nil
	if err != nil {
		return nil, err
	}
	root, err := s.Root()
	if err != nil {
		return nil, err
	}
	res.Root = root
	return res, nil
}

// applySteps applies steps [0, n) of p, recording results in out if non-nil.
func (s *State) applySteps(ctx context.Context, p *PreparedBatch, n int, out []StepResult, trace bool) error {
	for c := 0; c*prepareChunk < n; c++ {
		select {
		case <-p.chunks[c]:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := ctx.Err(); err != nil {
			return err // workers may have skipped steps
		}
		for i := c * prepareChunk; i < min(n, (c+1)*prepareChunk); i++ {
			if s.pre != nil {
				s.pre.applied.Store(int64(i))
			}
			result, err := s.applyStep(p, i)
			if err != nil {
				return fmt.Errorf("step %d: %w", i, err)
			}
			if out == nil {
				continue
			}
			out[i].Result = result
			if trace {
				if out[i].Root, err = s.Root(); err != nil {
					return fmt.Errorf("step %d: %w", i, err)
				}
			}
		}
	}
	return nil
}

func (s *State) applyStep(p *PreparedBatch, i int) (result error, err error) {
	if i < len(p.batch.Entries) && p.batch.Entries[i].Kind == EntryDeposit {
		e := &p.batch.Entries[i]
		return s.applyDeposit(e.To, &e.Amount)
	}
	if i >= len(p.batch.Entries) && p.batch.Void {
		return ErrVoidBatch, nil
	}
	if i < len(p.batch.Entries) && p.batch.Entries[i].Kind != EntryForcedTx {
		return nil, fmt.Errorf("%w: entry kind %d", ErrInvalidElement, p.batch.Entries[i].Kind)
	}
	d := &p.res[i]
	switch {
	case d.err != nil:
		return d.err, nil
	case d.tx == nil:
		return nil, fmt.Errorf("step %d was not decoded (cancelled?)", i)
	}
	return s.applyTx(p.rules, d.tx)
}
