// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {DisputeGame} from "./DisputeGame.sol";
import {AnchorStateRegistry} from "./AnchorStateRegistry.sol";
import {GamePosition} from "./game/GamePosition.sol";
import {IBatchInbox, IOneStepVerifier, ISequencerSet} from "./game/IGameDeps.sol";
import {BatchHeader} from "./batch/BatchHeader.sol";

/// @title DisputeGameFactory
/// @notice Opens dispute games (docs/PROTOCOL.md §7.3) and holds them all,
///         keyed by game id (the rules are in DisputeGame). Two kinds:
///           - prover claims, `create(batch, rootClaim)` with bondAt(0);
///           - sequencer claims, `createSequencerGame(header, attackValue)`:
///             the root is the header's stateRoot, backed by its signers'
///             bonds in SequencerSet (root bond 0, claimant = SequencerSet),
///             and the opener attacks it in the same transaction with bondAt(1).
///         A game covers batches A+1 … B from the registry's anchor (A, rootA).
/// @dev    Deploys its AnchorStateRegistry in the constructor (each needs the
///         other's address). Must be on SequencerSet's fault-contract
///         allowlist for sequencer games to slash.
contract DisputeGameFactory is DisputeGame {
    using GamePosition for uint64;

    /// @notice The registry whose anchor new games start from.
    AnchorStateRegistry public immutable anchorRegistry;
    /// @notice The config's da.challengeWindow: a batch may be disputed only
    ///         after postedAt + challengeWindow, once its void flag is final.
    uint64 public immutable challengeWindow;

    /// @notice One game per (kind, batch, root claim): a second identical game
    ///         could only split the rewards. For sequencer games the root is
    ///         the one header's stateRoot, so this is one game per batch header.
    mapping(bytes32 => uint256) private gameByKey; // game id + 1

    event GameCreated(
        uint256 indexed gameId,
        uint64 indexed batch,
        address indexed creator,
        bytes32 rootClaim,
        bool sequencer,
        uint64 anchorBatch,
        bytes32 anchorRoot,
        uint64 traceLength,
        uint8 maxDepth
    );

    error InvalidParameters();
    error UnknownBatch(uint64 number);
    error BatchNotFinal(uint64 number, uint64 finalAfter);
    error DAChallengePending();
    error BatchIsVoid(uint64 number);
    error NoSequencerClaim(uint64 number);
    error GameAlreadyExists(uint256 gameId);
    error BatchNotAfterAnchor();
    error TraceTooLong();

    constructor(
        IBatchInbox batchInbox_,
        ISequencerSet sequencerSet_,
        IOneStepVerifier verifier_,
        bytes32 genesisRoot,
        uint64 challengeWindow_,
        uint64 claimTimeout_,
        uint8 maxGameDepth_,
        uint256[] memory bondsByDepth_,
        uint64 anchorAirgap_
    ) DisputeGame(batchInbox_, sequencerSet_, verifier_, claimTimeout_, maxGameDepth_, bondsByDepth_) {
        // The rollup config validates these too (bisection.Params.Validate).
        if (claimTimeout_ == 0 || maxGameDepth_ == 0 || maxGameDepth_ > 63 || bondsByDepth_.length == 0) {
            revert InvalidParameters();
        }
        for (uint256 k = 0; k < bondsByDepth_.length; k++) {
            if (bondsByDepth_[k] == 0) revert InvalidParameters();
        }
        challengeWindow = challengeWindow_;
        anchorRegistry = new AnchorStateRegistry(genesisRoot, anchorAirgap_);
    }

    /// @notice Claim that the state root after batch `batchNumber` is `rootClaim`.
    ///         msg.value must be bondAt(0).
    function create(uint64 batchNumber, bytes32 rootClaim) external payable returns (uint256 gameId) {
        _checkBatch(batchNumber);
        (gameId,) = _open(batchNumber, rootClaim, false, msg.sender);
    }

    /// @notice Dispute the stateRoot of a posted batch header: opens a game
    ///         whose root is the signers' claim and attacks it with
    ///         `attackValue` (the opener's state at the middle of the trace),
    ///         msg.value = bondAt(1). The header must be the batch's (checked
    ///         against BatchInbox.headerHash), not void and not forced
    ///         (stateRoot 0: a forced batch claims nothing).
    /// @param header abi.encode(BatchHeader) (bytes rather than the struct:
    ///        see DisputeGame._checkedHeader).
    function createSequencerGame(bytes calldata header, bytes32 attackValue)
        external
        payable
        returns (uint256 gameId)
    {
        BatchHeader memory h = _checkedHeader(header);
        uint64 n = h.number;
        _checkBatch(n);
        if (h.stateRoot == bytes32(0)) revert NoSequencerClaim(n);
        if (batchInbox.isVoid(n)) revert BatchIsVoid(n);
        Game storage g;
        (gameId, g) = _open(n, h.stateRoot, true, address(sequencerSet));
        _move(gameId, g, h.stateRoot, 0, attackValue, true);
    }

    /// @notice The id of the game on (kind, batch, root), if any.
    function gameFor(bool sequencer, uint64 batchNumber, bytes32 rootClaim)
        external
        view
        returns (bool exists, uint256 gameId)
    {
        uint256 v = gameByKey[_gameKey(sequencer, batchNumber, rootClaim)];
        return (v != 0, v == 0 ? 0 : v - 1);
    }

    /// @dev The factory's own preconditions (outside the Go model, §3): the
    ///      batch exists and its DA challenge window has closed, so that its
    ///      void flag (which changes what its steps do) is final. Batches are
    ///      posted in order, so every batch before it is final too — except
    ///      for a DA challenge still awaiting its answer (resolveWindow after
    ///      it was opened), hence DAChallengePending.
    function _checkBatch(uint64 n) private view {
        if (n > batchInbox.latestBatch()) revert UnknownBatch(n);
        uint64 finalAfter = batchInbox.postedAt(n) + challengeWindow;
        if (block.timestamp <= finalAfter) revert BatchNotFinal(n, finalAfter);
        // A DA challenge opened at the end of some batch's window can still be
        // unanswered after it; while one is, void flags may still change.
        if (batchInbox.daChallengePending()) revert DAChallengePending();
    }

    /// @dev Uniqueness, then §3 checks 1–3, then store the game and its root.
    function _open(uint64 b, bytes32 root, bool sequencer, address claimant)
        private
        returns (uint256 gameId, Game storage g)
    {
        bytes32 key = _gameKey(sequencer, b, root);
        uint256 existing = gameByKey[key];
        if (existing != 0) revert GameAlreadyExists(existing - 1);
        (uint64 a, bytes32 rootA) = anchorRegistry.anchor();
        if (b <= a) revert BatchNotAfterAnchor();
        uint64 cumA = batchInbox.cumTrace(a);
        uint64 t = batchInbox.cumTrace(b) - cumA; // cumTrace is non-decreasing and b > a
        uint8 d = t.gameDepthFor();
        if (d > maxGameDepth) revert TraceTooLong();
        uint256 rootBond = sequencer ? 0 : bondAt(0);
        // For a sequencer game msg.value is the opener's attack bond, checked
        // by the move; the root itself carries none.
        if (!sequencer && msg.value != rootBond) revert IncorrectBondAmount();

        gameId = gameTotal;
        gameTotal = gameId + 1;
        gameByKey[key] = gameId + 1;
        g = games[gameId];
        g.anchorBatch = a;
        g.batch = b;
        g.traceLength = t;
        g.cumTraceAnchor = cumA;
        g.anchorRoot = rootA;
        g.createdAt = uint64(block.timestamp);
        g.maxDepth = d;
        g.sequencer = sequencer;
        _emitCreated(gameId, g, root);
        _rootClaim(gameId, g, root, claimant, rootBond);
    }

    function _emitCreated(uint256 gameId, Game storage g, bytes32 root) private {
        emit GameCreated(
            gameId, g.batch, msg.sender, root, g.sequencer, g.anchorBatch, g.anchorRoot, g.traceLength, g.maxDepth
        );
    }

    function _gameKey(bool sequencer, uint64 b, bytes32 root) private pure returns (bytes32) {
        return keccak256(abi.encode(sequencer, b, root));
    }
}
