package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/sequencerset/schedule"
)

// SequencerStatus is a member's state in SequencerSet.
type SequencerStatus uint8

// Sequencer states, as SequencerSet.Status.
const (
	SequencerNone    SequencerStatus = 0 // never registered, or withdrawn
	SequencerActive  SequencerStatus = 1 // in the set
	SequencerExiting SequencerStatus = 2 // unbonding, still slashable
)

func (s SequencerStatus) String() string {
	switch s {
	case SequencerNone:
		return "none"
	case SequencerActive:
		return "active"
	case SequencerExiting:
		return "exiting"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// SlashAll returns the amount that asks SequencerSet.slash for a member's
// whole stake (2^256 − 1), fresh for each caller.
func SlashAll() *big.Int {
	return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
}

// ErrNegativeAmount is returned for a negative or nil wei amount.
var ErrNegativeAmount = errors.New("amount must be a non-negative 256-bit integer")

// SequencerInfo is what SequencerSet stores about one member.
type SequencerInfo struct {
	Address      common.Address
	Status       SequencerStatus
	Stake        *big.Int
	ExitAt       uint64 // when unbonding started (Exiting only)
	ConsensusKey []byte
	Endpoint     string
}

// SlashEvent is one SequencerSet.Slashed event.
type SlashEvent struct {
	Sequencer     common.Address
	Prover        common.Address
	FaultContract common.Address
	Amount        *big.Int
	Reward        *big.Int
	Burned        *big.Int
	Block         uint64
	TxHash        common.Hash
}

// ExitEvent is one SequencerSet.ExitStarted event: a voluntary exit or an
// ejection (a slash that left the stake below minBond).
type ExitEvent struct {
	Sequencer      common.Address
	WithdrawableAt uint64
	Ejected        bool
	Block          uint64
	TxHash         common.Hash
}

// Registration is one SequencerSet.Registered event.
type Registration struct {
	Sequencer    common.Address
	Stake        *big.Int
	ConsensusKey []byte
	Endpoint     string
	FromEpoch    uint64 // first epoch of its schedule
	Block        uint64
	TxHash       common.Hash
}

// SequencerSetParams are SequencerSet's constructor arguments.
type SequencerSetParams struct {
	MinBond            *big.Int
	UnbondingPeriod    uint64 // seconds; must exceed one epoch (SlotDuration × EpochLength)
	SlashRewardPercent uint8
	GenesisTime        uint64 // start of slot 0; 0 = the deployment block's time
	SlotDuration       uint64 // seconds per slot
	LeaderWindow       uint64 // < SlotDuration; 0 = no exclusive window
	EpochLength        uint64 // slots per epoch
	MaxStrikes         uint8  // consecutive missed slots that jail; 0 = never jail
}

// EpochMember is one member of an epoch's schedule (SequencerSet.epochSet).
type EpochMember struct {
	Addr         common.Address
	Stake        *big.Int // its weight in that epoch
	ConsensusKey []byte
	Endpoint     string
}

// Standing is a member's place in the schedule (SequencerSet.standing).
type Standing struct {
	FromEpoch  uint64 // first epoch in the schedule
	UntilEpoch uint64 // first epoch out of it; NeverEpoch while not exiting
	Strikes    uint8  // consecutive missed slots
	Jailed     bool
	JailedFrom uint64 // epoch it was jailed in (Jailed only)
}

// SequencerSet's loop bounds (MAX_SEQUENCERS, MAX_PENALTY_SLOTS; checked
// against the contract by TestLeaderOfMatchesGo).
const (
	MaxSequencers   = 32 // members listed at once
	MaxPenaltySlots = 32 // slots whose leaders one forced batch penalises
)

// NeverEpoch is Standing.UntilEpoch of a member that has not exited.
const NeverEpoch = 1<<32 - 1

// StrikeEvent is one SequencerSet.Struck event: Sequencer led Slot and
// someone else had to post after its leader window.
type StrikeEvent struct {
	Sequencer common.Address
	Slot      uint64
	Strikes   uint8
	Block     uint64
	TxHash    common.Hash
}

// JailEvent is one SequencerSet.Jailed event.
type JailEvent struct {
	Sequencer common.Address
	Epoch     uint64
	Block     uint64
	TxHash    common.Hash
}

// SequencerSet is a typed client for SequencerSet.sol.
type SequencerSet struct {
	bound
	b *bindings.SequencerSet
}

// NewSequencerSet returns a client for the SequencerSet at addr. tx may be nil
// for a read-only client.
func NewSequencerSet(addr common.Address, backend Backend, tx Transactor) *SequencerSet {
	b := bindings.NewSequencerSet()
	a := b.GetABI()
	return &SequencerSet{bound: bound{name: "SequencerSet", addr: addr, abi: &a, backend: backend, tx: tx}, b: b}
}

// DeploySequencerSet deploys a new SequencerSet; the sender becomes the
// deployer, the only account that may call Initialize.
func DeploySequencerSet(ctx context.Context, tx Transactor, p SequencerSetParams) (common.Address, *types.Receipt, error) {
	if !validAmount(p.MinBond) {
		return common.Address{}, nil, fmt.Errorf("deploy SequencerSet: minBond: %w", ErrNegativeAmount)
	}
	b := bindings.NewSequencerSet()
	// minBond is checked above: the constructor arguments cannot fail to pack.
	code := append(common.FromHex(bindings.SequencerSetMetaData.Bin), b.PackConstructor(bindings.SequencerSetParams{
		MinBond: p.MinBond, UnbondingPeriod: p.UnbondingPeriod, SlashRewardPercent: p.SlashRewardPercent,
		GenesisTime: p.GenesisTime, SlotDuration: p.SlotDuration, LeaderWindow: p.LeaderWindow,
		EpochLength: p.EpochLength, MaxStrikes: p.MaxStrikes,
	})...)
	return deploy(ctx, tx, "SequencerSet", code)
}

// Address returns the contract address.
func (c *SequencerSet) Address() common.Address { return c.addr }

// Initialize fixes the fault contracts allowed to slash (deployer only, once).
func (c *SequencerSet) Initialize(ctx context.Context, faultContracts []common.Address) (*types.Receipt, error) {
	rcpt, err := c.transact(ctx, c.b.PackInitialize(faultContracts), nil)
	if err != nil {
		return nil, fmt.Errorf("initialize: %w", err)
	}
	return rcpt, nil
}

// Register joins the set with bond wei; the sender's address is the member's L1 key.
func (c *SequencerSet) Register(ctx context.Context, bond *big.Int, consensusKey []byte, endpoint string) (*types.Receipt, error) {
	if !validAmount(bond) {
		return nil, fmt.Errorf("register: bond: %w", ErrNegativeAmount)
	}
	rcpt, err := c.transact(ctx, c.b.PackRegister(consensusKey, endpoint), bond)
	if err != nil {
		return nil, fmt.Errorf("register: %w", err)
	}
	return rcpt, nil
}

// IncreaseBond adds amount wei to the sender's (active) bond.
func (c *SequencerSet) IncreaseBond(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	if !validAmount(amount) {
		return nil, fmt.Errorf("increase bond: %w", ErrNegativeAmount)
	}
	rcpt, err := c.transact(ctx, c.b.PackIncreaseBond(), amount)
	if err != nil {
		return nil, fmt.Errorf("increase bond: %w", err)
	}
	return rcpt, nil
}

// Exit leaves the set; the bond can be withdrawn after the unbonding period.
func (c *SequencerSet) Exit(ctx context.Context) (*types.Receipt, error) {
	rcpt, err := c.transact(ctx, c.b.PackExit(), nil)
	if err != nil {
		return nil, fmt.Errorf("exit: %w", err)
	}
	return rcpt, nil
}

// Withdraw takes the remaining bond back after the unbonding period.
func (c *SequencerSet) Withdraw(ctx context.Context) (*types.Receipt, error) {
	rcpt, err := c.transact(ctx, c.b.PackWithdraw(), nil)
	if err != nil {
		return nil, fmt.Errorf("withdraw: %w", err)
	}
	return rcpt, nil
}

// Unjail asks to come back into the schedule after a jail (from the epoch
// after the jailing; effective at the next epoch boundary).
func (c *SequencerSet) Unjail(ctx context.Context) (*types.Receipt, error) {
	rcpt, err := c.transact(ctx, c.b.PackUnjail(), nil)
	if err != nil {
		return nil, fmt.Errorf("unjail: %w", err)
	}
	return rcpt, nil
}

// NotePost is BatchInbox's per-post hook: the signers' weights, the quorum
// total and whether poster may post now, recording strikes (fault contracts
// only; exposed for tests that play the fault contract from an EOA).
func (c *SequencerSet) NotePost(ctx context.Context, poster common.Address, signers []common.Address) (*types.Receipt, error) {
	rcpt, err := c.transact(ctx, c.b.PackNotePost(poster, signers), nil)
	if err != nil {
		return nil, fmt.Errorf("note post: %w", err)
	}
	return rcpt, nil
}

// Slash takes up to amount (SlashAll for everything) of seq's stake, crediting
// the reward to prover. Only allowlisted fault contracts may call it; the
// client exists for tests and for fault contracts operated from an EOA in
// development setups.
func (c *SequencerSet) Slash(ctx context.Context, seq, prover common.Address, amount *big.Int) (*types.Receipt, error) {
	if !validAmount(amount) {
		return nil, fmt.Errorf("slash: %w", ErrNegativeAmount)
	}
	rcpt, err := c.transact(ctx, c.b.PackSlash(seq, prover, amount), nil)
	if err != nil {
		return nil, fmt.Errorf("slash: %w", err)
	}
	return rcpt, nil
}

// ClaimCredit pays the sender's accumulated slash rewards.
func (c *SequencerSet) ClaimCredit(ctx context.Context) (*types.Receipt, error) {
	rcpt, err := c.transact(ctx, c.b.PackClaimCredit(), nil)
	if err != nil {
		return nil, fmt.Errorf("claim credit: %w", err)
	}
	return rcpt, nil
}

// MinBond returns the smallest bond (and the least an active member holds).
func (c *SequencerSet) MinBond(ctx context.Context) (*big.Int, error) {
	return callBig(ctx, &c.bound, c.b.PackMinBond(), c.b.UnpackMinBond)
}

// UnbondingPeriod returns the exit delay in seconds.
func (c *SequencerSet) UnbondingPeriod(ctx context.Context) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackUnbondingPeriod(), c.b.UnpackUnbondingPeriod)
}

