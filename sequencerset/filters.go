package sequencerset

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/internal/httplimit"
)

// Filters and subscriptions (PROTOCOL.md §5.7). Filters live in memory,
// are dropped when not polled for FilterTimeout (go-ethereum's deadline)
// and are bounded in number, in total and per client address, so that
// installing filters cannot exhaust the node's memory. A poll returns at
// most MaxFilterChanges entries; the rest come with the next poll.
const (
	FilterTimeout       = 5 * time.Minute
	MaxFilters          = 4096
	MaxFiltersPerClient = 64
	MaxFilterChanges    = 1024
	// MaxSubscriptionsPerClient bounds a client address's live
	// eth_subscribe subscriptions: each is a goroutine and a block read
	// per new block.
	MaxSubscriptionsPerClient = 64
	maxHeadNotifications      = 1024
	// NewHeadsDelay is how long after a block is sealed its newHeads
	// notification goes out. ethers v6 answers a request repeated within
	// 250 ms from its cache: a block announced right after a wallet's
	// first receipt poll made tx.wait() ask again, get the cached null,
	// and wait for the next block, which on a quiet L2 (no empty blocks)
	// may never come (TestEthersV6WebSocket hung so).
	NewHeadsDelay = 300 * time.Millisecond
)

var errFilterNotFound = errors.New("filter not found")

type filterKind uint8

const (
	blockFilter filterKind = iota
	pendingTxFilter
	logFilter
)

type filter struct {
	kind   filterKind
	client string
	polled time.Time
	// cursor: the last block reported (block filter), the pending
	// transaction sequence number to report from (pending filter).
	cursor uint64
}

// filterTable holds the installed filters.
type filterTable struct {
	mu       sync.Mutex
	filters  map[rpc.ID]*filter
	byClient map[string]int
	subs     map[string]int // live subscriptions per client address
	now      func() time.Time
}

func newFilterTable() *filterTable {
	return &filterTable{filters: make(map[rpc.ID]*filter), byClient: make(map[string]int), subs: make(map[string]int), now: time.Now}
}

// subscribe counts a new subscription of the client; the returned func
// releases it.
func (t *filterTable) subscribe(ctx context.Context) (func(), error) {
	client := httplimit.ClientKey(rpc.PeerInfoFromContext(ctx).RemoteAddr)
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.subs[client] >= MaxSubscriptionsPerClient {
		return nil, &rpcError{codeTxRejected, fmt.Errorf("too many subscriptions from this address (%d): unsubscribe some", MaxSubscriptionsPerClient)}
	}
	t.subs[client]++
	return func() {
		t.mu.Lock()
		defer t.mu.Unlock()
		if t.subs[client]--; t.subs[client] <= 0 {
			delete(t.subs, client)
		}
	}, nil
}

// expire drops the filters not polled within FilterTimeout. Callers hold
// mu. It runs on every filter call instead of on a timer: no goroutine
// outlives the server, and n is bounded by MaxFilters.
func (t *filterTable) expire() {
	now := t.now()
	for id, f := range t.filters {
		if now.Sub(f.polled) > FilterTimeout {
			t.remove(id, f)
		}
	}
}

func (t *filterTable) remove(id rpc.ID, f *filter) {
	delete(t.filters, id)
	if t.byClient[f.client]--; t.byClient[f.client] <= 0 {
		delete(t.byClient, f.client)
	}
}

func (t *filterTable) install(ctx context.Context, f *filter) (rpc.ID, error) {
	f.client = httplimit.ClientKey(rpc.PeerInfoFromContext(ctx).RemoteAddr)
	t.mu.Lock()
	defer t.mu.Unlock()
	t.expire()
	switch {
	case len(t.filters) >= MaxFilters:
		return "", &rpcError{codeTxRejected, fmt.Errorf("too many filters installed (%d): uninstall some or let them expire", MaxFilters)}
	case t.byClient[f.client] >= MaxFiltersPerClient:
		return "", &rpcError{codeTxRejected, fmt.Errorf("too many filters from this address (%d): uninstall some or let them expire", MaxFiltersPerClient)}
	}
	f.polled = t.now()
	id := rpc.NewID()
	t.filters[id] = f
	t.byClient[f.client]++
	return id, nil
}

// poll runs fn on filter id (the table locked) and marks it polled.
func (t *filterTable) poll(id rpc.ID, fn func(*filter) error) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.expire()
	f, ok := t.filters[id]
	if !ok {
		return &rpcError{codeTxRejected, errFilterNotFound}
	}
	f.polled = t.now()
	return fn(f)
}

// NewBlockFilter is eth_newBlockFilter: GetFilterChanges then returns the
// hashes of the blocks sealed since the last poll.
func (a *ethAPI) NewBlockFilter(ctx context.Context) (rpc.ID, error) {
	return a.filters.install(ctx, &filter{kind: blockFilter, cursor: a.b.HeadNumber()})
}

