package bisection

import (
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

var (
	alice = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	bob   = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	carol = common.HexToAddress("0x00000000000000000000000000000000000ca201")
)

func mustGame(t *testing.T, b *TestGame) *Game {
	t.Helper()
	g, err := b.Game()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestNewGame(t *testing.T) {
	p := TestParams()
	base := Setup{AnchorBatch: 5, AnchorRoot: H(1), Batch: 6, TraceLength: 8, RootClaim: H(2), Claimant: alice, Bond: p.BondAt(0), Time: 10}
	small := p
	small.MaxGameDepth = 3
	tests := []struct {
		name  string
		p     Params
		edit  func(s *Setup)
		err   error
		depth uint8
	}{
		{"ok", p, func(*Setup) {}, nil, 3},
		{"empty trace", p, func(s *Setup) { s.TraceLength = 0 }, nil, 1},
		{"one step", p, func(s *Setup) { s.TraceLength = 1 }, nil, 1},
		{"max depth exactly", small, func(s *Setup) { s.TraceLength = 8 }, nil, 3},
		{"too long for max depth", small, func(s *Setup) { s.TraceLength = 9 }, ErrTraceTooLong, 0},
		{"too long for 63", p, func(s *Setup) { s.TraceLength = 1<<63 + 1 }, ErrTraceTooLong, 0},
		{"batch equals anchor", p, func(s *Setup) { s.Batch = 5 }, ErrBatchNotAfterAnchor, 0},
		{"batch before anchor", p, func(s *Setup) { s.Batch = 4 }, ErrBatchNotAfterAnchor, 0},
		{"zero claimant", p, func(s *Setup) { s.Claimant = common.Address{} }, ErrZeroAddress, 0},
		{"wrong bond", p, func(s *Setup) { s.Bond = big.NewInt(999) }, ErrWrongBond, 0},
		{"nil bond", p, func(s *Setup) { s.Bond = nil }, ErrWrongBond, 0},
		{"sequencer with a bond", p, func(s *Setup) {
			s.SequencerClaim, s.Opener, s.OpenerBond = true, bob, p.BondAt(1)
		}, ErrWrongBond, 0},
		{"sequencer ok", p, func(s *Setup) {
			s.SequencerClaim, s.Bond, s.Opener, s.OpenerBond, s.OpenerClaim = true, nil, bob, p.BondAt(1), H(3)
		}, nil, 3},
		{"sequencer no opener", p, func(s *Setup) {
			s.SequencerClaim, s.Bond, s.OpenerBond = true, nil, p.BondAt(1)
		}, ErrZeroAddress, 0},
		{"sequencer opener bond", p, func(s *Setup) {
			s.SequencerClaim, s.Bond, s.Opener, s.OpenerBond = true, new(big.Int), bob, p.BondAt(0)
		}, ErrWrongBond, 0},
		{"invalid params", Params{}, func(*Setup) {}, ErrInvalidParams, 0},
	}
	for _, tt := range tests {
		s := base
		tt.edit(&s)
		g, err := NewGame(tt.p, s)
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.err)
			continue
		}
		if err != nil {
			continue
		}
		if g.MaxDepth != tt.depth || g.Status != StatusInProgress || g.Claims[0].Position != RootPosition || g.Claims[0].ParentIndex != NoParent {
			t.Errorf("%s: game %+v", tt.name, g)
		}
		if s.SequencerClaim {
			if len(g.Claims) != 2 || g.Claims[0].Bond.Sign() != 0 || g.Claims[1].Position != 2 || g.Claims[1].Claimant != bob || g.Claims[1].Value != H(3) {
				t.Errorf("%s: claims %+v", tt.name, g.Claims)
			}
		}
	}
}

