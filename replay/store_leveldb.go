package replay

import (
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
	cachedStore
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
	return &LevelDBStore{newCachedStore(levelKV{db: db, owned: true}, []byte(DefaultNodeKeyPrefix), cacheBytes-cacheBytes/4, cacheBytes/8)}, nil
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
	return &LevelDBStore{newCachedStore(levelKV{db: db}, prefix, cacheBytes-cacheBytes/8, cacheBytes/8)}
}

// levelKV is the goleveldb backend of a cachedStore.
type levelKV struct {
	db    *leveldb.DB
	owned bool
}

func (l levelKV) get(key []byte) ([]byte, error) {
	b, err := l.db.Get(key, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, errKVNotFound
	}
	return b, err
}

// write is one atomic leveldb batch: after a kill the journal replays it
// whole or not at all.
func (l levelKV) write(keyLen int, nodes []StoredNode, key func(int) []byte) error {
	batch := leveldb.MakeBatch(len(nodes) * (keyLen + innerPrefixSize + 8))
	for i, n := range nodes {
		batch.Put(key(i), n.Blob)
	}
	return l.db.Write(batch, nil)
}

func (l levelKV) scan(prefix []byte, fn func(k, v []byte) error) error {
	it := l.db.NewIterator(util.BytesPrefix(prefix), nil)
	defer it.Release()
	for it.Next() {
		if err := fn(it.Key(), it.Value()); err != nil {
			return err
		}
	}
	return it.Error()
}

func (l levelKV) close() error {
	if l.owned {
		return l.db.Close()
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

func (c *nodeCache) drop(hashes []common.Hash) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, h := range hashes {
		if b, ok := c.cur[h]; ok {
			c.size -= len(b) + nodeCacheOverhead
			delete(c.cur, h)
		}
		delete(c.prev, h)
	}
}

func (c *nodeCache) insert(h common.Hash, b []byte) {
	c.cur[h] = b
	c.size += len(b) + nodeCacheOverhead
	if c.size > c.max {
		c.prev, c.cur, c.size = c.cur, make(map[common.Hash][]byte), 0
	}
}