// SlashRewardPercent returns the prover's share of a slash.
func (c *SequencerSet) SlashRewardPercent(ctx context.Context) (uint8, error) {
	return callValue(ctx, &c.bound, c.b.PackSlashRewardPercent(), c.b.UnpackSlashRewardPercent)
}

// Deployer returns the account allowed to initialize.
func (c *SequencerSet) Deployer(ctx context.Context) (common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackDeployer(), c.b.UnpackDeployer)
}

// Initialized reports whether the fault-contract allowlist is fixed.
func (c *SequencerSet) Initialized(ctx context.Context) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackInitialized(), c.b.UnpackInitialized)
}

// IsFaultContract reports whether addr may slash.
func (c *SequencerSet) IsFaultContract(ctx context.Context, addr common.Address) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackIsFaultContract(addr), c.b.UnpackIsFaultContract)
}

// FaultContracts returns the allowlist.
func (c *SequencerSet) FaultContracts(ctx context.Context) ([]common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackFaultContracts(), c.b.UnpackFaultContracts)
}

// IsActive reports whether seq is in the active set.
func (c *SequencerSet) IsActive(ctx context.Context, seq common.Address) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackIsActive(seq), c.b.UnpackIsActive)
}

// ConsensusKeyHolder returns the member holding consensusKey (zero if
// none): a key is held from registration until the member withdraws.
func (c *SequencerSet) ConsensusKeyHolder(ctx context.Context, consensusKey []byte) (common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackConsensusKeyHolder(crypto.Keccak256Hash(consensusKey)), c.b.UnpackConsensusKeyHolder)
}

