package replay

import (
	"fmt"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
)

// TerminalKind says where the search for a key ends in a state proof.
type TerminalKind uint8

const (
	// TerminalEmpty: the key's slot at the proof depth is empty (non-membership).
	TerminalEmpty TerminalKind = 0
	// TerminalLeaf: the key's own leaf (membership).
	TerminalLeaf TerminalKind = 1
	// TerminalOther: another key's leaf occupies the subtree the key would be
	// in (non-membership); inserting the key pushes both leaves down.
	TerminalOther TerminalKind = 2
)

// Proof is a state tree proof for one key: the siblings s_0 … s_{Depth-1} of
// the path from the root to depth Depth, and the terminal node found there.
// Only non-zero siblings are listed, shallowest first; Bitmap (a big-endian
// 256-bit integer) has bit 255-i set iff s_i is non-zero, i.e. bit i counted
// from the most significant bit, like key bits.
//
// A proof is canonical, and only canonical proofs verify:
//   - Depth ≤ 256; no bitmap bit at an index ≥ Depth; one listed sibling per
//     set bit, none of them zero;
//   - if Depth > 0, s_{Depth-1} is non-zero (a one-account or empty subtree
//     never hangs under a node whose other child is empty: it would have
//     been represented higher up);
//   - TerminalEmpty: OtherKey and Account are zero;
//   - TerminalLeaf: OtherKey is zero; Account is the key's account;
//   - TerminalOther: OtherKey differs from the key and shares its first
//     Depth bits; Account is OtherKey's account.
type Proof struct {
	Depth    uint16
	Bitmap   [32]byte
	Siblings []common.Hash
	Terminal TerminalKind
	OtherKey common.Hash
	Account  Account
}

func (p *Proof) hasSibling(i int) bool { return p.Bitmap[i>>3]&(0x80>>uint(i&7)) != 0 }

// addSibling appends a non-zero sibling at depth i (deeper than any so far).
func (p *Proof) addSibling(i int, h common.Hash) {
	if h == (common.Hash{}) {
		return
	}
	p.Bitmap[i>>3] |= 0x80 >> uint(i&7)
	p.Siblings = append(p.Siblings, h)
}

// Sibling returns s_i (zero when absent or out of range).
func (p *Proof) Sibling(i int) common.Hash {
	if i < 0 || i >= int(p.Depth) || !p.hasSibling(i) {
		return common.Hash{}
	}
	n := 0
	for j := 0; j < i; j++ {
		if p.hasSibling(j) {
			n++
		}
	}
	return p.Siblings[n]
}

// Exists reports whether the proof is a membership proof.
func (p *Proof) Exists() bool { return p.Terminal == TerminalLeaf }

// Copy returns a deep copy of the proof.
func (p *Proof) Copy() *Proof {
	cp := *p
	cp.Siblings = append([]common.Hash(nil), p.Siblings...)
	return &cp
}

func proofErr(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrInvalidProof}, args...)...)
}

// checkCanonical applies the shape rules listed on Proof.
func (p *Proof) checkCanonical(key *common.Hash) error {
	d := int(p.Depth)
	if d > 256 {
		return proofErr("depth %d", d)
	}
	set := 0
	for i, b := range p.Bitmap {
		set += bits.OnesCount8(b)
		// Bits at indices ≥ d must be clear.
		if lo := i * 8; lo+8 > d {
			mask := byte(0xff)
			if lo < d {
				mask = 0xff >> uint(d-lo)
			}
			if b&mask != 0 {
				return proofErr("sibling bitmap beyond depth %d", d)
			}
		}
	}
	if set != len(p.Siblings) {
		return proofErr("%d siblings for %d bitmap bits", len(p.Siblings), set)
	}
	for _, s := range p.Siblings {
		if s == (common.Hash{}) {
			return proofErr("zero sibling listed")
		}
	}
	if d > 0 && !p.hasSibling(d-1) {
		return proofErr("terminal under an empty sibling at depth %d", d-1)
	}
	switch p.Terminal {
	case TerminalEmpty:
		if p.OtherKey != (common.Hash{}) || p.Account.Nonce != 0 || !p.Account.Balance.IsZero() {
			return proofErr("empty terminal with data")
		}
	case TerminalLeaf:
		if p.OtherKey != (common.Hash{}) {
			return proofErr("membership proof with other key")
		}
	case TerminalOther:
		if p.OtherKey == *key {
			return proofErr("other-leaf terminal holds the key itself")
		}
		if firstDiff(key, &p.OtherKey) < d {
			return proofErr("other leaf is not on the key's path")
		}
	default:
		return proofErr("terminal kind %d", p.Terminal)
	}
	return nil
}

// fold hashes node, the subtree at depth Depth on key's path, up to the root.
func (p *Proof) fold(h *hasher, key *common.Hash, node common.Hash) common.Hash {
	next := len(p.Siblings)
	for i := int(p.Depth) - 1; i >= 0; i-- {
		var sib common.Hash
		if p.hasSibling(i) {
			next--
			sib = p.Siblings[next]
		}
		if bit(key, i) == 0 {
			node = h.pair(&node, &sib)
		} else {
			node = h.pair(&sib, &node)
		}
	}
	return node
}

func (p *Proof) terminalHash(h *hasher, key *common.Hash) common.Hash {
	switch p.Terminal {
	case TerminalLeaf:
		return h.leaf(key, &p.Account)
	case TerminalOther:
		return h.leaf(&p.OtherKey, &p.Account)
	}
	return common.Hash{}
}

// VerifyProof checks a proof for key against root and returns the key's
// account and whether it exists (a missing account reads as zero).
func VerifyProof(root, key common.Hash, p *Proof) (Account, bool, error) {
	return verifyProof(newHasher(), root, key, p)
}

func verifyProof(h *hasher, root, key common.Hash, p *Proof) (Account, bool, error) {
	if err := p.checkCanonical(&key); err != nil {
		return Account{}, false, err
	}
	if got := p.fold(h, &key, p.terminalHash(h, &key)); got != root {
		return Account{}, false, proofErr("root mismatch: proof gives %x, want %x", got, root)
	}
	if p.Terminal != TerminalLeaf {
		return Account{}, false, nil
	}
	return p.Account, true, nil
}

// RootAfter computes, from the proof alone, the root after setting key's
// account to acc: an update for a membership proof, an insertion otherwise.
// Inserting into an empty slot puts the new leaf there; inserting where
// another leaf sits pushes both down to the first bit where the keys differ.
// The proof must have been verified against the old root.
func (p *Proof) RootAfter(key common.Hash, acc Account) (common.Hash, error) {
	return p.rootAfter(newHasher(), key, acc)
}

func (p *Proof) rootAfter(h *hasher, key common.Hash, acc Account) (common.Hash, error) {
	if err := p.checkCanonical(&key); err != nil {
		return common.Hash{}, err
	}
	node := h.leaf(&key, &acc)
	if p.Terminal == TerminalOther {
		other := h.leaf(&p.OtherKey, &p.Account)
		j := firstDiff(&key, &p.OtherKey)
		if bit(&key, j) == 0 {
			node = h.pair(&node, &other)
		} else {
			node = h.pair(&other, &node)
		}
		for i := j - 1; i >= int(p.Depth); i-- {
			node = h.up(node, bit(&key, i))
		}
	}
	return p.fold(h, &key, node), nil
}
