package contracts

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/da"
)

// DACertAttestationSize is the size of one certificate record on chain:
// uint32 member ‖ uint64 expiry ‖ r ‖ s ‖ v (DACommittee.ATTESTATION_SIZE).
const DACertAttestationSize = 4 + 8 + 65

// ErrBadAttestation is returned by EncodeDACertificate for an attestation
// that could never verify on chain (wrong signature length, unsorted).
var ErrBadAttestation = errors.New("attestation cannot be encoded")

// EncodeDACertificate encodes a da.Certificate's attestations as
// DACommittee.verifyCertificate takes them: the concatenation of
// uint32 member ‖ uint64 expiry (both big-endian) ‖ 65-byte r ‖ s ‖ v,
// members strictly increasing.
// The header fields are not repeated: the contract takes them from the batch
// header, so a certificate cannot be reused for a different header.
func EncodeDACertificate(c *da.Certificate) ([]byte, error) {
	if c == nil {
		return nil, fmt.Errorf("%w: nil certificate", ErrBadAttestation)
	}
	out := make([]byte, 0, len(c.Attestations)*DACertAttestationSize)
	for i, a := range c.Attestations {
		if len(a.Signature) != crypto.SignatureLength {
			return nil, fmt.Errorf("%w: attestation %d: signature length %d", ErrBadAttestation, i, len(a.Signature))
		}
		if i > 0 && a.Member <= c.Attestations[i-1].Member {
			return nil, fmt.Errorf("%w: attestation %d: members not strictly increasing", ErrBadAttestation, i)
		}
		out = binary.BigEndian.AppendUint32(out, a.Member)
		out = binary.BigEndian.AppendUint64(out, a.Expiry)
		out = append(out, a.Signature...)
	}
	return out, nil
}

// Attester is one certificate attestation as BatchInbox records it: the
// member index (the chunk it owes) and the member's address at posting time.
type Attester struct {
	Index   uint32
	Address common.Address
}

// Word is the attester's uint256 word in attestersHash: index << 160 | address.
func (a Attester) Word() *big.Int {
	var w [32]byte
	binary.BigEndian.PutUint32(w[8:12], a.Index)
	copy(w[12:], a.Address[:])
	return new(big.Int).SetBytes(w[:])
}

// attestersFromWords decodes index << 160 | address words.
func attestersFromWords(words []*big.Int) ([]Attester, error) {
	out := make([]Attester, len(words))
	for i, w := range words {
		if w == nil || w.Sign() < 0 || w.BitLen() > 192 {
			return nil, fmt.Errorf("attester word %d out of range", i)
		}
		var b [32]byte
		w.FillBytes(b[:])
		out[i] = Attester{Index: binary.BigEndian.Uint32(b[8:12]), Address: common.BytesToAddress(b[12:])}
	}
	return out, nil
}

// AttesterWords returns the words DAChallenge.settle and challengeChunk take.
func AttesterWords(as []Attester) []*big.Int {
	out := make([]*big.Int, len(as))
	for i, a := range as {
		out[i] = a.Word()
	}
	return out
}

// AttestersHash is keccak256(abi.encodePacked(uint256[] words)), what
// BatchInbox.attestersHash stores for a certificate batch.
func AttestersHash(as []Attester) common.Hash {
	buf := make([]byte, 0, 32*len(as))
	for _, a := range as {
		buf = append(buf, common.LeftPadBytes(a.Word().Bytes(), 32)...)
	}
	return crypto.Keccak256Hash(buf)
}

// DACommittee implements da.Committee: dispersers and retrievers can read
// the committee from L1.
var _ da.Committee = (*DACommittee)(nil)

// DAMemberStatus is a member's state in DACommittee.
type DAMemberStatus uint8

// Member states, as DACommittee.Status.
const (
	DAMemberNone    DAMemberStatus = 0
	DAMemberActive  DAMemberStatus = 1
	DAMemberExiting DAMemberStatus = 2 // unbonding, still slashable
)

