package da

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// Key layout of a shard's goleveldb:
//
//	'c' ‖ dataRoot ‖ uint16 index          → encoded ChunkRecord
//	't' ‖ uint64 storedAt (unix ns) ‖ dataRoot ‖ uint16 index → empty
//
// The time index lets pruning walk records oldest first without reading
// chunk bodies.
const (
	prefixChunk = 'c'
	prefixTime  = 't'
)

// Store is a shard's persistent chunk store. It is safe for concurrent use.
type Store struct {
	db *leveldb.DB
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

func timeKey(at time.Time, root common.Hash, index uint32) []byte {
	k := make([]byte, 1+8+32+2)
	k[0] = prefixTime
	binary.BigEndian.PutUint64(k[1:], uint64(at.UnixNano()))
	copy(k[9:], root[:])
	binary.BigEndian.PutUint16(k[41:], uint16(index))
	return k
}

// Put stores an encoded, verified record. It returns ErrConflict if a
// different record is stored under the same (dataRoot, index), and nil
// without writing if the same one is. The write is synced to disk before
// Put returns, because the caller attests right after: a restart must lose
// nothing that was attested.
func (s *Store) Put(rec *ChunkRecord, encoded []byte, now time.Time) (stored bool, err error) {
	key := chunkKey(rec.DataRoot, rec.Index)
	old, err := s.db.Get(key, nil)
	switch {
	case err == nil:
		if bytes.Equal(old, encoded) {
			return false, nil
		}
		return false, fmt.Errorf("%w: %s/%d", ErrConflict, rec.DataRoot.Hex(), rec.Index)
	case !errors.Is(err, leveldb.ErrNotFound):
		return false, fmt.Errorf("da: store read: %w", err)
	}
	b := new(leveldb.Batch)
	b.Put(key, encoded)
	b.Put(timeKey(now, rec.DataRoot, rec.Index), nil)
	if err := s.db.Write(b, &opt.WriteOptions{Sync: true}); err != nil {
		return false, fmt.Errorf("da: store write: %w", err)
	}
	return true, nil
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

// Prune deletes records stored before cutoff whose dataRoot fin reports as
// final (all of them when fin is nil). It returns the number deleted.
// Records not yet final are kept and looked at again next time.
func (s *Store) Prune(ctx context.Context, cutoff time.Time, fin Finalizer) (int, error) {
	limit := make([]byte, 9)
	limit[0] = prefixTime
	binary.BigEndian.PutUint64(limit[1:], uint64(cutoff.UnixNano()))
	it := s.db.NewIterator(&util.Range{Start: []byte{prefixTime}, Limit: limit}, nil)
	defer it.Release()
	final := make(map[common.Hash]bool)
	b := new(leveldb.Batch)
	deleted := 0
	for it.Next() {
		if err := ctx.Err(); err != nil {
			return deleted, err
		}
		k := it.Key()
		if len(k) != 43 {
			continue
		}
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
		b.Delete(append([]byte(nil), k...))
		b.Delete(chunkKey(root, index))
		deleted++
		if b.Len() >= 1024 {
			if err := s.db.Write(b, nil); err != nil {
				return deleted, err
			}
			b.Reset()
		}
	}
	if err := it.Error(); err != nil {
		return deleted, err
	}
	if b.Len() > 0 {
		if err := s.db.Write(b, nil); err != nil {
			return deleted, err
		}
	}
	return deleted, nil
}
