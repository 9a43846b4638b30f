package l1multi

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/internal/ethbatch"
)

// Endpoint is one L1 provider.
type Endpoint struct {
	Name   string // for logs and Stats; never the full URL (it may hold a key)
	Client *ethclient.Client
}

// EndpointStats counts what one endpoint did wrong.
type EndpointStats struct {
	Name string
	// OmittedLogs: proved logs this endpoint left out of an eth_getLogs
	// answer.
	OmittedLogs uint64
	// BadLogs: logs this endpoint returned that did not prove (not in a
	// canonical block, or not in the block's receipts).
	BadLogs uint64
	// HeaderMismatches: headers by number whose hash differed from the
	// primary's.
	HeaderMismatches uint64
	// CallMismatches: sampled calls whose result differed from the
	// primary's at the same block.
	CallMismatches uint64
	// Lagging: head reads where it was more than MaxHeadLag behind.
	Lagging uint64
	// Errors: requests that failed in transport.
	Errors uint64
}

type endpoint struct {
	name                                                            string
	c                                                               *ethclient.Client
	omitted, badLogs, headerMismatch, callMismatch, lagging, errors atomic.Uint64
}

// Client is an L1 client over several endpoints; see the package doc for
// the rules. It is safe for concurrent use.
type Client struct {
	cfg     Config
	log     *slog.Logger
	eps     []*endpoint
	chainID *big.Int
	calls   atomic.Uint64
}

// Dial connects to every URL (the first is the primary) and checks that
// they serve one chain.
func Dial(ctx context.Context, urls []string, cfg Config) (*Client, error) {
	eps := make([]Endpoint, 0, len(urls))
	closeAll := func() {
		for _, e := range eps {
			e.Client.Close()
		}
	}
	for _, u := range urls {
		ec, err := ethclient.DialContext(ctx, u)
		if err != nil {
			closeAll()
			return nil, fmt.Errorf("l1multi: connect to %s: %w", Redact(u), err)
		}
		eps = append(eps, Endpoint{Name: Redact(u), Client: ec})
	}
	c, err := New(ctx, cfg, eps...)
	if err != nil {
		closeAll()
		return nil, err
	}
	return c, nil
}

// New builds a client over eps (the first is the primary) and checks that
// every endpoint that answers reports the same chain id. Close closes the
// endpoints' clients.
func New(ctx context.Context, cfg Config, eps ...Endpoint) (*Client, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if len(eps) == 0 {
		return nil, errors.New("l1multi: no endpoint")
	}
	c := &Client{cfg: cfg, log: cfg.Log}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	for _, e := range eps {
		c.eps = append(c.eps, &endpoint{name: e.Name, c: e.Client})
	}
	res := each(ctx, c, func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) { return ec.ChainID(ctx) })
	var firstErr error
	for i, r := range res {
		switch {
		case r.err != nil:
			c.failed(i, "eth_chainId", r.err)
			firstErr = firstOf(firstErr, r.err)
		case c.chainID == nil:
			c.chainID = r.v
		case c.chainID.Cmp(r.v) != 0:
			return nil, fmt.Errorf("l1multi: %s is chain %s, %s is chain %s", c.eps[0].name, c.chainID, c.eps[i].name, r.v)
		}
	}
	if c.chainID == nil {
		return nil, fmt.Errorf("l1multi: read chain id: %w", firstErr)
	}
	return c, nil
}

// Redact returns the scheme and host of an endpoint URL: its path and
// query often carry an API key.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "endpoint"
	}
	return u.Scheme + "://" + u.Host
}

// Close closes every endpoint's client.
func (c *Client) Close() {
	for _, e := range c.eps {
		e.c.Close()
	}
}

// Stats returns each endpoint's counters, the primary first.
func (c *Client) Stats() []EndpointStats {
	out := make([]EndpointStats, len(c.eps))
	for i, e := range c.eps {
		out[i] = EndpointStats{
			Name: e.name, OmittedLogs: e.omitted.Load(), BadLogs: e.badLogs.Load(),
			HeaderMismatches: e.headerMismatch.Load(), CallMismatches: e.callMismatch.Load(),
			Lagging: e.lagging.Load(), Errors: e.errors.Load(),
		}
	}
	return out
}

type result[T any] struct {
	v   T
	err error
}

