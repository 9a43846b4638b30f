package bisection_test

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/bisection"
)

// A challenger attacks the root of an 8-step game, the defender answers, and
// the challenger lets its window pass: the root stands and the defender
// collects the challenger's bond: it is the payee of claims 0, 1 and 2.
func ExampleNewTestGame() {
	H := bisection.H
	g, err := bisection.NewTestGame(8, H(1)).Attack(0, H(2)).Attack(1, H(3)).Resolve().Game()
	if err != nil {
		panic(err)
	}
	fmt.Println(g.Status, g.Credit(bisection.TestDefender), g.CreditClaims(bisection.TestDefender))
	// Output: DEFENDER_WINS 1700 [0 1 2]
}

// Which step a claim at the game depth is countered with, and from what.
func ExampleStepInputs() {
	H := bisection.H
	// Depth 2 (4 steps): root t=3, attack t=1, attack t=0.
	g, _ := bisection.NewTestGame(4, H(1)).Attack(0, H(2)).Attack(1, H(3)).Game()
	attack, _ := bisection.StepInputs(g, 2, true)
	defend, _ := bisection.StepInputs(g, 2, false)
	fmt.Println("attack step", attack.StepIndex, "pre anchor:", attack.Pre.Anchor, "post claim", attack.Post.Claim)
	fmt.Println("defend step", defend.StepIndex, "pre claim", defend.Pre.Claim, "post claim", defend.Post.Claim)
	// Output:
	// attack step 0 pre anchor: true post claim 2
	// defend step 1 pre claim 2 post claim 1
}

// Correctness judges claims against the true trace, whoever made them.
func ExampleCorrectness() {
	H := bisection.H
	tr := bisection.SliceTrace(bisection.TestAnchorRoot, []common.Hash{H(10), H(11), H(12)})
	// T = 3, D = 2: the root (t=3, padding) is the state after step 2.
	g, _ := bisection.NewTestGame(3, H(12)).Attack(0, H(11)).Defend(1, H(99)).Game()
	ok, _ := bisection.Correctness(g, tr)
	fmt.Println(ok, tr.ExpectedStatus(g.Claims[0].Value))
	// Output: [true true false] DEFENDER_WINS
}
