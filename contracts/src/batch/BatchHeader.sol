// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @notice A batch header (docs/PROTOCOL.md §4.1). Every field is a
///         static type, so abi.encode(header) is exactly 11 words and Go
///         reproduces it without an ABI library (contracts.BatchHeader.Hash).
struct BatchHeader {
    uint64 number; // from 1; batch 0 is the empty genesis
    bytes32 parentHash; // headerHash of batch number − 1; zero for batch 1
    uint64 queueStart; // first Inbox entry consumed (= previous queueEnd)
    uint64 queueEnd; // one past the last entry consumed
    uint32 txCount; // transactions in the batch data
    bytes32 txRoot; // binary keccak Merkle root over keccak256(rawTx)
    bytes32 dataHash; // keccak256(batch data)
    bytes32 dataRoot; // DA commitment; zero in calldata mode
    uint32 dataLength; // length of the batch data in bytes
    bytes32 stateRoot; // the signers' post-state root (zero in a forced batch: no claim)
    uint64 l2Timestamp; // non-decreasing along the chain
}

/// @title BatchHeaderLib
/// @notice Header hashing shared by BatchInbox and, later, the dispute games.
library BatchHeaderLib {
    /// @notice headerHash = keccak256(abi.encode(header)).
    function hash(BatchHeader memory h) internal pure returns (bytes32) {
        return keccak256(abi.encode(h));
    }
}
