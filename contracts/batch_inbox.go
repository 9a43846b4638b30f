package contracts

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts/bindings"
)

// DA modes of BatchInbox.postBatch.
const (
	DAModeCalldata    uint8 = 0 // batch data in the postBatch call
	DAModeCertificate uint8 = 1 // DA committee certificate (once BatchInbox.setDA was called)
)

// VoidReason says why proveMalformed voided a batch (BatchVoided.reason).
type VoidReason uint8

// Void reasons, as BatchInbox.VOID_*.
const (
	VoidMalformedRLP  VoidReason = 1 // data is not the canonical RLP list of byte strings
	VoidTxCount       VoidReason = 2 // transaction count differs from header.txCount
	VoidTxRoot        VoidReason = 3 // txRoot differs from header.txRoot
	VoidDataLength    VoidReason = 4 // data length differs from header.dataLength
	VoidDAUnavailable VoidReason = 5 // a DA challenge on a certificate batch went unanswered
)

func (r VoidReason) String() string {
	switch r {
	case VoidMalformedRLP:
		return "malformed RLP"
	case VoidTxCount:
		return "wrong tx count"
	case VoidTxRoot:
		return "wrong txRoot"
	case VoidDataLength:
		return "wrong data length"
	case VoidDAUnavailable:
		return "data unavailable"
	}
	return fmt.Sprintf("reason(%d)", uint8(r))
}

// Errors of the BatchInbox client.
var (
	ErrNoBatchEvent        = errors.New("no BatchPosted event")
	ErrNoVoidEvent         = errors.New("no BatchVoided event in receipt")
	ErrDataNotInCalldata   = errors.New("batch data is not in calldata (DA certificate mode)")
	ErrBatchInputMismatch  = errors.New("transaction input is not the postBatch call of this batch")
	ErrNoTransactionReader = errors.New("backend cannot read transactions (needs ethereum.TransactionReader)")
)

var errNilHeader = errors.New("nil batch header")

// BatchRecord is what BatchInbox stores for one batch.
type BatchRecord struct {
	HeaderHash  common.Hash
	SignersHash common.Hash
	CumTrace    uint64
	PostedAt    uint64
	DAMode      uint8
	Forced      bool
	Void        bool
}

// ChainHead is what the next batch must extend.
type ChainHead struct {
	Number      uint64
	HeaderHash  common.Hash
	QueueEnd    uint64 // the next batch's queueStart
	L2Timestamp uint64 // the least l2Timestamp the next batch may carry
}

// EscapeHatch describes when postForcedBatch becomes possible.
type EscapeHatch struct {
	Pending     bool   // an unconsumed inbox entry exists
	OldestEntry uint64 // its index
	OpensAfter  uint64 // postForcedBatch succeeds once block.timestamp > OpensAfter
}

// PostedBatch is one BatchPosted event.
type PostedBatch struct {
	Header     BatchHeader
	HeaderHash common.Hash
	Poster     common.Address
	Signers    []common.Address // sorted ascending; empty for a forced batch
	CumTrace   uint64
	DAMode     uint8
	Forced     bool
	Block      uint64
	TxHash     common.Hash
}

// VoidedBatch is one BatchVoided event.
type VoidedBatch struct {
	Number uint64
	Prover common.Address
	Reason VoidReason
	Block  uint64
	TxHash common.Hash
}

// BatchInbox is a typed client for BatchInbox.sol.
type BatchInbox struct {
	bound
	b         *bindings.BatchInbox
	fromBlock uint64
}

// NewBatchInbox returns a client for the BatchInbox at addr. tx may be nil
// for a read-only client. Event lookups scan from block 0 unless
// SetDeployBlock is called.
func NewBatchInbox(addr common.Address, backend Backend, tx Transactor) *BatchInbox {
	b := bindings.NewBatchInbox()
	a := b.GetABI()
	return &BatchInbox{bound: bound{name: "BatchInbox", addr: addr, abi: &a, backend: backend, tx: tx}, b: b}
}