// StakeOf returns seq's slashable bond (active or unbonding).
func (c *SequencerSet) StakeOf(ctx context.Context, seq common.Address) (*big.Int, error) {
	return callBig(ctx, &c.bound, c.b.PackStakeOf(seq), c.b.UnpackStakeOf)
}

// TotalActiveStake returns the sum of the active members' stakes.
func (c *SequencerSet) TotalActiveStake(ctx context.Context) (*big.Int, error) {
	return callBig(ctx, &c.bound, c.b.PackTotalActiveStake(), c.b.UnpackTotalActiveStake)
}

// TotalBurned returns the slashed ETH locked for good.
func (c *SequencerSet) TotalBurned(ctx context.Context) (*big.Int, error) {
	return callBig(ctx, &c.bound, c.b.PackTotalBurned(), c.b.UnpackTotalBurned)
}

// Credit returns account's withdrawable slash rewards.
func (c *SequencerSet) Credit(ctx context.Context, account common.Address) (*big.Int, error) {
	return callBig(ctx, &c.bound, c.b.PackCredit(account), c.b.UnpackCredit)
}

// ActiveSequencers returns the current schedule's members, sorted by address.
func (c *SequencerSet) ActiveSequencers(ctx context.Context) ([]common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackActiveSequencers(), c.b.UnpackActiveSequencers)
}

