// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {countLeadingZeros} from "./StepTypes.sol";

/// @title TxMerkle
/// @notice Inclusion proofs in a batch's txRoot (docs/PROTOCOL.md §2.5.2),
///         as Go's replay.VerifyTxProof: leaves keccak256(rawTx), padded with
///         zero leaves to a power of two, nodes keccak256(left ‖ right).
library TxMerkle {
    /// @notice ⌈log2 count⌉, the number of siblings in a proof (0 for count ≤ 1).
    function depth(uint256 count) internal pure returns (uint256) {
        if (count <= 1) return 0;
        unchecked {
            return 256 - countLeadingZeros(count - 1);
        }
    }

    /// @notice True iff `leaf` is leaf `index` of a tree of `count` leaves with
    ///         root `root`. The proof is `len` siblings at absolute calldata
    ///         offset `proof`, leaf level first; exactly depth(count) of them
    ///         are required, so a proof cannot be padded or shortened.
    function verify(bytes32 root, uint256 count, uint256 index, bytes32 leaf, uint256 proof, uint256 len)
        internal
        pure
        returns (bool)
    {
        if (index >= count || len != depth(count)) return false;
        bytes32 h = leaf;
        assembly ("memory-safe") {
            for { let i := 0 } lt(i, len) { i := add(i, 1) } {
                let hp := shl(5, and(index, 1))
                mstore(hp, h)
                mstore(xor(hp, 0x20), calldataload(add(proof, shl(5, i))))
                h := keccak256(0x00, 0x40)
                index := shr(1, index)
            }
        }
        return h == root;
    }
}
