package app

import (
	"bytes"
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/sequencerset/schedule"
)

// Codes of CheckTx and ProcessProposal refusals (ResponseCheckTx.Code).
const (
	CodeOK uint32 = iota
	CodeTooLarge
	CodeSystemTx
	CodeDecode
	CodeNonce
	CodeFunds
	CodeInternal
)

// Errors of proposals; ProcessProposal logs them and rejects.
var (
	ErrMissingCertificate = errors.New("proposal lacks the certificate it owes")
	ErrBadCertificate     = errors.New("invalid certificate")
	ErrUnknownEntry       = errors.New("entry the L1 view does not know")
	ErrEntryMismatch      = errors.New("entry differs from L1")
	ErrSkipsOverdue       = errors.New("proposal skips an overdue inbox entry")
	ErrInvalidTx          = errors.New("transaction does not apply")
	ErrBatchLimits        = errors.New("batch exceeds the rollup's limits")
	ErrLayout             = errors.New("system transactions out of place")
	ErrValidatorSet       = errors.New("wrong validator set change")
	ErrAdoption           = errors.New("wrong adoption of an L1 batch")
)

// L1View is what a validator knows of L1: the Inbox's entries and
// SequencerSet's schedules. It must answer from memory (a poller refreshes
// it): ABCI calls must not wait on L1.
type L1View interface {
	// Entries returns the confirmed entries with index ≥ from, at most max,
	// in queue order.
	Entries(from uint64, max int) []Entry
	// EpochSet returns the validators SequencerSet schedules in epoch e
	// (ValidatorsOf), false if the view does not know it.
	EpochSet(epoch uint64) ([]Validator, bool)
	// Forced returns the headers of the forced batches BatchInbox holds
	// with a number above after, in number order.
	Forced(after uint64) []contracts.BatchHeader
}

// Validator is one member of the validator set: its L1 key (header
// signatures), its CometBFT consensus key and its voting power.
type Validator struct {
	L1     common.Address `json:"l1"`
	PubKey []byte         `json:"pubKey"` // ed25519, 32 bytes
	Power  int64          `json:"power"`
}

// Address is the validator's CometBFT address.
func (v *Validator) Address() []byte { return ed25519.PubKey(v.PubKey).Address() }

// Genesis is the application's part of the CometBFT genesis
// (app_state): the set, and the L1 batch the consensus chain extends.
type Genesis struct {
	// DA is the committee's coding when batches go to the DA committee
	// (certificate mode); nil: calldata mode.
	DA *DAParams `json:"da,omitempty"`
	// Schedule is SequencerSet's slot and epoch parameters; Epoch the
	// schedule epoch of Validators.
	Schedule   schedule.Params     `json:"schedule"`
	Epoch      uint64              `json:"epoch"`
	Validators []Validator         `json:"validators"`
	Head       contracts.ChainHead `json:"head"`
	StateRoot  common.Hash         `json:"stateRoot"`
}

// DAParams are DACommittee's coding parameters (both fixed in the
// contract): any K of N chunks rebuild a batch. The header's dataRoot is
// the commitment to that coding of the batch data (PROTOCOL §6), so every
// validator computes and signs the same header.
type DAParams struct {
	K int `json:"k"`
	N int `json:"n"`
}

// Config configures an App.
type Config struct {
	Rules      *replay.Rules
	L1ChainID  uint64
	BatchInbox common.Address // the EIP-712 verifying contract of headers
	// MaxBatchTxs and MaxBatchBytes are the rollup's batch limits (the
	// block limits too: one block is one batch); MaxTxBytes bounds one
	// transaction; MaxEntries bounds the inbox entries one block consumes.
	MaxBatchTxs, MaxBatchBytes, MaxTxBytes uint64
	MaxEntries                             int
	// MaxEntryBytes bounds the payload bytes of the entries one block
	// consumes (forced transactions are up to Inbox's maxTxSize each), so
	// that a block of entries always fits CometBFT's block size.
	MaxEntryBytes int
	// InclusionWindow is Inbox's; a proposal must consume every entry
	// older than half of it (the other half is left for posting to L1).
	InclusionWindow uint64
	// Key signs batch headers in vote extensions; nil for a node that is
	// not a validator.
	Key   *ecdsa.PrivateKey
	Inbox L1View
	Store replay.NodeStore
	Meta  MetaStore
	Log   *slog.Logger
	// SkipEntries is a fault: as proposer, leave inbox entries out.
	SkipEntries bool
}

// App is the ABCI++ application. CometBFT serializes its ABCI calls; mu
// also guards the readers (RPC, poster) that run beside consensus.
type App struct {
	abci.BaseApplication
	cfg Config
	log *slog.Logger

	mu   sync.Mutex
	meta Meta
	// cur is the validator set of the next height (extensions are signed
	// and checked against it); last the set of the committed height
	// (whose extensions the next proposer gathers into a certificate).
	cur, last  valSet
	committed  *replay.State
	pending    map[common.Address]*pendingAccount
	pendingTxs map[common.Hash]PendingTx
	// decoded caches CheckTx's decoding (sender recovery) by the raw
	// transaction (a map lookup by bytes costs less than hashing them
	// again at every recheck; the hash is in the entry), under its own
	// lock.
	cacheMu sync.Mutex
	decoded map[string]*replay.Tx
	// accepted rings the hashes of the last transactions CheckTx took
	// from clients or peers (pending-transaction filters).
	accepted  [acceptedRing]common.Hash
	acceptedN uint64
	proposals map[string]*execution // by block hash
	// batchHook is called (outside mu) with every batch a block decided
	// and every certificate a block carried, for the node's poster and RPC.
	onBatch func(*Batch)
	onCert  func(*Certificate)
	// staged is the block FinalizeBlock decided, written by Commit.
	staged *staged
	// prepared is the last block this validator proposed (PrepareProposal).
	prepared *prepared
	// requeue holds transactions of consensus batches an adoption dropped
	// that still apply: this validator's proposals offer them first, and
	// CheckTx counts them as accepted so later nonces stay in the mempool.
	requeue [][]byte
}

