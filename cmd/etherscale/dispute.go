package main

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/bisection/agent"
	"github.com/etherscale/etherscale/bisection/trace"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/l2chain"
)

func disputeCommand() *cli.Command {
	gameArg := "GAME  (the game id, from dispute list)"
	claimFlag := &cli.UintFlag{Name: "claim", Required: true, Usage: "claim index"}
	valueFlag := &cli.StringFlag{Name: "value", Required: true, Usage: "the new claim's state root (hex)"}
	return &cli.Command{
		Name:  "dispute",
		Usage: "open, inspect and play dispute games",
		Description: `A game disputes the state root after a batch, either a prover's claim
(create --root) or a batch header's stateRoot (create --sequencer). Moves
bisect the trace of the batches since the anchor down to one step, which the
OneStepVerifier settles. play runs the honest agent, which does all of it.`,
		Subcommands: []*cli.Command{
			{Name: "list", Usage: "list games", Flags: readFlags(), Action: disputeList},
			{Name: "show", Usage: "draw a game's claim tree", ArgsUsage: gameArg, Flags: readFlags(), Action: disputeShow},
			{
				Name:  "create",
				Usage: "open a game: a prover claim (--root) or a dispute of a batch header's root (--sequencer)",
				Flags: append(l1Flags(),
					&cli.Uint64Flag{Name: "batch", Required: true, Usage: "batch whose post-state root is claimed"},
					&cli.StringFlag{Name: "root", Usage: "claimed state root (prover claim, bond bondAt(0))"},
					&cli.BoolFlag{Name: "sequencer", Usage: "dispute the header's stateRoot; the first attack carries the true value (bond bondAt(1))"},
				),
				Action: disputeCreate,
			},
			{Name: "attack", Usage: "attack a claim", ArgsUsage: gameArg, Flags: append(l1Flags(), claimFlag, valueFlag), Action: disputeMove(true)},
			{Name: "defend", Usage: "defend a claim", ArgsUsage: gameArg, Flags: append(l1Flags(), claimFlag, valueFlag), Action: disputeMove(false)},
			{
				Name:      "step",
				Usage:     "counter a claim at the game depth with a one-step proof built from local replay",
				ArgsUsage: gameArg,
				Flags:     append(l1Flags(), claimFlag),
				Action:    disputeStep,
			},
			{
				Name: "resolve", Usage: "resolve every claim whose subtree's windows have closed (paginated)", ArgsUsage: gameArg,
				Flags:  append(l1Flags(), &cli.UintFlag{Name: "max-children", Value: bisection.DefaultResolveChunk, Usage: "children per resolveClaim call"}),
				Action: disputeResolve,
			},
			{
				Name: "claim-credit", Usage: "pay out every bond a resolved game owes the recipient (its claims are looked up)", ArgsUsage: gameArg,
				Flags:  append(l1Flags(), &cli.StringFlag{Name: "recipient", Usage: "whose credit (default: the key's address)"}),
				Action: disputeClaimCredit,
			},
			{
				Name: "play", Usage: "play a game honestly until it is resolved and the credit claimed", ArgsUsage: gameArg,
				Flags: append(l1Flags(),
					&cli.DurationFlag{Name: "interval", Value: time.Second, Usage: "pause between ticks"},
					&cli.BoolFlag{Name: "once", Usage: "run one tick and exit"},
				),
				Action: disputePlay,
			},
		},
	}
}

// transactor returns the session's sender as a contracts.Transactor, nil
// (read-only) without a key: a typed nil pointer would look like a sender.
func (s *l1Session) transactor() contracts.Transactor {
	if s.sender == nil {
		return nil
	}
	return s.sender
}

func (s *l1Session) factory() *contracts.DisputeGameFactory {
	return contracts.NewDisputeGameFactory(s.dep.Contracts.DisputeGameFactory, s.client, s.transactor())
}

func gameArgument(c *cli.Context) (*big.Int, error) {
	args, err := argsWithFlags(c)
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, fmt.Errorf("want one argument, the game id (got %d)", len(args))
	}
	id, ok := new(big.Int).SetString(args[0], 10)
	if !ok || id.Sign() < 0 {
		return nil, fmt.Errorf("invalid game id %q: want a non-negative decimal number", args[0])
	}
	return id, nil
}