// SetDeployBlock makes event lookups by batch number start at block n (the
// deployment block), so they stay within the range limits of real nodes.
func (c *BatchInbox) SetDeployBlock(n uint64) { c.fromBlock = n }

// BatchInboxParams are BatchInbox's constructor parameters besides the
// addresses; deploy takes them from the rollup config.
type BatchInboxParams struct {
	ForceGrace      uint64 // config forceGrace
	MalformedWindow uint64 // config da.challengeWindow
	MaxBatchTxs     uint32 // config maxBatchTxs
	MaxBatchBytes   uint32 // config maxBatchBytes
}

// DeployBatchInbox deploys a BatchInbox over an Inbox and a SequencerSet.
func DeployBatchInbox(ctx context.Context, tx Transactor, inbox, sequencerSet common.Address, p BatchInboxParams) (common.Address, *types.Receipt, error) {
	b := bindings.NewBatchInbox()
	code := append(common.FromHex(bindings.BatchInboxMetaData.Bin), b.PackConstructor(inbox, sequencerSet, p.ForceGrace, p.MalformedWindow, p.MaxBatchTxs, p.MaxBatchBytes)...)
	return deploy(ctx, tx, "BatchInbox", code)
}

// Address returns the contract address.
func (c *BatchInbox) Address() common.Address { return c.addr }

// PostBatch posts h in calldata mode with data as the batch data and sigs
// sorted by signer (SortHeaderSignatures), and returns the BatchPosted event.
func (c *BatchInbox) PostBatch(ctx context.Context, h *BatchHeader, sigs [][]byte, data []byte) (*PostedBatch, error) {
	return c.PostBatchDA(ctx, h, sigs, DAModeCalldata, nil, data)
}

// PostBatchDA is PostBatch with an explicit DA mode and certificate.
func (c *BatchInbox) PostBatchDA(ctx context.Context, h *BatchHeader, sigs [][]byte, daMode uint8, daCert, data []byte) (*PostedBatch, error) {
	if h == nil {
		return nil, fmt.Errorf("post batch: %w", errNilHeader)
	}
	rcpt, err := c.transact(ctx, c.b.PackPostBatch(h.Binding(), sigs, daMode, daCert, data), nil)
	if err != nil {
		return nil, fmt.Errorf("post batch %d: %w", h.Number, err)
	}
	return c.postedFromReceipt(rcpt)
}

// PostForcedBatch triggers the escape hatch and returns the forced batch.
func (c *BatchInbox) PostForcedBatch(ctx context.Context) (*PostedBatch, *types.Receipt, error) {
	rcpt, err := c.transact(ctx, c.b.PackPostForcedBatch(), nil)
	if err != nil {
		return nil, nil, fmt.Errorf("post forced batch: %w", err)
	}
	pb, err := c.postedFromReceipt(rcpt)
	return pb, rcpt, err
}

// ProveMalformed voids batch h.Number with its data; signers must be the
// batch's signer list (PostedBatch.Signers, or Signers).
func (c *BatchInbox) ProveMalformed(ctx context.Context, h *BatchHeader, signers []common.Address, data []byte) (*VoidedBatch, *types.Receipt, error) {
	if h == nil {
		return nil, nil, fmt.Errorf("prove malformed: %w", errNilHeader)
	}
	rcpt, err := c.transact(ctx, c.b.PackProveMalformed(h.Binding(), signers, data), nil)
	if err != nil {
		return nil, nil, fmt.Errorf("prove batch %d malformed: %w", h.Number, err)
	}
	v, err := receiptEvent(&c.bound, rcpt, "BatchVoided", c.decodeVoided, ErrNoVoidEvent)
	return v, rcpt, err
}

