// Package agent plays one dispute game on L1 for the honest party: each Tick
// reads the game from the chain, asks bisection.Solve what the honest
// strategy calls for now (docs/PROTOCOL.md §7.11), and sends it — moves,
// steps with proofs built from the local replay, resolutions and the credit
// claim.
//
// The agent is the middle of the challenger pipeline: the follower
// (internal/l2chain) supplies the true trace, the solver decides, and the
// responder part of this package turns each decision into a transaction.
// An Agent holds no game state between ticks: every tick starts from what
// the chain says, so a restart, a reorg or another party's transaction never
// makes it send a duplicate or stale move.
package agent

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/bisection/trace"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/replay"
)

// ErrNoTrace means the agent's follower cannot supply the game's trace (for
// instance the game anchors on a root the follower does not hold).
var ErrNoTrace = errors.New("no local trace for the game")

// Clock reports the latest L1 block: its timestamp is the "now" the game's
// windows are judged at.
type Clock interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// TraceSource supplies the true trace of batches anchor+1 … batch, and the
// header of each batch (steps carry the header of the batch holding them).
// l2chain.Chain implements it through ChainTrace.
type TraceSource interface {
	Provider(ctx context.Context, anchor uint64, anchorRoot common.Hash, batch uint64) (*trace.ReplayProvider, error)
	Header(n uint64) (*contracts.BatchHeader, error)
	// Signers returns batch n's signers as posted (sorted): a sequencer
	// game's slashSigners call needs them.
	Signers(n uint64) ([]common.Address, error)
}

// Agent plays one game as self.
type Agent struct {
	game  *contracts.DisputeGame
	clock Clock
	self  common.Address
	log   *slog.Logger
	opts  bisection.SolveOptions
	// params are the factory's immutables: read once (or handed over by
	// SetParams), not on every tick.
	params *contracts.DisputeGameParams
	// parallel bounds the counters of one tick sent at once (1: one
	// receipt at a time).
	parallel int
}

// New returns an agent for game; the game's factory client must carry a
// transactor whose From is the honest party.
func New(game *contracts.DisputeGame, clock Clock, self common.Address, log *slog.Logger) *Agent {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Agent{game: game, clock: clock, self: self, log: log.With("game", game.ID()), parallel: 1}
}

// SetParams hands the agent the factory's parameters, which never change,
// so that no tick reads them again (a watcher playing many games reads them
// once for all).
func (a *Agent) SetParams(p contracts.DisputeGameParams) { a.params = &p }

// SetParallel lets a tick send up to n of its counters at once (default 1).
func (a *Agent) SetParallel(n int) { a.parallel = max(n, 1) }

// SetSolveOptions tunes the solver, e.g. NoResolve for an agent that only
// plays moves and steps and leaves resolution to someone else.
func (a *Agent) SetSolveOptions(o bisection.SolveOptions) { a.opts = o }

// Report is what one tick saw and did.
type Report struct {
	Status      contracts.GameStatus
	RootCorrect bool
	Claims      int
	Sent        []bisection.HonestAction // actions sent and mined, in order
	Skipped     []bisection.Skip         // counters the solver refused (should never happen)
	Credit      *big.Int                 // credit claimed this tick, if any
	Slashed     bool                     // this tick slashed a lost sequencer claim's signers
	// Stale reports that the game changed under the tick (someone else
	// moved): the remaining planned moves were not sent, the next tick
	// re-plans from the new state.
	Stale bool
	// Receipts holds the receipt of each Sent action (same index): callers
	// that keep an action log or measure reaction time in L1 blocks need
	// the transaction hash and the block it landed in.
	Receipts []*types.Receipt
}

// Done reports whether the game is over for the agent: resolved, and
// nothing left to do.
func (r *Report) Done() bool {
	return r.Status != contracts.GameInProgress && len(r.Sent) == 0 && !r.Slashed && !r.Stale
}

// Snapshot is a game as read from L1, converted to the bisection model.
type Snapshot struct {
	Info   *contracts.GameInfo
	Claims []contracts.GameClaim
	Game   *bisection.Game
	Now    uint64 // timestamp of the latest L1 block
}

