// Package ethbatch sends many eth_call requests as JSON-RPC batches: one
// HTTP round trip carries up to MaxBatch calls. The watcher reads every
// open game each pass; with L1 latency, one request per read made a pass
// over a few dozen games take a minute (issue 14 item 5).
package ethbatch

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// MaxBatch bounds the calls of one JSON-RPC batch. geth refuses batches of
// more than 1,000 items and answers of more than 25 MB by default, and
// providers often allow far less (100 is a common limit).
const MaxBatch = 100

// Caller sends a JSON-RPC batch. *rpc.Client implements it.
type Caller interface {
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

// CallArg is the JSON form of an eth_call message, as ethclient sends it.
func CallArg(msg ethereum.CallMsg) map[string]any {
	arg := map[string]any{"from": msg.From, "to": msg.To}
	if len(msg.Data) > 0 {
		arg["input"] = hexutil.Bytes(msg.Data)
	}
	if msg.Value != nil {
		arg["value"] = (*hexutil.Big)(msg.Value)
	}
	if msg.Gas != 0 {
		arg["gas"] = hexutil.Uint64(msg.Gas)
	}
	return arg
}

// BlockArg is the JSON form of a block number (nil: "latest").
func BlockArg(block *big.Int) string {
	if block == nil {
		return "latest"
	}
	return hexutil.EncodeBig(block)
}

// Call runs every message at block (nil: latest) in batches of MaxBatch.
// outs[i] and errs[i] are message i's answer: a per-call error (a revert,
// with its data) is an answer, not a failure of the batch. err is a
// transport failure of a whole batch; nothing is returned with it.
func Call(ctx context.Context, c Caller, msgs []ethereum.CallMsg, block *big.Int) (outs [][]byte, errs []error, err error) {
	outs, errs = make([][]byte, len(msgs)), make([]error, len(msgs))
	results := make([]hexutil.Bytes, len(msgs))
	blockArg := BlockArg(block)
	for from := 0; from < len(msgs); from += MaxBatch {
		to := min(len(msgs), from+MaxBatch)
		elems := make([]rpc.BatchElem, 0, to-from)
		for i := from; i < to; i++ {
			elems = append(elems, rpc.BatchElem{Method: "eth_call", Args: []any{CallArg(msgs[i]), blockArg}, Result: &results[i]})
		}
		if err := c.BatchCallContext(ctx, elems); err != nil {
			return nil, nil, fmt.Errorf("eth_call batch of %d: %w", len(elems), err)
		}
		for k, e := range elems {
			outs[from+k], errs[from+k] = results[from+k], e.Error
		}
	}
	return outs, errs, nil
}
