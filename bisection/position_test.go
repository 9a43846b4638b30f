package bisection

import (
	"errors"
	"math"
	"testing"
)

func TestGameDepth(t *testing.T) {
	tests := []struct {
		T    uint64
		want uint8
		err  error
	}{
		{0, 1, nil},
		{1, 1, nil},
		{2, 1, nil},
		{3, 2, nil},
		{4, 2, nil},
		{5, 3, nil},
		{8, 3, nil},
		{9, 4, nil},
		{1 << 32, 32, nil},
		{1<<32 + 1, 33, nil},
		{1 << 62, 62, nil},
		{1<<62 + 1, 63, nil},
		{1 << 63, 63, nil},
		{1<<63 + 1, 0, ErrTraceTooLong},
		{math.MaxUint64, 0, ErrTraceTooLong},
	}
	for _, tt := range tests {
		got, err := GameDepth(tt.T)
		if !errors.Is(err, tt.err) || (err == nil && got != tt.want) {
			t.Errorf("GameDepth(%d) = %d, %v; want %d, %v", tt.T, got, err, tt.want, tt.err)
		}
		if err == nil {
			// Smallest D ≥ 1 with 2^D ≥ T.
			if tt.T > 1<<got || (got > 1 && tt.T <= 1<<(got-1)) {
				t.Errorf("GameDepth(%d) = %d is not the smallest cover", tt.T, got)
			}
		}
	}
}

// TestTraceIndexTable spells out a depth-3 game (8 steps).
func TestTraceIndexTable(t *testing.T) {
	const D = 3
	tests := []struct {
		g            Position
		depth        uint8
		index, trace uint64
		side         Side
	}{
		{1, 0, 0, 7, SideDefender},
		{2, 1, 0, 3, SideChallenger},
		{3, 1, 1, 7, SideChallenger},
		{4, 2, 0, 1, SideDefender},
		{5, 2, 1, 3, SideDefender},
		{6, 2, 2, 5, SideDefender},
		{7, 2, 3, 7, SideDefender},
		{8, 3, 0, 0, SideChallenger},
		{9, 3, 1, 1, SideChallenger},
		{12, 3, 4, 4, SideChallenger},
		{15, 3, 7, 7, SideChallenger},
	}
	for _, tt := range tests {
		if d := tt.g.Depth(); d != tt.depth {
			t.Errorf("Depth(%d) = %d, want %d", tt.g, d, tt.depth)
		}
		if i := tt.g.IndexAtDepth(); i != tt.index {
			t.Errorf("IndexAtDepth(%d) = %d, want %d", tt.g, i, tt.index)
		}
		if ti, err := tt.g.TraceIndex(D); err != nil || ti != tt.trace {
			t.Errorf("TraceIndex(%d, %d) = %d, %v; want %d", tt.g, D, ti, err, tt.trace)
		}
		if s := tt.g.Side(); s != tt.side {
			t.Errorf("Side(%d) = %v, want %v", tt.g, s, tt.side)
		}
		if p, err := NewPosition(tt.depth, tt.index); err != nil || p != tt.g {
			t.Errorf("NewPosition(%d, %d) = %d, %v; want %d", tt.depth, tt.index, p, err, tt.g)
		}
	}
}

// TestPositionsExhaustive checks every position of every game up to depth 8
// against the definitions, computed independently with plain loops.
func TestPositionsExhaustive(t *testing.T) {
	for D := uint8(1); D <= 8; D++ {
		last := uint64(1)<<D - 1
		for g := Position(1); g < Position(1)<<(D+1); g++ {
			// Depth and index by counting.
			var depth uint8
			for Position(1)<<(depth+1) <= g {
				depth++
			}
			index := uint64(g) - 1<<depth
			if g.Depth() != depth || g.IndexAtDepth() != index {
				t.Fatalf("D=%d g=%d: depth/index %d/%d, want %d/%d", D, g, g.Depth(), g.IndexAtDepth(), depth, index)
			}
			ti, err := g.TraceIndex(D)
			if err != nil {
				t.Fatalf("D=%d g=%d: %v", D, g, err)
			}
			// The trace index is the last leaf of g's subtree.
			leaf := uint64(g)
			for l := depth; l < D; l++ {
				leaf = 2*leaf + 1
			}
			if want := leaf - 1<<D; ti != want {
				t.Fatalf("D=%d g=%d: trace index %d, want %d", D, g, ti, want)
			}
			if ti > last {
				t.Fatalf("D=%d g=%d: trace index %d beyond %d", D, g, ti, last)
			}

			a, aerr := g.Attack(D)
			d, derr := g.Defend(D)
			if depth >= D {
				if !errors.Is(aerr, ErrMaxDepth) || !errors.Is(derr, ErrMaxDepth) {
					t.Fatalf("D=%d g=%d at max depth: attack %v, defend %v", D, g, aerr, derr)
				}
				continue
			}
			if aerr != nil || a != 2*g {
				t.Fatalf("D=%d g=%d: attack %d, %v", D, g, a, aerr)
			}
			at, _ := a.TraceIndex(D)
			half := uint64(1) << (D - depth - 1)
			if at+half != ti {
				t.Fatalf("D=%d g=%d: attack trace index %d, parent %d: not the middle", D, g, at, ti)
			}
			if g == 1 || ti == last {
				if !errors.Is(derr, ErrCannotDefend) {
					t.Fatalf("D=%d g=%d: defend allowed (%d, %v)", D, g, d, derr)
				}
				continue
			}
			if derr != nil || d != 2*(g+1) {
				t.Fatalf("D=%d g=%d: defend %d, %v", D, g, d, derr)
			}
			dt, _ := d.TraceIndex(D)
			if dt != ti+half {
				t.Fatalf("D=%d g=%d: defend trace index %d, parent %d", D, g, dt, ti)
			}
			if a.Side() == g.Side() || d.Side() != a.Side() {
				t.Fatalf("D=%d g=%d: children on the parent's side", D, g)
			}
		}
	}
}

