package sequencerset

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
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

// ethAPI is the eth_ namespace, served from a Backend (PROTOCOL.md §5.7).
type ethAPI struct {
	b       Backend
	filters *filterTable
}

// ChainId is eth_chainId: the L2 chain id.
func (a *ethAPI) ChainId() hexutil.Uint64 { return hexutil.Uint64(a.b.ChainID()) }

// BlockNumber is eth_blockNumber: the latest block.
func (a *ethAPI) BlockNumber() hexutil.Uint64 { return hexutil.Uint64(a.b.HeadNumber()) }

// stateRef is the state a block parameter names: the pending state, or the
// state after block number.
type stateRef struct {
	pending bool
	number  uint64
}

// stateAt maps a block parameter (nil: latest) to the state it names.
func (a *ethAPI) stateAt(b *rpc.BlockNumberOrHash) (stateRef, error) {
	if b == nil {
		return stateRef{number: a.b.HeadNumber()}, nil
	}
	if h, ok := b.Hash(); ok {
		blk, err := a.b.BlockByHash(h)
		if err != nil {
			return stateRef{}, err
		}
		if blk == nil {
			return stateRef{}, &rpcError{codeInvalidParams, fmt.Errorf("%w: unknown block %s", ErrStateUnavailable, h)}
		}
		return stateRef{number: blk.Header.Number.Uint64()}, nil
	}
	n, _ := b.Number()
	if n == rpc.PendingBlockNumber {
		return stateRef{pending: true}, nil
	}
	num, ok := a.blockNumber(n)
	if !ok {
		return stateRef{}, &rpcError{codeInvalidParams, fmt.Errorf("%w: block %d is past the head %d", ErrStateUnavailable, n, a.b.HeadNumber())}
	}
	return stateRef{number: num}, nil
}

// accountAt reads addr in the state ref names.
func (a *ethAPI) accountAt(addr common.Address, ref stateRef) (replay.Account, error) {
	if ref.pending {
		return a.b.PendingAccount(addr)
	}
	acc, err := a.b.AccountAt(addr, ref.number)
	if errors.Is(err, ErrStateUnavailable) {
		return replay.Account{}, &rpcError{codeInvalidParams, err}
	}
	return acc, err
}

// checkState refuses a block parameter naming a state the node does not
// serve, for the methods that read no account (the L2 has no code or
// storage) but must answer as the state methods do.
func (a *ethAPI) checkState(b *rpc.BlockNumberOrHash) error {
	_, err := a.account(common.Address{}, b)
	return err
}

func (a *ethAPI) account(addr common.Address, b *rpc.BlockNumberOrHash) (replay.Account, error) {
	ref, err := a.stateAt(b)
	if err != nil {
		return replay.Account{}, err
	}
	return a.accountAt(addr, ref)
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
	h, err := a.b.SendRawTransaction(ctx, raw)
	if err != nil {
		return common.Hash{}, &rpcError{codeTxRejected, err}
	}
	return h, nil
}

// GasPrice is eth_gasPrice: the L2 base fee, a chain constant, which is all
// a transfer needs to pay (tips are burned with the fee).
func (a *ethAPI) GasPrice() *hexutil.Big { return (*hexutil.Big)(a.b.BaseFee()) }

// MaxPriorityFeePerGas is eth_maxPriorityFeePerGas (ethclient's
// SuggestGasTipCap): zero, since ordering ignores tips.
func (a *ethAPI) MaxPriorityFeePerGas() *hexutil.Big { return (*hexutil.Big)(new(big.Int)) }

// blockNumber resolves a block tag or number to a block number; ok is
// false for a number past the head. The training-wheels sequencer does not
// track finality: pending, safe and finalized name the latest block, as
// they name the latest state in the state methods.
func (a *ethAPI) blockNumber(n rpc.BlockNumber) (uint64, bool) {
	head := a.b.HeadNumber()
	switch {
	case n == rpc.EarliestBlockNumber:
		return 0, true
	case n < 0:
		return head, true
	case uint64(n) > head:
		return 0, false
	}
	return uint64(n), true
}