func parseRoot(flag, v string) (common.Hash, error) {
	b := common.FromHex(strings.TrimSpace(v))
	if len(b) != common.HashLength {
		return common.Hash{}, fmt.Errorf("--%s: want 32 bytes of hex", flag)
	}
	return common.BytesToHash(b), nil
}

// openGame opens a session and the game of the first argument.
func openGame(c *cli.Context, needKey bool) (*l1Session, *contracts.DisputeGame, error) {
	id, err := gameArgument(c)
	if err != nil {
		return nil, nil, err
	}
	s, err := openL1(c, needKey)
	if err != nil {
		return nil, nil, err
	}
	return s, s.factory().Game(id), nil
}

// chainSource adapts a followed chain to agent.TraceSource.
type chainSource struct{ *l2chain.Chain }

var _ agent.TraceSource = chainSource{}

type gameOut struct {
	ID          *big.Int `json:"id"` // a JSON number, like every other count
	Batch       uint64   `json:"batch"`
	AnchorBatch uint64   `json:"anchorBatch"`
	RootClaim   string   `json:"rootClaim"`
	Sequencer   bool     `json:"sequencer"`
	Status      string   `json:"status"`
	Claims      uint32   `json:"claims"`
	TraceLength uint64   `json:"traceLength"`
	MaxDepth    uint8    `json:"maxDepth"`
	CreatedAt   uint64   `json:"createdAt"`
	ResolvedAt  uint64   `json:"resolvedAt,omitempty"`
}

func toGameOut(info *contracts.GameInfo, root common.Hash) gameOut {
	return gameOut{ID: new(big.Int).Set(info.ID), Batch: info.Batch, AnchorBatch: info.AnchorBatch, RootClaim: root.Hex(), Sequencer: info.Sequencer,
		Status: info.Status.String(), Claims: info.ClaimCount, TraceLength: info.TraceLength, MaxDepth: info.MaxDepth,
		CreatedAt: info.CreatedAt, ResolvedAt: info.ResolvedAt}
}

