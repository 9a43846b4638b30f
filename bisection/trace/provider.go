// Package trace is the replay-backed bisection.TraceProvider: the true trace
// of a dispute game over batches A+1 … B, computed by replaying them with the
// local state transition function, and the one-step proofs that back it on
// L1. It lives apart from package bisection so that bisection stays a pure
// model with no dependency on the STF.
package trace

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/replay"
)

// ErrNoBatches is returned when a provider is built without batches: a game
// covers at least batch A+1.
var ErrNoBatches = errors.New("no batches after the anchor")

// BatchInput is one batch of a game's trace, as the L1 contracts define it:
// the inbox entries it consumes (queueStart … queueEnd), its transactions,
// and whether a lost DA challenge voided it.
type BatchInput struct {
	Entries []replay.InboxEntry
	Txs     [][]byte
	Void    bool
}

func (b *BatchInput) batch() *replay.Batch {
	return &replay.Batch{Entries: b.Entries, Txs: b.Txs, Void: b.Void}
}

// ReplayProvider is the trace of batches A+1 … B replayed from the anchor
// state. It keeps the root after every step (32 bytes per step) and, per
// batch, only the committed pre-batch root: the pre-batch states live in the
// node store, which holds every committed root, so a step proof re-opens the
// state of its batch and replays the batch up to the step. Memory is thus
// the roots plus the store's nodes for the batch-end states, not one state
// copy per batch.
//
// A ReplayProvider is safe for concurrent use once built: StepProof opens
// its own state.
type ReplayProvider struct {
	rules   *replay.Rules
	store   replay.NodeStore
	anchor  common.Hash
	batches []BatchInput
	start   []uint64      // start[k]: trace index of batch k's first step
	pre     []common.Hash // pre[k]: state root before batch k (committed)
	roots   []common.Hash // roots[i]: state root after step i
}

var _ bisection.TraceProvider = (*ReplayProvider)(nil)

// NewReplayProvider replays batches (A+1 … B, in order) with per-step
// traces from the anchor state, the state with root anchorRoot in store
// (committed there, as the watcher's and NewGenesisState's states are).
// Every batch-end state is committed to the same store: that is what lets
// proofs re-open the pre-batch states later. The next batch's signatures are
// recovered in parallel while the current one is applied.
func NewReplayProvider(ctx context.Context, rules *replay.Rules, store replay.NodeStore, anchorRoot common.Hash, batches []BatchInput) (*ReplayProvider, error) {
	if len(batches) == 0 {
		return nil, ErrNoBatches
	}
	st := replay.NewState(store, anchorRoot)
	root := anchorRoot
	p := &ReplayProvider{
		rules:   rules,
		store:   store,
		anchor:  root,
		batches: batches,
		start:   make([]uint64, len(batches)),
		pre:     make([]common.Hash, len(batches)),
	}
	total := 0
	for i := range batches {
		total += len(batches[i].Entries) + len(batches[i].Txs)
	}
	p.roots = make([]common.Hash, 0, total)
	next := replay.PrepareBatch(ctx, rules, batches[0].batch())
	for k := range batches {
		cur := next
		if k+1 < len(batches) {
			next = replay.PrepareBatch(ctx, rules, batches[k+1].batch())
		}
		p.start[k] = uint64(len(p.roots))
		p.pre[k] = root
		res, err := st.ApplyPrepared(ctx, cur, replay.ReplayOptions{Trace: true})
		if err != nil {
			return nil, fmt.Errorf("replay batch %d after the anchor: %w", k+1, err)
		}
		for _, s := range res.Steps {
			p.roots = append(p.roots, s.Root)
		}
		if root, err = st.Commit(ctx); err != nil {
			return nil, fmt.Errorf("commit batch %d after the anchor: %w", k+1, err)
		}
		if root != res.Root {
			return nil, fmt.Errorf("%w: batch %d committed root %x, replay root %x", bisection.ErrTraceMismatch, k+1, root, res.Root)
		}
	}
	return p, nil
}

// Length implements bisection.TraceProvider.
func (p *ReplayProvider) Length() uint64 { return uint64(len(p.roots)) }

// AnchorRoot implements bisection.TraceProvider.
func (p *ReplayProvider) AnchorRoot() common.Hash { return p.anchor }

// StateAt implements bisection.TraceProvider: roots are cached, so it does
// no work and never fails.
func (p *ReplayProvider) StateAt(ctx context.Context, i uint64) (common.Hash, error) {
	n := uint64(len(p.roots))
	if n == 0 {
		return p.anchor, nil
	}
	return p.roots[min(i, n-1)], nil
}

// FinalRoot returns the state root after batch B: the value of a correct
// root claim.
func (p *ReplayProvider) FinalRoot() common.Hash {
	r, _ := p.StateAt(context.Background(), p.Length())
	return r
}

// Locate returns which batch (0 for A+1) holds trace step i, and the step's
// offset within it: what the agent needs to pick the batch header passed to
// the game's step().
func (p *ReplayProvider) Locate(i uint64) (batch int, offset int, err error) {
	if i >= p.Length() {
		return 0, 0, fmt.Errorf("%w: step %d of %d", bisection.ErrPaddingStep, i, p.Length())
	}
	// The last batch whose first step is ≤ i; empty batches share a start
	// with the next one, which is the one holding i.
	k := sort.Search(len(p.start), func(k int) bool { return p.start[k] > i }) - 1
	return k, int(i - p.start[k]), nil
}

// Proof returns the full one-step proof of trace step i (element, witness,
// pre- and post-root, result), rebuilt from the committed pre-batch state.
// It checks the proof against the cached trace, so a corrupt store cannot
// make the honest party send a wrong proof.
func (p *ReplayProvider) Proof(ctx context.Context, i uint64) (*replay.StepProof, error) {
	k, off, err := p.Locate(i)
	if err != nil {
		return nil, err
	}
	st := replay.NewState(p.store, p.pre[k])
	sp, err := replay.BuildStepProof(ctx, st, p.rules, p.batches[k].batch(), off)
	if err != nil {
		return nil, fmt.Errorf("step %d (batch %d, offset %d): %w", i, k+1, off, err)
	}
	want, _ := bisection.PreStateAt(ctx, p, i)
	if sp.PreRoot != want || sp.PostRoot != p.roots[i] {
		return nil, fmt.Errorf("%w: step %d proof %x -> %x, trace %x -> %x", bisection.ErrTraceMismatch, i, sp.PreRoot, sp.PostRoot, want, p.roots[i])
	}
	return sp, nil
}

// StepProof implements bisection.TraceProvider: the ABI encodings of the
// proof's StepElement and StepWitness, and its pre-state root.
func (p *ReplayProvider) StepProof(ctx context.Context, i uint64) ([]byte, []byte, common.Hash, error) {
	sp, err := p.Proof(ctx, i)
	if err != nil {
		return nil, nil, common.Hash{}, err
	}
	el, err := replay.EncodeElementABI(&sp.Element)
	if err != nil {
		return nil, nil, common.Hash{}, err
	}
	w, err := replay.EncodeWitnessABI(&sp.Witness)
	if err != nil {
		return nil, nil, common.Hash{}, err
	}
	return el, w, sp.PreRoot, nil
}