// maxRequeue bounds the transactions kept from dropped batches.
const maxRequeue = 20_000

type staged struct {
	ex    *execution
	meta  Meta
	batch *Batch
	cert  *Certificate
	// drop is the consensus batches an adoption replaced; requeue their
	// transactions (offered again by this validator's proposals).
	drop    Drop
	requeue [][]byte
}

// pendingAccount is what CheckTx has accepted from one sender above the
// committed state: the next nonce and what the accepted transactions cost.
type pendingAccount struct {
	nonce   uint64
	spent   uint256.Int
	balance uint256.Int // committed
}

const acceptedRing = 4096

// AcceptedSince returns the hashes of the transactions CheckTx accepted
// with sequence numbers from seq on (the last acceptedRing at most) and
// the next sequence number.
func (a *App) AcceptedSince(seq uint64) ([]common.Hash, uint64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	next := a.acceptedN
	if next > acceptedRing {
		seq = max(seq, next-acceptedRing)
	}
	var out []common.Hash
	for i := seq; i < next; i++ {
		out = append(out, a.accepted[i%acceptedRing])
	}
	return out, next
}

// PendingTx is a transaction CheckTx accepted that no block holds yet.
type PendingTx struct {
	Raw    []byte
	Sender common.Address
}

// execution is a proposal replayed on a copy of the committed state.
type execution struct {
	state  *replay.State
	root   common.Hash
	cert   *Certificate
	valset *ValidatorSet
	adopt  *Adoption // an L1 batch the block adopts (then no txs)
	// adopted: state and root are adopt's replay on its parent (the
	// decided block applies it; proposal rules do not change that).
	adopted bool
	entries []Entry
	txs     [][]byte
	senders []common.Address
	results []error // of entries then txs
	err     error   // why the proposal is invalid (nil: valid)
}

