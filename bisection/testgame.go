package bisection

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Fixed actors and values for hand-built test games.
var (
	TestDefender   = common.HexToAddress("0x00000000000000000000000000000000000de7e0")
	TestChallenger = common.HexToAddress("0x00000000000000000000000000000000000c4a11")
	TestAnchorRoot = H(0xa0c4)
)

// TestGameTime is the creation time of games made by NewTestGame.
const TestGameTime = 1_000_000

// H returns a recognisable hash for tests: n as a big-endian uint64 in the
// last eight bytes.
func H(n uint64) common.Hash {
	var h common.Hash
	binary.BigEndian.PutUint64(h[24:], n)
	return h
}

// TestParams returns small parameters for tests: a 100 s window, depth up to
// 63, bonds 1000, 500, 200 wei (200 repeating), a 50 s airgap.
func TestParams() Params {
	return Params{
		ClaimTimeout: 100,
		MaxGameDepth: MaxGameDepthLimit,
		BondsByDepth: []*big.Int{big.NewInt(1000), big.NewInt(500), big.NewInt(200)},
		AnchorAirgap: 50,
	}
}

// TestGame builds a game move by move for tests and for the contract's
// case-by-case comparison:
//
//	g, err := NewTestGame(8, H(1)).Attack(0, H(2)).Defend(1, H(3)).Game()
//
// Every move carries the right bond and disputes the parent's actual value;
// claims at odd depths are made by TestChallenger and at even depths by
// TestDefender, steps by the side opposite the stepped claim, unless By names
// the actor of the next action. The clock stays put unless At or Wait move it.
// The first error sticks: later calls do nothing and Game returns it.
type TestGame struct {
	g    *Game
	err  error
	now  uint64
	by   common.Address
	last uint32
}

// NewTestGame starts a normal game with TestParams over a trace of the given
// length, from anchor batch 0 with TestAnchorRoot to batch 1, root claim by
// TestDefender at TestGameTime.
func NewTestGame(traceLength uint64, root common.Hash) *TestGame {
	p := TestParams()
	return NewTestGameFrom(p, Setup{
		AnchorBatch: 0,
		AnchorRoot:  TestAnchorRoot,
		Batch:       1,
		TraceLength: traceLength,
		RootClaim:   root,
		Claimant:    TestDefender,
		Bond:        p.BondAt(0),
		Time:        TestGameTime,
	})
}

// NewTestGameFrom starts a game with the given parameters and setup.
func NewTestGameFrom(p Params, s Setup) *TestGame {
	g, err := NewGame(p, s)
	b := &TestGame{g: g, err: err, now: s.Time}
	if err == nil {
		b.last = uint32(len(g.Claims) - 1)
	}
	return b
}

// By sets the actor of the next move or step.
func (b *TestGame) By(who common.Address) *TestGame {
	b.by = who
	return b
}

// At sets the clock.
func (b *TestGame) At(t uint64) *TestGame {
	b.now = t
	return b
}

// Wait advances the clock by dt seconds.
func (b *TestGame) Wait(dt uint64) *TestGame {
	b.now += dt
	return b
}

// Attack attacks claim parent with value v.
func (b *TestGame) Attack(parent uint32, v common.Hash) *TestGame { return b.move(parent, true, v) }

// Defend defends claim parent with value v.
func (b *TestGame) Defend(parent uint32, v common.Hash) *TestGame { return b.move(parent, false, v) }

func (b *TestGame) move(parent uint32, attack bool, v common.Hash) *TestGame {
	if b.err != nil {
		return b
	}
	pc, err := b.g.claim(parent)
	if err != nil {
		b.err = err
		return b
	}
	depth := pc.Position.Depth() + 1
	who := b.actor(Side(depth & 1))
	idx, err := b.g.Move(MoveArgs{
		Parent:   parent,
		Disputed: pc.Value,
		Attack:   attack,
		Value:    v,
		Claimant: who,
		Bond:     b.g.Params.BondAt(depth),
		Time:     b.now,
	})
	if err != nil {
		b.err = fmt.Errorf("%s on claim %d: %w", stepKind(attack), parent, err)
		return b
	}
	b.last = idx
	return b
}

// Step counters claim idx with an attack or defend step whose verifier
// returned verifierPost (ignored for no-op steps).
func (b *TestGame) Step(idx uint32, attack bool, verifierPost common.Hash) *TestGame {
	if b.err != nil {
		return b
	}
	c, err := b.g.claim(idx)
	if err != nil {
		b.err = err
		return b
	}
	who := b.actor(c.Position.Side().Opposite())
	if err := b.g.Step(StepArgs{Claim: idx, Attack: attack, Stepper: who, VerifierPost: verifierPost, Time: b.now}); err != nil {
		b.err = fmt.Errorf("%s step on claim %d: %w", stepKind(attack), idx, err)
	}
	return b
}

// Resolve moves the clock past every counter window and resolves the game.
func (b *TestGame) Resolve() *TestGame {
	if b.err != nil {
		return b
	}
	for i := range b.g.Claims {
		if end := b.g.Claims[i].CreatedAt + b.g.Params.ClaimTimeout; end > b.now {
			b.now = end
		}
	}
	if err := b.g.ResolveAll(0, b.now); err != nil {
		b.err = fmt.Errorf("resolve: %w", err)
	}
	return b
}

func (b *TestGame) actor(side Side) common.Address {
	if b.by != (common.Address{}) {
		who := b.by
		b.by = common.Address{}
		return who
	}
	if side == SideChallenger {
		return TestChallenger
	}
	return TestDefender
}

// Last returns the index of the latest claim.
func (b *TestGame) Last() uint32 { return b.last }

// Now returns the builder's clock.
func (b *TestGame) Now() uint64 { return b.now }

// Err returns the first error.
func (b *TestGame) Err() error { return b.err }

// Game returns the game built so far, or the first error.
func (b *TestGame) Game() (*Game, error) {
	if b.err != nil {
		return nil, b.err
	}
	return b.g, nil
}