func disputeList(c *cli.Context) error {
	s, err := openL1(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	f := s.factory()
	n, err := f.GameCount(c.Context)
	if err != nil {
		return err
	}
	var outs []gameOut
	for id := new(big.Int); id.Cmp(n) < 0; id.Add(id, big.NewInt(1)) {
		g := f.Game(id)
		info, err := g.Info(c.Context)
		if err != nil {
			return err
		}
		root, err := g.Claim(c.Context, 0)
		if err != nil {
			return err
		}
		outs = append(outs, toGameOut(info, root.Value))
	}
	if c.Bool(jsonFlag.Name) {
		if outs == nil {
			outs = []gameOut{}
		}
		return writeJSON(c.App.Writer, outs)
	}
	fmt.Fprintf(c.App.Writer, "%4s  %-9s  %6s  %-66s  %6s  %s\n", "game", "kind", "batch", "root claim", "claims", "status")
	for _, o := range outs {
		kind := "prover"
		if o.Sequencer {
			kind = "sequencer"
		}
		fmt.Fprintf(c.App.Writer, "%4d  %-9s  %6d  %s  %6d  %s\n", o.ID, kind, o.Batch, o.RootClaim, o.Claims, o.Status)
	}
	return nil
}

type claimOut struct {
	Index       uint32 `json:"index"`
	Parent      int64  `json:"parent"` // -1 for the root
	Position    uint64 `json:"position"`
	Depth       uint8  `json:"depth"`
	TraceIndex  uint64 `json:"traceIndex"`
	Value       string `json:"value"`
	Side        string `json:"side"`
	Claimant    string `json:"claimant"`
	Bond        string `json:"bond"`
	WindowLeft  uint64 `json:"windowLeft"` // seconds during which it can still be countered
	Stepped     bool   `json:"stepped"`    // countered by a one-step proof
	Resolved    bool   `json:"resolved"`
	Countered   bool   `json:"countered"` // resolution result, once resolved
	Correct     *bool  `json:"correct,omitempty"`
	CounteredBy string `json:"counteredBy,omitempty"`
}

type gameShowOut struct {
	gameOut
	Now    uint64     `json:"now"`
	Claims []claimOut `json:"claimTree"`
}

func disputeShow(c *cli.Context) error {
	s, game, err := openGame(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	// The snapshot's self only selects whose credit is read; the zero
	// address has none.
	snap, err := agent.Load(c.Context, game, s.client, common.Address{})
	if err != nil {
		return err
	}
	g := snap.Game
	out := gameShowOut{gameOut: toGameOut(snap.Info, g.Claims[0].Value), Now: snap.Now}
	// Local truth is a bonus: the tree is still shown if the follower cannot
	// replay (another anchor, a malformed batch).
	var prov *trace.ReplayProvider
	if chain, err := follow(c, s); err == nil {
		prov, _ = chain.Provider(c.Context, g.AnchorBatch, g.AnchorRoot, g.Batch)
	}
	for i := range g.Claims {
		cl := &g.Claims[i]
		ti, _ := cl.Position.TraceIndex(g.MaxDepth)
		left := uint64(0)
		if g.WindowOpen(uint32(i), snap.Now) {
			left = cl.CreatedAt + g.Params.ClaimTimeout - snap.Now
		}
		o := claimOut{
			Index: uint32(i), Parent: -1, Position: uint64(cl.Position), Depth: cl.Position.Depth(), TraceIndex: ti, Value: cl.Value.Hex(),
			Side: cl.Position.Side().String(), Claimant: cl.Claimant.Hex(), Bond: cl.Bond.String(), WindowLeft: left,
			Stepped: cl.CounteredBy != (common.Address{}), Resolved: cl.Resolved, Countered: cl.Countered,
		}
		if cl.ParentIndex != bisection.NoParent {
			o.Parent = int64(cl.ParentIndex)
		}
		if o.Stepped {
			o.CounteredBy = cl.CounteredBy.Hex()
		}
		if prov != nil && prov.Length() == g.TraceLength {
			if truth, err := prov.StateAt(c.Context, ti); err == nil {
				ok := truth == cl.Value
				o.Correct = &ok
			}
		}
		out.Claims = append(out.Claims, o)
	}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, out)
	}
	w := c.App.Writer
	fmt.Fprintf(w, "game %s  batch %d (anchor %d)  trace %d steps, depth %d  %s\n", out.ID, out.Batch, out.AnchorBatch, out.TraceLength, out.MaxDepth, out.Status)
	var draw func(idx uint32, indent string)
	draw = func(idx uint32, indent string) {
		o := out.Claims[idx]
		state := "open"
		switch {
		case o.Resolved && o.Countered:
			state = "resolved: countered"
		case o.Resolved:
			state = "resolved: stands"
		case o.Stepped:
			state = "stepped by " + o.CounteredBy
		case o.WindowLeft > 0:
			state = fmt.Sprintf("%ds left", o.WindowLeft)
		default:
			state = "window closed"
		}
		truth := ""
		if o.Correct != nil {
			truth = map[bool]string{true: "  correct", false: "  WRONG"}[*o.Correct]
		}
		fmt.Fprintf(w, "%s#%d pos %d (t=%d) %s %s  by %s  bond %s  %s%s\n", indent, o.Index, o.Position, o.TraceIndex, o.Side, o.Value, o.Claimant, o.Bond, state, truth)
		for _, ch := range g.Claims[idx].Children {
			draw(ch, indent+"  ")
		}
	}
	draw(0, "")
	return nil
}

func disputeCreate(c *cli.Context) error {
	batch := c.Uint64("batch")
	if c.Bool("sequencer") == (c.String("root") != "") {
		return fmt.Errorf("give exactly one of --root or --sequencer")
	}
	s, err := openL1(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	f := s.factory()
	var game *contracts.DisputeGame
	if c.Bool("sequencer") {
		if game, err = createSequencerGame(c.Context, c, s, f, batch); err != nil {
			return err
		}
	} else {
		root, err := parseRoot("root", c.String("root"))
		if err != nil {
			return err
		}
		bond, err := f.BondAt(c.Context, 0)
		if err != nil {
			return err
		}
		if game, _, err = f.Create(c.Context, batch, root, bond); err != nil {
			return err
		}
	}
	info, err := game.Info(c.Context)
	if err != nil {
		return err
	}
	root, err := game.Claim(c.Context, 0)
	if err != nil {
		return err
	}
	out := toGameOut(info, root.Value)
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, out)
	}
	fmt.Fprintf(c.App.Writer, "game        %s\nbatch       %d (anchor %d)\nroot claim  %s\ntrace       %d steps, depth %d\n", out.ID, out.Batch, out.AnchorBatch, out.RootClaim, out.TraceLength, out.MaxDepth)
	return nil
}

