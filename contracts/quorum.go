package contracts

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
)

// PowerUnit is the stake one unit of voting power stands for: one gwei.
// Both sides of the certificate rule count in it (PROTOCOL §4.3): BatchInbox
// weighs signers by ⌊weight / 1 gwei⌋ and the BFT sequencer gives CometBFT
// the same integers as voting powers, so a certificate the consensus chain
// accepts is one L1 accepts. Counting wei on one side and gwei on the other
// let members' sub-gwei remainders tip L1's total past the signatures a
// valid certificate carried: the poster then waited forever.
const PowerUnit = 1_000_000_000

// maxPower bounds one member's power: CometBFT refuses a validator set
// whose total exceeds MaxInt64/8.
const maxPower = math.MaxInt64 / 8

// StakePower is the voting power of a schedule weight (stake in wei):
// ⌊weight / PowerUnit⌋. It fails for a weight below one unit (no power, so
// CometBFT could not seat the member) or above CometBFT's bound.
func StakePower(weight *big.Int) (int64, error) {
	if weight == nil || weight.Sign() <= 0 {
		return 0, fmt.Errorf("weight %v gives no voting power", weight)
	}
	p := new(big.Int).Quo(weight, big.NewInt(PowerUnit))
	if p.Sign() == 0 || !p.IsInt64() || p.Int64() > maxPower {
		return 0, fmt.Errorf("weight %s wei gives no usable voting power (⌊w / 1 gwei⌋ must be in [1, %d])", weight, int64(maxPower))
	}
	return p.Int64(), nil
}

// Quorum is the certificate rule over voting powers, BatchInbox's
// _checkQuorum exactly: signed > 0 and 3·signed ≥ 2·total (exactly two
// thirds passes). The products are taken in 128 bits, so no sum of int64
// powers overflows them.
func Quorum(signed, total uint64) bool {
	if signed == 0 {
		return false
	}
	sh, sl := bits.Mul64(signed, 3)
	th, tl := bits.Mul64(total, 2)
	return sh > th || (sh == th && sl >= tl)
}

// PowerQuorum applies Quorum to schedule weights in wei the way BatchInbox
// does: each weight is turned into power first (⌊w / 1 gwei⌋, no error for
// a sub-gwei weight: it just adds nothing), then summed. It returns the two
// sums and whether they make a quorum.
func PowerQuorum(signerWeights, memberWeights []*big.Int) (signed, total *big.Int, ok bool) {
	unit := big.NewInt(PowerUnit)
	sum := func(ws []*big.Int) *big.Int {
		s, q := new(big.Int), new(big.Int)
		for _, w := range ws {
			s.Add(s, q.Quo(w, unit))
		}
		return s
	}
	signed, total = sum(signerWeights), sum(memberWeights)
	three, two := new(big.Int).Mul(signed, big.NewInt(3)), new(big.Int).Mul(total, big.NewInt(2))
	return signed, total, signed.Sign() > 0 && three.Cmp(two) >= 0
}
