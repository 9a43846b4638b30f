// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {BondedSet} from "./common/BondedSet.sol";
import {Quorum} from "./common/Quorum.sol";

/// @title SequencerSet
/// @notice The bonded sequencers and their leader schedule (docs/PROTOCOL.md
///         §5): registration with a bond, epochs of `epochLength` slots of
///         `slotDuration` seconds, a stake-weighted leader per slot (Go twin:
///         sequencerset/schedule), the leader's exclusive `leaderWindow` at
///         the start of its slot, strikes for missed slots and jail,
///         exit with an unbonding delay, slashing by the protocol's fault
///         contracts only, pull payments for rewards. A set of one member is
///         the training-wheels mode: it leads every slot.
/// @dev    Invariants:
///           - the schedule of an epoch (who is in it, with what weight)
///             changes during the epoch only by slashing (which lowers a
///             weight, or ejects below minBond) and jailing; registration,
///             exit, unjail and bond increases take effect at the next epoch
///             boundary (except into an empty set, which has no schedule to
///             disturb);
///           - every member in the current schedule has stake ≥ minBond;
///           - address(this).balance = Σ stake + Σ credit + totalBurned
///             (+ anything force-sent to it).
///         The schedule is computed from the member records on every read
///         (at most MAX_SEQUENCERS of them), not snapshotted; views about
///         past epochs use today's records (PROTOCOL §5.6.2).
contract SequencerSet is BondedSet {
    enum Status {
        None, // never registered, or withdrawn
        Active, // bonded and not exiting (maybe not in the schedule yet, or jailed)
        Exiting // unbonding: leaves the schedule at the next boundary, slashable until withdrawn
    }

    /// @dev Epochs are stored as uint32 (NEVER = none): 2^32 epochs of one
    ///      second are 136 years. The first slot holds everything the
    ///      schedule reads per member besides the stake.
    struct Sequencer {
        Status status;
        uint16 listPos; // position in `members` + 1; 0 when not listed
        uint40 exitAt; // when the exit (or the ejection) started, while Exiting
        uint32 fromEpoch; // first epoch in the schedule
        uint32 untilEpoch; // first epoch no longer in it (NEVER while not exiting)
        uint32 jailFrom; // out of the schedule in epochs [jailFrom, jailUntil)
        uint32 jailUntil; // NEVER while jailed
        uint32 changedUntil; // in epochs < changedUntil the weight is min(baseStake, stake)
        uint8 strikes; // consecutive missed slots
        uint256 stake; // slashable bond
        uint256 baseStake; // the stake before the last epoch's increaseBond
        bytes consensusKey;
        string endpoint;
    }

    /// @notice Constructor arguments (config: minBond, unbondingPeriod,
    ///         slashRewardPercent, slotDuration, leaderWindow, epochLength,
    ///         maxStrikes).
    struct Params {
        uint256 minBond;
        uint64 unbondingPeriod;
        uint8 slashRewardPercent;
        uint64 genesisTime; // start of slot 0; 0 = the deployment block's time
        uint64 slotDuration;
        uint64 leaderWindow;
        uint64 epochLength;
        uint8 maxStrikes; // 0 = never jail
    }

    uint32 private constant NEVER = type(uint32).max;
    /// @notice Most members listed at once (active, pending, jailed, or
    ///         exiting and not yet out of the schedule): bounds every loop.
    uint256 public constant MAX_SEQUENCERS = 32;
    /// @notice Most slots whose leaders a forced batch penalises.
    uint256 public constant MAX_PENALTY_SLOTS = 32;
    /// @notice Longest consensus key (an ed25519 key is 32 bytes, a
    ///         training-wheels key 33); bounded for the same reason as
    ///         MAX_ENDPOINT_BYTES.
    uint256 public constant MAX_CONSENSUS_KEY_BYTES = 64;
    /// @notice Domain tag of the leader seed (Go: schedule.SeedTag).
    bytes32 public constant SEED_TAG = keccak256("EtherScale leader schedule");

    /// @notice Smallest bond to register, and the least a scheduled member may hold.
    uint256 public immutable minBond;
    uint64 public immutable genesisTime;
    uint64 public immutable slotDuration;
    /// @notice First seconds of a slot in which only its leader may post.
    uint64 public immutable leaderWindow;
    /// @notice Slots per epoch.
    uint64 public immutable epochLength;
    /// @notice Consecutive missed slots that jail a member (0: never).
    uint8 public immutable maxStrikes;

    mapping(address => Sequencer) private seqs;
    address[] private members;
    /// @notice The member holding a consensus key (by keccak256 of the key)
    ///         from its registration until it withdraws. One key, one
    ///         member: CometBFT seats a validator by its key, and a second
    ///         member registering a key it copied from a Registered event
    ///         would make every honest node's validator update carry the
    ///         key twice, which CometBFT refuses with a consensus failure
    ///         (the BFT set halts at that epoch boundary, for a minBond).
    mapping(bytes32 => address) public consensusKeyHolder;
    // slot + 1 of the latest batch noted by notePost (0: none yet): a slot's
    // leader is struck only by the first post of its slot.
    uint64 private lastPostSlot;

    event Registered(address indexed sequencer, uint256 stake, bytes consensusKey, string endpoint, uint64 fromEpoch);
    event BondIncreased(address indexed sequencer, uint256 amount, uint256 stake);
    event ExitStarted(address indexed sequencer, uint64 withdrawableAt, bool ejected);
    event Withdrawn(address indexed sequencer, uint256 amount);
    event Slashed(
        address indexed sequencer,
        address indexed prover,
        address indexed faultContract,
        uint256 amount,
        uint256 reward,
        uint256 burned
    );
    /// @notice `sequencer` led `slot` and someone else had to post after its window.
    event Struck(address indexed sequencer, uint64 indexed slot, uint8 strikes);
    event Jailed(address indexed sequencer, uint64 epoch);
    event Unjailed(address indexed sequencer, uint64 fromEpoch);

    error ZeroMinBond();
    error ZeroUnbondingPeriod();
    error RewardPercentTooHigh(uint256 percent);
    error ZeroSlotDuration();
    error ZeroEpochLength();
    error LeaderWindowTooLong(uint64 leaderWindow, uint64 slotDuration);
    error UnbondingTooShort(uint64 unbondingPeriod, uint256 epochSeconds);
    error AlreadyRegistered(address sequencer);
    error BondTooLow(uint256 value, uint256 minBond);
    error EmptyConsensusKey();
    error ConsensusKeyTaken(address holder);
    error ConsensusKeyTooLong(uint256 length, uint256 max);
    error ZeroValue();
    error NotActive(address sequencer);
    error SetFull(uint256 max);
    error NotJailed(address sequencer);
    error StillJailed(uint64 unjailFromEpoch);
    error MembersNotSorted(uint256 index);
    error LengthMismatch(uint256 addresses, uint256 weights);

    constructor(Params memory p) BondedSet(p.unbondingPeriod, p.slashRewardPercent) {
        if (p.minBond == 0) revert ZeroMinBond();
        if (p.unbondingPeriod == 0) revert ZeroUnbondingPeriod();
        if (p.slashRewardPercent > 100) revert RewardPercentTooHigh(p.slashRewardPercent);
        if (p.slotDuration == 0) revert ZeroSlotDuration();
        if (p.epochLength == 0) revert ZeroEpochLength();
        if (p.leaderWindow >= p.slotDuration) revert LeaderWindowTooLong(p.leaderWindow, p.slotDuration);
        // An exit takes effect at the next boundary, at most one epoch away:
        // the member must still be slashable then (withdraw also relies on
        // it being out of the schedule by the time it may withdraw).
        uint256 epochSeconds = uint256(p.slotDuration) * p.epochLength;
        if (p.unbondingPeriod <= epochSeconds) revert UnbondingTooShort(p.unbondingPeriod, epochSeconds);
        minBond = p.minBond;
        genesisTime = p.genesisTime == 0 ? uint64(block.timestamp) : p.genesisTime;
        slotDuration = p.slotDuration;
        leaderWindow = p.leaderWindow;
        epochLength = p.epochLength;
        maxStrikes = p.maxStrikes;
    }

    // ---- membership ------------------------------------------------------------

    /// @notice Join with msg.value as bond; msg.sender is the L1 key that signs
    ///         batch headers and posts them, consensusKey the CometBFT key.
    ///         The member enters the schedule at the next epoch boundary, or
    ///         at once if the current epoch's schedule is empty. A key
    ///         another member holds is refused (ConsensusKeyTaken).
    function register(bytes calldata consensusKey, string calldata endpoint) external payable {
        if (!initialized) revert NotInitialized();
        Sequencer storage s = seqs[msg.sender];
        if (s.status != Status.None) revert AlreadyRegistered(msg.sender);
        if (msg.value < minBond) revert BondTooLow(msg.value, minBond);
        if (consensusKey.length == 0) revert EmptyConsensusKey();
        if (consensusKey.length > MAX_CONSENSUS_KEY_BYTES) {
            revert ConsensusKeyTooLong(consensusKey.length, MAX_CONSENSUS_KEY_BYTES);
        }
        if (bytes(endpoint).length > MAX_ENDPOINT_BYTES) {
            revert EndpointTooLong(bytes(endpoint).length, MAX_ENDPOINT_BYTES);
        }
        bytes32 kh = keccak256(consensusKey);
        address holder = consensusKeyHolder[kh];
        if (holder != address(0)) revert ConsensusKeyTaken(holder);
        consensusKeyHolder[kh] = msg.sender;
        uint32 e = _epochNow();
        uint32 from = _scheduleEmpty(e) ? e : e + 1;
        _list(msg.sender, s, e);
        s.status = Status.Active;
        s.fromEpoch = from;
        s.untilEpoch = NEVER;
        s.stake = msg.value;
        s.consensusKey = consensusKey;
        s.endpoint = endpoint;
        emit Registered(msg.sender, msg.value, consensusKey, endpoint, from);
    }

    /// @notice Add to the bond, e.g. to keep a margin above minBond against
    ///         penalties. Slashable at once; counts as weight (and for
    ///         quorums) from the next epoch, so the running epoch's schedule
    ///         cannot be steered by topping up.
    function increaseBond() external payable {
        Sequencer storage s = seqs[msg.sender];
        if (s.status != Status.Active) revert NotActive(msg.sender);
        if (msg.value == 0) revert ZeroValue();
        uint32 e = _epochNow();
        if (s.changedUntil != e + 1) {
            s.baseStake = s.stake;
            s.changedUntil = e + 1;
        }
        s.stake += msg.value;
        emit BondIncreased(msg.sender, msg.value, s.stake);
    }

    /// @notice Leave the set: out of the schedule from the next epoch
    ///         boundary; the bond stays slashable for unbondingPeriod.
    function exit() external {
        Sequencer storage s = seqs[msg.sender];
        if (s.status != Status.Active) revert NotActive(msg.sender);
        _leave(msg.sender, s, _epochNow() + 1, false);
    }

    /// @notice Take the remaining bond back once the unbonding period is over.
    ///         The record is deleted, so the account may register again,
    ///         and its consensus key is free for anyone to register.
    function withdraw() external {
        Sequencer storage s = seqs[msg.sender];
        if (s.status != Status.Exiting) revert NotExiting(msg.sender);
        _checkUnbonded(s.exitAt);
        uint256 amount = s.stake;
        // Out of the schedule since the boundary after the exit, which is
        // less than unbondingPeriod ago (constructor), so unlisting it
        // changes no epoch's schedule from now on.
        if (s.listPos != 0) _unlist(s);
        delete consensusKeyHolder[keccak256(s.consensusKey)];
        delete seqs[msg.sender];
        emit Withdrawn(msg.sender, amount);
        _pay(msg.sender, amount);
    }

    /// @notice Back into the schedule after a jail: allowed from the epoch
    ///         after the one it was jailed in; effective at the next boundary
    ///         (at once if the schedule is empty). Strikes restart from 0.
    function unjail() external {
        Sequencer storage s = seqs[msg.sender];
        if (s.status != Status.Active) revert NotActive(msg.sender);
        if (s.jailUntil != NEVER) revert NotJailed(msg.sender);
        uint32 e = _epochNow();
        if (e <= s.jailFrom) revert StillJailed(uint64(s.jailFrom) + 1);
        uint32 back = _scheduleEmpty(e) ? e : e + 1;
        s.jailUntil = back;
        s.strikes = 0;
        emit Unjailed(msg.sender, back);
    }

    // ---- fault contracts -----------------------------------------------------------

    /// @notice Take up to `amount` of `seq`'s bond (type(uint256).max: all of it)
    ///         for a fault proven by `prover`. slashRewardPercent of what is taken
    ///         is credited to the prover, the rest burned (locked here).
    ///         Never reverts for a sequencer with nothing left (returns 0), so a
    ///         fault contract slashing a list of signers cannot be blocked by one
    ///         that already withdrew or was slashed before.
    ///         A member left below minBond is ejected: out of the schedule at
    ///         once (not at the next boundary), unbonding as if it had exited.
    function slash(address seq, address prover, uint256 amount)
        external
        onlyFaultContract
        returns (uint256 slashed)
    {
        if (prover == address(0)) revert ZeroAddress();
        Sequencer storage s = seqs[seq];
        slashed = amount < s.stake ? amount : s.stake;
        if (slashed == 0) return 0;
        s.stake -= slashed;
        (uint256 reward, uint256 burned) = _splitSlash(prover, slashed);
        emit Slashed(seq, prover, msg.sender, slashed, reward, burned);
        if (s.stake < minBond) {
            uint32 e = _epochNow();
            if (s.untilEpoch > e) _leave(seq, s, e, true);
        }
    }

    /// @notice BatchInbox asks, for every post, whether `poster` may post
    ///         now and what each signer weighs, and the set keeps its
    ///         strikes: during the first leaderWindow seconds of a slot only
    ///         its leader may post; after that any member in the schedule may
    ///         (failover), and if such a post is the slot's first, the slot's
    ///         leader missed it and is struck. A post by the leader in its
    ///         slot clears its strikes (they count consecutive misses).
    ///         maxStrikes strikes jail. The weights and total power are
    ///         those of the schedule before this post (a jail here must not
    ///         void the jailed leader's signature on it). Fault contracts
    ///         only; the post reverts, and the strike with it, if any check
    ///         fails.
    /// @param signers ascending (BatchInbox checks), each weighed 0 if not scheduled.
    /// @dev    stakes are the signers' weights in wei, totalPower the
    ///         schedule's voting power (Quorum: each weight in whole gwei,
    ///         summed).
    function notePost(address poster, address[] calldata signers)
        external
        onlyFaultContract
        returns (bool allowed, uint256[] memory stakes, uint256 totalPower)
    {
        uint64 slot = currentSlot();
        (address[] memory addrs, uint256[] memory weights, uint256 total) = _epochSet(epochOf(slot));
        stakes = _weigh(signers, addrs, weights);
        totalPower = Quorum.totalPower(weights);
        allowed = _contains(addrs, poster) && _noteSlot(poster, slot, addrs, weights, total);
    }

    /// @dev The leader-window rule and the strikes, for a scheduled poster.
    function _noteSlot(address poster, uint64 slot, address[] memory addrs, uint256[] memory weights, uint256 total)
        private
        returns (bool)
    {
        bool window = block.timestamp < slotStart(slot) + leaderWindow;
        bool first = lastPostSlot != slot + 1;
        if (!window && !first) return true; // the slot is served already
        address leader = _draw(_seed(address(this), slot), addrs, weights, total);
        if (leader == poster) {
            Sequencer storage p = seqs[poster];
            if (p.strikes != 0) p.strikes = 0;
        } else if (window) {
            return false;
        } else {
            _strike(leader, slot, epochOf(slot));
        }
        if (first) lastPostSlot = slot + 1;
        return true;
    }

    /// @dev Each signer's weight (0 if not scheduled): both lists ascending,
    ///      one merge walk.
    function _weigh(address[] calldata signers, address[] memory addrs, uint256[] memory weights)
        private
        pure
        returns (uint256[] memory stakes)
    {
        stakes = new uint256[](signers.length);
        uint256 j;
        for (uint256 i = 0; i < signers.length; i++) {
            while (j < addrs.length && addrs[j] < signers[i]) j++;
            if (j < addrs.length && addrs[j] == signers[i]) stakes[i] = weights[j];
        }
    }

    // ---- schedule views ----------------------------------------------------------------

    /// @notice The slot containing L1 time t (0 up to genesisTime).
    function slotAt(uint64 t) public view returns (uint64) {
        return t <= genesisTime ? 0 : (t - genesisTime) / slotDuration;
    }

    function currentSlot() public view returns (uint64) {
        return slotAt(uint64(block.timestamp));
    }

    function epochOf(uint64 slot) public view returns (uint64) {
        return slot / epochLength;
    }

    function currentEpoch() public view returns (uint64) {
        return epochOf(currentSlot());
    }

    /// @notice When slot `slot` begins.
    function slotStart(uint64 slot) public view returns (uint64) {
        return genesisTime + slot * slotDuration;
    }

    /// @notice The leader of `slot`, drawn from its epoch's schedule (zero
    ///         address if the schedule is empty). For past slots it is
    ///         computed from today's records.
    function leaderOf(uint64 slot) public view returns (address) {
        (address[] memory addrs, uint256[] memory weights, uint256 total) = _epochSet(epochOf(slot));
        return _draw(_seed(address(this), slot), addrs, weights, total);
    }

    /// @notice The draw itself, on a given member list (addresses strictly
    ///         ascending, weights alongside) with the seed of `slot` in
    ///         domain `domain` (the SequencerSet address): for checking Go's
    ///         schedule.Params.Leader against this contract.
    function drawLeader(address domain, address[] calldata addrs, uint256[] calldata weights, uint64 slot)
        external
        pure
        returns (address)
    {
        if (addrs.length != weights.length) revert LengthMismatch(addrs.length, weights.length);
        uint256 total;
        for (uint256 i = 0; i < addrs.length; i++) {
            if (i > 0 && addrs[i] <= addrs[i - 1]) revert MembersNotSorted(i);
            total += weights[i];
        }
        return _draw(_seed(domain, slot), addrs, weights, total);
    }

    /// @notice Distinct leaders of slots fromSlot … toSlot (at most the first
    ///         MAX_PENALTY_SLOTS of them), in order of first appearance:
    ///         whom a forced batch penalises.
    function leadersOfSlots(uint64 fromSlot, uint64 toSlot) external view returns (address[] memory out) {
        if (toSlot < fromSlot) return new address[](0);
        if (toSlot - fromSlot >= MAX_PENALTY_SLOTS) toSlot = fromSlot + uint64(MAX_PENALTY_SLOTS - 1);
        out = new address[](MAX_PENALTY_SLOTS);
        uint256 k;
        uint64 loaded = type(uint64).max;
        address[] memory addrs;
        uint256[] memory weights;
        uint256 total;
        for (uint64 slot = fromSlot; slot <= toSlot; slot++) {
            uint64 e = epochOf(slot);
            if (e != loaded) {
                (addrs, weights, total) = _epochSet(e);
                loaded = e;
            }
            address l = _draw(_seed(address(this), slot), addrs, weights, total);
            if (l == address(0)) continue;
            bool seen;
            for (uint256 j = 0; j < k && !seen; j++) {
                seen = out[j] == l;
            }
            if (!seen) out[k++] = l;
        }
        assembly ("memory-safe") {
            mstore(out, k)
        }
    }

    /// @notice Epoch `epoch`'s schedule in one call, sorted by address: each
    ///         member's weight (its stake, see increaseBond), consensus key and
    ///         endpoint. The CometBFT node builds its validator set from it.
    function epochSet(uint64 epoch)
        external
        view
        returns (address[] memory addrs, uint256[] memory stakes, bytes[] memory consensusKeys, string[] memory endpoints)
    {
        (addrs, stakes,) = _epochSet(epoch);
        consensusKeys = new bytes[](addrs.length);
        endpoints = new string[](addrs.length);
        for (uint256 i = 0; i < addrs.length; i++) {
            Sequencer storage s = seqs[addrs[i]];
            consensusKeys[i] = s.consensusKey;
            endpoints[i] = s.endpoint;
        }
    }

    // ---- member views -------------------------------------------------------------------

    /// @notice True if `seq` is in the current epoch's schedule (not jailed):
    ///         it counts for quorums and may post.
    function isActive(address seq) public view returns (bool) {
        return _inSchedule(seqs[seq], currentEpoch());
    }

    /// @notice The slashable bond of `seq`, active or unbonding (0 if none).
    function stakeOf(address seq) external view returns (uint256) {
        return seqs[seq].stake;
    }

    /// @notice May `poster` post a batch at `timestamp`: in that epoch's
    ///         schedule, and the slot's leader if within its leader window.
    function canPost(address poster, uint256 timestamp) external view returns (bool) {
        uint64 t = timestamp > type(uint64).max ? type(uint64).max : uint64(timestamp);
        uint64 slot = slotAt(t);
        if (!_inSchedule(seqs[poster], epochOf(slot))) return false;
        if (t >= slotStart(slot) + leaderWindow) return true;
        return leaderOf(slot) == poster;
    }

    /// @notice The current schedule's members, sorted by address.
    function activeSequencers() external view returns (address[] memory addrs) {
        (addrs,,) = _epochSet(currentEpoch());
    }

    /// @notice Number of members in the current schedule.
    function activeCount() external view returns (uint256) {
        (address[] memory addrs,,) = _epochSet(currentEpoch());
        return addrs.length;
    }

    /// @notice Sum of the current schedule's weights: the quorum's total.
    function totalActiveStake() external view returns (uint256 total) {
        (,, total) = _epochSet(currentEpoch());
    }

    /// @notice For each address its weight in the current schedule (0 if not
    ///         in it), and the schedule's total (BatchInbox gets the same
    ///         from notePost).
    function activeStakes(address[] calldata who) external view returns (uint256[] memory stakes, uint256 total) {
        uint256 e = currentEpoch();
        (,, total) = _epochSet(e);
        stakes = new uint256[](who.length);
        for (uint256 i = 0; i < who.length; i++) {
            Sequencer storage s = seqs[who[i]];
            if (_inSchedule(s, e)) stakes[i] = _weight(s, e);
        }
    }

    /// @notice Everything stored about `seq`'s bond and identity.
    function sequencer(address seq)
        external
        view
        returns (Status status, uint256 stake, uint64 exitAt, bytes memory consensusKey, string memory endpoint)
    {
        Sequencer storage s = seqs[seq];
        return (s.status, s.stake, s.exitAt, s.consensusKey, s.endpoint);
    }

    /// @notice `seq`'s place in the schedule: the epochs it is in
    ///         [fromEpoch, untilEpoch) (untilEpoch 2^32−1: open), its strikes,
    ///         and whether it is jailed (since jailedFrom).
    function standing(address seq)
        external
        view
        returns (uint64 fromEpoch, uint64 untilEpoch, uint8 strikes, bool jailed, uint64 jailedFrom)
    {
        Sequencer storage s = seqs[seq];
        jailed = s.jailUntil == NEVER;
        return (s.fromEpoch, s.untilEpoch, s.strikes, jailed, jailed ? s.jailFrom : 0);
    }

    /// @notice When an exiting member may withdraw (0 if not exiting).
    function withdrawableAt(address seq) external view returns (uint64) {
        Sequencer storage s = seqs[seq];
        if (s.status != Status.Exiting) return 0;
        return s.exitAt + unbondingPeriod;
    }

    // ---- internals -------------------------------------------------------------------

    function _epochNow() private view returns (uint32) {
        uint64 e = currentEpoch();
        return e >= NEVER - 1 ? NEVER - 1 : uint32(e);
    }

    function _inSchedule(Sequencer storage s, uint256 e) private view returns (bool) {
        return s.status != Status.None && s.fromEpoch <= e && e < s.untilEpoch && !(s.jailFrom <= e && e < s.jailUntil);
    }

    function _weight(Sequencer storage s, uint256 e) private view returns (uint256) {
        uint256 st = s.stake;
        if (e < s.changedUntil) {
            uint256 b = s.baseStake;
            if (b < st) return b;
        }
        return st;
    }

    /// @dev Epoch e's schedule sorted by address (insertion sort: at most
    ///      MAX_SEQUENCERS entries), the weights and their total. The order
    ///      of `members` does not matter, so unlisting never moves a draw.
    function _epochSet(uint256 e)
        private
        view
        returns (address[] memory addrs, uint256[] memory weights, uint256 total)
    {
        uint256 n = members.length;
        addrs = new address[](n);
        weights = new uint256[](n);
        uint256 k;
        for (uint256 i = 0; i < n; i++) {
            address a = members[i];
            Sequencer storage s = seqs[a];
            if (!_inSchedule(s, e)) continue;
            uint256 w = _weight(s, e);
            if (w == 0) continue;
            total += w;
            uint256 j = k;
            while (j > 0 && addrs[j - 1] > a) {
                addrs[j] = addrs[j - 1];
                weights[j] = weights[j - 1];
                j--;
            }
            addrs[j] = a;
            weights[j] = w;
            k++;
        }
        assembly ("memory-safe") {
            mstore(addrs, k)
            mstore(weights, k)
        }
    }

    function _contains(address[] memory sorted, address a) private pure returns (bool) {
        uint256 lo = 0;
        uint256 hi = sorted.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (sorted[mid] == a) return true;
            if (sorted[mid] < a) lo = mid + 1;
            else hi = mid;
        }
        return false;
    }

    function _scheduleEmpty(uint256 e) private view returns (bool) {
        uint256 n = members.length;
        for (uint256 i = 0; i < n; i++) {
            if (_inSchedule(seqs[members[i]], e)) return false;
        }
        return true;
    }

    function _seed(address domain, uint64 slot) private pure returns (bytes32) {
        return keccak256(abi.encode(SEED_TAG, domain, uint256(slot)));
    }

    /// @dev The member at `seed mod total` of the cumulative weights.
    function _draw(bytes32 seed, address[] memory addrs, uint256[] memory weights, uint256 total)
        private
        pure
        returns (address)
    {
        if (total == 0) return address(0);
        uint256 target = uint256(seed) % total;
        uint256 cum;
        for (uint256 i = 0; i < addrs.length; i++) {
            cum += weights[i];
            if (target < cum) return addrs[i];
        }
        return address(0); // unreachable: target < total
    }

    function _strike(address leader, uint64 slot, uint64 e) private {
        Sequencer storage s = seqs[leader];
        if (s.strikes < type(uint8).max) s.strikes++;
        emit Struck(leader, slot, s.strikes);
        if (maxStrikes != 0 && s.strikes >= maxStrikes) {
            s.jailFrom = uint32(e);
            s.jailUntil = NEVER;
            emit Jailed(leader, e);
        }
    }

    /// @dev Out of the schedule from epoch `until` (if earlier than planned);
    ///      an Active member starts unbonding now.
    function _leave(address seq, Sequencer storage s, uint32 until, bool ejected) private {
        if (until < s.untilEpoch) s.untilEpoch = until;
        if (s.status != Status.Active) return;
        s.status = Status.Exiting;
        s.exitAt = uint40(block.timestamp);
        emit ExitStarted(seq, uint64(block.timestamp) + unbondingPeriod, ejected);
    }

    function _list(address a, Sequencer storage s, uint32 e) private {
        if (members.length >= MAX_SEQUENCERS) {
            // Reuse the place of a member that has left the schedule for
            // good (exiting, its last epoch over); it can still withdraw.
            uint256 n = members.length;
            uint256 i = 0;
            while (i < n) {
                Sequencer storage o = seqs[members[i]];
                if (o.status == Status.Exiting && o.untilEpoch <= e) break;
                i++;
            }
            if (i == n) revert SetFull(MAX_SEQUENCERS);
            _unlist(seqs[members[i]]);
        }
        members.push(a);
        s.listPos = uint16(members.length);
    }

    function _unlist(Sequencer storage s) private {
        uint256 idx = s.listPos - 1;
        uint256 last = members.length - 1;
        if (idx != last) {
            address moved = members[last];
            members[idx] = moved;
            seqs[moved].listPos = uint16(idx + 1);
        }
        members.pop();
        s.listPos = 0;
    }
}
