package sequencerset

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/time/rate"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/replay"
)

// Batch statuses (PROTOCOL.md §5.7), as etherscale_getBatch reports them.
const (
	// BatchPending: the block is sealed, its batch not on L1 yet.
	BatchPending = "pending"
	// BatchPosted: on L1, neither final, disputed nor void.
	BatchPosted = "posted"
	// BatchFinal: at or below the AnchorStateRegistry's anchor batch,
	// whose anchored root is the node's own root there.
	BatchFinal = "final"
	// BatchDisputed: a dispute game on the batch's posted state root is
	// in progress (or was won by the challenger and the batch is not void).
	BatchDisputed = "disputed"
	// BatchVoid: BatchInbox.isVoid: its transactions are no-ops.
	BatchVoid = "void"
)

// BatchInfo is a batch and its status.
type BatchInfo struct {
	Number     uint64      `json:"number"`
	Status     string      `json:"status"`
	HeaderHash common.Hash `json:"headerHash"`
	// StateRoot is the root the header claims (a sequencer's claim, which
	// a faulty sequencer can get wrong); the blocks' stateRoot is the
	// replayed one.
	StateRoot common.Hash `json:"stateRoot"`
	// FirstBlock and LastBlock are the blocks the batch holds.
	FirstBlock hexutil.Uint64 `json:"firstBlock"`
	LastBlock  hexutil.Uint64 `json:"lastBlock"`
	Forced     bool           `json:"forced"`
	DAMode     string         `json:"daMode"`
	L1Block    hexutil.Uint64 `json:"l1Block"`
	L1TxHash   common.Hash    `json:"l1TxHash"`
	// Game is the dispute game on the batch's root, if any.
	Game       *hexutil.Big `json:"game,omitempty"`
	GameStatus string       `json:"gameStatus,omitempty"`
}

// SignedBatchHeader is a batch header with the signatures it was posted
// with (sorted by signer, as BatchInbox checks them) and its signers.
type SignedBatchHeader struct {
	Header     contracts.BatchHeader `json:"header"`
	HeaderHash common.Hash           `json:"headerHash"`
	Signatures []hexutil.Bytes       `json:"signatures"`
	Signers    []common.Address      `json:"signers"`
	Forced     bool                  `json:"forced"`
	DAMode     string                `json:"daMode"`
	L1Block    hexutil.Uint64        `json:"l1Block"`
	L1TxHash   common.Hash           `json:"l1TxHash"`
}

// BatchBackend is the optional part of a Backend that serves the batch
// methods of the etherscale namespace; a Backend without it serves
// etherscale_getProof only.
type BatchBackend interface {
	// BatchInfo returns batch n (0: the genesis) and its status; an error
	// wrapping ErrUnknownBatch if there is no such batch.
	BatchInfo(ctx context.Context, n uint64) (*BatchInfo, error)
	// SignedBatchHeader returns batch n's header as posted, with its
	// signatures.
	SignedBatchHeader(ctx context.Context, n uint64) (*SignedBatchHeader, error)
}

// ErrUnknownBatch: no such batch on L1.
var ErrUnknownBatch = errors.New("unknown batch")

// errBusy: the L1 read budget of the batch methods is spent.
var errBusy = errors.New("too many batch status requests: retry in a moment")

// Batch method budget: each answer costs up to six L1 reads, so answers are
// cached for batchInfoTTL and at most batchL1Rate are computed per second
// (burst batchL1Burst) whatever the number of clients: the node must not
// turn its RPC into an amplifier against its L1 endpoint.
const (
	batchInfoTTL   = 2 * time.Second
	batchL1Rate    = 20
	batchL1Burst   = 40
	batchCacheSize = 1024
)

// batchView answers BatchBackend for the training-wheels sequencer from L1.
type batchView struct {
	l1      L1
	reader  *contracts.BatchInbox
	anchor  *contracts.AnchorStateRegistry // nil: finality unknown
	factory *contracts.DisputeGameFactory  // nil: disputes unknown
	blocks  *blockStore
	lim     *rate.Limiter
	abi     abi.ABI // BatchInbox's, to decode postBatch inputs

	mu    sync.Mutex
	chain *l2chain.Chain // the poster's last synced chain (immutable)
	cache map[uint64]cachedInfo
}

type cachedInfo struct {
	info *BatchInfo
	at   time.Time
}