// GetBlockByNumber is eth_getBlockByNumber: null for a block not (yet)
// sealed.
func (a *ethAPI) GetBlockByNumber(n rpc.BlockNumber, full bool) (map[string]any, error) {
	num, ok := a.blockNumber(n)
	if !ok {
		return nil, nil
	}
	b, err := a.b.BlockByNumber(num)
	if err != nil || b == nil {
		return nil, err
	}
	return marshalBlock(b, full)
}

// GetBlockByHash is eth_getBlockByHash: null for an unknown hash.
func (a *ethAPI) GetBlockByHash(h common.Hash, full bool) (map[string]any, error) {
	b, err := a.b.BlockByHash(h)
	if err != nil || b == nil {
		return nil, err
	}
	return marshalBlock(b, full)
}

// GetBlockTransactionCountByNumber is
// eth_getBlockTransactionCountByNumber: null for an unknown block.
func (a *ethAPI) GetBlockTransactionCountByNumber(n rpc.BlockNumber) (*hexutil.Uint, error) {
	num, ok := a.blockNumber(n)
	if !ok {
		return nil, nil
	}
	b, err := a.b.BlockByNumber(num)
	if err != nil || b == nil {
		return nil, err
	}
	c := hexutil.Uint(len(b.Txs))
	return &c, nil
}

// GetBlockTransactionCountByHash is eth_getBlockTransactionCountByHash.
func (a *ethAPI) GetBlockTransactionCountByHash(h common.Hash) (*hexutil.Uint, error) {
	b, err := a.b.BlockByHash(h)
	if err != nil || b == nil {
		return nil, err
	}
	c := hexutil.Uint(len(b.Txs))
	return &c, nil
}

// GetTransactionByHash is eth_getTransactionByHash: a transaction in a
// block, or a pending one (block fields null); null if unknown.
func (a *ethAPI) GetTransactionByHash(h common.Hash) (map[string]any, error) {
	b, i, err := a.b.TxByHash(h)
	if err != nil {
		return nil, err
	}
	if b != nil {
		txs, err := b.Transactions()
		if err != nil {
			return nil, err
		}
		return marshalTx(txs[i], b.Senders[i], b, i)
	}
	tx, from, err := a.b.PendingTx(h)
	if err != nil || tx == nil {
		return nil, err
	}
	return marshalTx(tx, from, nil, 0)
}

// GetRawTransactionByHash is eth_getRawTransactionByHash.
func (a *ethAPI) GetRawTransactionByHash(h common.Hash) (hexutil.Bytes, error) {
	b, i, err := a.b.TxByHash(h)
	if err != nil {
		return nil, err
	}
	if b != nil {
		return b.Txs[i], nil
	}
	tx, _, err := a.b.PendingTx(h)
	if err != nil || tx == nil {
		return nil, err
	}
	return tx.MarshalBinary()
}

// GetTransactionReceipt is eth_getTransactionReceipt: null until the
// transaction's block is sealed (its batch posted); status 0 if the batch
// replay made it a no-op.
func (a *ethAPI) GetTransactionReceipt(h common.Hash) (map[string]any, error) {
	b, i, err := a.b.TxByHash(h)
	if err != nil || b == nil {
		return nil, err
	}
	return marshalReceipt(b, i)
}