// Load reads the game and converts it to a bisection.Game.
func Load(ctx context.Context, game *contracts.DisputeGame, clock Clock, self common.Address) (*Snapshot, error) {
	return load(ctx, game, clock, nil)
}

// load is Load with the factory's parameters already known (nil: read
// them). The game's record, claims and checkpoints are read in batched
// calls against one block, so they are one consistent state.
func load(ctx context.Context, game *contracts.DisputeGame, clock Clock, known *contracts.DisputeGameParams) (*Snapshot, error) {
	head, err := clock.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("latest L1 header: %w", err)
	}
	var params contracts.DisputeGameParams
	if known != nil {
		params = *known
	} else if params, err = game.Factory().Params(ctx); err != nil {
		return nil, fmt.Errorf("factory parameters: %w", err)
	}
	st, err := game.ReadState(ctx, head.Number)
	if err != nil {
		return nil, fmt.Errorf("game %s: %w", game.ID(), err)
	}
	return SnapshotOf(st, params, head.Time)
}

// SnapshotOf builds a snapshot from a game's state as read (by
// contracts.ReadStates, perhaps in an earlier pass) judged at L1 time now:
// a game that did not change is re-planned at a new time without reading
// it again.
func SnapshotOf(st *contracts.GameState, params contracts.DisputeGameParams, now uint64) (*Snapshot, error) {
	g, err := FromChain(st.Info, st.Claims, params)
	if err != nil {
		return nil, err
	}
	// Only unresolved claims with children can be half-way through a
	// paginated resolution; the model needs that progress to plan the rest.
	for i := range g.Claims {
		c := &g.Claims[i]
		if c.Resolved || len(c.Children) == 0 {
			continue
		}
		cp, ok := st.Checkpoints[uint32(i)]
		if !ok {
			return nil, fmt.Errorf("%w: game %s: no checkpoint read for claim %d", bisection.ErrMalformedGame, st.Info.ID, i)
		}
		c.Checkpoint = bisection.Checkpoint{NextChild: cp.NextChild, LeftmostPosition: bisection.Position(cp.LeftmostPosition), LeftmostIndex: cp.LeftmostIndex}
	}
	if now < g.Clock {
		now = g.Clock
	}
	return &Snapshot{Info: st.Info, Claims: st.Claims, Game: g, Now: now}, nil
}

// FromChain builds the bisection model of a game from its stored state. The
// bisection package has no constructor from raw claims (NewGame replays the
// creation rules instead), so the agent fills the exported fields directly:
// the chain has already enforced the rules.
func FromChain(info *contracts.GameInfo, claims []contracts.GameClaim, p contracts.DisputeGameParams) (*bisection.Game, error) {
	params := bisection.Params{ClaimTimeout: p.ClaimTimeout, MaxGameDepth: p.MaxGameDepth, BondsByDepth: p.BondsByDepth, AnchorAirgap: p.AnchorAirgap}
	if err := params.Validate(); err != nil {
		return nil, err
	}
	if len(claims) == 0 {
		return nil, fmt.Errorf("%w: game %s has no claims", bisection.ErrMalformedGame, info.ID)
	}
	g := &bisection.Game{
		Params:         params.Clone(),
		AnchorBatch:    info.AnchorBatch,
		AnchorRoot:     info.AnchorRoot,
		Batch:          info.Batch,
		TraceLength:    info.TraceLength,
		MaxDepth:       info.MaxDepth,
		SequencerClaim: info.Sequencer,
		CreatedAt:      info.CreatedAt,
		Status:         bisection.Status(info.Status),
		ResolvedAt:     info.ResolvedAt,
		Clock:          info.CreatedAt,
		Claims:         make([]bisection.Claim, len(claims)),
	}
	for i, c := range claims {
		if c.Index != uint32(i) {
			return nil, fmt.Errorf("%w: claim %d read at position %d", bisection.ErrMalformedGame, c.Index, i)
		}
		bond := new(big.Int)
		if c.Bond != nil {
			bond.Set(c.Bond)
		}
		g.Claims[i] = bisection.Claim{
			ParentIndex: c.ParentIndex, Position: bisection.Position(c.Position), Value: c.Value, Claimant: c.Claimant,
			Bond: bond, CreatedAt: c.CreatedAt, CounteredBy: c.CounteredBy, Resolved: c.Resolved, Countered: c.Countered,
			Payee: c.Payee, Paid: c.Paid, // the credits: per claim, as on chain
		}
		if c.ParentIndex == contracts.NoParentIndex {
			if i != 0 {
				return nil, fmt.Errorf("%w: claim %d has no parent", bisection.ErrMalformedGame, i)
			}
		} else {
			if c.ParentIndex >= uint32(i) {
				return nil, fmt.Errorf("%w: claim %d has parent %d", bisection.ErrMalformedGame, i, c.ParentIndex)
			}
			// Children are kept in creation order, which is index order.
			par := &g.Claims[c.ParentIndex]
			par.Children = append(par.Children, uint32(i))
		}
		g.Clock = max(g.Clock, c.CreatedAt)
	}
	for i, c := range claims {
		if uint32(len(g.Claims[i].Children)) != c.ChildCount {
			return nil, fmt.Errorf("%w: claim %d has %d children on chain, %d found", bisection.ErrMalformedGame, i, c.ChildCount, len(g.Claims[i].Children))
		}
	}
	return g, nil
}