func newBatchView(l1 L1, r Rollup, blocks *blockStore) *batchView {
	v := &batchView{
		l1: l1, reader: contracts.NewBatchInbox(r.BatchInbox, l1, nil), blocks: blocks,
		lim: rate.NewLimiter(batchL1Rate, batchL1Burst), cache: make(map[uint64]cachedInfo),
		abi: bindings.NewBatchInbox().GetABI(),
	}
	v.reader.SetDeployBlock(r.DeployBlock)
	if r.AnchorStateRegistry != (common.Address{}) {
		v.anchor = contracts.NewAnchorStateRegistry(r.AnchorStateRegistry, l1, nil)
	}
	if r.DisputeGameFactory != (common.Address{}) {
		v.factory = contracts.NewDisputeGameFactory(r.DisputeGameFactory, l1, nil)
	}
	return v
}

// setChain records the poster's latest chain.
func (v *batchView) setChain(c *l2chain.Chain) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.chain = c
}

// posted returns batch n's BatchPosted event: from the last synced chain,
// or from L1 for a batch posted since.
func (v *batchView) posted(ctx context.Context, n uint64) (*contracts.PostedBatch, error) {
	v.mu.Lock()
	c := v.chain
	v.mu.Unlock()
	if c != nil && n <= c.Head() {
		b, err := c.Batch(n)
		if err != nil {
			return nil, err
		}
		return b.Posted, nil
	}
	latest, err := v.reader.LatestBatch(ctx)
	if err != nil {
		return nil, fmt.Errorf("read L1: %w", err)
	}
	if n > latest {
		return nil, fmt.Errorf("%w: %d (L1's latest is %d)", ErrUnknownBatch, n, latest)
	}
	pb, err := v.reader.PostedBatch(ctx, n)
	if err != nil {
		return nil, fmt.Errorf("read batch %d from L1: %w", n, err)
	}
	return pb, nil
}

func daModeName(mode uint8) string {
	switch mode {
	case contracts.DAModeCalldata:
		return "calldata"
	case contracts.DAModeCertificate:
		return "certificate"
	}
	return fmt.Sprintf("mode-%d", mode)
}

func (v *batchView) BatchInfo(ctx context.Context, n uint64) (*BatchInfo, error) {
	if n == 0 {
		return &BatchInfo{Number: 0, Status: BatchFinal}, nil
	}
	v.mu.Lock()
	if c, ok := v.cache[n]; ok && time.Since(c.at) < batchInfoTTL {
		v.mu.Unlock()
		return c.info, nil
	}
	v.mu.Unlock()
	if !v.lim.Allow() {
		return nil, errBusy
	}
	info, err := v.batchInfo(ctx, n)
	if err != nil {
		return nil, err
	}
	v.mu.Lock()
	if len(v.cache) >= batchCacheSize {
		clear(v.cache)
	}
	v.cache[n] = cachedInfo{info: info, at: time.Now()}
	v.mu.Unlock()
	return info, nil
}

func (v *batchView) batchInfo(ctx context.Context, n uint64) (*BatchInfo, error) {
	pb, err := v.posted(ctx, n)
	if err != nil {
		return nil, err
	}
	// One block per batch (training wheels): block n.
	info := &BatchInfo{
		Number: n, Status: BatchPosted, HeaderHash: pb.HeaderHash, StateRoot: pb.Header.StateRoot,
		FirstBlock: hexutil.Uint64(n), LastBlock: hexutil.Uint64(n), Forced: pb.Forced,
		DAMode: daModeName(pb.DAMode), L1Block: hexutil.Uint64(pb.Block), L1TxHash: pb.TxHash,
	}
	void, err := v.reader.IsVoid(ctx, n)
	if err != nil {
		return nil, fmt.Errorf("read L1: %w", err)
	}
	if void {
		info.Status = BatchVoid
		return info, nil
	}
	if v.factory != nil {
		// A sequencer claim (the header's root, opened against the
		// signers) or a prover claim on the same root.
		for _, sequencer := range []bool{true, false} {
			g, ok, err := v.factory.GameFor(ctx, sequencer, n, pb.Header.StateRoot)
			if err != nil {
				return nil, fmt.Errorf("read L1: %w", err)
			}
			if !ok {
				continue
			}
			st, err := g.Status(ctx)
			if err != nil {
				return nil, fmt.Errorf("read L1: %w", err)
			}
			info.Game, info.GameStatus = (*hexutil.Big)(g.ID()), st.String()
			if st != contracts.GameDefenderWins {
				info.Status = BatchDisputed
				return info, nil
			}
		}
	}
	if v.anchor != nil {
		a, err := v.anchor.Anchor(ctx)
		if err != nil {
			return nil, fmt.Errorf("read L1: %w", err)
		}
		if a.Batch >= n {
			// Final only if the anchored root is the one this node
			// replays: a wrong anchor (PROTOCOL.md §7.8.1) finalizes
			// nothing here.
			b, err := v.blocks.byNumber(a.Batch)
			if err != nil {
				return nil, err
			}
			if b != nil && b.Header.Root == a.Root {
				info.Status = BatchFinal
			}
		}
	}
	return info, nil
}