// marshalReceipt is the execution-apis receipt of transaction i of b.
func marshalReceipt(b *Block, i int) (map[string]any, error) {
	// Only transaction i is decoded: a receipt request must not cost a
	// whole block's decoding.
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(b.Txs[i]); err != nil {
		return nil, fmt.Errorf("block %d transaction %d: %w", b.Header.Number, i, err)
	}
	var cum uint64
	for j := 0; j <= i; j++ {
		cum += b.GasUsed(j)
	}
	return map[string]any{
		"transactionHash":   tx.Hash(),
		"transactionIndex":  hexutil.Uint64(i),
		"blockHash":         b.Hash(),
		"blockNumber":       (*hexutil.Big)(b.Header.Number),
		"from":              b.Senders[i],
		"to":                tx.To(),
		"cumulativeGasUsed": hexutil.Uint64(cum),
		"gasUsed":           hexutil.Uint64(b.GasUsed(i)),
		"effectiveGasPrice": (*hexutil.Big)(effectiveGasPrice(tx, b.Header.BaseFee)),
		"contractAddress":   nil,
		"logs":              []*types.Log{},
		"logsBloom":         types.Bloom{},
		"type":              hexutil.Uint64(tx.Type()),
		"status":            hexutil.Uint64(b.Status[i]),
	}, nil
}

