package sequencerset

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/replay"
)

// rpcError is a JSON-RPC error with a code: -32000 for rejected
// transactions (go-ethereum's convention), -32602 for bad parameters.
type rpcError struct {
	code int
	err  error
}

func (e *rpcError) Error() string  { return e.err.Error() }
func (e *rpcError) ErrorCode() int { return e.code }
func (e *rpcError) Unwrap() error  { return e.err }

const (
	codeTxRejected    = -32000
	codeInvalidParams = -32602
)

var errUnsupportedBlock = errors.New("only the latest and pending states are served")

// ethAPI is the eth_ namespace. "Blocks" are batches: the latest block is
// the latest batch this sequencer posted (or found on L1 at start), the
// pending block is that plus the mempool.
type ethAPI struct{ m *mempool }

// ChainId is eth_chainId: the L2 chain id.
func (a *ethAPI) ChainId() hexutil.Uint64 { return hexutil.Uint64(a.m.rules.ChainID) }

// BlockNumber is eth_blockNumber: the latest posted batch number.
func (a *ethAPI) BlockNumber() hexutil.Uint64 { return hexutil.Uint64(a.m.latestBatch()) }

// pendingState maps a block parameter to the pending (true) or latest
// (false) state. Older batch states are not kept by the sequencer; the
// watcher's replay serves history.
func (a *ethAPI) pendingState(b *rpc.BlockNumberOrHash) (bool, error) {
	if b == nil {
		return false, nil
	}
	if _, ok := b.Hash(); ok {
		return false, &rpcError{codeInvalidParams, fmt.Errorf("%w: block hashes are not supported", errUnsupportedBlock)}
	}
	n, _ := b.Number()
	switch n {
	case rpc.PendingBlockNumber:
		return true, nil
	case rpc.LatestBlockNumber, rpc.SafeBlockNumber, rpc.FinalizedBlockNumber:
		return false, nil
	}
	if n >= 0 && uint64(n) == a.m.latestBatch() {
		return false, nil
	}
	return false, &rpcError{codeInvalidParams, fmt.Errorf("%w: block %d", errUnsupportedBlock, n)}
}

func (a *ethAPI) account(addr common.Address, b *rpc.BlockNumberOrHash) (replay.Account, error) {
	pending, err := a.pendingState(b)
	if err != nil {
		return replay.Account{}, err
	}
	return a.m.account(addr, pending)
}

// GetBalance is eth_getBalance.
func (a *ethAPI) GetBalance(addr common.Address, b *rpc.BlockNumberOrHash) (*hexutil.Big, error) {
	acc, err := a.account(addr, b)
	if err != nil {
		return nil, err
	}
	return (*hexutil.Big)(acc.Balance.ToBig()), nil
}

// GetTransactionCount is eth_getTransactionCount; "pending" counts the
// mempool, which is what a wallet needs for its next nonce.
func (a *ethAPI) GetTransactionCount(addr common.Address, b *rpc.BlockNumberOrHash) (hexutil.Uint64, error) {
	acc, err := a.account(addr, b)
	if err != nil {
		return 0, err
	}
	return hexutil.Uint64(acc.Nonce), nil
}

// SendRawTransaction is eth_sendRawTransaction: the mempool rules, then the
// queue for the next batch.
func (a *ethAPI) SendRawTransaction(ctx context.Context, raw hexutil.Bytes) (common.Hash, error) {
	h, err := a.m.add(ctx, raw)
	if err != nil {
		return common.Hash{}, &rpcError{codeTxRejected, err}
	}
	return h, nil
}

// GetTransactionReceipt is eth_getTransactionReceipt: null until the
// transaction's batch is posted; status 0 if the batch replay made it a
// no-op. The result is an interface so that "not found" is a JSON null: a
// nil *types.Receipt would reach its value-receiver MarshalJSON and panic.
func (a *ethAPI) GetTransactionReceipt(h common.Hash) any {
	if r := a.m.receipt(h); r != nil {
		return r
	}
	return nil
}

// GasPrice is eth_gasPrice: the L2 base fee, a chain constant, which is all
// a transfer needs to pay (tips are burned with the fee).
func (a *ethAPI) GasPrice() *hexutil.Big { return (*hexutil.Big)(a.m.baseFee().ToBig()) }

// MaxPriorityFeePerGas is eth_maxPriorityFeePerGas (ethclient's
// SuggestGasTipCap): zero, since ordering ignores tips.
func (a *ethAPI) MaxPriorityFeePerGas() *hexutil.Big { return (*hexutil.Big)(new(big.Int)) }

// EstimateGas is eth_estimateGas: every valid L2 transaction is a transfer
// that costs exactly TransferGas. The call object is accepted and ignored.
func (a *ethAPI) EstimateGas(_ map[string]any, _ *rpc.BlockNumberOrHash) hexutil.Uint64 {
	return hexutil.Uint64(replay.TransferGas)
}
