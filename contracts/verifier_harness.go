package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts/bindings"
)

// VerifierHarness is a typed client for the test contract
// contracts/src/test/VerifierHarness.sol, which exposes the one-step
// verifier's building blocks with the chain rules as arguments. It exists so
// that tests and tooling can compare each block with package replay; it is
// never deployed on a live chain.
type VerifierHarness struct {
	bound
	b *bindings.VerifierHarness
}

// DecodedTx is the Solidity decoder's view of a raw transaction. Fields past
// Code are set only when Code is 0.
type DecodedTx = bindings.VerifierHarnessDecodedTx

// NewVerifierHarness returns a client for the harness at addr.
func NewVerifierHarness(addr common.Address, backend Backend) *VerifierHarness {
	b := bindings.NewVerifierHarness()
	a := b.GetABI()
	return &VerifierHarness{bound: bound{name: "VerifierHarness", addr: addr, abi: &a, backend: backend}, b: b}
}

// DeployVerifierHarness deploys the harness.
func DeployVerifierHarness(ctx context.Context, tx Transactor) (common.Address, *types.Receipt, error) {
	return deploy(ctx, tx, "VerifierHarness", common.FromHex(bindings.VerifierHarnessMetaData.Bin))
}

// Address returns the contract address.
func (c *VerifierHarness) Address() common.Address { return c.addr }

// DecodeTx runs the Solidity transaction decoder and stateless rules.
func (c *VerifierHarness) DecodeTx(ctx context.Context, raw []byte, chainID uint64, baseFee *big.Int) (DecodedTx, error) {
	out, err := c.call(ctx, c.b.PackDecodeTx(raw, chainID, baseFee))
	if err != nil {
		return DecodedTx{}, err
	}
	d, err := c.b.UnpackDecodeTx(out)
	if err != nil {
		return DecodedTx{}, fmt.Errorf("decode VerifierHarness.decodeTx: %w", err)
	}
	return d, nil
}

// VerifyProof verifies abi.encode(SMTProof) for key against root and returns
// the account it shows; an invalid proof is a revert error.
func (c *VerifierHarness) VerifyProof(ctx context.Context, root, key common.Hash, proofABI []byte) (exists bool, nonce uint64, balance *big.Int, err error) {
	out, err := c.call(ctx, c.b.PackVerifyProof(root, key, proofABI))
	if err != nil {
		return false, 0, nil, err
	}
	a, err := c.b.UnpackVerifyProof(out)
	if err != nil {
		return false, 0, nil, fmt.Errorf("decode VerifierHarness.verifyProof: %w", err)
	}
	return a.Exists, a.Nonce, a.Balance, nil
}

// RootAfter returns the root after setting key's account, from the proof alone.
func (c *VerifierHarness) RootAfter(ctx context.Context, key common.Hash, proofABI []byte, nonce uint64, balance *big.Int) (common.Hash, error) {
	out, err := c.call(ctx, c.b.PackRootAfter(key, proofABI, nonce, balance))
	if err != nil {
		return common.Hash{}, err
	}
	h, err := c.b.UnpackRootAfter(out)
	return common.Hash(h), err
}

// TxRootProof checks a txRoot inclusion proof (siblings leaf level first).
func (c *VerifierHarness) TxRootProof(ctx context.Context, txRoot common.Hash, txCount, txIndex uint32, rawTx []byte, proof []common.Hash) (bool, error) {
	sibs := make([][32]byte, len(proof))
	for i, p := range proof {
		sibs[i] = p
	}
	out, err := c.call(ctx, c.b.PackTxRootProof(txRoot, txCount, txIndex, rawTx, sibs))
	if err != nil {
		return false, err
	}
	return c.b.UnpackTxRootProof(out)
}

// Step is OneStepVerifier.step with the chain rules as arguments.
func (c *VerifierHarness) Step(ctx context.Context, chainID uint64, baseFee *big.Int, preRoot common.Hash, elementABI, witnessABI []byte) (common.Hash, uint8, error) {
	out, err := c.call(ctx, c.b.PackStepWithRules(chainID, baseFee, preRoot, elementABI, witnessABI))
	if err != nil {
		return common.Hash{}, 0, err
	}
	res, err := c.b.UnpackStepWithRules(out)
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("decode VerifierHarness.stepWithRules: %w", err)
	}
	return res.PostRoot, res.Code, nil
}