func (v *batchView) SignedBatchHeader(ctx context.Context, n uint64) (*SignedBatchHeader, error) {
	if n == 0 {
		return nil, fmt.Errorf("%w: batch 0 is the genesis, which has no header", ErrUnknownBatch)
	}
	if !v.lim.Allow() {
		return nil, errBusy
	}
	pb, err := v.posted(ctx, n)
	if err != nil {
		return nil, err
	}
	out := &SignedBatchHeader{
		Header: pb.Header, HeaderHash: pb.HeaderHash, Signatures: []hexutil.Bytes{},
		Signers: append([]common.Address{}, pb.Signers...), Forced: pb.Forced,
		DAMode: daModeName(pb.DAMode), L1Block: hexutil.Uint64(pb.Block), L1TxHash: pb.TxHash,
	}
	if pb.Forced {
		return out, nil // the escape hatch posts without signatures
	}
	reader, ok := v.l1.(ethereum.TransactionReader)
	if !ok {
		return nil, errors.New("the L1 client cannot read transactions")
	}
	tx, _, err := reader.TransactionByHash(ctx, pb.TxHash)
	if err != nil {
		return nil, fmt.Errorf("read the posting transaction %s: %w", pb.TxHash, err)
	}
	m := v.abi.Methods["postBatch"]
	input := tx.Data()
	if len(input) < 4 || string(input[:4]) != string(m.ID) {
		return nil, fmt.Errorf("batch %d was posted by a contract call (tx %s): its signatures are not in the transaction input", n, pb.TxHash)
	}
	args, err := m.Inputs.Unpack(input[4:])
	if err != nil {
		return nil, fmt.Errorf("decode the posting transaction %s: %w", pb.TxHash, err)
	}
	var in struct {
		H          bindings.BatchHeader
		Signatures [][]byte
		DaMode     uint8
		DaCert     []byte
		Data       []byte
	}
	if err := m.Inputs.Copy(&in, args); err != nil {
		return nil, fmt.Errorf("decode the posting transaction %s: %w", pb.TxHash, err)
	}
	if h := contracts.HeaderFromBinding(&in.H); h.Hash() != pb.HeaderHash {
		return nil, fmt.Errorf("the posting transaction %s holds another header", pb.TxHash)
	}
	for _, s := range in.Signatures {
		out.Signatures = append(out.Signatures, s)
	}
	return out, nil
}

// etherscaleAPI is the etherscale_ namespace.
type etherscaleAPI struct {
	eth     *ethAPI
	batches BatchBackend // nil: not served
}

// AccountProof is etherscale_getProof's answer: the account, and its proof
// against the block's state root in the shape the L1 verifier takes
// (replay.Proof; proofABI is abi.encode(SMTProof)).
type AccountProof struct {
	Address     common.Address `json:"address"`
	Key         common.Hash    `json:"key"`
	BlockNumber hexutil.Uint64 `json:"blockNumber"`
	BlockHash   common.Hash    `json:"blockHash"`
	StateRoot   common.Hash    `json:"stateRoot"`
	Exists      bool           `json:"exists"`
	Nonce       hexutil.Uint64 `json:"nonce"`
	Balance     *hexutil.Big   `json:"balance"`
	Proof       proofJSON      `json:"proof"`
	ProofABI    hexutil.Bytes  `json:"proofABI"`
}

type proofJSON struct {
	Depth    uint16        `json:"depth"`
	Bitmap   hexutil.Bytes `json:"bitmap"`
	Siblings []common.Hash `json:"siblings"`
	// Terminal: 0 empty, 1 the key's leaf, 2 another key's leaf.
	Terminal uint8          `json:"terminal"`
	OtherKey common.Hash    `json:"otherKey"`
	Nonce    hexutil.Uint64 `json:"nonce"`
	Balance  *hexutil.Big   `json:"balance"`
}