// createSequencerGame disputes batch's header root, attacking it with the
// true root at the attack position (the midpoint of the trace).
func createSequencerGame(ctx context.Context, c *cli.Context, s *l1Session, f *contracts.DisputeGameFactory, batch uint64) (*contracts.DisputeGame, error) {
	chain, err := follow(c, s)
	if err != nil {
		return nil, err
	}
	h, err := chain.Header(batch)
	if err != nil {
		return nil, err
	}
	anchor, err := contracts.NewAnchorStateRegistry(s.dep.Contracts.AnchorStateRegistry, s.client, nil).Anchor(ctx)
	if err != nil {
		return nil, err
	}
	prov, err := chain.Provider(ctx, anchor.Batch, anchor.Root, batch)
	if err != nil {
		return nil, err
	}
	if prov.FinalRoot() == h.StateRoot {
		return nil, fmt.Errorf("batch %d's state root %s is correct: a game on it would lose the bond", batch, h.StateRoot)
	}
	d, err := bisection.GameDepth(prov.Length())
	if err != nil {
		return nil, err
	}
	ti, err := bisection.RootPosition.Attack(d)
	if err != nil {
		return nil, err
	}
	t, err := ti.TraceIndex(d)
	if err != nil {
		return nil, err
	}
	value, err := prov.StateAt(ctx, t)
	if err != nil {
		return nil, err
	}
	bond, err := f.BondAt(ctx, 1)
	if err != nil {
		return nil, err
	}
	game, _, err := f.CreateSequencerGame(ctx, h, value, bond)
	return game, err
}

func disputeMove(attack bool) cli.ActionFunc {
	return func(c *cli.Context) error {
		value, err := parseRoot("value", c.String("value"))
		if err != nil {
			return err
		}
		s, game, err := openGame(c, true)
		if err != nil {
			return err
		}
		defer s.Close()
		parent, err := game.Claim(c.Context, uint32(c.Uint("claim")))
		if err != nil {
			return err
		}
		bond, err := game.Factory().BondAt(c.Context, bisection.Position(parent.Position).Depth()+1)
		if err != nil {
			return err
		}
		idx, _, err := game.Move(c.Context, parent.Value, parent.Index, value, attack, bond)
		if err != nil {
			return err
		}
		if c.Bool(jsonFlag.Name) {
			return writeJSON(c.App.Writer, map[string]any{"claim": idx, "parent": parent.Index, "attack": attack, "value": value.Hex(), "bond": bond.String()})
		}
		fmt.Fprintf(c.App.Writer, "claim %d posted against claim %d (bond %s wei)\n", idx, parent.Index, bond)
		return nil
	}
}

