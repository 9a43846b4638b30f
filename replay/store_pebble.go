package replay

import (
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
)

// PebbleStore is a NodeStore on pebble (the database go-ethereum uses), with
// the same caches as LevelDBStore. It exists because the cost left in replay
// on disk is writing: a commit writes ~20 new nodes per changed account under
// random hash keys, and goleveldb's single-threaded write path and
// compactions took 35–45 % of the CPU of a replay at 10^6 accounts.
type PebbleStore struct {
	cachedStore
}

// OpenPebbleStore opens (creating if needed) a pebble database at path used
// only for state nodes. cacheBytes is split as OpenLevelDBStore splits it:
// 3/4 for the tree's upper levels, 1/8 for recent nodes, 1/8 for pebble's
// block cache (bloom filters and indexes); the memtables (2 × 16 MB) come on
// top.
func OpenPebbleStore(path string, cacheBytes int) (*PebbleStore, error) {
	c := pebble.NewCache(int64(max(cacheBytes/8, 8<<20)))
	defer c.Unref() // the database holds its own reference
	db, err := pebble.Open(path, nodePebbleOptions(c))
	if err != nil {
		return nil, fmt.Errorf("open node store %s: %w", path, err)
	}
	return &PebbleStore{newCachedStore(pebbleKV{db: db}, []byte(DefaultNodeKeyPrefix), cacheBytes-cacheBytes/4, cacheBytes/8)}, nil
}

// nodePebbleOptions suit hash-keyed nodes: bloom filters on every level
// (a lookup of a node in an older table costs a filter probe, not a block
// read), no compression (hashes do not compress), no read-triggered
// compactions, and pebble's own logger silenced.
func nodePebbleOptions(c *pebble.Cache) *pebble.Options {
	o := &pebble.Options{
		Cache:                       c,
		MemTableSize:                16 << 20,
		MemTableStopWritesThreshold: 4,
		L0CompactionThreshold:       4,
		L0StopWritesThreshold:       32,
		LBaseMaxBytes:               64 << 20,
		FormatMajorVersion:          pebble.FormatNewest,
		Logger:                      quietPebbleLogger{},
	}
	for i := range o.Levels {
		o.Levels[i].FilterPolicy = bloom.FilterPolicy(10)
	}
	o.ApplyCompressionSettings(func() pebble.DBCompressionSettings { return pebble.DBCompressionNone })
	o.Experimental.ReadSamplingMultiplier = -1
	return o
}

// pebbleKV is the pebble backend of a cachedStore.
type pebbleKV struct {
	db *pebble.DB
}

func (p pebbleKV) get(key []byte) ([]byte, error) {
	v, closer, err := p.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, errKVNotFound
	}
	if err != nil {
		return nil, err
	}
	b := append([]byte(nil), v...) // v is valid only until Close
	return b, closer.Close()
}

// write is one pebble batch committed with Sync: a commit is one write per
// L2 batch, so the fsync is cheap, and pebble's NoSync would leave the WAL
// record in a buffer that a kill -9 loses (goleveldb writes its journal to
// the file before Write returns).
func (p pebbleKV) write(keyLen int, nodes []StoredNode, key func(int) []byte) error {
	b := p.db.NewBatchWithSize(len(nodes) * (keyLen + innerPrefixSize + 8))
	defer b.Close()
	for i, n := range nodes {
		if err := b.Set(key(i), n.Blob, nil); err != nil {
			return err
		}
	}
	return b.Commit(pebble.Sync)
}

func (p pebbleKV) scan(prefix []byte, fn func(k, v []byte) error) error {
	it, err := p.db.NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: prefixEnd(prefix)})
	if err != nil {
		return err
	}
	for it.First(); it.Valid(); it.Next() {
		if err := fn(it.Key(), it.Value()); err != nil {
			it.Close()
			return err
		}
	}
	return it.Close()
}

func (p pebbleKV) close() error { return p.db.Close() }

// prefixEnd is the smallest key greater than every key with prefix (nil: no
// bound, for an all-0xff prefix).
func prefixEnd(prefix []byte) []byte {
	end := append([]byte(nil), prefix...)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

type quietPebbleLogger struct{}

func (quietPebbleLogger) Infof(string, ...any)  {}
func (quietPebbleLogger) Errorf(string, ...any) {}

// Fatalf is called on corruption pebble cannot go on from; a panic here is
// pebble's contract (it must not return), the message kept.
func (quietPebbleLogger) Fatalf(format string, args ...any) { panic(fmt.Sprintf(format, args...)) }
