package bisection

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Errors of trace providers and of the honest solver. They are not rule
// errors: no contract reverts with them, so SolidityError maps them to "".
var (
	// ErrPaddingStep is returned for a step proof at a trace index ≥ T: the
	// step is a no-op the game evaluates itself, and it has no element.
	ErrPaddingStep = errors.New("step lies in the padding after the trace: no proof")
	// ErrNoStepProof is returned by providers that hold roots but no data to
	// prove steps with (SliceProvider).
	ErrNoStepProof = errors.New("trace provider cannot build step proofs")
	// ErrTraceMismatch means a provider does not describe the game it is
	// asked about (another anchor root or trace length), or contradicts
	// itself. The honest party must never judge a game with such a trace.
	ErrTraceMismatch = errors.New("trace provider does not match the game")
)

// TraceProvider is the honest party's view of the true trace of one game:
// the state roots after every step of batches A+1 … B, from the anchor root
// of batch A, and the one-step proofs that back them on L1. Methods that may
// do I/O or replay take a context.
type TraceProvider interface {
	// Length returns T, the number of steps of the trace.
	Length() uint64
	// AnchorRoot returns the state root before step 0 (the anchor's).
	AnchorRoot() common.Hash
	// StateAt returns the state root after step i. Steps at index ≥ T are
	// no-ops, so for i ≥ T it is the root after the last step (the anchor
	// root if T = 0): every trace index of a game of depth D has a value.
	StateAt(ctx context.Context, i uint64) (common.Hash, error)
	// StepProof returns the ABI-encoded StepElement and StepWitness that
	// make the OneStepVerifier compute the root after step i from preRoot,
	// the root before step i. It fails with ErrPaddingStep for i ≥ T.
	StepProof(ctx context.Context, i uint64) (element, witness []byte, preRoot common.Hash, err error)
}

// PreStateAt returns the true state before step s: the anchor root for
// s = 0, otherwise the root after step s − 1.
func PreStateAt(ctx context.Context, p TraceProvider, s uint64) (common.Hash, error) {
	if s == 0 {
		return p.AnchorRoot(), nil
	}
	return p.StateAt(ctx, s-1)
}

// ProviderTrace adapts a provider to a Trace (for Correctness and the other
// reference helpers). Trace.Root cannot fail, so the roots are read up front;
// use it for short traces (tests, tools), not for games of depth 30.
func ProviderTrace(ctx context.Context, p TraceProvider) (*Trace, error) {
	roots := make([]common.Hash, p.Length())
	for i := range roots {
		r, err := p.StateAt(ctx, uint64(i))
		if err != nil {
			return nil, err
		}
		roots[i] = r
	}
	return SliceTrace(p.AnchorRoot(), roots), nil
}

// SliceProvider is an in-memory TraceProvider over a list of roots: the
// honest party's trace in tests and in model-only simulations. It holds no
// batch data, so it cannot build step proofs (ErrNoStepProof).
type SliceProvider struct {
	Anchor common.Hash
	Roots  []common.Hash // Roots[i] is the root after step i
}

// NewSliceProvider returns a provider over the given roots.
func NewSliceProvider(anchor common.Hash, roots []common.Hash) *SliceProvider {
	return &SliceProvider{Anchor: anchor, Roots: roots}
}

// Length implements TraceProvider.
func (p *SliceProvider) Length() uint64 { return uint64(len(p.Roots)) }

// AnchorRoot implements TraceProvider.
func (p *SliceProvider) AnchorRoot() common.Hash { return p.Anchor }

// StateAt implements TraceProvider.
func (p *SliceProvider) StateAt(ctx context.Context, i uint64) (common.Hash, error) {
	n := uint64(len(p.Roots))
	if n == 0 {
		return p.Anchor, nil
	}
	return p.Roots[min(i, n-1)], nil
}

// StepProof implements TraceProvider: it has no proofs to give.
func (p *SliceProvider) StepProof(ctx context.Context, i uint64) ([]byte, []byte, common.Hash, error) {
	if i >= uint64(len(p.Roots)) {
		return nil, nil, common.Hash{}, fmt.Errorf("%w: step %d of %d", ErrPaddingStep, i, len(p.Roots))
	}
	return nil, nil, common.Hash{}, ErrNoStepProof
}

// FuncProvider is a TraceProvider whose roots are computed on demand: long
// synthetic traces (benchmarks of 2^20 steps and more) without storing them.
type FuncProvider struct {
	Anchor common.Hash
	N      uint64
	Root   func(i uint64) common.Hash // the root after step i < N
}

// Length implements TraceProvider.
func (p *FuncProvider) Length() uint64 { return p.N }

// AnchorRoot implements TraceProvider.
func (p *FuncProvider) AnchorRoot() common.Hash { return p.Anchor }

// StateAt implements TraceProvider.
func (p *FuncProvider) StateAt(ctx context.Context, i uint64) (common.Hash, error) {
	if p.N == 0 {
		return p.Anchor, nil
	}
	return p.Root(min(i, p.N-1)), nil
}

// StepProof implements TraceProvider: it has no proofs to give.
func (p *FuncProvider) StepProof(ctx context.Context, i uint64) ([]byte, []byte, common.Hash, error) {
	if i >= p.N {
		return nil, nil, common.Hash{}, fmt.Errorf("%w: step %d of %d", ErrPaddingStep, i, p.N)
	}
	return nil, nil, common.Hash{}, ErrNoStepProof
}