// ProveEquivocation slashes the sequencer that signed both a and b (two
// different headers with one number; sigA, sigB as SignHeader makes them)
// and credits the sender the reward. It returns the signer and the amount
// slashed.
func (c *BatchInbox) ProveEquivocation(ctx context.Context, a *BatchHeader, sigA []byte, b *BatchHeader, sigB []byte) (common.Address, *big.Int, *types.Receipt, error) {
	if a == nil || b == nil {
		return common.Address{}, nil, nil, fmt.Errorf("prove equivocation: %w", errNilHeader)
	}
	rcpt, err := c.transact(ctx, c.b.PackProveEquivocation(a.Binding(), sigA, b.Binding(), sigB), nil)
	if err != nil {
		return common.Address{}, nil, nil, fmt.Errorf("prove equivocation at batch %d: %w", a.Number, err)
	}
	for _, l := range rcpt.Logs {
		if l.Address != c.addr {
			continue
		}
		if ev, err := c.b.UnpackEquivocationProvenEvent(l); err == nil {
			return ev.Signer, c.slashedIn(rcpt, ev.Signer), rcpt, nil
		}
	}
	return common.Address{}, nil, rcpt, fmt.Errorf("prove equivocation: no EquivocationProven event in %s", rcpt.TxHash)
}

// slashedIn sums the SequencerSet.Slashed amounts of seq in rcpt.
func (c *BatchInbox) slashedIn(rcpt *types.Receipt, seq common.Address) *big.Int {
	total := new(big.Int)
	set := bindings.NewSequencerSet()
	for _, l := range rcpt.Logs {
		if ev, err := set.UnpackSlashedEvent(l); err == nil && ev.Sequencer == seq {
			total.Add(total, ev.Amount)
		}
	}
	return total
}

// LatestBatch returns the number of the latest batch (0 before the first).
func (c *BatchInbox) LatestBatch(ctx context.Context) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackLatestBatch(), c.b.UnpackLatestBatch)
}

// ChainHead returns what the next batch must extend.
func (c *BatchInbox) ChainHead(ctx context.Context) (ChainHead, error) {
	o, err := callValue(ctx, &c.bound, c.b.PackChainHead(), c.b.UnpackChainHead)
	if err != nil {
		return ChainHead{}, err
	}
	return ChainHead{Number: o.Number, HeaderHash: o.HeaderHash, QueueEnd: o.QueueEnd, L2Timestamp: o.L2Timestamp}, nil
}

// Batch returns what is stored about batch n (n = 0: the empty genesis).
func (c *BatchInbox) Batch(ctx context.Context, n uint64) (BatchRecord, error) {
	o, err := callValue(ctx, &c.bound, c.b.PackBatch(n), c.b.UnpackBatch)
	if err != nil {
		return BatchRecord{}, err
	}
	return BatchRecord{HeaderHash: o.HeaderHash, SignersHash: o.SignersHash, CumTrace: o.CumTrace, PostedAt: o.PostedAt, DAMode: o.DaMode, Forced: o.Forced, Void: o.IsVoid}, nil
}

// HeaderHash returns batch n's stored header hash.
func (c *BatchInbox) HeaderHash(ctx context.Context, n uint64) (common.Hash, error) {
	h, err := callValue(ctx, &c.bound, c.b.PackHeaderHash(n), c.b.UnpackHeaderHash)
	return common.Hash(h), err
}

// CumTrace returns the trace length of batches 1..n.
func (c *BatchInbox) CumTrace(ctx context.Context, n uint64) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackCumTrace(n), c.b.UnpackCumTrace)
}

// IsVoid reports whether batch n was voided.
func (c *BatchInbox) IsVoid(ctx context.Context, n uint64) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackIsVoid(n), c.b.UnpackIsVoid)
}

// IsForced reports whether batch n came through the escape hatch.
func (c *BatchInbox) IsForced(ctx context.Context, n uint64) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackIsForced(n), c.b.UnpackIsForced)
}

// PostedAt returns the L1 timestamp at which batch n was posted.
func (c *BatchInbox) PostedAt(ctx context.Context, n uint64) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackPostedAt(n), c.b.UnpackPostedAt)
}

// SignersHash returns batch n's stored signer-list hash.
func (c *BatchInbox) SignersHash(ctx context.Context, n uint64) (common.Hash, error) {
	h, err := callValue(ctx, &c.bound, c.b.PackSignersHash(n), c.b.UnpackSignersHash)
	return common.Hash(h), err
}

