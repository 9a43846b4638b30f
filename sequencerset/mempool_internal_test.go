package sequencerset

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/replay"
)

// TestBlockStoreSurvivesReopen: blocks, the transaction index and the
// head are in goleveldb, so receipts and lookups survive a restart; a
// block's hash is go-ethereum's header hash, and a stale index entry (its
// block replaced) answers nothing.
func TestBlockStoreSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	db, err := leveldb.OpenFile(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := newBlockStore(db)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	chainID := big.NewInt(901)
	to := common.HexToAddress("0xc0ffee")
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(3), Gas: 21000, To: &to, Value: big.NewInt(5),
	})
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := tx.MarshalBinary()
	baseFee := big.NewInt(2)
	g := genesisBlock(common.HexToHash("0x01"), 42000, baseFee)
	b1 := &Block{Batch: 1, Txs: [][]byte{raw}, Senders: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}, Status: []uint64{1}}
	if err := sealBlock(b1, g.Hash(), 77, common.HexToHash("0x02"), 42000, baseFee); err != nil {
		t.Fatal(err)
	}
	if err := s.putBlocks([]*Block{g, b1}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = leveldb.OpenFile(dir, nil); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if s, err = newBlockStore(db); err != nil {
		t.Fatal(err)
	}
	if s.headNumber() != 1 {
		t.Fatalf("head %d after reopen, want 1", s.headNumber())
	}
	got, i, err := s.tx(tx.Hash())
	if err != nil || got == nil || i != 0 || got.Hash() != b1.Hash() {
		t.Fatalf("tx lookup after reopen: %v, %d, %v", got, i, err)
	}
	txs, _ := got.Transactions()
	r := got.receipts(txs)[0]
	if r.GasUsed != 21000 || r.CumulativeGasUsed != 21000 || r.EffectiveGasPrice.Int64() != 3 || r.BlockHash != b1.Hash() {
		t.Fatalf("receipt %+v", r)
	}
	// The served hash is what go-ethereum computes from the served header.
	if b1.Hash() != types.NewBlockWithHeader(got.Header).Hash() || got.Header.ParentHash != g.Hash() || got.Header.GasUsed != 21000 {
		t.Fatalf("header %+v", got.Header)
	}
	if byHash, err := s.byHash(b1.Hash()); err != nil || byHash == nil {
		t.Fatalf("block by hash: %v", err)
	}
	// Block 1 replaced by an empty block: the old tx entry is stale.
	e1 := &Block{Batch: 1}
	if err := sealBlock(e1, g.Hash(), 78, common.HexToHash("0x03"), 42000, baseFee); err != nil {
		t.Fatal(err)
	}
	if err := s.putBlocks([]*Block{e1}); err != nil {
		t.Fatal(err)
	}
	if got, _, err := s.tx(tx.Hash()); err != nil || got != nil {
		t.Fatalf("stale tx entry answered %v, %v", got, err)
	}
	if old, err := s.byHash(b1.Hash()); err != nil || old != nil {
		t.Fatalf("replaced block answered by hash: %v, %v", old, err)
	}
}

// TestTakeFitsMaxBatchBytes: whatever the transaction sizes, the batch the
// builder takes encodes (replay.EncodeBatchData, the batch data posted or
// dispersed) to at most maxBytes, including the largest maxBatchBytes the
// config allows (one resolve transaction must carry it, PROTOCOL §6.8.7),
// and it stops only when the next transaction would not fit.
func TestTakeFitsMaxBatchBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 3))
	for _, maxBytes := range []uint64{120 * 1024, config.MaxBatchBytesBound} {
		for round := range 200 {
			m := &mempool{}
			for range 400 {
				// Sizes around the RLP header boundaries (56, 256, 65536)
				// and up to a transaction larger than 64 KiB.
				var n int
				switch rng.IntN(4) {
				case 0:
					n = 2 + rng.IntN(300)
				case 1:
					n = 65_000 + rng.IntN(1_000)
				case 2:
					n = 1 + rng.IntN(16*1024)
				default:
					n = 1 + rng.IntN(int(maxBytes)-16)
				}
				raw := make([]byte, n)
				raw[0] = 0x02 // a typed transaction never starts below 0x80 alone
				m.txs = append(m.txs, &pendingTx{raw: raw, size: uint64(n)})
			}
			got := m.take(1024, maxBytes)
			data, err := replay.EncodeBatchData(got)
			if err != nil {
				t.Fatal(err)
			}
			if uint64(len(data)) > maxBytes {
				t.Fatalf("max %d, round %d: %d transactions encode to %d bytes", maxBytes, round, len(got), len(data))
			}
			if len(got) < len(m.txs) {
				more, err := replay.EncodeBatchData(append(got, m.txs[len(got)].raw))
				if err != nil {
					t.Fatal(err)
				}
				// take's framing bound is at most 9 + 3 per item over the
				// exact encoding, so it never stops more than that early.
				if uint64(len(more)) <= maxBytes-uint64(9+3*(len(got)+1)) {
					t.Fatalf("max %d, round %d: stopped at %d transactions although the next fits (%d bytes)", maxBytes, round, len(got), len(more))
				}
			}
		}
	}
}

