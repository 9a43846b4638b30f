package sequencerset

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/replay"
)

// An L2 block (PROTOCOL.md §5.7): the training-wheels sequencer seals one
// block per batch, so block n is in batch n and block 0 is the genesis. A
// block's hash is go-ethereum's types.Header hash of a London-shaped header
// (see blockHeader), so that go-ethereum clients recompute the same hash from
// the header they read.

// Block is an L2 block as stored and served by the JSON-RPC. A node other
// than the training-wheels sequencer (the CometBFT node) builds its blocks
// with the same header rules (PROTOCOL.md §5.7) and hands them to the RPC
// through Backend. Header is the full header the block hash is computed
// from; Txs, Senders and Status are parallel slices.
type Block struct {
	Header *types.Header
	// Batch is the batch holding the block; BatchHash its header hash and
	// Void its void flag when the block was derived, so a block whose batch
	// changed on L1 is derived again.
	Batch     uint64
	BatchHash common.Hash
	Void      bool
	// Txs are the block's transactions in order, Senders their senders and
	// Status their receipt status (1 applied, 0 a no-op).
	Txs     [][]byte
	Senders []common.Address
	Status  []uint64
}

// Hash is the block hash: keccak256 of the RLP header.
func (b *Block) Hash() common.Hash { return b.Header.Hash() }

// GasUsed returns the gas used by transaction i: TransferGas if it applied,
// 0 for a no-op (it changed nothing, fee included).
func (b *Block) GasUsed(i int) uint64 {
	if b.Status[i] == types.ReceiptStatusSuccessful {
		return replay.TransferGas
	}
	return 0
}

// Transactions decodes the block's transactions.
func (b *Block) Transactions() (types.Transactions, error) {
	out := make(types.Transactions, len(b.Txs))
	for i, raw := range b.Txs {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("block %d transaction %d: %w", b.Header.Number, i, err)
		}
		out[i] = tx
	}
	return out, nil
}

// receipts returns the consensus receipts of the block's transactions.
func (b *Block) receipts(txs types.Transactions) types.Receipts {
	out := make(types.Receipts, len(txs))
	var cum uint64
	// Once, not per receipt: a header hash is an RLP encoding and a keccak.
	hash := b.Hash()
	for i, tx := range txs {
		cum += b.GasUsed(i)
		out[i] = &types.Receipt{
			Type: tx.Type(), Status: b.Status[i], CumulativeGasUsed: cum, GasUsed: b.GasUsed(i),
			Logs: []*types.Log{}, TxHash: tx.Hash(),
			BlockHash: hash, BlockNumber: new(big.Int).Set(b.Header.Number), TransactionIndex: uint(i),
			EffectiveGasPrice: effectiveGasPrice(tx, b.Header.BaseFee),
		}
	}
	return out
}

// effectiveGasPrice is min(maxFeePerGas, baseFee + maxPriorityFeePerGas);
// for a legacy transaction both are its gas price, so this is the gas price.
func effectiveGasPrice(tx *types.Transaction, baseFee *big.Int) *big.Int {
	p := new(big.Int).Add(baseFee, tx.GasTipCap())
	if p.Cmp(tx.GasFeeCap()) > 0 {
		p.Set(tx.GasFeeCap())
	}
	return p
}

// blockHeader builds the header of block number on parent (PROTOCOL.md
// §2.9). Fields with no L2 meaning take the values go-ethereum uses for a
// post-merge block without uncles, logs or withdrawals.
func blockHeader(parent common.Hash, number, timestamp uint64, stateRoot common.Hash, gasLimit, gasUsed uint64, baseFee *big.Int, txs types.Transactions, receipts types.Receipts) *types.Header {
	hasher := trie.NewStackTrie(nil)
	return &types.Header{
		ParentHash:  parent,
		UncleHash:   types.EmptyUncleHash,
		Coinbase:    common.Address{}, // fees are burned, not paid to a coinbase
		Root:        stateRoot,
		TxHash:      types.DeriveSha(txs, hasher),
		ReceiptHash: types.DeriveSha(receipts, trie.NewStackTrie(nil)),
		Bloom:       types.Bloom{},
		Difficulty:  new(big.Int),
		Number:      new(big.Int).SetUint64(number),
		GasLimit:    gasLimit,
		GasUsed:     gasUsed,
		Time:        timestamp,
		Extra:       []byte{},
		BaseFee:     new(big.Int).Set(baseFee),
	}
}

// sealBlock completes b (Batch, BatchHash, Void, Txs, Senders, Status set)
// with its header.
func sealBlock(b *Block, parent common.Hash, timestamp uint64, stateRoot common.Hash, gasLimit uint64, baseFee *big.Int) error {
	txs, err := b.Transactions()
	if err != nil {
		return err
	}
	// The receipts' block fields are not part of the receipts root.
	b.Header = &types.Header{Number: new(big.Int).SetUint64(b.Batch), BaseFee: baseFee}
	rs := b.receipts(txs)
	var used uint64
	for i := range txs {
		used += b.GasUsed(i)
	}
	b.Header = blockHeader(parent, b.Batch, timestamp, stateRoot, gasLimit, used, baseFee, txs, rs)
	return nil
}

