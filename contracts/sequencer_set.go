package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts/bindings"
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
	Block        uint64
	TxHash       common.Hash
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
func DeploySequencerSet(ctx context.Context, tx Transactor, minBond *big.Int, unbondingPeriod uint64, slashRewardPercent uint8) (common.Address, *types.Receipt, error) {
	if !validAmount(minBond) {
		return common.Address{}, nil, fmt.Errorf("deploy SequencerSet: minBond: %w", ErrNegativeAmount)
	}
	b := bindings.NewSequencerSet()
	// minBond is checked above: the constructor arguments cannot fail to pack.
	code := append(common.FromHex(bindings.SequencerSetMetaData.Bin), b.PackConstructor(minBond, unbondingPeriod, slashRewardPercent)...)
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

// ActiveSequencers returns the active members (set order, not sorted).
func (c *SequencerSet) ActiveSequencers(ctx context.Context) ([]common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackActiveSequencers(), c.b.UnpackActiveSequencers)
}

// ActiveSince returns when seq joined the active set (0 if it is not active).
func (c *SequencerSet) ActiveSince(ctx context.Context, seq common.Address) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackActiveSince(seq), c.b.UnpackActiveSince)
}

// ActiveSequencersSince returns the active members already active at L1
// time t (activeSince ≤ t), in set order: those BatchInbox.postForcedBatch
// penalises, with t the time the oldest consumed entry became overdue.
func (c *SequencerSet) ActiveSequencersSince(ctx context.Context, t uint64) ([]common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackActiveSequencersSince(new(big.Int).SetUint64(t)), c.b.UnpackActiveSequencersSince)
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
		return &Registration{Sequencer: ev.Sequencer, Stake: ev.Stake, ConsensusKey: ev.ConsensusKey, Endpoint: ev.Endpoint, Block: l.BlockNumber, TxHash: l.TxHash}, nil
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
