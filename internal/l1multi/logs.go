package l1multi

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
)

type logKey struct {
	block common.Hash
	index uint
}

// variant is one content claimed for a log position, and who claimed it.
type variant struct {
	log      types.Log
	claimers []int
}

// FilterLogs asks every endpoint and returns the union of the logs that
// prove (see the package doc), in chain order. A query up to the head
// (ToBlock nil or a tag) is pinned to the lowest head first, so that every
// endpoint is asked about the same blocks.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.BlockHash == nil && (q.ToBlock == nil || q.ToBlock.Sign() < 0) {
		n, err := c.head(ctx)
		if err != nil {
			return nil, err
		}
		if q.FromBlock != nil && q.FromBlock.Sign() >= 0 && q.FromBlock.Uint64() > n {
			return nil, nil // nothing below the head yet
		}
		q.ToBlock = new(big.Int).SetUint64(n)
	}
	res := each(ctx, c, func(ctx context.Context, ec *ethclient.Client) ([]types.Log, error) { return ec.FilterLogs(ctx, q) })
	var answered []int
	var firstErr error
	for i, r := range res {
		if r.err != nil {
			c.failed(i, "eth_getLogs", r.err)
			firstErr = firstOf(firstErr, r.err)
			continue
		}
		answered = append(answered, i)
	}
	switch len(answered) {
	case 0:
		return nil, fmt.Errorf("l1multi: get logs: %w", firstErr)
	case 1:
		return res[answered[0]].v, nil
	}
	positions := make(map[logKey][]*variant)
	var order []logKey
	for _, i := range answered {
		for _, l := range res[i].v {
			k := logKey{l.BlockHash, l.Index}
			vs, seen := positions[k]
			if !seen {
				order = append(order, k)
			}
			found := false
			for _, v := range vs {
				if sameLog(&v.log, &l) {
					v.claimers = append(v.claimers, i)
					found = true
					break
				}
			}
			if !found {
				positions[k] = append(vs, &variant{log: l, claimers: []int{i}})
			}
		}
	}
	p := &prover{c: c, receipts: make(map[common.Hash][]*types.Receipt)}
	var out []types.Log
	for _, k := range order {
		vs := positions[k]
		if len(vs) == 1 && len(vs[0].claimers) == len(answered) {
			out = append(out, vs[0].log)
			continue
		}
		var kept *variant
		for _, v := range vs {
			ok, err := p.prove(ctx, &v.log)
			if err != nil {
				return nil, err
			}
			if ok && kept == nil {
				kept = v
				out = append(out, v.log)
				continue
			}
			for _, i := range v.claimers {
				c.eps[i].badLogs.Add(1)
				c.log.Warn("L1 endpoint returned a log that does not prove; dropped", "endpoint", c.eps[i].name,
					"block", v.log.BlockNumber, "index", v.log.Index, "address", v.log.Address)
			}
		}
		if kept == nil {
			continue
		}
		for _, i := range answered {
			if !slices.Contains(kept.claimers, i) {
				c.eps[i].omitted.Add(1)
				c.log.Warn("L1 endpoint omitted a log another returned", "endpoint", c.eps[i].name,
					"block", kept.log.BlockNumber, "index", kept.log.Index, "address", kept.log.Address, "tx", kept.log.TxHash)
			}
		}
	}
	slices.SortFunc(out, func(a, b types.Log) int {
		if a.BlockNumber != b.BlockNumber {
			return cmp.Compare(a.BlockNumber, b.BlockNumber)
		}
		return cmp.Compare(a.Index, b.Index)
	})
	return out, nil
}

func sameLog(a, b *types.Log) bool {
	return a.Address == b.Address && slices.Equal(a.Topics, b.Topics) && bytes.Equal(a.Data, b.Data) &&
		a.BlockNumber == b.BlockNumber && a.TxHash == b.TxHash && a.TxIndex == b.TxIndex && a.Removed == b.Removed
}

// prover checks disputed logs against the receipts of their block, which
// the primary's header commits to; receipts are fetched once per block.
type prover struct {
	c        *Client
	receipts map[common.Hash][]*types.Receipt // nil entry: block not canonical
}

// prove reports whether l is in a canonical block's receipts. It fails
// only when no endpoint served receipts that match the header: a transient
// failure, or every endpoint lying, and then the caller must not guess.
func (p *prover) prove(ctx context.Context, l *types.Log) (bool, error) {
	rs, seen := p.receipts[l.BlockHash]
	if !seen {
		var err error
		if rs, err = p.fetch(ctx, l.BlockHash, l.BlockNumber); err != nil {
			return false, err
		}
		p.receipts[l.BlockHash] = rs
	}
	for _, r := range rs {
		if r.TxHash != l.TxHash || r.TransactionIndex != l.TxIndex {
			continue
		}
		for _, rl := range r.Logs {
			if rl.Index == l.Index && rl.Address == l.Address && slices.Equal(rl.Topics, l.Topics) && bytes.Equal(rl.Data, l.Data) {
				return true, nil
			}
		}
	}
	return false, nil
}

// fetch returns the receipts of block hash at number, nil if the block is
// not canonical on the primary.
func (p *prover) fetch(ctx context.Context, hash common.Hash, number uint64) ([]*types.Receipt, error) {
	h, err := p.c.headerAt(ctx, new(big.Int).SetUint64(number))
	if errors.Is(err, ethereum.NotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("l1multi: prove log: %w", err)
	}
	if h.Hash() != hash {
		return nil, nil
	}
	var firstErr error
	for i, e := range p.c.eps {
		cctx, cancel := context.WithTimeout(ctx, p.c.cfg.Timeout)
		rs, err := e.c.BlockReceipts(cctx, rpc.BlockNumberOrHashWithHash(hash, false))
		cancel()
		if err != nil {
			p.c.failed(i, "eth_getBlockReceipts", err)
			firstErr = firstOf(firstErr, err)
			continue
		}
		if types.DeriveSha(types.Receipts(rs), trie.NewStackTrie(nil)) == h.ReceiptHash {
			return rs, nil
		}
		p.c.log.Warn("L1 endpoint served receipts that do not match the block's receipts root", "endpoint", e.name, "block", number)
	}
	if firstErr == nil {
		firstErr = errors.New("no endpoint served receipts matching the header")
	}
	return nil, fmt.Errorf("l1multi: receipts of block %d: %w", number, firstErr)
}
