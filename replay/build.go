package replay

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// BuildTree writes the tree holding exactly leaves into store and returns its
// root: the root Tree.Update gives the same leaves on an empty tree (leaves
// are sorted in place; if a key repeats, the last one wins). It is for
// building or importing large states: nodes stream to the store in batches as
// subtrees complete, so memory is the leaves plus one batch per worker, not
// the whole tree; the subtrees below the top levels are built in parallel.
func BuildTree(ctx context.Context, store NodeStore, leaves []Leaf) (common.Hash, error) {
	slices.SortStableFunc(leaves, func(a, b Leaf) int { return bytes.Compare(a.Key[:], b.Key[:]) })
	out := leaves[:0]
	for i := range leaves {
		if i+1 < len(leaves) && leaves[i+1].Key == leaves[i].Key {
			continue
		}
		out = append(out, leaves[i])
	}
	if len(out) == 0 {
		return common.Hash{}, nil
	}
	b := &bulkBuild{ctx: ctx, store: store}
	root := b.build(0, out, runtime.GOMAXPROCS(0))
	b.wg.Wait()
	if b.err != nil {
		return common.Hash{}, b.err
	}
	return root, nil
}

// buildBatch is the number of nodes a worker hands the store at a time.
const buildBatch = 1 << 16

// parallelMin is the smallest subtree worth a goroutine of its own.
const parallelMin = 1 << 14

type bulkBuild struct {
	ctx   context.Context
	store NodeStore
	wg    sync.WaitGroup
	mu    sync.Mutex
	err   error
}

func (b *bulkBuild) fail(err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err == nil {
		b.err = err
	}
}

// build mirrors Tree.build for the top levels, handing subtrees to par
// workers; below that each worker runs Tree.build with a sink.
func (b *bulkBuild) build(depth int, items []Leaf, par int) common.Hash {
	if par <= 1 || len(items) < parallelMin {
		t := &Tree{h: newHasher(), sink: &nodeSink{ctx: b.ctx, store: b.store, fail: b.fail}}
		h := t.build(depth, items)
		t.sink.flush()
		return h
	}
	j := firstDiff(&items[0].Key, &items[len(items)-1].Key)
	m := partition(items, j)
	var left common.Hash
	done := make(chan struct{})
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		defer close(done)
		left = b.build(j+1, items[:m], par/2)
	}()
	right := b.build(j+1, items[m:], par-par/2)
	<-done
	// The top node: the same bytes and hash as Tree.putInner.
	t := &Tree{h: newHasher(), sink: &nodeSink{ctx: b.ctx, store: b.store, fail: b.fail}}
	h := t.putInner(depth, j, left, right, &items[0].Key)
	t.sink.flush()
	return h
}

// nodeSink collects a worker's new nodes and writes them in batches.
type nodeSink struct {
	ctx     context.Context
	store   NodeStore
	fail    func(error)
	nodes   []StoredNode
	slab    []byte
	scratch [innerPrefixSize]byte
}

func (s *nodeSink) add(h common.Hash, blob []byte) {
	if s.nodes == nil {
		s.nodes = make([]StoredNode, 0, buildBatch)
		s.slab = make([]byte, 0, buildBatch*innerPrefixSize)
	}
	off := len(s.slab)
	s.slab = append(s.slab, blob...)
	s.nodes = append(s.nodes, StoredNode{Hash: h, Blob: s.slab[off:len(s.slab):len(s.slab)]})
	if len(s.nodes) == buildBatch {
		s.flush()
	}
}

func (s *nodeSink) flush() {
	if len(s.nodes) == 0 {
		return
	}
	if err := s.store.PutNodes(s.ctx, s.nodes); err != nil {
		s.fail(fmt.Errorf("build state tree: %w", err))
	}
	// Stores copy what they keep; the buffers are reused.
	s.nodes, s.slab = s.nodes[:0], s.slab[:0]
}