// DAMemberInfo is what DACommittee stores about one member.
type DAMemberInfo struct {
	Status   DAMemberStatus
	Index    uint32 // meaningful while active
	ExitAt   uint64
	Stake    *big.Int
	Endpoint string
}

// DACommitteeParams are the constructor arguments of DACommittee.
type DACommitteeParams struct {
	N, K, Threshold    uint32
	MemberBond         *big.Int
	UnbondingPeriod    uint64
	SlashRewardPercent uint8
	// LiabilityWindow is DAChallenge's challengeWindow + resolveWindow: a
	// certificate is accepted only while each attestation's expiry is at
	// least now + LiabilityWindow.
	LiabilityWindow uint64
}

// DACommittee is a typed client for DACommittee.sol.
type DACommittee struct {
	bound
	b *bindings.DACommittee
}

// NewDACommittee returns a client for the DACommittee at addr (tx may be nil).
func NewDACommittee(addr common.Address, backend Backend, tx Transactor) *DACommittee {
	b := bindings.NewDACommittee()
	a := b.GetABI()
	return &DACommittee{bound: bound{name: "DACommittee", addr: addr, abi: &a, backend: backend, tx: tx}, b: b}
}

// DeployDACommittee deploys a DACommittee; the sender may call Initialize.
func DeployDACommittee(ctx context.Context, tx Transactor, p DACommitteeParams) (common.Address, *types.Receipt, error) {
	if !validAmount(p.MemberBond) {
		return common.Address{}, nil, fmt.Errorf("deploy DACommittee: memberBond: %w", ErrNegativeAmount)
	}
	b := bindings.NewDACommittee()
	code := append(common.FromHex(bindings.DACommitteeMetaData.Bin),
		b.PackConstructor(p.N, p.K, p.Threshold, p.MemberBond, p.UnbondingPeriod, p.SlashRewardPercent, p.LiabilityWindow)...)
	return deploy(ctx, tx, "DACommittee", code)
}

// Address returns the contract address.
func (c *DACommittee) Address() common.Address { return c.addr }

// Domain is the EIP-712 domain members sign attestations in.
func (c *DACommittee) Domain(chainID uint64) da.Domain {
	return da.Domain{ChainID: chainID, VerifyingContract: c.addr}
}

func (c *DACommittee) send(ctx context.Context, what string, data []byte, value *big.Int) (*types.Receipt, error) {
	rcpt, err := c.transact(ctx, data, value)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return rcpt, nil
}

// Initialize fixes the fault contracts allowed to slash (deployer only, once).
func (c *DACommittee) Initialize(ctx context.Context, faultContracts []common.Address) (*types.Receipt, error) {
	return c.send(ctx, "initialize", c.b.PackInitialize(faultContracts), nil)
}

// Register joins the committee with bond wei and the shard server endpoint.
func (c *DACommittee) Register(ctx context.Context, bond *big.Int, endpoint string) (*types.Receipt, error) {
	if !validAmount(bond) {
		return nil, fmt.Errorf("register: bond: %w", ErrNegativeAmount)
	}
	return c.send(ctx, "register", c.b.PackRegister(endpoint), bond)
}

// Exit leaves the committee; the bond is withdrawable after the unbonding period.
func (c *DACommittee) Exit(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, "exit", c.b.PackExit(), nil)
}

// Withdraw takes the remaining bond back after the unbonding period.
func (c *DACommittee) Withdraw(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, "withdraw", c.b.PackWithdraw(), nil)
}

// Slash takes member's whole bond (fault contracts only; for tests).
func (c *DACommittee) Slash(ctx context.Context, member, prover common.Address) (*types.Receipt, error) {
	return c.send(ctx, "slash", c.b.PackSlash(member, prover), nil)
}

// ClaimCredit pays the sender's slash rewards.
func (c *DACommittee) ClaimCredit(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, "claim credit", c.b.PackClaimCredit(), nil)
}