// batchBlock derives the block of one batch from its replay: its
// transactions are the batch's transaction steps in step order (forced
// inbox transactions first, then the sequenced ones) that decode as L2
// transactions; a step that does not (only in a batch the sequencer did not
// build) is a no-op with no sender and is left out. Deposits are not
// transactions: they show in the state root only.
func batchBlock(rules *replay.Rules, pb *contracts.PostedBatch, in *replay.Batch, res *replay.BatchResult, parent common.Hash, stateRoot common.Hash, gasLimit uint64) (*Block, error) {
	b := &Block{Batch: pb.Header.Number, BatchHash: pb.HeaderHash, Void: in.Void}
	add := func(step int, raw []byte) {
		tx, err := replay.DecodeTx(rules, raw)
		if err != nil {
			return
		}
		status := uint64(types.ReceiptStatusSuccessful)
		if res.Steps[step].Result != nil {
			status = types.ReceiptStatusFailed
		}
		b.Txs = append(b.Txs, raw)
		b.Senders = append(b.Senders, tx.From)
		b.Status = append(b.Status, status)
	}
	for i, e := range in.Entries {
		if e.Kind == replay.EntryForcedTx {
			add(i, e.RawTx)
		}
	}
	for i, raw := range in.Txs {
		add(len(in.Entries)+i, raw)
	}
	if err := sealBlock(b, parent, pb.Header.L2Timestamp, stateRoot, gasLimit, rules.BaseFee.ToBig()); err != nil {
		return nil, err
	}
	return b, nil
}

// genesisBlock is block 0: the genesis state, no transactions, timestamp 0.
func genesisBlock(root common.Hash, gasLimit uint64, baseFee *big.Int) *Block {
	b := &Block{}
	_ = sealBlock(b, common.Hash{}, 0, root, gasLimit, baseFee) // no transactions to decode
	return b
}

// txLocation is where a transaction is: block number and index.
type txLocation struct {
	Block uint64
	Index uint64
}

// blockStore holds the L2 blocks and a transaction index, in goleveldb when
// the sequencer has a StateDir (so receipts and lookups survive a restart),
// in memory otherwise. Keys: blockKeyPrefix ‖ "n" ‖ number, ‖ "h" ‖ hash,
// ‖ "t" ‖ tx hash, ‖ "head".
type blockStore struct {
	mu   sync.RWMutex
	db   *leveldb.DB // nil: mem
	mem  map[string][]byte
	head uint64
}

const blockKeyPrefix = "l2b/"

func newBlockStore(db *leveldb.DB) (*blockStore, error) {
	s := &blockStore{db: db, mem: make(map[string][]byte)}
	v, err := s.get(headKey())
	if err != nil {
		return nil, err
	}
	if len(v) == 8 {
		s.head = binary.BigEndian.Uint64(v)
	}
	return s, nil
}

func headKey() []byte { return []byte(blockKeyPrefix + "head") }

func numberKey(n uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte(blockKeyPrefix+"n"), n)
}

func hashKey(h common.Hash) []byte { return append([]byte(blockKeyPrefix+"h"), h[:]...) }

func txKey(h common.Hash) []byte { return append([]byte(blockKeyPrefix+"t"), h[:]...) }

// get returns nil, nil for a missing key.
func (s *blockStore) get(k []byte) ([]byte, error) {
	if s.db == nil {
		return s.mem[string(k)], nil
	}
	v, err := s.db.Get(k, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("block store: %w", err)
	}
	return v, nil
}

// putBlocks stores blocks (consecutive, the first extending the stored
// chain up to its number - 1) and makes the last one the head. Blocks above
// the old head that are replaced keep stale index entries; lookups check
// them against the block they name.
func (s *blockStore) putBlocks(blocks []*Block) error {
	if len(blocks) == 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	kvs := make(map[string][]byte)
	for _, b := range blocks {
		enc, err := rlp.EncodeToBytes(b)
		if err != nil {
			return fmt.Errorf("encode block %d: %w", b.Header.Number, err)
		}
		n := b.Header.Number.Uint64()
		kvs[string(numberKey(n))] = enc
		kvs[string(hashKey(b.Hash()))] = binary.BigEndian.AppendUint64(nil, n)
		// A transaction's hash is the keccak of its binary encoding, which
		// is what Txs holds (SealBlock decoded each already).
		for i, raw := range b.Txs {
			loc, _ := rlp.EncodeToBytes(&txLocation{Block: n, Index: uint64(i)})
			kvs[string(txKey(crypto.Keccak256Hash(raw)))] = loc
		}
	}
	head := blocks[len(blocks)-1].Header.Number.Uint64()
	kvs[string(headKey())] = binary.BigEndian.AppendUint64(nil, head)
	if s.db == nil {
		for k, v := range kvs {
			s.mem[k] = v
		}
	} else {
		batch := new(leveldb.Batch)
		for k, v := range kvs {
			batch.Put([]byte(k), v)
		}
		if err := s.db.Write(batch, nil); err != nil {
			return fmt.Errorf("block store: %w", err)
		}
	}
	s.head = head
	return nil
}

