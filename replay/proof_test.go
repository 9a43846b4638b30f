package replay

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// proofFixture builds a tree with keys sharing long prefixes and returns the
// tree plus a membership proof and both kinds of non-membership proofs.
func proofFixture(t *testing.T) (tr *Tree, member, other, empty common.Hash) {
	t.Helper()
	k := func(s string) common.Hash { return common.HexToHash(s) }
	// a and b share 20 bits; c elsewhere.
	a := k("0xabcde00000000000000000000000000000000000000000000000000000000001")
	b := k("0xabcdf00000000000000000000000000000000000000000000000000000000002")
	c := k("0x1000000000000000000000000000000000000000000000000000000000000003")
	tr = NewTree(NewMemoryStore(), common.Hash{})
	leaves := []Leaf{{a, Account{1, *uint256.NewInt(10)}}, {b, Account{2, *uint256.NewInt(20)}}, {c, Account{3, *uint256.NewInt(30)}}}
	if err := tr.Update(leaves); err != nil {
		t.Fatal(err)
	}
	// Shares 22 bits with a and is absent: the search ends at a's leaf.
	other = k("0xabcde80000000000000000000000000000000000000000000000000000000000")
	// Leaves the a/b edge (which spans depths 1..18) at bit 4: empty slot.
	empty = k("0xa0000000000000000000000000000000000000000000000000000000000000ff")
	return tr, a, other, empty
}

func TestProofKinds(t *testing.T) {
	tr, member, other, empty := proofFixture(t)
	for _, c := range []struct {
		key  common.Hash
		kind TerminalKind
	}{{member, TerminalLeaf}, {other, TerminalOther}, {empty, TerminalEmpty}} {
		p, err := tr.Prove(c.key)
		if err != nil {
			t.Fatal(err)
		}
		if p.Terminal != c.kind {
			t.Fatalf("key %x: terminal %d, want %d", c.key, p.Terminal, c.kind)
		}
		if _, _, err := VerifyProof(tr.Root(), c.key, p); err != nil {
			t.Fatalf("key %x: %v", c.key, err)
		}
	}
}

func TestProofCanonicality(t *testing.T) {
	tr, member, other, empty := proofFixture(t)
	root := tr.Root()
	prove := func(k common.Hash) *Proof {
		p, err := tr.Prove(k)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		key  common.Hash
		mod  func(p *Proof)
	}{
		{"depth above 256", member, func(p *Proof) { p.Depth = 257 }},
		{"bitmap bit beyond depth", member, func(p *Proof) {
			p.Bitmap[31] |= 1
			p.Siblings = append(p.Siblings, common.Hash{1})
		}},
		{"sibling count mismatch", member, func(p *Proof) { p.Siblings = p.Siblings[1:] }},
		{"extra sibling", member, func(p *Proof) { p.Siblings = append(p.Siblings, common.Hash{1}) }},
		{"zero sibling listed", member, func(p *Proof) { p.Siblings[0] = common.Hash{} }},
		{"leaf pushed below an empty sibling", member, func(p *Proof) { p.Depth++ }},
		{"leaf raised by dropping last sibling", member, func(p *Proof) {
			d := int(p.Depth) - 1
			p.Bitmap[d/8] &^= 0x80 >> uint(d%8)
			p.Siblings = p.Siblings[:len(p.Siblings)-1]
			p.Depth--
		}},
		{"membership with other key", member, func(p *Proof) { p.OtherKey = common.Hash{1} }},
		{"other terminal holding the key", other, func(p *Proof) { p.OtherKey = other }},
		{"other leaf off the key's path", other, func(p *Proof) { p.OtherKey[0] ^= 0x80 }},
		{"empty terminal with account", empty, func(p *Proof) { p.Account.Nonce = 1 }},
		{"empty terminal with key", empty, func(p *Proof) { p.OtherKey = common.Hash{1} }},
		{"empty pushed below an empty sibling", empty, func(p *Proof) { p.Depth++ }},
		{"unknown terminal", member, func(p *Proof) { p.Terminal = 3 }},
		{"membership claimed as empty", member, func(p *Proof) {
			p.Terminal, p.Account = TerminalEmpty, Account{}
		}},
		{"wrong balance", member, func(p *Proof) { p.Account.Balance.AddUint64(&p.Account.Balance, 1) }},
		{"wrong nonce", other, func(p *Proof) { p.Account.Nonce++ }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := prove(tc.key)
			if _, _, err := VerifyProof(root, tc.key, p); err != nil {
				t.Fatalf("honest proof rejected: %v", err)
			}
			tc.mod(p)
			if _, _, err := VerifyProof(root, tc.key, p); !errors.Is(err, ErrInvalidProof) {
				t.Fatalf("mutated proof accepted (err %v)", err)
			}
		})
	}
}

// TestProofMutationsNeverLie flips random bits of honest proofs: a mutated
// proof may only verify if it says exactly what the honest one says.
func TestProofMutationsNeverLie(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	tr := NewTree(NewMemoryStore(), common.Hash{})
	var keys []common.Hash
	var leaves []Leaf
	prefix := common.Hash{0x42, 0x42}
	for i := 0; i < 40; i++ {
		k := clusteredKey(r, prefix)
		keys = append(keys, k)
		leaves = append(leaves, Leaf{k, randAccount(r)})
	}
	if err := tr.Update(leaves); err != nil {
		t.Fatal(err)
	}
	root := tr.Root()
	for i := 0; i < 3000; i++ {
		key := keys[r.IntN(len(keys))]
		if r.IntN(2) == 0 {
			key = clusteredKey(r, prefix)
		}
		p, err := tr.Prove(key)
		if err != nil {
			t.Fatal(err)
		}
		wantAcc, wantOK, err := VerifyProof(root, key, p)
		if err != nil {
			t.Fatal(err)
		}
		q := p.Copy()
		switch r.IntN(6) {
		case 0:
			q.Depth = uint16(r.IntN(258))
		case 1:
			q.Bitmap[r.IntN(32)] ^= 1 << r.IntN(8)
		case 2:
			if len(q.Siblings) > 0 {
				q.Siblings[r.IntN(len(q.Siblings))][r.IntN(32)] ^= 1 << r.IntN(8)
			}
		case 3:
			q.Terminal = TerminalKind(r.IntN(4))
		case 4:
			q.OtherKey[r.IntN(32)] ^= 1 << r.IntN(8)
		case 5:
			q.Account.Nonce ^= 1 << r.IntN(64)
		}
		acc, ok, err := VerifyProof(root, key, q)
		if err == nil && (acc != wantAcc || ok != wantOK) {
			t.Fatalf("mutated proof verifies with a different answer")
		}
	}
}