// CheckSigners asks the contract whether signers is batch n's signer list.
func (c *BatchInbox) CheckSigners(ctx context.Context, n uint64, signers []common.Address) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackCheckSigners(n, signers), c.b.UnpackCheckSigners)
}

// EscapeHatch reports when postForcedBatch opens.
func (c *BatchInbox) EscapeHatch(ctx context.Context) (EscapeHatch, error) {
	o, err := callValue(ctx, &c.bound, c.b.PackEscapeHatch(), c.b.UnpackEscapeHatch)
	if err != nil {
		return EscapeHatch{}, err
	}
	if o.OpensAfter == nil || !o.OpensAfter.IsUint64() {
		return EscapeHatch{}, fmt.Errorf("decode BatchInbox.escapeHatch: opensAfter %v", o.OpensAfter)
	}
	return EscapeHatch{Pending: o.Pending, OldestEntry: o.OldestEntry, OpensAfter: o.OpensAfter.Uint64()}, nil
}

// HashHeader asks the contract for keccak256(abi.encode(h)); for cross-checks.
func (c *BatchInbox) HashHeader(ctx context.Context, h *BatchHeader) (common.Hash, error) {
	if h == nil {
		return common.Hash{}, errNilHeader
	}
	r, err := callValue(ctx, &c.bound, c.b.PackHashHeader(h.Binding()), c.b.UnpackHashHeader)
	return common.Hash(r), err
}

// QuorumOf asks the contract's certificate rule (the Quorum library its
// posts use) about signers of the given weights in a schedule of
// memberWeights, all in wei: the two powers and whether they make a quorum.
// For checking PowerQuorum against the contract.
func (c *BatchInbox) QuorumOf(ctx context.Context, signerWeights, memberWeights []*big.Int) (signed, total *big.Int, ok bool, err error) {
	data, err := c.b.TryPackQuorumOf(signerWeights, memberWeights)
	if err != nil {
		return nil, nil, false, fmt.Errorf("pack quorumOf: %w", err)
	}
	o, err := callValue(ctx, &c.bound, data, c.b.UnpackQuorumOf)
	if err != nil {
		return nil, nil, false, err
	}
	return o.SignedPower, o.TotalPower, o.Met, nil
}

// SigningDigest asks the contract for the EIP-712 digest of h.
func (c *BatchInbox) SigningDigest(ctx context.Context, h *BatchHeader) (common.Hash, error) {
	if h == nil {
		return common.Hash{}, errNilHeader
	}
	r, err := callValue(ctx, &c.bound, c.b.PackSigningDigest(h.Binding()), c.b.UnpackSigningDigest)
	return common.Hash(r), err
}

// DomainSeparator asks the contract for its EIP-712 domain separator.
func (c *BatchInbox) DomainSeparator(ctx context.Context) (common.Hash, error) {
	r, err := callValue(ctx, &c.bound, c.b.PackDomainSeparator(), c.b.UnpackDomainSeparator)
	return common.Hash(r), err
}

// InspectBatchData decodes data on chain as proveMalformed does for a header
// with txCount = limit (Go: replay.InspectBatchData, which must agree).
func (c *BatchInbox) InspectBatchData(ctx context.Context, data []byte, limit uint64) (ok bool, count uint64, txRoot common.Hash, err error) {
	o, err := callValue(ctx, &c.bound, c.b.PackInspectBatchData(data, new(big.Int).SetUint64(limit)), c.b.UnpackInspectBatchData)
	if err != nil {
		return false, 0, common.Hash{}, err
	}
	if o.Count == nil || !o.Count.IsUint64() {
		return false, 0, common.Hash{}, fmt.Errorf("decode BatchInbox.inspectBatchData: count %v", o.Count)
	}
	return o.Ok, o.Count.Uint64(), o.TxRoot, nil
}

// InboxAddress returns the Inbox this BatchInbox consumes.
func (c *BatchInbox) InboxAddress(ctx context.Context) (common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackInbox(), c.b.UnpackInbox)
}

