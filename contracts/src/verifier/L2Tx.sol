// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {
    CODE_OK,
    CODE_BAD_ENCODING,
    CODE_TX_TYPE,
    CODE_WRONG_CHAIN_ID,
    CODE_CONTRACT_CREATION,
    CODE_NON_EMPTY_DATA,
    CODE_NON_EMPTY_ACCESS_LIST,
    CODE_GAS_LIMIT,
    CODE_FEE_CAP_BELOW_BASE_FEE,
    CODE_TIP_ABOVE_FEE_CAP,
    CODE_BAD_SIGNATURE,
    CODE_HIGH_S
} from "./StepTypes.sol";

/// @dev An L2 transaction that passed every stateless rule (§2.2.4 checks 1–12),
///      with its sender recovered. For legacy transactions both fee fields hold
///      the gas price. Whether it applies still depends on the sender's nonce
///      and balance.
struct L2Transaction {
    uint256 txType; // 0 legacy (EIP-155), 2 dynamic fee (EIP-1559)
    uint256 nonce; // < 2^64
    uint256 maxFeePerGas;
    uint256 maxPriorityFeePerGas;
    uint256 gasLimit; // < 2^64, ≥ 21000; a cap, never charged beyond 21000
    address to;
    uint256 value;
    address sender;
    bytes32 sigHash;
}