// TestReachablePositions enumerates every chain of legal moves in games up to
// depth 10 and checks the facts the step rule relies on
// (docs/PROTOCOL.md §7, "Why every step is defined"): non-root positions
// are even; along every chain of moves the trace indices are distinct; every
// claim at depth D has an ancestor at trace index i − 1 (or i = 0) and one at
// i + 1.
func TestReachablePositions(t *testing.T) {
	for D := uint8(1); D <= 10; D++ {
		var walk func(chain []Position)
		reached := map[Position]bool{}
		walk = func(chain []Position) {
			g := chain[len(chain)-1]
			reached[g] = true
			if g != 1 && g%2 != 0 {
				t.Fatalf("D=%d: odd position %d reached", D, g)
			}
			seen := map[uint64]bool{}
			for _, p := range chain {
				ti, _ := p.TraceIndex(D)
				if seen[ti] {
					t.Fatalf("D=%d chain %v: trace index %d twice", D, chain, ti)
				}
				seen[ti] = true
			}
			if g.Depth() == D {
				i, _ := g.TraceIndex(D)
				if i != 0 && !seen[i-1] {
					t.Fatalf("D=%d chain %v: no ancestor at %d", D, chain, i-1)
				}
				if !seen[i+1] {
					t.Fatalf("D=%d chain %v: no ancestor at %d", D, chain, i+1)
				}
				return
			}
			if a, err := g.Attack(D); err == nil {
				walk(append(chain[:len(chain):len(chain)], a))
			}
			if d, err := g.Defend(D); err == nil {
				walk(append(chain[:len(chain):len(chain)], d))
			}
		}
		walk([]Position{RootPosition})
		// Exactly the root and every even position: 2g is the attack on g
		// and 2(g+1) the defence of g, and one of g, g+1 is even (or the root).
		if want := 1 << D; len(reached) != want {
			t.Errorf("D=%d: %d reachable positions, want %d", D, len(reached), want)
		}
	}
}

func TestPositionEdges(t *testing.T) {
	const top = Position(1) << 63
	tests := []struct {
		name string
		f    func() (uint64, error)
		want uint64
		err  error
	}{
		{"trace index of 0", func() (uint64, error) { return Position(0).TraceIndex(3) }, 0, ErrInvalidPosition},
		{"attack 0", func() (uint64, error) { p, err := Position(0).Attack(3); return uint64(p), err }, 0, ErrInvalidPosition},
		{"defend 0", func() (uint64, error) { p, err := Position(0).Defend(3); return uint64(p), err }, 0, ErrInvalidPosition},
		{"depth 64 game", func() (uint64, error) { return RootPosition.TraceIndex(64) }, 0, ErrInvalidDepth},
		{"deeper than game", func() (uint64, error) { return Position(8).TraceIndex(2) }, 0, ErrInvalidPosition},
		{"depth-0 game root", func() (uint64, error) { return RootPosition.TraceIndex(0) }, 0, nil},
		{"root of 63", func() (uint64, error) { return RootPosition.TraceIndex(63) }, 1<<63 - 1, nil},
		{"leftmost leaf of 63", func() (uint64, error) { return top.TraceIndex(63) }, 0, nil},
		{"rightmost leaf of 63", func() (uint64, error) { return Position(math.MaxUint64).TraceIndex(63) }, 1<<63 - 1, nil},
		{"attack at 62", func() (uint64, error) { p, err := (top / 2).Attack(63); return uint64(p), err }, 1 << 63, nil},
		{"attack at 63", func() (uint64, error) { p, err := top.Attack(63); return uint64(p), err }, 0, ErrMaxDepth},
		{"defend right edge at 62", func() (uint64, error) { p, err := (top - 1).Defend(63); return uint64(p), err }, 0, ErrCannotDefend},
		{"defend next to edge at 62", func() (uint64, error) { p, err := (top - 2).Defend(63); return uint64(p), err }, math.MaxUint64 - 1, nil},
		{"defend root", func() (uint64, error) { p, err := RootPosition.Defend(63); return uint64(p), err }, 0, ErrCannotDefend},
		{"new position depth 64", func() (uint64, error) { p, err := NewPosition(64, 0); return uint64(p), err }, 0, ErrInvalidPosition},
		{"new position index too big", func() (uint64, error) { p, err := NewPosition(3, 8); return uint64(p), err }, 0, ErrInvalidPosition},
		{"new position 63", func() (uint64, error) { p, err := NewPosition(63, 1<<63-1); return uint64(p), err }, math.MaxUint64, nil},
	}
	for _, tt := range tests {
		got, err := tt.f()
		if !errors.Is(err, tt.err) || (err == nil && got != tt.want) {
			t.Errorf("%s: %d, %v; want %d, %v", tt.name, got, err, tt.want, tt.err)
		}
	}
	if Position(0).Depth() != 0 || Position(0).IndexAtDepth() != 0 || Position(0).Valid() {
		t.Error("position 0 is not total/invalid")
	}
	if LastTraceIndex(64) != 0 || LastTraceIndex(63) != 1<<63-1 {
		t.Error("LastTraceIndex")
	}
	if SideDefender.Opposite() != SideChallenger || SideChallenger.String() != "challenger" {
		t.Error("Side")
	}
}