// each runs f on every endpoint at once, each under the request timeout.
func each[T any](ctx context.Context, c *Client, f func(context.Context, *ethclient.Client) (T, error)) []result[T] {
	out := make([]result[T], len(c.eps))
	var wg sync.WaitGroup
	for i, e := range c.eps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
			defer cancel()
			v, err := f(cctx, e.c)
			out[i] = result[T]{v, err}
		}()
	}
	wg.Wait()
	return out
}

// failover asks the endpoints in order until one answers. A JSON-RPC
// error (a revert, "not found") is an answer: another endpoint would give
// the same one, and trying it would only hide the primary's.
func failover[T any](ctx context.Context, c *Client, what string, f func(context.Context, *ethclient.Client) (T, error)) (T, error) {
	var firstErr error
	for i, e := range c.eps {
		cctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
		v, err := f(cctx, e.c)
		cancel()
		if err == nil || !transient(err) {
			return v, err
		}
		c.failed(i, what, err)
		firstErr = firstOf(firstErr, err)
		if ctx.Err() != nil {
			break
		}
	}
	var zero T
	return zero, fmt.Errorf("l1multi: %s: no endpoint answered: %w", what, firstErr)
}

// codeLimitExceeded is the JSON-RPC code providers use for rate limits.
const codeLimitExceeded = -32005

// transient tells a failure to reach an endpoint (worth asking another)
// from the endpoint's answer.
func transient(err error) bool {
	if errors.Is(err, ethereum.NotFound) {
		return false
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		msg := strings.ToLower(rpcErr.Error())
		return rpcErr.ErrorCode() == codeLimitExceeded || strings.Contains(msg, "rate limit") || strings.Contains(msg, "too many requests")
	}
	return true
}

func (c *Client) failed(i int, what string, err error) {
	c.eps[i].errors.Add(1)
	c.log.Warn("L1 endpoint failed", "endpoint", c.eps[i].name, "call", what, "err", err)
}

func firstOf(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

// ChainID returns the chain id checked by New.
func (c *Client) ChainID(context.Context) (*big.Int, error) { return new(big.Int).Set(c.chainID), nil }

// head returns the lowest head among the endpoints that answer and are
// within MaxHeadLag of the primary (of the highest head when the primary
// does not answer).
func (c *Client) head(ctx context.Context) (uint64, error) {
	res := each(ctx, c, func(ctx context.Context, ec *ethclient.Client) (uint64, error) { return ec.BlockNumber(ctx) })
	var ref uint64
	var firstErr error
	answered := false
	for i, r := range res {
		if r.err != nil {
			c.failed(i, "eth_blockNumber", r.err)
			firstErr = firstOf(firstErr, r.err)
			continue
		}
		answered = true
		ref = max(ref, r.v)
	}
	if !answered {
		return 0, fmt.Errorf("l1multi: read head: %w", firstErr)
	}
	if res[0].err == nil {
		ref = res[0].v
	}
	low := ref
	for i, r := range res {
		if r.err != nil {
			continue
		}
		if r.v+c.cfg.MaxHeadLag < ref {
			c.eps[i].lagging.Add(1)
			c.log.Warn("L1 endpoint lags behind, ignored for the head", "endpoint", c.eps[i].name, "head", r.v, "reference", ref)
			continue
		}
		low = min(low, r.v)
	}
	return low, nil
}

// BlockNumber returns the head (see head).
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) { return c.head(ctx) }

// HeaderByNumber returns the primary's header at number, after comparing
// its hash with every other endpoint's; nil means the head. A negative
// number (a tag such as "finalized") is read from the primary alone.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	if number != nil && number.Sign() < 0 {
		return failover(ctx, c, "eth_getBlockByNumber", func(ctx context.Context, ec *ethclient.Client) (*types.Header, error) {
			return ec.HeaderByNumber(ctx, number)
		})
	}
	if number == nil {
		n, err := c.head(ctx)
		if err != nil {
			return nil, err
		}
		number = new(big.Int).SetUint64(n)
	}
	return c.headerAt(ctx, number)
}