/// @title L2Tx
/// @notice Decoding and stateless validation of L2 transactions, byte for byte
///         as Go's replay.DecodeTx (docs/PROTOCOL.md §2.2): canonical RLP
///         exactly as go-ethereum's decoder accepts it, the checks in their
///         normative order, the signing hash and ecrecover.
/// @dev    The decoder works on `bytes memory` with raw pointers. Every item
///         header is checked against the end of its enclosing list before its
///         content is used, so no byte outside the input ever influences the
///         result (a 32-byte mload may touch bytes past an item; only the
///         in-bounds ones are kept). A malformed input never reverts: it yields
///         CODE_BAD_ENCODING, because a malformed transaction in a batch is a
///         no-op step, not a bad proof.
library L2Tx {
    /// @dev Order of the secp256k1 group, and ⌊n/2⌋ (EIP-2 low-s bound).
    uint256 internal constant SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
    uint256 internal constant SECP256K1_HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;
    /// @dev Gas every transaction is charged for, whatever its gas limit (§2.2.5).
    uint256 internal constant TRANSFER_GAS = 21000;

    /// @dev A failed read. Readers return it as their "next" cursor; since it is
    ///      above any end pointer, every later read fails too, so a parse can
    ///      run straight through and test one cursor at the end.
    uint256 private constant FAIL = type(uint256).max;

    /// @dev Everything parsed that is not part of L2Transaction.
    struct Fields {
        uint256 chainId; // type 2 only; legacy carries it in v
        uint256 dataLength;
        uint256 accessListLength;
        uint256 v; // legacy: 2·chainId + 35 + recId; type 2: yParity
        uint256 r;
        uint256 s;
        bool hasTo;
        // The items from the first field up to (excluding) the signature are,
        // once the stateless checks pass, byte for byte the start of the
        // signing payload: canonical RLP has a single encoding per value.
        uint256 signedStart;
        uint256 signedEnd;
    }

    /// @notice Decodes `raw` and applies the stateless rules of §2.2.4 in order.
    /// @return code CODE_OK or the first failing rule (1–11; 10 also for a failed recovery).
    /// @return t    the transaction; only meaningful when code is CODE_OK.
    function decode(bytes memory raw, uint64 chainId, uint256 baseFee)
        internal
        pure
        returns (uint8 code, L2Transaction memory t)
    {
        Fields memory f;
        code = _parse(raw, t, f);
        if (code != CODE_OK) return (code, t);
        uint256 recId;
        (code, recId) = _check(t, f, chainId, baseFee);
        if (code != CODE_OK) return (code, t);
        t.sigHash = _sigHash(t.txType, f.signedStart, f.signedEnd, chainId);
        // The range checks above (r in [1, n), s in [1, n/2], recId in {0, 1})
        // are the ones under which the precompile and libsecp256k1 agree.
        address sender = ecrecover(t.sigHash, uint8(27 + recId), bytes32(f.r), bytes32(f.s));
        if (sender == address(0)) return (CODE_BAD_SIGNATURE, t);
        t.sender = sender;
    }

    /// @notice min(maxFeePerGas, baseFee + tip) for type 2, the gas price for
    ///         legacy. Requires maxFeePerGas ≥ baseFee, which decode guarantees.
    function effectiveGasPrice(L2Transaction memory t, uint256 baseFee) internal pure returns (uint256) {
        if (t.txType == 0) return t.maxFeePerGas;
        unchecked {
            // Compare the tip with the headroom instead of adding, so that
            // nothing can overflow: when tip < maxFee − baseFee the sum is
            // below maxFee.
            if (t.maxPriorityFeePerGas >= t.maxFeePerGas - baseFee) return t.maxFeePerGas;
            return baseFee + t.maxPriorityFeePerGas;
        }
    }

    /// @notice value + 21000 × effective gas price, and whether it overflows
    ///         256 bits (an overflowing cost is unaffordable: code 13).
    function cost(L2Transaction memory t, uint256 baseFee) internal pure returns (uint256 c, bool overflow) {
        uint256 price = effectiveGasPrice(t, baseFee);
        unchecked {
            if (price > type(uint256).max / TRANSFER_GAS) return (0, true);
            uint256 fee = price * TRANSFER_GAS;
            c = fee + t.value;
            overflow = c < fee;
        }
    }

    // ---- envelope and fields (§2.2.1, §2.2.2) ------------------------------------

    function _parse(bytes memory raw, L2Transaction memory t, Fields memory f) private pure returns (uint8) {
        uint256 n = raw.length;
        if (n == 0) return CODE_BAD_ENCODING;
        uint256 ptr;
        uint256 first;
        assembly ("memory-safe") {
            ptr := add(raw, 0x20)
            first := byte(0, mload(ptr))
        }
        // The first byte alone selects the type, so types the L2 rejects are
        // never parsed (§2.2.1).
        uint256 body = ptr;
        if (first == 0x02) {
            t.txType = 2;
            unchecked {
                body = ptr + 1;
            }
        } else if (first < 0x80) {
            return CODE_TX_TYPE;
        } else if (first < 0xc0) {
            return CODE_BAD_ENCODING;
        }
        uint256 end;
        unchecked {
            end = ptr + n;
        }
        (uint256 c, uint256 len, bool isList) = _item(body, end);
        // One list spanning the whole body: no trailing bytes.
        if (c == FAIL || !isList || c + len != end) return CODE_BAD_ENCODING;
        f.signedStart = c;
        if (t.txType == 2) {
            (c, f.chainId) = _uint(c, end, 32);
            (c, t.nonce) = _uint(c, end, 8);
            (c, t.maxPriorityFeePerGas) = _uint(c, end, 32);
            (c, t.maxFeePerGas) = _uint(c, end, 32);
            (c, t.gasLimit) = _uint(c, end, 8);
            (c, f.hasTo, t.to) = _address(c, end);
            (c, t.value) = _uint(c, end, 32);
            (c, f.dataLength) = _string(c, end);
            (c, f.accessListLength) = _accessList(c, end);
            f.signedEnd = c;
            (c, f.v) = _uint(c, end, 32);
        } else {
            (c, t.nonce) = _uint(c, end, 8);
            (c, t.maxFeePerGas) = _uint(c, end, 32);
            t.maxPriorityFeePerGas = t.maxFeePerGas;
            (c, t.gasLimit) = _uint(c, end, 8);
            (c, f.hasTo, t.to) = _address(c, end);
            (c, t.value) = _uint(c, end, 32);
            (c, f.dataLength) = _string(c, end);
            f.signedEnd = c;
            (c, f.v) = _uint(c, end, 32);
        }
        (c, f.r) = _uint(c, end, 32);
        (c, f.s) = _uint(c, end, 32);
        // Exactly 9 or 12 items: a failed read left FAIL here, a longer list
        // leaves the cursor short of the end.
        if (c != end) return CODE_BAD_ENCODING;
        return CODE_OK;
    }

    /// @dev Reads the header of the RLP item at `cur`, which must lie in
    ///      [cur, end). Returns its content range and kind, or start = FAIL if
    ///      the header is not canonical or the item overruns `end`.
    function _item(uint256 cur, uint256 end) private pure returns (uint256 start, uint256 len, bool isList) {
        assembly ("memory-safe") {
            start := not(0)
            if lt(cur, end) {
                let avail := sub(end, cur)
                let w := mload(cur)
                let p := shr(248, w)
                switch lt(p, 0x80)
                case 1 {
                    // A byte below 0x80 is a one-byte string holding itself.
                    start := cur
                    len := 1
                }
                default {
                    isList := gt(p, 0xbf)
                    let l := sub(p, 0x80)
                    if isList { l := sub(p, 0xc0) }
                    let hdr := 1
                    let ok := 1
                    if gt(l, 55) {
                        // Long form: k = l − 55 big-endian length bytes follow
                        // (k ≤ 8, so they are inside w). They must be present,
                        // start with a non-zero byte and give a length ≥ 56.
                        let k := sub(l, 55)
                        hdr := add(1, k)
                        l := shr(sub(256, shl(3, k)), shl(8, w))
                        if iszero(gt(avail, k)) { ok := 0 }
                        if iszero(byte(1, w)) { ok := 0 }
                        if lt(l, 56) { ok := 0 }
                    }
                    // The content must fit before end. (If avail < hdr, ok is
                    // already 0 and the wrapped subtraction cannot revive it.)
                    if gt(l, sub(avail, hdr)) { ok := 0 }
                    // A single byte below 0x80 must have been encoded as itself.
                    if and(eq(p, 0x81), lt(byte(1, w), 0x80)) { ok := 0 }
                    if ok {
                        start := add(cur, hdr)
                        len := l
                    }
                }
            }
        }
    }

    /// @dev An unsigned integer of at most maxLen bytes without leading zero
    ///      bytes (zero is the empty string; the byte 0x00 is invalid).
    function _uint(uint256 cur, uint256 end, uint256 maxLen) private pure returns (uint256 next, uint256 v) {
        (uint256 s, uint256 l, bool isList) = _item(cur, end);
        assembly ("memory-safe") {
            next := not(0)
            if iszero(or(or(isList, eq(s, not(0))), gt(l, maxLen))) {
                let w := mload(s)
                if or(iszero(l), byte(0, w)) {
                    next := add(s, l)
                    // l = 0 shifts by 256, which yields 0.
                    v := shr(sub(256, shl(3, l)), w)
                }
            }
        }
    }

    /// @dev `to`: the empty string (no recipient) or exactly 20 bytes.
    function _address(uint256 cur, uint256 end) private pure returns (uint256 next, bool present, address a) {
        (uint256 s, uint256 l, bool isList) = _item(cur, end);
        next = FAIL;
        if (s == FAIL || isList) return (next, false, a);
        if (l == 20) {
            assembly ("memory-safe") {
                a := shr(96, mload(s))
            }
            present = true;
        } else if (l != 0) {
            return (next, false, a);
        }
        unchecked {
            next = s + l;
        }
    }

    /// @dev Any string (the data field); returns its length.
    function _string(uint256 cur, uint256 end) private pure returns (uint256 next, uint256 len) {
        (uint256 s, uint256 l, bool isList) = _item(cur, end);
        if (s == FAIL || isList) return (FAIL, 0);
        unchecked {
            return (s + l, l);
        }
    }

    /// @dev An access list: a list of [20-byte address, list of 32-byte keys]
    ///      entries. It is validated in full, since a malformed list is a bad
    ///      encoding (code 1) while a well-formed non-empty one is code 6.
    function _accessList(uint256 cur, uint256 end) private pure returns (uint256 next, uint256 count) {
        (uint256 s, uint256 l, bool isList) = _item(cur, end);
        if (s == FAIL || !isList) return (FAIL, 0);
        unchecked {
            uint256 listEnd = s + l;
            // Each entry ends within listEnd or fails, so the walk stops at
            // listEnd exactly or at FAIL.
            while (s < listEnd) {
                s = _accessEntry(s, listEnd);
                ++count;
            }
            if (s == FAIL) return (FAIL, 0);
            next = listEnd;
        }
    }

    /// @dev One access list entry [address, [key, …]]; returns its end or FAIL.
    function _accessEntry(uint256 cur, uint256 end) private pure returns (uint256) {
        (uint256 s, uint256 l, bool isList) = _item(cur, end);
        if (s == FAIL || !isList) return FAIL;
        unchecked {
            uint256 entryEnd = s + l;
            (s, l, isList) = _item(s, entryEnd);
            if (s == FAIL || isList || l != 20) return FAIL;
            (s, l, isList) = _item(s + l, entryEnd);
            // Exactly two items: the key list must close the entry.
            if (s == FAIL || !isList || s + l != entryEnd) return FAIL;
            while (s < entryEnd) {
                (s, l, isList) = _item(s, entryEnd);
                if (s == FAIL || isList || l != 32) return FAIL;
                s += l;
            }
            return entryEnd;
        }
    }

    // ---- stateless checks (§2.2.4, checks 2–11) ---------------------------------

    function _check(L2Transaction memory t, Fields memory f, uint64 chainId, uint256 baseFee)
        private
        pure
        returns (uint8 code, uint256 recId)
    {
        if (t.txType == 0) {
            // Legacy: v = 2·chainId + 35 + recId exactly; 27/28 (no replay
            // protection) and other chains' v fall through to code 3.
            uint256 base = 2 * uint256(chainId) + 35;
            if (f.v == base) recId = 0;
            else if (f.v == base + 1) recId = 1;
            else return (CODE_WRONG_CHAIN_ID, 0);
        } else if (f.chainId != chainId) {
            return (CODE_WRONG_CHAIN_ID, 0);
        }
        if (!f.hasTo) return (CODE_CONTRACT_CREATION, 0);
        if (f.dataLength != 0) return (CODE_NON_EMPTY_DATA, 0);
        if (f.accessListLength != 0) return (CODE_NON_EMPTY_ACCESS_LIST, 0);
        if (t.gasLimit < TRANSFER_GAS) return (CODE_GAS_LIMIT, 0);
        if (t.maxFeePerGas < baseFee) return (CODE_FEE_CAP_BELOW_BASE_FEE, 0);
        if (t.maxPriorityFeePerGas > t.maxFeePerGas) return (CODE_TIP_ABOVE_FEE_CAP, 0);
        if (t.txType == 2) {
            if (f.v > 1) return (CODE_BAD_SIGNATURE, 0);
            recId = f.v;
        }
        if (f.r == 0 || f.r >= SECP256K1_N || f.s == 0) return (CODE_BAD_SIGNATURE, 0);
        if (f.s > SECP256K1_HALF_N) return (CODE_HIGH_S, 0);
        return (CODE_OK, recId);
    }

    // ---- signing hash (§2.2.3) ------------------------------------------------

    /// @dev The signing payload reuses the transaction's own item bytes
    ///      [start, end): once the checks passed, `to` is 20 bytes, data is
    ///      empty (0x80) and a type-2 access list is empty (0xc0), and
    ///      canonical RLP has one encoding per value, so those bytes are what
    ///      a fresh encoding would produce. Only the list header is new, plus,
    ///      for legacy, the EIP-155 tail rlp(chainId) ‖ 0x80 ‖ 0x80.
    ///      legacy: keccak256(rlp([nonce, gasPrice, gas, to, value, data, chainId, 0, 0]))
    ///      type 2: keccak256(0x02 ‖ rlp([chainId, nonce, tip, feeCap, gas, to, value, data, []]))
    ///      The preimage is assembled past the free memory pointer and not kept.
    function _sigHash(uint256 txType, uint256 start, uint256 end, uint64 chainId) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            function byteLength(x) -> k {
                for {} x { x := shr(8, x) } { k := add(k, 1) }
            }
            let body := sub(end, start)
            let tail := 0 // left-aligned tail bytes (legacy only)
            let tailLen := 0
            if iszero(txType) {
                switch gt(chainId, 0x7f)
                case 0 {
                    // A one-byte integer is its own encoding; zero is 0x80.
                    let b := chainId
                    if iszero(b) { b := 0x80 }
                    tail := or(shl(248, b), shl(232, 0x8080))
                    tailLen := 3
                }
                default {
                    let k := byteLength(chainId)
                    tail := or(shl(248, add(0x80, k)), shl(sub(248, shl(3, k)), chainId))
                    tail := or(tail, shl(sub(232, shl(3, k)), 0x8080))
                    tailLen := add(k, 3)
                }
            }
            let payload := add(body, tailLen)
            let m := mload(0x40)
            let o := m
            if txType {
                mstore8(o, 0x02)
                o := add(o, 1)
            }
            switch lt(payload, 56)
            case 1 {
                mstore8(o, add(0xc0, payload))
                o := add(o, 1)
            }
            default {
                let k := byteLength(payload)
                mstore8(o, add(0xf7, k))
                mstore(add(o, 1), shl(sub(256, shl(3, k)), payload))
                o := add(o, add(1, k))
            }
            mcopy(o, start, body)
            o := add(o, body)
            if tailLen {
                mstore(o, tail)
                o := add(o, tailLen)
            }
            h := keccak256(m, sub(o, m))
        }
    }
}
