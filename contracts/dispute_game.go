package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// GameStatus is the outcome of a dispute game (Solidity enum GameStatus, the
// same values as bisection.Status).
type GameStatus uint8

const (
	GameInProgress     GameStatus = 0
	GameChallengerWins GameStatus = 1
	GameDefenderWins   GameStatus = 2
)

func (s GameStatus) String() string {
	switch s {
	case GameInProgress:
		return "IN_PROGRESS"
	case GameChallengerWins:
		return "CHALLENGER_WINS"
	case GameDefenderWins:
		return "DEFENDER_WINS"
	}
	return fmt.Sprintf("GameStatus(%d)", uint8(s))
}

// NoParentIndex is the parent index of a root claim.
const NoParentIndex uint32 = 1<<32 - 1

// Step element kinds (docs/PROTOCOL.md §2.7): inbox deposit, inbox forced
// transaction, batch transaction.
const (
	StepKindDeposit  uint8 = 0
	StepKindForcedTx uint8 = 1
	StepKindBatchTx  uint8 = 2
)

// ErrNoGameEvent means a game transaction was mined without the event that
// reports its result (wrong address or ABI mismatch).
var ErrNoGameEvent = errors.New("expected dispute-game event not in receipt")

// DisputeGameParams are the constructor arguments of DisputeGameFactory:
// the rollup config's dispute-game parameters and da.challengeWindow.
type DisputeGameParams struct {
	GenesisRoot     common.Hash // the registry's first anchor, (0, GenesisRoot)
	ChallengeWindow uint64      // da.challengeWindow: games wait for postedAt + this
	ClaimTimeout    uint64
	MaxGameDepth    uint8
	BondsByDepth    []*big.Int
	AnchorAirgap    uint64
}

// GameInfo is everything a game stores besides its claims.
type GameInfo struct {
	ID             *big.Int
	AnchorBatch    uint64
	AnchorRoot     common.Hash
	Batch          uint64
	TraceLength    uint64
	CumTraceAnchor uint64
	MaxDepth       uint8
	Sequencer      bool
	CreatedAt      uint64
	ResolvedAt     uint64
	ClaimCount     uint32
	Status         GameStatus
	SignersSlashed bool
}

// GameClaim is one claim of a game (docs/PROTOCOL.md §7.4).
type GameClaim struct {
	Index       uint32
	ParentIndex uint32 // NoParentIndex for the root
	Position    uint64
	Value       common.Hash
	Claimant    common.Address
	Bond        *big.Int
	CreatedAt   uint64
	CounteredBy common.Address
	ChildCount  uint32
	Resolved    bool
	Countered   bool
	// Payee is who the claim's bond is paid to (zero until resolved): the
	// claimant of its leftmost uncountered child, else its stepper, else
	// its own claimant. Paid reports that claimCredit has paid it.
	Payee common.Address
	Paid  bool
}

// Owed reports whether claimCredit would pay c's bond to who now (once the
// game is resolved): c is resolved, unpaid, bonded, and who is its payee.
func (c *GameClaim) Owed(who common.Address) bool {
	return c.Resolved && !c.Paid && c.Payee == who && c.Bond != nil && c.Bond.Sign() > 0
}

// CreditOf returns the indices of the claims whose bonds are owed to who, in
// index order, and their total (zero and no indices if nothing is owed).
func CreditOf(claims []GameClaim, who common.Address) ([]uint32, *big.Int) {
	var idx []uint32
	total := new(big.Int)
	for i := range claims {
		if claims[i].Owed(who) {
			idx = append(idx, claims[i].Index)
			total.Add(total, claims[i].Bond)
		}
	}
	return idx, total
}

// GameCheckpoint is the stored progress of a paginated resolution.
type GameCheckpoint struct {
	NextChild        uint32
	LeftmostPosition uint64 // 0: no uncountered child yet
	LeftmostIndex    uint32 // the index of that child
}