func (c *Client) headerAt(ctx context.Context, number *big.Int) (*types.Header, error) {
	res := each(ctx, c, func(ctx context.Context, ec *ethclient.Client) (*types.Header, error) {
		return ec.HeaderByNumber(ctx, number)
	})
	var chosen *types.Header
	var firstErr error
	for i, r := range res {
		if r.err != nil {
			// Not found is a lagging endpoint, not a fault.
			if !errors.Is(r.err, ethereum.NotFound) {
				c.failed(i, "eth_getBlockByNumber", r.err)
			}
			firstErr = firstOf(firstErr, r.err)
			continue
		}
		if chosen == nil {
			chosen = r.v
		}
	}
	if chosen == nil {
		if errors.Is(res[0].err, ethereum.NotFound) {
			return nil, res[0].err
		}
		return nil, fmt.Errorf("l1multi: header %s: %w", number, firstErr)
	}
	for i, r := range res {
		if r.err == nil && r.v.Hash() != chosen.Hash() {
			c.eps[i].headerMismatch.Add(1)
			c.log.Warn("L1 endpoints disagree on a block (a reorg, or a lying endpoint); using the primary's", "number", number,
				"endpoint", c.eps[i].name, "hash", r.v.Hash(), "chosen", chosen.Hash())
		}
	}
	return chosen, nil
}

// BlockByNumber reads a block from the primary, failing over; nil means
// the head (see head).
func (c *Client) BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error) {
	if number == nil {
		n, err := c.head(ctx)
		if err != nil {
			return nil, err
		}
		number = new(big.Int).SetUint64(n)
	}
	return failover(ctx, c, "eth_getBlockByNumber", func(ctx context.Context, ec *ethclient.Client) (*types.Block, error) {
		return ec.BlockByNumber(ctx, number)
	})
}

// CallContract runs a call on the primary, failing over, and compares one
// call in CrossCheckEvery with another endpoint.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	out, err := failover(ctx, c, "eth_call", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.CallContract(ctx, msg, block)
	})
	if every := c.cfg.CrossCheckEvery; every > 0 && len(c.eps) > 1 {
		if k := c.calls.Add(1); k%every == 0 {
			c.crossCheck(ctx, msg, block, 1+int(k/every-1)%(len(c.eps)-1))
		}
	}
	return out, err
}

// BatchCallContract runs many calls as JSON-RPC batches on the primary,
// failing over as a whole on a transport error; a call the endpoint
// answered with a rate limit is asked again alone (CallContract, which
// fails over). The calls are sampled for cross-checking exactly as
// CallContract's: batching changes the number of requests, not the rule.
func (c *Client) BatchCallContract(ctx context.Context, msgs []ethereum.CallMsg, block *big.Int) ([][]byte, []error, error) {
	type answer struct {
		outs [][]byte
		errs []error
	}
	a, err := failover(ctx, c, "eth_call batch", func(ctx context.Context, ec *ethclient.Client) (answer, error) {
		outs, errs, err := ethbatch.Call(ctx, ec.Client(), msgs, block)
		return answer{outs, errs}, err
	})
	if err != nil {
		return nil, nil, err
	}
	for i, e := range a.errs {
		if e != nil && transient(e) {
			a.outs[i], a.errs[i] = c.CallContract(ctx, msgs[i], block)
			continue
		}
		if every := c.cfg.CrossCheckEvery; every > 0 && len(c.eps) > 1 {
			if k := c.calls.Add(1); k%every == 0 {
				c.crossCheck(ctx, msgs[i], block, 1+int(k/every-1)%(len(c.eps)-1))
			}
		}
	}
	return a.outs, a.errs, nil
}

// crossCheck repeats a call on the primary and on endpoint j at one block
// number (the head when block is nil: "latest" differs between endpoints)
// and logs and counts a difference. It never changes the caller's answer:
// the sample is a detector, and its failures are not the caller's.
func (c *Client) crossCheck(ctx context.Context, msg ethereum.CallMsg, block *big.Int, j int) {
	if block == nil || block.Sign() < 0 {
		n, err := c.head(ctx)
		if err != nil {
			return
		}
		block = new(big.Int).SetUint64(n)
	}
	call := func(e *endpoint) ([]byte, error) {
		cctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
		defer cancel()
		return e.c.CallContract(cctx, msg, block)
	}
	a, errA := call(c.eps[0])
	b, errB := call(c.eps[j])
	if (errA != nil && transient(errA)) || (errB != nil && transient(errB)) {
		return
	}
	same := (errA == nil) == (errB == nil) && bytes.Equal(a, b)
	if errA != nil && errB != nil {
		same = errA.Error() == errB.Error()
	}
	if !same {
		c.eps[j].callMismatch.Add(1)
		c.log.Warn("L1 endpoints disagree on a call; using the primary's", "endpoint", c.eps[j].name, "block", block,
			"to", msg.To, "primary", fmt.Sprintf("%x %v", a, errA), "other", fmt.Sprintf("%x %v", b, errB))
	}
}

