package replay

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"
)

// TestBuildTreeMatchesUpdate: the bulk build gives the root Tree.Update
// gives and stores exactly the nodes Update's commit stores, byte for byte,
// including clustered keys (long shared prefixes, edges), repeated keys and
// sizes on both sides of the parallel split.
func TestBuildTreeMatchesUpdate(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(21, 21))
	for _, n := range []int{0, 1, 2, 3, 17, 1000, 3*parallelMin + 5} {
		var leaves []Leaf
		for i := 0; i < n; i++ {
			k := clusteredKey(r, common.Hash{0x5a, 0xa5})
			leaves = append(leaves, Leaf{k, randAccount(r)})
			if i%97 == 0 {
				leaves = append(leaves, Leaf{k, randAccount(r)}) // repeated key: the last wins
			}
		}
		ref := NewMemoryStore()
		tr := NewTree(ref, common.Hash{})
		if err := tr.Update(append([]Leaf(nil), leaves...)); err != nil {
			t.Fatal(err)
		}
		if err := tr.Commit(ctx, ref); err != nil {
			t.Fatal(err)
		}
		got := NewMemoryStore()
		root, err := BuildTree(ctx, got, append([]Leaf(nil), leaves...))
		if err != nil {
			t.Fatal(err)
		}
		if root != tr.Root() {
			t.Fatalf("%d leaves: BuildTree root %x, Update root %x", n, root, tr.Root())
		}
		if got.Len() != ref.Len() {
			t.Fatalf("%d leaves: BuildTree stored %d nodes, Update %d", n, got.Len(), ref.Len())
		}
		for h := range ref.index {
			a, _ := ref.Node(h)
			b, err := got.Node(h)
			if err != nil || string(a) != string(b) {
				t.Fatalf("%d leaves: node %x differs: %x vs %x (%v)", n, h, a, b, err)
			}
		}
	}
}

// reachableInner counts the inner nodes of the tree at root.
func reachableInner(t *testing.T, store NodeReader, root common.Hash) int {
	t.Helper()
	if root == (common.Hash{}) {
		return 0
	}
	b, err := store.Node(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) == leafSize {
		return 0
	}
	return 1 + reachableInner(t, store, common.Hash(b[1:33])) + reachableInner(t, store, common.Hash(b[33:65]))
}

// TestInnerCacheHoldsCurrentTree: with room for everything, after many
// commits the cache holds exactly the current tree's nodes (replaced ones are
// forgotten, not kept as history), and with a small budget it stays within
// it, gives up the leaves and lower levels first, and every read stays right.
func TestInnerCacheHoldsCurrentTree(t *testing.T) {
	ctx := context.Background()
	for _, budget := range []int{64 << 20, 96 << 10} {
		store, err := OpenLevelDBStore(t.TempDir(), budget)
		if err != nil {
			t.Fatal(err)
		}
		r := rand.New(rand.NewPCG(5, uint64(budget)))
		m := refModel{}
		var keys []common.Hash
		var leaves []Leaf
		for i := 0; i < 5000; i++ {
			k := clusteredKey(r, common.Hash{0x11})
			a := randAccount(r)
			leaves = append(leaves, Leaf{k, a})
			keys = append(keys, k)
			m[k] = a
		}
		root, err := BuildTree(ctx, store, leaves)
		if err != nil {
			t.Fatal(err)
		}
		tr := NewTree(store, root)
		for round := 0; round < 10; round++ {
			var batch []Leaf
			for i := 0; i < 300; i++ {
				k := keys[r.IntN(len(keys))]
				if i%10 == 0 {
					k = clusteredKey(r, common.Hash{0x11})
					keys = append(keys, k)
				}
				a := randAccount(r)
				batch = append(batch, Leaf{k, a})
				m[k] = a
			}
			if err := tr.Update(batch); err != nil {
				t.Fatal(err)
			}
			if err := tr.Commit(ctx, store); err != nil {
				t.Fatal(err)
			}
		}
		nodes, used, maxLevel := store.CacheStats()
		inner := reachableInner(t, store, tr.Root())
		accounts := len(m)
		if budget == 64<<20 {
			if nodes != inner+accounts || maxLevel != leafLevel {
				t.Fatalf("cache holds %d nodes (max level %d), the current tree has %d inner nodes and %d leaves", nodes, maxLevel, inner, accounts)
			}
		} else {
			if used > store.pinned.budget || maxLevel >= 255 || nodes == 0 || nodes >= inner {
				t.Fatalf("small budget: %d nodes, %d bytes of %d, max level %d (tree: %d inner)", nodes, used, store.pinned.budget, maxLevel, inner)
			}
		}
		checkReads(t, NewTree(store, tr.Root()), m)
		if err := store.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestWarm: a store reopened on an existing state and warmed reads it
// correctly and holds its inner nodes without a random read.
func TestWarm(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	store, err := OpenLevelDBStore(dir, 16<<20)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(8, 8))
	m := refModel{}
	var leaves []Leaf
	for i := 0; i < 3000; i++ {
		k := clusteredKey(r, common.Hash{0x77})
		leaves = append(leaves, Leaf{k, randAccount(r)})
		m[k] = leaves[i].Account
	}
	root, err := BuildTree(ctx, store, leaves)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	store, err = OpenLevelDBStore(dir, 16<<20)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if err := store.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	if nodes, _, _ := store.CacheStats(); nodes != reachableInner(t, store, root)+len(m) {
		t.Fatalf("warm cache holds %d nodes, want %d", nodes, reachableInner(t, store, root)+len(m))
	}
	checkReads(t, NewTree(store, root), m)
}

// checkReads checks a tree against a model too large for the reference root:
// the root against the memory store's tree of the same accounts, every read,
// and the proofs of some keys.
func checkReads(t *testing.T, tr *Tree, m refModel) {
	t.Helper()
	ref := NewTree(NewMemoryStore(), common.Hash{})
	var leaves []Leaf
	for k, a := range m {
		leaves = append(leaves, Leaf{k, a})
	}
	if err := ref.Update(leaves); err != nil {
		t.Fatal(err)
	}
	if tr.Root() != ref.Root() {
		t.Fatalf("root %x, memory store %x", tr.Root(), ref.Root())
	}
	i := 0
	for k, want := range m {
		acc, ok, err := tr.Get(k)
		if err != nil || !ok || acc != want {
			t.Fatalf("get %x: %v %v %v, want %v", k, acc, ok, err, want)
		}
		if i++; i%50 == 0 {
			p, err := tr.Prove(k)
			if err != nil {
				t.Fatal(err)
			}
			if pacc, pok, err := VerifyProof(tr.Root(), k, p); err != nil || !pok || pacc != want {
				t.Fatalf("proof of %x: %v %v %v", k, pacc, pok, err)
			}
		}
	}
}

// A failed write leaves nothing in the caches: they are filled while the
// database writes, and must never hold a node the database lacks.
func TestFailedWriteLeavesCachesEmpty(t *testing.T) {
	db, err := leveldb.OpenFile(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	store := NewLevelDBStore(db, []byte("n/"), 1<<20)
	leaves := randomLeaves(rand.New(rand.NewPCG(4, 4)), 50)
	tr := NewTree(store, common.Hash{})
	if err := tr.Update(leaves); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := tr.Commit(context.Background(), store); err == nil {
		t.Fatal("commit to a closed database succeeded")
	}
	if _, err := store.Node(tr.Root()); err == nil {
		t.Fatal("the root of a failed commit is readable from the caches")
	}
	if n, _, _ := store.CacheStats(); n != 0 {
		t.Fatalf("%d nodes cached after a failed write", n)
	}
}