// Tick reads the game, plans the honest actions and sends them in order. It
// stops at the first failed transaction (the next tick re-reads the chain
// and re-plans, so nothing is sent twice). It is Plan followed by Execute.
func (a *Agent) Tick(ctx context.Context, src TraceSource) (*Report, error) {
	p, err := a.Plan(ctx, src)
	if err != nil {
		return nil, err
	}
	return a.Execute(ctx, p, src)
}

// Planned is one tick's reading of a game and the honest actions it calls
// for, before any is sent: a scheduler plans every game first and then
// sends in deadline order (Deadline).
type Planned struct {
	Snap *Snapshot
	Plan *bisection.Plan
	prov *trace.ReplayProvider
}

// NoDeadline is the Deadline of a plan with nothing urgent (resolutions and
// credit claims can wait for any later block).
const NoDeadline = ^uint64(0)

// Deadline is the L1 time by which the plan's first counter must be mined:
// the end of the counter window of the claim it answers. Counters not mined
// by then are lost for good (the claim stands), so a scheduler serves the
// smallest deadline first.
func (p *Planned) Deadline() uint64 {
	d := NoDeadline
	for _, act := range p.Plan.Actions {
		if act.Kind != bisection.ActionMove && act.Kind != bisection.ActionStep {
			continue
		}
		if int(act.Claim) < len(p.Snap.Game.Claims) {
			d = min(d, p.Snap.Game.Claims[act.Claim].CreatedAt+p.Snap.Game.Params.ClaimTimeout)
		}
	}
	return d
}

// Counters is the number of moves and steps in the plan.
func (p *Planned) Counters() int {
	n := 0
	for _, act := range p.Plan.Actions {
		if act.Kind == bisection.ActionMove || act.Kind == bisection.ActionStep {
			n++
		}
	}
	return n
}

// Plan reads the game and asks the solver what the honest party must do
// now; nothing is sent.
func (a *Agent) Plan(ctx context.Context, src TraceSource) (*Planned, error) {
	if a.params == nil {
		p, err := a.game.Factory().Params(ctx)
		if err != nil {
			return nil, fmt.Errorf("factory parameters: %w", err)
		}
		a.params = &p
	}
	snap, err := load(ctx, a.game, a.clock, a.params)
	if err != nil {
		return nil, err
	}
	return a.PlanFrom(ctx, snap, src)
}

// PlanFrom is Plan on a snapshot the caller read (a scheduler reads all
// its games in a few batched requests, and re-uses the state of a game
// that did not change since the last pass).
func (a *Agent) PlanFrom(ctx context.Context, snap *Snapshot, src TraceSource) (*Planned, error) {
	info := snap.Info
	prov, err := src.Provider(ctx, info.AnchorBatch, info.AnchorRoot, info.Batch)
	if err != nil {
		return nil, fmt.Errorf("%w: game %s (batches %d … %d): %w", ErrNoTrace, info.ID, info.AnchorBatch+1, info.Batch, err)
	}
	plan, err := bisection.Solve(ctx, snap.Game, a.self, snap.Now, prov, a.opts)
	if err != nil {
		return nil, fmt.Errorf("solve game %s: %w", info.ID, err)
	}
	return &Planned{Snap: snap, Plan: plan, prov: prov}, nil
}