// ActiveCount returns the number of members in the current schedule.
func (c *SequencerSet) ActiveCount(ctx context.Context) (uint64, error) {
	n, err := callBig(ctx, &c.bound, c.b.PackActiveCount(), c.b.UnpackActiveCount)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// ScheduleParams reads the schedule's parameters, the Go twin's input
// (schedule.Params with Contract = this SequencerSet).
func (c *SequencerSet) ScheduleParams(ctx context.Context) (schedule.Params, error) {
	p := schedule.Params{Contract: c.addr}
	var err error
	if p.GenesisTime, err = callValue(ctx, &c.bound, c.b.PackGenesisTime(), c.b.UnpackGenesisTime); err != nil {
		return p, err
	}
	if p.SlotDuration, err = callValue(ctx, &c.bound, c.b.PackSlotDuration(), c.b.UnpackSlotDuration); err != nil {
		return p, err
	}
	if p.LeaderWindow, err = callValue(ctx, &c.bound, c.b.PackLeaderWindow(), c.b.UnpackLeaderWindow); err != nil {
		return p, err
	}
	if p.EpochLength, err = callValue(ctx, &c.bound, c.b.PackEpochLength(), c.b.UnpackEpochLength); err != nil {
		return p, err
	}
	return p, nil
}

// MaxStrikes returns the consecutive missed slots that jail (0: never).
func (c *SequencerSet) MaxStrikes(ctx context.Context) (uint8, error) {
	return callValue(ctx, &c.bound, c.b.PackMaxStrikes(), c.b.UnpackMaxStrikes)
}

// SlotAt returns the slot containing L1 time t.
func (c *SequencerSet) SlotAt(ctx context.Context, t uint64) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackSlotAt(t), c.b.UnpackSlotAt)
}

// CurrentSlot returns the slot of the latest block.
func (c *SequencerSet) CurrentSlot(ctx context.Context) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackCurrentSlot(), c.b.UnpackCurrentSlot)
}

// CurrentEpoch returns the epoch of the latest block.
func (c *SequencerSet) CurrentEpoch(ctx context.Context) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackCurrentEpoch(), c.b.UnpackCurrentEpoch)
}

// LeaderOf returns the leader of slot (zero if its epoch's schedule is empty).
func (c *SequencerSet) LeaderOf(ctx context.Context, slot uint64) (common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackLeaderOf(slot), c.b.UnpackLeaderOf)
}

// DrawLeader runs the contract's draw on a given member list (sorted by
// address, strictly ascending) in domain `domain`: the differential test of
// schedule.Params.Leader.
func (c *SequencerSet) DrawLeader(ctx context.Context, domain common.Address, members []schedule.Member, slot uint64) (common.Address, error) {
	addrs := make([]common.Address, len(members))
	weights := make([]*big.Int, len(members))
	for i, m := range members {
		addrs[i], weights[i] = m.Addr, m.Stake
	}
	data, err := c.b.TryPackDrawLeader(domain, addrs, weights, slot)
	if err != nil {
		return common.Address{}, fmt.Errorf("pack drawLeader: %w", err)
	}
	return callValue(ctx, &c.bound, data, c.b.UnpackDrawLeader)
}

