package replay

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// nodeKV is the on-disk part of a cachedStore: point reads by key, one atomic
// write per commit, a prefix scan. goleveldb (levelKV) and pebble (pebbleKV)
// implement it; the caches above it are the same for both.
type nodeKV interface {
	// get returns the value under key or errKVNotFound. The returned slice
	// is the caller's.
	get(key []byte) ([]byte, error)
	// write stores nodes[i].Blob under key(i) for every i, atomically. key
	// may reuse one buffer: the backend copies it.
	write(keyLen int, nodes []StoredNode, key func(int) []byte) error
	// scan calls fn for every key with prefix, in key order; k and v are
	// valid only during the call.
	scan(prefix []byte, fn func(k, v []byte) error) error
	close() error
}

var errKVNotFound = errors.New("not found")

// cachedStore is a NodeStore on a nodeKV with bounded in-memory caches: the
// nodes of the upper levels of the current tree (innerCache) and a small
// LRU of recently used nodes.
type cachedStore struct {
	kv     nodeKV
	prefix []byte
	cache  *nodeCache
	pinned *innerCache
}

func newCachedStore(kv nodeKV, prefix []byte, pinnedBytes, recentBytes int) cachedStore {
	return cachedStore{
		kv:     kv,
		prefix: append([]byte(nil), prefix...),
		cache:  newNodeCache(recentBytes),
		pinned: newInnerCache(pinnedBytes),
	}
}

func (s *cachedStore) key(h common.Hash) []byte {
	k := make([]byte, 0, len(s.prefix)+32)
	return append(append(k, s.prefix...), h[:]...)
}

// Node implements NodeReader.
func (s *cachedStore) Node(h common.Hash) ([]byte, error) {
	if b, ok := s.pinned.get(h); ok {
		return b, nil
	}
	if b, ok := s.cache.get(h); ok {
		return b, nil
	}
	b, err := s.kv.get(s.key(h))
	if errors.Is(err, errKVNotFound) {
		return nil, fmt.Errorf("%w: %x", ErrMissingNode, h)
	}
	if err != nil {
		return nil, fmt.Errorf("read node %x: %w", h, err)
	}
	if validNodeSize(len(b)) && s.pinned.admits(b) {
		s.pinned.addOne(h, b)
	} else {
		s.cache.put(h, b)
	}
	return b, nil
}

// PutNodes implements NodeStore. The write is one atomic batch. The caches
// take the nodes while the database writes them, on another goroutine: the
// two are a third of a commit each at 10^6 accounts, and the commit is on the
// replay's critical path while the second core waits for work. If the write
// fails the cached copies are dropped again, so the caches never hold a node
// the database lacks.
func (s *cachedStore) PutNodes(ctx context.Context, nodes []StoredNode) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, n := range nodes {
		if !validNodeSize(len(n.Blob)) {
			return fmt.Errorf("%w: %x: %d bytes", ErrCorruptNode, n.Hash, len(n.Blob))
		}
	}
	written := make(chan error, 1)
	go func() {
		key := s.key(common.Hash{})
		written <- s.kv.write(len(key), nodes, func(i int) []byte {
			copy(key[len(s.prefix):], nodes[i].Hash[:])
			return key
		})
	}()
	s.pinned.add(nodes) // copies what it keeps
	for _, n := range nodes {
		if !s.pinned.admits(n.Blob) {
			s.cache.put(n.Hash, append([]byte(nil), n.Blob...))
		}
	}
	if err := <-written; err != nil {
		hashes := make([]common.Hash, len(nodes))
		for i := range nodes {
			hashes[i] = nodes[i].Hash
		}
		s.pinned.forget(hashes)
		s.cache.drop(hashes)
		return fmt.Errorf("write %d nodes: %w", len(nodes), err)
	}
	return nil
}

// forget implements nodeForgetter.
func (s *cachedStore) forget(hashes []common.Hash) { s.pinned.forget(hashes) }

// Warm fills the upper-level cache from the database with one sequential
// scan, for a store opened on an existing state (a restart): without it the
// first batches read the upper levels one random read at a time. It may also
// pin nodes of older roots; the budget bounds them and later commits replace
// them as the tree changes.
func (s *cachedStore) Warm(ctx context.Context) error {
	const chunk = 4096
	buf := make([]StoredNode, 0, chunk)
	scratch := make([]byte, 0, chunk*innerPrefixSize)
	i := 0
	err := s.kv.scan(s.prefix, func(k, v []byte) error {
		if i++; i%chunk == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if len(k) != len(s.prefix)+32 || !validNodeSize(len(v)) {
			return nil
		}
		// The backends reuse their buffers: copy into scratch, which add
		// copies again into its slabs.
		off := len(scratch)
		scratch = append(scratch, v...)
		buf = append(buf, StoredNode{Hash: common.Hash(k[len(s.prefix):]), Blob: scratch[off:len(scratch):len(scratch)]})
		if len(buf) == chunk {
			s.pinned.add(buf)
			buf, scratch = buf[:0], scratch[:0]
		}
		return nil
	})
	s.pinned.add(buf)
	if err != nil {
		return fmt.Errorf("warm node cache: %w", err)
	}
	return nil
}

// CacheStats reports the upper-level cache: nodes held, bytes accounted and
// the deepest split depth it admits (256: every inner node and the leaves).
func (s *cachedStore) CacheStats() (nodes, bytes, maxLevel int) { return s.pinned.stats() }

// Close closes the database if the store opened it.
func (s *cachedStore) Close() error { return s.kv.close() }
