// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Inbox} from "./Inbox.sol";
import {SequencerSet} from "./SequencerSet.sol";
import {Quorum} from "./common/Quorum.sol";
import {BatchHeader, BatchHeaderLib} from "./batch/BatchHeader.sol";
import {BatchData} from "./batch/BatchData.sol";

/// @dev What BatchInbox needs from the DA contracts (DACommittee, DAChallenge).
interface IDACommittee {
    function verifyCertificate(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, bytes calldata cert)
        external
        view
        returns (uint256[] memory words);
}

interface IDAChallenge {
    function isUnavailable(uint64 n) external view returns (bool);
    function challengesPending() external view returns (bool);
}

/// @title BatchInbox
/// @notice The L1 chain of batch headers (docs/PROTOCOL.md §4).
///         Sequencers post headers signed by ≥ 2/3 of the active stake (in whole gwei: Quorum); anyone
///         may post a forced batch when the Inbox has been censored past
///         forceGrace, and anyone may void a batch whose data does not match its
///         header (proveMalformed), slashing every signer.
///         For each batch it stores what the dispute games need: the header
///         hash, a hash of the signer list, the cumulative trace length, the
///         L1 time it was posted and the void / forced flags.
/// @dev    Signing (shared with Go, contracts.BatchHeader.SigningHash):
///           EIP-712 domain {name "EtherScale", version "1", chainId, verifyingContract = this}
///           struct BatchHeader(bytes32 headerHash), headerHash = keccak256(abi.encode(header))
///         signersHash = keccak256(abi.encodePacked(address[] signers)), the
///         signers sorted ascending (each padded to 32 bytes by encodePacked).
contract BatchInbox {
    using BatchHeaderLib for BatchHeader;

    /// @notice Data availability modes of postBatch.
    uint8 public constant DA_MODE_CALLDATA = 0; // the batch data is in the call
    uint8 public constant DA_MODE_CERTIFICATE = 1; // a DA committee certificate (once setDA was called)

    /// @notice Why a batch was voided (BatchVoided.reason).
    uint8 public constant VOID_MALFORMED_RLP = 1;
    uint8 public constant VOID_TX_COUNT = 2;
    uint8 public constant VOID_TX_ROOT = 3;
    uint8 public constant VOID_DATA_LENGTH = 4;
    uint8 public constant VOID_DA_UNAVAILABLE = 5; // a DA challenge went unanswered

    /// @notice A forced batch costs each penalised leader minBond / this.
    uint256 public constant FORCED_BATCH_PENALTY_DIVISOR = 10;

    /// @notice Batch data of a batch without transactions: the empty RLP list.
    bytes32 public constant EMPTY_DATA_HASH = keccak256(hex"c0");
    /// @notice signersHash of a batch without signers (a forced batch).
    bytes32 public constant EMPTY_SIGNERS_HASH = keccak256("");

    bytes32 public constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 public constant BATCH_HEADER_TYPEHASH = keccak256("BatchHeader(bytes32 headerHash)");
    bytes32 private constant NAME_HASH = keccak256("EtherScale");
    bytes32 private constant VERSION_HASH = keccak256("1");
    // ⌊n/2⌋ for the secp256k1 order n: larger s values are the malleable twins.
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    Inbox public immutable inbox;
    SequencerSet public immutable sequencerSet;
    /// @notice Copied from the Inbox (immutable there too).
    uint64 public immutable inclusionWindow;
    /// @notice Extra delay after an entry is overdue before the escape hatch opens.
    uint64 public immutable forceGrace;
    /// @notice How long after posting a batch may be proven malformed (the
    ///         config's da.challengeWindow). After that its void flag is final,
    ///         which is why claims about a batch must wait for malformedDeadline.
    uint64 public immutable malformedWindow;
    uint32 public immutable maxBatchTxs;
    uint32 public immutable maxBatchBytes;
    /// @notice What each penalised leader loses to a forced batch.
    uint256 public immutable forcedBatchPenalty;

    uint256 private immutable cachedChainId;
    bytes32 private immutable cachedDomainSeparator;

    /// @notice Who may call setDA (once).
    address public immutable deployer;
    /// @notice Verifies certificates; zero until setDA (certificate mode off).
    IDACommittee public daCommittee;
    /// @notice The only caller of voidByDAChallenge; zero until setDA.
    IDAChallenge public daChallenge;

    struct Batch {
        bytes32 headerHash;
        bytes32 signersHash;
        uint64 cumTrace; // steps in batches 1..n: Σ (queueEnd − queueStart) + txCount
        uint64 postedAt; // L1 timestamp
        uint8 daMode;
        bool forced;
        bool isVoid;
    }

    // The chain head in one slot: everything the next batch is checked against
    // besides the parent hash.
    struct Head {
        uint64 number;
        uint64 queueEnd;
        uint64 l2Timestamp;
    }

    mapping(uint256 => Batch) private batches; // batch 0 is the implicit genesis: all zero
    // Certificate-mode batches only (calldata batches pay nothing for it):
    // DACommittee's attestersHash of the certificate, for slashing attesters.
    mapping(uint256 => bytes32) private attesters;
    Head private head;
    // keccak256(abi.encode(signer, number)) of every proven equivocation.
    mapping(bytes32 => bool) private equivocationProven;

    event BatchPosted(
        uint64 indexed number,
        bytes32 indexed headerHash,
        address indexed poster,
        BatchHeader header,
        address[] signers,
        uint64 cumTrace,
        uint8 daMode,
        bool forced
    );
    event BatchVoided(uint64 indexed number, address indexed prover, uint8 reason);
    event EquivocationProven(
        address indexed signer, uint64 indexed number, bytes32 headerHashA, bytes32 headerHashB, address prover
    );
    event DASet(address daCommittee, address daChallenge);
    /// @notice Who attested certificate batch n: words member << 160 | address,
    ///         sorted by member (DAChallenge.settle / challengeChunk take them).
    event BatchAttested(uint64 indexed number, uint256[] attesters);

    error ZeroAddress();
    error ZeroForceGrace();
    error ZeroMalformedWindow();
    error ZeroMaxBatchTxs();
    error ZeroMaxBatchBytes();
    error NotAllowedToPost(address poster);
    error DAModeUnsupported(uint8 mode);
    error PosterNotOrigin(address poster);
    error OriginHasCode(address origin);
    error UnexpectedDACert();
    error DataRootNotZero(bytes32 dataRoot);
    error DataHashMismatch(bytes32 expected, bytes32 actual);
    error DataLengthMismatch(uint256 expected, uint256 actual);
    error WrongBatchNumber(uint64 expected, uint64 got);
    error WrongParentHash(bytes32 expected, bytes32 got);
    error QueueDiscontinuity(uint64 expected, uint64 got);
    error QueueRangeInvalid(uint64 queueStart, uint64 queueEnd);
    error QueueBeyondInbox(uint64 queueEnd, uint64 inboxLength);
    error OverdueNotConsumed(uint64 queueEnd, uint64 overdueCount);
    error TooManyTxs(uint32 txCount, uint32 max);
    error BatchTooLarge(uint32 dataLength, uint32 max);
    error L2TimestampDecreased(uint64 previous, uint64 got);
    error InvalidSignatureLength(uint256 index, uint256 length);
    error SignatureHighS(uint256 index);
    error InvalidSignature(uint256 index);
    error SignersNotSorted(uint256 index);
    error SignerNotActive(uint256 index, address signer);
    error InsufficientStake(uint256 signedPower, uint256 totalPower);
    error NoUnconsumedEntries();
    error EscapeHatchClosed(uint64 oldestEntry, uint256 opensAfter);
    error UnknownBatch(uint64 number);
    error BatchAlreadyVoid(uint64 number);
    error MalformedWindowClosed(uint64 number, uint64 deadline);
    error HeaderMismatch(uint64 number);
    error SignersMismatch(uint64 number);
    error BatchNotMalformed(uint64 number);
    error NotDeployer(address caller);
    error DAAlreadySet();
    error NotDAChallenge(address caller);
    error UnexpectedBatchData();
    error DataRootZero();
    error NumberMismatch(uint64 numberA, uint64 numberB);
    error SameHeader(bytes32 headerHash);
    error ParentMismatch(bytes32 parentA, bytes32 parentB);
    error DifferentSigners(address signerA, address signerB);
    error EquivocationAlreadyProven(address signer, uint64 number);
    error UnknownSigner(address signer);

    constructor(
        Inbox inbox_,
        SequencerSet sequencerSet_,
        uint64 forceGrace_,
        uint64 malformedWindow_,
        uint32 maxBatchTxs_,
        uint32 maxBatchBytes_
    ) {
        if (address(inbox_) == address(0) || address(sequencerSet_) == address(0)) revert ZeroAddress();
        if (forceGrace_ == 0) revert ZeroForceGrace();
        if (malformedWindow_ == 0) revert ZeroMalformedWindow();
        if (maxBatchTxs_ == 0) revert ZeroMaxBatchTxs();
        if (maxBatchBytes_ == 0) revert ZeroMaxBatchBytes();
        inbox = inbox_;
        sequencerSet = sequencerSet_;
        inclusionWindow = inbox_.inclusionWindow();
        forceGrace = forceGrace_;
        malformedWindow = malformedWindow_;
        maxBatchTxs = maxBatchTxs_;
        maxBatchBytes = maxBatchBytes_;
        forcedBatchPenalty = sequencerSet_.minBond() / FORCED_BATCH_PENALTY_DIVISOR;
        cachedChainId = block.chainid;
        cachedDomainSeparator = _buildDomainSeparator();
        deployer = msg.sender;
    }

    /// @notice Turn on the certificate mode: DACommittee verifies certificates,
    ///         DAChallenge may void unavailable batches. Both need this
    ///         contract's address, so they are deployed after it and set here
    ///         once by the deployer; nobody can change them afterwards.
    function setDA(IDACommittee committee, IDAChallenge challenge) external {
        if (msg.sender != deployer) revert NotDeployer(msg.sender);
        if (address(daCommittee) != address(0)) revert DAAlreadySet();
        if (address(committee) == address(0) || address(challenge) == address(0)) revert ZeroAddress();
        daCommittee = committee;
        daChallenge = challenge;
        emit DASet(address(committee), address(challenge));
    }

    // ---- posting -------------------------------------------------------------------

    /// @notice Append a batch signed by ≥ 2/3 of the active stake (in whole gwei: Quorum).
    /// @param signatures 65-byte r ‖ s ‖ v (v = 27 or 28, low s) EIP-712
    ///        signatures over the header hash, sorted by signer address.
    /// @param daMode DA_MODE_CALLDATA: `data` is the batch data and `daCert` is
    ///        empty. DA_MODE_CERTIFICATE: `data` is empty and `daCert` is a
    ///        DACommittee certificate over (dataRoot, dataHash, dataLength).
    function postBatch(
        BatchHeader calldata h,
        bytes[] calldata signatures,
        uint8 daMode,
        bytes calldata daCert,
        bytes calldata data
    ) external returns (bytes32 hh) {
        Head memory hd = head;
        _checkExtends(h, hd);
        uint256[] memory words = _checkData(h, daMode, daCert, data);
        hh = BatchHeaderLib.hash(h);
        _append(h, hh, _checkSignersAndPoster(hh, signatures), daMode, false);
        if (daMode == DA_MODE_CERTIFICATE) {
            attesters[h.number] = keccak256(abi.encodePacked(words));
            emit BatchAttested(h.number, words);
        }
    }

    /// @notice The escape hatch: when the oldest unconsumed Inbox entry has been
    ///         overdue for more than forceGrace, anyone may append a batch that
    ///         consumes every overdue entry and nothing else (no transactions,
    ///         no state root, so it carries no sequencer claim). The leaders
    ///         of the slots in which the oldest entry was overdue pay
    ///         forcedBatchPenalty each (SequencerSet.leadersOfSlots). The
    ///         caller, as prover of the censorship, is credited
    ///         slashRewardPercent of each penalty.
    function postForcedBatch() external returns (uint64 number) {
        Head memory hd = head;
        if (hd.queueEnd >= inbox.length()) revert NoUnconsumedEntries();
        (, uint64 queuedAt) = inbox.entry(hd.queueEnd);
        uint256 overdueAt = uint256(queuedAt) + inclusionWindow;
        uint256 opensAfter = overdueAt + forceGrace;
        if (block.timestamp <= opensAfter) revert EscapeHatchClosed(hd.queueEnd, opensAfter);

        number = hd.number + 1;
        BatchHeader memory h = BatchHeader({
            number: number,
            parentHash: batches[hd.number].headerHash,
            queueStart: hd.queueEnd,
            queueEnd: inbox.overdueCount(), // > queueStart: the oldest entry is overdue
            txCount: 0,
            txRoot: bytes32(0),
            dataHash: EMPTY_DATA_HASH,
            dataRoot: bytes32(0),
            dataLength: 1,
            stateRoot: bytes32(0),
            l2Timestamp: block.timestamp > hd.l2Timestamp ? uint64(block.timestamp) : hd.l2Timestamp
        });
        _append(h, h.hash(), new address[](0), DA_MODE_CALLDATA, true);

        // Censorship penalty, third form: the leaders of the slots in which
        // the oldest consumed entry was overdue (from the slot it became
        // overdue in to now, at most MAX_PENALTY_SLOTS of them, each leader
        // once): each had its leader window to post a batch, which would have
        // had to consume the entry (postBatch check 7). Members outside
        // those slots' schedules (joined later) keep their bond. Iterating a
        // memory copy: a penalty may eject a member.
        address[] memory leaders =
            sequencerSet.leadersOfSlots(sequencerSet.slotAt(uint64(overdueAt)), sequencerSet.currentSlot());
        for (uint256 i = 0; i < leaders.length; i++) {
            sequencerSet.slash(leaders[i], msg.sender, forcedBatchPenalty);
        }
    }

    /// @notice Slash a sequencer that signed two different headers with one
    ///         batch number and one parent (whether or not either was posted): its whole
    ///         stake, slashRewardPercent credited to the caller. Anyone may
    ///         call it, once per signer and batch number.
    /// @param sigA 65-byte r ‖ s ‖ v EIP-712 signature over headerA (as in postBatch).
    function proveEquivocation(
        BatchHeader calldata a,
        bytes calldata sigA,
        BatchHeader calldata b,
        bytes calldata sigB
    ) external returns (address signer, uint256 slashed) {
        if (a.number != b.number) revert NumberMismatch(a.number, b.number);
        // One position is one (number, parent): headers on two parents are
        // either both downstream of an earlier provable pair, or one extends
        // a forced batch L1 took after the set's own chain (the set adopts
        // it and signs anew from there, PROTOCOL 5.9.8), which is no fault.
        if (a.parentHash != b.parentHash) revert ParentMismatch(a.parentHash, b.parentHash);
        bytes32 ha = BatchHeaderLib.hash(a);
        bytes32 hb = BatchHeaderLib.hash(b);
        if (ha == hb) revert SameHeader(ha);
        signer = _recover(_digest(ha), sigA, 0);
        address other = _recover(_digest(hb), sigB, 1);
        if (other != signer) revert DifferentSigners(signer, other);
        bytes32 key = keccak256(abi.encode(signer, a.number));
        if (equivocationProven[key]) revert EquivocationAlreadyProven(signer, a.number);
        if (sequencerSet.stakeOf(signer) == 0) revert UnknownSigner(signer);
        equivocationProven[key] = true;
        emit EquivocationProven(signer, a.number, ha, hb, msg.sender);
        slashed = sequencerSet.slash(signer, msg.sender, type(uint256).max);
    }

    // ---- faults -------------------------------------------------------------------------

    /// @notice Void batch h.number if its data does not match its header: the
    ///         data is not the canonical RLP list of byte strings, or its
    ///         transaction count, txRoot or length differ from the header. Every
    ///         signer is slashed in full; the caller is credited the reward.
    ///         Only until malformedDeadline(h.number): a batch's void flag
    ///         changes what its steps do, so it must be settled before any
    ///         dispute game can rely on the batch.
    /// @param signers the batch's signers, as in its BatchPosted event (checked
    ///        against the stored signersHash).
    /// @param data the batch data; must hash to h.dataHash.
    function proveMalformed(BatchHeader calldata h, address[] calldata signers, bytes calldata data) external {
        uint64 n = h.number;
        Batch storage b = _batch(n);
        if (n == 0) revert UnknownBatch(n);
        if (b.isVoid) revert BatchAlreadyVoid(n);
        uint64 deadline = b.postedAt + malformedWindow;
        if (block.timestamp > deadline) revert MalformedWindowClosed(n, deadline);
        if (BatchHeaderLib.hash(h) != b.headerHash) revert HeaderMismatch(n);
        if (keccak256(abi.encodePacked(signers)) != b.signersHash) revert SignersMismatch(n);
        bytes32 dh = keccak256(data);
        if (dh != h.dataHash) revert DataHashMismatch(h.dataHash, dh);

        uint8 reason = _malformedReason(h, data);
        if (reason == 0) revert BatchNotMalformed(n);
        b.isVoid = true;
        emit BatchVoided(n, msg.sender, reason);
        for (uint256 i = 0; i < signers.length; i++) {
            sequencerSet.slash(signers[i], msg.sender, type(uint256).max);
        }
    }

    /// @notice DAChallenge voids a certificate batch whose data challenge went
    ///         unanswered (PROTOCOL.md §2.5.3: its transactions become no-ops).
    ///         Returns false, without reverting, if it was already void (e.g.
    ///         proven malformed), so the challenge can still slash attesters.
    function voidByDAChallenge(uint64 n, address prover) external returns (bool) {
        if (msg.sender != address(daChallenge) || msg.sender == address(0)) revert NotDAChallenge(msg.sender);
        Batch storage b = _batch(n);
        if (n == 0) revert UnknownBatch(n);
        if (b.isVoid) return false;
        b.isVoid = true;
        emit BatchVoided(n, prover, VOID_DA_UNAVAILABLE);
        return true;
    }

    // ---- views ----------------------------------------------------------------------------

    /// @notice Number of the latest batch (0 before the first).
    function latestBatch() external view returns (uint64) {
        return head.number;
    }

    /// @notice What the next batch must extend: latest number, its header hash,
    ///         the next queueStart and the least l2Timestamp.
    function chainHead()
        external
        view
        returns (uint64 number, bytes32 headerHash_, uint64 queueEnd, uint64 l2Timestamp)
    {
        Head memory hd = head;
        return (hd.number, batches[hd.number].headerHash, hd.queueEnd, hd.l2Timestamp);
    }

    /// @notice Everything stored about batch n (n = 0: the empty genesis).
    function batch(uint64 n) external view returns (Batch memory) {
        return _batch(n);
    }

    function headerHash(uint64 n) external view returns (bytes32) {
        return _batch(n).headerHash;
    }

    function cumTrace(uint64 n) external view returns (uint64) {
        return _batch(n).cumTrace;
    }

    /// @notice Whether batch n's transactions are no-ops. A certificate batch
    ///         whose DA challenge expired unanswered is void from that moment,
    ///         even before anyone calls DAChallenge.settle, so the flag depends
    ///         only on time: it is final at postedAt + challengeWindow +
    ///         resolveWindow, when the dispute games may first look at it.
    function isVoid(uint64 n) external view returns (bool) {
        Batch storage b = _batch(n);
        if (b.isVoid) return true;
        return b.daMode == DA_MODE_CERTIFICATE && daChallenge.isUnavailable(n);
    }

    function isForced(uint64 n) external view returns (bool) {
        return _batch(n).forced;
    }

    function postedAt(uint64 n) external view returns (uint64) {
        return _batch(n).postedAt;
    }

    /// @notice Last L1 time at which batch n can be proven malformed; from then
    ///         on isVoid(n) is final and claims about batch n may be made.
    function malformedDeadline(uint64 n) external view returns (uint64) {
        return _batch(n).postedAt + malformedWindow;
    }

    function signersHash(uint64 n) external view returns (bytes32) {
        return _batch(n).signersHash;
    }

    /// @notice True while some DA challenge awaits its answer: the dispute
    ///         factory opens no game then, since an unanswered challenge
    ///         voids its batch (isVoid) when its resolve window ends.
    function daChallengePending() external view returns (bool) {
        return address(daChallenge) != address(0) && daChallenge.challengesPending();
    }

    /// @notice DACommittee's attestersHash of batch n's certificate (zero for
    ///         a calldata batch): keccak256(abi.encodePacked(uint256[] words)),
    ///         word = member index << 160 | member address.
    function attestersHash(uint64 n) external view returns (bytes32) {
        _batch(n);
        return attesters[n];
    }

    /// @notice True iff `signers` is exactly batch n's signer list (sorted, as in
    ///         its BatchPosted event). The dispute game uses this to slash every
    ///         signer of a losing header without BatchInbox storing the list.
    function checkSigners(uint64 n, address[] calldata signers) external view returns (bool) {
        return keccak256(abi.encodePacked(signers)) == _batch(n).signersHash;
    }

    /// @notice When the escape hatch opens for the oldest unconsumed entry:
    ///         postForcedBatch succeeds iff pending and block.timestamp > opensAfter.
    function escapeHatch() external view returns (bool pending, uint64 oldestEntry, uint256 opensAfter) {
        oldestEntry = head.queueEnd;
        if (oldestEntry >= inbox.length()) return (false, oldestEntry, 0);
        (, uint64 queuedAt) = inbox.entry(oldestEntry);
        return (true, oldestEntry, uint256(queuedAt) + inclusionWindow + forceGrace);
    }

    /// @notice keccak256(abi.encode(h)), for cross-checking Go.
    function hashHeader(BatchHeader calldata h) external pure returns (bytes32) {
        return BatchHeaderLib.hash(h);
    }

    /// @notice The EIP-712 digest signers sign for header h.
    function signingDigest(BatchHeader calldata h) external view returns (bytes32) {
        return _digest(BatchHeaderLib.hash(h));
    }

    /// @notice The EIP-712 domain separator (recomputed if the chain id changed).
    function domainSeparator() public view returns (bytes32) {
        return block.chainid == cachedChainId ? cachedDomainSeparator : _buildDomainSeparator();
    }

    /// @notice Decode batch data as proveMalformed does for a header with
    ///         txCount = limit: well-formed, count, txRoot (BatchData.inspect;
    ///         count = limit + 1 and txRoot = 0 when there are more items).
    function inspectBatchData(bytes calldata data, uint256 limit)
        external
        pure
        returns (bool ok, uint256 count, bytes32 txRoot)
    {
        return BatchData.inspect(data, limit);
    }

    // ---- internals ----------------------------------------------------------------------

    function _batch(uint64 n) private view returns (Batch storage) {
        if (n > head.number) revert UnknownBatch(n);
        return batches[n];
    }

    /// @dev h must extend the chain: next number, parent = latest header, the
    ///      queue continues and covers every overdue entry, within the limits.
    function _checkExtends(BatchHeader calldata h, Head memory hd) private view {
        if (h.number != hd.number + 1) revert WrongBatchNumber(hd.number + 1, h.number);
        bytes32 parent = batches[hd.number].headerHash;
        if (h.parentHash != parent) revert WrongParentHash(parent, h.parentHash);
        if (h.queueStart != hd.queueEnd) revert QueueDiscontinuity(hd.queueEnd, h.queueStart);
        if (h.queueEnd < h.queueStart) revert QueueRangeInvalid(h.queueStart, h.queueEnd);
        uint64 len = inbox.length();
        if (h.queueEnd > len) revert QueueBeyondInbox(h.queueEnd, len);
        uint64 overdue = inbox.overdueCount();
        if (h.queueEnd < overdue) revert OverdueNotConsumed(h.queueEnd, overdue);
        if (h.txCount > maxBatchTxs) revert TooManyTxs(h.txCount, maxBatchTxs);
        if (h.dataLength > maxBatchBytes) revert BatchTooLarge(h.dataLength, maxBatchBytes);
        if (h.l2Timestamp < hd.l2Timestamp) revert L2TimestampDecreased(hd.l2Timestamp, h.l2Timestamp);
    }

    /// @dev The data must be available: in calldata mode, in this very call;
    ///      in certificate mode, attested by ≥ threshold committee members
    ///      (returns the certificate's attester words, else none).
    function _checkData(BatchHeader calldata h, uint8 daMode, bytes calldata daCert, bytes calldata data)
        private
        view
        returns (uint256[] memory)
    {
        if (daMode == DA_MODE_CERTIFICATE && address(daCommittee) != address(0)) {
            // The data is with the committee; carrying it too would only cost gas.
            if (data.length != 0) revert UnexpectedBatchData();
            // A zero root commits to no chunks: nothing a chunk challenge could check.
            if (h.dataRoot == bytes32(0)) revert DataRootZero();
            return daCommittee.verifyCertificate(h.dataRoot, h.dataHash, h.dataLength, daCert);
        }
        if (daMode != DA_MODE_CALLDATA) revert DAModeUnsupported(daMode);
        // Watchers read calldata batches back from the L1 transaction's input
        // (eth_getTransactionByHash), which only holds the batch if the poster
        // called us directly rather than through a contract.
        if (msg.sender != tx.origin) revert PosterNotOrigin(msg.sender);
        // msg.sender == tx.origin alone does not say that: an EOA that
        // delegated its code (EIP-7702) can send a transaction to itself whose
        // delegated code calls us, msg.sender still the EOA, the input not a
        // postBatch call. Its EXTCODESIZE is then the 23-byte delegation
        // designator (0xef0100 ‖ address), never 0; without code, the
        // transaction's target must be us. A delegated poster undelegates,
        // uses another key, or posts in certificate mode.
        if (tx.origin.code.length != 0) revert OriginHasCode(tx.origin);
        if (daCert.length != 0) revert UnexpectedDACert();
        if (h.dataRoot != bytes32(0)) revert DataRootNotZero(h.dataRoot);
        if (data.length != h.dataLength) revert DataLengthMismatch(h.dataLength, data.length);
        bytes32 dh = keccak256(data);
        if (dh != h.dataHash) revert DataHashMismatch(h.dataHash, dh);
        return new uint256[](0);
    }

    /// @dev Recover every signer and require strictly ascending addresses
    ///      (so no duplicates).
    function _recoverSigners(bytes32 hh, bytes[] calldata signatures) private view returns (address[] memory signers) {
        bytes32 digest = _digest(hh);
        signers = new address[](signatures.length);
        address prev = address(0);
        for (uint256 i = 0; i < signatures.length; i++) {
            address signer = _recover(digest, signatures[i], i);
            if (signer <= prev) revert SignersNotSorted(i);
            signers[i] = signer;
            prev = signer;
        }
    }

    /// @dev The signers (checks 17–22) and the poster (check 23), in one
    ///      SequencerSet call: the signers' weights and the total power of
    ///      the current schedule, and whether the poster may post now (the
    ///      leader schedule and its strikes live there). The weights are the
    ///      schedule's before this post: a failover post may jail the slot's
    ///      leader, and that leader's signature on it must still count.
    function _checkSignersAndPoster(bytes32 hh, bytes[] calldata signatures) private returns (address[] memory signers) {
        signers = _recoverSigners(hh, signatures);
        (bool allowed, uint256[] memory stakes, uint256 totalPower) = sequencerSet.notePost(msg.sender, signers);
        _checkQuorum(signers, stakes, totalPower);
        if (!allowed) revert NotAllowedToPost(msg.sender);
    }

    /// @dev Every signer scheduled (a non-zero weight) and the signers'
    ///      power a quorum of the schedule's (Quorum: whole gwei, the BFT
    ///      sequencer's voting powers; 3·signed ≥ 2·total).
    function _checkQuorum(address[] memory signers, uint256[] memory stakes, uint256 totalPower) private pure {
        uint256 signed;
        for (uint256 i = 0; i < stakes.length; i++) {
            if (stakes[i] == 0) revert SignerNotActive(i, signers[i]);
            signed += Quorum.power(stakes[i]);
        }
        if (!Quorum.met(signed, totalPower)) revert InsufficientStake(signed, totalPower);
    }

    /// @notice The certificate rule over weights in wei: the signers' and
    ///         the schedule's power and whether they make a quorum. For
    ///         checking Go's contracts.PowerQuorum (and the shared vectors)
    ///         against this contract; posts use the same Quorum library.
    function quorumOf(uint256[] calldata signerWeights, uint256[] calldata memberWeights)
        external
        pure
        returns (uint256 signedPower, uint256 totalPower, bool met)
    {
        signedPower = Quorum.totalPower(signerWeights);
        totalPower = Quorum.totalPower(memberWeights);
        met = Quorum.met(signedPower, totalPower);
    }

    function _recover(bytes32 digest, bytes calldata sig, uint256 i) private pure returns (address signer) {
        if (sig.length != 65) revert InvalidSignatureLength(i, sig.length);
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        // High s would let anyone turn a signature into a second valid one.
        if (uint256(s) > HALF_N) revert SignatureHighS(i);
        // ecrecover yields 0 for v ∉ {27, 28}, r or s out of range, or no point.
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert InvalidSignature(i);
    }

    /// @dev Store batch h (already checked) as the new head and announce it.
    function _append(BatchHeader memory h, bytes32 hh, address[] memory signers, uint8 daMode, bool forced) private {
        uint64 cum = batches[h.number - 1].cumTrace + (h.queueEnd - h.queueStart) + h.txCount;
        batches[h.number] = Batch({
            headerHash: hh,
            signersHash: keccak256(abi.encodePacked(signers)),
            cumTrace: cum,
            postedAt: uint64(block.timestamp),
            daMode: daMode,
            forced: forced,
            isVoid: false
        });
        head = Head({number: h.number, queueEnd: h.queueEnd, l2Timestamp: h.l2Timestamp});
        emit BatchPosted(h.number, hh, msg.sender, h, signers, cum, daMode, forced);
    }

    /// @dev 0 if the data matches the header, else a VOID_* reason.
    function _malformedReason(BatchHeader calldata h, bytes calldata data) private pure returns (uint8) {
        // The walk stops past txCount items (≤ maxBatchTxs): the proof costs
        // what the header allows, whatever the data holds.
        (bool ok, uint256 count, bytes32 root) = BatchData.inspect(data, h.txCount);
        if (!ok) return VOID_MALFORMED_RLP;
        if (count != h.txCount) return VOID_TX_COUNT;
        if (root != h.txRoot) return VOID_TX_ROOT;
        if (data.length != h.dataLength) return VOID_DATA_LENGTH;
        return 0;
    }

    function _digest(bytes32 hh) private view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(BATCH_HEADER_TYPEHASH, hh));
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(), structHash));
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }
}