// GetBlockReceipts is eth_getBlockReceipts: the receipts of a block, null
// for an unknown one.
func (a *ethAPI) GetBlockReceipts(bn rpc.BlockNumberOrHash) ([]map[string]any, error) {
	b, err := a.block(bn)
	if err != nil || b == nil {
		return nil, err
	}
	out := make([]map[string]any, len(b.Txs))
	for i := range b.Txs {
		if out[i], err = marshalReceipt(b, i); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// block resolves a block number, tag or hash; nil if unknown.
func (a *ethAPI) block(bn rpc.BlockNumberOrHash) (*Block, error) {
	if h, ok := bn.Hash(); ok {
		return a.b.BlockByHash(h)
	}
	n, _ := bn.Number()
	num, ok := a.blockNumber(n)
	if !ok {
		return nil, nil
	}
	return a.b.BlockByNumber(num)
}

// GetTransactionByBlockNumberAndIndex is
// eth_getTransactionByBlockNumberAndIndex: null if there is no such
// transaction.
func (a *ethAPI) GetTransactionByBlockNumberAndIndex(n rpc.BlockNumber, index hexutil.Uint) (map[string]any, error) {
	return a.txByIndex(rpc.BlockNumberOrHashWithNumber(n), index)
}

// GetTransactionByBlockHashAndIndex is eth_getTransactionByBlockHashAndIndex.
func (a *ethAPI) GetTransactionByBlockHashAndIndex(h common.Hash, index hexutil.Uint) (map[string]any, error) {
	return a.txByIndex(rpc.BlockNumberOrHashWithHash(h, false), index)
}

func (a *ethAPI) txByIndex(bn rpc.BlockNumberOrHash, index hexutil.Uint) (map[string]any, error) {
	b, err := a.block(bn)
	if err != nil || b == nil || uint64(index) >= uint64(len(b.Txs)) {
		return nil, err
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(b.Txs[index]); err != nil {
		return nil, err
	}
	return marshalTx(tx, b.Senders[index], b, int(index))
}

// filterCriteria is the filter object of eth_getLogs and eth_newFilter.
// Addresses and topics are parsed loosely and ignored: there are no logs
// to match.
type filterCriteria struct {
	FromBlock *rpc.BlockNumber `json:"fromBlock"`
	ToBlock   *rpc.BlockNumber `json:"toBlock"`
	BlockHash *common.Hash     `json:"blockHash"`
	Address   any              `json:"address"`
	Topics    []any            `json:"topics"`
}

// check applies go-ethereum's rules to a filter, with its error codes
// (-32602, as the execution-apis fixtures have them): a block hash or a
// range, not both; a range in order and not past the head; a known hash.
func (a *ethAPI) checkFilter(c *filterCriteria) error {
	if c.BlockHash != nil {
		if c.FromBlock != nil || c.ToBlock != nil {
			return &rpcError{codeInvalidParams, errors.New("cannot specify both blockHash and fromBlock/toBlock, choose one or the other")}
		}
		b, err := a.b.BlockByHash(*c.BlockHash)
		if err != nil {
			return err
		}
		if b == nil {
			return &rpcError{codeTxRejected, fmt.Errorf("unknown block %s", *c.BlockHash)}
		}
		return nil
	}
	head := a.b.HeadNumber()
	resolve := func(n *rpc.BlockNumber) uint64 {
		switch {
		case n == nil || *n < 0 && *n != rpc.EarliestBlockNumber:
			return head
		case *n == rpc.EarliestBlockNumber:
			return 0
		}
		return uint64(*n)
	}
	from, to := resolve(c.FromBlock), resolve(c.ToBlock)
	switch {
	case from > to:
		return &rpcError{codeInvalidParams, errors.New("invalid block range params")}
	case to > head:
		return &rpcError{codeInvalidParams, fmt.Errorf("block range extends beyond current head block %d", head)}
	}
	return nil
}

// GetLogs is eth_getLogs: transfers emit no logs. The filter is checked
// as go-ethereum checks it and otherwise ignored.
func (a *ethAPI) GetLogs(c filterCriteria) ([]*types.Log, error) {
	if err := a.checkFilter(&c); err != nil {
		return nil, err
	}
	return []*types.Log{}, nil
}

// CreateAccessList is eth_createAccessList: a transfer touches no storage.
func (a *ethAPI) CreateAccessList(args callArgs, b *rpc.BlockNumberOrHash, _ *map[string]any) (map[string]any, error) {
	gas, err := a.EstimateGas(args, b, nil)
	if err != nil {
		return nil, err
	}
	return map[string]any{"accessList": types.AccessList{}, "gasUsed": gas}, nil
}

// marshalBlock is the execution-apis block object: the header fields, hash,
// size, uncles [] and the transactions (hashes, or objects if full).
func marshalBlock(b *Block, full bool) (map[string]any, error) {
	enc, err := json.Marshal(b.Header)
	if err != nil {
		return nil, err
	}
	var out map[string]any
	if err := json.Unmarshal(enc, &out); err != nil {
		return nil, err
	}
	txs, err := b.Transactions()
	if err != nil {
		return nil, err
	}
	blk := types.NewBlockWithHeader(b.Header).WithBody(types.Body{Transactions: txs})
	out["size"] = hexutil.Uint64(blk.Size())
	out["uncles"] = []common.Hash{}
	out["totalDifficulty"] = "0x0"
	list := make([]any, len(txs))
	for i, tx := range txs {
		if !full {
			list[i] = tx.Hash()
			continue
		}
		if list[i], err = marshalTx(tx, b.Senders[i], b, i); err != nil {
			return nil, err
		}
	}
	out["transactions"] = list
	return out, nil
}

// marshalTx is the execution-apis transaction object; b nil for a pending
// one (block fields null). gasPrice is the effective price once in a block,
// maxFeePerGas before (as go-ethereum reports it).
func marshalTx(tx *types.Transaction, from common.Address, b *Block, index int) (map[string]any, error) {
	enc, err := tx.MarshalJSON()
	if err != nil {
		return nil, err
	}
	var out map[string]any
	if err := json.Unmarshal(enc, &out); err != nil {
		return nil, err
	}
	out["from"] = from
	out["blockHash"], out["blockNumber"], out["transactionIndex"], out["blockTimestamp"] = nil, nil, nil, nil
	out["gasPrice"] = (*hexutil.Big)(tx.GasFeeCap())
	if b != nil {
		out["blockHash"] = b.Hash()
		out["blockNumber"] = (*hexutil.Big)(b.Header.Number)
		out["transactionIndex"] = hexutil.Uint64(index)
		out["blockTimestamp"] = hexutil.Uint64(b.Header.Time)
		out["gasPrice"] = (*hexutil.Big)(effectiveGasPrice(tx, b.Header.BaseFee))
	}
	return out, nil
}

// maxRewardPercentiles bounds eth_feeHistory's percentiles (go-ethereum's
// limit too); the block count is capped at 1024 blocks.
const maxRewardPercentiles = 100

// FeeHistory is eth_feeHistory: the base fee is a chain constant and tips
// buy nothing, so every reward percentile is 0.
func (a *ethAPI) FeeHistory(count hexutil.Uint64, newest rpc.BlockNumber, percentiles []float64) (map[string]any, error) {
	if count == 0 {
		return nil, &rpcError{codeInvalidParams, errors.New("block count must be positive")}
	}
	// The answer is count × percentiles values: both are bounded.
	if len(percentiles) > maxRewardPercentiles {
		return nil, &rpcError{codeInvalidParams, fmt.Errorf("%d reward percentiles, at most %d", len(percentiles), maxRewardPercentiles)}
	}
	for i, p := range percentiles {
		if p < 0 || p > 100 || (i > 0 && p < percentiles[i-1]) {
			return nil, &rpcError{codeInvalidParams, fmt.Errorf("reward percentile %v: want ascending values in [0, 100]", p)}
		}
	}
	last, ok := a.blockNumber(newest)
	if !ok {
		return nil, &rpcError{codeInvalidParams, fmt.Errorf("block %d is past the head %d", newest, a.b.HeadNumber())}
	}
	count = min(count, 1024, hexutil.Uint64(last+1))
	oldest := last + 1 - uint64(count)
	baseFee := (*hexutil.Big)(a.b.BaseFee())
	fees := make([]*hexutil.Big, 0, count+1)
	ratios := make([]float64, 0, count)
	var rewards [][]*hexutil.Big
	for n := oldest; n <= last; n++ {
		b, err := a.b.BlockByNumber(n)
		if err != nil {
			return nil, err
		}
		ratio := 0.0
		if b != nil && b.Header.GasLimit > 0 {
			ratio = float64(b.Header.GasUsed) / float64(b.Header.GasLimit)
		}
		fees, ratios = append(fees, baseFee), append(ratios, ratio)
		if len(percentiles) > 0 {
			r := make([]*hexutil.Big, len(percentiles))
			for i := range r {
				r[i] = (*hexutil.Big)(new(big.Int))
			}
			rewards = append(rewards, r)
		}
	}
	fees = append(fees, baseFee) // the next block's base fee
	out := map[string]any{"oldestBlock": hexutil.Uint64(oldest), "baseFeePerGas": fees, "gasUsedRatio": ratios}
	if len(percentiles) > 0 {
		out["reward"] = rewards
	}
	return out, nil
}

// Syncing is eth_syncing: false (the sequencer serves from its own head),
// except on a halted node (Backend.Halted), which answers a progress object
// that never completes and says why in "halted": wallets then show the node
// as not ready instead of sending transactions that cannot land.
func (a *ethAPI) Syncing() any {
	reason := a.b.Halted()
	if reason == nil {
		return false
	}
	head := hexutil.Uint64(a.b.HeadNumber())
	return map[string]any{
		"startingBlock": head, "currentBlock": head, "highestBlock": head + 1,
		"halted": reason.Error(),
	}
}

// Accounts is eth_accounts: the node holds no user keys.
func (a *ethAPI) Accounts() []common.Address { return []common.Address{} }

// GetCode is eth_getCode: the L2 has no contracts.
func (a *ethAPI) GetCode(_ common.Address, b *rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	if err := a.checkState(b); err != nil {
		return nil, err
	}
	return hexutil.Bytes{}, nil
}

// GetStorageAt is eth_getStorageAt: every slot is zero (no contracts).
// The key is 32-byte data, leading zeros allowed (not a quantity), checked
// as go-ethereum checks it.
func (a *ethAPI) GetStorageAt(_ common.Address, key string, b *rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	if err := checkStorageKey(key); err != nil {
		return nil, err
	}
	if err := a.checkState(b); err != nil {
		return nil, err
	}
	return make(hexutil.Bytes, 32), nil
}

// checkStorageKey accepts hex of at most 32 bytes, with or without 0x and
// of odd length (go-ethereum's decodeHash rules).
func checkStorageKey(key string) error {
	h := strings.TrimPrefix(strings.TrimPrefix(key, "0x"), "0X")
	if len(h) > 64 {
		return &rpcError{codeInvalidParams, fmt.Errorf("storage key too long (want at most 32 bytes): %q", key)}
	}
	if len(h)%2 == 1 {
		h = "0" + h
	}
	if _, err := hex.DecodeString(h); err != nil {
		return &rpcError{codeInvalidParams, fmt.Errorf("invalid hex in storage key: %q", key)}
	}
	return nil
}

// callArgs is the call object of eth_call and eth_estimateGas; fields the
// L2 has no use for are accepted and ignored.
type callArgs struct {
	From  *common.Address `json:"from"`
	To    *common.Address `json:"to"`
	Value *hexutil.Big    `json:"value"`
	Data  *hexutil.Bytes  `json:"data"`
	Input *hexutil.Bytes  `json:"input"`
}

func (c *callArgs) data() []byte {
	if c.Input != nil {
		return *c.Input
	}
	if c.Data != nil {
		return *c.Data
	}
	return nil
}

// errNoContracts answers calls that would need a contract.
var errNoContracts = errors.New("this L2 has no contracts: only plain transfers (no data) are supported")

// callError is a rejected call: code 3 with (empty) revert data, as the
// execution-apis specification has for a reverted call.
type callError struct{ err error }

func (e *callError) Error() string          { return e.err.Error() }
func (e *callError) ErrorCode() int         { return 3 }
func (e *callError) ErrorData() interface{} { return "0x" }

// Call is eth_call: a call without data returns nothing; one with data
// would need a contract.
func (a *ethAPI) Call(args callArgs, b *rpc.BlockNumberOrHash, _ *map[string]any) (hexutil.Bytes, error) {
	if err := a.checkState(b); err != nil {
		return nil, err
	}
	if len(args.data()) > 0 {
		return nil, &callError{errNoContracts}
	}
	return hexutil.Bytes{}, nil
}

// EstimateGas is eth_estimateGas: a transfer costs exactly TransferGas.
// Anything else (data, a contract creation, a value the sender cannot pay)
// is refused, as the mempool would refuse it.
func (a *ethAPI) EstimateGas(args callArgs, b *rpc.BlockNumberOrHash, _ *map[string]any) (hexutil.Uint64, error) {
	ref := stateRef{pending: true} // wallets estimate for their next transaction
	if b != nil {
		var err error
		if ref, err = a.stateAt(b); err != nil {
			return 0, err
		}
	}
	switch {
	case len(args.data()) > 0:
		return 0, &rpcError{codeTxRejected, errNoContracts}
	case args.To == nil:
		return 0, &rpcError{codeTxRejected, errors.New("contract creation is not supported: a transfer needs a to address")}
	}
	if args.From != nil && args.Value != nil {
		acc, err := a.accountAt(*args.From, ref)
		if err != nil {
			return 0, err
		}
		if acc.Balance.ToBig().Cmp(args.Value.ToInt()) < 0 {
			return 0, &rpcError{codeTxRejected, fmt.Errorf("%w: balance %s, value %s", ErrInsufficientFunds, acc.Balance.Dec(), args.Value.ToInt())}
		}
	}
	return hexutil.Uint64(replay.TransferGas), nil
}

// netAPI is the net_ namespace.
type netAPI struct{ chainID uint64 }

// Version is net_version: the chain id in decimal.
func (n *netAPI) Version() string { return strconv.FormatUint(n.chainID, 10) }

// Listening is net_listening.
func (n *netAPI) Listening() bool { return true }

// PeerCount is net_peerCount: the training-wheels sequencer has no peers.
func (n *netAPI) PeerCount() hexutil.Uint { return 0 }

// web3API is the web3_ namespace.
type web3API struct{}

// ClientVersion is web3_clientVersion.
func (web3API) ClientVersion() string { return clientVersion }

// Sha3 is web3_sha3: keccak256 of the input.
func (web3API) Sha3(in hexutil.Bytes) hexutil.Bytes { return crypto.Keccak256(in) }

// clientVersion names the software in web3_clientVersion.
const clientVersion = "etherscale-sequencer/v0"
