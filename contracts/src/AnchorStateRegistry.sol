// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @notice What the registry reads from the factory about one game.
interface IDisputeGameResults {
    /// @return status GameStatus (0 IN_PROGRESS, 1 CHALLENGER_WINS, 2 DEFENDER_WINS)
    function gameResult(uint256 gameId)
        external
        view
        returns (uint8 status, uint64 resolvedAt, uint64 batch, bytes32 rootClaim);
}

/// @title AnchorStateRegistry
/// @notice The anchor (batchNumber, stateRoot) every new dispute game starts
///         from (docs/PROTOCOL.md §7.8): (0, genesis state root) at
///         deployment, then the claim of a factory game that resolved
///         DEFENDER_WINS at least anchorAirgap seconds ago, for a batch
///         strictly after the current anchor.
/// @dev    The DisputeGameFactory deploys this contract in its own constructor,
///         so `factory` is msg.sender there and the pair is wired atomically
///         (each needs the other's address). Games live inside the factory,
///         keyed by id, so "a game created by the factory" is exactly a game id
///         the factory knows; the registry reads its result from the factory
///         rather than trusting a caller.
contract AnchorStateRegistry {
    uint8 private constant DEFENDER_WINS = 2;

    /// @notice The factory whose games may move the anchor.
    IDisputeGameResults public immutable factory;
    /// @notice Delay between a game's resolution and its claim becoming the anchor.
    uint64 public immutable anchorAirgap;

    uint64 private anchorBatch;
    bytes32 private anchorRoot;

    event AnchorUpdated(uint256 indexed gameId, uint64 indexed batch, bytes32 root);

    error NotDefenderWin();
    error AirgapNotElapsed();
    error AnchorNotNewer();

    constructor(bytes32 genesisRoot, uint64 anchorAirgap_) {
        factory = IDisputeGameResults(msg.sender);
        anchorAirgap = anchorAirgap_;
        anchorRoot = genesisRoot;
        emit AnchorUpdated(type(uint256).max, 0, genesisRoot);
    }

    /// @notice The current anchor: the state root after batch `batch`.
    function anchor() external view returns (uint64 batch, bytes32 root) {
        return (anchorBatch, anchorRoot);
    }

    /// @notice Make game `gameId`'s claim the anchor. Anyone may call. Checks,
    ///         in order (bisection.Game.CheckAnchorUpdate): DEFENDER_WINS, else
    ///         NotDefenderWin (also for an unknown id, which the factory
    ///         rejects with UnknownGame first); airgap elapsed since
    ///         resolution, else AirgapNotElapsed; batch after the current
    ///         anchor, else AnchorNotNewer.
    function update(uint256 gameId) external {
        (uint8 status, uint64 resolvedAt, uint64 batch, bytes32 root) = factory.gameResult(gameId);
        if (status != DEFENDER_WINS) revert NotDefenderWin();
        // resolvedAt ≤ block.timestamp: the subtraction cannot wrap.
        if (block.timestamp - resolvedAt < anchorAirgap) revert AirgapNotElapsed();
        if (batch <= anchorBatch) revert AnchorNotNewer();
        anchorBatch = batch;
        anchorRoot = root;
        emit AnchorUpdated(gameId, batch, root);
    }
}
