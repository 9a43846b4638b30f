package replay

import "github.com/holiman/uint256"

// TransferGas is the gas every valid transaction pays for: the fee is
// TransferGas × effective gas price whatever the transaction's gas limit (the
// limit only has to be at least TransferGas; it is a cap, not a charge).
const TransferGas = 21000

// Rules are the chain constants the state transition function depends on.
type Rules struct {
	ChainID uint64
	BaseFee uint256.Int
}

// NewRules returns the rules for a chain id and base fee.
func NewRules(chainID uint64, baseFee *uint256.Int) *Rules {
	r := &Rules{ChainID: chainID}
	r.BaseFee.Set(baseFee)
	return r
}

// Rules returns the state transition rules of the genesis. Call Validate first.
func (g *Genesis) Rules() *Rules {
	return NewRules(g.ChainID, g.BaseFeeU256())
}
