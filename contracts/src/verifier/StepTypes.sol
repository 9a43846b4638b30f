// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

// Shared vocabulary of the one-step verifier: result codes, element kinds, the
// decoded forms of the ABI-encoded element and witness, and the custom errors.
// Normative reference: docs/PROTOCOL.md section 2.
//
// The errors are declared at file level rather than inside the libraries so
// that the libraries, whose functions are all internal, stay ABI-less (no
// artifact, no binding); every contract that can revert with one of them still
// lists it in its own ABI.

// ---- result codes (§2.1) -------------------------------------------------------
// A step with a code other than OK is a no-op: post-state root = pre-state root.

uint8 constant CODE_OK = 0;
uint8 constant CODE_BAD_ENCODING = 1;
uint8 constant CODE_TX_TYPE = 2;
uint8 constant CODE_WRONG_CHAIN_ID = 3;
uint8 constant CODE_CONTRACT_CREATION = 4;
uint8 constant CODE_NON_EMPTY_DATA = 5;
uint8 constant CODE_NON_EMPTY_ACCESS_LIST = 6;
uint8 constant CODE_GAS_LIMIT = 7;
uint8 constant CODE_FEE_CAP_BELOW_BASE_FEE = 8;
uint8 constant CODE_TIP_ABOVE_FEE_CAP = 9;
uint8 constant CODE_BAD_SIGNATURE = 10;
uint8 constant CODE_HIGH_S = 11;
uint8 constant CODE_NONCE = 12;
uint8 constant CODE_INSUFFICIENT_BALANCE = 13;
uint8 constant CODE_BALANCE_OVERFLOW = 14;
uint8 constant CODE_VOID_BATCH = 15;

// ---- element kinds (§2.7.1) ----------------------------------------------------
// The inbox kinds equal the Inbox entry kinds, so an inbox element's entry hash
// is keccak256(uint8 kind ‖ payload).

uint8 constant KIND_DEPOSIT = 0;
uint8 constant KIND_FORCED_TX = 1;
uint8 constant KIND_BATCH_TX = 2;

// ---- decoded element and witness ---------------------------------------------
// The verifier reads the ABI encodings straight from calldata and keeps only
// offsets for the variable-length parts: payload bytes are copied once, when a
// transaction is decoded, and proof siblings are never copied at all (each is
// read with one calldataload while folding).

/// @dev abi.encode(StepElement) after validation. Offsets are relative to the
///      start of the encoded element (its `bytes calldata`).
struct Element {
    uint256 kind;
    uint256 payloadStart;
    uint256 payloadLength;
    uint256 txIndex;
    uint256 txCount;
    bytes32 txRoot;
    bool batchVoid;
}

/// @dev One SMTProof (§2.3.2). `siblings` is the absolute calldata offset of the
///      first listed sibling and `count` how many are listed; the siblings are
///      never copied to memory.
struct StateProof {
    uint256 bitmap;
    uint256 siblings;
    uint256 count;
    uint256 depth;
    uint256 terminal;
    bytes32 otherKey;
    uint256 nonce;
    uint256 balance;
}

/// @dev abi.encode(StepWitness) after validation. `txProof` is an absolute
///      calldata offset like StateProof.siblings.
struct Witness {
    uint256 txProof;
    uint256 txProofLength;
    StateProof sender;
    StateProof recipient;
}

// ---- errors ------------------------------------------------------------------
// A revert means the caller handed in something that cannot be evaluated (a
// malformed element or witness); it is never the outcome of a transaction.

/// @notice abi.encode(StepElement) does not decode (go-ethereum's decoder rejects it too).
error MalformedElement();
/// @notice abi.encode(StepWitness) does not decode.
error MalformedWitness();
/// @notice abi.encode(SMTProof) does not decode (stand-alone proofs, test harness).
error MalformedProof();
/// @notice The element kind is none of deposit (0), forced tx (1), batch tx (2).
error UnknownElementKind(uint256 kind);
/// @notice A deposit payload must be to (20 bytes) ‖ amount (32 bytes).
error BadDepositPayload(uint256 length);
/// @notice A batch transaction's index is not below the batch's txCount.
error TxIndexOutOfRange(uint256 txIndex, uint256 txCount);
/// @notice The batch transaction is not at txIndex under txRoot (§2.5.2).
error TxNotInBatch();

/// @notice State proof: depth above 256 (§2.3.3 check 1).
error ProofDepthTooLarge(uint256 depth);
/// @notice State proof: a bitmap bit at an index ≥ depth (check 2).
error ProofBitmapBeyondDepth();
/// @notice State proof: the listed siblings do not match the bitmap (check 3).
error ProofSiblingCount(uint256 listed, uint256 bitmapBits);
/// @notice State proof: a listed sibling is zero (check 3).
error ProofZeroSibling();
/// @notice State proof: the deepest sibling s_{depth-1} is empty (check 4).
error ProofTerminalUnderEmptySibling();
/// @notice State proof: terminal kind other than 0, 1, 2 (check 5).
error ProofBadTerminal(uint256 terminal);
/// @notice State proof: an empty terminal carrying a key or an account (check 5).
error ProofEmptyTerminalWithData();
/// @notice State proof: a membership terminal carrying another key (check 5).
error ProofMembershipWithOtherKey();
/// @notice State proof: the other leaf is the key itself or not on its path (check 5).
error ProofOtherKeyNotOnPath();
/// @notice State proof: the path does not hash to the expected root.
error ProofRootMismatch(bytes32 computed, bytes32 expected);

// ---- helpers -----------------------------------------------------------------

/// @dev Leading zero bits of x (x ≠ 0): for x = a ^ b, the index of the first
///      bit where a and b differ. A binary search, since cancun has no CLZ.
function countLeadingZeros(uint256 x) pure returns (uint256 n) {
    assembly {
        if iszero(shr(128, x)) {
            n := 128
            x := shl(128, x)
        }
        if iszero(shr(192, x)) {
            n := add(n, 64)
            x := shl(64, x)
        }
        if iszero(shr(224, x)) {
            n := add(n, 32)
            x := shl(32, x)
        }
        if iszero(shr(240, x)) {
            n := add(n, 16)
            x := shl(16, x)
        }
        if iszero(shr(248, x)) {
            n := add(n, 8)
            x := shl(8, x)
        }
        if iszero(shr(252, x)) {
            n := add(n, 4)
            x := shl(4, x)
        }
        if iszero(shr(254, x)) {
            n := add(n, 2)
            x := shl(2, x)
        }
        if iszero(shr(255, x)) { n := add(n, 1) }
    }
}
