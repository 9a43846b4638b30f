package da

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// Key layout of a shard's goleveldb:
//
//	'c' ‖ dataRoot ‖ uint16 index          → encoded ChunkRecord
//	't' ‖ uint64 expiry (unix ns) ‖ dataRoot ‖ uint16 index → empty
//	'e' ‖ dataRoot ‖ uint16 index          → uint64 expiry (unix ns)
//
// expiry is the latest expiry the shard has attested for the record: it
// must keep the chunk until then (PROTOCOL §6.4). The time index lets
// pruning walk records by expiry without reading chunk bodies; 'e' names the
// record's current time key, so a key left behind when a repeated store
// extended the expiry is recognised as stale. (A store written before
// expiries has 't' keys holding the storage time and no 'e': those records
// are pruned at that time, as before; their attestations carry no expiry and
// no longer verify on chain.)
const (
	prefixChunk  = 'c'
	prefixTime   = 't'
	prefixExpiry = 'e'
)

// Store is a shard's persistent chunk store. It is safe for concurrent use.
type Store struct {
	db *leveldb.DB
	// mu serialises Put against the deleting half of Prune: a record whose
	// expiry a concurrent Put extends (and attests) must not be deleted
	// on the strength of its old expiry.
	mu sync.Mutex
}

// OpenStore opens (creating if needed) the store in dir.
func OpenStore(dir string) (*Store, error) {
	db, err := leveldb.OpenFile(dir, &opt.Options{
		// Chunks are erasure-coded, high-entropy data: compression costs
		// CPU and saves nothing.
		Compression: opt.NoCompression,
	})
	if err != nil {
		return nil, fmt.Errorf("da: open store %s: %w", dir, err)
	}
	return &Store{db: db}, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

func chunkKey(root common.Hash, index uint32) []byte {
	k := make([]byte, 1+32+2)
	k[0] = prefixChunk
	copy(k[1:], root[:])
	binary.BigEndian.PutUint16(k[33:], uint16(index))
	return k
}

func timeKeyNano(at uint64, root common.Hash, index uint32) []byte {
	k := make([]byte, 1+8+32+2)
	k[0] = prefixTime
	binary.BigEndian.PutUint64(k[1:], at)
	copy(k[9:], root[:])
	binary.BigEndian.PutUint16(k[41:], uint16(index))
	return k
}

func expiryKey(root common.Hash, index uint32) []byte {
	k := chunkKey(root, index)
	k[0] = prefixExpiry
	return k
}

// expiryOf returns the record's current expiry (unix ns) and whether one is
// recorded.
func (s *Store) expiryOf(root common.Hash, index uint32) (uint64, bool, error) {
	v, err := s.db.Get(expiryKey(root, index), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("da: store read: %w", err)
	}
	if len(v) != 8 {
		return 0, false, fmt.Errorf("da: store: expiry of %s/%d is %d bytes", root.Hex(), index, len(v))
	}
	return binary.BigEndian.Uint64(v), true, nil
}

// Put stores an encoded, verified record that the caller is about to attest
// with the given expiry: the record is kept at least until then. It returns
// ErrConflict if a different record is stored under the same (dataRoot,
// index). For the same record it writes nothing new except a later expiry
// (a repeated store, re-attested with a later promise). Writes are synced to
// disk before Put returns, because the caller attests right after: a restart
// must lose nothing that was attested, nor shorten a promise.
func (s *Store) Put(rec *ChunkRecord, encoded []byte, expiry time.Time) (stored bool, err error) {
	if expiry.UnixNano() <= 0 {
		return false, fmt.Errorf("da: store: expiry %v before 1970", expiry)
	}
	exp := uint64(expiry.UnixNano())
	s.mu.Lock()
	defer s.mu.Unlock()
	key := chunkKey(rec.DataRoot, rec.Index)
	b := new(leveldb.Batch)
	old, err := s.db.Get(key, nil)
	switch {
	case err == nil:
		if !bytes.Equal(old, encoded) {
			return false, fmt.Errorf("%w: %s/%d", ErrConflict, rec.DataRoot.Hex(), rec.Index)
		}
		cur, ok, err := s.expiryOf(rec.DataRoot, rec.Index)
		if err != nil {
			return false, err
		}
		if ok && cur >= exp {
			return false, nil
		}
		if ok {
			b.Delete(timeKeyNano(cur, rec.DataRoot, rec.Index))
		}
	case !errors.Is(err, leveldb.ErrNotFound):
		return false, fmt.Errorf("da: store read: %w", err)
	default:
		b.Put(key, encoded)
		stored = true
	}
	var v [8]byte
	binary.BigEndian.PutUint64(v[:], exp)
	b.Put(timeKeyNano(exp, rec.DataRoot, rec.Index), nil)
	b.Put(expiryKey(rec.DataRoot, rec.Index), v[:])
	if err := s.db.Write(b, &opt.WriteOptions{Sync: true}); err != nil {
		return false, fmt.Errorf("da: store write: %w", err)
	}
	return stored, nil
}

// Expiry returns the latest expiry attested for the record (false if none
// is recorded).
func (s *Store) Expiry(root common.Hash, index uint32) (time.Time, bool, error) {
	e, ok, err := s.expiryOf(root, index)
	if err != nil || !ok {
		return time.Time{}, ok, err
	}
	return time.Unix(0, int64(e)), true, nil
}

// Get returns the encoded record stored under (dataRoot, index).
func (s *Store) Get(root common.Hash, index uint32) ([]byte, error) {
	v, err := s.db.Get(chunkKey(root, index), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, fmt.Errorf("%w: %s/%d", ErrNotFound, root.Hex(), index)
	}
	if err != nil {
		return nil, fmt.Errorf("da: store read: %w", err)
	}
	return v, nil
}

// Prune deletes records whose expiry is before now and whose dataRoot fin
// reports as final (all of them when fin is nil). It returns the number
// deleted. Records not yet final are kept and looked at again next time. A
// record is never deleted before the latest expiry attested for it, even if
// a Put extends it while Prune runs.
func (s *Store) Prune(ctx context.Context, now time.Time, fin Finalizer) (int, error) {
	type candidate struct {
		root  common.Hash
		index uint32
		at    uint64
	}
	limit := make([]byte, 9)
	limit[0] = prefixTime
	binary.BigEndian.PutUint64(limit[1:], uint64(max(now.UnixNano(), 0)))
	it := s.db.NewIterator(&util.Range{Start: []byte{prefixTime}, Limit: limit}, nil)
	defer it.Release()
	final := make(map[common.Hash]bool)
	var cands []candidate
	deleted := 0
	// The finalizer reads L1, so candidates are collected without the lock
	// and deleted under it in groups, each re-checked against its current
	// expiry.
	flush := func() error {
		s.mu.Lock()
		defer s.mu.Unlock()
		b := new(leveldb.Batch)
		for _, c := range cands {
			cur, ok, err := s.expiryOf(c.root, c.index)
			if err != nil {
				return err
			}
			b.Delete(timeKeyNano(c.at, c.root, c.index))
			if ok && cur != c.at {
				continue // a stale time key: the record's expiry is later
			}
			b.Delete(chunkKey(c.root, c.index))
			b.Delete(expiryKey(c.root, c.index))
			deleted++
		}
		cands = cands[:0]
		if b.Len() == 0 {
			return nil
		}
		return s.db.Write(b, nil)
	}
	for it.Next() {
		if err := ctx.Err(); err != nil {
			return deleted, err
		}
		k := it.Key()
		if len(k) != 43 {
			continue
		}
		at := binary.BigEndian.Uint64(k[1:9])
		root := common.BytesToHash(k[9:41])
		index := uint32(binary.BigEndian.Uint16(k[41:]))
		ok, seen := final[root]
		if !seen {
			ok = true
			if fin != nil {
				var err error
				if ok, err = fin.Finalized(ctx, root); err != nil {
					return deleted, fmt.Errorf("da: finalizer: %w", err)
				}
			}
			final[root] = ok
		}
		if !ok {
			continue
		}
		cands = append(cands, candidate{root, index, at})
		if len(cands) >= 512 {
			if err := flush(); err != nil {
				return deleted, err
			}
		}
	}
	if err := it.Error(); err != nil {
		return deleted, err
	}
	if err := flush(); err != nil {
		return deleted, err
	}
	return deleted, nil
}