// GameCreated is a GameCreated event.
type GameCreated struct {
	GameID      *big.Int
	Batch       uint64
	Creator     common.Address
	RootClaim   common.Hash
	Sequencer   bool
	AnchorBatch uint64
	AnchorRoot  common.Hash
	TraceLength uint64
	MaxDepth    uint8
}

// ClaimMoved is a ClaimMoved event (also emitted for the root at creation).
type ClaimMoved struct {
	GameID      *big.Int
	ClaimIndex  uint32
	ParentIndex uint32
	Position    uint64
	Value       common.Hash
	Claimant    common.Address
	Bond        *big.Int
}

// Stepped is a Stepped event: a claim countered by a one-step proof.
type Stepped struct {
	GameID     *big.Int
	ClaimIndex uint32
	Stepper    common.Address
	IsAttack   bool
	StepIndex  uint64
	PreRoot    common.Hash
	PostRoot   common.Hash
}

// ClaimResolved is a ClaimResolved event.
type ClaimResolved struct {
	GameID     *big.Int
	ClaimIndex uint32
	Countered  bool
	Recipient  common.Address
	Bond       *big.Int
}

// GameResolved is a GameResolved event.
type GameResolved struct {
	GameID     *big.Int
	Status     GameStatus
	ResolvedAt uint64
}

// GameEvents are the decoded game events of one receipt (or log range).
type GameEvents struct {
	Created   []GameCreated
	Moved     []ClaimMoved
	Stepped   []Stepped
	Progress  []GameCheckpoint // ResolutionProgress: NextChild only
	Resolved  []ClaimResolved
	Game      []GameResolved
	Credits   map[common.Address]*big.Int // CreditClaimed, summed
	Slashings []SignersSlashed
}

// SignersSlashed is a SignersSlashed event.
type SignersSlashed struct {
	GameID    *big.Int
	Recipient common.Address
	Signers   *big.Int
	Slashed   *big.Int
}

// StepProof is what a step needs besides the claim: for a step inside the
// trace, the header of the batch holding the step, the element's kind and
// payload (inbox entry payload or raw batch transaction) and the witness
// (replay.EncodeWitnessABI). For a padding step (index ≥ trace length) all of
// it may be empty.
type StepProof struct {
	Header  *BatchHeader
	Kind    uint8
	Payload []byte
	Witness []byte
}

// BatchDisputable reports whether the factory accepts a game on a batch
// posted at postedAt when the block's timestamp is t: strictly after the
// challenge window (DisputeGameFactory's BatchNotFinal check). Callers that
// estimate gas at the head pass the head's timestamp.
func BatchDisputable(postedAt, challengeWindow, t uint64) bool {
	return t > postedAt+challengeWindow
}

// DisputeGameFactory is a typed client for DisputeGameFactory.sol, which
// holds every game; DisputeGameFactory.Game returns a client for one of them.
type DisputeGameFactory struct {
	bound
	b *bindings.DisputeGameFactory
	// GasLimit, when non-zero, is used for every transaction instead of an
	// estimate: a reverting transaction is then mined (and its revert
	// decoded from the block) rather than refused at estimation, which pins
	// the block time a rule was checked at.
	GasLimit uint64
}

// NewDisputeGameFactory returns a client for the factory at addr; tx may be
// nil for a read-only client.
func NewDisputeGameFactory(addr common.Address, backend Backend, tx Transactor) *DisputeGameFactory {
	b := bindings.NewDisputeGameFactory()
	a := b.GetABI()
	return &DisputeGameFactory{bound: bound{name: "DisputeGameFactory", addr: addr, abi: &a, backend: backend, tx: tx}, b: b}
}

// DeployDisputeGameFactory deploys a factory (and, from its constructor, its
// AnchorStateRegistry). The factory must then be put on SequencerSet's
// fault-contract allowlist for sequencer games to slash.
func DeployDisputeGameFactory(ctx context.Context, tx Transactor, batchInbox, sequencerSet, verifier common.Address, p DisputeGameParams) (common.Address, *types.Receipt, error) {
	b := bindings.NewDisputeGameFactory()
	args := b.PackConstructor(batchInbox, sequencerSet, verifier, p.GenesisRoot, p.ChallengeWindow, p.ClaimTimeout, p.MaxGameDepth, p.BondsByDepth, p.AnchorAirgap)
	return deploy(ctx, tx, "DisputeGameFactory", append(common.FromHex(bindings.DisputeGameFactoryMetaData.Bin), args...))
}

