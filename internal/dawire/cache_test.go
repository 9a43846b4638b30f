package dawire

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestDataCache(t *testing.T) {
	c := NewDataCache(2)
	h := func(i byte) common.Hash { return common.Hash{i} }
	c.Put(h(1), []byte("a"))
	c.Put(h(2), []byte("b"))
	c.Put(h(1), []byte("again")) // no change, no eviction
	if d, ok := c.Get(h(1)); !ok || string(d) != "a" || c.Len() != 2 {
		t.Fatalf("get 1: %q %v, len %d", d, ok, c.Len())
	}
	c.Put(h(3), []byte("c")) // the oldest, 1, goes
	if _, ok := c.Get(h(1)); ok {
		t.Fatal("oldest entry kept past the limit")
	}
	for _, i := range []byte{2, 3} {
		if _, ok := c.Get(h(i)); !ok {
			t.Fatalf("entry %d dropped", i)
		}
	}
	if NewDataCache(0).limit != 1 {
		t.Fatal("a limit below 1 is not raised to 1")
	}
}