// SequencerSetAddress returns the SequencerSet this BatchInbox checks signers against.
func (c *BatchInbox) SequencerSetAddress(ctx context.Context) (common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackSequencerSet(), c.b.UnpackSequencerSet)
}

// InclusionWindow returns the Inbox's inclusion window as copied at deployment.
func (c *BatchInbox) InclusionWindow(ctx context.Context) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackInclusionWindow(), c.b.UnpackInclusionWindow)
}

// ForceGrace returns the escape-hatch grace period in seconds.
func (c *BatchInbox) ForceGrace(ctx context.Context) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackForceGrace(), c.b.UnpackForceGrace)
}

// MalformedWindow returns how long after posting a batch may be proven malformed.
func (c *BatchInbox) MalformedWindow(ctx context.Context) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackMalformedWindow(), c.b.UnpackMalformedWindow)
}

// MalformedDeadline returns the last L1 time at which batch n can be proven
// malformed; afterwards its void flag is final.
func (c *BatchInbox) MalformedDeadline(ctx context.Context, n uint64) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackMalformedDeadline(n), c.b.UnpackMalformedDeadline)
}

// MaxBatchTxs returns the largest txCount a header may carry.
func (c *BatchInbox) MaxBatchTxs(ctx context.Context) (uint32, error) {
	return callValue(ctx, &c.bound, c.b.PackMaxBatchTxs(), c.b.UnpackMaxBatchTxs)
}

// MaxBatchBytes returns the largest dataLength a header may carry.
func (c *BatchInbox) MaxBatchBytes(ctx context.Context) (uint32, error) {
	return callValue(ctx, &c.bound, c.b.PackMaxBatchBytes(), c.b.UnpackMaxBatchBytes)
}

// ForcedBatchPenalty returns what each active sequencer pays per forced batch.
func (c *BatchInbox) ForcedBatchPenalty(ctx context.Context) (*big.Int, error) {
	return callBig(ctx, &c.bound, c.b.PackForcedBatchPenalty(), c.b.UnpackForcedBatchPenalty)
}

// Batches returns the BatchPosted events in blocks [from, to] (to nil = latest).
func (c *BatchInbox) Batches(ctx context.Context, from uint64, to *big.Int) ([]*PostedBatch, error) {
	return events(ctx, &c.bound, "BatchPosted", from, to, c.decodePosted)
}

// Voids returns the BatchVoided events in blocks [from, to] (to nil = latest).
func (c *BatchInbox) Voids(ctx context.Context, from uint64, to *big.Int) ([]*VoidedBatch, error) {
	return events(ctx, &c.bound, "BatchVoided", from, to, c.decodeVoided)
}

// PostedBatch returns the BatchPosted event of batch n, checked against the
// header hash stored on chain (so a reorged-out event is never returned).
func (c *BatchInbox) PostedBatch(ctx context.Context, n uint64) (*PostedBatch, error) {
	stored, err := c.HeaderHash(ctx, n)
	if err != nil {
		return nil, err
	}
	var topic common.Hash
	new(big.Int).SetUint64(n).FillBytes(topic[:])
	logs, err := c.filter(ctx, c.abi.Events["BatchPosted"].ID, c.fromBlock, nil, []common.Hash{topic})
	if err != nil {
		return nil, err
	}
	for i := len(logs) - 1; i >= 0; i-- {
		pb, err := c.decodePosted(&logs[i])
		if err != nil {
			return nil, err
		}
		if pb.Header.Number == n && pb.HeaderHash == stored {
			return pb, nil
		}
	}
	return nil, fmt.Errorf("batch %d: %w", n, ErrNoBatchEvent)
}

// Signers returns batch n's signers from its BatchPosted event.
func (c *BatchInbox) Signers(ctx context.Context, n uint64) ([]common.Address, error) {
	pb, err := c.PostedBatch(ctx, n)
	if err != nil {
		return nil, err
	}
	return pb.Signers, nil
}

