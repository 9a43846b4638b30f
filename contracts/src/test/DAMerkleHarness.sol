// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {DAMerkle} from "../da/DAMerkle.sol";

/// @title DAMerkleHarness
/// @notice Exposes DAMerkle (chunk size, depth, leaf, proof verification) as
///         views so Go tests can check it against package da and the shared
///         vectors (testdata/da/vectors.json) for any (k, n). Not part of the
///         protocol; never deployed on a live chain.
contract DAMerkleHarness {
    function chunkSize(uint256 dataLength, uint256 k) external pure returns (uint256) {
        return DAMerkle.chunkSize(dataLength, k);
    }

    function depth(uint256 n) external pure returns (uint256) {
        return DAMerkle.depth(n);
    }

    function leaf(uint32 index, bytes calldata chunk) external pure returns (bytes32) {
        return DAMerkle.leaf(index, chunk);
    }

    function verify(bytes32 root, uint32 index, uint256 n, bytes calldata chunk, bytes32[] calldata proof)
        external
        pure
        returns (bool)
    {
        return DAMerkle.verify(root, index, n, chunk, proof);
    }
}
