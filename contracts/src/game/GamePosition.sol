// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title GamePosition
/// @notice Generalized-index arithmetic of docs/PROTOCOL.md §7.2, the
///         Solidity twin of bisection.Position. Positions are uint64 because
///         maxGameDepth ≤ 63; every function is called only on positions the
///         game built itself (root 1, then 2g or 2(g + 1) after a legality
///         check), so none of them can meet position 0 or a depth beyond D.
library GamePosition {
    /// @notice ⌊log₂ g⌋ for g ≥ 1: index of the highest set bit (binary search).
    function depth(uint64 g) internal pure returns (uint8 d) {
        if (g >> 32 != 0) {
            g >>= 32;
            d = 32;
        }
        if (g >> 16 != 0) {
            g >>= 16;
            d += 16;
        }
        if (g >> 8 != 0) {
            g >>= 8;
            d += 8;
        }
        if (g >> 4 != 0) {
            g >>= 4;
            d += 4;
        }
        if (g >> 2 != 0) {
            g >>= 2;
            d += 2;
        }
        if (g >> 1 != 0) d += 1;
    }

    /// @notice t(g) = (index(g) + 1) · 2^(D − depth(g)) − 1, at most 2^D − 1 ≤ 2^63 − 1.
    function traceIndex(uint64 g, uint8 gameDepth) internal pure returns (uint64) {
        uint8 d = depth(g);
        uint64 index = g - (uint64(1) << d);
        return ((index + 1) << (gameDepth - d)) - 1;
    }

    /// @notice D for a trace of T steps: 1 if T ≤ 2, else bitLength(T − 1)
    ///         (up to 64, which no maxGameDepth ≤ 63 admits).
    function gameDepthFor(uint64 traceLength) internal pure returns (uint8) {
        if (traceLength <= 2) return 1;
        return depth(traceLength - 1) + 1;
    }
}