// New opens the application over its stores.
func New(cfg Config) (*App, error) {
	if cfg.Rules == nil || cfg.Store == nil || cfg.Meta == nil || cfg.Inbox == nil {
		return nil, errors.New("app: Rules, Store, Meta and Inbox are required")
	}
	if cfg.MaxBatchTxs == 0 || cfg.MaxBatchBytes == 0 || cfg.MaxTxBytes == 0 {
		return nil, errors.New("app: batch limits must be set")
	}
	if cfg.MaxEntries <= 0 {
		cfg.MaxEntries = 256
	}
	if cfg.MaxEntryBytes <= 0 {
		cfg.MaxEntryBytes = DefaultMaxEntryBytes
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &App{cfg: cfg, log: log, proposals: make(map[string]*execution), pending: make(map[common.Address]*pendingAccount), pendingTxs: make(map[common.Hash]PendingTx), decoded: make(map[string]*replay.Tx)}
	m, err := cfg.Meta.LoadMeta()
	if err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	if m != nil {
		a.meta = *m
		a.loadSets()
		a.committed = replay.NewState(cfg.Store, m.Root)
	}
	return a, nil
}

// OnBatch registers callbacks for decided batches and carried
// certificates. Call before the node starts.
func (a *App) OnBatch(batch func(*Batch), cert func(*Certificate)) {
	a.onBatch, a.onCert = batch, cert
}

// valSet is a validator set indexed by CometBFT address.
type valSet struct {
	list   []Validator
	byAddr map[string]int
}

func newValSet(vs []Validator) valSet {
	s := valSet{list: append([]Validator(nil), vs...), byAddr: make(map[string]int, len(vs))}
	for i := range s.list {
		s.byAddr[string(s.list[i].Address())] = i
	}
	return s
}

func (a *App) loadSets() {
	a.cur, a.last = newValSet(a.meta.Validators), newValSet(a.meta.LastValidators)
}

// Info implements abci.Application: the height and app hash CometBFT's
// handshake replays from.
func (a *App) Info(context.Context, *abci.RequestInfo) (*abci.ResponseInfo, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	resp := &abci.ResponseInfo{Data: "etherscale", Version: "1", LastBlockHeight: a.meta.Height}
	if a.meta.Height > 0 {
		resp.LastBlockAppHash = a.meta.Root.Bytes()
	}
	return resp, nil
}

// InitChain implements abci.Application: the validator set and the start
// batch come from app_state (written by `etherscale sequencer init` from
// L1).
func (a *App) InitChain(_ context.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	var g Genesis
	if err := json.Unmarshal(req.AppStateBytes, &g); err != nil {
		return nil, fmt.Errorf("app: app_state: %w", err)
	}
	if len(g.Validators) == 0 {
		return nil, errors.New("app: app_state has no validators")
	}
	if _, err := a.cfg.Store.Node(g.StateRoot); err != nil && g.StateRoot != (common.Hash{}) {
		return nil, fmt.Errorf("app: the start state %s is not in the store: %w", g.StateRoot, err)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := g.Schedule.Validate(); err != nil {
		return nil, fmt.Errorf("app: app_state schedule: %w", err)
	}
	a.meta = Meta{Height: req.InitialHeight - 1, Root: g.StateRoot, Head: g.Head, Base: g.Head, BaseRoot: g.StateRoot, Validators: g.Validators, LastValidators: g.Validators, Schedule: g.Schedule, Epoch: g.Epoch, DA: g.DA}
	a.loadSets()
	a.committed = replay.NewState(a.cfg.Store, g.StateRoot)
	if err := a.cfg.Meta.SaveMeta(&a.meta, nil, nil, Drop{}); err != nil {
		return nil, fmt.Errorf("app: %w", err)
	}
	updates := make([]abci.ValidatorUpdate, len(g.Validators))
	for i, v := range g.Validators {
		updates[i] = abci.Ed25519ValidatorUpdate(v.PubKey, v.Power)
	}
	return &abci.ResponseInitChain{Validators: updates, AppHash: g.StateRoot.Bytes()}, nil
}

// CheckTx implements abci.Application with the replay's rules: a
// transaction must decode and carry a valid signature, use the sender's
// next nonce (counting those already accepted: no gaps) and be paid for by
// the committed balance less what the accepted ones cost. Rechecks after a
// commit run in mempool order against the new state.
func (a *App) CheckTx(_ context.Context, req *abci.RequestCheckTx) (*abci.ResponseCheckTx, error) {
	// Sender recovery (the dominant cost) runs outside the lock, beside
	// consensus, and once per transaction: rechecks after every block
	// find it in the cache.
	tx, code, err := a.decodeCached(req.Tx)
	if err != nil {
		return &abci.ResponseCheckTx{Code: code, Log: err.Error()}, nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	code, err = a.checkTx(req.Tx, tx)
	if err != nil {
		return &abci.ResponseCheckTx{Code: code, Log: err.Error()}, nil
	}
	if req.Type == abci.CheckTxType_New {
		a.accepted[a.acceptedN%acceptedRing] = tx.Hash
		a.acceptedN++
	}
	return &abci.ResponseCheckTx{Code: CodeOK, GasWanted: int64(replay.TransferGas)}, nil
}

// decodeCached applies the stateless rules and recovers the sender,
// remembering the result for the rechecks to come. CometBFT rechecks the
// whole mempool after every block, so the cached path runs for every
// pending transaction at every height: it does not hash.
func (a *App) decodeCached(raw []byte) (*replay.Tx, uint32, error) {
	if uint64(len(raw)) > a.cfg.MaxTxBytes {
		return nil, CodeTooLarge, fmt.Errorf("transaction of %d bytes, max %d", len(raw), a.cfg.MaxTxBytes)
	}
	if IsSystemTx(raw) {
		return nil, CodeSystemTx, fmt.Errorf("%w: only proposers write them", ErrSystemTx)
	}
	a.cacheMu.Lock()
	tx, ok := a.decoded[string(raw)]
	a.cacheMu.Unlock()
	if ok {
		return tx, CodeOK, nil
	}
	tx, err := replay.DecodeTx(a.cfg.Rules, raw)
	if err != nil {
		return nil, CodeDecode, err
	}
	a.cacheMu.Lock()
	if len(a.decoded) >= decodedCacheSize {
		// Dropping everything is crude but bounded; a mempool this full
		// pays one more recovery per transaction.
		a.decoded = make(map[string]*replay.Tx)
	}
	a.decoded[string(raw)] = tx
	a.cacheMu.Unlock()
	return tx, CodeOK, nil
}

// decodedCacheSize bounds the sender cache: above the mempool's 20,000.
const decodedCacheSize = 50_000

func (a *App) checkTx(raw []byte, tx *replay.Tx) (uint32, error) {
	if a.committed == nil {
		return CodeInternal, errors.New("chain not initialized")
	}
	p := a.pending[tx.From]
	if p == nil {
		// The committed account is read once per sender and height: the
		// recheck of a sender's later transactions finds it here.
		acc, err := a.committed.Account(tx.From)
		if err != nil {
			return CodeInternal, err
		}
		p = &pendingAccount{nonce: acc.Nonce, balance: acc.Balance}
		a.pending[tx.From] = p
	}
	// The words are go-ethereum's pool's: wallets and libraries match them.
	if tx.Nonce < p.nonce {
		return CodeNonce, fmt.Errorf("nonce too low: next nonce %d, tx nonce %d", p.nonce, tx.Nonce)
	}
	if tx.Nonce > p.nonce {
		return CodeNonce, fmt.Errorf("nonce too high: next nonce %d, tx nonce %d (no gaps accepted)", p.nonce, tx.Nonce)
	}
	cost, overflow := tx.Cost(&a.cfg.Rules.BaseFee)
	var total uint256.Int
	if _, of := total.AddOverflow(&cost, &p.spent); overflow || of || total.Gt(&p.balance) {
		return CodeFunds, fmt.Errorf("insufficient funds for value + fee: balance %s, cost with pending %s", p.balance.Dec(), total.Dec())
	}
	p.nonce++
	p.spent = total
	a.pendingTxs[tx.Hash] = PendingTx{Raw: raw, Sender: tx.From}
	return CodeOK, nil
}

// PendingNonce is the next nonce CheckTx expects from addr.
func (a *App) PendingNonce(addr common.Address) (uint64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if p := a.pending[addr]; p != nil {
		return p.nonce, nil
	}
	if a.committed == nil {
		return 0, errors.New("chain not initialized")
	}
	acc, err := a.committed.Account(addr)
	return acc.Nonce, err
}

// PrepareProposal implements abci.Application: the certificate owed, the
// inbox entries this validator knows (all of them, so none gets overdue),
// then the mempool's transactions that apply, within the batch limits.
func (a *App) PrepareProposal(ctx context.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	defer a.timed("PrepareProposal", req.Height, time.Now())
	a.mu.Lock()
	defer a.mu.Unlock()
	var out [][]byte
	if a.meta.PrevBatch != 0 {
		cert, err := a.collectCertificate(req.LocalLastCommit)
		if err != nil {
			// Cannot happen with CometBFT's guarantees (> 2/3 of the
			// power extended); proposing without it would be rejected.
			return nil, fmt.Errorf("app: certificate of batch %d: %w", a.meta.PrevBatch, err)
		}
		raw, err := EncodeCertificate(cert)
		if err != nil {
			return nil, err
		}
		out = append(out, raw)
	}
	if vs := a.dueValidatorSet(req.Time); vs != nil {
		raw, err := EncodeValidatorSet(vs)
		if err != nil {
			return nil, err
		}
		out = append(out, raw)
	}
	if ad := a.dueAdoption(); ad != nil {
		// L1 took a forced batch: the block adopts it and nothing else.
		raw, err := EncodeAdoption(ad)
		if err != nil {
			return nil, err
		}
		out = append(out, raw)
		a.prepared = nil
		return &abci.ResponsePrepareProposal{Txs: out}, nil
	}
	entries := a.fitEntries(a.cfg.Inbox.Entries(a.meta.Head.QueueEnd, a.cfg.MaxEntries))
	if a.cfg.SkipEntries {
		entries = nil
	}
	if len(entries) > 0 {
		raw, err := EncodeEntries(entries)
		if err != nil {
			return nil, err
		}
		out = append(out, raw)
	}
	// The L2 transactions: the mempool's, in its order, minus those that
	// do not apply (a failed step changes nothing, so dropping it leaves
	// the rest's results as they are), within the limits.
	budget := req.MaxTxBytes - cmttypes.ComputeProtoSizeForTxs(toCmtTxs(out))
	var txs [][]byte
	var dataBytes uint64 = 5
	candidates := req.Txs
	if len(a.requeue) > 0 {
		// The dropped batches' transactions first, in their old order;
		// the mempool may hold the same ones (resent by wallets).
		seen := make(map[string]bool, len(a.requeue))
		candidates = make([][]byte, 0, len(a.requeue)+len(req.Txs))
		for _, raw := range a.requeue {
			seen[string(raw)] = true
			candidates = append(candidates, raw)
		}
		for _, raw := range req.Txs {
			if !seen[string(raw)] {
				candidates = append(candidates, raw)
			}
		}
	}
	for _, raw := range candidates {
		if IsSystemTx(raw) || uint64(len(txs)) >= a.cfg.MaxBatchTxs {
			continue
		}
		size := cmttypes.ComputeProtoSizeForTxs([]cmttypes.Tx{raw})
		if size > budget || dataBytes+uint64(len(raw))+3 > a.cfg.MaxBatchBytes {
			continue
		}
		budget -= size
		dataBytes += uint64(len(raw)) + 3
		txs = append(txs, raw)
	}
	ex, err := a.execute(ctx, nil, entries, txs)
	if err != nil {
		return nil, err
	}
	// The block's own execution, for this validator's ProcessProposal of
	// it: the applied transactions only (the dropped ones were no-ops, so
	// the state and root are the same).
	mine := &execution{state: ex.state, root: ex.root, entries: entries, results: append([]error(nil), ex.results[:len(entries)]...)}
	if len(out) > 0 && IsSystemTx(out[0]) {
		if st, err := decodeSystem(out[0]); err == nil {
			mine.cert = st.cert
		}
	}
	mine.valset = a.dueValidatorSet(req.Time)
	for i, raw := range ex.txs {
		if ex.results[len(entries)+i] == nil {
			out = append(out, raw)
			mine.txs = append(mine.txs, raw)
			mine.senders = append(mine.senders, ex.senders[i])
			mine.results = append(mine.results, nil)
		}
	}
	a.prepared = &prepared{block: out, ex: mine}
	return &abci.ResponsePrepareProposal{Txs: out}, nil
}

// prepared is this validator's last proposal and its execution.
type prepared struct {
	block [][]byte
	ex    *execution
}

func sameBlock(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

func toCmtTxs(raws [][]byte) []cmttypes.Tx {
	out := make([]cmttypes.Tx, len(raws))
	for i, r := range raws {
		out[i] = r
	}
	return out
}

// collectCertificate gathers the vote extensions of the last commit: each
// is a validator's signature over the header of batch meta.PrevBatch.
func (a *App) collectCertificate(info abci.ExtendedCommitInfo) (*Certificate, error) {
	hdr := a.meta.PrevHeader
	if hdr == nil {
		return nil, fmt.Errorf("app: batch %d has no stored header", a.meta.PrevBatch)
	}
	hh := hdr.Hash()
	digest := contracts.HeaderDigest(hh, a.cfg.L1ChainID, a.cfg.BatchInbox)
	var sigs []contracts.HeaderSignature
	for _, v := range info.Votes {
		if v.BlockIdFlag != cmtproto.BlockIDFlagCommit || len(v.VoteExtension) == 0 {
			continue
		}
		i, ok := a.last.byAddr[string(v.Validator.Address)]
		if !ok {
			continue
		}
		signer, err := contracts.RecoverDigest(digest, v.VoteExtension)
		if err != nil || signer != a.last.list[i].L1 {
			continue // VerifyVoteExtension keeps these out; be safe anyway
		}
		sigs = append(sigs, contracts.HeaderSignature{Signer: signer, Signature: v.VoteExtension})
	}
	c := &Certificate{Batch: hdr.Number, HeaderHash: hh}
	contracts.SortSignatures(sigs)
	for _, s := range sigs {
		c.Signers = append(c.Signers, s.Signer)
		c.Sigs = append(c.Sigs, s.Signature)
	}
	if err := a.checkCertificate(c); err != nil {
		return nil, err
	}
	return c, nil
}

// checkCertificate checks c certifies batch meta.PrevBatch with a quorum of
// the voting power: contracts.Quorum, BatchInbox's rule over the same
// integers (power is weight in whole gwei on both sides), so a certificate
// accepted here posts. CometBFT's > 2/3 of extended votes always meets it.
func (a *App) checkCertificate(c *Certificate) error {
	hdr := a.meta.PrevHeader
	if hdr == nil {
		return fmt.Errorf("app: batch %d has no stored header", a.meta.PrevBatch)
	}
	hh := hdr.Hash()
	if c.Batch != hdr.Number || c.HeaderHash != hh {
		return fmt.Errorf("%w: for batch %d %s, owed batch %d %s", ErrBadCertificate, c.Batch, c.HeaderHash, hdr.Number, hh)
	}
	digest := contracts.HeaderDigest(hh, a.cfg.L1ChainID, a.cfg.BatchInbox)
	power := make(map[common.Address]int64, len(a.last.list))
	var total int64
	for _, v := range a.last.list {
		power[v.L1] += v.Power
		total += v.Power
	}
	var signed int64
	for i, sig := range c.Sigs {
		if i > 0 && c.Signers[i].Cmp(c.Signers[i-1]) <= 0 {
			return fmt.Errorf("%w: signers not sorted at %d", ErrBadCertificate, i)
		}
		p, ok := power[c.Signers[i]]
		if !ok {
			return fmt.Errorf("%w: %s is not a validator", ErrBadCertificate, c.Signers[i])
		}
		signer, err := contracts.RecoverDigest(digest, sig)
		if err != nil || signer != c.Signers[i] {
			return fmt.Errorf("%w: signature %d does not recover to %s", ErrBadCertificate, i, c.Signers[i])
		}
		signed += p
	}
	if !contracts.Quorum(uint64(signed), uint64(total)) {
		return fmt.Errorf("%w: signed power %d of %d, below 2/3", ErrBadCertificate, signed, total)
	}
	return nil
}

// ProcessProposal implements abci.Application.
func (a *App) ProcessProposal(ctx context.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	defer a.timed("ProcessProposal", req.Height, time.Now())
	a.mu.Lock()
	defer a.mu.Unlock()
	ex, err := a.executeBlock(ctx, req.Hash, req.Txs, req.Time, true)
	if err != nil {
		return nil, err
	}
	if ex.err != nil {
		a.log.Warn("rejected a proposal", "height", req.Height, "proposer", fmt.Sprintf("%X", req.ProposerAddress), "err", ex.err)
		return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}, nil
	}
	return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
}

// executeBlock parses and replays a block's transactions, caching the
// result by block hash. strict applies the proposal rules (ProcessProposal);
// a decided block (FinalizeBlock from block sync) is replayed as it is.
func (a *App) executeBlock(ctx context.Context, hash []byte, raws [][]byte, at time.Time, strict bool) (*execution, error) {
	if ex, ok := a.proposals[string(hash)]; ok && len(hash) > 0 && (strict || ex.adopt == nil || ex.adopted) {
		// (An adoption this validator could not replay when it checked
		// the proposal, its view lagging, is replayed again once decided.)
		return ex, nil
	}
	if p := a.prepared; p != nil && sameBlock(p.block, raws) {
		// This validator's own proposal: replayed once, in PrepareProposal.
		ex := *p.ex
		if strict {
			ex.err = a.checkProposal(&ex, at)
		}
		if len(hash) > 0 {
			a.proposals[string(hash)] = &ex
		}
		return &ex, nil
	}
	var (
		cert    *Certificate
		valset  *ValidatorSet
		adopt   *Adoption
		entries []Entry
		txs     [][]byte
		layout  error
	)
	// [certificate] [validator set] [entries] transactions…, or
	// [certificate] [validator set] [adoption]; each at most once and in
	// that order.
	for i, raw := range raws {
		if adopt != nil {
			layout = fmt.Errorf("%w: item %d after an adoption", ErrLayout, i)
			continue
		}
		if !IsSystemTx(raw) {
			txs = append(txs, raw)
			continue
		}
		st, err := decodeSystem(raw)
		switch {
		case err != nil:
			layout = err
		case len(txs) > 0 || entries != nil:
			layout = fmt.Errorf("%w: item %d after entries or transactions", ErrLayout, i)
		case st.cert != nil && i == 0:
			cert = st.cert
		case st.valset != nil && valset == nil:
			valset = st.valset
		case st.entries != nil:
			entries = st.entries
		case st.adopt != nil:
			adopt = st.adopt
		default:
			layout = fmt.Errorf("%w: item %d", ErrLayout, i)
		}
	}
	var ex *execution
	var err error
	if adopt != nil {
		// A decided block with an adoption is replayed the same way
		// whatever else it holds (a proposal holding more is rejected).
		ex, err = a.executeAdoption(ctx, cert, adopt, strict)
	} else {
		ex, err = a.execute(ctx, cert, entries, txs)
	}
	if err != nil {
		return nil, err
	}
	ex.valset = valset
	if strict {
		ex.err = layout
		if ex.err == nil {
			ex.err = a.checkProposal(ex, at)
		}
	}
	if len(hash) > 0 {
		a.proposals[string(hash)] = ex
	}
	return ex, nil
}

// checkProposal applies the proposal rules to a replayed block.
func (a *App) checkProposal(ex *execution, at time.Time) error {
	if a.meta.PrevBatch != 0 {
		if ex.cert == nil {
			return fmt.Errorf("%w: batch %d", ErrMissingCertificate, a.meta.PrevBatch)
		}
		if err := a.checkCertificate(ex.cert); err != nil {
			return err
		}
	} else if ex.cert != nil {
		return fmt.Errorf("%w: no batch is owed one", ErrBadCertificate)
	}
	if err := a.checkValidatorSet(ex.valset, at); err != nil {
		return err
	}
	if err := a.checkAdoption(ex); err != nil || ex.adopt != nil {
		return err
	}
	if len(ex.entries) > a.cfg.MaxEntries {
		return fmt.Errorf("%w: %d entries, max %d", ErrBatchLimits, len(ex.entries), a.cfg.MaxEntries)
	}
	if n := len(a.fitEntries(ex.entries)); n < len(ex.entries) {
		return fmt.Errorf("%w: %d entries of more than %d payload bytes", ErrBatchLimits, len(ex.entries), a.cfg.MaxEntryBytes)
	}
	known := a.cfg.Inbox.Entries(a.meta.Head.QueueEnd, len(ex.entries)+a.cfg.MaxEntries)
	for i := range ex.entries {
		e := &ex.entries[i]
		if e.Index != a.meta.Head.QueueEnd+uint64(i) {
			return fmt.Errorf("%w: entry %d where %d is next", ErrEntryMismatch, e.Index, a.meta.Head.QueueEnd+uint64(i))
		}
		if i >= len(known) {
			return fmt.Errorf("%w: %d", ErrUnknownEntry, e.Index)
		}
		h, err := e.Hash()
		if err != nil {
			return err
		}
		kh, _ := known[i].Hash()
		if h != kh || e.Timestamp != known[i].Timestamp {
			return fmt.Errorf("%w: entry %d", ErrEntryMismatch, e.Index)
		}
	}
	// Forced inclusion is a consensus rule: an entry older than half the
	// inclusion window (at the proposal's time) must be in it, unless the
	// block holds all the entries it can. Without that exception more
	// than a block's worth of old entries (an attacker's cheap deposits
	// piled up while the chain was halted) would make every proposal
	// invalid and stop the chain for good.
	if len(ex.entries) < len(known) && len(a.fitEntries(known[:len(ex.entries)+1])) > len(ex.entries) {
		next := known[len(ex.entries)]
		if next.Timestamp+a.cfg.InclusionWindow/2 <= uint64(at.Unix()) {
			return fmt.Errorf("%w: entry %d queued at %d, proposal at %d, window %d s", ErrSkipsOverdue, next.Index, next.Timestamp, at.Unix(), a.cfg.InclusionWindow)
		}
	}
	if uint64(len(ex.txs)) > a.cfg.MaxBatchTxs {
		return fmt.Errorf("%w: %d transactions, max %d", ErrBatchLimits, len(ex.txs), a.cfg.MaxBatchTxs)
	}
	for i, raw := range ex.txs {
		if uint64(len(raw)) > a.cfg.MaxTxBytes {
			return fmt.Errorf("%w: transaction %d of %d bytes", ErrBatchLimits, i, len(raw))
		}
		if r := ex.results[len(ex.entries)+i]; r != nil {
			return fmt.Errorf("%w: transaction %d: %w", ErrInvalidTx, i, r)
		}
	}
	if len(ex.txs) > 0 {
		data, err := replay.EncodeBatchData(ex.txs)
		if err != nil || uint64(len(data)) > a.cfg.MaxBatchBytes {
			return fmt.Errorf("%w: batch data of %d bytes, max %d", ErrBatchLimits, len(data), a.cfg.MaxBatchBytes)
		}
	}
	return nil
}

// DefaultMaxEntryBytes is Config.MaxEntryBytes' default: half of the
// node's 1 MiB blocks, the rest left for the certificate and transactions.
const DefaultMaxEntryBytes = 512 << 10

// fitEntries is the longest prefix of entries one block consumes: at most
// MaxEntries, of at most MaxEntryBytes payload bytes.
func (a *App) fitEntries(entries []Entry) []Entry {
	if len(entries) > a.cfg.MaxEntries {
		entries = entries[:a.cfg.MaxEntries]
	}
	size := 0
	for i := range entries {
		if size += len(entries[i].Payload); size > a.cfg.MaxEntryBytes {
			return entries[:i]
		}
	}
	return entries
}

// replayEntries returns entries as the STF applies them. A malformed
// entry cannot come from Inbox: the first one's error makes the proposal
// invalid, and replaying it as a no-op keeps a decided block
// deterministic.
func replayEntries(entries []Entry) ([]replay.InboxEntry, error) {
	out := make([]replay.InboxEntry, 0, len(entries))
	var first error
	for i := range entries {
		e, err := entries[i].Replay()
		if err != nil {
			first = cmp.Or(first, err)
			e = replay.NewForcedTx(nil)
		}
		out = append(out, e)
	}
	return out, first
}

// execute replays entries and txs on a copy of the committed state.
func (a *App) execute(ctx context.Context, cert *Certificate, entries []Entry, txs [][]byte) (*execution, error) {
	if a.committed == nil {
		return nil, errors.New("app: chain not initialized")
	}
	ex := &execution{state: a.committed.Copy(), cert: cert, entries: entries, txs: txs, root: a.meta.Root}
	if len(entries) == 0 && len(txs) == 0 {
		return ex, nil
	}
	batch := &replay.Batch{Txs: txs, Decoded: make([]*replay.Tx, len(txs))}
	// The senders CheckTx recovered: the dominant cost otherwise.
	a.cacheMu.Lock()
	for i, raw := range txs {
		batch.Decoded[i] = a.decoded[string(raw)]
	}
	a.cacheMu.Unlock()
	var bad error
	if batch.Entries, bad = replayEntries(entries); bad != nil {
		ex.err = bad
	}
	res, err := replay.ReplayBatch(ctx, ex.state, a.cfg.Rules, batch, replay.ReplayOptions{})
	if err != nil {
		return nil, fmt.Errorf("app: replay: %w", err)
	}
	ex.root = res.Root
	ex.results = make([]error, len(res.Steps))
	for i, s := range res.Steps {
		ex.results[i] = s.Result
	}
	ex.senders = make([]common.Address, len(txs))
	for i, raw := range txs {
		if tx := batch.Decoded[i]; tx != nil {
			ex.senders[i] = tx.From
		} else if tx, err := replay.DecodeTx(a.cfg.Rules, raw); err == nil {
			ex.senders[i] = tx.From
		}
	}
	return ex, nil
}

// ExtendVote implements abci.Application: the validator signs the header
// of the batch decided at the previous height, which is final, so it never
// signs two headers with one number.
func (a *App) ExtendVote(context.Context, *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.meta.CurHeader == nil || a.cfg.Key == nil {
		return &abci.ResponseExtendVote{}, nil
	}
	sig, err := contracts.SignHeader(a.cfg.Key, a.meta.CurHeader, a.cfg.L1ChainID, a.cfg.BatchInbox)
	if err != nil {
		return nil, fmt.Errorf("app: sign batch %d: %w", a.meta.CurHeader.Number, err)
	}
	return &abci.ResponseExtendVote{VoteExtension: sig}, nil
}

// VerifyVoteExtension implements abci.Application: an extension is the
// sender's L1 signature over the header of the batch decided at the
// previous height, or empty if that height decided none.
func (a *App) VerifyVoteExtension(_ context.Context, req *abci.RequestVerifyVoteExtension) (*abci.ResponseVerifyVoteExtension, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	accept := &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}
	reject := &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_REJECT}
	i, ok := a.cur.byAddr[string(req.ValidatorAddress)]
	if !ok {
		return reject, nil
	}
	if a.meta.CurHeader == nil {
		if len(req.VoteExtension) == 0 {
			return accept, nil
		}
		return reject, nil
	}
	signer, err := contracts.RecoverDigest(contracts.HeaderDigest(a.meta.CurHeader.Hash(), a.cfg.L1ChainID, a.cfg.BatchInbox), req.VoteExtension)
	if err != nil || signer != a.cur.list[i].L1 {
		return reject, nil
	}
	return accept, nil
}

// FinalizeBlock implements abci.Application: the decided block's batch (if
// it holds any entry or transaction) becomes the next batch of the
// consensus chain.
func (a *App) FinalizeBlock(ctx context.Context, req *abci.RequestFinalizeBlock) (*abci.ResponseFinalizeBlock, error) {
	defer a.timed("FinalizeBlock", req.Height, time.Now())
	a.mu.Lock()
	defer a.mu.Unlock()
	ex, err := a.executeBlock(ctx, req.Hash, req.Txs, req.Time, false)
	if err != nil {
		return nil, err
	}
	resp := &abci.ResponseFinalizeBlock{TxResults: make([]*abci.ExecTxResult, len(req.Txs))}
	for i := range resp.TxResults {
		resp.TxResults[i] = &abci.ExecTxResult{Code: CodeOK}
	}
	next := a.meta
	next.Height = req.Height
	next.PrevBatch, next.CurBatch = a.meta.CurBatch, 0
	next.PrevHeader, next.CurHeader = a.meta.CurHeader, nil
	resp.ValidatorUpdates = a.rotate(&next, ex.valset)
	var batch *Batch
	var drop Drop
	var requeue [][]byte
	if ad := ex.adopt; ad != nil && ex.adopted {
		batch, drop, requeue = a.adopt(&next, ex, req)
		if ex.cert != nil && ex.cert.Batch >= ad.Header.Number {
			ex.cert = nil // it certifies a dropped batch
		}
	} else if len(ex.entries) > 0 || len(ex.txs) > 0 {
		queueEnd := a.meta.Head.QueueEnd + uint64(len(ex.entries))
		l2Time := max(a.meta.Head.L2Timestamp, uint64(req.Time.Unix()))
		h, data, err := contracts.NewCalldataHeader(a.meta.Head.Number+1, a.meta.Head.HeaderHash, a.meta.Head.QueueEnd, queueEnd, ex.txs, ex.root, l2Time)
		if err != nil {
			return nil, fmt.Errorf("app: header of batch %d: %w", a.meta.Head.Number+1, err)
		}
		if p := a.meta.DA; p != nil {
			enc, err := da.Encode(bytes.Clone(data), p.K, p.N)
			if err != nil {
				return nil, fmt.Errorf("app: DA coding of batch %d: %w", h.Number, err)
			}
			h.DataRoot = enc.DataRoot
		}
		batch = &Batch{Height: req.Height, Time: uint64(req.Time.Unix()), Header: *h, Data: data, Entries: ex.entries, Txs: ex.txs, Senders: ex.senders, Results: resultCodes(ex.results)}
		next.Head = contracts.ChainHead{Number: h.Number, HeaderHash: h.Hash(), QueueEnd: queueEnd, L2Timestamp: l2Time}
		next.CurBatch, next.CurHeader = h.Number, h
		next.Root = ex.root
	}
	a.staged = &staged{ex: ex, meta: next, batch: batch, cert: ex.cert, drop: drop, requeue: requeue}
	resp.AppHash = next.Root.Bytes()
	return resp, nil
}

func resultCodes(rs []error) []uint8 {
	out := make([]uint8, len(rs))
	for i, r := range rs {
		if r != nil {
			out[i] = 1
		}
	}
	return out
}

// Commit implements abci.Application: the state nodes first, then the
// metadata and batch in one write, so a crash in between replays the block
// from the old root (CometBFT's handshake) to the same result.
func (a *App) Commit(ctx context.Context, _ *abci.RequestCommit) (*abci.ResponseCommit, error) {
	defer a.timed("Commit", a.meta.Height+1, time.Now())
	a.mu.Lock()
	s := a.staged
	if s == nil {
		a.mu.Unlock()
		return nil, errors.New("app: commit without a finalized block")
	}
	if _, err := s.ex.state.Commit(ctx); err != nil {
		a.mu.Unlock()
		return nil, fmt.Errorf("app: commit state: %w", err)
	}
	if err := a.cfg.Meta.SaveMeta(&s.meta, s.batch, s.cert, s.drop); err != nil {
		a.mu.Unlock()
		return nil, fmt.Errorf("app: %w", err)
	}
	if s.drop.To >= s.drop.From && s.drop.From > 0 {
		a.log.Warn("adopted L1's forced batch: dropped the consensus batches it replaced", "batch", s.meta.Head.Number, "dropped", fmt.Sprintf("%d..%d", s.drop.From, s.drop.To), "requeued", len(s.requeue))
	}
	a.meta = s.meta
	a.loadSets()
	a.committed = s.ex.state
	a.staged = nil
	a.proposals = make(map[string]*execution)
	a.prepared = nil
	// The recheck that follows refills both: sized as they were, they do
	// not grow again from empty.
	a.pending = make(map[common.Address]*pendingAccount, len(a.pending))
	a.pendingTxs = make(map[common.Hash]PendingTx, len(a.pendingTxs))
	a.refreshRequeue(s)
	if s.batch != nil {
		a.cacheMu.Lock()
		for _, raw := range s.batch.Txs {
			delete(a.decoded, string(raw))
		}
		a.cacheMu.Unlock()
	}
	onBatch, onCert := a.onBatch, a.onCert
	a.mu.Unlock()
	if s.batch != nil && onBatch != nil {
		onBatch(s.batch)
	}
	if s.cert != nil && onCert != nil {
		onCert(s.cert)
	}
	return &abci.ResponseCommit{}, nil
}

// Batch returns decided batch n with its certificate if a block carried it.
func (a *App) Batch(n uint64) (*Batch, error) { return a.cfg.Meta.LoadBatch(n) }

// Certified returns decided batch n's header and certificate (nil until a
// block carries it), without the batch's data.
func (a *App) Certified(n uint64) (*contracts.BatchHeader, *Certificate, error) {
	return a.cfg.Meta.LoadCertified(n)
}

// Head returns the consensus chain's latest batch and the committed height.
func (a *App) Head() (contracts.ChainHead, int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.meta.Head, a.meta.Height
}

// Base returns the L1 batch the consensus chain started from.
func (a *App) Base() contracts.ChainHead {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.meta.Base
}

// Account returns addr's committed account.
func (a *App) Account(addr common.Address) (replay.Account, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.committed == nil {
		return replay.Account{}, errors.New("chain not initialized")
	}
	return a.committed.Account(addr)
}

// Pending returns a transaction CheckTx accepted and no block holds yet.
func (a *App) Pending(h common.Hash) (PendingTx, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	p, ok := a.pendingTxs[h]
	return p, ok
}

// PendingAccount is addr's committed account with the transactions
// CheckTx accepted applied to its nonce and balance (what they cost; a
// transfer to addr counts once decided).
func (a *App) PendingAccount(addr common.Address) (replay.Account, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.committed == nil {
		return replay.Account{}, errors.New("chain not initialized")
	}
	acc, err := a.committed.Account(addr)
	if err != nil {
		return acc, err
	}
	if p := a.pending[addr]; p != nil {
		acc.Nonce = p.nonce
		acc.Balance.Sub(&acc.Balance, &p.spent)
	}
	return acc, nil
}

// epochAt is the schedule epoch of time t.
func (a *App) epochAt(t time.Time) uint64 {
	if t.Unix() <= 0 {
		return 0
	}
	p := a.meta.Schedule
	return p.Epoch(p.Slot(uint64(t.Unix())))
}

// dueValidatorSet is the set a proposal at time t must carry: the L1
// schedule of t's epoch once t has passed the set's epoch. Nil if none is
// due, or this validator's view does not know it yet.
func (a *App) dueValidatorSet(t time.Time) *ValidatorSet {
	e := a.epochAt(t)
	if e <= a.meta.Epoch {
		return nil
	}
	vs, ok := a.cfg.Inbox.EpochSet(e)
	if !ok {
		return nil
	}
	return &ValidatorSet{Epoch: e, Validators: vs}
}

// checkValidatorSet applies the set-change rule: a block whose time is in
// a later epoch than the set must carry that epoch's set (once this
// validator's view knows it: a proposer cannot keep a slashed or exited
// member in, nor carry an earlier epoch's instead), and a carried set must
// be that epoch's as L1 schedules it.
func (a *App) checkValidatorSet(vs *ValidatorSet, at time.Time) error {
	due := a.dueValidatorSet(at)
	switch {
	case vs == nil && due == nil:
		return nil
	case vs == nil:
		return fmt.Errorf("%w: epoch %d's validator set is due", ErrValidatorSet, due.Epoch)
	case vs.Epoch <= a.meta.Epoch || vs.Epoch > a.epochAt(at):
		return fmt.Errorf("%w: set of epoch %d at epoch %d (current %d)", ErrValidatorSet, vs.Epoch, a.epochAt(at), a.meta.Epoch)
	case due != nil && vs.Epoch != due.Epoch:
		// An older epoch's set, when the view knows the block's own, would
		// keep members L1 has dropped since in for another block.
		return fmt.Errorf("%w: epoch %d's set is due, the block carries epoch %d's", ErrValidatorSet, due.Epoch, vs.Epoch)
	}
	want, ok := a.cfg.Inbox.EpochSet(vs.Epoch)
	if !ok {
		return fmt.Errorf("%w: epoch %d unknown to this validator's L1 view", ErrValidatorSet, vs.Epoch)
	}
	if !sameValidators(want, vs.Validators) {
		return fmt.Errorf("%w: epoch %d's set differs from L1's", ErrValidatorSet, vs.Epoch)
	}
	if len(vs.Validators) == 0 {
		return fmt.Errorf("%w: epoch %d schedules no validator", ErrValidatorSet, vs.Epoch)
	}
	return nil
}

func sameValidators(a, b []Validator) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].L1 != b[i].L1 || a[i].Power != b[i].Power || !bytes.Equal(a[i].PubKey, b[i].PubKey) {
			return false
		}
	}
	return true
}