// Address returns the contract address.
func (c *DisputeGameFactory) Address() common.Address { return c.addr }

// Game returns a client for game id (no call is made).
func (c *DisputeGameFactory) Game(id *big.Int) *DisputeGame {
	return &DisputeGame{f: c, id: new(big.Int).Set(id)}
}

// send is transact with the optional fixed gas limit. On a mined revert it
// returns the receipt too, so callers can read the block it was checked in.
func (c *DisputeGameFactory) send(ctx context.Context, what string, data []byte, value *big.Int) (*types.Receipt, error) {
	if c.tx == nil {
		return nil, ErrReadOnly
	}
	rcpt, err := c.tx.Send(ctx, txmgr.Candidate{To: &c.addr, Data: data, Value: value, GasLimit: c.GasLimit})
	if err != nil {
		return rcpt, fmt.Errorf("%s %s: %w", c.name, what, revertDecoder().Redecode(err))
	}
	return rcpt, nil
}

// Create opens a game claiming that the state root after batch is root;
// bond must be BondAt(0).
func (c *DisputeGameFactory) Create(ctx context.Context, batch uint64, root common.Hash, bond *big.Int) (*DisputeGame, *types.Receipt, error) {
	rcpt, err := c.send(ctx, "create", c.b.PackCreate(batch, root), bond)
	if err != nil {
		return nil, rcpt, err
	}
	return c.gameFromReceipt(rcpt)
}

// CreateSequencerGame disputes the stateRoot of a posted header: it opens a
// game on it and attacks it with attack; bond must be BondAt(1).
func (c *DisputeGameFactory) CreateSequencerGame(ctx context.Context, h *BatchHeader, attack common.Hash, bond *big.Int) (*DisputeGame, *types.Receipt, error) {
	rcpt, err := c.send(ctx, "createSequencerGame", c.b.PackCreateSequencerGame(h.Encode(), attack), bond)
	if err != nil {
		return nil, rcpt, err
	}
	return c.gameFromReceipt(rcpt)
}

func (c *DisputeGameFactory) gameFromReceipt(rcpt *types.Receipt) (*DisputeGame, *types.Receipt, error) {
	ev, err := c.DecodeEvents(rcpt.Logs)
	if err != nil {
		return nil, rcpt, err
	}
	if len(ev.Created) != 1 {
		return nil, rcpt, fmt.Errorf("tx %s: GameCreated: %w", rcpt.TxHash, ErrNoGameEvent)
	}
	return c.Game(ev.Created[0].GameID), rcpt, nil
}

// GameCount returns the number of games ever created (ids 0 … n−1).
func (c *DisputeGameFactory) GameCount(ctx context.Context) (*big.Int, error) {
	out, err := c.call(ctx, c.b.PackGameCount())
	if err != nil {
		return nil, err
	}
	return c.b.UnpackGameCount(out)
}