func TestParamsValidateAndBonds(t *testing.T) {
	p := TestParams()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	for d, want := range []int64{1000, 500, 200, 200, 200} {
		if got := p.BondAt(uint8(d)); got.Int64() != want {
			t.Errorf("BondAt(%d) = %v, want %d", d, got, want)
		}
	}
	if p.BondAt(255).Int64() != 200 {
		t.Error("last bond must repeat")
	}
	// BondAt returns a copy.
	p.BondAt(0).SetInt64(1)
	if p.BondsByDepth[0].Int64() != 1000 {
		t.Error("BondAt aliases the parameters")
	}
	bad := []func(p *Params){
		func(p *Params) { p.ClaimTimeout = 0 },
		func(p *Params) { p.MaxGameDepth = 0 },
		func(p *Params) { p.MaxGameDepth = 64 },
		func(p *Params) { p.BondsByDepth = nil },
		func(p *Params) { p.BondsByDepth = []*big.Int{big.NewInt(1), big.NewInt(0)} },
		func(p *Params) { p.BondsByDepth = []*big.Int{nil} },
		func(p *Params) { p.BondsByDepth = []*big.Int{big.NewInt(-1)} },
	}
	for i, edit := range bad {
		q := TestParams()
		edit(&q)
		if err := q.Validate(); !errors.Is(err, ErrInvalidParams) {
			t.Errorf("case %d: %v", i, err)
		}
	}
	if (&Params{}).BondAt(0).Sign() != 0 {
		t.Error("BondAt on empty bonds")
	}
}

// TestMoveRules tries one move per case against the tree
//
//	0 (root, t=7) ── 1 attack (t=3) ── 2 attack (t=1) ── 3 defend (t=2)
//
// in a depth-3 game, and checks the error and that a failure changes nothing.
func TestMoveRules(t *testing.T) {
	build := func() *Game {
		return mustGame(t, NewTestGame(8, H(100)).Attack(0, H(101)).Attack(1, H(102)).Defend(2, H(103)))
	}
	g0 := build()
	now := g0.Clock
	p := g0.Params
	ok := func(parent uint32, attack bool, v common.Hash) MoveArgs {
		pc := g0.Claims[parent]
		return MoveArgs{Parent: parent, Disputed: pc.Value, Attack: attack, Value: v, Claimant: carol, Bond: p.BondAt(pc.Position.Depth() + 1), Time: now}
	}
	with := func(m MoveArgs, edit func(*MoveArgs)) MoveArgs { edit(&m); return m }
	tests := []struct {
		name string
		m    MoveArgs
		err  error
		pos  Position
	}{
		{"attack root", ok(0, true, H(7)), nil, 2},
		{"attack root, new value", ok(0, true, H(8)), nil, 2},
		{"duplicate attack on root", ok(0, true, H(101)), ErrDuplicateClaim, 0},
		{"defend root", ok(0, false, H(7)), ErrCannotDefend, 0},
		{"defend depth 1", ok(1, false, H(7)), nil, 6},
		{"attack depth 2", ok(2, true, H(7)), nil, 8},
		{"defend depth 2", ok(2, false, H(7)), nil, 10},
		{"attack at max depth", ok(3, true, H(7)), ErrMaxDepth, 0},
		{"defend at max depth", ok(3, false, H(7)), ErrMaxDepth, 0},
		{"no such parent", with(ok(0, true, H(7)), func(m *MoveArgs) { m.Parent = 4 }), ErrNoSuchClaim, 0},
		{"parent NoParent", with(ok(0, true, H(7)), func(m *MoveArgs) { m.Parent = NoParent }), ErrNoSuchClaim, 0},
		{"disputed mismatch", with(ok(1, true, H(7)), func(m *MoveArgs) { m.Disputed = H(100) }), ErrDisputedMismatch, 0},
		{"bond too small", with(ok(1, true, H(7)), func(m *MoveArgs) { m.Bond = big.NewInt(199) }), ErrWrongBond, 0},
		{"bond of the parent's depth", with(ok(1, true, H(7)), func(m *MoveArgs) { m.Bond = p.BondAt(1) }), ErrWrongBond, 0},
		{"nil bond", with(ok(1, true, H(7)), func(m *MoveArgs) { m.Bond = nil }), ErrWrongBond, 0},
		{"zero claimant", with(ok(1, true, H(7)), func(m *MoveArgs) { m.Claimant = common.Address{} }), ErrZeroAddress, 0},
		{"clock backwards", with(ok(1, true, H(7)), func(m *MoveArgs) { m.Time = now - 1 }), ErrClockBackwards, 0},
		{"last second of the window", with(ok(3-1, true, H(7)), func(m *MoveArgs) { m.Time = now + p.ClaimTimeout - 1 }), nil, 8},
		{"window closed", with(ok(2, true, H(7)), func(m *MoveArgs) { m.Time = now + p.ClaimTimeout }), ErrWindowClosed, 0},
		// Check order: existence before everything else, then disputed,
		// legality, window, bond, duplicate.
		{"order: disputed before depth", with(ok(3, true, H(7)), func(m *MoveArgs) { m.Disputed = H(0) }), ErrDisputedMismatch, 0},
		{"order: depth before window", with(ok(3, true, H(7)), func(m *MoveArgs) { m.Time = now + p.ClaimTimeout }), ErrMaxDepth, 0},
		{"order: window before bond", with(ok(2, true, H(7)), func(m *MoveArgs) { m.Time, m.Bond = now+p.ClaimTimeout, nil }), ErrWindowClosed, 0},
		{"order: bond before duplicate", with(ok(0, true, H(101)), func(m *MoveArgs) { m.Bond = nil }), ErrWrongBond, 0},
	}
	for _, tt := range tests {
		g := build()
		before := g.Clone()
		idx, err := g.Move(tt.m)
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.err)
			continue
		}
		if err != nil {
			if !reflect.DeepEqual(g, before) {
				t.Errorf("%s: failed move changed the game", tt.name)
			}
			continue
		}
		c := g.Claims[idx]
		if idx != 4 || c.Position != tt.pos || c.ParentIndex != tt.m.Parent || c.Claimant != carol || c.CreatedAt != tt.m.Time ||
			c.Bond.Cmp(p.BondAt(tt.pos.Depth())) != 0 || g.Clock != tt.m.Time {
			t.Errorf("%s: claim %d = %+v", tt.name, idx, c)
		}
		if ch := g.Claims[tt.m.Parent].Children; ch[len(ch)-1] != idx {
			t.Errorf("%s: not listed as a child", tt.name)
		}
	}
}