// BatchData returns batch n's data. For a calldata-mode batch it reads the
// posting L1 transaction (the BatchPosted event's transaction hash) and
// ABI-decodes its postBatch input; a forced batch's data is the empty list.
// The result is checked against the header's dataHash.
func (c *BatchInbox) BatchData(ctx context.Context, n uint64) ([]byte, error) {
	pb, err := c.PostedBatch(ctx, n)
	if err != nil {
		return nil, err
	}
	return c.DataOf(ctx, pb)
}

// DataOf is BatchData for an already fetched BatchPosted event.
func (c *BatchInbox) DataOf(ctx context.Context, pb *PostedBatch) ([]byte, error) {
	if pb == nil {
		return nil, fmt.Errorf("%w: nil batch", ErrNoBatchEvent)
	}
	if pb.Forced {
		return EmptyBatchData(), nil
	}
	if pb.DAMode != DAModeCalldata {
		return nil, fmt.Errorf("batch %d: %w", pb.Header.Number, ErrDataNotInCalldata)
	}
	reader, ok := c.backend.(ethereum.TransactionReader)
	if !ok {
		return nil, ErrNoTransactionReader
	}
	tx, _, err := reader.TransactionByHash(ctx, pb.TxHash)
	if err != nil {
		return nil, fmt.Errorf("batch %d: read tx %s: %w", pb.Header.Number, pb.TxHash, err)
	}
	h, data, err := c.DecodePostBatchInput(tx.Data())
	if err != nil {
		return nil, fmt.Errorf("batch %d, tx %s: %w", pb.Header.Number, pb.TxHash, err)
	}
	if h.Hash() != pb.HeaderHash {
		return nil, fmt.Errorf("batch %d, tx %s: %w (header differs)", pb.Header.Number, pb.TxHash, ErrBatchInputMismatch)
	}
	if crypto.Keccak256Hash(data) != pb.Header.DataHash {
		return nil, fmt.Errorf("batch %d, tx %s: %w (data hash differs)", pb.Header.Number, pb.TxHash, ErrBatchInputMismatch)
	}
	return data, nil
}

// DecodePostBatchInput decodes the input of a postBatch transaction into the
// header and the batch data. Any other input is an error (never a panic).
func (c *BatchInbox) DecodePostBatchInput(input []byte) (*BatchHeader, []byte, error) {
	m := c.abi.Methods["postBatch"]
	if len(input) < 4 || !bytes.Equal(input[:4], m.ID) {
		return nil, nil, fmt.Errorf("%w: not a postBatch call", ErrBatchInputMismatch)
	}
	args, err := m.Inputs.Unpack(input[4:])
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrBatchInputMismatch, err)
	}
	// Field names follow the ABI argument names (h, signatures, daMode, daCert, data).
	var in struct {
		H          bindings.BatchHeader
		Signatures [][]byte
		DaMode     uint8
		DaCert     []byte
		Data       []byte
	}
	if err := m.Inputs.Copy(&in, args); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrBatchInputMismatch, err)
	}
	if in.DaMode != DAModeCalldata {
		return nil, nil, fmt.Errorf("%w: DA mode %d", ErrDataNotInCalldata, in.DaMode)
	}
	h := HeaderFromBinding(&in.H)
	return &h, in.Data, nil
}

func (c *BatchInbox) postedFromReceipt(rcpt *types.Receipt) (*PostedBatch, error) {
	return receiptEvent(&c.bound, rcpt, "BatchPosted", c.decodePosted, ErrNoBatchEvent)
}

func (c *BatchInbox) decodePosted(l *types.Log) (*PostedBatch, error) {
	ev, err := c.b.UnpackBatchPostedEvent(l)
	if err != nil {
		return nil, fmt.Errorf("decode BatchInbox.BatchPosted in tx %s: %w", l.TxHash, err)
	}
	return &PostedBatch{
		Header:     HeaderFromBinding(&ev.Header),
		HeaderHash: ev.HeaderHash,
		Poster:     ev.Poster,
		Signers:    ev.Signers,
		CumTrace:   ev.CumTrace,
		DAMode:     ev.DaMode,
		Forced:     ev.Forced,
		Block:      l.BlockNumber,
		TxHash:     l.TxHash,
	}, nil
}