// GameCountAt is GameCount in the state after L1 block n.
func (c *DisputeGameFactory) GameCountAt(ctx context.Context, n uint64) (uint64, error) {
	out, err := c.callAt(ctx, c.b.PackGameCount(), new(big.Int).SetUint64(n))
	if err != nil {
		return 0, err
	}
	v, err := c.b.UnpackGameCount(out)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// GameFor returns the game on (kind, batch, root), if one exists.
func (c *DisputeGameFactory) GameFor(ctx context.Context, sequencer bool, batch uint64, root common.Hash) (*DisputeGame, bool, error) {
	out, err := c.call(ctx, c.b.PackGameFor(sequencer, batch, root))
	if err != nil {
		return nil, false, err
	}
	r, err := c.b.UnpackGameFor(out)
	if err != nil || !r.Exists {
		return nil, false, err
	}
	return c.Game(r.GameId), true, nil
}

// BondAt returns bondAt(depth).
func (c *DisputeGameFactory) BondAt(ctx context.Context, depth uint8) (*big.Int, error) {
	out, err := c.call(ctx, c.b.PackBondAt(big.NewInt(int64(depth))))
	if err != nil {
		return nil, err
	}
	return c.b.UnpackBondAt(out)
}

// AnchorRegistry returns the address of the factory's AnchorStateRegistry.
func (c *DisputeGameFactory) AnchorRegistry(ctx context.Context) (common.Address, error) {
	out, err := c.call(ctx, c.b.PackAnchorRegistry())
	if err != nil {
		return common.Address{}, err
	}
	return c.b.UnpackAnchorRegistry(out)
}

// Params returns the factory's immutables.
func (c *DisputeGameFactory) Params(ctx context.Context) (DisputeGameParams, error) {
	var p DisputeGameParams
	out, err := c.call(ctx, c.b.PackClaimTimeout())
	if err == nil {
		p.ClaimTimeout, err = c.b.UnpackClaimTimeout(out)
	}
	if err == nil {
		out, err = c.call(ctx, c.b.PackMaxGameDepth())
	}
	if err == nil {
		p.MaxGameDepth, err = c.b.UnpackMaxGameDepth(out)
	}
	if err == nil {
		out, err = c.call(ctx, c.b.PackBondsByDepth())
	}
	if err == nil {
		p.BondsByDepth, err = c.b.UnpackBondsByDepth(out)
	}
	if err == nil {
		out, err = c.call(ctx, c.b.PackChallengeWindow())
	}
	if err == nil {
		p.ChallengeWindow, err = c.b.UnpackChallengeWindow(out)
	}
	if err != nil {
		return DisputeGameParams{}, err
	}
	reg, err := c.AnchorRegistry(ctx)
	if err != nil {
		return DisputeGameParams{}, err
	}
	p.AnchorAirgap, err = NewAnchorStateRegistry(reg, c.backend, nil).AnchorAirgap(ctx)
	return p, err
}

// DecodeEvents decodes the factory's game events among logs (others are skipped).
func (c *DisputeGameFactory) DecodeEvents(logs []*types.Log) (*GameEvents, error) {
	ev := &GameEvents{Credits: make(map[common.Address]*big.Int)}
	for _, l := range logs {
		if l.Address != c.addr || len(l.Topics) == 0 {
			continue
		}
		var err error
		switch l.Topics[0] {
		case c.abi.Events["GameCreated"].ID:
			var e *bindings.DisputeGameFactoryGameCreated
			if e, err = c.b.UnpackGameCreatedEvent(l); err == nil {
				ev.Created = append(ev.Created, GameCreated{GameID: e.GameId, Batch: e.Batch, Creator: e.Creator, RootClaim: e.RootClaim,
					Sequencer: e.Sequencer, AnchorBatch: e.AnchorBatch, AnchorRoot: e.AnchorRoot, TraceLength: e.TraceLength, MaxDepth: e.MaxDepth})
			}
		case c.abi.Events["ClaimMoved"].ID:
			var e *bindings.DisputeGameFactoryClaimMoved
			if e, err = c.b.UnpackClaimMovedEvent(l); err == nil {
				ev.Moved = append(ev.Moved, ClaimMoved{GameID: e.GameId, ClaimIndex: e.ClaimIndex, ParentIndex: e.ParentIndex,
					Position: e.Position, Value: e.Value, Claimant: e.Claimant, Bond: e.Bond})
			}
		case c.abi.Events["Stepped"].ID:
			var e *bindings.DisputeGameFactoryStepped
			if e, err = c.b.UnpackSteppedEvent(l); err == nil {
				ev.Stepped = append(ev.Stepped, Stepped{GameID: e.GameId, ClaimIndex: e.ClaimIndex, Stepper: e.Stepper,
					IsAttack: e.IsAttack, StepIndex: e.StepIndex, PreRoot: e.PreRoot, PostRoot: e.PostRoot})
			}
		case c.abi.Events["ResolutionProgress"].ID:
			var e *bindings.DisputeGameFactoryResolutionProgress
			if e, err = c.b.UnpackResolutionProgressEvent(l); err == nil {
				ev.Progress = append(ev.Progress, GameCheckpoint{NextChild: e.NextChild})
			}
		case c.abi.Events["ClaimResolved"].ID:
			var e *bindings.DisputeGameFactoryClaimResolved
			if e, err = c.b.UnpackClaimResolvedEvent(l); err == nil {
				ev.Resolved = append(ev.Resolved, ClaimResolved{GameID: e.GameId, ClaimIndex: e.ClaimIndex, Countered: e.Countered, Recipient: e.Recipient, Bond: e.Bond})
			}
		case c.abi.Events["GameResolved"].ID:
			var e *bindings.DisputeGameFactoryGameResolved
			if e, err = c.b.UnpackGameResolvedEvent(l); err == nil {
				ev.Game = append(ev.Game, GameResolved{GameID: e.GameId, Status: GameStatus(e.Status), ResolvedAt: e.ResolvedAt})
			}
		case c.abi.Events["CreditClaimed"].ID:
			var e *bindings.DisputeGameFactoryCreditClaimed
			if e, err = c.b.UnpackCreditClaimedEvent(l); err == nil {
				if ev.Credits[e.Recipient] == nil {
					ev.Credits[e.Recipient] = new(big.Int)
				}
				ev.Credits[e.Recipient].Add(ev.Credits[e.Recipient], e.Amount)
			}
		case c.abi.Events["SignersSlashed"].ID:
			var e *bindings.DisputeGameFactorySignersSlashed
			if e, err = c.b.UnpackSignersSlashedEvent(l); err == nil {
				ev.Slashings = append(ev.Slashings, SignersSlashed{GameID: e.GameId, Recipient: e.Recipient, Signers: e.Signers, Slashed: e.Slashed})
			}
		}
		if err != nil {
			return nil, fmt.Errorf("decode DisputeGameFactory event in tx %s: %w", l.TxHash, err)
		}
	}
	return ev, nil
}

// DisputeGame is a typed client for one game of a DisputeGameFactory.
type DisputeGame struct {
	f  *DisputeGameFactory
	id *big.Int
}

// ID returns the game id.
func (g *DisputeGame) ID() *big.Int { return new(big.Int).Set(g.id) }

// Factory returns the factory client the game was obtained from.
func (g *DisputeGame) Factory() *DisputeGameFactory { return g.f }

// Move counters claim parent (whose value must be disputed) with value:
// attack or defend. bond must be bondAt(depth of the new claim). It returns
// the new claim's index.
func (g *DisputeGame) Move(ctx context.Context, disputed common.Hash, parent uint32, value common.Hash, attack bool, bond *big.Int) (uint32, *types.Receipt, error) {
	rcpt, err := g.f.send(ctx, "move", g.f.b.PackMove(g.id, disputed, parent, value, attack), bond)
	if err != nil {
		return 0, rcpt, err
	}
	ev, err := g.f.DecodeEvents(rcpt.Logs)
	if err != nil {
		return 0, rcpt, err
	}
	if len(ev.Moved) != 1 {
		return 0, rcpt, fmt.Errorf("tx %s: ClaimMoved: %w", rcpt.TxHash, ErrNoGameEvent)
	}
	return ev.Moved[0].ClaimIndex, rcpt, nil
}

// Attack is Move with attack = true.
func (g *DisputeGame) Attack(ctx context.Context, disputed common.Hash, parent uint32, value common.Hash, bond *big.Int) (uint32, *types.Receipt, error) {
	return g.Move(ctx, disputed, parent, value, true, bond)
}

// Defend is Move with attack = false.
func (g *DisputeGame) Defend(ctx context.Context, disputed common.Hash, parent uint32, value common.Hash, bond *big.Int) (uint32, *types.Receipt, error) {
	return g.Move(ctx, disputed, parent, value, false, bond)
}

// Step counters claim idx (at the game depth) with a one-step proof.
func (g *DisputeGame) Step(ctx context.Context, idx uint32, attack bool, p StepProof) (*Stepped, *types.Receipt, error) {
	var header []byte
	if p.Header != nil {
		header = p.Header.Encode()
	}
	rcpt, err := g.f.send(ctx, "step", g.f.b.PackStep(g.id, idx, attack, nonNil(header), p.Kind, nonNil(p.Payload), nonNil(p.Witness)), nil)
	if err != nil {
		return nil, rcpt, err
	}
	ev, err := g.f.DecodeEvents(rcpt.Logs)
	if err != nil {
		return nil, rcpt, err
	}
	if len(ev.Stepped) != 1 {
		return nil, rcpt, fmt.Errorf("tx %s: Stepped: %w", rcpt.TxHash, ErrNoGameEvent)
	}
	return &ev.Stepped[0], rcpt, nil
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// ResolveClaim resolves claim idx or advances its paginated resolution by at
// most maxChildren children (0: all). resolved reports whether this call
// resolved the claim.
func (g *DisputeGame) ResolveClaim(ctx context.Context, idx uint32, maxChildren uint32) (resolved bool, rcpt *types.Receipt, err error) {
	rcpt, err = g.f.send(ctx, "resolveClaim", g.f.b.PackResolveClaim(g.id, idx, maxChildren), nil)
	if err != nil {
		return false, rcpt, err
	}
	ev, err := g.f.DecodeEvents(rcpt.Logs)
	if err != nil {
		return false, rcpt, err
	}
	return len(ev.Resolved) == 1, rcpt, nil
}

// ResolveAll resolves every unresolved claim, children before parents
// (descending index), maxChildren per call, and so the game.
func (g *DisputeGame) ResolveAll(ctx context.Context, maxChildren uint32) error {
	claims, err := g.Claims(ctx)
	if err != nil {
		return err
	}
	for i := len(claims) - 1; i >= 0; i-- {
		for done := claims[i].Resolved; !done; {
			if done, _, err = g.ResolveClaim(ctx, uint32(i), maxChildren); err != nil {
				return err
			}
		}
	}
	return nil
}

// claimCreditBatch bounds the claims paid per claimCredit transaction: each
// costs about 10k gas, so a batch stays far below a block's gas limit.
const claimCreditBatch = 256

// ClaimCredit pays recipient every bond owed to it in the game (the game must
// be resolved) and returns the amount and the last receipt. It reads the
// claims to find which are owed to recipient and sends them in batches of
// claimCreditBatch; with none owed it still sends one (empty) claim, so the
// contract's own error (GameInProgress, NoCreditToClaim) is what the caller
// sees.
func (g *DisputeGame) ClaimCredit(ctx context.Context, recipient common.Address) (*big.Int, *types.Receipt, error) {
	claims, err := g.Claims(ctx)
	if err != nil {
		return nil, nil, err
	}
	idx, _ := CreditOf(claims, recipient)
	total := new(big.Int)
	var rcpt *types.Receipt
	for {
		n := min(len(idx), claimCreditBatch)
		var amt *big.Int
		if amt, rcpt, err = g.ClaimCreditOf(ctx, recipient, idx[:n]); err != nil {
			return nil, rcpt, err
		}
		total.Add(total, amt)
		if idx = idx[n:]; len(idx) == 0 {
			return total, rcpt, nil
		}
	}
}

// ClaimCreditOf pays recipient the bonds of the listed claims, each of which
// must be owed to it (GameClaim.Owed), and returns the amount.
func (g *DisputeGame) ClaimCreditOf(ctx context.Context, recipient common.Address, claimIndices []uint32) (*big.Int, *types.Receipt, error) {
	if claimIndices == nil {
		claimIndices = []uint32{} // abi packs nil and empty alike; be explicit
	}
	rcpt, err := g.f.send(ctx, "claimCredit", g.f.b.PackClaimCredit(g.id, recipient, claimIndices), nil)
	if err != nil {
		return nil, rcpt, err
	}
	ev, err := g.f.DecodeEvents(rcpt.Logs)
	if err != nil {
		return nil, rcpt, err
	}
	if ev.Credits[recipient] == nil {
		return nil, rcpt, fmt.Errorf("tx %s: CreditClaimed: %w", rcpt.TxHash, ErrNoGameEvent)
	}
	return ev.Credits[recipient], rcpt, nil
}

// SlashSigners slashes every signer of a lost sequencer claim; signers must be
// the batch's signer list as posted (sorted).
func (g *DisputeGame) SlashSigners(ctx context.Context, signers []common.Address) (*SignersSlashed, *types.Receipt, error) {
	if signers == nil {
		signers = []common.Address{}
	}
	rcpt, err := g.f.send(ctx, "slashSigners", g.f.b.PackSlashSigners(g.id, signers), nil)
	if err != nil {
		return nil, rcpt, err
	}
	ev, err := g.f.DecodeEvents(rcpt.Logs)
	if err != nil {
		return nil, rcpt, err
	}
	if len(ev.Slashings) != 1 {
		return nil, rcpt, fmt.Errorf("tx %s: SignersSlashed: %w", rcpt.TxHash, ErrNoGameEvent)
	}
	return &ev.Slashings[0], rcpt, nil
}

// Info returns the game's stored state besides its claims.
func (g *DisputeGame) Info(ctx context.Context) (*GameInfo, error) {
	out, err := g.f.call(ctx, g.f.b.PackGame(g.id))
	if err != nil {
		return nil, err
	}
	return g.f.decodeInfo(g.id, out)
}

// decodeInfo decodes the answer of game(id).
func (c *DisputeGameFactory) decodeInfo(id *big.Int, out []byte) (*GameInfo, error) {
	s, err := c.b.UnpackGame(out)
	if err != nil {
		return nil, fmt.Errorf("decode DisputeGameFactory.game: %w", err)
	}
	return &GameInfo{ID: new(big.Int).Set(id), AnchorBatch: s.AnchorBatch, AnchorRoot: s.AnchorRoot, Batch: s.Batch, TraceLength: s.TraceLength,
		CumTraceAnchor: s.CumTraceAnchor, MaxDepth: s.MaxDepth, Sequencer: s.Sequencer, CreatedAt: s.CreatedAt, ResolvedAt: s.ResolvedAt,
		ClaimCount: s.ClaimCount, Status: GameStatus(s.Status), SignersSlashed: s.SignersSlashed}, nil
}

// Status returns the game's status.
func (g *DisputeGame) Status(ctx context.Context) (GameStatus, error) {
	info, err := g.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.Status, nil
}

// Claim returns claim idx.
func (g *DisputeGame) Claim(ctx context.Context, idx uint32) (*GameClaim, error) {
	out, err := g.f.call(ctx, g.f.b.PackClaim(g.id, idx))
	if err != nil {
		return nil, err
	}
	c, err := g.f.b.UnpackClaim(out)
	if err != nil {
		return nil, fmt.Errorf("decode DisputeGameFactory.claim: %w", err)
	}
	gc := toGameClaim(idx, &c)
	return &gc, nil
}

// claimsPage bounds one claims() call so a large game does not hit the node's
// call gas or response limits.
const claimsPage = 256

// Claims returns every claim of the game, in index order.
func (g *DisputeGame) Claims(ctx context.Context) ([]GameClaim, error) {
	var out []GameClaim
	for from := uint32(0); ; from += claimsPage {
		data, err := g.f.call(ctx, g.f.b.PackClaims(g.id, from, claimsPage))
		if err != nil {
			return nil, err
		}
		page, err := g.f.b.UnpackClaims(data)
		if err != nil {
			return nil, fmt.Errorf("decode DisputeGameFactory.claims: %w", err)
		}
		for i := range page {
			out = append(out, toGameClaim(from+uint32(i), &page[i]))
		}
		if len(page) < claimsPage {
			return out, nil
		}
	}
}

func toGameClaim(idx uint32, c *bindings.DisputeGameClaim) GameClaim {
	return GameClaim{Index: idx, ParentIndex: c.ParentIndex, Position: c.Position, Value: c.Value, Claimant: c.Claimant, Bond: c.Bond,
		CreatedAt: c.CreatedAt, CounteredBy: c.CounteredBy, ChildCount: c.ChildCount, Resolved: c.Resolved, Countered: c.Countered,
		Payee: c.Payee, Paid: c.Paid}
}

// Children returns the indices of the claims countering claim idx, in
// creation order.
func (g *DisputeGame) Children(ctx context.Context, idx uint32) ([]uint32, error) {
	out, err := g.f.call(ctx, g.f.b.PackChildren(g.id, idx))
	if err != nil {
		return nil, err
	}
	return g.f.b.UnpackChildren(out)
}

// Checkpoint returns the stored progress of claim idx's paginated
// resolution (zero if it was never paginated).
func (g *DisputeGame) Checkpoint(ctx context.Context, idx uint32) (GameCheckpoint, error) {
	out, err := g.f.call(ctx, g.f.b.PackCheckpoint(g.id, idx))
	if err != nil {
		return GameCheckpoint{}, err
	}
	c, err := g.f.b.UnpackCheckpoint(out)
	if err != nil {
		return GameCheckpoint{}, err
	}
	return GameCheckpoint{NextChild: c.NextChild, LeftmostPosition: c.LeftmostPosition, LeftmostIndex: c.LeftmostIndex}, nil
}

// Credit returns recipient's unclaimed credit: the bonds of the resolved
// claims whose payee it is and that are not yet paid. Credits are per claim
// on chain, so this reads every claim.
func (g *DisputeGame) Credit(ctx context.Context, recipient common.Address) (*big.Int, error) {
	claims, err := g.Claims(ctx)
	if err != nil {
		return nil, err
	}
	_, total := CreditOf(claims, recipient)
	return total, nil
}

// Credits returns every recipient's unclaimed credit (only non-zero ones).
func (g *DisputeGame) Credits(ctx context.Context) (map[common.Address]*big.Int, error) {
	claims, err := g.Claims(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[common.Address]*big.Int)
	for i := range claims {
		c := &claims[i]
		if !c.Owed(c.Payee) {
			continue
		}
		if out[c.Payee] == nil {
			out[c.Payee] = new(big.Int)
		}
		out[c.Payee].Add(out[c.Payee], c.Bond)
	}
	return out, nil
}

// SlashRecipient returns who is rewarded for a lost sequencer claim (zero
// before the root resolves CHALLENGER_WINS).
func (g *DisputeGame) SlashRecipient(ctx context.Context) (common.Address, error) {
	out, err := g.f.call(ctx, g.f.b.PackSlashRecipient(g.id))
	if err != nil {
		return common.Address{}, err
	}
	return g.f.b.UnpackSlashRecipient(out)
}

// SlashingOf returns game id's SignersSlashed event in blocks from onwards
// and its transaction (nil if its signers are not slashed yet): the
// SequencerSet.Slashed events of that transaction carry each signer's
// amount, reward and burn.
func (c *DisputeGameFactory) SlashingOf(ctx context.Context, id *big.Int, from uint64) (*SignersSlashed, common.Hash, error) {
	logs, err := c.filter(ctx, c.abi.Events["SignersSlashed"].ID, from, nil, []common.Hash{common.BigToHash(id)})
	if err != nil || len(logs) == 0 {
		return nil, common.Hash{}, err
	}
	e, err := c.b.UnpackSignersSlashedEvent(&logs[0])
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("decode DisputeGameFactory.SignersSlashed in tx %s: %w", logs[0].TxHash, err)
	}
	return &SignersSlashed{GameID: e.GameId, Recipient: e.Recipient, Signers: e.Signers, Slashed: e.Slashed}, logs[0].TxHash, nil
}
