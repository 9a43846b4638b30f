package dawire

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// DataCache keeps certificate batches' data by header hash, so that answering
// a challenge or replaying a batch again does not read the shards again. It
// holds at most its limit, dropping the oldest entry first, and is safe for
// concurrent use.
type DataCache struct {
	mu    sync.Mutex
	limit int
	data  map[common.Hash][]byte
	order []common.Hash // insertion order, oldest first
}

// NewDataCache returns a cache of at most limit entries (limit ≥ 1).
func NewDataCache(limit int) *DataCache {
	return &DataCache{limit: max(limit, 1), data: make(map[common.Hash][]byte)}
}

// Get returns the data kept for header hash h.
func (c *DataCache) Get(h common.Hash) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.data[h]
	return d, ok
}

// Put keeps data for header hash h (a second Put of h changes nothing).
func (c *DataCache) Put(h common.Hash, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.data[h]; ok {
		return
	}
	if len(c.order) == c.limit {
		delete(c.data, c.order[0])
		c.order = c.order[1:]
	}
	c.data[h] = data
	c.order = append(c.order, h)
}

// Len returns how many entries are kept.
func (c *DataCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.data)
}