// LeadersOfSlots returns the distinct leaders of slots from … to (at most
// the first MAX_PENALTY_SLOTS): whom a forced batch penalises.
func (c *SequencerSet) LeadersOfSlots(ctx context.Context, from, to uint64) ([]common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackLeadersOfSlots(from, to), c.b.UnpackLeadersOfSlots)
}

// EpochSet returns epoch's schedule, sorted by address, with each member's
// weight, consensus key and endpoint: the CometBFT validator set.
func (c *SequencerSet) EpochSet(ctx context.Context, epoch uint64) ([]EpochMember, error) {
	o, err := callValue(ctx, &c.bound, c.b.PackEpochSet(epoch), c.b.UnpackEpochSet)
	if err != nil {
		return nil, err
	}
	if len(o.Stakes) != len(o.Addrs) || len(o.ConsensusKeys) != len(o.Addrs) || len(o.Endpoints) != len(o.Addrs) {
		return nil, fmt.Errorf("decode SequencerSet.epochSet: lengths %d/%d/%d/%d differ", len(o.Addrs), len(o.Stakes), len(o.ConsensusKeys), len(o.Endpoints))
	}
	out := make([]EpochMember, len(o.Addrs))
	for i := range o.Addrs {
		out[i] = EpochMember{Addr: o.Addrs[i], Stake: o.Stakes[i], ConsensusKey: o.ConsensusKeys[i], Endpoint: o.Endpoints[i]}
	}
	return out, nil
}

// ScheduleMembers converts an epoch set into the schedule's input.
func ScheduleMembers(set []EpochMember) []schedule.Member {
	out := make([]schedule.Member, len(set))
	for i, m := range set {
		out[i] = schedule.Member{Addr: m.Addr, Stake: m.Stake}
	}
	return out
}

// Standing returns seq's place in the schedule, strikes and jail.
func (c *SequencerSet) Standing(ctx context.Context, seq common.Address) (Standing, error) {
	o, err := callValue(ctx, &c.bound, c.b.PackStanding(seq), c.b.UnpackStanding)
	if err != nil {
		return Standing{}, err
	}
	return Standing{FromEpoch: o.FromEpoch, UntilEpoch: o.UntilEpoch, Strikes: o.Strikes, Jailed: o.Jailed, JailedFrom: o.JailedFrom}, nil
}

// Strikes returns the Struck events in blocks [from, to] (to nil = latest).
func (c *SequencerSet) Strikes(ctx context.Context, from uint64, to *big.Int) ([]*StrikeEvent, error) {
	return events(ctx, &c.bound, "Struck", from, to, func(l *types.Log) (*StrikeEvent, error) {
		ev, err := c.b.UnpackStruckEvent(l)
		if err != nil {
			return nil, fmt.Errorf("decode SequencerSet.Struck in tx %s: %w", l.TxHash, err)
		}
		return &StrikeEvent{Sequencer: ev.Sequencer, Slot: ev.Slot, Strikes: ev.Strikes, Block: l.BlockNumber, TxHash: l.TxHash}, nil
	})
}

// Jails returns the Jailed events in blocks [from, to] (to nil = latest).
func (c *SequencerSet) Jails(ctx context.Context, from uint64, to *big.Int) ([]*JailEvent, error) {
	return events(ctx, &c.bound, "Jailed", from, to, func(l *types.Log) (*JailEvent, error) {
		ev, err := c.b.UnpackJailedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("decode SequencerSet.Jailed in tx %s: %w", l.TxHash, err)
		}
		return &JailEvent{Sequencer: ev.Sequencer, Epoch: ev.Epoch, Block: l.BlockNumber, TxHash: l.TxHash}, nil
	})
}

// CanPost reports whether poster may post a batch at L1 time timestamp.
func (c *SequencerSet) CanPost(ctx context.Context, poster common.Address, timestamp uint64) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackCanPost(poster, new(big.Int).SetUint64(timestamp)), c.b.UnpackCanPost)
}

// WithdrawableAt returns when an exiting member may withdraw (0 if not exiting).
func (c *SequencerSet) WithdrawableAt(ctx context.Context, seq common.Address) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackWithdrawableAt(seq), c.b.UnpackWithdrawableAt)
}

