package sequencerset

import (
	"encoding/binary"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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
