package sequencerset

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/replay"
)

// TestReceiptsBounded: the mempool keeps the last maxReceipts receipts, so
// a long-running sequencer's memory does not grow with every transaction.
func TestReceiptsBounded(t *testing.T) {
	m := &mempool{receipts: make(map[common.Hash]*types.Receipt)}
	hash := func(i int) common.Hash {
		var h common.Hash
		binary.BigEndian.PutUint64(h[:], uint64(i))
		return h
	}
	for i := range maxReceipts + 10 {
		m.keepReceipt(&types.Receipt{TxHash: hash(i)})
	}
	m.keepReceipt(&types.Receipt{TxHash: hash(maxReceipts + 9)}) // again: no second entry
	if len(m.receipts) != maxReceipts || len(m.receiptOrder) != maxReceipts {
		t.Fatalf("%d receipts, %d in order; want %d", len(m.receipts), len(m.receiptOrder), maxReceipts)
	}
	if m.receipt(hash(9)) != nil || m.receipt(hash(10)) == nil || m.receipt(hash(maxReceipts+9)) == nil {
		t.Fatal("not the newest receipts kept")
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
