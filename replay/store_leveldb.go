package replay

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// LevelDBStore is a NodeStore on goleveldb with bounded in-memory caches, for
// states too large to keep in RAM. Most of the budget holds the nodes of the
// upper levels of the current tree (innerCache: with about N inner nodes for
// N accounts, ~130 bytes per account hold all of them and a cold account
// costs one disk read, its leaf; twice that holds the leaves as well); the
// rest is a small LRU of recently used nodes (a transaction's accounts are
// read, then rehashed).
type LevelDBStore struct {
	db     *leveldb.DB
	owned  bool
	prefix []byte
	cache  *nodeCache
	pinned *innerCache
}

// DefaultNodeKeyPrefix prefixes node keys in a shared database.
const DefaultNodeKeyPrefix = "smt/"

// OpenLevelDBStore opens (creating if needed) a database at path used only
// for state nodes. cacheBytes bounds the memory of the store and of the
// database's block cache together (the write buffers, 2 × 4 MB, come on
// top): 3/4 for the tree's upper levels, 1/8 for recently used nodes, 1/8 for
// goleveldb's block cache, which must hold the tables' bloom filters and
// indexes (about 25 bytes per stored node) for a lookup to cost one read.
func OpenLevelDBStore(path string, cacheBytes int) (*LevelDBStore, error) {
	db, err := leveldb.OpenFile(path, NodeDBOptions(max(cacheBytes/8, 8<<20)))
	if err != nil {
		return nil, fmt.Errorf("open node store %s: %w", path, err)
	}
	s := newLevelDBStore(db, []byte(DefaultNodeKeyPrefix), cacheBytes-cacheBytes/4, cacheBytes/8)
	s.owned = true
	return s, nil
}

// NodeDBOptions are goleveldb options suited to a database of state nodes:
// random point reads of small values under hash keys. A bloom filter answers
// "not in this table" without reading its blocks; values are hashes and
// balances, which do not compress, so no block is snappy-decoded on a read;
// compactions triggered by read seeks (goleveldb's default) are disabled
// because every random read would count as one. The memtable is small (4 MB)
// because a commit inserts ~20 nodes per account into it and each insert
// walks its skiplist: at 32 MB the walk misses the CPU cache at every level
// (replay at 10^6 accounts measured ~40 % faster with 4 MB, the bulk build
// ~40 % slower). Level-0 tables are merged after 16 instead of 4: with hash
// keys every merge rewrites all of level 1, and a lookup pays only a bloom
// probe per extra table (4 of 4 alternated runs at 10^6 accounts: 3 faster).
func NodeDBOptions(blockCacheBytes int) *opt.Options {
	return &opt.Options{
		BlockCacheCapacity:     blockCacheBytes,
		WriteBuffer:            4 << 20,
		Filter:                 filter.NewBloomFilter(10),
		Compression:            opt.NoCompression,
		DisableSeeksCompaction: true,
		CompactionTableSize:    8 << 20,
		CompactionL0Trigger:    16,
		WriteL0SlowdownTrigger: 48,
		WriteL0PauseTrigger:    64,
	}
}

// NewLevelDBStore uses an open database, storing nodes under prefix ‖ hash.
// The caller keeps ownership of db. cacheBytes bounds the store's own caches:
// 7/8 for the upper tree levels, 1/8 for recently used nodes.
func NewLevelDBStore(db *leveldb.DB, prefix []byte, cacheBytes int) *LevelDBStore {
	return newLevelDBStore(db, prefix, cacheBytes-cacheBytes/8, cacheBytes/8)
}

func newLevelDBStore(db *leveldb.DB, prefix []byte, pinnedBytes, recentBytes int) *LevelDBStore {
	return &LevelDBStore{
		db:     db,
		prefix: append([]byte(nil), prefix...),
		cache:  newNodeCache(recentBytes),
		pinned: newInnerCache(pinnedBytes),
	}
}

func (s *LevelDBStore) key(h common.Hash) []byte {
	k := make([]byte, 0, len(s.prefix)+32)
	return append(append(k, s.prefix...), h[:]...)
}

