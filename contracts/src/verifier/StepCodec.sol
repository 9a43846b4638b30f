// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Element, StateProof, Witness, MalformedElement, MalformedWitness, MalformedProof} from "./StepTypes.sol";

/// @title StepCodec
/// @notice Reads abi.encode(StepElement), abi.encode(StepWitness) and
///         abi.encode(SMTProof) (docs/PROTOCOL.md §2.3.2, §2.7.1) straight
///         from calldata.
/// @dev    The Go side decodes with go-ethereum's ABI decoder (replay's
///         DecodeElementABI / DecodeWitnessABI / DecodeProofABI), and a
///         verifier must reject exactly the encodings Go rejects, or a
///         one-step proof could be evaluated by one side and not the other.
///         The rules below are go-ethereum's, restated for these types
///         (n = length of the encoding, offsets relative to the start of the
///         tuple that holds them, "room" = n − that start):
///           - n ≥ 32; the top-level word is the tuple's offset, ≤ n;
///           - every head word of a tuple lies within the encoding;
///           - a nested tuple's offset is ≤ room (its head must then fit);
///           - bytes: offset + 32 ≤ room and offset + 32 + length ≤ room;
///           - bytes32[]: offset + 32 ≤ room and offset + 32 + 32·length ≤ room;
///           - uintN (N < 256) and bool: the word fits the type (bool: 0 or 1);
///           - padding, overlapping or out-of-order offsets and trailing bytes
///             are all accepted, as go-ethereum accepts them.
///         Solidity's own abi.decode is close but would copy every sibling to
///         memory and revert without a reason; here nothing is copied.
///         All arithmetic below is on values already bounded by n (< 2^64
///         since it is a calldata length), so it cannot wrap.
library StepCodec {
    uint256 private constant ELEMENT_HEAD = 6 * 32;
    uint256 private constant WITNESS_HEAD = 3 * 32;
    uint256 private constant PROOF_HEAD = 7 * 32;

    /// @notice Decodes abi.encode(StepElement); reverts MalformedElement.
    function decodeElement(bytes calldata d) internal pure returns (Element memory el) {
        (bool ok, uint256 base) = _top(d, ELEMENT_HEAD);
        if (!ok) revert MalformedElement();
        el.kind = _word(d, base);
        (ok, el.payloadStart, el.payloadLength) = _dynamic(d, base, 0x20, 1);
        el.txIndex = _word(d, base + 0x40);
        el.txCount = _word(d, base + 0x60);
        el.txRoot = bytes32(_word(d, base + 0x80));
        uint256 batchVoid = _word(d, base + 0xa0);
        if (!ok || el.kind > type(uint8).max || el.txIndex > type(uint32).max || el.txCount > type(uint32).max
                || batchVoid > 1) {
            revert MalformedElement();
        }
        el.batchVoid = batchVoid == 1;
    }

    /// @notice Decodes abi.encode(StepWitness); reverts MalformedWitness. Both
    ///         proofs are decoded and range-checked even if the step will not
    ///         use them, because Go's decoder does the same.
    function decodeWitness(bytes calldata d) internal pure returns (Witness memory w) {
        (bool ok, uint256 base) = _top(d, WITNESS_HEAD);
        if (!ok) revert MalformedWitness();
        uint256 start;
        (ok, start, w.txProofLength) = _dynamic(d, base, 0, 32);
        if (!ok) revert MalformedWitness();
        w.txProof = _abs(d, start);
        if (!_proofAt(d, base, 0x20, w.sender) || !_proofAt(d, base, 0x40, w.recipient)) revert MalformedWitness();
    }

    /// @notice Decodes abi.encode(SMTProof); reverts MalformedProof.
    function decodeProof(bytes calldata d) internal pure returns (StateProof memory p) {
        (bool ok, uint256 base) = _top(d, PROOF_HEAD);
        if (!ok || !_proofFields(d, base, p)) revert MalformedProof();
    }

    // ---- internals ----------------------------------------------------------

    /// @dev The word at `pos` of d; the caller has checked pos + 32 ≤ d.length.
    function _word(bytes calldata d, uint256 pos) private pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := calldataload(add(d.offset, pos))
        }
    }

    /// @dev Absolute calldata offset of position pos of d.
    function _abs(bytes calldata d, uint256 pos) private pure returns (uint256 a) {
        assembly ("memory-safe") {
            a := add(d.offset, pos)
        }
    }

    /// @dev abi.encode of one dynamic tuple: a word holding the tuple's
    ///      offset, then the tuple, whose head of `head` bytes must fit.
    function _top(bytes calldata d, uint256 head) private pure returns (bool ok, uint256 base) {
        uint256 n = d.length;
        if (n < 32) return (false, 0);
        base = _word(d, 0);
        unchecked {
            ok = base <= n && n - base >= head;
        }
    }

    /// @dev The dynamic tuple (an SMTProof) whose offset is the head word at
    ///      base + field of the tuple at base.
    function _proofAt(bytes calldata d, uint256 base, uint256 field, StateProof memory p) private pure returns (bool) {
        uint256 o = _word(d, base + field);
        unchecked {
            uint256 room = d.length - base;
            if (o > room || room - o < PROOF_HEAD) return false;
            return _proofFields(d, base + o, p);
        }
    }

    /// @dev The fields of an SMTProof tuple at base, whose head fits.
    function _proofFields(bytes calldata d, uint256 base, StateProof memory p) private pure returns (bool ok) {
        uint256 start;
        (ok, start, p.count) = _dynamic(d, base, 0x20, 32);
        p.siblings = _abs(d, start);
        p.bitmap = _word(d, base);
        p.depth = _word(d, base + 0x40);
        p.terminal = _word(d, base + 0x60);
        p.otherKey = bytes32(_word(d, base + 0x80));
        p.nonce = _word(d, base + 0xa0);
        p.balance = _word(d, base + 0xc0);
        ok = ok && p.depth <= type(uint16).max && p.terminal <= type(uint8).max && p.nonce <= type(uint64).max;
    }

    /// @dev A bytes (elemSize 1) or bytes32[] (elemSize 32) value whose offset
    ///      is the head word at base + field of the tuple at base. Returns the
    ///      position of its first byte in d and its length in elements.
    function _dynamic(bytes calldata d, uint256 base, uint256 field, uint256 elemSize)
        private
        pure
        returns (bool ok, uint256 start, uint256 len)
    {
        uint256 o = _word(d, base + field);
        unchecked {
            uint256 room = d.length - base; // ≥ the head, so ≥ 32
            if (o > room - 32) return (false, 0, 0);
            len = _word(d, base + o);
            // Divide rather than multiply: len is an arbitrary word.
            ok = len <= (room - o - 32) / elemSize;
            start = base + o + 32;
        }
    }
}
