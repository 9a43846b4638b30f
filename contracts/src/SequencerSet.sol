// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title SequencerSet
/// @notice The bonded sequencers. First form (docs/PROTOCOL.md §5):
///         registration with a bond, exit with an unbonding delay, slashing by
///         the protocol's fault contracts only, pull payments for rewards. A
///         set of one member is the training-wheels mode. Epochs, the leader
///         schedule, strikes and jail come later; `canPost` is the hook that
///         will then consult the schedule.
/// @dev    Invariants:
///           - every Active member has stake ≥ minBond (a slash that takes it
///             below ejects it, see `slash`);
///           - totalActiveStake = Σ stake of Active members;
///           - address(this).balance = Σ stake (Active and Exiting)
///             + Σ credit + totalBurned (+ anything force-sent to it).
///         Burned ETH stays locked here forever: no function can move it.
///         That avoids an external call inside `slash` (so slashing can never
///         fail or re-enter because of a recipient) and keeps the amount
///         auditable on chain, with the same economic effect as sending it to
///         address(0).
contract SequencerSet {
    enum Status {
        None, // never registered, or withdrawn
        Active, // counted in the set, may sign and post
        Exiting // unbonding: not counted, still slashable until withdrawn
    }

    struct Sequencer {
        Status status;
        uint32 activeIndex; // position in `active` while Active
        uint64 exitAt; // when the exit (or the ejection) started, while Exiting
        uint64 activeSince; // when it registered (joined the active set), while Active
        uint256 stake; // slashable bond
        bytes consensusKey;
        string endpoint;
    }

    /// @notice Smallest bond to register, and the least an active member may hold.
    uint256 public immutable minBond;
    /// @notice Delay between exit and withdrawal; by config longer than any dispute.
    uint64 public immutable unbondingPeriod;
    /// @notice Share (percent) of every slash credited to whoever proved the fault.
    uint8 public immutable slashRewardPercent;
    /// @notice The only account that may call `initialize`.
    address public immutable deployer;

    /// @notice True once the fault-contract allowlist is fixed.
    bool public initialized;
    /// @notice Contracts allowed to slash.
    mapping(address => bool) public isFaultContract;
    address[] private faultContractList;

    mapping(address => Sequencer) private seqs;
    address[] private active;
    /// @notice Sum of the stakes of all active members.
    uint256 public totalActiveStake;
    /// @notice Withdrawable slash rewards, by account (pull payments).
    mapping(address => uint256) public credit;
    /// @notice Total slashed and not rewarded; locked here for good.
    uint256 public totalBurned;

    event Initialized(address[] faultContracts);
    event Registered(address indexed sequencer, uint256 stake, bytes consensusKey, string endpoint);
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
    event CreditClaimed(address indexed account, uint256 amount);

    error ZeroMinBond();
    error ZeroUnbondingPeriod();
    error RewardPercentTooHigh(uint256 percent);
    error NotDeployer(address caller);
    error AlreadyInitialized();
    error NotInitialized();
    error ZeroAddress();
    error AlreadyRegistered(address sequencer);
    error BondTooLow(uint256 value, uint256 minBond);
    error EmptyConsensusKey();
    error ZeroValue();
    error NotActive(address sequencer);
    error NotExiting(address sequencer);
    error StillUnbonding(uint64 withdrawableAt);
    error NotFaultContract(address caller);
    error NoCredit(address account);
    error TransferFailed(address to, uint256 amount);

    constructor(uint256 minBond_, uint64 unbondingPeriod_, uint8 slashRewardPercent_) {
        if (minBond_ == 0) revert ZeroMinBond();
        if (unbondingPeriod_ == 0) revert ZeroUnbondingPeriod();
        if (slashRewardPercent_ > 100) revert RewardPercentTooHigh(slashRewardPercent_);
        minBond = minBond_;
        unbondingPeriod = unbondingPeriod_;
        slashRewardPercent = slashRewardPercent_;
        deployer = msg.sender;
    }

    // ---- setup ---------------------------------------------------------------

    /// @notice Fix the fault contracts allowed to slash. The fault contracts are
    ///         deployed after this one (they need its address), so the deployer
    ///         sets them once, right after deployment; nobody can change them.
    function initialize(address[] calldata faultContracts_) external {
        if (msg.sender != deployer) revert NotDeployer(msg.sender);
        if (initialized) revert AlreadyInitialized();
        for (uint256 i = 0; i < faultContracts_.length; i++) {
            address f = faultContracts_[i];
            if (f == address(0)) revert ZeroAddress();
            if (!isFaultContract[f]) {
                isFaultContract[f] = true;
                faultContractList.push(f);
            }
        }
        initialized = true;
        emit Initialized(faultContracts_);
    }

    // ---- membership ------------------------------------------------------------

    /// @notice Join the set with msg.value as bond; msg.sender is the L1 key that
    ///         signs batch headers and posts them. Registration waits for
    ///         `initialize` so that no member is ever unslashable.
    function register(bytes calldata consensusKey, string calldata endpoint) external payable {
        if (!initialized) revert NotInitialized();
        Sequencer storage s = seqs[msg.sender];
        if (s.status != Status.None) revert AlreadyRegistered(msg.sender);
        if (msg.value < minBond) revert BondTooLow(msg.value, minBond);
        if (consensusKey.length == 0) revert EmptyConsensusKey();
        s.status = Status.Active;
        s.activeIndex = uint32(active.length);
        s.exitAt = 0;
        s.activeSince = uint64(block.timestamp);
        s.stake = msg.value;
        s.consensusKey = consensusKey;
        s.endpoint = endpoint;
        active.push(msg.sender);
        totalActiveStake += msg.value;
        emit Registered(msg.sender, msg.value, consensusKey, endpoint);
    }

    /// @notice Add to an active member's bond, e.g. to keep a margin above
    ///         minBond against penalties (falling below minBond ejects).
    function increaseBond() external payable {
        Sequencer storage s = seqs[msg.sender];
        if (s.status != Status.Active) revert NotActive(msg.sender);
        if (msg.value == 0) revert ZeroValue();
        s.stake += msg.value;
        totalActiveStake += msg.value;
        emit BondIncreased(msg.sender, msg.value, s.stake);
    }

    /// @notice Leave the set now; the bond stays slashable for unbondingPeriod.
    function exit() external {
        Sequencer storage s = seqs[msg.sender];
        if (s.status != Status.Active) revert NotActive(msg.sender);
        _deactivate(msg.sender, s, false);
    }

    /// @notice Take the remaining bond back once the unbonding period is over.
    ///         The record is deleted, so the account may register again.
    function withdraw() external {
        Sequencer storage s = seqs[msg.sender];
        if (s.status != Status.Exiting) revert NotExiting(msg.sender);
        uint64 at = s.exitAt + unbondingPeriod;
        if (block.timestamp < at) revert StillUnbonding(at);
        uint256 amount = s.stake;
        delete seqs[msg.sender];
        emit Withdrawn(msg.sender, amount);
        _pay(msg.sender, amount);
    }

    // ---- slashing ----------------------------------------------------------------

    /// @notice Take up to `amount` of `seq`'s bond (type(uint256).max: all of it)
    ///         for a fault proven by `prover`. slashRewardPercent of what is taken
    ///         is credited to the prover, the rest burned (locked here).
    ///         Never reverts for a sequencer with nothing left (returns 0), so a
    ///         fault contract slashing a list of signers cannot be blocked by one
    ///         that already withdrew or was slashed before.
    ///         An active member left below minBond is ejected: it starts
    ///         unbonding, as if it had called exit.
    function slash(address seq, address prover, uint256 amount) external returns (uint256 slashed) {
        if (!isFaultContract[msg.sender]) revert NotFaultContract(msg.sender);
        if (prover == address(0)) revert ZeroAddress();
        Sequencer storage s = seqs[seq];
        slashed = amount < s.stake ? amount : s.stake;
        if (slashed == 0) return 0;
        uint256 reward = (slashed * slashRewardPercent) / 100;
        uint256 burned = slashed - reward;
        s.stake -= slashed;
        credit[prover] += reward;
        totalBurned += burned;
        emit Slashed(seq, prover, msg.sender, slashed, reward, burned);
        if (s.status == Status.Active) {
            totalActiveStake -= slashed;
            if (s.stake < minBond) _deactivate(seq, s, true);
        }
    }

    /// @notice Withdraw the caller's slash rewards.
    function claimCredit() external {
        uint256 amount = credit[msg.sender];
        if (amount == 0) revert NoCredit(msg.sender);
        credit[msg.sender] = 0;
        emit CreditClaimed(msg.sender, amount);
        _pay(msg.sender, amount);
    }

    // ---- views -----------------------------------------------------------------------

    /// @notice True if `seq` is in the active set.
    function isActive(address seq) public view returns (bool) {
        return seqs[seq].status == Status.Active;
    }

    /// @notice The slashable bond of `seq`, active or unbonding (0 if none).
    function stakeOf(address seq) external view returns (uint256) {
        return seqs[seq].stake;
    }

    /// @notice May `poster` post a batch at `timestamp`? Today: any active member.
    ///         With the leader schedule this becomes: the slot leader during the
    ///         leader window, any active member after it.
    function canPost(address poster, uint256 timestamp) external view returns (bool) {
        timestamp; // reserved for the leader schedule
        return isActive(poster);
    }

    /// @notice The active members, in set order (not sorted).
    function activeSequencers() external view returns (address[] memory) {
        return active;
    }

    /// @notice When `seq` joined the active set (its registration time); 0 if
    ///         it is not active.
    function activeSince(address seq) external view returns (uint64) {
        Sequencer storage s = seqs[seq];
        return s.status == Status.Active ? s.activeSince : 0;
    }

    /// @notice The active members that were already active at time `t`
    ///         (activeSince ≤ t), in set order: who was responsible for
    ///         something that had to happen by `t` (BatchInbox's forced-batch
    ///         penalty). Members that exited since are not listed.
    function activeSequencersSince(uint256 t) external view returns (address[] memory out) {
        uint256 n = active.length;
        out = new address[](n);
        uint256 k;
        for (uint256 i = 0; i < n; i++) {
            address a = active[i];
            if (seqs[a].activeSince <= t) out[k++] = a;
        }
        assembly ("memory-safe") {
            mstore(out, k) // shrink to the members kept
        }
    }

    /// @notice Number of active members.
    function activeCount() external view returns (uint256) {
        return active.length;
    }

    /// @notice For each address its stake if active, else 0; and the total
    ///         active stake. One call for BatchInbox's signature check.
    function activeStakes(address[] calldata who) external view returns (uint256[] memory stakes, uint256 total) {
        stakes = new uint256[](who.length);
        for (uint256 i = 0; i < who.length; i++) {
            Sequencer storage s = seqs[who[i]];
            if (s.status == Status.Active) stakes[i] = s.stake;
        }
        total = totalActiveStake;
    }

    /// @notice Everything stored about `seq`.
    function sequencer(address seq)
        external
        view
        returns (Status status, uint256 stake, uint64 exitAt, bytes memory consensusKey, string memory endpoint)
    {
        Sequencer storage s = seqs[seq];
        return (s.status, s.stake, s.exitAt, s.consensusKey, s.endpoint);
    }

    /// @notice When an exiting member may withdraw (0 if not exiting).
    function withdrawableAt(address seq) external view returns (uint64) {
        Sequencer storage s = seqs[seq];
        if (s.status != Status.Exiting) return 0;
        return s.exitAt + unbondingPeriod;
    }

    /// @notice The fault contracts allowed to slash.
    function faultContracts() external view returns (address[] memory) {
        return faultContractList;
    }

    // ---- internals -------------------------------------------------------------------

    function _deactivate(address seq, Sequencer storage s, bool ejected) private {
        // Swap-and-pop keeps `active` dense; only the moved member's index changes.
        uint256 idx = s.activeIndex;
        uint256 last = active.length - 1;
        if (idx != last) {
            address moved = active[last];
            active[idx] = moved;
            seqs[moved].activeIndex = uint32(idx);
        }
        active.pop();
        totalActiveStake -= s.stake;
        s.status = Status.Exiting;
        s.activeIndex = 0;
        s.activeSince = 0;
        s.exitAt = uint64(block.timestamp);
        emit ExitStarted(seq, uint64(block.timestamp) + unbondingPeriod, ejected);
    }

    function _pay(address to, uint256 amount) private {
        if (amount == 0) return;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