// Node implements NodeReader.
func (s *LevelDBStore) Node(h common.Hash) ([]byte, error) {
	if b, ok := s.pinned.get(h); ok {
		return b, nil
	}
	if b, ok := s.cache.get(h); ok {
		return b, nil
	}
	b, err := s.db.Get(s.key(h), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
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

// PutNodes implements NodeStore. The write is one atomic leveldb batch.
func (s *LevelDBStore) PutNodes(ctx context.Context, nodes []StoredNode) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	batch := leveldb.MakeBatch(len(nodes) * (len(s.prefix) + 32 + innerPrefixSize + 8))
	key := s.key(common.Hash{}) // Put copies the key: one buffer serves all
	for _, n := range nodes {
		if !validNodeSize(len(n.Blob)) {
			return fmt.Errorf("%w: %x: %d bytes", ErrCorruptNode, n.Hash, len(n.Blob))
		}
		copy(key[len(s.prefix):], n.Hash[:])
		batch.Put(key, n.Blob)
	}
	if err := s.db.Write(batch, nil); err != nil {
		return fmt.Errorf("write %d nodes: %w", len(nodes), err)
	}
	s.pinned.add(nodes) // copies what it keeps
	for _, n := range nodes {
		if !s.pinned.admits(n.Blob) {
			s.cache.put(n.Hash, append([]byte(nil), n.Blob...))
		}
	}
	return nil
}

// forget implements nodeForgetter.
func (s *LevelDBStore) forget(hashes []common.Hash) { s.pinned.forget(hashes) }

// Warm fills the upper-level cache from the database with one sequential
// scan, for a store opened on an existing state (a restart): without it the
// first batches read the upper levels one random read at a time. It may also
// pin nodes of older roots; the budget bounds them and later commits replace
// them as the tree changes.
func (s *LevelDBStore) Warm(ctx context.Context) error {
	it := s.db.NewIterator(util.BytesPrefix(s.prefix), nil)
	defer it.Release()
	const chunk = 4096
	buf := make([]StoredNode, 0, chunk)
	scratch := make([]byte, 0, chunk*innerPrefixSize)
	for i := 0; it.Next(); i++ {
		if i%chunk == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		k, v := it.Key(), it.Value()
		if len(k) != len(s.prefix)+32 || !validNodeSize(len(v)) {
			continue
		}
		// The iterator reuses its buffers: copy into scratch, which add
		// copies again into its slabs.
		off := len(scratch)
		scratch = append(scratch, v...)
		buf = append(buf, StoredNode{Hash: common.Hash(k[len(s.prefix):]), Blob: scratch[off:len(scratch):len(scratch)]})
		if len(buf) == chunk {
			s.pinned.add(buf)
			buf, scratch = buf[:0], scratch[:0]
		}
	}
	s.pinned.add(buf)
	if err := it.Error(); err != nil {
		return fmt.Errorf("warm node cache: %w", err)
	}
	return nil
}

// CacheStats reports the upper-level cache: nodes held, bytes accounted and
// the deepest split depth it admits (256: every inner node and the leaves).
func (s *LevelDBStore) CacheStats() (nodes, bytes, maxLevel int) { return s.pinned.stats() }

// Close closes the database if the store opened it.
func (s *LevelDBStore) Close() error {
	if s.owned {
		return s.db.Close()
	}
	return nil
}

// nodeCache is a size-bounded approximate LRU: two generations of maps. Hits
// in the old generation are promoted; when the young one fills up, the old one
// is dropped. It costs nothing per entry beyond the maps themselves.
type nodeCache struct {
	mu        sync.Mutex
	cur, prev map[common.Hash][]byte
	size, max int // bytes in cur, limit per generation
}

// nodeCacheOverhead approximates the per-entry cost of map slot and slice
// header on top of the node bytes.
const nodeCacheOverhead = 32 + 24 + 16

func newNodeCache(bytes int) *nodeCache {
	return &nodeCache{cur: make(map[common.Hash][]byte), max: max(bytes/2, 1)}
}

func (c *nodeCache) get(h common.Hash) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if b, ok := c.cur[h]; ok {
		return b, true
	}
	if b, ok := c.prev[h]; ok {
		c.insert(h, b)
		return b, true
	}
	return nil, false
}

func (c *nodeCache) put(h common.Hash, b []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.cur[h]; !ok {
		c.insert(h, b)
	}
}

func (c *nodeCache) insert(h common.Hash, b []byte) {
	c.cur[h] = b
	c.size += len(b) + nodeCacheOverhead
	if c.size > c.max {
		c.prev, c.cur, c.size = c.cur, make(map[common.Hash][]byte), 0
	}
}
