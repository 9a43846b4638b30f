package agent

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/contracts"
)

func testParams() contracts.DisputeGameParams {
	return contracts.DisputeGameParams{ClaimTimeout: 8, MaxGameDepth: 8, BondsByDepth: []*big.Int{big.NewInt(10), big.NewInt(5)}}
}

func TestFromChain(t *testing.T) {
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	info := &contracts.GameInfo{ID: big.NewInt(3), AnchorRoot: bisection.H(0), Batch: 2, TraceLength: 4, MaxDepth: 2, CreatedAt: 100}
	claims := []contracts.GameClaim{
		{Index: 0, ParentIndex: contracts.NoParentIndex, Position: 1, Value: bisection.H(1), Claimant: a, Bond: big.NewInt(10), CreatedAt: 100, ChildCount: 2},
		{Index: 1, ParentIndex: 0, Position: 2, Value: bisection.H(2), Claimant: b, Bond: big.NewInt(5), CreatedAt: 101, ChildCount: 1},
		{Index: 2, ParentIndex: 1, Position: 4, Value: bisection.H(3), Claimant: a, Bond: big.NewInt(5), CreatedAt: 103, CounteredBy: b},
		{Index: 3, ParentIndex: 0, Position: 2, Value: bisection.H(4), Claimant: a, Bond: big.NewInt(5), CreatedAt: 104},
	}
	g, err := FromChain(info, claims, testParams())
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Claims[0].Children) != 2 || g.Claims[0].Children[1] != 3 || len(g.Claims[1].Children) != 1 {
		t.Fatalf("children: %+v", g.Claims)
	}
	if g.Clock != 104 || g.Claims[2].CounteredBy != b || g.MaxDepth != 2 || g.Params.BondAt(1).Int64() != 5 {
		t.Fatalf("game: %+v", g)
	}
	// The model accepts the converted game: a move on claim 3 follows the rules.
	if _, err := g.Move(bisection.MoveArgs{Parent: 3, Disputed: bisection.H(4), Attack: true, Value: bisection.H(5), Claimant: b, Bond: big.NewInt(5), Time: 105}); err != nil {
		t.Fatal(err)
	}

	bad := func(mut func([]contracts.GameClaim)) error {
		c := append([]contracts.GameClaim(nil), claims...)
		mut(c)
		_, err := FromChain(info, c, testParams())
		return err
	}
	for name, mut := range map[string]func([]contracts.GameClaim){
		"forward parent":   func(c []contracts.GameClaim) { c[1].ParentIndex = 1 },
		"child count":      func(c []contracts.GameClaim) { c[0].ChildCount = 1 },
		"second root":      func(c []contracts.GameClaim) { c[3].ParentIndex = contracts.NoParentIndex },
		"index out of row": func(c []contracts.GameClaim) { c[2].Index = 7 },
	} {
		if err := bad(mut); !errors.Is(err, bisection.ErrMalformedGame) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := FromChain(info, nil, testParams()); !errors.Is(err, bisection.ErrMalformedGame) {
		t.Errorf("no claims: %v", err)
	}
	p := testParams()
	p.ClaimTimeout = 0
	if _, err := FromChain(info, claims, p); err == nil {
		t.Error("invalid params accepted")
	}
}
