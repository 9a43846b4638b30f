// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {BatchInbox} from "./BatchInbox.sol";
import {SequencerSet} from "./SequencerSet.sol";
import {DACommittee} from "./DACommittee.sol";
import {BatchHeader} from "./batch/BatchHeader.sol";
import {DAMerkle} from "./da/DAMerkle.sol";

/// @title DAChallenge
/// @notice Data-availability challenges on certificate-mode batches
///         (docs/PROTOCOL.md §6.8).
///         - Batch challenge: within challengeWindow of postedAt anyone may
///           demand the batch data (bond challengeBond); within resolveWindow
///           anyone may answer with the full data in calldata. Unanswered, the
///           batch is void from then on (BatchInbox.isVoid asks isUnavailable)
///           and settle() slashes its signers and attesters, crediting the
///           challenger and refunding its bond.
///         - Chunk challenge: name one attester of the batch; its chunk must
///           be posted with a Merkle proof against dataRoot within
///           resolveWindow, or settleChunk() slashes that member.
///         An answer earns the resolver the challenger's bond.
/// @dev    Headers are passed as abi.encode(BatchHeader) bytes (as in
///         DisputeGameFactory) so the Go bindings get one BatchHeader type.
///         Must be a fault contract of SequencerSet and DACommittee, and
///         BatchInbox's daChallenge.
contract DAChallenge {
    BatchInbox public immutable batchInbox;
    SequencerSet public immutable sequencerSet;
    DACommittee public immutable committee;
    uint64 public immutable challengeWindow;
    uint64 public immutable resolveWindow;
    uint256 public immutable challengeBond;

    struct Challenge {
        address challenger;
        uint64 challengedAt;
        bool resolved;
        bool settled;
        bytes32 dataHash;
        uint32 dataLength;
        // Neighbours in the list of unanswered challenges (challenge order;
        // 0 = none: batch numbers start at 1). Meaningless once answered.
        uint64 prevOpen;
        uint64 nextOpen;
    }

    struct ChunkChallenge {
        address challenger;
        uint64 challengedAt;
        bool resolved;
        bool settled;
        address member;
        bytes32 dataRoot;
        uint32 dataLength;
    }

    mapping(uint64 => Challenge) private challenges; // at most one per batch
    mapping(bytes32 => ChunkChallenge) private chunkChallenges; // key: (batch, index)
    mapping(address => uint256) public credit;
    /// @notice The most recent batch challenge neither resolved nor settled
    ///         (0: none), the tail of a doubly linked list of all of them in
    ///         challenge order. Every deadline is challengedAt + the constant
    ///         resolveWindow, so deadlines never decrease along the list and
    ///         the tail's is the latest of any unanswered challenge: that one
    ///         comparison makes challengesPending exact in O(1).
    uint64 public lastOpen;

    event Challenged(uint64 indexed number, address indexed challenger, uint64 deadline);
    /// @notice The batch data is the `data` argument of the resolve call in
    ///         this transaction (resolver = tx.origin = msg.sender, an EOA
    ///         without code, so the call is the transaction's input), as for
    ///         calldata-mode batches.
    event ChallengeResolved(uint64 indexed number, address indexed resolver, bytes32 dataHash);
    event ChallengeSettled(uint64 indexed number, address indexed challenger, bool voided);
    event ChunkChallenged(
        uint64 indexed number, uint32 indexed index, address indexed member, address challenger, uint64 deadline
    );
    event ChunkResolved(uint64 indexed number, uint32 indexed index, address indexed resolver);
    event ChunkSettled(uint64 indexed number, uint32 indexed index, address indexed member, address challenger);
    event CreditClaimed(address indexed account, uint256 amount);

    error ZeroAddress();
    error InvalidParameters();
    error WrongBatchHeader(uint64 number);
    error NotCertificateBatch(uint64 number);
    error BatchAlreadyVoid(uint64 number);
    error ChallengeWindowClosed(uint64 number, uint64 deadline);
    error IncorrectBond(uint256 value, uint256 required);
    error AlreadyChallenged(uint64 number);
    error NoOpenChallenge(uint64 number);
    error ResolveWindowClosed(uint64 number, uint64 deadline);
    error ResolverNotOrigin(address resolver);
    error ResolverHasCode(address resolver);
    error DataLengthMismatch(uint256 expected, uint256 actual);
    error DataHashMismatch(bytes32 expected, bytes32 actual);
    error ChallengeNotExpired(uint64 number, uint64 deadline);
    error AlreadySettled(uint64 number);
    error SignersMismatch(uint64 number);
    error AttestersMismatch(uint64 number);
    error AttesterOutOfRange(uint256 position, uint256 count);
    error ChunkAlreadyChallenged(uint64 number, uint32 index);
    error NoOpenChunkChallenge(uint64 number, uint32 index);
    error ChunkSizeMismatch(uint256 expected, uint256 actual);
    error InvalidChunkProof(uint64 number, uint32 index);
    error NoCredit(address account);
    error TransferFailed(address to, uint256 amount);

    constructor(
        BatchInbox batchInbox_,
        SequencerSet sequencerSet_,
        DACommittee committee_,
        uint64 challengeWindow_,
        uint64 resolveWindow_,
        uint256 challengeBond_
    ) {
        if (
            address(batchInbox_) == address(0) || address(sequencerSet_) == address(0)
                || address(committee_) == address(0)
        ) revert ZeroAddress();
        if (challengeWindow_ == 0 || resolveWindow_ == 0 || challengeBond_ == 0) revert InvalidParameters();
        // Attesters must have promised to serve the data until every
        // challenge on a batch posted with their certificate is over.
        if (uint256(committee_.liabilityWindow()) < uint256(challengeWindow_) + resolveWindow_) {
            revert InvalidParameters();
        }
        batchInbox = batchInbox_;
        sequencerSet = sequencerSet_;
        committee = committee_;
        challengeWindow = challengeWindow_;
        resolveWindow = resolveWindow_;
        challengeBond = challengeBond_;
    }

    // ---- batch challenges ---------------------------------------------------------

    /// @notice Demand the data of certificate batch header.number.
    /// @param header abi.encode(BatchHeader) of the posted batch.
    function challenge(bytes calldata header) external payable {
        BatchHeader memory h = _openable(header);
        uint64 n = h.number;
        if (challenges[n].challenger != address(0)) revert AlreadyChallenged(n);
        challenges[n] = Challenge({
            challenger: msg.sender,
            challengedAt: uint64(block.timestamp),
            resolved: false,
            settled: false,
            dataHash: h.dataHash,
            dataLength: h.dataLength,
            prevOpen: lastOpen,
            nextOpen: 0
        });
        if (lastOpen != 0) challenges[lastOpen].nextOpen = n;
        lastOpen = n;
        emit Challenged(n, msg.sender, uint64(block.timestamp) + resolveWindow);
    }

    /// @notice Answer the challenge on batch n with its full data. Must be
    ///         called directly by an EOA without code so the data sits in the
    ///         transaction input, where watchers read it (ChallengeResolved
    ///         points there). The resolver is credited the challenger's bond.
    function resolve(uint64 n, bytes calldata data) external {
        Challenge storage c = challenges[n];
        if (c.challenger == address(0) || c.resolved) revert NoOpenChallenge(n);
        uint64 deadline = c.challengedAt + resolveWindow;
        if (block.timestamp > deadline) revert ResolveWindowClosed(n, deadline);
        if (msg.sender != tx.origin) revert ResolverNotOrigin(msg.sender);
        // msg.sender == tx.origin alone does not put the call in the input:
        // an EIP-7702-delegated EOA can send a transaction to itself whose
        // delegated code calls resolve with msg.sender == tx.origin, while
        // the input is the forwarder's. The challenge would count as
        // answered, the batch would stand, and no follower could read its
        // data. A delegated EOA's code is the 23-byte designator; an origin
        // without code reached this contract only as the transaction's
        // target, so the input is this resolve call.
        if (tx.origin.code.length != 0) revert ResolverHasCode(tx.origin);
        if (data.length != c.dataLength) revert DataLengthMismatch(c.dataLength, data.length);
        bytes32 dh = keccak256(data);
        if (dh != c.dataHash) revert DataHashMismatch(c.dataHash, dh);
        c.resolved = true;
        _unlink(c);
        credit[msg.sender] += challengeBond;
        emit ChallengeResolved(n, msg.sender, dh);
    }

    /// @notice After an unanswered challenge: void the batch in BatchInbox
    ///         (already void in effect, see isUnavailable), slash every signer
    ///         in SequencerSet and every attester in DACommittee with the
    ///         challenger as prover, and refund the challenger's bond.
    ///         Anyone may call it; the lists are checked against the hashes
    ///         BatchInbox stored at posting.
    /// @param signers the batch's signers (BatchPosted event).
    /// @param attesterWords the certificate's words (member << 160 | address).
    function settle(uint64 n, address[] calldata signers, uint256[] calldata attesterWords) external {
        Challenge storage c = challenges[n];
        if (c.challenger == address(0) || c.resolved) revert NoOpenChallenge(n);
        if (c.settled) revert AlreadySettled(n);
        uint64 deadline = c.challengedAt + resolveWindow;
        if (block.timestamp <= deadline) revert ChallengeNotExpired(n, deadline);
        if (!batchInbox.checkSigners(n, signers)) revert SignersMismatch(n);
        if (keccak256(abi.encodePacked(attesterWords)) != batchInbox.attestersHash(n)) revert AttestersMismatch(n);
        c.settled = true;
        _unlink(c);
        address challenger = c.challenger;
        bool voided = batchInbox.voidByDAChallenge(n, challenger);
        emit ChallengeSettled(n, challenger, voided);
        for (uint256 i = 0; i < signers.length; i++) {
            sequencerSet.slash(signers[i], challenger, type(uint256).max);
        }
        for (uint256 i = 0; i < attesterWords.length; i++) {
            committee.slash(address(uint160(attesterWords[i])), challenger);
        }
        credit[challenger] += challengeBond;
    }

    // ---- chunk challenges -----------------------------------------------------------

    /// @notice Demand chunk i from the member that attested it in batch
    ///         header.number's certificate: attesterWords[position] names both.
    function challengeChunk(bytes calldata header, uint256[] calldata attesterWords, uint256 position)
        external
        payable
    {
        BatchHeader memory h = _openable(header);
        uint64 n = h.number;
        if (keccak256(abi.encodePacked(attesterWords)) != batchInbox.attestersHash(n)) revert AttestersMismatch(n);
        if (position >= attesterWords.length) revert AttesterOutOfRange(position, attesterWords.length);
        uint256 w = attesterWords[position];
        uint32 index = uint32(w >> 160);
        ChunkChallenge storage c = chunkChallenges[_chunkKey(n, index)];
        if (c.challenger != address(0)) revert ChunkAlreadyChallenged(n, index);
        c.challenger = msg.sender;
        c.challengedAt = uint64(block.timestamp);
        c.member = address(uint160(w));
        c.dataRoot = h.dataRoot;
        c.dataLength = h.dataLength;
        emit ChunkChallenged(n, index, c.member, msg.sender, uint64(block.timestamp) + resolveWindow);
    }

    /// @notice Answer a chunk challenge: chunk `index` (S bytes) and its proof
    ///         against the batch's dataRoot (PROTOCOL.md §6.3). Anyone holding
    ///         the chunk may answer; the resolver gets the challenger's bond.
    function resolveChunk(uint64 n, uint32 index, bytes calldata chunk, bytes32[] calldata proof) external {
        ChunkChallenge storage c = chunkChallenges[_chunkKey(n, index)];
        if (c.challenger == address(0) || c.resolved) revert NoOpenChunkChallenge(n, index);
        uint64 deadline = c.challengedAt + resolveWindow;
        if (block.timestamp > deadline) revert ResolveWindowClosed(n, deadline);
        uint256 size = DAMerkle.chunkSize(c.dataLength, committee.k());
        if (chunk.length != size) revert ChunkSizeMismatch(size, chunk.length);
        if (!DAMerkle.verify(c.dataRoot, index, committee.n(), chunk, proof)) revert InvalidChunkProof(n, index);
        c.resolved = true;
        credit[msg.sender] += challengeBond;
        emit ChunkResolved(n, index, msg.sender);
    }

    /// @notice After an unanswered chunk challenge: slash the named member in
    ///         DACommittee (challenger as prover) and refund the bond. The
    ///         batch stays valid: one missing chunk does not make data
    ///         unavailable while k others exist.
    function settleChunk(uint64 n, uint32 index) external {
        ChunkChallenge storage c = chunkChallenges[_chunkKey(n, index)];
        if (c.challenger == address(0) || c.resolved) revert NoOpenChunkChallenge(n, index);
        if (c.settled) revert AlreadySettled(n);
        uint64 deadline = c.challengedAt + resolveWindow;
        if (block.timestamp <= deadline) revert ChallengeNotExpired(n, deadline);
        c.settled = true;
        committee.slash(c.member, c.challenger);
        credit[c.challenger] += challengeBond;
        emit ChunkSettled(n, index, c.member, c.challenger);
    }

    /// @notice Withdraw refunded bonds and resolver rewards.
    function claimCredit() external {
        uint256 amount = credit[msg.sender];
        if (amount == 0) revert NoCredit(msg.sender);
        credit[msg.sender] = 0;
        emit CreditClaimed(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
    }

    // ---- views ------------------------------------------------------------------------

    /// @notice Some unanswered batch challenge is still inside its resolve
    ///         window, so some void flag may still change. Global rather than
    ///         per batch (a game on batch B covers every batch up to B, and a
    ///         per-range answer would cost a scan). Exact: challenges that
    ///         expired unanswered, and answered ones, never count (lastOpen).
    function challengesPending() external view returns (bool) {
        uint64 t = lastOpen;
        return t != 0 && block.timestamp <= challenges[t].challengedAt + resolveWindow;
    }

    /// @notice A batch challenge on n is waiting for its answer.
    function isOpen(uint64 n) external view returns (bool) {
        Challenge storage c = challenges[n];
        return c.challenger != address(0) && !c.resolved && block.timestamp <= c.challengedAt + resolveWindow;
    }

    /// @notice The batch challenge on n expired unanswered: batch n is void.
    function isUnavailable(uint64 n) external view returns (bool) {
        Challenge storage c = challenges[n];
        return c.challenger != address(0) && !c.resolved && block.timestamp > c.challengedAt + resolveWindow;
    }

    function challengeOf(uint64 n)
        external
        view
        returns (address challenger, uint64 challengedAt, bool resolved, bool settled)
    {
        Challenge storage c = challenges[n];
        return (c.challenger, c.challengedAt, c.resolved, c.settled);
    }

    function chunkChallengeOf(uint64 n, uint32 index)
        external
        view
        returns (address challenger, address member, uint64 challengedAt, bool resolved, bool settled)
    {
        ChunkChallenge storage c = chunkChallenges[_chunkKey(n, index)];
        return (c.challenger, c.member, c.challengedAt, c.resolved, c.settled);
    }

    // ---- internals ------------------------------------------------------------------

    /// @dev The header must be batch header.number's, certificate mode, not
    ///      void, within challengeWindow of posting, paid with challengeBond.
    function _openable(bytes calldata header) private view returns (BatchHeader memory h) {
        if (header.length != 11 * 32) revert WrongBatchHeader(0);
        h = abi.decode(header, (BatchHeader));
        uint64 n = h.number;
        if (n == 0 || n > batchInbox.latestBatch() || keccak256(header) != batchInbox.headerHash(n)) {
            revert WrongBatchHeader(n);
        }
        BatchInbox.Batch memory b = batchInbox.batch(n);
        if (b.daMode != 1) revert NotCertificateBatch(n); // BatchInbox.DA_MODE_CERTIFICATE
        if (b.isVoid) revert BatchAlreadyVoid(n);
        uint64 deadline = b.postedAt + challengeWindow;
        if (block.timestamp > deadline) revert ChallengeWindowClosed(n, deadline);
        if (msg.value != challengeBond) revert IncorrectBond(msg.value, challengeBond);
    }

    /// @dev Take batch challenge c (resolved or settled just now, so in the
    ///      list: resolve needs the window open, settle needs it closed, and
    ///      each happens once) out of the list of unanswered challenges.
    function _unlink(Challenge storage c) private {
        uint64 p = c.prevOpen;
        uint64 x = c.nextOpen;
        if (p != 0) challenges[p].nextOpen = x;
        if (x != 0) challenges[x].prevOpen = p;
        else lastOpen = p; // no successor: n was the tail
    }

    function _chunkKey(uint64 n, uint32 index) private pure returns (bytes32) {
        return keccak256(abi.encode(n, index));
    }
}
