package replay

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Account is the state of one L2 account. An account that does not exist reads
// as the zero Account.
type Account struct {
	Nonce   uint64
	Balance uint256.Int
}

// Leaf is a keyed account: the unit of a tree update.
type Leaf struct {
	Key     common.Hash
	Account Account
}

// Tree is the compact sparse Merkle tree holding the L2 state.
//
// Hashing follows the protocol exactly (see doc.go): an empty subtree is zero,
// a subtree holding one account is that account's leaf hash, and any other
// subtree is keccak256(left ‖ right). Storage is path-compressed: only nodes
// where keys actually branch (and leaves) are stored, each under the protocol
// hash of the subtree at the position where it hangs. A stored inner node
// records its split depth p and the hashes of its two children at depth p+1;
// when it hangs higher than p (an edge of single-child levels above it) it
// also records the key prefix, so the edge's hashes — keccak256(h ‖ 0) or
// keccak256(0 ‖ h) per level — can be recomputed. A parent therefore holds its
// children's hashes, and hashing a modified path never loads a sibling.
//
// Updates are applied in sorted batches: every node on the union of the
// modified paths is rebuilt and hashed exactly once. New nodes stay in memory
// until Commit writes the ones reachable from the root to the store. Old nodes
// are never deleted, so every committed root stays readable.
//
// A Tree is not safe for concurrent use.
type Tree struct {
	store NodeReader
	root  common.Hash
	dirty map[common.Hash][]byte
	slab  []byte
	h     *hasher
	// replaced lists stored inner nodes that updates rebuilt, for stores
	// that cache the current tree's nodes (nodeForgetter); nil otherwise.
	replaced []common.Hash
	track    bool
	// sink, when set (BuildTree), receives new nodes instead of dirty.
	sink *nodeSink
}

// NewTree opens the tree with the given root (zero for the empty tree) over a
// node store.
func NewTree(store NodeReader, root common.Hash) *Tree {
	_, track := store.(nodeForgetter)
	return &Tree{store: store, root: root, dirty: make(map[common.Hash][]byte), h: newHasher(), track: track}
}

// Root returns the current root hash. It is always up to date: Update hashes.
func (t *Tree) Root() common.Hash { return t.root }

// Copy returns an independent tree at the same root sharing the store. The
// uncommitted nodes are shared read-only (they are immutable).
func (t *Tree) Copy() *Tree {
	cp := &Tree{store: t.store, root: t.root, dirty: make(map[common.Hash][]byte, len(t.dirty)), h: newHasher(), track: t.track}
	for k, v := range t.dirty {
		cp.dirty[k] = v
	}
	return cp
}

func (t *Tree) node(h common.Hash) ([]byte, error) {
	if len(t.dirty) > 0 {
		if b, ok := t.dirty[h]; ok {
			return b, nil
		}
	}
	b, err := t.store.Node(h)
	if err != nil {
		return nil, err
	}
	if !validNodeSize(len(b)) {
		return nil, fmt.Errorf("%w: %x: %d bytes", ErrCorruptNode, h, len(b))
	}
	return b, nil
}

// innerParts decodes an inner node placed at depth, checking what a corrupt
// store could break so that every walk terminates: the split is never above
// the position, and a node hanging above its split carries a key prefix.
func innerParts(h common.Hash, b []byte, depth int) (split int, left, right common.Hash, err error) {
	split = int(b[0])
	if split < depth || (split > depth && len(b) != innerPrefixSize) {
		return 0, left, right, fmt.Errorf("%w: %x: split %d at depth %d", ErrCorruptNode, h, split, depth)
	}
	return split, common.Hash(b[1:33]), common.Hash(b[33:65]), nil
}

func decodeAccount(b []byte) Account {
	var a Account
	a.Nonce = binary.BigEndian.Uint64(b[32:40])
	a.Balance.SetBytes32(b[40:72])
	return a
}

// Get returns the account stored under key and whether it exists.
func (t *Tree) Get(key common.Hash) (Account, bool, error) {
	acc, ok, _, err := t.get(key)
	return acc, ok, err
}

// get is Get, also returning the number of nodes the walk read.
func (t *Tree) get(key common.Hash) (Account, bool, int, error) {
	h, depth := t.root, 0
	for walked := 1; h != (common.Hash{}); walked++ {
		b, err := t.node(h)
		if err != nil {
			return Account{}, false, walked, err
		}
		if len(b) == leafSize {
			if common.Hash(b[:32]) != key {
				return Account{}, false, walked, nil
			}
			return decodeAccount(b), true, walked, nil
		}
		split, left, right, err := innerParts(h, b, depth)
		if err != nil {
			return Account{}, false, walked, err
		}
		// Bits between depth and split are not compared: if key leaves the
		// edge, the walk ends at a leaf with another key, which says the same.
		if bit(&key, split) == 0 {
			h = left
		} else {
			h = right
		}
		depth = split + 1
	}
	return Account{}, false, 0, nil
}