// CodeAt reads code from the primary, failing over.
func (c *Client) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	return failover(ctx, c, "eth_getCode", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.CodeAt(ctx, account, block)
	})
}

// NonceAt reads a nonce from the primary, failing over.
func (c *Client) NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error) {
	return failover(ctx, c, "eth_getTransactionCount", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.NonceAt(ctx, account, block)
	})
}

// PendingNonceAt reads the pending nonce from the primary, failing over.
func (c *Client) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	return failover(ctx, c, "eth_getTransactionCount", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.PendingNonceAt(ctx, account)
	})
}

// BalanceAt reads a balance from the primary, failing over.
func (c *Client) BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error) {
	return failover(ctx, c, "eth_getBalance", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) {
		return ec.BalanceAt(ctx, account, block)
	})
}

// TransactionReceipt reads a receipt from the primary, failing over.
func (c *Client) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	return failover(ctx, c, "eth_getTransactionReceipt", func(ctx context.Context, ec *ethclient.Client) (*types.Receipt, error) {
		return ec.TransactionReceipt(ctx, hash)
	})
}

// EstimateGas asks the primary, failing over.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	return failover(ctx, c, "eth_estimateGas", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.EstimateGas(ctx, msg)
	})
}

// SuggestGasTipCap asks the primary, failing over.
func (c *Client) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return failover(ctx, c, "eth_maxPriorityFeePerGas", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) {
		return ec.SuggestGasTipCap(ctx)
	})
}

// SendTransaction sends tx through every endpoint: one that drops it
// cannot keep it off the chain. One acceptance is success; when none
// accepts, the primary's error is returned (the sender reads "already
// known", "nonce too low" in it).
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	res := each(ctx, c, func(ctx context.Context, ec *ethclient.Client) (struct{}, error) {
		return struct{}{}, ec.SendTransaction(ctx, tx)
	})
	for _, r := range res {
		if r.err == nil {
			return nil
		}
	}
	for i, r := range res {
		if transient(r.err) {
			c.failed(i, "eth_sendRawTransaction", r.err)
		}
	}
	return fmt.Errorf("l1multi: send %s: %w", tx.Hash(), res[0].err)
}

// SubscribeFilterLogs subscribes on the primary alone (HTTP endpoints
// cannot subscribe; the watcher polls FilterLogs).
func (c *Client) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return c.eps[0].c.SubscribeFilterLogs(ctx, q, ch)
}

// errWrongTx is an endpoint answering a transaction lookup with another
// transaction: a lie, so the next endpoint is asked.
var errWrongTx = errors.New("endpoint returned a transaction of another hash")

// TransactionByHash reads a transaction from the primary, failing over;
// an answer whose hash is not the one asked for counts as a failure (the
// batch data read from it is checked against the header anyway).
func (c *Client) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	type txp struct {
		tx      *types.Transaction
		pending bool
	}
	r, err := failover(ctx, c, "eth_getTransactionByHash", func(ctx context.Context, ec *ethclient.Client) (txp, error) {
		tx, pending, err := ec.TransactionByHash(ctx, hash)
		if err == nil && tx.Hash() != hash {
			return txp{}, fmt.Errorf("%w: %s for %s", errWrongTx, tx.Hash(), hash)
		}
		return txp{tx, pending}, err
	})
	return r.tx, r.pending, err
}

// SubscribeTransactionReceipts subscribes on the primary alone, like
// SubscribeFilterLogs; it completes ethereum.TransactionReader, which the
// contracts clients need for batch data.
func (c *Client) SubscribeTransactionReceipts(ctx context.Context, q *ethereum.TransactionReceiptsQuery, ch chan<- []*types.Receipt) (ethereum.Subscription, error) {
	return c.eps[0].c.SubscribeTransactionReceipts(ctx, q, ch)
}
