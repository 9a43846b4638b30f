package replay

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

// BatchFault says why batch data does not match its header, with exactly the
// verdict of BatchInbox.proveMalformed (its BatchVoided.reason); BatchOK if
// the data matches and the batch cannot be voided as malformed.
type BatchFault uint8

// Batch faults, numbered as BatchInbox.VOID_* (PROTOCOL.md §4.7).
const (
	BatchOK           BatchFault = 0
	FaultMalformedRLP BatchFault = 1 // not the canonical encoding (§2.5.1)
	FaultTxCount      BatchFault = 2 // item count ≠ txCount (possibly found by stopping early)
	FaultTxRoot       BatchFault = 3 // txRoot of the items ≠ txRoot
	FaultDataLength   BatchFault = 4 // len(data) ≠ dataLength
)

func (f BatchFault) String() string {
	switch f {
	case BatchOK:
		return "ok"
	case FaultMalformedRLP:
		return "malformed RLP"
	case FaultTxCount:
		return "wrong tx count"
	case FaultTxRoot:
		return "wrong txRoot"
	case FaultDataLength:
		return "wrong data length"
	}
	return fmt.Sprintf("fault(%d)", uint8(f))
}

// InspectBatchData is the Go twin of the Solidity BatchData.inspect(data,
// limit) that proveMalformed runs with limit = the header's txCount. The walk
// stops at the (limit+1)-th item, so a proof costs what the header allows
// (txCount ≤ maxBatchTxs) however many items the data packs:
//   - ok = false: the list header, or one of the first limit+1 items, is not
//     canonical (count and root are zero);
//   - ok, count = limit+1, zero root: more than limit items; nothing after
//     item limit+1 is looked at (it may be malformed: the count is wrong
//     anyway);
//   - ok, count ≤ limit: the whole data is canonical, with count items and
//     txRoot root.
//
// Unlike DecodeBatchData it has no size or count cap of its own, because the
// contract has none (L1 calldata bounds the data long before 32 MiB).
func InspectBatchData(data []byte, limit uint64) (ok bool, count uint64, root common.Hash) {
	content, rest, err := rlp.SplitList(data)
	if err != nil || len(rest) != 0 {
		return false, 0, common.Hash{}
	}
	var txs [][]byte
	for len(content) > 0 {
		kind, item, next, err := rlp.Split(content)
		if err != nil || kind == rlp.List {
			return false, 0, common.Hash{}
		}
		txs = append(txs, item)
		content = next
		if uint64(len(txs)) > limit {
			return true, uint64(len(txs)), common.Hash{}
		}
	}
	return true, uint64(len(txs)), TxRoot(txs)
}

// CheckBatchData returns proveMalformed's verdict on data for a header with
// the given txCount, txRoot and dataLength (the first fault that applies, in
// the contract's order). The follower uses it so that it calls a batch
// malformed exactly when the contract would void it.
func CheckBatchData(data []byte, txCount uint32, txRoot common.Hash, dataLength uint32) BatchFault {
	ok, count, root := InspectBatchData(data, uint64(txCount))
	switch {
	case !ok:
		return FaultMalformedRLP
	case count != uint64(txCount):
		return FaultTxCount
	case root != txRoot:
		return FaultTxRoot
	case uint64(len(data)) != uint64(dataLength):
		return FaultDataLength
	}
	return BatchOK
}
