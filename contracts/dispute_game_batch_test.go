package contracts_test

import (
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/contracts"
)

// TestReadStatesMatchesSerialReads: the batched reads of several games —
// one with more claims than a claims page (256), so its later pages come
// in a second round, one with a half-paginated resolution, one plain —
// return exactly what the one-call-at-a-time reads return; a game that
// does not exist fails alone, not the batch.
func TestReadStatesMatchesSerialReads(t *testing.T) {
	// Every block is a second after its parent: 300 moves need a long
	// claim window.
	params := bisection.TestParams()
	params.MaxGameDepth, params.ClaimTimeout = 4, 5000
	e := newGameEnv(t, gameEnvOpts{params: &params})
	ctx := e.ctx
	f := e.as(1)
	b0, b1 := e.params.BondAt(0), e.params.BondAt(1)
	for n := uint64(2); n <= 4; n++ {
		e.txBatch(n, (n-2)*5, 5, bisection.H(0x50+n))
	}
	var games []*contracts.DisputeGame
	for n := uint64(2); n <= 4; n++ {
		g, _, err := f.Create(ctx, n, bisection.H(n), b0)
		must(t, err)
		games = append(games, g)
	}
	// Game 0: 300 attacks on its root (two claims pages).
	for i := range 300 {
		_, _, err := games[0].Attack(ctx, bisection.H(2), 0, bisection.H(uint64(0x10000+i)), b1)
		must(t, err)
	}
	// Game 1: three attacks, windows run out, the root resolved two
	// children at a time: a checkpoint half-way.
	for i := range 3 {
		_, _, err := games[1].Attack(ctx, bisection.H(3), 0, bisection.H(uint64(0x20000+i)), b1)
		must(t, err)
	}
	e.env.AdjustTime(t, time.Duration(e.params.ClaimTimeout+1)*time.Second)
	for i := uint32(1); i <= 3; i++ {
		_, _, err := games[1].ResolveClaim(ctx, i, 0)
		must(t, err)
	}
	_, _, err := games[1].ResolveClaim(ctx, 0, 2)
	must(t, err)

	ids := []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(2), big.NewInt(99)}
	states, errs, err := f.ReadStates(ctx, ids, nil)
	must(t, err)
	if errs[3] == nil || states[3] != nil {
		t.Errorf("unknown game: %v %v", states[3], errs[3])
	}
	for i, g := range games {
		if errs[i] != nil {
			t.Fatalf("game %d: %v", i, errs[i])
		}
		info, err := g.Info(ctx)
		must(t, err)
		claims, err := g.Claims(ctx)
		must(t, err)
		if !reflect.DeepEqual(states[i].Info, info) || !reflect.DeepEqual(states[i].Claims, claims) {
			t.Errorf("game %d: batched read differs from the serial one (%d and %d claims)", i, len(states[i].Claims), len(claims))
		}
		for _, c := range claims {
			if c.Resolved || c.ChildCount == 0 {
				if _, ok := states[i].Checkpoints[c.Index]; ok {
					t.Errorf("game %d: checkpoint of claim %d read needlessly", i, c.Index)
				}
				continue
			}
			cp, err := g.Checkpoint(ctx, c.Index)
			must(t, err)
			if got, ok := states[i].Checkpoints[c.Index]; !ok || got != cp {
				t.Errorf("game %d claim %d: checkpoint %+v, want %+v", i, c.Index, got, cp)
			}
		}
	}
	if len(states[0].Claims) != 301 {
		t.Errorf("game 0: %d claims", len(states[0].Claims))
	}
	if states[1].Checkpoints[0].NextChild != 2 {
		t.Errorf("game 1: root checkpoint %+v, want next child 2", states[1].Checkpoints[0])
	}
	infos, ierrs, err := f.ReadInfos(ctx, ids, nil)
	must(t, err)
	for i := range games {
		if ierrs[i] != nil || !reflect.DeepEqual(infos[i], states[i].Info) {
			t.Errorf("ReadInfos game %d: %+v %v", i, infos[i], ierrs[i])
		}
	}
	if ierrs[3] == nil {
		t.Error("ReadInfos of an unknown game did not fail")
	}
}
