// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title Quorum
/// @notice The certificate rule (docs/PROTOCOL.md §4.3), one integer rule for
///         L1 and the BFT sequencer's consensus: a member's power is its
///         schedule weight in whole gwei, ⌊weight / 1 gwei⌋ — exactly the
///         CometBFT voting power the nodes give it (Go: contracts.StakePower)
///         — and signers make a quorum when signed > 0 and
///         3·signed ≥ 2·total over those powers. Counting wei here while
///         consensus counted gwei let sub-gwei remainders of silent members
///         refuse certificates consensus had accepted.
library Quorum {
    uint256 internal constant POWER_UNIT = 1 gwei;

    function power(uint256 weight) internal pure returns (uint256) {
        return weight / POWER_UNIT;
    }

    /// @dev The power of a list of weights: each rounded down, then summed
    ///      (not the sum rounded: that is what consensus counts).
    function totalPower(uint256[] memory weights) internal pure returns (uint256 total) {
        for (uint256 i = 0; i < weights.length; i++) {
            total += weights[i] / POWER_UNIT;
        }
    }

    function met(uint256 signed, uint256 total) internal pure returns (bool) {
        return signed != 0 && 3 * signed >= 2 * total;
    }
}