// Update writes a set of leaves (inserting or overwriting) and rehashes the
// tree. Leaves may come in any order; if a key repeats, the last one wins.
// The slice is sorted in place.
func (t *Tree) Update(leaves []Leaf) error {
	if len(leaves) == 0 {
		return nil
	}
	slices.SortStableFunc(leaves, func(a, b Leaf) int { return bytes.Compare(a.Key[:], b.Key[:]) })
	// Deduplicate, keeping the last write of each key.
	out := leaves[:0]
	for i := range leaves {
		if i+1 < len(leaves) && leaves[i+1].Key == leaves[i].Key {
			continue
		}
		out = append(out, leaves[i])
	}
	root, err := t.update(t.root, 0, out)
	if err != nil {
		return err
	}
	t.root = root
	return nil
}

// update applies sorted, distinct leaves to the subtree with hash h hanging at
// depth; all leaf keys share the subtree's first depth bits.
func (t *Tree) update(h common.Hash, depth int, items []Leaf) (common.Hash, error) {
	if len(items) == 0 {
		return h, nil
	}
	if h == (common.Hash{}) {
		return t.build(depth, items), nil
	}
	b, err := t.node(h)
	if err != nil {
		return common.Hash{}, err
	}
	if len(b) != leafSize {
		return t.updateInner(h, b, depth, items)
	}
	if t.track {
		if _, ok := t.dirty[h]; !ok {
			t.replaced = append(t.replaced, h)
		}
	}
	key := common.Hash(b[:32])
	i := sort.Search(len(items), func(i int) bool { return bytes.Compare(items[i].Key[:], key[:]) >= 0 })
	if i < len(items) && items[i].Key == key {
		if len(items) == 1 {
			return t.putLeaf(&items[0]), nil
		}
		return t.build(depth, items), nil
	}
	// The existing account stays; rebuild the subtree with it as one more item.
	merged := make([]Leaf, 0, len(items)+1)
	merged = append(merged, items[:i]...)
	merged = append(merged, Leaf{Key: key, Account: decodeAccount(b)})
	merged = append(merged, items[i:]...)
	return t.build(depth, merged), nil
}

// updateInner applies items to the inner node b, placing the result at depth
// (which may be below the node's original position when an edge was split).
func (t *Tree) updateInner(h common.Hash, b []byte, depth int, items []Leaf) (common.Hash, error) {
	split, left, right, err := innerParts(h, b, depth)
	if err != nil {
		return common.Hash{}, err
	}
	if t.track {
		if _, ok := t.dirty[h]; !ok {
			t.replaced = append(t.replaced, h)
		}
	}
	var prefix common.Hash
	if len(b) == innerPrefixSize {
		prefix = common.Hash(b[65:97])
	}
	if split > depth && len(items) > 0 {
		// With sorted keys the smallest divergence from the edge is reached at
		// one of the two extremes.
		j := min(firstDiff(&items[0].Key, &prefix), firstDiff(&items[len(items)-1].Key, &prefix))
		if j < split {
			// Some keys leave the edge at depth j: a new inner node splits
			// there, with the old node moved down to j+1 on one side.
			side := bit(&prefix, j)
			m := partition(items, j)
			same, other := items[:m], items[m:]
			if side == 1 {
				same, other = other, same
			}
			moved, err := t.updateInner(h, b, j+1, same)
			if err != nil {
				return common.Hash{}, err
			}
			fresh := t.build(j+1, other)
			if side == 0 {
				return t.putInner(depth, j, moved, fresh, &prefix), nil
			}
			return t.putInner(depth, j, fresh, moved, &prefix), nil
		}
	}
	m := partition(items, split)
	if left, err = t.update(left, split+1, items[:m]); err != nil {
		return common.Hash{}, err
	}
	if right, err = t.update(right, split+1, items[m:]); err != nil {
		return common.Hash{}, err
	}
	return t.putInner(depth, split, left, right, &prefix), nil
}

// partition returns the index of the first item whose key has bit i set. The
// items are sorted and share their first i bits.
func partition(items []Leaf, i int) int {
	return sort.Search(len(items), func(k int) bool { return bit(&items[k].Key, i) == 1 })
}

// build creates the subtree hanging at depth that holds exactly items (sorted,
// distinct, non-empty, sharing their first depth bits).
func (t *Tree) build(depth int, items []Leaf) common.Hash {
	if len(items) == 1 {
		return t.putLeaf(&items[0])
	}
	j := firstDiff(&items[0].Key, &items[len(items)-1].Key)
	m := partition(items, j)
	left := t.build(j+1, items[:m])
	right := t.build(j+1, items[m:])
	return t.putInner(depth, j, left, right, &items[0].Key)
}

func (t *Tree) alloc(n int) []byte {
	if t.sink != nil {
		// emit copies the node into the sink's batch at once.
		return t.sink.scratch[:n:n]
	}
	if len(t.slab)+n > cap(t.slab) {
		t.slab = make([]byte, 0, 64<<10)
	}
	off := len(t.slab)
	t.slab = t.slab[:off+n]
	return t.slab[off : off+n : off+n]
}

