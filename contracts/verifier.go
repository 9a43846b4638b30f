package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts/bindings"
)

// OneStepVerifier is a typed client for OneStepVerifier.sol, the on-chain
// twin of replay.VerifyStep.
type OneStepVerifier struct {
	bound
	b *bindings.OneStepVerifier
}

// NewOneStepVerifier returns a client for the OneStepVerifier at addr. tx may
// be nil: step is a view, so a read-only client can use everything except
// deployment.
func NewOneStepVerifier(addr common.Address, backend Backend, tx Transactor) *OneStepVerifier {
	b := bindings.NewOneStepVerifier()
	a := b.GetABI()
	return &OneStepVerifier{bound: bound{name: "OneStepVerifier", addr: addr, abi: &a, backend: backend, tx: tx}, b: b}
}

// DeployOneStepVerifier deploys a verifier for an L2 with the given chain id
// (non-zero) and base fee (the rules of replay.Rules).
func DeployOneStepVerifier(ctx context.Context, tx Transactor, chainID uint64, baseFee *big.Int) (common.Address, *types.Receipt, error) {
	if baseFee == nil || baseFee.Sign() < 0 || baseFee.BitLen() > 256 {
		return common.Address{}, nil, fmt.Errorf("deploy OneStepVerifier: base fee %v is not a uint256", baseFee)
	}
	b := bindings.NewOneStepVerifier()
	code := append(common.FromHex(bindings.OneStepVerifierMetaData.Bin), b.PackConstructor(chainID, baseFee)...)
	return deploy(ctx, tx, "OneStepVerifier", code)
}

// Address returns the contract address.
func (c *OneStepVerifier) Address() common.Address { return c.addr }

// StepCalldata returns the calldata of step(preRoot, element, witness), where
// elementABI and witnessABI are replay.EncodeElementABI and
// replay.EncodeWitnessABI output, passed through unchanged.
func (c *OneStepVerifier) StepCalldata(preRoot common.Hash, elementABI, witnessABI []byte) []byte {
	return c.b.PackStep(preRoot, elementABI, witnessABI)
}

// Step evaluates one step on chain (eth_call): the post-state root and the
// result code (0 applied, otherwise replay.ResultCode of why it was a no-op).
// A malformed element or witness is a revert, returned as an error wrapping
// *txmgr.RevertError whose reason names the custom error.
func (c *OneStepVerifier) Step(ctx context.Context, preRoot common.Hash, elementABI, witnessABI []byte) (postRoot common.Hash, code uint8, err error) {
	out, err := c.call(ctx, c.StepCalldata(preRoot, elementABI, witnessABI))
	if err != nil {
		return common.Hash{}, 0, err
	}
	res, err := c.b.UnpackStep(out)
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("decode OneStepVerifier.step: %w", err)
	}
	return res.PostRoot, res.Code, nil
}

// EstimateStepGas returns eth_estimateGas for a transaction from `from`
// calling step: the intrinsic 21000, the calldata charge (or the EIP-7623
// floor, whichever the chain's rules make binding) and execution. Use
// StepCalldata with CalldataGas to split it.
func (c *OneStepVerifier) EstimateStepGas(ctx context.Context, est ethereum.GasEstimator, from common.Address, preRoot common.Hash, elementABI, witnessABI []byte) (uint64, error) {
	gas, err := est.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &c.addr, Data: c.StepCalldata(preRoot, elementABI, witnessABI)})
	if err != nil {
		return 0, fmt.Errorf("OneStepVerifier estimate step: %w", err)
	}
	return gas, nil
}

// ChainID returns the L2 chain id the verifier was deployed with.
func (c *OneStepVerifier) ChainID(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.b.PackChainId())
	if err != nil {
		return 0, err
	}
	return c.b.UnpackChainId(out)
}

// BaseFee returns the L2 base fee the verifier was deployed with.
func (c *OneStepVerifier) BaseFee(ctx context.Context) (*big.Int, error) {
	out, err := c.call(ctx, c.b.PackBaseFee())
	if err != nil {
		return nil, err
	}
	return c.b.UnpackBaseFee(out)
}

// Calldata pricing of L1 (EIP-2028, EIP-7623).
const (
	intrinsicTxGas    = 21000
	zeroByteGas       = 4
	nonZeroByteGas    = 16
	floorGasPerToken  = 10 // EIP-7623: tokens = zero bytes + 4 × non-zero bytes
	nonZeroByteTokens = 4
)

// CalldataGas prices transaction data under EIP-2028 (standard: 4 per zero
// byte, 16 per non-zero byte) and returns the EIP-7623 floor of a whole
// transaction carrying it (21000 + 10 per token). Since Prague a transaction
// pays max(21000 + standard + execution, floor).
func CalldataGas(data []byte) (standard, floor uint64) {
	var zeros, nonZeros uint64
	for _, b := range data {
		if b == 0 {
			zeros++
		} else {
			nonZeros++
		}
	}
	standard = zeros*zeroByteGas + nonZeros*nonZeroByteGas
	floor = intrinsicTxGas + (zeros+nonZeroByteTokens*nonZeros)*floorGasPerToken
	return standard, floor
}
