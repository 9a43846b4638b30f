// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title GameTestBatchInbox
/// @notice Test double of the BatchInbox views that the dispute games read,
///         with setters, so that game tests can build any trace layout
///         (non-monotone cumTrace included) without posting signed batches.
///         `inbox()` is a real Inbox given at deployment. Not part of the
///         protocol; never deployed live.
contract GameTestBatchInbox {
    struct Rec {
        bytes32 headerHash;
        bytes32 signersHash;
        uint64 cumTrace;
        uint64 postedAt;
        bool isVoid;
    }

    mapping(uint64 => Rec) private recs;
    uint64 public latestBatch;
    address public immutable inbox;

    constructor(address inbox_) {
        inbox = inbox_;
    }

    function setBatch(uint64 n, bytes32 headerHash_, bytes32 signersHash_, uint64 cumTrace_, uint64 postedAt_, bool void_)
        external
    {
        recs[n] = Rec(headerHash_, signersHash_, cumTrace_, postedAt_, void_);
        if (n > latestBatch) latestBatch = n;
    }

    function headerHash(uint64 n) external view returns (bytes32) {
        return recs[n].headerHash;
    }

    /// @dev No DA challenges in the game tests.
    function daChallengePending() external pure returns (bool) {
        return false;
    }

    function cumTrace(uint64 n) external view returns (uint64) {
        return recs[n].cumTrace;
    }

    function isVoid(uint64 n) external view returns (bool) {
        return recs[n].isVoid;
    }

    function postedAt(uint64 n) external view returns (uint64) {
        return recs[n].postedAt;
    }

    function signersHash(uint64 n) external view returns (bytes32) {
        return recs[n].signersHash;
    }
}

/// @title GameTestVerifier
/// @notice Test double of OneStepVerifier.step: returns the first word of the
///         witness as the post-state root, so that a test (the randomized
///         comparison with package bisection) chooses each step's outcome.
///         It records nothing and never reverts on a ≥ 32-byte witness.
contract GameTestVerifier {
    /// @dev Declared with one output (a second `step` returning two values
    ///      would give the Go bindings package a second StepOutput type) but
    ///      returns the two words (postRoot, code = 0) the game decodes.
    function step(bytes32, bytes calldata, bytes calldata witness) external pure returns (bytes32) {
        bytes32 post = bytes32(witness[0:32]);
        assembly {
            mstore(0, post)
            mstore(32, 0)
            return(0, 64)
        }
    }
}