// VerifyCertificate runs the on-chain certificate check and returns the
// attesters BatchInbox would record (AttestersHash of them is stored).
func (c *DACommittee) VerifyCertificate(ctx context.Context, dataRoot, dataHash common.Hash, dataLength uint32, cert []byte) ([]Attester, error) {
	words, err := callValue(ctx, &c.bound, c.b.PackVerifyCertificate(dataRoot, dataHash, dataLength, cert), c.b.UnpackVerifyCertificate)
	if err != nil {
		return nil, err
	}
	return attestersFromWords(words)
}

// AttestationDigest is the contract's EIP-712 digest.
func (c *DACommittee) AttestationDigest(ctx context.Context, dataRoot, dataHash common.Hash, dataLength uint32, expiry uint64) (common.Hash, error) {
	h, err := callValue(ctx, &c.bound, c.b.PackAttestationDigest(dataRoot, dataHash, dataLength, expiry), c.b.UnpackAttestationDigest)
	return common.Hash(h), err
}

// DomainSeparator is the contract's EIP-712 domain separator.
func (c *DACommittee) DomainSeparator(ctx context.Context) (common.Hash, error) {
	h, err := callValue(ctx, &c.bound, c.b.PackDomainSeparator(), c.b.UnpackDomainSeparator)
	return common.Hash(h), err
}

// MembersByIndex returns the active member of each index (zero when free).
func (c *DACommittee) MembersByIndex(ctx context.Context) ([]common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackMembersByIndex(), c.b.UnpackMembersByIndex)
}

// Endpoints returns each index's endpoint ("" when free).
func (c *DACommittee) Endpoints(ctx context.Context) ([]string, error) {
	return callValue(ctx, &c.bound, c.b.PackEndpoints(), c.b.UnpackEndpoints)
}

// IsMember reports whether a is an active member.
func (c *DACommittee) IsMember(ctx context.Context, a common.Address) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackIsMember(a), c.b.UnpackIsMember)
}

// IndexOf returns an active member's index (reverts NotActive otherwise).
func (c *DACommittee) IndexOf(ctx context.Context, a common.Address) (uint32, error) {
	return callValue(ctx, &c.bound, c.b.PackIndexOf(a), c.b.UnpackIndexOf)
}

// Member returns what the committee stores about a.
func (c *DACommittee) Member(ctx context.Context, a common.Address) (*DAMemberInfo, error) {
	o, err := callValue(ctx, &c.bound, c.b.PackMemberInfo(a), c.b.UnpackMemberInfo)
	if err != nil {
		return nil, err
	}
	return &DAMemberInfo{Status: DAMemberStatus(o.Status), Index: o.Index, ExitAt: o.ExitAt, Stake: o.Stake, Endpoint: o.Endpoint}, nil
}

// StakeOf returns a's bond (active or unbonding).
func (c *DACommittee) StakeOf(ctx context.Context, a common.Address) (*big.Int, error) {
	return callBig(ctx, &c.bound, c.b.PackStakeOf(a), c.b.UnpackStakeOf)
}

// Credit returns an account's unclaimed slash rewards.
func (c *DACommittee) Credit(ctx context.Context, a common.Address) (*big.Int, error) {
	return callBig(ctx, &c.bound, c.b.PackCredit(a), c.b.UnpackCredit)
}

// TotalBurned returns the slashed ETH locked in the contract.
func (c *DACommittee) TotalBurned(ctx context.Context) (*big.Int, error) {
	return callBig(ctx, &c.bound, c.b.PackTotalBurned(), c.b.UnpackTotalBurned)
}

// ActiveCount returns the number of active members.
func (c *DACommittee) ActiveCount(ctx context.Context) (uint32, error) {
	return callValue(ctx, &c.bound, c.b.PackActiveCount(), c.b.UnpackActiveCount)
}

