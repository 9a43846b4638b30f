package replay

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// Batch data limits. They bound what a decoder allocates; the rollup config may
// impose smaller ones (its max batch size).
const (
	// MaxBatchDataSize is the largest batch data accepted, in bytes.
	MaxBatchDataSize = 32 << 20
	// MaxBatchTxs is the largest transaction count (txCount is a uint32 in the
	// header; this is far below).
	MaxBatchTxs = 1 << 20
)

// EncodeBatchData returns the batch data for a list of raw transactions: the
// RLP list of the raw transactions as byte strings (legacy transactions too,
// unlike block bodies, which embed them as lists).
func EncodeBatchData(txs [][]byte) ([]byte, error) {
	if len(txs) > MaxBatchTxs {
		return nil, fmt.Errorf("%w: %d transactions, max %d", ErrBatchData, len(txs), MaxBatchTxs)
	}
	data, err := rlp.EncodeToBytes(txs)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBatchData, err)
	}
	if len(data) > MaxBatchDataSize {
		return nil, fmt.Errorf("%w: %d bytes, max %d", ErrBatchData, len(data), MaxBatchDataSize)
	}
	return data, nil
}

// DecodeBatchData splits batch data into raw transactions. It accepts only the
// canonical encoding EncodeBatchData produces: one RLP list, nothing after
// it, every item a byte string, all lengths minimal. The returned slices alias
// data.
func DecodeBatchData(data []byte) ([][]byte, error) {
	if len(data) > MaxBatchDataSize {
		return nil, fmt.Errorf("%w: %d bytes, max %d", ErrBatchData, len(data), MaxBatchDataSize)
	}
	content, rest, err := rlp.SplitList(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBatchData, err)
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrBatchData, len(rest))
	}
	n, err := rlp.CountValues(content)
	if err != nil {
		return nil, fmt.Errorf("%w: item %d: %v", ErrBatchData, n-1, err)
	}
	if n > MaxBatchTxs {
		return nil, fmt.Errorf("%w: %d transactions, max %d", ErrBatchData, n, MaxBatchTxs)
	}
	txs := make([][]byte, 0, n)
	for len(content) > 0 {
		kind, item, rest, err := rlp.Split(content)
		if err != nil {
			return nil, fmt.Errorf("%w: item %d: %v", ErrBatchData, len(txs), err)
		}
		if kind == rlp.List {
			return nil, fmt.Errorf("%w: item %d is a list, want a byte string", ErrBatchData, len(txs))
		}
		txs = append(txs, item)
		content = rest
	}
	return txs, nil
}

// BatchDataHash returns the header's dataHash: keccak256(data).
func BatchDataHash(data []byte) common.Hash { return crypto.Keccak256Hash(data) }
