package schedule

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SeedTag separates the leader seed from every other keccak256 the protocol
// computes: keccak256("EtherScale leader schedule"), SequencerSet.SEED_TAG.
var SeedTag = crypto.Keccak256Hash([]byte("EtherScale leader schedule"))

// Errors of Params.Validate.
var (
	ErrZeroSlotDuration = errors.New("schedule: slotDuration must be non-zero")
	ErrZeroEpochLength  = errors.New("schedule: epochLength must be non-zero")
	ErrLeaderWindow     = errors.New("schedule: leaderWindow must be shorter than slotDuration")
)

// Params are SequencerSet's schedule parameters (its immutables).
type Params struct {
	GenesisTime  uint64         // L1 time at which slot 0 starts
	SlotDuration uint64         // seconds per slot
	LeaderWindow uint64         // first seconds of a slot in which only its leader may post
	EpochLength  uint64         // slots per epoch
	Contract     common.Address // the SequencerSet: the seed's domain
}

// Validate checks what the contract's constructor checks about the schedule.
func (p Params) Validate() error {
	if p.SlotDuration == 0 {
		return ErrZeroSlotDuration
	}
	if p.EpochLength == 0 {
		return ErrZeroEpochLength
	}
	if p.LeaderWindow >= p.SlotDuration {
		return fmt.Errorf("%w: %d ≥ %d", ErrLeaderWindow, p.LeaderWindow, p.SlotDuration)
	}
	return nil
}

// Slot returns the slot containing L1 time t (slot 0 up to genesis).
func (p Params) Slot(t uint64) uint64 {
	if t <= p.GenesisTime || p.SlotDuration == 0 {
		return 0
	}
	return (t - p.GenesisTime) / p.SlotDuration
}

// Epoch returns the epoch of slot s.
func (p Params) Epoch(slot uint64) uint64 {
	if p.EpochLength == 0 {
		return 0
	}
	return slot / p.EpochLength
}

// SlotStart returns the L1 time at which slot s begins.
func (p Params) SlotStart(slot uint64) uint64 { return p.GenesisTime + slot*p.SlotDuration }

// EpochFirstSlot returns the first slot of epoch e.
func (p Params) EpochFirstSlot(epoch uint64) uint64 { return epoch * p.EpochLength }

// InLeaderWindow reports whether L1 time t falls in the leader window of its
// slot (only the leader may post then).
func (p Params) InLeaderWindow(t uint64) bool {
	start := p.SlotStart(p.Slot(t))
	return t < start || t-start < p.LeaderWindow
}

// Seed returns the leader seed of slot s.
func (p Params) Seed(slot uint64) common.Hash {
	var buf [96]byte
	copy(buf[:32], SeedTag[:])
	copy(buf[44:64], p.Contract[:])
	new(big.Int).SetUint64(slot).FillBytes(buf[64:96])
	return crypto.Keccak256Hash(buf[:])
}

// Member is one entry of an epoch's active set.
type Member struct {
	Addr  common.Address `json:"addr"`
	Stake *big.Int       `json:"stake"` // weight in the draw (nil or ≤ 0: not drawn)
}

// Leader returns the leader of slot s among members (zero address if no
// member has stake). members is not modified.
func (p Params) Leader(members []Member, slot uint64) common.Address {
	sorted := Sorted(members)
	total := new(big.Int)
	for _, m := range sorted {
		total.Add(total, m.Stake)
	}
	if total.Sign() == 0 {
		return common.Address{}
	}
	seed := p.Seed(slot)
	target := new(big.Int).Mod(new(big.Int).SetBytes(seed[:]), total)
	cum := new(big.Int)
	for _, m := range sorted {
		cum.Add(cum, m.Stake)
		if target.Cmp(cum) < 0 {
			return m.Addr
		}
	}
	panic("schedule: target below the total stake was not reached") // unreachable: target < total = cum at the end
}

// Sorted returns the members with positive stake, sorted by address
// ascending: the order of the draw. Duplicate addresses keep their first entry.
func Sorted(members []Member) []Member {
	out := make([]Member, 0, len(members))
	for _, m := range members {
		if m.Stake == nil || m.Stake.Sign() <= 0 {
			continue
		}
		out = append(out, m)
	}
	slices.SortStableFunc(out, func(a, b Member) int { return bytes.Compare(a.Addr[:], b.Addr[:]) })
	return slices.CompactFunc(out, func(a, b Member) bool { return a.Addr == b.Addr })
}
