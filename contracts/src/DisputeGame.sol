// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {GamePosition} from "./game/GamePosition.sol";
import {IBatchInbox, IInbox, IOneStepVerifier, ISequencerSet} from "./game/IGameDeps.sol";
import {BatchHeader} from "./batch/BatchHeader.sol";

/// @title DisputeGame
/// @notice The rules of the bisection dispute games (docs/PROTOCOL.md
///         §7.2–§7.7): moves, one-step proofs, paginated resolution and credits,
///         for every game of the factory, keyed by game id. The Go model is
///         package bisection; every check runs in the order the spec lists,
///         so both reject an invalid action with the same error.
/// @dev    All games live in the one DisputeGameFactory contract (which
///         inherits this) rather than in per-game clones: no per-game
///         deployment, no delegatecall hop per action, the factory itself is
///         the SequencerSet fault contract, and the registry authenticates a
///         game by its id (docs/PROTOCOL.md §7.12).
///
///         Storage per claim, chosen for move gas (three fresh slots, and
///         nothing else fresh for a parent's first four children):
///           core[g][i]  position | parentIndex | claimant              (1 word)
///           values[g][i] the claimed state root                        (1 word)
///           info[key]   index | createdAt | flags | tail                (1 word)
///         with key = keccak256(g, parentIndex, position, value): the same key
///         that the duplicate rule (§4 check 7) needs, so the duplicate check
///         is "info[key] is occupied" and costs no extra slot; and since that
///         key is unique, the disputed check (§4 check 3) is "info[key of the
///         parent's parentIndex, position and `disputed`] holds the parent's
///         index", which needs no read of the parent's value. `tail` (160
///         bits) is, for a claim above the game depth, its child count and
///         its first four children (uint32 each); for a claim at the game
///         depth, which can have no children, the address that stepped it.
///         Children from the fifth on are packed eight per word.
///
///         Credits are per claim, not per recipient: a per-(game, recipient)
///         balance costs a fresh 20k slot for every recipient's first credit,
///         whereas resolution rewrites the claim's own `info` word anyway.
///         So resolution records who is paid (the claim's payee) in that word
///         and claimCredit pulls over claim indices, marking each FLAG_PAID.
///         The payee of a countered claim above the game depth is the
///         claimant of its leftmost uncountered child, whose index replaces
///         the claim's own index in bits 0–31 (FLAG_WINNER). The own index
///         is only needed to authenticate the claim as a move's parent, and
///         a resolved claim can no longer be a parent (its window is closed),
///         so _moveTarget authenticates such a record by its value instead.
abstract contract DisputeGame {
    using GamePosition for uint64;

    enum GameStatus {
        IN_PROGRESS,
        CHALLENGER_WINS,
        DEFENDER_WINS
    }

    /// @notice The parent index of a root claim (2^32 − 1, reserved).
    uint32 public constant NO_PARENT = type(uint32).max;

    uint8 internal constant FLAG_RESOLVED = 1;
    uint8 internal constant FLAG_COUNTERED = 2;
    uint8 internal constant FLAG_CHECKPOINT = 4; // a paginated resolution stored progress
    uint8 internal constant FLAG_WINNER = 8; // bits 0–31 hold the leftmost uncountered child, not the claim
    uint8 internal constant FLAG_PAID = 16; // the claim's bond has been paid to its payee

    // Claim words (see the contract's @dev).
    uint256 private constant M32 = 0xffffffff;
    uint256 private constant INLINE_CHILDREN = 4;

    uint8 internal constant KIND_DEPOSIT = 0;
    uint8 internal constant KIND_FORCED_TX = 1;
    uint8 internal constant KIND_BATCH_TX = 2;

    /// @notice The verifier's element (docs/PROTOCOL.md §2.7), built on chain
    ///         from authenticated values only.
    struct StepElement {
        uint8 kind;
        bytes payload;
        uint32 txIndex;
        uint32 txCount;
        bytes32 txRoot;
        bool batchVoid;
    }

    struct Game {
        // slot 0
        uint64 anchorBatch; // A
        uint64 batch; // B
        uint64 traceLength; // T = cumTrace[B] − cumTrace[A]
        uint64 cumTraceAnchor; // cumTrace[A], to locate steps
        // slot 1
        bytes32 anchorRoot;
        // slot 2: read by every action, written by moves (claimCount)
        uint64 createdAt;
        uint64 resolvedAt;
        uint32 claimCount;
        uint8 maxDepth; // D
        GameStatus status;
        bool sequencer; // the root is a batch header's stateRoot
        bool signersSlashed;
    }

    struct Checkpoint {
        uint32 nextChild;
        uint64 leftmostPosition; // 0 = none yet
        uint32 leftmostIndex; // the index, not the claimant: resolution records it as the payee's claim
    }

    /// @notice A claim as the views return it (docs/PROTOCOL.md §7.4).
    struct Claim {
        uint32 parentIndex;
        uint64 position;
        bytes32 value;
        address claimant;
        uint256 bond;
        uint64 createdAt;
        address counteredBy;
        uint32 childCount;
        bool resolved;
        bool countered;
        address payee; // who the bond goes to; zero until resolved
        bool paid; // the bond has been claimed (claimCredit)
    }

    uint64 public immutable claimTimeout;
    uint8 public immutable maxGameDepth;
    IBatchInbox public immutable batchInbox;
    IInbox public immutable inbox;
    ISequencerSet public immutable sequencerSet;
    IOneStepVerifier public immutable verifier;

    uint256 private immutable bondCount; // bondsByDepth.length, fixed
    uint256[] internal bonds; // bondsByDepth

    // A game exists iff its createdAt ≠ 0 (block.timestamp > 0): the existence
    // check reads the slot every action reads anyway, not an array length.
    mapping(uint256 => Game) internal games;
    uint256 internal gameTotal;
    // position (bits 0–63) | parentIndex (64–95) | claimant (96–255)
    mapping(uint256 => mapping(uint256 => uint256)) internal core;
    mapping(uint256 => mapping(uint256 => bytes32)) internal values;
    // index (0–31) | createdAt (32–79) | flags (80–87) | tail (88–247)
    mapping(bytes32 => uint256) internal info;
    // (parentIndex << 32 | word) → eight packed uint32 child indices, for
    // children 4, 5, … (the first four are in the parent's info tail)
    mapping(uint256 => mapping(uint256 => uint256)) internal childWords;
    mapping(uint256 => mapping(uint256 => Checkpoint)) internal checkpoints;

    event ClaimMoved(
        uint256 indexed gameId,
        uint32 indexed claimIndex,
        uint32 indexed parentIndex,
        uint64 position,
        bytes32 value,
        address claimant,
        uint256 bond
    );
    event Stepped(
        uint256 indexed gameId,
        uint32 indexed claimIndex,
        address indexed stepper,
        bool isAttack,
        uint64 stepIndex,
        bytes32 preRoot,
        bytes32 postRoot
    );
    event ResolutionProgress(uint256 indexed gameId, uint32 indexed claimIndex, uint32 nextChild);
    event ClaimResolved(
        uint256 indexed gameId, uint32 indexed claimIndex, bool countered, address recipient, uint256 bond
    );
    event GameResolved(uint256 indexed gameId, GameStatus status, uint64 resolvedAt);
    event CreditClaimed(uint256 indexed gameId, address indexed recipient, uint256 amount);
    event SignersSlashed(uint256 indexed gameId, address indexed recipient, uint256 signers, uint256 slashed);

    // Rules (docs/PROTOCOL.md §7.10).
    error IncorrectBondAmount();
    error GameNotInProgress();
    error ClaimNotFound();
    error InvalidDisputedClaim();
    error GameDepthExceeded();
    error CannotDefend();
    error CounterWindowClosed();
    error ClaimAlreadyExists();
    error NotMaxDepth();
    error DuplicateStep();
    error NoTraceAncestor();
    error ValidStep();
    error ClaimAlreadyResolved();
    error CounterWindowOpen();
    error OutOfOrderResolution();
    error GameInProgress();
    error NoCreditToClaim();
    // Contract-level (§12): game ids, step elements, transfers, slashing.
    error UnknownGame(uint256 gameId);
    error WrongBatchHeader(uint64 number);
    error StepNotInBatch(uint64 number, uint64 tracePosition);
    error WrongElementKind(uint8 kind);
    error EntryMismatch(uint64 entry);
    error TransferFailed(address recipient, uint256 amount);
    error NotSlashable();
    error AlreadySlashed();
    error SignersMismatch();

    constructor(
        IBatchInbox batchInbox_,
        ISequencerSet sequencerSet_,
        IOneStepVerifier verifier_,
        uint64 claimTimeout_,
        uint8 maxGameDepth_,
        uint256[] memory bondsByDepth_
    ) {
        claimTimeout = claimTimeout_;
        maxGameDepth = maxGameDepth_;
        batchInbox = batchInbox_;
        inbox = IInbox(batchInbox_.inbox());
        sequencerSet = sequencerSet_;
        verifier = verifier_;
        bonds = bondsByDepth_;
        bondCount = bondsByDepth_.length;
    }

    // ---- moves ------------------------------------------------------------------

    /// @notice Counter claim `parentIndex` of game `gameId`: attack (its value
    ///         is wrong; `value` is the state at the middle of its range) or
    ///         defend (it is right; the disagreement lies after it). msg.value
    ///         must be bondAt(depth of the new claim). `disputed` must be the
    ///         parent's value, so a reorg cannot redirect the move.
    function move(uint256 gameId, bytes32 disputed, uint32 parentIndex, bytes32 value, bool isAttack)
        external
        payable
        returns (uint32)
    {
        return _move(gameId, _game(gameId), disputed, parentIndex, value, isAttack);
    }

    /// @dev §4 checks 1–7 in order, then append the claim.
    function _move(
        uint256 gameId,
        Game storage g,
        bytes32 disputed,
        uint32 parentIndex,
        bytes32 value,
        bool isAttack
    ) internal returns (uint32 idx) {
        if (g.status != GameStatus.IN_PROGRESS) revert GameNotInProgress();
        idx = g.claimCount;
        if (parentIndex >= idx) revert ClaimNotFound();
        (uint64 pos, bytes32 pkey, uint256 p) = _moveTarget(gameId, g.maxDepth, disputed, parentIndex, isAttack);
        uint256 bond = bondAt(pos.depth());
        if (msg.value != bond) revert IncorrectBondAmount();
        bytes32 key = _infoKey(gameId, parentIndex, pos, value);
        if (info[key] != 0) revert ClaimAlreadyExists();

        core[gameId][idx] = _coreWord(pos, parentIndex, msg.sender);
        values[gameId][idx] = value;
        info[key] = _infoWord(idx, block.timestamp);
        _appendChild(gameId, parentIndex, pkey, p, idx);
        g.claimCount = idx + 1; // < 2^32 − 1: a game would need ~2^32 bonded moves
        emit ClaimMoved(gameId, idx, parentIndex, pos, value, msg.sender, bond);
    }

    /// @dev Push child idx onto the parent's children. The parent is above
    ///      the game depth: its info tail is childCount | four children.
    function _appendChild(uint256 gameId, uint32 parentIndex, bytes32 pkey, uint256 p, uint32 idx) private {
        uint256 k = (p >> 216) & M32;
        if (k < INLINE_CHILDREN) {
            p |= uint256(idx) << (88 + 32 * k);
        } else {
            uint256 w = k - INLINE_CHILDREN;
            childWords[gameId][(uint256(parentIndex) << 32) | (w >> 3)] |= uint256(idx) << ((w & 7) * 32);
        }
        info[pkey] = p + (uint256(1) << 216); // childCount < 2^32 − 1: as claimCount
    }

    /// @dev §4 checks 3–5: the disputed value, the move's legality at the
    ///      parent's position, the parent's window. Returns the new position
    ///      and the parent's info key and word.
    function _moveTarget(uint256 gameId, uint8 d, bytes32 disputed, uint32 parentIndex, bool isAttack)
        private
        view
        returns (uint64 pos, bytes32 pkey, uint256 p)
    {
        uint256 pc = core[gameId][parentIndex];
        uint64 ppos = uint64(pc);
        // Keys are unique (§4 check 7), so this record is the parent's iff
        // `disputed` is the parent's value.
        pkey = _infoKey(gameId, uint32(pc >> 64), ppos, disputed);
        p = info[pkey];
        // A resolved claim's record may hold its winner's index instead of
        // its own; keys are unique, so the value identifies it as well (this
        // costs a read only on that path, which fails below anyway).
        if (p == 0) revert InvalidDisputedClaim();
        if ((p >> 80) & FLAG_WINNER == 0 ? uint32(p) != parentIndex : values[gameId][parentIndex] != disputed) {
            revert InvalidDisputedClaim();
        }
        if (ppos.depth() >= d) revert GameDepthExceeded();
        if (isAttack) {
            pos = ppos << 1;
        } else {
            if (ppos == 1 || ppos.traceIndex(d) == (uint64(1) << d) - 1) revert CannotDefend();
            pos = (ppos + 1) << 1; // not on the right edge: stays at depth + 1 ≤ 63
        }
        if (block.timestamp - _createdAt(p) >= claimTimeout) revert CounterWindowClosed();
    }

    /// @dev Store a game's root claim at index 0 (creation, §3).
    function _rootClaim(uint256 gameId, Game storage g, bytes32 value, address claimant, uint256 bond) internal {
        core[gameId][0] = _coreWord(1, NO_PARENT, claimant);
        values[gameId][0] = value;
        info[_infoKey(gameId, NO_PARENT, 1, value)] = _infoWord(0, block.timestamp);
        g.claimCount = 1;
        emit ClaimMoved(gameId, 0, NO_PARENT, 1, value, claimant, bond);
    }

    // ---- steps ------------------------------------------------------------------

    /// @notice Counter claim `claimIndex` (at the game depth) with a one-step
    ///         proof (§5). Attack step: pre = the state at t − 1, post = the
    ///         claim; defend step: pre = the claim, post = the state at t + 1.
    ///         For a step inside the trace (s < T) the caller supplies the
    ///         header of the batch holding step s, the element's kind and
    ///         payload (an inbox entry, or a batch transaction) and the
    ///         verifier witness; the game authenticates all of it and builds
    ///         the verifier's element itself. Padding steps (s ≥ T) ignore them.
    /// @param header abi.encode(BatchHeader) of the batch holding step s.
    function step(
        uint256 gameId,
        uint32 claimIndex,
        bool isAttack,
        bytes calldata header,
        uint8 kind,
        bytes calldata payload,
        bytes calldata witness
    ) external {
        Game storage g = _game(gameId);
        StepCtx memory x = _stepInputs(gameId, g, claimIndex, isAttack);
        // §5.4: padding steps, and transactions of a void batch, are no-ops
        // the game evaluates itself. A void batch's data may be withheld
        // for good, so its steps must not need the transaction or a proof.
        bytes32 succ = x.pre;
        if (x.stepIndex < g.traceLength) {
            (bytes memory el, bool voidTx) = _element(g, x.stepIndex, header, kind, payload);
            if (!voidTx) (succ,) = verifier.step(x.pre, el, witness);
        }
        _recordStep(gameId, claimIndex, isAttack, x, succ);
    }

    /// @dev §5.2 counter rule, then the effect.
    function _recordStep(uint256 gameId, uint32 claimIndex, bool isAttack, StepCtx memory x, bytes32 succ) private {
        bool counters = x.postSameSide ? succ != x.post : succ == x.post;
        if (!counters) revert ValidStep();
        // A claim at the game depth has no children: its tail is the stepper.
        info[x.key] = x.info | (uint256(uint160(msg.sender)) << 88);
        emit Stepped(gameId, claimIndex, msg.sender, isAttack, x.stepIndex, x.pre, succ);
    }

    /// @dev What §5.1 decides before any proof is looked at.
    struct StepCtx {
        uint64 stepIndex;
        bytes32 pre;
        bytes32 post;
        bool postSameSide;
        bytes32 key; // the claim's info key and word
        uint256 info;
    }

    /// @dev §5.3 checks 1–6 and the pre-/post-state of the step (§5.1).
    function _stepInputs(uint256 gameId, Game storage g, uint32 claimIndex, bool isAttack)
        private
        view
        returns (StepCtx memory x)
    {
        if (g.status != GameStatus.IN_PROGRESS) revert GameNotInProgress();
        if (claimIndex >= g.claimCount) revert ClaimNotFound();
        uint256 cw = core[gameId][claimIndex];
        uint64 position = uint64(cw);
        uint32 parentIndex = uint32(cw >> 64);
        uint8 d = g.maxDepth;
        if (position.depth() != d) revert NotMaxDepth();
        bytes32 value = values[gameId][claimIndex];
        x.key = _infoKey(gameId, parentIndex, position, value);
        x.info = info[x.key];
        if (block.timestamp - _createdAt(x.info) >= claimTimeout) revert CounterWindowClosed();
        if (x.info >> 88 != 0) revert DuplicateStep();

        uint64 i = position.traceIndex(d);
        x.postSameSide = true;
        if (isAttack) {
            x.stepIndex = i;
            x.post = value;
            if (i == 0) {
                x.pre = g.anchorRoot;
            } else {
                (bool found, bytes32 v,) = _traceAncestor(gameId, parentIndex, i - 1, d);
                if (!found) revert NoTraceAncestor();
                x.pre = v;
            }
        } else {
            x.stepIndex = i + 1; // i ≤ 2^63 − 1
            x.pre = value;
            (bool found, bytes32 v, uint64 p) = _traceAncestor(gameId, parentIndex, i + 1, d);
            if (!found) revert NoTraceAncestor();
            x.post = v;
            x.postSameSide = (p.depth() & 1) == (d & 1);
        }
    }

    /// @dev Decode abi.encode(BatchHeader) and check it is batch n's stored
    ///      header. Headers cross the ABI as bytes (not as the struct) so the
    ///      Go bindings keep one BatchHeader type, BatchInbox's. abi.decode
    ///      rejects non-canonical words, so the hash of the bytes is the hash
    ///      of the decoded header. Batch 0 and unposted batches have
    ///      headerHash 0, which no header hashes to.
    function _checkedHeader(bytes calldata encoded) internal view returns (BatchHeader memory h) {
        if (encoded.length != 11 * 32) revert WrongBatchHeader(0);
        h = abi.decode(encoded, (BatchHeader));
        if (keccak256(encoded) != batchInbox.headerHash(h.number)) revert WrongBatchHeader(h.number);
    }

    /// @dev Walk from claim `from` up to the root; the first claim with trace
    ///      index `target` (unique on a chain, §2 fact 2).
    function _traceAncestor(uint256 gameId, uint32 from, uint64 target, uint8 d)
        private
        view
        returns (bool found, bytes32 value, uint64 position)
    {
        uint32 cur = from;
        while (cur != NO_PARENT) {
            uint256 a = core[gameId][cur];
            position = uint64(a);
            if (position.traceIndex(d) == target) return (true, values[gameId][cur], position);
            cur = uint32(a >> 64);
        }
        return (false, bytes32(0), 0);
    }

    /// @dev §5.5: authenticate step s's batch and element; return the
    ///      verifier's element, abi.encode(StepElement), or voidTx = true for
    ///      a transaction of a void batch (a no-op needing no element).
    function _element(Game storage g, uint64 s, bytes calldata encodedHeader, uint8 kind, bytes calldata payload)
        private
        view
        returns (bytes memory, bool voidTx)
    {
        BatchHeader memory header = _checkedHeader(encodedHeader);
        uint64 n = header.number;
        uint64 gpos = g.cumTraceAnchor + s;
        uint64 cumPrev = batchInbox.cumTrace(n - 1);
        uint64 entries = header.queueEnd - header.queueStart;
        // cumTrace[n] = cumTrace[n−1] + entries + txCount (how BatchInbox
        // computes it), so one lookup suffices. cumTrace[A] ≤ gpos < cumTrace[B]
        // and cumTrace is non-decreasing, so containment implies A < n ≤ B.
        if (gpos < cumPrev || gpos >= cumPrev + entries + header.txCount) revert StepNotInBatch(n, gpos);
        uint64 j = gpos - cumPrev;
        StepElement memory el;
        el.kind = kind;
        el.payload = payload;
        if (j < entries) {
            if (kind != KIND_DEPOSIT && kind != KIND_FORCED_TX) revert WrongElementKind(kind);
            uint64 q = header.queueStart + j;
            (bytes32 h,) = inbox.entry(q);
            if (keccak256(abi.encodePacked(kind, payload)) != h) revert EntryMismatch(q);
        } else {
            if (kind != KIND_BATCH_TX) revert WrongElementKind(kind);
            if (batchInbox.isVoid(n)) return ("", true);
            // The verifier proves payload at txIndex under txRoot (§5.5);
            // txCount and txRoot come from the checked header, never from
            // the caller.
            el.txIndex = uint32(j - entries);
            el.txCount = header.txCount;
            el.txRoot = header.txRoot;
        }
        return (abi.encode(el), false);
    }

    // ---- resolution -------------------------------------------------------------

    /// @notice Resolve claim `claimIndex`, or advance its paginated resolution
    ///         by at most `maxChildren` children (0 = all remaining), §6.
    ///         Resolving the root resolves the game.
    function resolveClaim(uint256 gameId, uint32 claimIndex, uint32 maxChildren) external {
        Game storage g = _game(gameId);
        if (claimIndex >= g.claimCount) revert ClaimNotFound();
        uint256 cw = core[gameId][claimIndex];
        uint64 position = uint64(cw);
        bytes32 key = _infoKey(gameId, uint32(cw >> 64), position, values[gameId][claimIndex]);
        uint256 ci = info[key];
        uint8 flags = uint8(ci >> 80);
        if (flags & FLAG_RESOLVED != 0) revert ClaimAlreadyResolved();
        if (block.timestamp - _createdAt(ci) < claimTimeout) revert CounterWindowOpen();

        // A claim at the game depth has no children; its tail is the stepper.
        bool leaf = position.depth() == g.maxDepth;
        Checkpoint memory cp;
        if (!leaf) {
            if (flags & FLAG_CHECKPOINT != 0) cp = checkpoints[gameId][claimIndex];
            uint32 n = uint32(ci >> 216);
            uint32 end = n;
            if (maxChildren != 0 && n - cp.nextChild > maxChildren) end = cp.nextChild + maxChildren;
            _scanChildren(gameId, claimIndex, ci, end, cp);
            cp.nextChild = end;
            if (end < n) {
                checkpoints[gameId][claimIndex] = cp;
                info[key] = ci | (uint256(FLAG_CHECKPOINT) << 80);
                emit ResolutionProgress(gameId, claimIndex, end);
                return;
            }
            if (flags & FLAG_CHECKPOINT != 0) checkpoints[gameId][claimIndex] = cp;
        }

        _finalize(gameId, g, claimIndex, cw, key, ci, leaf, cp);
    }

    /// @dev Finalization (§6). The payee is recorded in the `info` word this
    ///      write sets anyway (see the contract's storage notes): no
    ///      per-recipient slot, so no fresh slot.
    function _finalize(
        uint256 gameId,
        Game storage g,
        uint32 claimIndex,
        uint256 cw,
        bytes32 key,
        uint256 ci,
        bool leaf,
        Checkpoint memory cp
    ) private {
        address recipient = address(uint160(cw >> 96));
        bool countered = true;
        if (cp.leftmostPosition != 0) {
            recipient = address(uint160(core[gameId][cp.leftmostIndex] >> 96));
            ci = ((ci >> 32) << 32) | cp.leftmostIndex | (uint256(FLAG_RESOLVED | FLAG_COUNTERED | FLAG_WINNER) << 80);
        } else if (leaf && ci >> 88 != 0) {
            recipient = address(uint160(ci >> 88));
            ci |= uint256(FLAG_RESOLVED | FLAG_COUNTERED) << 80;
        } else {
            countered = false;
            ci |= uint256(FLAG_RESOLVED) << 80;
        }
        info[key] = ci;
        _settle(gameId, g, claimIndex, uint64(cw), countered, recipient);
    }

    /// @dev Resolving the root resolves the game. The bond stays in the
    ///      contract until claimCredit pays it to the payee.
    function _settle(uint256 gameId, Game storage g, uint32 claimIndex, uint64 position, bool countered, address recipient)
        private
    {
        emit ClaimResolved(gameId, claimIndex, countered, recipient, _bondOf(g, claimIndex, position));

        if (claimIndex == 0) {
            g.resolvedAt = uint64(block.timestamp);
            g.status = countered ? GameStatus.CHALLENGER_WINS : GameStatus.DEFENDER_WINS;
            emit GameResolved(gameId, g.status, uint64(block.timestamp));
        }
    }

    /// @dev Process children [cp.nextChild, end) into cp (§6). Processing
    ///      while checking is the spec's check-then-process: any failure
    ///      reverts the whole call.
    function _scanChildren(uint256 gameId, uint32 claimIndex, uint256 ci, uint32 end, Checkpoint memory cp)
        private
        view
    {
        for (uint32 k = cp.nextChild; k < end; k++) {
            uint32 child = _childAt(gameId, claimIndex, ci, k);
            (uint256 ch, uint8 chFlags) = _childRecord(gameId, claimIndex, child);
            if (chFlags & FLAG_RESOLVED == 0) revert OutOfOrderResolution();
            uint64 chPos = uint64(ch);
            if (chFlags & FLAG_COUNTERED == 0 && (cp.leftmostPosition == 0 || chPos < cp.leftmostPosition)) {
                cp.leftmostPosition = chPos;
                cp.leftmostIndex = child;
            }
        }
    }

    /// @dev A child's core word and flags.
    function _childRecord(uint256 gameId, uint32 parentIndex, uint32 child)
        private
        view
        returns (uint256 ch, uint8 flags)
    {
        ch = core[gameId][child];
        flags = uint8(info[_infoKey(gameId, parentIndex, uint64(ch), values[gameId][child])] >> 80);
    }

    /// @dev Child k of a claim above the game depth whose info word is ci.
    function _childAt(uint256 gameId, uint32 claimIndex, uint256 ci, uint256 k) private view returns (uint32) {
        if (k < INLINE_CHILDREN) return uint32(ci >> (88 + 32 * k));
        k -= INLINE_CHILDREN;
        return uint32(childWords[gameId][(uint256(claimIndex) << 32) | (k >> 3)] >> ((k & 7) * 32));
    }

    // ---- credits and slashing -------------------------------------------------------

    /// @notice Pay `recipient` the bonds of claims `claimIndices` of game
    ///         `gameId` once the game is resolved (§7). Each listed claim
    ///         must be unpaid, have a non-zero bond and have `recipient` as
    ///         its payee; any other claim reverts the whole call. Anyone may
    ///         trigger it; the ETH goes to recipient.
    function claimCredit(uint256 gameId, address recipient, uint32[] calldata claimIndices) external {
        Game storage g = _game(gameId);
        if (g.status == GameStatus.IN_PROGRESS) revert GameInProgress();
        if (claimIndices.length == 0) revert NoCreditToClaim();
        uint256 amount;
        for (uint256 k = 0; k < claimIndices.length; k++) {
            amount += _markPaid(gameId, g, recipient, claimIndices[k]);
        }
        emit CreditClaimed(gameId, recipient, amount);
        (bool ok,) = recipient.call{value: amount}("");
        if (!ok) revert TransferFailed(recipient, amount);
    }

    /// @dev Mark claim i's bond paid to recipient and return it. Flags are
    ///      set before claimCredit's call, and re-read per index: no double
    ///      pay by re-entrancy or by listing a claim twice.
    function _markPaid(uint256 gameId, Game storage g, address recipient, uint32 i) private returns (uint256 bond) {
        if (i >= g.claimCount) revert ClaimNotFound();
        uint256 cw = core[gameId][i];
        bytes32 key = _infoKey(gameId, uint32(cw >> 64), uint64(cw), values[gameId][i]);
        uint256 ci = info[key];
        bond = _bondOf(g, i, uint64(cw));
        // The game is resolved, so every claim is (the root's resolution
        // needs its children's, recursively): the payee is final.
        if (ci & (uint256(FLAG_PAID) << 80) != 0 || bond == 0 || _payee(gameId, cw, ci) != recipient) {
            revert NoCreditToClaim();
        }
        info[key] = ci | (uint256(FLAG_PAID) << 80);
    }

    /// @dev The payee recorded at resolution (zero while unresolved): the
    ///      claimant of the leftmost uncountered child, else the stepper,
    ///      else the claim's own claimant.
    function _payee(uint256 gameId, uint256 cw, uint256 ci) private view returns (address) {
        uint8 flags = uint8(ci >> 80);
        if (flags & FLAG_RESOLVED == 0) return address(0);
        if (flags & FLAG_WINNER != 0) return address(uint160(core[gameId][uint32(ci)] >> 96));
        if (flags & FLAG_COUNTERED != 0) return address(uint160(ci >> 88));
        return address(uint160(cw >> 96));
    }

    /// @notice A sequencer game that ended CHALLENGER_WINS slashes every signer
    ///         of its header in full; slashRewardPercent of it goes to the
    ///         claimant of the root's leftmost uncountered child (§6). The list
    ///         is supplied by the caller (BatchInbox stores only its hash) and
    ///         must be exactly the batch's signers, sorted as posted. A separate
    ///         call, so that resolving the root never depends on the list's
    ///         size. Once per game.
    function slashSigners(uint256 gameId, address[] calldata signers) external {
        Game storage g = _game(gameId);
        if (!g.sequencer || g.status != GameStatus.CHALLENGER_WINS) revert NotSlashable();
        if (g.signersSlashed) revert AlreadySlashed();
        if (keccak256(abi.encodePacked(signers)) != batchInbox.signersHash(g.batch)) revert SignersMismatch();
        g.signersSlashed = true;
        address recipient = _slashRecipient(gameId, g);
        uint256 total;
        for (uint256 k = 0; k < signers.length; k++) {
            total += sequencerSet.slash(signers[k], recipient, type(uint256).max);
        }
        emit SignersSlashed(gameId, recipient, signers.length, total);
    }

    // ---- views ----------------------------------------------------------------------

    /// @notice bondAt(d) = bondsByDepth[min(d, len − 1)].
    function bondAt(uint256 d) public view returns (uint256) {
        uint256 n = bondCount;
        return bonds[d < n ? d : n - 1];
    }

    function bondsByDepth() external view returns (uint256[] memory) {
        return bonds;
    }

    function gameCount() external view returns (uint256) {
        return gameTotal;
    }

    function game(uint256 gameId) external view returns (Game memory) {
        return _game(gameId);
    }

    function claimCount(uint256 gameId) external view returns (uint32) {
        return _game(gameId).claimCount;
    }

    function claim(uint256 gameId, uint32 claimIndex) public view returns (Claim memory c) {
        Game storage g = _game(gameId);
        if (claimIndex >= g.claimCount) revert ClaimNotFound();
        uint256 cw = core[gameId][claimIndex];
        uint64 position = uint64(cw);
        bytes32 v = values[gameId][claimIndex];
        uint256 ci = info[_infoKey(gameId, uint32(cw >> 64), position, v)];
        bool leaf = position.depth() == g.maxDepth;
        uint8 flags = uint8(ci >> 80);
        c = Claim({
            parentIndex: uint32(cw >> 64),
            position: position,
            value: v,
            claimant: address(uint160(cw >> 96)),
            bond: _bondOf(g, claimIndex, position),
            createdAt: _createdAt(ci),
            counteredBy: leaf ? address(uint160(ci >> 88)) : address(0),
            childCount: leaf ? 0 : uint32(ci >> 216),
            resolved: flags & FLAG_RESOLVED != 0,
            countered: flags & FLAG_COUNTERED != 0,
            payee: _payee(gameId, cw, ci),
            paid: flags & FLAG_PAID != 0
        });
    }

    /// @notice Claims [from, from + count) of a game (clipped to the claim count).
    function claims(uint256 gameId, uint32 from, uint32 count) external view returns (Claim[] memory out) {
        uint32 n = _game(gameId).claimCount;
        if (from > n) from = n;
        if (count > n - from) count = n - from;
        out = new Claim[](count);
        for (uint32 k = 0; k < count; k++) {
            out[k] = claim(gameId, from + k);
        }
    }

    /// @notice The children of a claim, in creation order.
    function children(uint256 gameId, uint32 claimIndex) external view returns (uint32[] memory out) {
        Claim memory c = claim(gameId, claimIndex);
        uint256 ci = info[_infoKey(gameId, c.parentIndex, c.position, c.value)];
        out = new uint32[](c.childCount);
        for (uint32 k = 0; k < c.childCount; k++) {
            out[k] = _childAt(gameId, claimIndex, ci, k);
        }
    }

    /// @notice Stored progress of a paginated resolution (zero if the claim
    ///         was resolved in one call, which stores no checkpoint).
    function checkpoint(uint256 gameId, uint32 claimIndex) external view returns (Checkpoint memory) {
        return checkpoints[gameId][claimIndex];
    }

    /// @notice Who is rewarded for a lost sequencer claim: the root's payee
    ///         (zero for any other game or outcome).
    function slashRecipient(uint256 gameId) external view returns (address) {
        return _slashRecipient(gameId, _game(gameId));
    }

    /// @dev A lost root sits above the game depth, so it fell to an
    ///      uncountered child and its payee is that child's claimant.
    function _slashRecipient(uint256 gameId, Game storage g) private view returns (address) {
        if (!g.sequencer || g.status != GameStatus.CHALLENGER_WINS) return address(0);
        uint256 cw = core[gameId][0];
        return _payee(gameId, cw, info[_infoKey(gameId, NO_PARENT, uint64(cw), values[gameId][0])]);
    }

    /// @notice What AnchorStateRegistry reads (IDisputeGameResults).
    function gameResult(uint256 gameId)
        external
        view
        returns (uint8 status, uint64 resolvedAt, uint64 batch, bytes32 rootClaim)
    {
        Game storage g = _game(gameId);
        return (uint8(g.status), g.resolvedAt, g.batch, values[gameId][0]);
    }

    // ---- internals ------------------------------------------------------------------

    function _game(uint256 gameId) internal view returns (Game storage) {
        Game storage g = games[gameId];
        if (g.createdAt == 0) revert UnknownGame(gameId);
        return g;
    }

    /// @dev A claim's bond is not stored: it is bondAt(depth), except the
    ///      root of a sequencer game, which is backed by the signers' stake.
    function _bondOf(Game storage g, uint32 claimIndex, uint64 position) internal view returns (uint256) {
        if (claimIndex == 0 && g.sequencer) return 0;
        return bondAt(position.depth());
    }

    function _coreWord(uint64 position, uint32 parentIndex, address claimant) internal pure returns (uint256) {
        return uint256(position) | (uint256(parentIndex) << 64) | (uint256(uint160(claimant)) << 96);
    }

    /// @dev A new claim's info word: its index and createdAt, no flags, empty tail.
    function _infoWord(uint32 index, uint256 createdAt) internal pure returns (uint256) {
        // uint48 holds any block.timestamp for millions of years; the views
        // return it as the spec's uint64.
        return uint256(index) | ((createdAt & 0xffffffffffff) << 32);
    }

    function _createdAt(uint256 infoWord) internal pure returns (uint64) {
        return uint64((infoWord >> 32) & 0xffffffffffff);
    }

    function _infoKey(uint256 gameId, uint32 parentIndex, uint64 position, bytes32 value)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(gameId, parentIndex, position, value));
    }
}
