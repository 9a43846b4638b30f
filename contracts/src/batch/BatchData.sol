// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title BatchData
/// @notice Decodes batch data (docs/PROTOCOL.md §2.5.1: one canonical RLP list
///         whose items are byte strings, the raw transactions) and computes its
///         transaction count and txRoot (§2.5.2), exactly as Go's
///         replay.DecodeBatchData and replay.TxRoot. Used by
///         BatchInbox.proveMalformed, so it must accept precisely what Go
///         accepts: any disagreement would let a well-formed batch be voided or
///         a malformed one stand. Tested against testdata/replay/batchdata.json
///         and against Go on random and mutated data.
/// @dev    Works on calldata so that a proof never copies the whole batch to
///         memory; only the leaves (32 bytes per transaction) live in memory.
///         The walk stops after `limit` + 1 items (PROTOCOL.md §4.7), so the
///         memory and the work of a proof are bounded by the header's
///         txCount ≤ maxBatchTxs, not by how many items an attacker packs
///         into the data (40,000 one-byte items would otherwise need more
///         than a block's gas to prove).
library BatchData {
    /// @notice Decode `data`, stopping at the (limit + 1)-th item.
    ///         - ok = false: the list header, or one of the first limit + 1
    ///           items, is not the canonical encoding (count = root = 0);
    ///         - ok = true, count = limit + 1, root = 0: more than `limit`
    ///           items; what follows item limit + 1 is not looked at;
    ///         - ok = true, count ≤ limit: the whole data is canonical, with
    ///           count items and txRoot `root`.
    ///         Go: replay.InspectBatchData.
    function inspect(bytes calldata data, uint256 limit)
        internal
        pure
        returns (bool ok, uint256 count, bytes32 root)
    {
        (bool listOk, uint256 start) = _listPayload(data);
        if (!listOk) return (false, 0, bytes32(0));
        // The item walk and the tree run in assembly: in Solidity, bounds checks
        // and an allocation per hashed pair cost about 4,000 gas per
        // transaction, in assembly under 1,000 (proveMalformed must stay cheap
        // enough for the largest batch to be provable within a block).
        // Memory layout: leaves are written from the free memory pointer
        // onwards without allocating (memory-safe: nothing is read back after
        // the block); each item is copied just past the last leaf to hash it.
        assembly ("memory-safe") {
            let leaves := mload(0x40)
            let end := add(data.offset, data.length)
            let pos := add(data.offset, start)
            ok := 1
            for {} lt(pos, end) {} {
                let p := byte(0, calldataload(pos))
                let content := pos
                let len := 1
                // p < 0x80: a single byte that is its own encoding (content = pos, len = 1).
                if gt(p, 0x7f) {
                    if gt(p, 0xbf) {
                        ok := 0 // a list where a transaction (byte string) is expected
                        break
                    }
                    switch lt(p, 0xb8)
                    case 1 {
                        len := sub(p, 0x80)
                        content := add(pos, 1)
                        // One byte below 0x80 must have been encoded as itself.
                        if eq(len, 1) {
                            if iszero(lt(content, end)) {
                                ok := 0
                                break
                            }
                            if lt(byte(0, calldataload(content)), 0x80) {
                                ok := 0
                                break
                            }
                        }
                    }
                    default {
                        // Long form: k = 1..8 big-endian length bytes, no leading
                        // zero, and a length of at least 56.
                        let k := sub(p, 0xb7)
                        content := add(add(pos, 1), k)
                        if gt(content, end) {
                            ok := 0
                            break
                        }
                        let w := calldataload(add(pos, 1))
                        if iszero(byte(0, w)) {
                            ok := 0
                            break
                        }
                        len := shr(sub(256, shl(3, k)), w)
                        if lt(len, 56) {
                            ok := 0
                            break
                        }
                    }
                }
                let next := add(content, len) // len < 2^64: cannot overflow
                if gt(next, end) {
                    ok := 0
                    break
                }
                let scratch := add(leaves, shl(5, add(count, 1)))
                calldatacopy(scratch, content, len)
                mstore(add(leaves, shl(5, count)), keccak256(scratch, len))
                count := add(count, 1)
                pos := next
                // Past the limit the count is already wrong: no tree needed.
                if gt(count, limit) { break }
            }
            switch ok
            case 0 { count := 0 }
            default {
                if and(iszero(iszero(count)), iszero(gt(count, limit))) {
                    // Pad with zero leaves to a power of two, then fold in place:
                    // node j of the next level = keccak256(left ‖ right).
                    let width := 1
                    for {} lt(width, count) {} { width := shl(1, width) }
                    for { let i := count } lt(i, width) { i := add(i, 1) } { mstore(add(leaves, shl(5, i)), 0) }
                    for {} gt(width, 1) {} {
                        width := shr(1, width)
                        for { let j := 0 } lt(j, width) { j := add(j, 1) } {
                            let pair := add(leaves, shl(6, j))
                            mstore(add(leaves, shl(5, j)), keccak256(pair, 0x40))
                        }
                    }
                    root := mload(leaves)
                }
            }
        }
    }

    /// @dev The outer list header: it must be a list whose payload runs exactly
    ///      to the end of the data (no trailing bytes), with a canonical length.
    function _listPayload(bytes calldata data) private pure returns (bool ok, uint256 start) {
        if (data.length == 0) return (false, 0);
        uint256 p = uint8(data[0]);
        if (p < 0xc0) return (false, 0); // a string, not a list
        uint256 len;
        if (p <= 0xf7) {
            len = p - 0xc0;
            start = 1;
        } else {
            uint256 k = p - 0xf7; // 1..8 length bytes
            bool lenOk;
            (lenOk, len) = _longLength(data, 1, k, data.length);
            if (!lenOk) return (false, 0);
            start = 1 + k;
        }
        // Lengths are at most 2^64 − 1, so start + len cannot overflow.
        return (start + len == data.length, start);
    }

    /// @dev A long-form length: k big-endian bytes at `at` (within `end`), no
    ///      leading zero, and at least 56 (shorter lengths use the short form).
    function _longLength(bytes calldata data, uint256 at, uint256 k, uint256 end)
        private
        pure
        returns (bool ok, uint256 len)
    {
        if (at + k > end) return (false, 0);
        if (uint8(data[at]) == 0) return (false, 0);
        len = uint256(bytes32(data[at:at + k])) >> (256 - 8 * k);
        return (len >= 56, len);
    }
}
