// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {BondedSet} from "./common/BondedSet.sol";

/// @title DACommittee
/// @notice The bonded data-availability committee (docs/PROTOCOL.md §6,
///         §6.8). Member i keeps chunk i of every
///         certificate-mode batch and signs an EIP-712 attestation over
///         (dataRoot, dataHash, dataLength, expiry) once it has stored it:
///         expiry is the L1 time until which it promises to serve the chunk.
///         BatchInbox asks this contract to verify certificates, so that the
///         attestation's verifyingContract is the committee, as in Go's
///         da.Domain.
/// @dev    Certificate encoding (Go: contracts.EncodeDACertificate): the
///         concatenation of 77-byte records
///         `uint32 member ‖ uint64 expiry ‖ r ‖ s ‖ v`, members strictly
///         increasing. Fixed-size records are read straight from calldata
///         without an ABI decoder.
///         attestersHash = keccak256(abi.encodePacked(uint256[] words)),
///         word = member << 160 | address, in certificate order: it records
///         both who attested and which chunk each one owed.
contract DACommittee is BondedSet {
    bytes32 public constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 public constant ATTESTATION_TYPEHASH =
        keccak256("Attestation(bytes32 dataRoot,bytes32 dataHash,uint32 dataLength,uint64 expiry)");
    bytes32 private constant NAME_HASH = keccak256("EtherScale DA");
    bytes32 private constant VERSION_HASH = keccak256("1");
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;
    /// @notice Bytes per certificate record: uint32 member ‖ uint64 expiry ‖ r ‖ s ‖ v.
    uint256 public constant ATTESTATION_SIZE = 77;

    /// @notice Committee size: member indices are 0 … n−1 (config da.n).
    uint32 public immutable n;
    /// @notice Data chunks (config da.k); kept here so chunk challenges and Go
    ///         clients read the coding parameters from one place.
    uint32 public immutable k;
    /// @notice Attestations a certificate needs (config da.threshold).
    uint32 public immutable threshold;
    uint256 public immutable memberBond;
    /// @notice How long after posting a member can still be made to answer
    ///         for a certificate batch it attested: DAChallenge's
    ///         challengeWindow + resolveWindow (its constructor checks). A
    ///         certificate is accepted only while every attestation promises
    ///         to serve at least that long past now (verifyCertificate), so a
    ///         member is never liable after the expiry it signed.
    uint64 public immutable liabilityWindow;

    uint256 private immutable cachedChainId;
    bytes32 private immutable cachedDomainSeparator;

    enum Status {
        None,
        Active,
        Exiting
    }

    struct Member {
        Status status;
        uint32 index; // meaningful while Active
        uint64 exitAt;
        uint256 stake;
        string endpoint;
    }

    mapping(address => Member) private members;
    address[] private slots; // slots[i] = active member with index i, or 0
    uint32 public activeCount;

    event MemberRegistered(address indexed member, uint32 indexed index, uint256 stake, string endpoint);
    event MemberExited(address indexed member, uint32 indexed index, uint64 withdrawableAt, bool slashed);
    event MemberWithdrawn(address indexed member, uint256 amount);
    event MemberSlashed(
        address indexed member, address indexed prover, address indexed faultContract, uint256 amount, uint256 reward
    );

    error InvalidParameters();
    error AlreadyRegistered(address member);
    error BondTooLow(uint256 value, uint256 required);
    error EmptyEndpoint();
    error CommitteeFull();
    error NotActive(address member);
    error CertificateMalformed(uint256 length);
    error TooFewAttestations(uint256 count, uint256 threshold);
    error AttestationsNotSorted(uint256 position);
    error UnknownMember(uint256 position, uint32 member);
    error AttestationHighS(uint256 position);
    error BadAttestation(uint256 position, uint32 member);
    error AttestationExpired(uint256 position, uint64 expiry, uint256 required);

    constructor(
        uint32 n_,
        uint32 k_,
        uint32 threshold_,
        uint256 memberBond_,
        uint64 unbondingPeriod_,
        uint8 slashRewardPercent_,
        uint64 liabilityWindow_
    ) BondedSet(unbondingPeriod_, slashRewardPercent_) {
        // The rollup config validates these too; checked here so a bad
        // deployment cannot accept certificates nobody could challenge.
        if (
            n_ == 0 || n_ > 256 || k_ == 0 || k_ > n_ || threshold_ < k_ || threshold_ > n_ || memberBond_ == 0
                || unbondingPeriod_ == 0 || slashRewardPercent_ > 100 || liabilityWindow_ == 0
            // A member that exits right after attesting must stay slashable
            // until a challenge on that batch is over (and then settled).
            || unbondingPeriod_ <= liabilityWindow_
        ) revert InvalidParameters();
        n = n_;
        k = k_;
        threshold = threshold_;
        memberBond = memberBond_;
        liabilityWindow = liabilityWindow_;
        slots = new address[](n_);
        cachedChainId = block.chainid;
        cachedDomainSeparator = _buildDomainSeparator();
    }

    // initialize (the fault contracts: DAChallenge), claimCredit and
    // faultContracts are BondedSet's.

    // ---- membership ----------------------------------------------------------

    /// @notice Join with msg.value ≥ memberBond; takes the lowest free index.
    ///         msg.sender is the key that signs attestations; `endpoint` is the
    ///         shard server URL dispersers PUT chunks to.
    function register(string calldata endpoint) external payable returns (uint32 index) {
        if (!initialized) revert NotInitialized();
        Member storage m = members[msg.sender];
        if (m.status != Status.None) revert AlreadyRegistered(msg.sender);
        if (msg.value < memberBond) revert BondTooLow(msg.value, memberBond);
        if (bytes(endpoint).length == 0) revert EmptyEndpoint();
        if (bytes(endpoint).length > MAX_ENDPOINT_BYTES) {
            revert EndpointTooLong(bytes(endpoint).length, MAX_ENDPOINT_BYTES);
        }
        uint256 len = slots.length;
        uint256 i = 0;
        while (i < len && slots[i] != address(0)) i++;
        if (i == len) revert CommitteeFull();
        index = uint32(i);
        slots[i] = msg.sender;
        activeCount++;
        m.status = Status.Active;
        m.index = index;
        m.exitAt = 0;
        m.stake = msg.value;
        m.endpoint = endpoint;
        emit MemberRegistered(msg.sender, index, msg.value, endpoint);
    }

    /// @notice Leave now: the index is freed for a newcomer, the bond stays
    ///         slashable for unbondingPeriod (chunk challenges on batches it
    ///         attested while a member).
    function exit() external {
        Member storage m = members[msg.sender];
        if (m.status != Status.Active) revert NotActive(msg.sender);
        _deactivate(msg.sender, m, false);
    }

    /// @notice Take the remaining bond back after the unbonding period.
    function withdraw() external {
        Member storage m = members[msg.sender];
        if (m.status != Status.Exiting) revert NotExiting(msg.sender);
        _checkUnbonded(m.exitAt);
        uint256 amount = m.stake;
        delete members[msg.sender];
        emit MemberWithdrawn(msg.sender, amount);
        _pay(msg.sender, amount);
    }

    // ---- slashing -------------------------------------------------------------

    /// @notice Take all of `member`'s bond for a fault proven by `prover`;
    ///         slashRewardPercent is credited to the prover, the rest stays
    ///         locked here (totalBurned). An active member is removed from the
    ///         committee. Returns 0 (no revert) for a member with nothing left,
    ///         so one empty attester cannot block slashing the others.
    function slash(address member, address prover) external onlyFaultContract returns (uint256 slashed) {
        if (prover == address(0)) revert ZeroAddress();
        Member storage m = members[member];
        slashed = m.stake;
        if (slashed == 0) return 0;
        m.stake = 0;
        (uint256 reward,) = _splitSlash(prover, slashed);
        emit MemberSlashed(member, prover, msg.sender, slashed, reward);
        if (m.status == Status.Active) _deactivate(member, m, true);
    }

    // ---- certificates -----------------------------------------------------------

    /// @notice Verify a certificate over (dataRoot, dataHash, dataLength) against
    ///         the current committee and return its attester words
    ///         (member << 160 | address, certificate order); their packed
    ///         keccak is the attestersHash. Every attestation's expiry must be
    ///         at least now + liabilityWindow: a certificate is only good
    ///         while its members promised to serve the data for as long as a
    ///         batch posted now can be challenged and answered, so an old
    ///         certificate reposted after the shards pruned is refused
    ///         instead of slashing members who kept their promise. Reverts
    ///         with the first failing rule.
    function verifyCertificate(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, bytes calldata cert)
        external
        view
        returns (uint256[] memory words)
    {
        if (cert.length % ATTESTATION_SIZE != 0) revert CertificateMalformed(cert.length);
        uint256 count = cert.length / ATTESTATION_SIZE;
        if (count < threshold) revert TooFewAttestations(count, threshold);
        uint256 required = block.timestamp + liabilityWindow;
        bytes32 separator = domainSeparator();
        // The struct's fields but expiry are the same for every record:
        // encode them once, and write each record's expiry into the last word.
        bytes memory structData =
            abi.encode(ATTESTATION_TYPEHASH, dataRoot, dataHash, uint256(dataLength), uint256(0));
        words = new uint256[](count);
        uint256 prev;
        for (uint256 i = 0; i < count; i++) {
            uint256 o = i * ATTESTATION_SIZE;
            words[i] = _verifyRecord(cert[o:o + ATTESTATION_SIZE], i, prev, required, separator, structData);
            prev = words[i] >> 160;
        }
    }

    /// @dev Check certificate record i (after a record for member `prev`)
    ///      and return its attester word.
    function _verifyRecord(
        bytes calldata rec,
        uint256 i,
        uint256 prev,
        uint256 required,
        bytes32 separator,
        bytes memory structData
    ) private view returns (uint256) {
        uint32 member = uint32(bytes4(rec[0:4]));
        // Strictly increasing rejects duplicates in one comparison.
        if (i > 0 && member <= prev) revert AttestationsNotSorted(i);
        address want = member < slots.length ? slots[member] : address(0);
        if (want == address(0)) revert UnknownMember(i, member);
        uint64 expiry = uint64(bytes8(rec[4:12]));
        if (expiry < required) revert AttestationExpired(i, expiry, required);
        if (_signer(rec, _recordDigest(separator, structData, expiry), i) != want) revert BadAttestation(i, member);
        return (uint256(member) << 160) | uint256(uint160(want));
    }

    /// @dev The digest of a record: structData (abi.encode of the struct
    ///      with a zero expiry) with expiry written into its last word.
    function _recordDigest(bytes32 separator, bytes memory structData, uint64 expiry)
        private
        pure
        returns (bytes32)
    {
        assembly {
            mstore(add(structData, 160), expiry) // word 4 after the length word
        }
        return keccak256(abi.encodePacked(hex"1901", separator, keccak256(structData)));
    }

    /// @dev The record's signer (0 for bad v/r/s, which never equals a
    ///      member); a high s is refused so each signature has one encoding.
    function _signer(bytes calldata rec, bytes32 digest, uint256 i) private pure returns (address) {
        bytes32 s = bytes32(rec[44:76]);
        if (uint256(s) > HALF_N) revert AttestationHighS(i);
        return ecrecover(digest, uint8(rec[76]), bytes32(rec[12:44]), s);
    }

    /// @notice The EIP-712 digest members sign (Go: da.Domain.AttestationDigest).
    function attestationDigest(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, uint64 expiry)
        public
        view
        returns (bytes32)
    {
        return _digest(domainSeparator(), dataRoot, dataHash, dataLength, expiry);
    }

    /// @notice The EIP-712 domain separator (recomputed if the chain id changed).
    function domainSeparator() public view returns (bytes32) {
        return block.chainid == cachedChainId ? cachedDomainSeparator : _buildDomainSeparator();
    }

    // ---- views ----------------------------------------------------------------------

    /// @notice Active members by index (address(0) for a free index), length n.
    function membersByIndex() external view returns (address[] memory) {
        return slots;
    }

    /// @notice Endpoints by index ("" for a free index), length n.
    function endpoints() external view returns (string[] memory out) {
        out = new string[](slots.length);
        for (uint256 i = 0; i < slots.length; i++) {
            if (slots[i] != address(0)) out[i] = members[slots[i]].endpoint;
        }
    }

    function isMember(address a) public view returns (bool) {
        return members[a].status == Status.Active;
    }

    /// @notice Index of an active member (reverts NotActive otherwise).
    function indexOf(address a) external view returns (uint32) {
        if (!isMember(a)) revert NotActive(a);
        return members[a].index;
    }

    function memberAt(uint32 index) external view returns (address) {
        return index < slots.length ? slots[index] : address(0);
    }

    function memberInfo(address a)
        external
        view
        returns (Status status, uint32 index, uint64 exitAt, uint256 stake, string memory endpoint)
    {
        Member storage m = members[a];
        return (m.status, m.index, m.exitAt, m.stake, m.endpoint);
    }

    function stakeOf(address a) external view returns (uint256) {
        return members[a].stake;
    }

    // ---- internals ------------------------------------------------------------------

    function _deactivate(address a, Member storage m, bool slashed) private {
        slots[m.index] = address(0);
        activeCount--;
        m.status = Status.Exiting;
        m.exitAt = uint64(block.timestamp);
        emit MemberExited(a, m.index, uint64(block.timestamp) + unbondingPeriod, slashed);
    }

    function _digest(bytes32 separator, bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, uint64 expiry)
        private
        pure
        returns (bytes32)
    {
        bytes32 structHash =
            keccak256(abi.encode(ATTESTATION_TYPEHASH, dataRoot, dataHash, uint256(dataLength), uint256(expiry)));
        return keccak256(abi.encodePacked(hex"1901", separator, structHash));
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }
}
