package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"

	"github.com/etherscale/etherscale/replay"
)

// Validation errors. Validate wraps them with the name of the offending field
// (for example "config: da.threshold: must be at least da.k").
var (
	ErrZero      = errors.New("must be non-zero")
	ErrRange     = errors.New("out of range")
	ErrTooShort  = errors.New("too short")
	ErrSameChain = errors.New("L2 chain id must differ from the L1 chain id")
)

// Config is the rollup configuration: every protocol parameter that the
// contracts, the sequencers, the DA committee and the watchers must agree on.
// `etherscale deploy` writes it, together with the contract addresses, into
// the deployment file that every other command reads.
type Config struct {
	// L1ChainID is the chain the contracts live on. 0 means "whatever the
	// L1 node reports" until deploy fills it in.
	L1ChainID uint64 `json:"l1ChainId"`

	// Genesis is the L2 chain: chain id, base fee and the initial accounts.
	Genesis replay.Genesis `json:"genesis"`

	// Batches.
	MaxBatchBytes uint64 `json:"maxBatchBytes"` // batch data (RLP list of raw txs) size cap
	MaxBatchTxs   uint64 `json:"maxBatchTxs"`
	MaxTxBytes    uint64 `json:"maxTxBytes"` // one raw L2 transaction, also the forced-tx cap

	// Inbox and censorship resistance.
	InclusionWindow Duration `json:"inclusionWindow"` // an inbox entry older than this is overdue
	ForceGrace      Duration `json:"forceGrace"`      // overdue by more than this: anyone may post a forced batch

	// Sequencer set and leader schedule.
	SlotDuration    Duration `json:"slotDuration"`
	LeaderWindow    Duration `json:"leaderWindow"` // first part of a slot in which only its leader may post
	EpochLength     uint64   `json:"epochLength"`  // slots per epoch; set changes apply at epoch boundaries
	MaxStrikes      uint64   `json:"maxStrikes"`   // missed slots before a sequencer is jailed
	MinBond         Wei      `json:"minBond"`
	UnbondingPeriod Duration `json:"unbondingPeriod"` // must outlast any dispute
	SlashRewardPct  uint64   `json:"slashRewardPercent"`

	// Data availability.
	DA DAConfig `json:"da"`

	// Dispute games.
	ClaimTimeout Duration `json:"claimTimeout"` // counter window of every claim
	MaxGameDepth uint64   `json:"maxGameDepth"` // 2^maxGameDepth bounds the steps one game can cover
	BondsByDepth []Wei    `json:"bondsByDepth"` // bond of a claim at depth d; the last entry repeats
	AnchorAirgap Duration `json:"anchorAirgap"` // delay between a DEFENDER_WINS and the anchor moving
	// ReferenceGasPrice is the L1 gas price (wei) the bonds are sized
	// against: every bond must pay for at least twice the honest side's gas
	// to defeat the claim it backs (HonestCounterGas) at this price.
	ReferenceGasPrice Wei `json:"referenceGasPrice"`
}

// HonestCounterGas bounds the L1 gas the honest side spends to defeat one
// wrong claim and collect its bond, from the measured gas of the dispute
// game (docs/BENCHMARKS.md, "Dispute game"): the counter — a move (114,366,
// plus ≈ 22,100 when the parent's child list needs a fresh word) or a step
// (≤ 118,322) —, the resolution of the wrong claim and of its own (50,788
// each with one child) and the credit claim (89,235 for four claims, an
// over-estimate of one claim's share): 327,277 measured, rounded up.
// TestGameStackForcedTx measures the sum and fails if it exceeds this.
const HonestCounterGas = 350_000

// MinClaimBond returns the least claim bond the config allows at any depth: twice
// HonestCounterGas at ReferenceGasPrice. Below it, an attacker who spams
// wrong claims drains the watchers that answer them even though every one
// of its claims loses: the bond won would not pay for the gas.
func (c *Config) MinClaimBond() *big.Int {
	b := new(big.Int).SetUint64(2 * HonestCounterGas)
	return b.Mul(b, c.ReferenceGasPrice.Big())
}

// DAConfig holds the data-availability committee parameters.
type DAConfig struct {
	K               uint64   `json:"k"`         // data chunks: any K reconstruct
	N               uint64   `json:"n"`         // total chunks = committee size
	Threshold       uint64   `json:"threshold"` // attestations a certificate needs (≥ K + f)
	MemberBond      Wei      `json:"memberBond"`
	ChallengeBond   Wei      `json:"challengeBond"`
	ChallengeWindow Duration `json:"challengeWindow"`
	ResolveWindow   Duration `json:"resolveWindow"`
}

