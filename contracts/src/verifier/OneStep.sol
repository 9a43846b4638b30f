// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {
    CODE_OK,
    CODE_NONCE,
    CODE_INSUFFICIENT_BALANCE,
    CODE_BALANCE_OVERFLOW,
    CODE_VOID_BATCH,
    KIND_DEPOSIT,
    KIND_FORCED_TX,
    KIND_BATCH_TX,
    Element,
    StateProof,
    Witness,
    UnknownElementKind,
    BadDepositPayload,
    TxIndexOutOfRange,
    TxNotInBatch
} from "./StepTypes.sol";
import {StepCodec} from "./StepCodec.sol";
import {L2Tx, L2Transaction} from "./L2Tx.sol";
import {SparseMerkle} from "./SparseMerkle.sol";
import {TxMerkle} from "./TxMerkle.sol";

/// @title OneStep
/// @notice The L2 state transition for one trace step, from the element and
///         witness alone: docs/PROTOCOL.md §2.7.2, Go's
///         replay.VerifyStepResult.
/// @dev    Reverts exactly when Go returns an error (malformed element or
///         witness, proof that does not verify); an invalid transaction is a
///         no-op returning (preRoot, code). The order of the checks follows
///         Go's, which matters only for which proofs must be valid: a
///         transaction failing a stateless rule needs none, one failing the
///         nonce or balance rule needs a valid sender proof, anything else a
///         valid recipient proof too.
library OneStep {
    uint256 private constant DEPOSIT_PAYLOAD_SIZE = 52; // to (20) ‖ amount (32)

    /// @notice The successor of preRoot for one step under the rules
    ///         (chainId, baseFee): (postRoot, 0) if it applied, (preRoot, code)
    ///         if it was a no-op. element and witness are abi.encode(StepElement)
    ///         and abi.encode(StepWitness) as Go encodes them.
    function step(uint64 chainId, uint256 baseFee, bytes32 preRoot, bytes calldata element, bytes calldata witness)
        internal
        pure
        returns (bytes32 postRoot, uint8 code)
    {
        // Go decodes both encodings in full before anything else.
        Element memory el = StepCodec.decodeElement(element);
        Witness memory w = StepCodec.decodeWitness(witness);
        uint256 start = el.payloadStart;
        uint256 len = el.payloadLength;

        if (el.kind == KIND_DEPOSIT) {
            if (len != DEPOSIT_PAYLOAD_SIZE) revert BadDepositPayload(len);
            address to;
            uint256 amount;
            assembly ("memory-safe") {
                let at := add(element.offset, start)
                to := shr(96, calldataload(at))
                amount := calldataload(add(at, 20))
            }
            return _credit(preRoot, preRoot, SparseMerkle.accountKey(to), amount, w.recipient);
        }
        if (el.kind != KIND_FORCED_TX && el.kind != KIND_BATCH_TX) revert UnknownElementKind(el.kind);

        // One copy of the transaction serves the inclusion proof and decoding.
        bytes memory raw = element[start:start + len];
        if (el.kind == KIND_BATCH_TX) {
            if (el.txIndex >= el.txCount) revert TxIndexOutOfRange(el.txIndex, el.txCount);
            if (!TxMerkle.verify(el.txRoot, el.txCount, el.txIndex, keccak256(raw), w.txProof, w.txProofLength)) {
                revert TxNotInBatch();
            }
            if (el.batchVoid) return (preRoot, CODE_VOID_BATCH);
        }
        return _applyTx(chainId, baseFee, preRoot, raw, w);
    }

    /// @dev Stateless checks, then the sender's half against preRoot, then the
    ///      recipient's against the intermediate root.
    function _applyTx(uint64 chainId, uint256 baseFee, bytes32 preRoot, bytes memory raw, Witness memory w)
        private
        pure
        returns (bytes32, uint8)
    {
        (uint8 code, L2Transaction memory t) = L2Tx.decode(raw, chainId, baseFee);
        if (code != CODE_OK) return (preRoot, code);
        bytes32 mid;
        (mid, code) = _debit(baseFee, preRoot, t, w.sender);
        if (code != CODE_OK) return (preRoot, code);
        // For a self-transfer the recipient proof is the sender's, against mid.
        return _credit(preRoot, mid, SparseMerkle.accountKey(t.to), t.value, w.recipient);
    }

    /// @dev The sender's half: nonce and balance rules, then the root with the
    ///      sender's nonce incremented and the cost debited.
    function _debit(uint256 baseFee, bytes32 preRoot, L2Transaction memory t, StateProof memory p)
        private
        pure
        returns (bytes32 mid, uint8 code)
    {
        bytes32 key = SparseMerkle.accountKey(t.sender);
        // The proof carries the account, so the stateful rules can be applied
        // before the (single) walk that both verifies and updates the path.
        (, uint256 nonce, uint256 balance) = SparseMerkle.account(p);
        // A nonce of 2^64 − 1 cannot be incremented (EIP-2681).
        if (t.nonce != nonce || nonce == type(uint64).max) {
            SparseMerkle.verify(preRoot, key, p);
            return (preRoot, CODE_NONCE);
        }
        (uint256 cost, bool overflow) = L2Tx.cost(t, baseFee);
        if (overflow || cost > balance) {
            SparseMerkle.verify(preRoot, key, p);
            return (preRoot, CODE_INSUFFICIENT_BALANCE);
        }
        unchecked {
            mid = SparseMerkle.verifyAndUpdate(preRoot, key, p, nonce + 1, balance - cost);
        }
    }

    /// @dev Adds amount to the account under key, proven by p against root.
    ///      An overflowing credit makes the whole step a no-op (code 14), so
    ///      the result is then preRoot, not root.
    function _credit(bytes32 preRoot, bytes32 root, bytes32 key, uint256 amount, StateProof memory p)
        private
        pure
        returns (bytes32, uint8)
    {
        (, uint256 nonce, uint256 balance) = SparseMerkle.account(p);
        uint256 credited;
        unchecked {
            credited = balance + amount;
        }
        if (credited < balance) {
            SparseMerkle.verify(root, key, p);
            return (preRoot, CODE_BALANCE_OVERFLOW);
        }
        return (SparseMerkle.verifyAndUpdate(root, key, p, nonce, credited), CODE_OK);
    }
}
