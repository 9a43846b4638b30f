package replay

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// innerCache keeps the nodes of the upper tree levels in memory within a
// byte budget. With random account keys every access walks the same upper
// levels, and a state of N accounts has about N inner nodes: holding them
// (or, past the budget, the ones splitting highest) leaves one disk read per
// cold account, its leaf, instead of a read per level. Leaves count as the
// lowest level: they are held only while every inner node fits as well
// (then the whole current state is in memory and a read costs no I/O).
//
// It is pointer-free (an index of slab locations, as MemoryStore), so
// millions of entries cost the garbage collector nothing to scan. Which nodes
// it holds affects speed only, never a result: every node it holds is also in
// the database.
type innerCache struct {
	mu       sync.RWMutex
	index    map[common.Hash]uint64 // see pinLoc
	slabs    [][]byte
	used     int // live bytes: blobs plus innerEntryOverhead per entry
	dead     int // slab bytes no longer indexed
	budget   int
	maxLevel int      // only nodes of level ≤ maxLevel are admitted (see nodeLevel)
	perLevel [257]int // live entries per level
}

// leafLevel is the level of leaves, below every inner node.
const leafLevel = 256

// nodeLevel orders nodes by how many accounts they serve: an inner node by
// its split depth (the depth it hangs at, or just below its edge), a leaf
// last.
func nodeLevel(b []byte) int {
	if len(b) == leafSize {
		return leafLevel
	}
	return int(b[0])
}

// innerEntryOverhead approximates an index entry (key, location, the map's
// own slack) on top of the node bytes.
const innerEntryOverhead = 64

const pinSlabSize = 1 << 20

// pinLoc packs an entry's place and level: level<<48 | slab<<32 | offset<<8 |
// length. The level is kept so that forgetting an entry does not read its
// bytes (a cache miss per replaced node).
func pinLoc(level, slab, off, n int) uint64 {
	return uint64(level)<<48 | uint64(slab)<<32 | uint64(off)<<8 | uint64(n)
}

func unpinLoc(loc uint64) (level int, slab, off, n uint64) {
	return int(loc >> 48), (loc >> 32) & 0xffff, (loc >> 8) & 0xffffff, loc & 0xff
}

func newInnerCache(budget int) *innerCache {
	return &innerCache{index: make(map[common.Hash]uint64), budget: budget, maxLevel: leafLevel}
}

func (c *innerCache) get(h common.Hash) ([]byte, bool) {
	c.mu.RLock()
	loc, ok := c.index[h]
	var b []byte
	if ok {
		_, slab, off, n := unpinLoc(loc)
		b = c.slabs[slab][off : off+n : off+n]
	}
	c.mu.RUnlock()
	return b, ok
}

// admits reports whether b is a node the cache would take now.
func (c *innerCache) admits(b []byte) bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return nodeLevel(b) <= c.maxLevel
}

// add stores nodes of the admitted levels; others are ignored.
func (c *innerCache) add(nodes []StoredNode) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range nodes {
		c.addLocked(nodes[i].Hash, nodes[i].Blob)
	}
	c.shrinkLocked()
}

func (c *innerCache) addOne(h common.Hash, b []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.addLocked(h, b)
	c.shrinkLocked()
}

func (c *innerCache) addLocked(h common.Hash, b []byte) {
	if nodeLevel(b) > c.maxLevel {
		return
	}
	if _, ok := c.index[h]; ok {
		return
	}
	last := len(c.slabs) - 1
	if last < 0 || len(c.slabs[last])+len(b) > pinSlabSize {
		c.slabs = append(c.slabs, make([]byte, 0, pinSlabSize))
		last++
	}
	off := len(c.slabs[last])
	c.slabs[last] = append(c.slabs[last], b...)
	c.index[h] = pinLoc(nodeLevel(b), last, off, len(b))
	c.used += len(b) + innerEntryOverhead
	c.perLevel[nodeLevel(b)]++
}

// forget drops nodes the current tree no longer uses (replaced by a commit),
// so that the budget holds the current version's upper levels rather than
// history. Old roots stay readable from the database.
func (c *innerCache) forget(hashes []common.Hash) {
	if len(hashes) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, h := range hashes {
		c.deleteLocked(h)
	}
	c.compactLocked()
}

func (c *innerCache) deleteLocked(h common.Hash) {
	loc, ok := c.index[h]
	if !ok {
		return
	}
	level, _, _, n := unpinLoc(loc)
	c.perLevel[level]--
	delete(c.index, h)
	c.used -= int(n) + innerEntryOverhead
	c.dead += int(n)
}

// shrinkLocked keeps the cache within its budget by giving up the deepest
// admitted level(s): lower levels hold the most nodes and each of them serves
// the fewest accounts.
func (c *innerCache) shrinkLocked() {
	if c.used <= c.budget {
		return
	}
	// Lower maxLevel until the levels kept fill at most 3/4 of the budget,
	// so that growth does not purge again at once.
	total := 0
	keep := -1
	for l := 0; l < c.maxLevel; l++ {
		total += c.perLevel[l] * (innerEntryOverhead + innerPrefixSize)
		if total > c.budget*3/4 {
			break
		}
		keep = l
	}
	c.maxLevel = keep
	for h, loc := range c.index {
		if level, _, _, _ := unpinLoc(loc); level > keep {
			c.deleteLocked(h)
		}
	}
	c.compactLocked()
}

// compactLocked rewrites the slabs once more than half their bytes are dead.
// Slices handed out by get keep pointing at the old slabs, which are never
// written again, so readers are unaffected.
func (c *innerCache) compactLocked() {
	if c.dead < 1<<20 || c.dead < c.used/2 {
		return
	}
	old := c.slabs
	c.slabs = nil
	for h, loc := range c.index {
		level, slab, off, n := unpinLoc(loc)
		b := old[slab][off : off+n]
		last := len(c.slabs) - 1
		if last < 0 || len(c.slabs[last])+len(b) > pinSlabSize {
			c.slabs = append(c.slabs, make([]byte, 0, pinSlabSize))
			last++
		}
		o := len(c.slabs[last])
		c.slabs[last] = append(c.slabs[last], b...)
		c.index[h] = pinLoc(level, last, o, int(n))
	}
	c.dead = 0
}

// stats returns the number of nodes held, the bytes accounted and the lowest
// level admitted (256: leaves too).
func (c *innerCache) stats() (nodes, bytes, maxLevel int) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.index), c.used, c.maxLevel
}
