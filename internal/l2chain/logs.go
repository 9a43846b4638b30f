package l2chain

import (
	"context"
	"math/big"
)

// reorgMargin is how many blocks below the last scanned head every scan
// re-reads, so that events of a reorged tail are replaced. A deeper reorg
// shows up as an inconsistency with the contracts' storage, and Sync then
// rescans everything.
const reorgMargin = 64

// blockNumberer is the part of an ethclient the follower uses to bound its
// log scans; a backend without it is scanned in full each time.
type blockNumberer interface {
	BlockNumber(ctx context.Context) (uint64, error)
}

// LogCache holds the events of one kind read so far, so that a poller reads
// only the blocks since its previous scan (and a reorg margin below them)
// instead of everything since the deployment. It is not safe for concurrent
// use.
type LogCache[T any] struct {
	from    uint64 // the deployment block
	items   []T
	blockOf func(T) uint64
	next    uint64 // first block not yet scanned (0: nothing scanned)
}

// NewLogCache returns an empty cache of events from block from on (the
// deployment block); blockOf gives an event's block number.
func NewLogCache[T any](from uint64, blockOf func(T) uint64) *LogCache[T] {
	return &LogCache[T]{from: from, blockOf: blockOf}
}

// Update scans [start, head] with fetch, where start is the reorg margin
// below the previous head, drops the held events at or above start and
// returns all of them. head 0 means unknown: everything is scanned, up to
// the latest block.
func (c *LogCache[T]) Update(ctx context.Context, head uint64, fetch func(ctx context.Context, from uint64, to *big.Int) ([]T, error)) ([]T, error) {
	start := c.from
	if head != 0 && c.next > c.from+reorgMargin {
		start = c.next - reorgMargin
	}
	var to *big.Int
	if head != 0 {
		if head < start {
			// The node is behind our last scan (another node, a reorg to
			// a shorter chain): read what it has.
			start = max(c.from, head-min(head, reorgMargin))
		}
		to = new(big.Int).SetUint64(head)
	}
	fresh, err := fetch(ctx, start, to)
	if err != nil {
		return nil, err
	}
	kept := make([]T, 0, len(c.items)+len(fresh))
	for _, it := range c.items {
		if c.blockOf(it) < start {
			kept = append(kept, it)
		}
	}
	c.items = append(kept, fresh...)
	if head != 0 {
		c.next = head + 1
	} else {
		c.next = 0
	}
	return c.items, nil
}

// Reset forgets everything: the next Update scans from the deployment.
func (c *LogCache[T]) Reset() { c.items, c.next = nil, 0 }