func (c *BatchInbox) decodeVoided(l *types.Log) (*VoidedBatch, error) {
	ev, err := c.b.UnpackBatchVoidedEvent(l)
	if err != nil {
		return nil, fmt.Errorf("decode BatchInbox.BatchVoided in tx %s: %w", l.TxHash, err)
	}
	return &VoidedBatch{Number: ev.Number, Prover: ev.Prover, Reason: VoidReason(ev.Reason), Block: l.BlockNumber, TxHash: l.TxHash}, nil
}

// SetDA turns on the certificate mode: committee verifies certificates and
// challenge may void unavailable batches (deployer only, once).
func (c *BatchInbox) SetDA(ctx context.Context, committee, challenge common.Address) (*types.Receipt, error) {
	rcpt, err := c.transact(ctx, c.b.PackSetDA(committee, challenge), nil)
	if err != nil {
		return nil, fmt.Errorf("set DA: %w", err)
	}
	return rcpt, nil
}

// PostBatchCertificate posts h in certificate mode: the data stays with the
// DA committee and cert (EncodeDACertificate) proves ≥ threshold members hold it.
func (c *BatchInbox) PostBatchCertificate(ctx context.Context, h *BatchHeader, sigs [][]byte, cert []byte) (*PostedBatch, error) {
	return c.PostBatchDA(ctx, h, sigs, DAModeCertificate, cert, nil)
}

// DACommitteeAddress returns the committee set by SetDA (zero before).
func (c *BatchInbox) DACommitteeAddress(ctx context.Context) (common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackDaCommittee(), c.b.UnpackDaCommittee)
}

// DAChallengeAddress returns the challenge contract set by SetDA (zero before).
func (c *BatchInbox) DAChallengeAddress(ctx context.Context) (common.Address, error) {
	return callValue(ctx, &c.bound, c.b.PackDaChallenge(), c.b.UnpackDaChallenge)
}

// AttestersHash returns the attestersHash stored for a certificate batch
// (zero for a calldata batch); see AttesterWords.
func (c *BatchInbox) AttestersHash(ctx context.Context, n uint64) (common.Hash, error) {
	h, err := callValue(ctx, &c.bound, c.b.PackAttestersHash(n), c.b.UnpackAttestersHash)
	return common.Hash(h), err
}

// ErrNoAttestedEvent means no BatchAttested event matches the stored
// attestersHash (a calldata batch, or logs pruned).
var ErrNoAttestedEvent = errors.New("no matching BatchAttested event")

// Attesters returns certificate batch n's attesters from its BatchAttested
// event, checked against the stored attestersHash (so a reorged-out event is
// never returned).
func (c *BatchInbox) Attesters(ctx context.Context, n uint64) ([]Attester, error) {
	stored, err := c.AttestersHash(ctx, n)
	if err != nil {
		return nil, err
	}
	var topic common.Hash
	new(big.Int).SetUint64(n).FillBytes(topic[:])
	logs, err := c.filter(ctx, c.abi.Events["BatchAttested"].ID, c.fromBlock, nil, []common.Hash{topic})
	if err != nil {
		return nil, err
	}
	for i := len(logs) - 1; i >= 0; i-- {
		ev, err := c.b.UnpackBatchAttestedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("decode BatchAttested: %w", err)
		}
		as, err := attestersFromWords(ev.Attesters)
		if err != nil {
			return nil, err
		}
		if ev.Number == n && AttestersHash(as) == stored {
			return as, nil
		}
	}
	return nil, fmt.Errorf("batch %d: %w", n, ErrNoAttestedEvent)
}

// DAChallengePending reports whether a DA challenge awaits its answer (the
// dispute factory opens no game then).
func (c *BatchInbox) DAChallengePending(ctx context.Context) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackDaChallengePending(), c.b.UnpackDaChallengePending)
}
