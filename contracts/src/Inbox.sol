// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title Inbox
/// @notice The L1 queue of entries the rollup must consume: deposits and forced
///         transactions. Each entry is stored only as a hash plus its L1
///         timestamp; the full payload is emitted in an event so watchers and
///         the one-step verifier can reproduce the hash.
/// @dev    Entry hashing (shared with Go, replay.DepositEntryHash / ForcedTxEntryHash):
///           deposit:   keccak256(abi.encodePacked(uint8(0), address to, uint256 amount))
///           forced tx: keccak256(abi.encodePacked(uint8(1), bytes rawTx))
///         Timestamps never decrease along the queue, so the overdue entries are
///         always a prefix of it; that is what lets overdueCount binary-search.
contract Inbox {
    uint8 public constant KIND_DEPOSIT = 0;
    uint8 public constant KIND_FORCED_TX = 1;

    /// @notice An entry older than this many seconds is overdue: the next batch must consume it.
    uint64 public immutable inclusionWindow;
    /// @notice Upper bound on a forced transaction's raw size, so one entry can
    ///         always be replayed and proven within a block's gas.
    uint32 public immutable maxTxSize;

    bytes32[] private entryHashes;
    // uint64 packs four to a slot, which makes queueing cheaper than a struct array.
    uint64[] private entryTimes;

    event EntryQueued(
        uint64 indexed index,
        uint8 indexed kind,
        address indexed sender,
        bytes payload,
        bytes32 entryHash,
        uint64 timestamp
    );

    error ZeroInclusionWindow();
    error ZeroMaxTxSize();
    error EmptyTransaction();
    error TransactionTooLarge(uint256 size, uint256 max);
    error EntryOutOfRange(uint64 index, uint64 length);

    constructor(uint64 inclusionWindow_, uint32 maxTxSize_) {
        if (inclusionWindow_ == 0) revert ZeroInclusionWindow();
        if (maxTxSize_ == 0) revert ZeroMaxTxSize();
        inclusionWindow = inclusionWindow_;
        maxTxSize = maxTxSize_;
    }

    /// @notice Credit `to` on L2 with the ETH sent. The ETH stays locked here.
    ///         A zero-value deposit is allowed: it creates the account on L2.
    function deposit(address to) external payable returns (uint64 index) {
        bytes memory payload = abi.encodePacked(to, msg.value);
        return _queue(KIND_DEPOSIT, payload);
    }

    /// @notice Queue any raw signed L2 transaction; the STF applies it under the
    ///         normal validity rules. Anyone may force anyone's transaction.
    function forceTransaction(bytes calldata rawTx) external returns (uint64 index) {
        if (rawTx.length == 0) revert EmptyTransaction();
        if (rawTx.length > maxTxSize) revert TransactionTooLarge(rawTx.length, maxTxSize);
        return _queue(KIND_FORCED_TX, rawTx);
    }

    /// @notice Number of entries ever queued.
    function length() external view returns (uint64) {
        return uint64(entryHashes.length);
    }

    /// @notice The hash and L1 timestamp of entry `index`.
    function entry(uint64 index) external view returns (bytes32 hash, uint64 timestamp) {
        _checkIndex(index);
        return (entryHashes[index], entryTimes[index]);
    }

    /// @notice True if entry `index` has waited longer than the inclusion window.
    function isOverdue(uint64 index) external view returns (bool) {
        _checkIndex(index);
        return _overdueAt(entryTimes[index], uint64(block.timestamp));
    }

    /// @notice How many entries (a prefix of the queue) are overdue now.
    function overdueCount() external view returns (uint64) {
        return overdueCountAt(uint64(block.timestamp));
    }

    /// @notice How many entries (a prefix of the queue) are overdue at time `t`.
    function overdueCountAt(uint64 t) public view returns (uint64) {
        uint256 lo = 0;
        uint256 hi = entryTimes.length;
        // First index that is not overdue; timestamps are non-decreasing.
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (_overdueAt(entryTimes[mid], t)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return uint64(lo);
    }

    /// @notice The entry hash of a deposit, as the STF and verifier compute it.
    function depositHash(address to, uint256 amount) external pure returns (bytes32) {
        return keccak256(abi.encodePacked(KIND_DEPOSIT, to, amount));
    }

    /// @notice The entry hash of a forced transaction.
    function forcedTxHash(bytes calldata rawTx) external pure returns (bytes32) {
        return keccak256(abi.encodePacked(KIND_FORCED_TX, rawTx));
    }

    function _queue(uint8 kind, bytes memory payload) private returns (uint64 index) {
        bytes32 h = keccak256(abi.encodePacked(kind, payload));
        index = uint64(entryHashes.length);
        uint64 ts = uint64(block.timestamp);
        entryHashes.push(h);
        entryTimes.push(ts);
        emit EntryQueued(index, kind, msg.sender, payload, h, ts);
    }

    function _overdueAt(uint64 queuedAt, uint64 t) private view returns (bool) {
        return uint256(t) > uint256(queuedAt) + inclusionWindow;
    }

    function _checkIndex(uint64 index) private view {
        if (index >= entryHashes.length) revert EntryOutOfRange(index, uint64(entryHashes.length));
    }
}