func (t *Tree) putLeaf(l *Leaf) common.Hash {
	blob := t.alloc(leafSize)
	encodeLeaf(blob, &l.Key, &l.Account)
	h := t.h.sum(blob)
	t.emit(h, blob)
	return h
}

func (t *Tree) emit(h common.Hash, blob []byte) {
	if t.sink != nil {
		t.sink.add(h, blob)
		return
	}
	t.dirty[h] = blob
}

// putInner stores the inner node splitting at split with the given children,
// hanging at depth ≤ split, and returns its hash there. prefix supplies the
// key bits of the edge between depth and split.
func (t *Tree) putInner(depth, split int, left, right common.Hash, prefix *common.Hash) common.Hash {
	h := t.h.pair(&left, &right)
	for i := split - 1; i >= depth; i-- {
		h = t.h.up(h, bit(prefix, i))
	}
	size := innerSize
	if split > depth {
		size = innerPrefixSize
	}
	blob := t.alloc(size)
	blob[0] = byte(split)
	copy(blob[1:33], left[:])
	copy(blob[33:65], right[:])
	if split > depth {
		p := maskFrom(*prefix, split)
		copy(blob[65:97], p[:])
	}
	t.emit(h, blob)
	return h
}

// Prove returns the proof for key against the current root: membership if the
// key is present, non-membership otherwise.
func (t *Tree) Prove(key common.Hash) (*Proof, error) {
	p := new(Proof)
	if t.root == (common.Hash{}) {
		return p, nil
	}
	type step struct {
		split       int
		left, right common.Hash
	}
	var (
		path  = make([]step, 0, 40)
		h     = t.root
		depth = 0
		leaf  []byte
	)
	for {
		b, err := t.node(h)
		if err != nil {
			return nil, err
		}
		if len(b) == leafSize {
			leaf = b
			break
		}
		split, left, right, err := innerParts(h, b, depth)
		if err != nil {
			return nil, err
		}
		path = append(path, step{split, left, right})
		if bit(&key, split) == 0 {
			h = left
		} else {
			h = right
		}
		depth = split + 1
	}
	sibling := func(s step) common.Hash {
		if bit(&key, s.split) == 0 {
			return s.right
		}
		return s.left
	}
	other := common.Hash(leaf[:32])
	if other == key {
		for _, s := range path {
			p.addSibling(s.split, sibling(s))
		}
		p.Depth, p.Terminal, p.Account = uint16(depth), TerminalLeaf, decodeAccount(leaf)
		return p, nil
	}
	// The walk followed key's bits at every split, so the first bit where key
	// and the leaf found differ lies either on the edge above one of the inner
	// nodes (key's slot there is empty) or below the leaf's position.
	j := firstDiff(&key, &other)
	for i, s := range path {
		if j >= s.split {
			continue
		}
		for _, q := range path[:i] {
			p.addSibling(q.split, sibling(q))
		}
		// Sibling at depth j: the node's subtree seen from depth j+1.
		sub := t.h.pair(&s.left, &s.right)
		for k := s.split - 1; k > j; k-- {
			sub = t.h.up(sub, bit(&other, k))
		}
		p.addSibling(j, sub)
		p.Depth, p.Terminal = uint16(j+1), TerminalEmpty
		return p, nil
	}
	for _, s := range path {
		p.addSibling(s.split, sibling(s))
	}
	p.Depth, p.Terminal, p.OtherKey, p.Account = uint16(depth), TerminalOther, other, decodeAccount(leaf)
	return p, nil
}

// Commit writes the uncommitted nodes reachable from the root to store and
// forgets the others (intermediate versions from per-step tracing).
func (t *Tree) Commit(ctx context.Context, store NodeStore) error {
	// A subtree never occurs twice in one tree (keys are unique), so the walk
	// needs no visited set.
	nodes := make([]StoredNode, 0, len(t.dirty))
	var walk func(h common.Hash)
	walk = func(h common.Hash) {
		b, ok := t.dirty[h]
		if !ok {
			return
		}
		nodes = append(nodes, StoredNode{Hash: h, Blob: b})
		if len(b) != leafSize {
			walk(common.Hash(b[1:33]))
			walk(common.Hash(b[33:65]))
		}
	}
	walk(t.root)
	// Forget before writing: a node replaced and rebuilt identical is in
	// both lists and must stay cached.
	if f, ok := store.(nodeForgetter); ok {
		f.forget(t.replaced)
	}
	if err := store.PutNodes(ctx, nodes); err != nil {
		return fmt.Errorf("commit state tree: %w", err)
	}
	clear(t.dirty)
	t.slab = nil
	t.replaced = t.replaced[:0]
	return nil
}

// Dirty returns the number of uncommitted nodes.
func (t *Tree) Dirty() int { return len(t.dirty) }