// BenchmarkReplaceFirst measures a replacement at the front of a mempool
// holding MaxReplaceRebuild transfers of one sender, the largest rebuild
// PROTOCOL.md §5.8 allows: every pending transaction is applied again. One
// more pending transaction and the replacement is refused.
func BenchmarkReplaceFirst(b *testing.B) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	g := &replay.Genesis{ChainID: 901, BaseFee: (*hexutil.Big)(big.NewInt(1)),
		Alloc: map[common.Address]replay.GenesisAccount{from: replay.NewGenesisBalance(new(big.Int).Lsh(big.NewInt(1), 100))}}
	st, err := replay.NewGenesisState(ctx, g, replay.NewMemoryStore())
	if err != nil {
		b.Fatal(err)
	}
	blocks, _ := newBlockStore(nil)
	m := newMempool(g.Rules(), 1<<20, 20_000, 0, st, blocks, 21000*1000, slog.New(slog.DiscardHandler))
	chainID := big.NewInt(901)
	to := common.HexToAddress("0xc0ffee")
	sign := func(nonce uint64, tip int64) []byte {
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(tip), GasFeeCap: big.NewInt(tip + 10), Gas: 21000, To: &to, Value: big.NewInt(1),
		})
		if err != nil {
			b.Fatal(err)
		}
		raw, _ := tx.MarshalBinary()
		return raw
	}
	for n := range uint64(MaxReplaceRebuild) {
		if _, err := m.add(ctx, sign(n, 1)); err != nil {
			b.Fatal(err)
		}
	}
	tip := int64(1)
	b.ResetTimer()
	for range b.N {
		if tip >= 1<<40 {
			b.Skip("tip too high")
		}
		tip = tip*2 + 1
		raw := sign(0, tip)
		m.known[m.txs[0].tx.Hash].replaced = 0 // measure the rebuild, not the limit
		if _, err := m.add(ctx, raw); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if _, err := m.add(ctx, sign(MaxReplaceRebuild, 1)); err != nil {
		b.Fatal(err)
	}
	if _, err := m.add(ctx, sign(0, tip*2+1)); !errors.Is(err, ErrReplaceLimit) {
		b.Fatalf("replacement with %d pending: %v", len(m.txs), err)
	}
}

// TestCensorFaultDropsOneSender: with Faults.Censor set, the censored
// sender's transaction is answered as accepted (its hash, no error) but
// never queued; another sender's is queued as usual.
func TestCensorFaultDropsOneSender(t *testing.T) {
	ctx := context.Background()
	censored, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	big100 := new(big.Int).Lsh(big.NewInt(1), 100)
	g := &replay.Genesis{ChainID: 901, BaseFee: (*hexutil.Big)(big.NewInt(1)), Alloc: map[common.Address]replay.GenesisAccount{
		crypto.PubkeyToAddress(censored.PublicKey): replay.NewGenesisBalance(big100),
		crypto.PubkeyToAddress(other.PublicKey):    replay.NewGenesisBalance(big100),
	}}
	st, err := replay.NewGenesisState(ctx, g, replay.NewMemoryStore())
	if err != nil {
		t.Fatal(err)
	}
	blocks, _ := newBlockStore(nil)
	m := newMempool(g.Rules(), 1<<20, 100, 0, st, blocks, 21000*1000, slog.New(slog.DiscardHandler))
	m.censor = crypto.PubkeyToAddress(censored.PublicKey)
	chainID := big.NewInt(901)
	to := common.HexToAddress("0xc0ffee")
	sign := func(key *ecdsa.PrivateKey) ([]byte, common.Hash) {
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
			ChainID: chainID, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(11), Gas: 21000, To: &to, Value: big.NewInt(1),
		})
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := tx.MarshalBinary()
		return raw, tx.Hash()
	}
	raw, hash := sign(censored)
	if h, err := m.add(ctx, raw); err != nil || h != hash {
		t.Fatalf("censored add: %s %v, want its hash and no error", h, err)
	}
	if m.count() != 0 || m.pendingTx(hash) != nil {
		t.Fatal("the censored transaction was queued")
	}
	raw, hash = sign(other)
	if _, err := m.add(ctx, raw); err != nil || m.count() != 1 || m.pendingTx(hash) == nil {
		t.Fatalf("another sender's transaction: %v, %d pending", err, m.count())
	}
}