func disputeStep(c *cli.Context) error {
	s, game, err := openGame(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	snap, err := agent.Load(c.Context, game, s.client, s.sender.From())
	if err != nil {
		return err
	}
	chain, err := follow(c, s)
	if err != nil {
		return err
	}
	g := snap.Game
	prov, err := chain.Provider(c.Context, g.AnchorBatch, g.AnchorRoot, g.Batch)
	if err != nil {
		return err
	}
	idx := uint32(c.Uint("claim"))
	if int(idx) >= len(g.Claims) {
		return fmt.Errorf("--claim %d: the game has %d claims", idx, len(g.Claims))
	}
	ti, err := g.Claims[idx].Position.TraceIndex(g.MaxDepth)
	if err != nil {
		return err
	}
	truth, err := prov.StateAt(c.Context, ti)
	if err != nil {
		return err
	}
	// A wrong claim is attacked (step from the true pre-state); a correct
	// one can only be countered by a defend step, when its successor claim
	// is wrong on its own side or right on the other.
	attack := truth != g.Claims[idx].Value
	spec, err := bisection.StepInputs(g, idx, attack)
	if err != nil {
		return err
	}
	proof, err := agent.BuildStepProof(c.Context, snap.Info, prov, chainSource{chain}, spec.StepIndex)
	if err != nil {
		return err
	}
	st, _, err := game.Step(c.Context, idx, attack, proof)
	if err != nil {
		return err
	}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, map[string]any{"claim": idx, "attack": st.IsAttack, "stepIndex": st.StepIndex, "preRoot": st.PreRoot.Hex(), "postRoot": st.PostRoot.Hex()})
	}
	kind := map[bool]string{true: "attack", false: "defend"}[st.IsAttack]
	fmt.Fprintf(c.App.Writer, "claim %d countered by an %s step at trace index %d: %s -> %s\n", idx, kind, st.StepIndex, st.PreRoot.Hex(), st.PostRoot.Hex())
	return nil
}

func disputeResolve(c *cli.Context) error {
	s, game, err := openGame(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	snap, err := agent.Load(c.Context, game, s.client, s.sender.From())
	if err != nil {
		return err
	}
	g := snap.Game
	// A claim resolves once its own window and its whole subtree's have
	// closed; children have larger indices, so one descending pass finds
	// them and is a valid order.
	ready := make([]bool, len(g.Claims))
	var resolved []uint32
	for i := len(g.Claims) - 1; i >= 0; i-- {
		ready[i] = !g.WindowOpen(uint32(i), snap.Now)
		for _, ch := range g.Claims[i].Children {
			ready[i] = ready[i] && ready[ch]
		}
		if !ready[i] || g.Claims[i].Resolved {
			continue
		}
		for done := false; !done; {
			if done, _, err = game.ResolveClaim(c.Context, uint32(i), uint32(c.Uint("max-children"))); err != nil {
				return fmt.Errorf("resolve claim %d: %w", i, err)
			}
		}
		resolved = append(resolved, uint32(i))
	}
	status, err := game.Status(c.Context)
	if err != nil {
		return err
	}
	if c.Bool(jsonFlag.Name) {
		if resolved == nil {
			resolved = []uint32{}
		}
		return writeJSON(c.App.Writer, map[string]any{"resolved": resolved, "status": status.String()})
	}
	fmt.Fprintf(c.App.Writer, "resolved claims %v\nstatus %s\n", resolved, status)
	return nil
}

func disputeClaimCredit(c *cli.Context) error {
	s, game, err := openGame(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	who := s.sender.From()
	if v := c.String("recipient"); v != "" {
		if !common.IsHexAddress(v) {
			return fmt.Errorf("--recipient: not a hex address")
		}
		who = common.HexToAddress(v)
	}
	amount, _, err := game.ClaimCredit(c.Context, who)
	if err != nil {
		return err
	}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, map[string]any{"recipient": who.Hex(), "amount": amount.String()})
	}
	fmt.Fprintf(c.App.Writer, "paid %s wei to %s\n", amount, who.Hex())
	return nil
}

func disputePlay(c *cli.Context) error {
	s, game, err := openGame(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	a := agent.New(game, s.client, s.sender.From(), log)
	for {
		rep, err := playTick(c, s, a)
		switch {
		case err != nil && c.Bool("once"):
			return err
		case err != nil:
			// A failed transaction is re-planned on the next tick from
			// fresh chain state.
			log.Warn("tick failed", "err", err)
		case c.Bool("once") || rep.Done():
			fmt.Fprintf(c.App.Writer, "game %s: %s, %d actions sent\n", game.ID(), rep.Status, len(rep.Sent))
			return nil
		}
		select {
		case <-c.Context.Done():
			return c.Context.Err()
		case <-time.After(c.Duration("interval")):
		}
	}
}

func playTick(c *cli.Context, s *l1Session, a *agent.Agent) (*agent.Report, error) {
	chain, err := follow(c, s)
	if err != nil {
		return nil, err
	}
	return a.Tick(c.Context, chainSource{chain})
}
