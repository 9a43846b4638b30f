package replay

import (
	"context"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// refRoot computes the root of a set of leaves straight from the definition in
// the protocol, with no compression or storage: the reference every tree and
// proof test compares against.
func refRoot(depth int, leaves []Leaf) common.Hash {
	switch len(leaves) {
	case 0:
		return common.Hash{}
	case 1:
		return LeafHash(leaves[0].Key, leaves[0].Account)
	}
	var left, right []Leaf
	for _, l := range leaves {
		if bit(&l.Key, depth) == 0 {
			left = append(left, l)
		} else {
			right = append(right, l)
		}
	}
	return crypto.Keccak256Hash(refRootBytes(depth+1, left), refRootBytes(depth+1, right))
}

func refRootBytes(depth int, leaves []Leaf) []byte {
	h := refRoot(depth, leaves)
	return h[:]
}

// refModel is a map of key to account with the reference root.
type refModel map[common.Hash]Account

func (m refModel) root() common.Hash {
	leaves := make([]Leaf, 0, len(m))
	for k, a := range m {
		leaves = append(leaves, Leaf{k, a})
	}
	return refRoot(0, leaves)
}

// clusteredKey makes keys that share long prefixes: the first byte of seed
// picks how many leading bits are fixed.
func clusteredKey(r *rand.Rand, prefix common.Hash) common.Hash {
	var k common.Hash
	for i := 0; i < 32; i += 8 {
		binary.BigEndian.PutUint64(k[i:], r.Uint64())
	}
	n := r.IntN(257)
	for i := 0; i < n; i++ {
		byteI, mask := i/8, byte(0x80>>(i%8))
		k[byteI] = (k[byteI] &^ mask) | (prefix[byteI] & mask)
	}
	return k
}

func randAccount(r *rand.Rand) Account {
	var a Account
	a.Nonce = r.Uint64() >> r.IntN(64)
	a.Balance.SetUint64(r.Uint64())
	if r.IntN(4) == 0 {
		a.Balance.Lsh(&a.Balance, uint(r.IntN(200)))
	}
	return a
}

// checkTreeAgainstModel verifies root, reads and proofs of every model key
// and of a few absent keys.
func checkTreeAgainstModel(t *testing.T, tr *Tree, m refModel, r *rand.Rand, prefix common.Hash) {
	t.Helper()
	want := m.root()
	if tr.Root() != want {
		t.Fatalf("root mismatch: tree %x, reference %x (%d accounts)", tr.Root(), want, len(m))
	}
	probe := make([]common.Hash, 0, len(m)+8)
	for k := range m {
		probe = append(probe, k)
	}
	for i := 0; i < 8; i++ {
		probe = append(probe, clusteredKey(r, prefix))
	}
	for _, k := range probe {
		acc, ok, err := tr.Get(k)
		if err != nil {
			t.Fatal(err)
		}
		macc, mok := m[k]
		if ok != mok || acc != macc {
			t.Fatalf("get %x: have %v %v, want %v %v", k, acc, ok, macc, mok)
		}
		p, err := tr.Prove(k)
		if err != nil {
			t.Fatal(err)
		}
		pacc, pok, err := VerifyProof(want, k, p)
		if err != nil {
			t.Fatalf("proof of %x does not verify: %v", k, err)
		}
		if pok != mok || pacc != macc {
			t.Fatalf("proof of %x: have %v %v, want %v %v", k, pacc, pok, macc, mok)
		}
		wrong := want
		wrong[5] ^= 1
		if _, _, err := VerifyProof(wrong, k, p); !errors.Is(err, ErrInvalidProof) {
			t.Fatalf("proof of %x verifies against a wrong root", k)
		}
		// Proof-based update equals the model's.
		newAcc := randAccount(r)
		got, err := p.RootAfter(k, newAcc)
		if err != nil {
			t.Fatal(err)
		}
		old, had := m[k]
		m[k] = newAcc
		if exp := m.root(); got != exp {
			t.Fatalf("RootAfter(%x) = %x, reference %x (terminal %d depth %d)", k, got, exp, p.Terminal, p.Depth)
		}
		if had {
			m[k] = old
		} else {
			delete(m, k)
		}
	}
}

func TestTreeAgainstReference(t *testing.T) {
	for seed := uint64(0); seed < 30; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		var prefix common.Hash
		binary.BigEndian.PutUint64(prefix[:], r.Uint64())
		store := NewMemoryStore()
		tr := NewTree(store, common.Hash{})
		m := refModel{}
		keys := []common.Hash{}
		for round := 0; round < 12; round++ {
			var batch []Leaf
			for n := r.IntN(6); n >= 0; n-- {
				var k common.Hash
				if len(keys) > 0 && r.IntN(3) == 0 {
					k = keys[r.IntN(len(keys))]
				} else {
					k = clusteredKey(r, prefix)
					keys = append(keys, k)
				}
				a := randAccount(r)
				batch = append(batch, Leaf{k, a})
				m[k] = a
			}
			if err := tr.Update(batch); err != nil {
				t.Fatal(err)
			}
			checkTreeAgainstModel(t, tr, m, r, prefix)
			if r.IntN(2) == 0 {
				if err := tr.Commit(context.Background(), store); err != nil {
					t.Fatal(err)
				}
				// Reopen from the store alone.
				tr = NewTree(store, tr.Root())
				checkTreeAgainstModel(t, tr, m, r, prefix)
			}
		}
	}
}

func TestTreeEmptyAndSingle(t *testing.T) {
	tr := NewTree(NewMemoryStore(), common.Hash{})
	if tr.Root() != (common.Hash{}) {
		t.Fatal("empty root not zero")
	}
	k := common.HexToHash("0x8000000000000000000000000000000000000000000000000000000000000001")
	a := Account{Nonce: 3, Balance: *uint256.NewInt(9)}
	if err := tr.Update([]Leaf{{k, a}}); err != nil {
		t.Fatal(err)
	}
	if tr.Root() != LeafHash(k, a) {
		t.Fatal("single-account root is not the leaf hash")
	}
}

func TestDiskStores(t *testing.T) {
	for name, be := range diskBackends() {
		t.Run(name, func(t *testing.T) { testDiskStore(t, be) })
	}
}

func testDiskStore(t *testing.T, be bigBackend) {
	ctx := context.Background()
	dir := t.TempDir()
	store, err := be.open(dir, 4<<10) // tiny cache: exercise disk reads
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(9, 9))
	tr := NewTree(store, common.Hash{})
	m := refModel{}
	var roots []common.Hash
	for round := 0; round < 5; round++ {
		var batch []Leaf
		for i := 0; i < 50; i++ {
			k := clusteredKey(r, common.Hash{0xaa})
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
		roots = append(roots, tr.Root())
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	// Reopen: every committed root is still readable.
	store, err = be.open(dir, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	tr = NewTree(store, roots[len(roots)-1])
	checkTreeAgainstModel(t, tr, m, r, common.Hash{0xaa})
	if _, _, err := NewTree(store, roots[0]).Get(common.Hash{1}); err != nil {
		t.Fatalf("old root unreadable: %v", err)
	}
	if _, _, err := NewTree(store, common.Hash{1, 2, 3}).Get(common.Hash{1}); !errors.Is(err, ErrMissingNode) {
		t.Fatalf("unknown root: %v, want ErrMissingNode", err)
	}
}