// Execute sends a plan's actions in order, re-checking before every counter
// that nobody changed the game since it was read.
func (a *Agent) Execute(ctx context.Context, p *Planned, src TraceSource) (*Report, error) {
	snap, prov, plan := p.Snap, p.prov, p.Plan
	info := snap.Info
	rep := &Report{Status: info.Status, Claims: len(snap.Claims)}
	rep.RootCorrect, rep.Skipped = plan.RootCorrect, plan.Skipped
	for _, s := range plan.Skipped {
		a.log.Error("honest counter not possible", "claim", s.Claim, "err", s.Err)
	}
	actions := plan.Actions
	if n := leadingCounters(actions); a.parallel > 1 && n > 1 {
		// Several counters (a flood of attacks on one claim, say): they
		// answer different claims of the tree as read, so they do not
		// depend on one another, and sending them one receipt at a time
		// could let the last ones miss their windows. One staleness check
		// covers them all; a duplicate of someone else's concurrent move
		// is refused as a lost race.
		cur, err := a.game.Info(ctx)
		if err != nil {
			return rep, err
		}
		if cur.ClaimCount != uint32(len(snap.Claims)) {
			rep.Stale = true
			a.log.Info("game changed during the tick; re-planning next tick")
			return rep, nil
		}
		if err := a.sendConcurrently(ctx, snap, prov, src, actions[:n], rep); err != nil || rep.Stale {
			return rep, err
		}
		actions = actions[n:]
	}
	moved := uint32(len(rep.Sent)) // claims this tick added
	for _, act := range actions {
		if act.Kind == bisection.ActionMove || act.Kind == bisection.ActionStep {
			// The plan answers the tree as read; if anyone else has added a
			// claim since, the honest response may already exist (a move
			// would then be a duplicate) or need to change. Re-read the
			// count before every counter, and re-plan on a change.
			cur, err := a.game.Info(ctx)
			if err != nil {
				return rep, err
			}
			if cur.ClaimCount != uint32(len(snap.Claims))+moved {
				rep.Stale = true
				a.log.Info("game changed during the tick; re-planning next tick")
				break
			}
		}
		credit, rcpt, err := a.send(ctx, snap, prov, src, act)
		if err != nil {
			if contracts.LostRace(err) {
				// Another honest party (a prover next to a watcher) did the
				// same thing first: the game moved on, nothing is wrong.
				rep.Stale = true
				a.log.Debug("already done by someone else; re-planning next tick", "action", act.Kind.String(), "claim", act.Claim, "reason", err)
				break
			}
			return rep, fmt.Errorf("game %s: %v on claim %d: %w", info.ID, act.Kind, act.Claim, err)
		}
		if credit != nil {
			rep.Credit = credit
		}
		if act.Kind == bisection.ActionMove {
			moved++
		}
		rep.Sent = append(rep.Sent, act)
		rep.Receipts = append(rep.Receipts, rcpt)
		a.log.Info("sent", "action", act.Kind.String(), "claim", act.Claim, "position", uint64(act.Position), "attack", act.Attack)
	}
	if len(rep.Sent) > 0 {
		var err error
		if info, err = a.game.Info(ctx); err != nil {
			return rep, err
		}
		rep.Status = info.Status
	}
	// A lost sequencer claim slashes its signers in a separate call that
	// anyone may make; the honest party makes sure it happens, since the
	// reward goes to the winning side whoever sends it.
	if info.Sequencer && info.Status == contracts.GameChallengerWins && !info.SignersSlashed {
		signers, err := src.Signers(info.Batch)
		if err != nil {
			return rep, fmt.Errorf("signers of batch %d: %w", info.Batch, err)
		}
		if _, _, err := a.game.SlashSigners(ctx, signers); err != nil {
			return rep, fmt.Errorf("game %s: slash signers: %w", info.ID, err)
		}
		rep.Slashed = true
		a.log.Info("slashed the signers of a lost sequencer claim", "batch", info.Batch, "signers", len(signers))
	}
	return rep, nil
}

