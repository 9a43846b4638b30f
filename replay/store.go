package replay

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// Stored node encodings. A node is stored under the hash the state tree gives
// the subtree it represents, at the position where it hangs (see tree.go), so
// the encodings need no framing beyond their length:
//
//	leaf   (72 bytes): key ‖ uint64 nonce ‖ uint256 balance (the leaf preimage)
//	inner  (65 bytes): uint8 split ‖ left ‖ right
//	inner  (97 bytes): uint8 split ‖ left ‖ right ‖ prefix (when the node sits above its split)
const (
	leafSize        = 72
	innerSize       = 65
	innerPrefixSize = 97
)

func validNodeSize(n int) bool { return n == leafSize || n == innerSize || n == innerPrefixSize }

// NodeReader reads state tree nodes by hash.
type NodeReader interface {
	// Node returns the encoding of the node stored under hash, or an error
	// wrapping ErrMissingNode. The caller must not modify the returned slice.
	Node(hash common.Hash) ([]byte, error)
}

// NodeStore is persistent storage for state tree nodes. Nodes are immutable and
// addressed by hash, so any number of tree versions (roots) share one store,
// and writing a node that is already present is harmless. Implementations must
// be safe for concurrent use.
type NodeStore interface {
	NodeReader
	// PutNodes stores a set of nodes. It is called once per commit.
	PutNodes(ctx context.Context, nodes []StoredNode) error
}

// StoredNode is one encoded node and its hash.
type StoredNode struct {
	Hash common.Hash
	Blob []byte
}

// MemoryStore is an in-memory NodeStore. Node bytes live in large slabs and the
// index holds no pointers, so millions of nodes cost the garbage collector
// almost nothing to scan.
type MemoryStore struct {
	mu    sync.RWMutex
	index map[common.Hash]uint64 // slab<<32 | offset<<8 | length
	slabs [][]byte
}

const memSlabSize = 1 << 20

// NewMemoryStore returns an empty in-memory node store.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{index: make(map[common.Hash]uint64)}
}

// Node implements NodeReader.
func (m *MemoryStore) Node(hash common.Hash) ([]byte, error) {
	m.mu.RLock()
	loc, ok := m.index[hash]
	var b []byte
	if ok {
		slab, off, n := loc>>32, (loc>>8)&0xffffff, loc&0xff
		b = m.slabs[slab][off : off+n : off+n]
	}
	m.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%w: %x", ErrMissingNode, hash)
	}
	return b, nil
}

// PutNodes implements NodeStore.
func (m *MemoryStore) PutNodes(ctx context.Context, nodes []StoredNode) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, n := range nodes {
		if !validNodeSize(len(n.Blob)) {
			return fmt.Errorf("%w: %x: %d bytes", ErrCorruptNode, n.Hash, len(n.Blob))
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, n := range nodes {
		last := len(m.slabs) - 1
		if last < 0 || len(m.slabs[last])+len(n.Blob) > memSlabSize {
			m.slabs = append(m.slabs, make([]byte, 0, memSlabSize))
			last++
		}
		// One map operation per node: a node stored twice (same bytes, it is
		// immutable) just points at its newest copy.
		off := len(m.slabs[last])
		m.slabs[last] = append(m.slabs[last], n.Blob...)
		m.index[n.Hash] = uint64(last)<<32 | uint64(off)<<8 | uint64(len(n.Blob))
	}
	return nil
}

// Len returns the number of stored nodes.
func (m *MemoryStore) Len() int {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return len(m.index)
}

// nodeForgetter is implemented by stores that cache the nodes of the current
// tree: Tree.Commit tells them which stored nodes the new root no longer
// uses, before writing the new ones.
type nodeForgetter interface {
	forget(hashes []common.Hash)
}
