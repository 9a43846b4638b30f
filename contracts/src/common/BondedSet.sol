// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title BondedSet
/// @notice What SequencerSet and DACommittee share (docs/PROTOCOL.md §5.3,
///         §6.8.1): a one-shot allowlist of the fault contracts that may
///         slash, set by the deployer right after deployment; the split of a
///         slash into the prover's reward (a pull payment, `credit`) and the
///         burned rest (locked here for good, `totalBurned`); the unbonding
///         delay between exit and withdrawal; payments that never leave the
///         state half-updated. Each set keeps its own member records and
///         decides what a slash does to membership.
/// @dev    Burned ETH stays in the contract forever: no function can move it,
///         so `slash` makes no external call (it can neither fail nor
///         re-enter because of a recipient) and the amount stays auditable.
abstract contract BondedSet {
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
    /// @notice Withdrawable slash rewards, by account (pull payments).
    mapping(address => uint256) public credit;
    /// @notice Total slashed and not rewarded; locked here for good.
    uint256 public totalBurned;
    /// @notice Longest endpoint a member may register. Every node and
    ///         client reads all members' endpoints in one eth_call
    ///         (epochSet, the committee list); unbounded, a few members with
    ///         tens of kilobytes each (as much as one transaction's gas
    ///         cap stores) would push that call past the RPC gas cap, and
    ///         every honest reader's view of the set would stop.
    uint256 public constant MAX_ENDPOINT_BYTES = 512;

    event Initialized(address[] faultContracts);
    event CreditClaimed(address indexed account, uint256 amount);

    error NotDeployer(address caller);
    error AlreadyInitialized();
    error NotInitialized();
    error ZeroAddress();
    error NotExiting(address member);
    error StillUnbonding(uint64 withdrawableAt);
    error NotFaultContract(address caller);
    error NoCredit(address account);
    error TransferFailed(address to, uint256 amount);
    error EndpointTooLong(uint256 length, uint256 max);

    constructor(uint64 unbondingPeriod_, uint8 slashRewardPercent_) {
        unbondingPeriod = unbondingPeriod_;
        slashRewardPercent = slashRewardPercent_;
        deployer = msg.sender;
    }

    modifier onlyFaultContract() {
        if (!isFaultContract[msg.sender]) revert NotFaultContract(msg.sender);
        _;
    }

    /// @notice Fix the fault contracts allowed to slash. They need this
    ///         contract's address, so they are deployed after it and the
    ///         deployer sets them once; nobody can change them. Registration
    ///         waits for this, so no member is ever unslashable.
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

    /// @notice Withdraw the caller's slash rewards.
    function claimCredit() external {
        uint256 amount = credit[msg.sender];
        if (amount == 0) revert NoCredit(msg.sender);
        credit[msg.sender] = 0;
        emit CreditClaimed(msg.sender, amount);
        _pay(msg.sender, amount);
    }

    /// @notice The fault contracts allowed to slash.
    function faultContracts() external view returns (address[] memory) {
        return faultContractList;
    }

    /// @dev Account for `slashed` wei taken from a member for a fault proven
    ///      by `prover` (non-zero, checked by the caller before anything
    ///      else): slashRewardPercent to the prover's credit, the rest burned.
    function _splitSlash(address prover, uint256 slashed) internal returns (uint256 reward, uint256 burned) {
        reward = (slashed * slashRewardPercent) / 100;
        burned = slashed - reward;
        credit[prover] += reward;
        totalBurned += burned;
    }

    /// @dev Revert unless the unbonding period that started at exitAt is over.
    function _checkUnbonded(uint64 exitAt) internal view {
        uint64 at = exitAt + unbondingPeriod;
        if (block.timestamp < at) revert StillUnbonding(at);
    }

    /// @dev Pay `amount` wei to `to` (nothing for 0), the state already updated.
    function _pay(address to, uint256 amount) internal {
        if (amount == 0) return;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
