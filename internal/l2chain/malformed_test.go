package l2chain

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
)

// TestCheckBatchData: the first rule of BatchInbox._malformedReason that
// fails is the reason reported, in the contract's order (RLP, txCount,
// txRoot, dataLength); data matching its header passes.
func TestCheckBatchData(t *testing.T) {
	txs := [][]byte{{0x01, 0x02}, {0x03}}
	h, data, err := contracts.NewCalldataHeader(1, common.Hash{}, 0, 0, txs, common.Hash{1}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := CheckBatchData(h, data); err != nil || len(got) != 2 {
		t.Fatalf("well-formed: %d txs, %v", len(got), err)
	}
	for name, tc := range map[string]struct {
		edit func(h *contracts.BatchHeader, d []byte) []byte
		want contracts.VoidReason
	}{
		// Trailing byte: bad RLP, although txCount and length are off too.
		"trailing byte": {func(h *contracts.BatchHeader, d []byte) []byte { return append(d, 0) }, contracts.VoidMalformedRLP},
		"not a list":    {func(h *contracts.BatchHeader, d []byte) []byte { return []byte{0x80} }, contracts.VoidMalformedRLP},
		"count high": {func(h *contracts.BatchHeader, d []byte) []byte {
			h.TxCount++
			return d
		}, contracts.VoidTxCount},
		"count and root": {func(h *contracts.BatchHeader, d []byte) []byte {
			h.TxCount, h.TxRoot = 0, common.Hash{}
			return d
		}, contracts.VoidTxCount},
		"root": {func(h *contracts.BatchHeader, d []byte) []byte {
			h.TxRoot[0] ^= 1
			return d
		}, contracts.VoidTxRoot},
		"length": {func(h *contracts.BatchHeader, d []byte) []byte {
			h.DataLength++
			return d
		}, contracts.VoidDataLength},
	} {
		hh := *h
		d := tc.edit(&hh, append([]byte(nil), data...))
		_, err := CheckBatchData(&hh, d)
		var m *MalformedError
		if !errors.As(err, &m) || m.Reason != tc.want || !errors.Is(err, ErrMalformedBatch) || string(m.Data) != string(d) {
			t.Errorf("%s: %v, want %s", name, err, tc.want)
		}
	}
}