// Params reads the constructor parameters back.
func (c *DACommittee) Params(ctx context.Context) (DACommitteeParams, error) {
	var p DACommitteeParams
	var err error
	if p.N, err = callValue(ctx, &c.bound, c.b.PackN(), c.b.UnpackN); err != nil {
		return p, err
	}
	if p.K, err = callValue(ctx, &c.bound, c.b.PackK(), c.b.UnpackK); err != nil {
		return p, err
	}
	if p.Threshold, err = callValue(ctx, &c.bound, c.b.PackThreshold(), c.b.UnpackThreshold); err != nil {
		return p, err
	}
	if p.MemberBond, err = callBig(ctx, &c.bound, c.b.PackMemberBond(), c.b.UnpackMemberBond); err != nil {
		return p, err
	}
	if p.UnbondingPeriod, err = callValue(ctx, &c.bound, c.b.PackUnbondingPeriod(), c.b.UnpackUnbondingPeriod); err != nil {
		return p, err
	}
	if p.SlashRewardPercent, err = callValue(ctx, &c.bound, c.b.PackSlashRewardPercent(), c.b.UnpackSlashRewardPercent); err != nil {
		return p, err
	}
	p.LiabilityWindow, err = callValue(ctx, &c.bound, c.b.PackLiabilityWindow(), c.b.UnpackLiabilityWindow)
	return p, err
}

// Initialized reports whether Initialize was called.
func (c *DACommittee) Initialized(ctx context.Context) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackInitialized(), c.b.UnpackInitialized)
}

// FaultContracts returns the slashing allowlist.
func (c *DACommittee) FaultContracts(ctx context.Context) ([]common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackFaultContracts(), c.b.UnpackFaultContracts)
}

// Snapshot returns the committee as the Go da package sees it (da.Committee):
// the active members with their indices and endpoints, and the threshold.
func (c *DACommittee) Snapshot(ctx context.Context) (*da.CommitteeSnapshot, error) {
	p, err := c.Params(ctx)
	if err != nil {
		return nil, err
	}
	addrs, err := c.MembersByIndex(ctx)
	if err != nil {
		return nil, err
	}
	eps, err := c.Endpoints(ctx)
	if err != nil {
		return nil, err
	}
	if len(eps) != len(addrs) {
		return nil, fmt.Errorf("DACommittee: %d endpoints for %d members", len(eps), len(addrs))
	}
	return committeeSnapshot(p, addrs, eps), nil
}

// committeeSnapshot lists all n indices; a free index has the zero address
// and no endpoint (the disperser gets no attestation from it).
func committeeSnapshot(p DACommitteeParams, addrs []common.Address, eps []string) *da.CommitteeSnapshot {
	s := &da.CommitteeSnapshot{Threshold: int(p.Threshold), Members: make([]da.Member, len(addrs))}
	for i := range addrs {
		s.Members[i] = da.Member{Index: uint32(i), Address: addrs[i], Endpoint: eps[i]}
	}
	return s
}

// MemberSlashEvent is one DACommittee.MemberSlashed event.
type MemberSlashEvent struct {
	Member        common.Address
	Prover        common.Address // who the reward went to
	FaultContract common.Address
	Amount        *big.Int // stake taken
	Reward        *big.Int // of it, paid to Prover (the rest is burned)
	Block         uint64
	TxHash        common.Hash
}

// MemberSlashes returns the MemberSlashed events in blocks [from, to] (to
// nil = latest).
func (c *DACommittee) MemberSlashes(ctx context.Context, from uint64, to *big.Int) ([]*MemberSlashEvent, error) {
	return events(ctx, &c.bound, "MemberSlashed", from, to, func(l *types.Log) (*MemberSlashEvent, error) {
		ev, err := c.b.UnpackMemberSlashedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("decode DACommittee.MemberSlashed in tx %s: %w", l.TxHash, err)
		}
		return &MemberSlashEvent{Member: ev.Member, Prover: ev.Prover, FaultContract: ev.FaultContract, Amount: ev.Amount, Reward: ev.Reward, Block: l.BlockNumber, TxHash: l.TxHash}, nil
	})
}
