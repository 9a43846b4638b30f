// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

// The views and calls the dispute games need from the other protocol
// contracts, as interfaces: the games compile and are tested against these
// signatures (and against test doubles in src/test) independently of the
// contracts' implementations. Every signature matches the contract it names.

/// @notice What the games read from BatchInbox (contracts/src/BatchInbox.sol).
interface IBatchInbox {
    function inbox() external view returns (address);
    function latestBatch() external view returns (uint64);
    function headerHash(uint64 n) external view returns (bytes32);
    function cumTrace(uint64 n) external view returns (uint64);
    function isVoid(uint64 n) external view returns (bool);
    function postedAt(uint64 n) external view returns (uint64);
    function signersHash(uint64 n) external view returns (bytes32);
    function daChallengePending() external view returns (bool);
}

/// @notice Inbox (contracts/src/Inbox.sol): hash = keccak256(uint8 kind ‖ payload).
interface IInbox {
    function entry(uint64 index) external view returns (bytes32 hash, uint64 timestamp);
}

/// @notice SequencerSet (contracts/src/SequencerSet.sol); the factory must be
///         on its fault-contract allowlist.
interface ISequencerSet {
    function slash(address seq, address prover, uint256 amount) external returns (uint256 slashed);
}

/// @notice OneStepVerifier (contracts/src/OneStepVerifier.sol, docs/PROTOCOL.md §2.7).
interface IOneStepVerifier {
    function step(bytes32 preRoot, bytes calldata element, bytes calldata witness)
        external
        view
        returns (bytes32 postRoot, uint8 code);
}