// TestGameOver: no moves or steps once the root is resolved.
func TestGameOver(t *testing.T) {
	b := NewTestGame(2, H(1)).Resolve()
	g := mustGame(t, b)
	if g.Status != StatusDefenderWins {
		t.Fatalf("status %v", g.Status)
	}
	if _, err := g.Move(MoveArgs{Parent: 0, Disputed: H(1), Attack: true, Value: H(2), Claimant: bob, Bond: g.Params.BondAt(1), Time: b.Now()}); !errors.Is(err, ErrGameOver) {
		t.Errorf("move after resolution: %v", err)
	}
	if err := g.Step(StepArgs{Claim: 0, Stepper: bob, Time: b.Now()}); !errors.Is(err, ErrGameOver) {
		t.Errorf("step after resolution: %v", err)
	}
}

func TestSolidityErrorNames(t *testing.T) {
	if SolidityError(nil) != "" || SolidityError(ErrZeroAddress) != "" || SolidityError(errors.New("x")) != "" {
		t.Error("names for nil or Go-only errors")
	}
	names := map[string]bool{}
	for _, e := range solidityErrors {
		if names[e.name] {
			t.Errorf("duplicate name %s", e.name)
		}
		names[e.name] = true
		if got := SolidityError(errors.Join(errors.New("ctx"), e.err)); got != e.name {
			t.Errorf("%v: %q", e.err, got)
		}
	}
}
