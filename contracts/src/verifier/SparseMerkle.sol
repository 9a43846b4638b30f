// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {
    StateProof,
    ProofDepthTooLarge,
    ProofBitmapBeyondDepth,
    ProofSiblingCount,
    ProofZeroSibling,
    ProofTerminalUnderEmptySibling,
    ProofBadTerminal,
    ProofEmptyTerminalWithData,
    ProofMembershipWithOtherKey,
    ProofOtherKeyNotOnPath,
    ProofRootMismatch,
    countLeadingZeros
} from "./StepTypes.sol";

/// @title SparseMerkle
/// @notice The L2 state tree of docs/PROTOCOL.md §2.3: proof verification
///         with every canonicality check (§2.3.3) and the root after an update
///         or insertion computed from the same proof (§2.3.4), as Go's
///         replay.VerifyProof and Proof.RootAfter.
/// @dev    Bit i of a key or bitmap counts from the most significant bit, so
///         walking from depth d−1 up to the root visits shift amounts
///         s = 255 − i = 256 − d … 255, and bit i is (x >> s) & 1.
///         Node hashes use the scratch space 0x00–0x3f: the node's own hash
///         goes to 0x00 or 0x20 by its key bit, the sibling to the other slot.
library SparseMerkle {
    uint256 internal constant TERMINAL_EMPTY = 0;
    uint256 internal constant TERMINAL_LEAF = 1;
    uint256 internal constant TERMINAL_OTHER = 2;

    /// @notice keccak256(address), the state key of an account.
    function accountKey(address a) internal pure returns (bytes32 k) {
        assembly ("memory-safe") {
            mstore(0x00, shl(96, a))
            k := keccak256(0x00, 20)
        }
    }

    /// @notice keccak256(key ‖ uint64 nonce ‖ uint256 balance) (72 bytes).
    /// @dev    nonce must be below 2^64: proof nonces are ABI-checked uint64s
    ///         and an incremented nonce never reaches 2^64 (code 12 refuses
    ///         2^64 − 1 first).
    function leafHash(bytes32 key, uint256 nonce, uint256 bal) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, key)
            // The nonce's 8 bytes lead the second word; the balance then
            // overwrites everything after them.
            mstore(add(m, 0x20), shl(192, nonce))
            mstore(add(m, 0x28), bal)
            h := keccak256(m, 72)
        }
    }

    /// @notice The account a verified proof shows for its key: the leaf's
    ///         for a membership proof, (0, 0) otherwise.
    function account(StateProof memory p) internal pure returns (bool exists, uint256 nonce, uint256 balance) {
        if (p.terminal != TERMINAL_LEAF) return (false, 0, 0);
        return (true, p.nonce, p.balance);
    }

    /// @notice Reverts unless p is the canonical proof for key under root.
    function verify(bytes32 root, bytes32 key, StateProof memory p) internal pure {
        checkCanonical(key, p);
        bytes32 got = _fold(key, p, _terminalHash(key, p));
        if (got != root) revert ProofRootMismatch(got, root);
    }

    /// @notice Verifies p against root and returns the root after setting
    ///         key's account to (nonce, balance), in one walk up the path.
    function verifyAndUpdate(bytes32 root, bytes32 key, StateProof memory p, uint256 nonce, uint256 balance)
        internal
        pure
        returns (bytes32)
    {
        (bytes32 oldRoot, bytes32 newRoot) = _update(key, p, nonce, balance);
        if (oldRoot != root) revert ProofRootMismatch(oldRoot, root);
        return newRoot;
    }

    /// @notice The root after setting key's account, from the proof alone
    ///         (Go's Proof.RootAfter): the proof must be canonical; that it
    ///         verifies against the old root is the caller's business.
    function rootAfter(bytes32 key, StateProof memory p, uint256 nonce, uint256 balance)
        internal
        pure
        returns (bytes32 newRoot)
    {
        (, newRoot) = _update(key, p, nonce, balance);
    }

    /// @notice The canonicality checks of §2.3.3 that do not need hashing; the
    ///         "no listed sibling is zero" half of check 3 happens while folding.
    function checkCanonical(bytes32 key, StateProof memory p) internal pure {
        uint256 d = p.depth;
        if (d > 256) revert ProofDepthTooLarge(d);
        // No bitmap bit at an index ≥ d (for d = 256 the shift clears everything).
        if (p.bitmap << d != 0) revert ProofBitmapBeyondDepth();
        uint256 bits = _popcount(p.bitmap);
        if (bits != p.count) revert ProofSiblingCount(p.count, bits);
        // A one-account or empty subtree never hangs under a node whose other
        // child is empty: it would have been represented one level higher.
        if (d != 0 && (p.bitmap >> (256 - d)) & 1 == 0) revert ProofTerminalUnderEmptySibling();
        uint256 term = p.terminal;
        if (term == TERMINAL_EMPTY) {
            if (p.otherKey != 0 || p.nonce != 0 || p.balance != 0) revert ProofEmptyTerminalWithData();
        } else if (term == TERMINAL_LEAF) {
            if (p.otherKey != 0) revert ProofMembershipWithOtherKey();
        } else if (term == TERMINAL_OTHER) {
            // The other leaf must differ from key yet share its first d bits.
            uint256 x = uint256(key ^ p.otherKey);
            if (x == 0 || (d != 0 && x >> (256 - d) != 0)) revert ProofOtherKeyNotOnPath();
        } else {
            revert ProofBadTerminal(term);
        }
    }

    // ---- internals ----------------------------------------------------------

    function _terminalHash(bytes32 key, StateProof memory p) private pure returns (bytes32) {
        uint256 term = p.terminal;
        if (term == TERMINAL_LEAF) return leafHash(key, p.nonce, p.balance);
        if (term == TERMINAL_OTHER) return leafHash(p.otherKey, p.nonce, p.balance);
        return 0;
    }

    /// @dev Old and new root from one canonical proof (§2.3.4). For an insertion
    ///      next to another leaf the two leaves are first joined at the first
    ///      bit where their keys differ and the pair is lifted through
    ///      single-child nodes up to the proof depth.
    function _update(bytes32 key, StateProof memory p, uint256 nonce, uint256 balance)
        private
        pure
        returns (bytes32, bytes32)
    {
        checkCanonical(key, p);
        bytes32 oldNode = _terminalHash(key, p);
        bytes32 newNode = leafHash(key, nonce, balance);
        if (p.terminal == TERMINAL_OTHER) {
            uint256 j = countLeadingZeros(uint256(key ^ p.otherKey)); // depth ≤ j ≤ 255
            uint256 d = p.depth;
            assembly ("memory-safe") {
                let s := sub(255, j)
                let hp := shl(5, and(shr(s, key), 1))
                mstore(hp, newNode)
                mstore(xor(hp, 0x20), oldNode)
                newNode := keccak256(0x00, 0x40)
                // Levels j−1 … d: shifts 256−j … 255−d.
                let last := sub(256, d)
                for { s := add(s, 1) } lt(s, last) { s := add(s, 1) } {
                    hp := shl(5, and(shr(s, key), 1))
                    mstore(hp, newNode)
                    mstore(xor(hp, 0x20), 0)
                    newNode := keccak256(0x00, 0x40)
                }
            }
        }
        return _fold2(key, p, oldNode, newNode);
    }

    /// @dev Hashes `node`, the subtree at depth p.depth on key's path, up to
    ///      the root. Siblings are listed shallowest first, so the walk up
    ///      takes them from the end. p.count equals the number of bitmap bits
    ///      below p.depth (checkCanonical), so the index never underflows.
    function _fold(bytes32 key, StateProof memory p, bytes32 node) private pure returns (bytes32) {
        uint256 bitmap = p.bitmap;
        uint256 next = p.count;
        uint256 sibs = p.siblings;
        uint256 d = p.depth;
        bool zero;
        assembly ("memory-safe") {
            for { let s := sub(256, d) } lt(s, 256) { s := add(s, 1) } {
                let sib := 0
                if and(shr(s, bitmap), 1) {
                    next := sub(next, 1)
                    sib := calldataload(add(sibs, shl(5, next)))
                    zero := or(zero, iszero(sib))
                }
                let hp := shl(5, and(shr(s, key), 1))
                mstore(hp, node)
                mstore(xor(hp, 0x20), sib)
                node := keccak256(0x00, 0x40)
            }
        }
        if (zero) revert ProofZeroSibling();
        return node;
    }

    /// @dev _fold for two nodes at once (old and new value of the same path),
    ///      sharing the sibling reads and bit extraction.
    function _fold2(bytes32 key, StateProof memory p, bytes32 a, bytes32 b) private pure returns (bytes32, bytes32) {
        uint256 bitmap = p.bitmap;
        uint256 next = p.count;
        uint256 sibs = p.siblings;
        uint256 d = p.depth;
        bool zero;
        assembly ("memory-safe") {
            for { let s := sub(256, d) } lt(s, 256) { s := add(s, 1) } {
                let sib := 0
                if and(shr(s, bitmap), 1) {
                    next := sub(next, 1)
                    sib := calldataload(add(sibs, shl(5, next)))
                    zero := or(zero, iszero(sib))
                }
                let hp := shl(5, and(shr(s, key), 1))
                mstore(xor(hp, 0x20), sib)
                mstore(hp, a)
                a := keccak256(0x00, 0x40)
                mstore(hp, b)
                b := keccak256(0x00, 0x40)
            }
        }
        if (zero) revert ProofZeroSibling();
        return (a, b);
    }

    /// @dev Number of set bits (SWAR: 2-, 4-, 8-, then 16-bit lane sums; the
    ///      total ≤ 256 needs a 16-bit lane, so the final multiply-accumulate
    ///      runs on 16-bit lanes).
    function _popcount(uint256 x) private pure returns (uint256 c) {
        assembly {
            x := sub(x, and(shr(1, x), 0x5555555555555555555555555555555555555555555555555555555555555555))
            x := add(
                and(x, 0x3333333333333333333333333333333333333333333333333333333333333333),
                and(shr(2, x), 0x3333333333333333333333333333333333333333333333333333333333333333)
            )
            x := and(add(x, shr(4, x)), 0x0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f)
            x := and(add(x, shr(8, x)), 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff)
            c := shr(240, mul(x, 0x0001000100010001000100010001000100010001000100010001000100010001))
        }
    }
}
