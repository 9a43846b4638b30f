package watcher

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
)

// TestConflictingNeedsOneParent: the Go side of BatchInbox.proveEquivocation's
// check 1a (PROTOCOL 5.6.5): headers of one number on different parents
// (a set that adopted a forced batch signs anew) are not proven; a
// same-parent pair is, the L1 header first.
func TestConflictingNeedsOneParent(t *testing.T) {
	mk := func(parent, root byte, source string) *signedHeader {
		h := contracts.BatchHeader{Number: 7, ParentHash: common.Hash{parent}, StateRoot: common.Hash{root}}
		return &signedHeader{h: h, hash: h.Hash(), source: source}
	}
	dropped, rebased := mk(1, 1, "http://a"), mk(2, 2, "l1")
	if _, _, ok := conflicting([]*signedHeader{dropped, rebased}); ok {
		t.Fatal("headers on two parents counted as equivocation (proveEquivocation reverts ParentMismatch)")
	}
	liar := mk(2, 3, "http://b")
	a, b, ok := conflicting([]*signedHeader{dropped, liar, rebased})
	if !ok || a != rebased || b != liar {
		t.Fatalf("same-parent pair not picked with the L1 header first: %v %v %v", a, b, ok)
	}
}