// GetProof is etherscale_getProof(address, block): the account's state
// proof at a block of the retention window (not pending: the pending state
// has no root anyone can check).
func (e *etherscaleAPI) GetProof(addr common.Address, bn rpc.BlockNumberOrHash) (*AccountProof, error) {
	if n, ok := bn.Number(); ok && n == rpc.PendingBlockNumber {
		return nil, &rpcError{codeInvalidParams, errors.New("the pending state has no state root: ask for a sealed block")}
	}
	b, err := e.eth.block(bn)
	if err != nil {
		return nil, err
	}
	if b == nil {
		return nil, &rpcError{codeInvalidParams, fmt.Errorf("%w: unknown block", ErrStateUnavailable)}
	}
	n := b.Header.Number.Uint64()
	p, err := e.eth.b.ProofAt(addr, n)
	if errors.Is(err, ErrStateUnavailable) {
		return nil, &rpcError{codeInvalidParams, err}
	}
	if err != nil {
		return nil, err
	}
	enc, err := replay.EncodeProofABI(p)
	if err != nil {
		return nil, err
	}
	acc := p.Account
	out := &AccountProof{
		Address: addr, Key: replay.AccountKey(addr), BlockNumber: hexutil.Uint64(n), BlockHash: b.Hash(), StateRoot: b.Header.Root,
		Proof: proofJSON{
			Depth: p.Depth, Bitmap: p.Bitmap[:], Siblings: append([]common.Hash{}, p.Siblings...), Terminal: uint8(p.Terminal),
			OtherKey: p.OtherKey, Nonce: hexutil.Uint64(acc.Nonce), Balance: (*hexutil.Big)(acc.Balance.ToBig()),
		},
		ProofABI: enc, Balance: (*hexutil.Big)(new(big.Int)),
	}
	if p.Exists() {
		out.Exists, out.Nonce, out.Balance = true, hexutil.Uint64(acc.Nonce), (*hexutil.Big)(acc.Balance.ToBig())
	}
	return out, nil
}

func (e *etherscaleAPI) batchBackend() (BatchBackend, error) {
	if e.batches == nil {
		return nil, errors.New("this node does not serve batch information")
	}
	return e.batches, nil
}

// GetBatch is etherscale_getBatch(number): the batch and its status.
func (e *etherscaleAPI) GetBatch(ctx context.Context, n hexutil.Uint64) (*BatchInfo, error) {
	bb, err := e.batchBackend()
	if err != nil {
		return nil, err
	}
	info, err := bb.BatchInfo(ctx, uint64(n))
	if errors.Is(err, ErrUnknownBatch) || errors.Is(err, l2chain.ErrUnknownBatch) {
		return nil, nil
	}
	return info, err
}

// GetBlockBatch is etherscale_getBlockBatch(block): the batch holding a
// block, and its status; null for an unknown block.
func (e *etherscaleAPI) GetBlockBatch(ctx context.Context, bn rpc.BlockNumberOrHash) (*BatchInfo, error) {
	bb, err := e.batchBackend()
	if err != nil {
		return nil, err
	}
	b, err := e.eth.block(bn)
	if err != nil || b == nil {
		return nil, err
	}
	info, err := bb.BatchInfo(ctx, b.Batch)
	if errors.Is(err, ErrUnknownBatch) {
		// Sealed, not on L1 yet (a node that seals blocks before
		// posting their batch).
		n := hexutil.Uint64(b.Header.Number.Uint64())
		return &BatchInfo{Number: b.Batch, Status: BatchPending, FirstBlock: n, LastBlock: n}, nil
	}
	return info, err
}

// GetSignedBatchHeader is etherscale_getSignedBatchHeader(number): the
// header and signatures as posted; null for an unknown batch.
func (e *etherscaleAPI) GetSignedBatchHeader(ctx context.Context, n hexutil.Uint64) (*SignedBatchHeader, error) {
	bb, err := e.batchBackend()
	if err != nil {
		return nil, err
	}
	h, err := bb.SignedBatchHeader(ctx, uint64(n))
	if errors.Is(err, ErrUnknownBatch) || errors.Is(err, l2chain.ErrUnknownBatch) {
		return nil, nil
	}
	return h, err
}