// BondAt returns the bond required for a claim at depth d.
func (c *Config) BondAt(depth uint64) *big.Int {
	if len(c.BondsByDepth) == 0 {
		return new(big.Int)
	}
	if depth >= uint64(len(c.BondsByDepth)) {
		depth = uint64(len(c.BondsByDepth)) - 1
	}
	return c.BondsByDepth[depth].Big()
}

// MaxDisputeDuration is the longest a dispute can take: the DA challenge
// period that must pass before claims are allowed, then a full counter window
// for every level of the deepest game plus the root.
func (c *Config) MaxDisputeDuration() Duration {
	return c.DA.ChallengeWindow + c.DA.ResolveWindow + Duration(c.MaxGameDepth+1)*c.ClaimTimeout
}

// EpochDuration is the length of one epoch of the leader schedule:
// epochLength slots of slotDuration.
func (c *Config) EpochDuration() Duration {
	return Duration(c.EpochLength) * c.SlotDuration
}

// Validate rejects configurations the protocol cannot run with. Each error
// names the field at fault.
func (c *Config) Validate() error {
	if err := c.Genesis.Validate(); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if c.L1ChainID != 0 && c.L1ChainID == c.Genesis.ChainID {
		return fieldErr("genesis.chainId", ErrSameChain)
	}
	positive := []struct {
		name string
		v    uint64
	}{
		{"maxBatchBytes", c.MaxBatchBytes},
		{"maxBatchTxs", c.MaxBatchTxs},
		{"maxTxBytes", c.MaxTxBytes},
		{"inclusionWindow", uint64(c.InclusionWindow)},
		{"forceGrace", uint64(c.ForceGrace)},
		{"slotDuration", uint64(c.SlotDuration)},
		{"leaderWindow", uint64(c.LeaderWindow)},
		{"epochLength", c.EpochLength},
		{"maxStrikes", c.MaxStrikes},
		{"unbondingPeriod", uint64(c.UnbondingPeriod)},
		{"da.k", c.DA.K},
		{"da.n", c.DA.N},
		{"da.threshold", c.DA.Threshold},
		{"da.challengeWindow", uint64(c.DA.ChallengeWindow)},
		{"da.resolveWindow", uint64(c.DA.ResolveWindow)},
		{"claimTimeout", uint64(c.ClaimTimeout)},
		{"maxGameDepth", c.MaxGameDepth},
		{"anchorAirgap", uint64(c.AnchorAirgap)},
	}
	for _, p := range positive {
		if p.v == 0 {
			return fieldErr(p.name, ErrZero)
		}
	}
	if c.MaxTxBytes > c.MaxBatchBytes {
		return fieldErr("maxTxBytes", fmt.Errorf("%w: %d exceeds maxBatchBytes %d", ErrRange, c.MaxTxBytes, c.MaxBatchBytes))
	}
	// A batch is posted (calldata mode), proven malformed, and answered in
	// a DA challenge (DAChallenge.resolve) by one L1 transaction that
	// carries its whole data: all three must pass geth's pool and the gas
	// cap with a margin, or a malformed batch could never be voided and an
	// honest, available certificate batch could be challenged and never
	// answered — voided with every signer and attester slashed (PROTOCOL.md
	// §4.7.1, §6.8.7).
	if c.MaxBatchBytes > MaxBatchBytesBound {
		return fieldErr("maxBatchBytes", fmt.Errorf("%w: %d exceeds %d (geth's %d-byte transaction-pool limit less %d for the header, signatures and ABI framing), so a postBatch, proveMalformed or resolve transaction carrying the data could not be relayed", ErrRange, c.MaxBatchBytes, MaxBatchBytesBound, L1TxPoolMaxBytes, BatchTxReserve))
	}
	if g := WorstCaseProofGas(c.MaxBatchTxs, c.MaxBatchBytes); g > ProofGasBudget {
		return fieldErr("maxBatchTxs", fmt.Errorf("%w: proving the dearest malformed batch (%d items, %d bytes) costs up to %d gas, above %d (half the %d transaction gas cap)", ErrRange, c.MaxBatchTxs, c.MaxBatchBytes, g, ProofGasBudget, L1TxGasCap))
	}
	if g := ResolveGasBound(c.MaxBatchBytes); g > L1TxGasCap-resolveGasMargin {
		return fieldErr("maxBatchBytes", fmt.Errorf("%w: resolving a %d-byte batch may cost %d gas, above %d (the 2^24 transaction gas cap less a 1/8 margin)", ErrRange, c.MaxBatchBytes, g, L1TxGasCap-resolveGasMargin))
	}
	// The forced-tx size cap is a uint32 in the Inbox contract.
	if c.MaxTxBytes > 1<<32-1 {
		return fieldErr("maxTxBytes", fmt.Errorf("%w: must fit in 32 bits", ErrRange))
	}
	if c.LeaderWindow >= c.SlotDuration {
		return fieldErr("leaderWindow", fmt.Errorf("%w: must be shorter than slotDuration (%s)", ErrRange, c.SlotDuration))
	}
	// SequencerSet stores strikes in 8 bits and epochs in 32; an epoch must
	// last less than the unbonding period (checked below).
	if c.MaxStrikes > 255 {
		return fieldErr("maxStrikes", fmt.Errorf("%w: %d is more than 255", ErrRange, c.MaxStrikes))
	}
	if c.EpochLength > math.MaxUint64/uint64(c.SlotDuration) {
		return fieldErr("epochLength", fmt.Errorf("%w: epochLength × slotDuration overflows", ErrRange))
	}
	if c.MinBond.Sign() == 0 {
		return fieldErr("minBond", ErrZero)
	}
	// A BFT validator's voting power is its stake in whole gwei
	// (contracts.PowerUnit): a member bonded below 1 gwei could not be
	// seated, yet would count in BatchInbox's total.
	if c.MinBond.Big().Cmp(Gwei(1).Big()) < 0 {
		return fieldErr("minBond", fmt.Errorf("%w: %s wei is less than 1 gwei, the unit of voting power", ErrRange, c.MinBond))
	}
	if c.SlashRewardPct > 100 {
		return fieldErr("slashRewardPercent", fmt.Errorf("%w: %d is more than 100", ErrRange, c.SlashRewardPct))
	}
	if c.DA.K > c.DA.N {
		return fieldErr("da.k", fmt.Errorf("%w: k = %d exceeds n = %d", ErrRange, c.DA.K, c.DA.N))
	}
	// Reed–Solomon over GF(2^8) allows at most 256 shards.
	if c.DA.N > 256 {
		return fieldErr("da.n", fmt.Errorf("%w: at most 256 members", ErrRange))
	}
	if c.DA.Threshold < c.DA.K {
		return fieldErr("da.threshold", fmt.Errorf("%w: %d is below da.k = %d, so a certificate would not guarantee recoverable data", ErrRange, c.DA.Threshold, c.DA.K))
	}
	if c.DA.Threshold > c.DA.N {
		return fieldErr("da.threshold", fmt.Errorf("%w: %d exceeds da.n = %d", ErrRange, c.DA.Threshold, c.DA.N))
	}
	if c.DA.MemberBond.Sign() == 0 {
		return fieldErr("da.memberBond", ErrZero)
	}
	if c.DA.ChallengeBond.Sign() == 0 {
		return fieldErr("da.challengeBond", ErrZero)
	}
	if c.MaxGameDepth > 63 {
		return fieldErr("maxGameDepth", fmt.Errorf("%w: at most 63 (trace indices are uint64)", ErrRange))
	}
	if len(c.BondsByDepth) == 0 {
		return fieldErr("bondsByDepth", ErrZero)
	}
	if c.ReferenceGasPrice.Sign() == 0 {
		return fieldErr("referenceGasPrice", ErrZero)
	}
	least := c.MinClaimBond()
	for i, b := range c.BondsByDepth {
		if b.Sign() == 0 {
			return fieldErr(fmt.Sprintf("bondsByDepth[%d]", i), ErrZero)
		}
		if b.Big().Cmp(least) < 0 {
			return fieldErr(fmt.Sprintf("bondsByDepth[%d]", i), fmt.Errorf("%w: %s wei is below %s wei, twice the honest counter's %d gas at referenceGasPrice %s wei, so spam claims would drain the watchers that answer them",
				ErrRange, b.Big(), least, HonestCounterGas, c.ReferenceGasPrice.Big()))
		}
	}
	// A member that exits stays in the schedule, signing and posting, until
	// the next epoch boundary (up to one epoch), and a batch it signed in
	// its last slot can be disputed for MaxDisputeDuration after that.
	if d := c.MaxDisputeDuration() + c.EpochDuration(); c.UnbondingPeriod <= d {
		return fieldErr("unbondingPeriod", fmt.Errorf("%w: %s must exceed one epoch plus the longest dispute, %s (epochLength × slotDuration + da windows + (maxGameDepth+1) × claimTimeout), or a faulty sequencer could exit before it is slashed", ErrTooShort, c.UnbondingPeriod, d))
	}
	return nil
}

func fieldErr(field string, err error) error {
	return fmt.Errorf("config: %s: %w", field, err)
}

// Decode reads a config from JSON, rejecting unknown fields, and validates it.
func Decode(data []byte) (*Config, error) {
	var c Config
	if err := decodeStrict(data, &c, ""); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// Load reads and validates a config file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	c, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// Encode renders the config as indented JSON.
func (c *Config) Encode() ([]byte, error) {
	out, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode config: %w", err)
	}
	return append(out, '\n'), nil
}
