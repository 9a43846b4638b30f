// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {StateProof} from "../verifier/StepTypes.sol";
import {StepCodec} from "../verifier/StepCodec.sol";
import {L2Tx, L2Transaction} from "../verifier/L2Tx.sol";
import {SparseMerkle} from "../verifier/SparseMerkle.sol";
import {TxMerkle} from "../verifier/TxMerkle.sol";
import {OneStep} from "../verifier/OneStep.sol";

/// @title VerifierHarness
/// @notice Exposes the one-step verifier's building blocks as views, with the
///         chain rules as arguments, so that Go tests and tooling can check
///         each of them against package replay on arbitrary inputs. Not part
///         of the protocol; never deployed on a live chain.
contract VerifierHarness {
    /// @notice Result of decodeTx. Fields past `code` are set only when code is 0.
    struct DecodedTx {
        uint8 code;
        uint8 txType;
        address sender;
        bytes32 sigHash;
        uint64 nonce;
        address to;
        uint256 value;
        uint64 gasLimit;
        uint256 maxFeePerGas;
        uint256 maxPriorityFeePerGas;
        uint256 effectiveGasPrice;
        uint256 cost;
        bool costOverflows;
    }

    /// @notice Decoding and the stateless rules (Go: replay.DecodeTx, Tx.Cost).
    function decodeTx(bytes calldata raw, uint64 chainId, uint256 baseFee)
        external
        pure
        returns (DecodedTx memory out)
    {
        (uint8 code, L2Transaction memory t) = L2Tx.decode(raw, chainId, baseFee);
        out.code = code;
        if (code != 0) return out;
        out.txType = uint8(t.txType);
        out.sender = t.sender;
        out.sigHash = t.sigHash;
        out.nonce = uint64(t.nonce);
        out.to = t.to;
        out.value = t.value;
        out.gasLimit = uint64(t.gasLimit);
        out.maxFeePerGas = t.maxFeePerGas;
        out.maxPriorityFeePerGas = t.maxPriorityFeePerGas;
        out.effectiveGasPrice = L2Tx.effectiveGasPrice(t, baseFee);
        (out.cost, out.costOverflows) = L2Tx.cost(t, baseFee);
    }

    /// @notice The account a state proof shows (single struct return: abigen
    ///         names multi-value outputs without a contract prefix).
    struct ProvenAccount {
        bool exists;
        uint64 nonce;
        uint256 balance;
    }

    /// @notice Verifies abi.encode(SMTProof) for key against root (Go:
    ///         replay.VerifyProof); reverts if it does not.
    function verifyProof(bytes32 root, bytes32 key, bytes calldata proof)
        external
        pure
        returns (ProvenAccount memory a)
    {
        StateProof memory p = StepCodec.decodeProof(proof);
        SparseMerkle.verify(root, key, p);
        uint256 n;
        (a.exists, n, a.balance) = SparseMerkle.account(p);
        a.nonce = uint64(n);
    }

    /// @notice The root after setting key's account, from a canonical proof
    ///         (Go: Proof.RootAfter); does not check the proof's root.
    function rootAfter(bytes32 key, bytes calldata proof, uint64 nonce, uint256 balance)
        external
        pure
        returns (bytes32)
    {
        return SparseMerkle.rootAfter(key, StepCodec.decodeProof(proof), nonce, balance);
    }

    /// @notice Whether rawTx is transaction txIndex of a batch with txCount
    ///         transactions and root txRoot (Go: replay.VerifyTxProof).
    function txRootProof(
        bytes32 txRoot,
        uint32 txCount,
        uint32 txIndex,
        bytes calldata rawTx,
        bytes32[] calldata proof
    ) external pure returns (bool) {
        uint256 at;
        assembly ("memory-safe") {
            at := proof.offset
        }
        return TxMerkle.verify(txRoot, txCount, txIndex, keccak256(rawTx), at, proof.length);
    }

    /// @notice OneStepVerifier.step with the chain rules as arguments.
    function stepWithRules(uint64 chainId, uint256 baseFee, bytes32 preRoot, bytes calldata element, bytes calldata witness)
        external
        pure
        returns (bytes32 postRoot, uint8 code)
    {
        return OneStep.step(chainId, baseFee, preRoot, element, witness);
    }
}
