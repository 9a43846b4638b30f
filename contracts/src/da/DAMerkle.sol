// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title DAMerkle
/// @notice Chunk commitments of the DA encoding (docs/PROTOCOL.md §6.2–6.3),
///         identical to Go's da.ChunkSize, da.Depth and da.VerifyChunkProof.
library DAMerkle {
    /// @notice Chunk size S = max(64, roundUp64(⌈dataLength / k⌉)).
    function chunkSize(uint256 dataLength, uint256 k) internal pure returns (uint256 s) {
        s = (dataLength + k - 1) / k;
        s = (s + 63) & ~uint256(63);
        if (s < 64) s = 64;
    }

    /// @notice D = ⌈log2 n⌉ (0 for n = 1): the proof length.
    function depth(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) d++;
    }

    /// @notice Leaf ℓ_i = keccak256(uint32(i) ‖ chunk): the index is in the leaf
    ///         so that a proof for one position never answers for another.
    function leaf(uint32 index, bytes calldata chunk) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(index, chunk));
    }

    /// @notice True iff `proof` (exactly depth(n) siblings, leaf level first)
    ///         places chunk `index` < n under `root`.
    function verify(bytes32 root, uint32 index, uint256 n, bytes calldata chunk, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        if (index >= n || proof.length != depth(n)) return false;
        bytes32 h = leaf(index, chunk);
        for (uint256 j = 0; j < proof.length; j++) {
            h = (uint256(index) >> j) & 1 == 0
                ? keccak256(abi.encodePacked(h, proof[j]))
                : keccak256(abi.encodePacked(proof[j], h));
        }
        return h == root;
    }
}