// NewPendingTransactionFilter is eth_newPendingTransactionFilter: the
// hashes of the transactions accepted since the last poll.
func (a *ethAPI) NewPendingTransactionFilter(ctx context.Context, _ *bool) (rpc.ID, error) {
	_, next := a.b.PendingTxsSince(^uint64(0))
	return a.filters.install(ctx, &filter{kind: pendingTxFilter, cursor: next})
}

// NewFilter is eth_newFilter: transfers emit no logs, so a log filter
// never has changes. The criteria are parsed (malformed ones are -32602)
// and otherwise ignored (a range may end in the future here).
func (a *ethAPI) NewFilter(ctx context.Context, c filterCriteria) (rpc.ID, error) {
	if c.BlockHash != nil && (c.FromBlock != nil || c.ToBlock != nil) {
		return "", &rpcError{codeInvalidParams, errors.New("cannot specify both blockHash and fromBlock/toBlock, choose one or the other")}
	}
	return a.filters.install(ctx, &filter{kind: logFilter})
}

// GetFilterChanges is eth_getFilterChanges: block hashes, transaction
// hashes or logs ([]) since the last poll.
func (a *ethAPI) GetFilterChanges(id rpc.ID) (any, error) {
	var out any
	err := a.filters.poll(id, func(f *filter) error {
		switch f.kind {
		case blockFilter:
			hashes, last, err := a.blockHashesAfter(f.cursor)
			if err != nil {
				return err
			}
			f.cursor, out = last, hashes
		case pendingTxFilter:
			var hashes []common.Hash
			hashes, f.cursor = a.b.PendingTxsSince(f.cursor)
			if len(hashes) > MaxFilterChanges {
				// The rest on the next poll.
				f.cursor -= uint64(len(hashes) - MaxFilterChanges)
				hashes = hashes[:MaxFilterChanges]
			}
			if hashes == nil {
				hashes = []common.Hash{}
			}
			out = hashes
		default:
			out = []*types.Log{}
		}
		return nil
	})
	return out, err
}

// blockHashesAfter returns the hashes of the blocks after cursor up to the
// head (at most MaxFilterChanges) and the last one listed. After a
// reorganisation to a lower head, the new head is reported.
func (a *ethAPI) blockHashesAfter(cursor uint64) ([]common.Hash, uint64, error) {
	head := a.b.HeadNumber()
	from := cursor + 1
	if head < cursor {
		from = head
	}
	hashes := []common.Hash{}
	last := cursor
	for n := from; n <= head && len(hashes) < MaxFilterChanges; n++ {
		b, err := a.b.BlockByNumber(n)
		if err != nil {
			return nil, 0, err
		}
		if b == nil {
			break
		}
		hashes, last = append(hashes, b.Hash()), n
	}
	return hashes, last, nil
}

// GetFilterLogs is eth_getFilterLogs: a log filter's logs, always none.
func (a *ethAPI) GetFilterLogs(id rpc.ID) ([]*types.Log, error) {
	err := a.filters.poll(id, func(f *filter) error {
		if f.kind != logFilter {
			return &rpcError{codeInvalidParams, fmt.Errorf("filter %s is not a log filter", id)}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return []*types.Log{}, nil
}

// UninstallFilter is eth_uninstallFilter: false for an unknown filter.
func (a *ethAPI) UninstallFilter(id rpc.ID) bool {
	t := a.filters
	t.mu.Lock()
	defer t.mu.Unlock()
	f, ok := t.filters[id]
	if ok {
		t.remove(id, f)
	}
	return ok
}

// NewHeads is eth_subscribe("newHeads") (WebSocket only): the header of
// every block sealed from now on, in order; after a reorganisation to a
// lower head, the new head's header.
func (a *ethAPI) NewHeads(ctx context.Context) (*rpc.Subscription, error) {
	notifier, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return nil, rpc.ErrNotificationsUnsupported
	}
	release, err := a.filters.subscribe(ctx)
	if err != nil {
		return nil, err
	}
	sub := notifier.CreateSubscription()
	last := a.b.HeadNumber()
	go func() {
		defer release()
		for {
			// Take the channel before reading the head: a head that
			// moves after the read closes it.
			changed := a.b.HeadChanged()
			if head := a.b.HeadNumber(); head != last {
				select {
				case <-time.After(NewHeadsDelay):
				case <-sub.Err():
					return
				}
				head = a.b.HeadNumber() // blocks sealed meanwhile go out too
				from := last + 1
				switch {
				case head < last:
					from = head
				case head-last > maxHeadNotifications:
					from = head - maxHeadNotifications + 1 // a slow reader skips ahead
				}
				for n := from; n <= head; n++ {
					b, err := a.b.BlockByNumber(n)
					if err != nil || b == nil {
						break
					}
					if err := notifier.Notify(sub.ID, b.Header); err != nil {
						return
					}
				}
				last = head
				continue
			}
			select {
			case <-changed:
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}
