// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {OneStep} from "./verifier/OneStep.sol";

/// @title OneStepVerifier
/// @notice The L2 state transition function for one step of the dispute-game
///         trace (a deposit, a forced transaction or a batch transaction),
///         computed from the pre-state root, the step's element and a witness
///         of state proofs: docs/PROTOCOL.md §2.7, identical to Go's
///         replay.VerifyStep on every input.
/// @dev    This contract is the pure step function only. Authenticating the
///         element (inbox entry hash, batch header, txCount, txRoot and void
///         status) is the dispute game's job before it calls step.
///
///         Wire format: `element` and `witness` are exactly the bytes Go's
///         replay.EncodeElementABI and replay.EncodeWitnessABI produce, i.e.
///         abi.encode(StepElement) and abi.encode(StepWitness) with
///           struct StepElement { uint8 kind; bytes payload; uint32 txIndex;
///                                uint32 txCount; bytes32 txRoot; bool batchVoid; }
///           struct SMTProof    { uint256 bitmap; bytes32[] siblings; uint16 depth;
///                                uint8 terminal; bytes32 otherKey; uint64 nonce;
///                                uint256 balance; }
///           struct StepWitness { bytes32[] txProof; SMTProof sender; SMTProof recipient; }
///         Taking them as `bytes` (rather than as struct parameters) keeps
///         the calldata byte-identical to what Go produced and lets the
///         verifier read proofs in place instead of copying them to memory.
contract OneStepVerifier {
    /// @notice The L2 chain id (EIP-155 / type-2 chain id every transaction must carry).
    uint64 public immutable chainId;
    /// @notice The L2 base fee, a chain constant.
    uint256 public immutable baseFee;

    /// @notice The L2 chain id must be non-zero (docs/PROTOCOL.md §2.0).
    error ZeroChainId();

    constructor(uint64 chainId_, uint256 baseFee_) {
        if (chainId_ == 0) revert ZeroChainId();
        chainId = chainId_;
        baseFee = baseFee_;
    }

    /// @notice The state root after one step.
    /// @param preRoot  state root before the step
    /// @param element  abi.encode(StepElement)
    /// @param witness  abi.encode(StepWitness)
    /// @return postRoot state root after the step (preRoot if code ≠ 0)
    /// @return code     0 if the step applied, otherwise why it was a no-op
    ///                  (docs/PROTOCOL.md §2.1)
    /// @dev Reverts with a named error if the element or witness is malformed
    ///      or a needed proof does not verify; never for an invalid transaction.
    function step(bytes32 preRoot, bytes calldata element, bytes calldata witness)
        external
        view
        returns (bytes32 postRoot, uint8 code)
    {
        return OneStep.step(chainId, baseFee, preRoot, element, witness);
    }
}