// Sequencer returns everything stored about seq.
func (c *SequencerSet) Sequencer(ctx context.Context, seq common.Address) (*SequencerInfo, error) {
	out, err := c.call(ctx, c.b.PackSequencer(seq))
	if err != nil {
		return nil, err
	}
	s, err := c.b.UnpackSequencer(out)
	if err != nil {
		return nil, fmt.Errorf("decode SequencerSet.sequencer: %w", err)
	}
	return &SequencerInfo{Address: seq, Status: SequencerStatus(s.Status), Stake: s.Stake, ExitAt: s.ExitAt, ConsensusKey: s.ConsensusKey, Endpoint: s.Endpoint}, nil
}

// Slashes returns the Slashed events in blocks [from, to] (to nil = latest).
func (c *SequencerSet) Slashes(ctx context.Context, from uint64, to *big.Int) ([]*SlashEvent, error) {
	return events(ctx, &c.bound, "Slashed", from, to, c.decodeSlash)
}

// SlashesInReceipt returns the Slashed events a transaction emitted (a
// fault contract's call slashes through this contract).
func (c *SequencerSet) SlashesInReceipt(rcpt *types.Receipt) ([]*SlashEvent, error) {
	return receiptEvents(&c.bound, rcpt, "Slashed", c.decodeSlash)
}

// Exits returns the ExitStarted events in blocks [from, to] (to nil = latest).
func (c *SequencerSet) Exits(ctx context.Context, from uint64, to *big.Int) ([]*ExitEvent, error) {
	return events(ctx, &c.bound, "ExitStarted", from, to, func(l *types.Log) (*ExitEvent, error) {
		ev, err := c.b.UnpackExitStartedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("decode SequencerSet.ExitStarted in tx %s: %w", l.TxHash, err)
		}
		return &ExitEvent{Sequencer: ev.Sequencer, WithdrawableAt: ev.WithdrawableAt, Ejected: ev.Ejected, Block: l.BlockNumber, TxHash: l.TxHash}, nil
	})
}

// Registrations returns the Registered events in blocks [from, to] (to nil = latest).
func (c *SequencerSet) Registrations(ctx context.Context, from uint64, to *big.Int) ([]*Registration, error) {
	return events(ctx, &c.bound, "Registered", from, to, func(l *types.Log) (*Registration, error) {
		ev, err := c.b.UnpackRegisteredEvent(l)
		if err != nil {
			return nil, fmt.Errorf("decode SequencerSet.Registered in tx %s: %w", l.TxHash, err)
		}
		return &Registration{Sequencer: ev.Sequencer, Stake: ev.Stake, ConsensusKey: ev.ConsensusKey, Endpoint: ev.Endpoint, FromEpoch: ev.FromEpoch, Block: l.BlockNumber, TxHash: l.TxHash}, nil
	})
}

func (c *SequencerSet) decodeSlash(l *types.Log) (*SlashEvent, error) {
	ev, err := c.b.UnpackSlashedEvent(l)
	if err != nil {
		return nil, fmt.Errorf("decode SequencerSet.Slashed in tx %s: %w", l.TxHash, err)
	}
	return &SlashEvent{
		Sequencer: ev.Sequencer, Prover: ev.Prover, FaultContract: ev.FaultContract,
		Amount: ev.Amount, Reward: ev.Reward, Burned: ev.Burned,
		Block: l.BlockNumber, TxHash: l.TxHash,
	}, nil
}

// callValue runs a view call and decodes its single result.
func callValue[T any](ctx context.Context, b *bound, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := b.call(ctx, data)
	if err != nil {
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("decode %s result: %w", b.name, err)
	}
	return v, nil
}

// callBig is callValue for uint256 results, never returning a nil *big.Int
// together with a nil error.
func callBig(ctx context.Context, b *bound, data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
	v, err := callValue(ctx, b, data, unpack)
	if err == nil && v == nil {
		return nil, fmt.Errorf("decode %s result: empty", b.name)
	}
	return v, err
}

func validAmount(x *big.Int) bool {
	return x != nil && x.Sign() >= 0 && x.BitLen() <= 256
}