// leadingCounters is the number of moves and steps at the head of a plan
// (the solver puts every counter before the resolutions).
func leadingCounters(actions []bisection.HonestAction) int {
	n := 0
	for n < len(actions) && (actions[n].Kind == bisection.ActionMove || actions[n].Kind == bisection.ActionStep) {
		n++
	}
	return n
}

// sendConcurrently sends counters at most a.parallel at a time and records
// them in rep in plan order. A lost race marks the report stale; the first
// other failure is returned after every send has finished.
func (a *Agent) sendConcurrently(ctx context.Context, snap *Snapshot, prov *trace.ReplayProvider, src TraceSource, acts []bisection.HonestAction, rep *Report) error {
	rcpts := make([]*types.Receipt, len(acts))
	errs := make([]error, len(acts))
	sem := make(chan struct{}, a.parallel)
	var wg sync.WaitGroup
	for i, act := range acts {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			_, rcpts[i], errs[i] = a.send(ctx, snap, prov, src, act)
		}()
	}
	wg.Wait()
	var first error
	for i, act := range acts {
		switch err := errs[i]; {
		case err == nil:
			rep.Sent = append(rep.Sent, act)
			rep.Receipts = append(rep.Receipts, rcpts[i])
			a.log.Info("sent", "action", act.Kind.String(), "claim", act.Claim, "position", uint64(act.Position), "attack", act.Attack)
		case contracts.LostRace(err):
			rep.Stale = true
			a.log.Debug("already done by someone else; re-planning next tick", "action", act.Kind.String(), "claim", act.Claim, "reason", err)
		case first == nil:
			first = fmt.Errorf("game %s: %v on claim %d: %w", snap.Info.ID, act.Kind, act.Claim, err)
		}
	}
	return first
}

// send carries out one planned action on L1 and returns its receipt.
func (a *Agent) send(ctx context.Context, snap *Snapshot, prov *trace.ReplayProvider, src TraceSource, act bisection.HonestAction) (*big.Int, *types.Receipt, error) {
	switch act.Kind {
	case bisection.ActionMove:
		_, rcpt, err := a.game.Move(ctx, act.Disputed, act.Claim, act.Value, act.Attack, act.Bond)
		return nil, rcpt, err
	case bisection.ActionStep:
		proof, err := BuildStepProof(ctx, snap.Info, prov, src, act.StepIndex)
		if err != nil {
			return nil, nil, err
		}
		_, rcpt, err := a.game.Step(ctx, act.Claim, act.Attack, proof)
		return nil, rcpt, err
	case bisection.ActionResolve:
		_, rcpt, err := a.game.ResolveClaim(ctx, act.Claim, act.MaxChildren)
		return nil, rcpt, err
	case bisection.ActionClaimCredit:
		return a.game.ClaimCredit(ctx, a.self)
	}
	return nil, nil, fmt.Errorf("unknown action kind %v", act.Kind)
}

// BuildStepProof returns what step() needs for trace step i of a game: the
// header of the batch holding the step, the element and the witness from
// the local replay. A step in the padding (i ≥ T) needs none of it.
func BuildStepProof(ctx context.Context, info *contracts.GameInfo, prov *trace.ReplayProvider, src TraceSource, i uint64) (contracts.StepProof, error) {
	if i >= prov.Length() {
		return contracts.StepProof{}, nil
	}
	k, _, err := prov.Locate(i)
	if err != nil {
		return contracts.StepProof{}, err
	}
	h, err := src.Header(info.AnchorBatch + 1 + uint64(k))
	if err != nil {
		return contracts.StepProof{}, err
	}
	sp, err := prov.Proof(ctx, i)
	if err != nil {
		return contracts.StepProof{}, err
	}
	w, err := replay.EncodeWitnessABI(&sp.Witness)
	if err != nil {
		return contracts.StepProof{}, fmt.Errorf("encode witness of step %d: %w", i, err)
	}
	return contracts.StepProof{Header: h, Kind: uint8(sp.Element.Kind), Payload: sp.Element.Payload, Witness: w}, nil
}
