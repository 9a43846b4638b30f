package replay

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
)

// prefetcher reads a batch's accounts from the state tree on a second
// goroutine while the batch is applied. At 10^6 accounts a read walks ~21
// nodes, each a cache miss in a store of millions, and these walks were a
// quarter of the serial replay; the second core meanwhile waited for work.
// It walks the steps from the last one down while the applier goes up, so
// they meet somewhere past the middle and each account is read about once.
//
// The reads are taken at the root the tree had when the batch began, over
// the store only, and are used only while the tree still has that root
// (State.object checks): the tree reads nodes by hash, so a walk from that
// root returns what the applier's own walk would, or fails and is skipped.
type prefetcher struct {
	root     common.Hash
	mu       sync.Mutex
	accts    map[common.Address]prefetched
	applied  atomic.Int64 // the applier's next step: the prefetcher stops there
	stop     chan struct{}
	finished chan struct{}
}

type prefetched struct {
	key common.Hash
	acc Account
}

// prefetchMinWalk is the mean walk (nodes per account read) from which
// reading ahead pays: ~2^15 accounts. Below it the walks stay in the CPU's
// caches and the second goroutine only takes the core the senders'
// recovery uses (at 1,000 accounts it cost ~2 % of the recovery ceiling).
const prefetchMinWalk = 16

// startPrefetch starts reading the accounts of steps [0, n) of p, or returns
// nil when the tree's root is not in the store (uncommitted nodes), the
// batch is small or the tree shallow.
func (s *State) startPrefetch(ctx context.Context, p *PreparedBatch, n int) *prefetcher {
	if s.tree.Dirty() > 0 || n < 2*prepareChunk || s.walks < 16*prefetchMinWalk {
		return nil
	}
	pf := &prefetcher{
		root:     s.tree.Root(),
		accts:    make(map[common.Address]prefetched, n),
		stop:     make(chan struct{}),
		finished: make(chan struct{}),
	}
	go pf.run(ctx, p, n, NewTree(s.store, pf.root), newHasher())
	return pf
}

func (pf *prefetcher) run(ctx context.Context, p *PreparedBatch, n int, tr *Tree, h *hasher) {
	defer close(pf.finished)
	read := func(a common.Address) {
		pf.mu.Lock()
		_, done := pf.accts[a]
		pf.mu.Unlock()
		if done {
			return
		}
		key := h.addressKey(a)
		acc, _, err := tr.Get(key)
		if err != nil {
			return // the applier reads it and reports the error
		}
		pf.mu.Lock()
		pf.accts[a] = prefetched{key: key, acc: acc}
		pf.mu.Unlock()
	}
	for i := n - 1; i >= 0 && int64(i) > pf.applied.Load(); i-- {
		if i/prepareChunk >= len(p.chunks) {
			continue // not prepared (a step proof's partial preparation)
		}
		select {
		case <-p.chunks[i/prepareChunk]:
		case <-pf.stop:
			return
		case <-ctx.Done():
			return
		}
		if i < len(p.batch.Entries) {
			if e := &p.batch.Entries[i]; e.Kind == EntryDeposit {
				read(e.To)
				continue
			}
		}
		if d := &p.res[i]; d.err == nil && d.tx != nil {
			read(d.tx.From)
			read(d.tx.To)
		}
	}
}

// get returns the account of a read at root, if the prefetcher has it.
func (pf *prefetcher) get(root common.Hash, a common.Address) (prefetched, bool) {
	if pf == nil || root != pf.root {
		return prefetched{}, false
	}
	pf.mu.Lock()
	v, ok := pf.accts[a]
	pf.mu.Unlock()
	return v, ok
}

// end stops the prefetcher and waits for it, so that no read of the store
// outlives the batch.
func (pf *prefetcher) end() {
	if pf == nil {
		return
	}
	close(pf.stop)
	<-pf.finished
}