// rotate moves next's sets one height on and, if the block carries a new
// epoch's set, schedules it: CometBFT applies the updates returned now at
// height+2, so the application switches then too.
func (a *App) rotate(next *Meta, vs *ValidatorSet) []abci.ValidatorUpdate {
	next.LastValidators = next.Validators
	if next.Pending != nil && next.Height+1 >= next.PendingFrom {
		next.Validators, next.Pending, next.PendingFrom = next.Pending, nil, 0
	}
	if vs == nil || len(vs.Validators) == 0 {
		return nil
	}
	latest := next.Validators
	if next.Pending != nil {
		latest = next.Pending
	}
	var updates []abci.ValidatorUpdate
	keep := make(map[string]bool, len(vs.Validators))
	for _, v := range vs.Validators {
		keep[string(v.PubKey)] = true
		updates = append(updates, abci.Ed25519ValidatorUpdate(v.PubKey, v.Power))
	}
	for _, v := range latest {
		if !keep[string(v.PubKey)] {
			updates = append(updates, abci.Ed25519ValidatorUpdate(v.PubKey, 0))
		}
	}
	next.Pending, next.PendingFrom, next.Epoch = vs.Validators, next.Height+2, vs.Epoch
	a.log.Info("validator set changes", "epoch", vs.Epoch, "validators", len(vs.Validators), "from height", next.PendingFrom)
	return updates
}

// Validators returns the validator set of the next height.
func (a *App) Validators() []Validator {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Validator(nil), a.cur.list...)
}

// timed logs how long an ABCI call took, at debug level (the numbers of
// docs/BENCHMARKS.md's consensus breakdown).
func (a *App) timed(call string, height int64, start time.Time) {
	a.log.Debug("abci", "call", call, "height", height, "took", time.Since(start).Round(time.Microsecond))
}

// DA returns the certificate mode's coding, nil in calldata mode.
func (a *App) DA() *DAParams {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.meta.DA
}
