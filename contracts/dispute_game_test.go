package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/contracts"
)

// TestGameFactoryReverts covers the factory's own preconditions and the
// contract-level errors the Go model does not have, each by name.
func TestGameFactoryReverts(t *testing.T) {
	e := newGameEnv(t, gameEnvOpts{})
	ctx := e.ctx
	f := e.as(1)
	b0 := e.params.BondAt(0)

	_, _, err := contracts.DeployDisputeGameFactory(ctx, e.senders[0], e.bi, e.set.Address(), e.bi, contracts.DisputeGameParams{
		ClaimTimeout: 0, MaxGameDepth: 4, BondsByDepth: e.params.BondsByDepth})
	wantGameRevert(t, err, "InvalidParameters")

	h := e.txBatch(2, 0, 5, bisection.H(0x55))
	_, _, err = f.Create(ctx, 9, bisection.H(1), b0)
	wantGameRevert(t, err, "UnknownBatch")
	e.setBatch(3, common.Hash{3}, common.Hash{}, 5, e.now()+100, false) // posted "now": DA window open
	_, _, err = f.Create(ctx, 3, bisection.H(1), b0)
	wantGameRevert(t, err, "BatchNotFinal")
	_, _, err = f.Create(ctx, 2, bisection.H(1), big.NewInt(1))
	wantGameRevert(t, err, "IncorrectBondAmount")
	e.setBatch(4, common.Hash{4}, common.Hash{}, 1000, 0, false) // T = 1000 > 2^4
	_, _, err = f.Create(ctx, 4, bisection.H(1), b0)
	wantGameRevert(t, err, "TraceTooLong")
	_, _, err = f.Create(ctx, 0, bisection.H(1), b0)
	wantGameRevert(t, err, "BatchNotAfterAnchor")

	g, _, err := f.Create(ctx, 2, bisection.H(1), b0)
	must(t, err)
	_, _, err = f.Create(ctx, 2, bisection.H(1), b0)
	wantGameRevert(t, err, "GameAlreadyExists")
	_, _, err = f.Game(big.NewInt(99)).ResolveClaim(ctx, 0, 0)
	wantGameRevert(t, err, "UnknownGame")

	// Sequencer games: the header must be the batch's, carry a claim, not be void.
	bad := *h
	bad.StateRoot = bisection.H(0x56)
	_, _, err = f.CreateSequencerGame(ctx, &bad, bisection.H(2), e.params.BondAt(1))
	wantGameRevert(t, err, "WrongBatchHeader")
	forced := e.txBatch(6, 5, 0, common.Hash{})
	_, _, err = f.CreateSequencerGame(ctx, forced, bisection.H(2), e.params.BondAt(1))
	wantGameRevert(t, err, "NoSequencerClaim")
	voidH := &contracts.BatchHeader{Number: 7, TxCount: 1, StateRoot: bisection.H(7)}
	e.setBatch(7, voidH.Hash(), common.Hash{}, 6, 0, true)
	_, _, err = f.CreateSequencerGame(ctx, voidH, bisection.H(2), e.params.BondAt(1))
	wantGameRevert(t, err, "BatchIsVoid")
	_, _, err = f.CreateSequencerGame(ctx, h, bisection.H(2), e.params.BondAt(0))
	wantGameRevert(t, err, "IncorrectBondAmount")
	sg, _, err := f.CreateSequencerGame(ctx, h, bisection.H(2), e.params.BondAt(1))
	must(t, err)
	_, _, err = f.CreateSequencerGame(ctx, h, bisection.H(3), e.params.BondAt(1))
	wantGameRevert(t, err, "GameAlreadyExists")
	_, _, err = sg.SlashSigners(ctx, nil)
	wantGameRevert(t, err, "NotSlashable")

	// The root cannot be defended (it has no right sibling to stand for).
	root0, err := g.Claim(ctx, 0)
	must(t, err)
	_, _, err = e.as(2).Game(g.ID()).Defend(ctx, root0.Value, 0, bisection.H(77), e.params.BondAt(1))
	wantGameRevert(t, err, "CannotDefend")

	// Step element authentication, on a depth-D claim of game g (T = 5, D = 3).
	idx := uint32(0)
	for d := uint8(1); d <= 3; d++ {
		c, err := g.Claim(ctx, idx)
		must(t, err)
		idx, _, err = f.Game(g.ID()).Attack(ctx, c.Value, idx, bisection.H(uint64(10+d)), e.params.BondAt(d))
		must(t, err)
	}
	// claim 3 is at position 8, t = 0: step 0, batch 2's transaction 0.
	stepErr := func(p contracts.StepProof) error {
		_, _, err := f.Game(g.ID()).Step(ctx, idx, true, p)
		return err
	}
	wantGameRevert(t, stepErr(contracts.StepProof{Header: &bad, Kind: 2, Witness: make([]byte, 32)}), "WrongBatchHeader")
	wantGameRevert(t, stepErr(contracts.StepProof{Header: forced, Kind: 2, Witness: make([]byte, 32)}), "StepNotInBatch")
	wantGameRevert(t, stepErr(contracts.StepProof{Header: h, Kind: 0, Witness: make([]byte, 32)}), "WrongElementKind")
	must(t, stepErr(contracts.StepProof{Header: h, Kind: 2, Payload: []byte{1}, Witness: make([]byte, 32)}))

	// Paginated resolution of a claim with 16 children, and its gas.
	var kids []uint32
	for i := 0; i < 16; i++ {
		c, _, err := e.as(1+i%4).Game(g.ID()).Attack(ctx, bisection.H(11), 1, bisection.H(uint64(100+i)), e.params.BondAt(2))
		must(t, err)
		kids = append(kids, c)
	}
	e.at(e.now() + e.params.ClaimTimeout + 1)
	for i := len(kids) - 1; i >= 0; i-- {
		_, _, err := g.ResolveClaim(ctx, kids[i], 0)
		must(t, err)
	}
	_, _, err = g.ResolveClaim(ctx, 1, 0)
	wantGameRevert(t, err, "OutOfOrderResolution") // claim 2's subtree is unresolved
	for _, i := range []uint32{3, 2} {
		_, _, err = g.ResolveClaim(ctx, i, 0)
		must(t, err)
	}
	done, r1, err := g.ResolveClaim(ctx, 1, 5)
	must(t, err)
	cp, err := g.Checkpoint(ctx, 1)
	must(t, err)
	if done || cp.NextChild != 5 {
		t.Fatalf("after a chunk of 5: done %v, checkpoint %+v", done, cp)
	}
	done, r2, err := g.ResolveClaim(ctx, 1, 0)
	must(t, err)
	if !done {
		t.Fatal("claim 1 not resolved")
	}
	t.Logf("gas resolve claim, 17 children: chunk of 5 %d, remaining 12 %d", r1.GasUsed, r2.GasUsed)
	_, _, err = g.ResolveClaim(ctx, 1, 0)
	wantGameRevert(t, err, "ClaimAlreadyResolved")
	_, _, err = g.ClaimCredit(ctx, e.addr(1))
	wantGameRevert(t, err, "GameInProgress")

	// Once the root is resolved the game is over: no move and no step.
	_, _, err = g.ResolveClaim(ctx, 0, 0)
	must(t, err)
	root, err := g.Claim(ctx, 0)
	must(t, err)
	_, _, err = e.as(2).Game(g.ID()).Attack(ctx, root.Value, 0, bisection.H(999), e.params.BondAt(1))
	wantGameRevert(t, err, "GameNotInProgress")
	wantGameRevert(t, stepErr(contracts.StepProof{Header: h, Kind: 2, Payload: []byte{1}, Witness: make([]byte, 32)}), "GameNotInProgress")
}