// headNumber returns the number of the latest block.
func (s *blockStore) headNumber() uint64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.head
}

// byNumber returns block n, nil if there is none (yet).
func (s *blockStore) byNumber(n uint64) (*Block, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if n > s.head {
		return nil, nil
	}
	return s.load(n)
}

// load reads block n; the caller holds mu.
func (s *blockStore) load(n uint64) (*Block, error) {
	v, err := s.get(numberKey(n))
	if err != nil || v == nil {
		return nil, err
	}
	b := new(Block)
	if err := rlp.DecodeBytes(v, b); err != nil {
		return nil, fmt.Errorf("decode stored block %d: %w", n, err)
	}
	return b, nil
}

// byHash returns the block with hash h, nil if unknown.
func (s *blockStore) byHash(h common.Hash) (*Block, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, err := s.get(hashKey(h))
	if err != nil || len(v) != 8 {
		return nil, err
	}
	n := binary.BigEndian.Uint64(v)
	if n > s.head {
		return nil, nil
	}
	b, err := s.load(n)
	if err != nil || b == nil || b.Hash() != h {
		return nil, err // replaced by another block at n
	}
	return b, nil
}

// tx returns the block holding transaction h and its index, nil if none.
func (s *blockStore) tx(h common.Hash) (*Block, int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, err := s.get(txKey(h))
	if err != nil || v == nil {
		return nil, 0, err
	}
	var loc txLocation
	if err := rlp.DecodeBytes(v, &loc); err != nil {
		return nil, 0, fmt.Errorf("decode transaction location: %w", err)
	}
	if loc.Block > s.head {
		return nil, 0, nil
	}
	b, err := s.load(loc.Block)
	if err != nil || b == nil || loc.Index >= uint64(len(b.Txs)) {
		return nil, 0, err
	}
	// The entry may be stale (its block replaced): check it.
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(b.Txs[loc.Index]); err != nil || tx.Hash() != h {
		return nil, 0, nil
	}
	return b, int(loc.Index), nil
}

// sync makes the store hold one block per batch of chain: stored blocks
// whose batch still has the same header hash and void flag are kept, the
// rest (from the first that differs) derived again by replaying their
// batches from the chain's states.
func (s *blockStore) sync(ctx context.Context, chain *l2chain.Chain, gasLimit uint64) error {
	baseFee := chain.Rules.BaseFee.ToBig()
	s.mu.RLock()
	var parent *Block
	first := uint64(0)
	for n := uint64(0); n <= min(s.head, chain.Head()); n++ {
		b, err := s.load(n)
		if err != nil {
			s.mu.RUnlock()
			return err
		}
		if b == nil || !s.matches(chain, b, n) {
			break
		}
		parent, first = b, n+1
	}
	s.mu.RUnlock()
	var out []*Block
	if first == 0 {
		parent = genesisBlock(chain.GenesisRoot, gasLimit, baseFee)
		out = append(out, parent)
		first = 1
	}
	for n := first; n <= chain.Head(); n++ {
		cb, err := chain.Batch(n)
		if err != nil {
			return err
		}
		st, err := chain.State(n - 1)
		if err != nil {
			return err
		}
		in := &replay.Batch{Entries: cb.Input.Entries, Txs: cb.Input.Txs, Void: cb.Input.Void}
		res, err := replay.ReplayBatch(ctx, st, chain.Rules, in, replay.ReplayOptions{})
		if err != nil {
			return fmt.Errorf("replay batch %d for its block: %w", n, err)
		}
		b, err := batchBlock(chain.Rules, cb.Posted, in, res, parent.Hash(), cb.PostRoot, gasLimit)
		if err != nil {
			return err
		}
		out = append(out, b)
		parent = b
	}
	if len(out) == 0 && s.head > chain.Head() {
		// L1's chain is shorter than the stored one: only a head move.
		s.mu.Lock()
		s.head = chain.Head()
		s.mu.Unlock()
		return nil
	}
	return s.putBlocks(out)
}

// matches reports whether stored block b (number n) is still the block of
// batch n of chain.
func (s *blockStore) matches(chain *l2chain.Chain, b *Block, n uint64) bool {
	if n == 0 {
		return b.Header.Root == chain.GenesisRoot
	}
	cb, err := chain.Batch(n)
	return err == nil && cb.Posted.HeaderHash == b.BatchHash && cb.Input.Void == b.Void
}
