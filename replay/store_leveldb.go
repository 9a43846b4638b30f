package replay

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// LevelDBStore is a NodeStore on goleveldb with a bounded in-memory cache of
// recently used nodes, for states too large to keep in RAM. With random keys
// the top of the tree is touched by every access and stays cached; a cold
// account costs a few disk reads near the bottom.
type LevelDBStore struct {
	db     *leveldb.DB
	owned  bool
	prefix []byte
	cache  *nodeCache
}

// DefaultNodeKeyPrefix prefixes node keys in a shared database.
const DefaultNodeKeyPrefix = "smt/"

// OpenLevelDBStore opens (creating if needed) a database at path used only
// for state nodes, with a cache of about cacheBytes.
func OpenLevelDBStore(path string, cacheBytes int) (*LevelDBStore, error) {
	db, err := leveldb.OpenFile(path, &opt.Options{
		BlockCacheCapacity: 16 << 20,
		WriteBuffer:        32 << 20,
	})
	if err != nil {
		return nil, fmt.Errorf("open node store %s: %w", path, err)
	}
	s := NewLevelDBStore(db, []byte(DefaultNodeKeyPrefix), cacheBytes)
	s.owned = true
	return s, nil
}

// NewLevelDBStore uses an open database, storing nodes under prefix ‖ hash.
// The caller keeps ownership of db.
func NewLevelDBStore(db *leveldb.DB, prefix []byte, cacheBytes int) *LevelDBStore {
	return &LevelDBStore{db: db, prefix: append([]byte(nil), prefix...), cache: newNodeCache(cacheBytes)}
}

func (s *LevelDBStore) key(h common.Hash) []byte {
	k := make([]byte, 0, len(s.prefix)+32)
	return append(append(k, s.prefix...), h[:]...)
}

// Node implements NodeReader.
func (s *LevelDBStore) Node(h common.Hash) ([]byte, error) {
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
	s.cache.put(h, b)
	return b, nil
}

// PutNodes implements NodeStore. The write is one atomic leveldb batch.
func (s *LevelDBStore) PutNodes(ctx context.Context, nodes []StoredNode) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	batch := new(leveldb.Batch)
	for _, n := range nodes {
		if !validNodeSize(len(n.Blob)) {
			return fmt.Errorf("%w: %x: %d bytes", ErrCorruptNode, n.Hash, len(n.Blob))
		}
		batch.Put(s.key(n.Hash), n.Blob)
	}
	if err := s.db.Write(batch, nil); err != nil {
		return fmt.Errorf("write %d nodes: %w", len(nodes), err)
	}
	for _, n := range nodes {
		s.cache.put(n.Hash, append([]byte(nil), n.Blob...))
	}
	return nil
}

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
