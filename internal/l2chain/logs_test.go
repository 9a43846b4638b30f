package l2chain

import (
	"context"
	"math/big"
	"slices"
	"testing"
)

// TestLogCache: scans start a reorg margin below the last head, events held
// from below that survive and the rescanned ones are replaced (a reorged
// tail's events vanish), an unknown head rescans everything, a node behind
// the last scan is read from its own head's margin, and reset starts over.
func TestLogCache(t *testing.T) {
	ctx := context.Background()
	// The "chain": one event per block number listed.
	chain := []uint64{10, 50, 100, 150, 190, 199}
	var calls [][2]int64
	fetch := func(_ context.Context, from uint64, to *big.Int) ([]uint64, error) {
		end := int64(-1)
		if to != nil {
			end = to.Int64()
		}
		calls = append(calls, [2]int64{int64(from), end})
		var out []uint64
		for _, b := range chain {
			if b >= from && (to == nil || b <= to.Uint64()) {
				out = append(out, b)
			}
		}
		return out, nil
	}
	c := NewLogCache(5, func(b uint64) uint64 { return b })
	for _, tc := range []struct {
		name      string
		head      uint64
		chain     []uint64 // replaces the chain before the scan, if set
		wantFrom  int64
		wantTo    int64
		wantItems []uint64
	}{
		{"first scan from the deployment", 120, nil, 5, 120, []uint64{10, 50, 100}},
		{"next scan from the margin below the last head", 200, nil, 121 - reorgMargin, 200, []uint64{10, 50, 100, 150, 190, 199}},
		{"a reorged tail is replaced", 210, []uint64{10, 50, 100, 150, 195}, 201 - reorgMargin, 210, []uint64{10, 50, 100, 150, 195}},
		{"a node behind the last scan", 100, nil, 100 - reorgMargin, 100, []uint64{10, 50, 100}},
		{"an unknown head rescans everything", 0, nil, 5, -1, []uint64{10, 50, 100, 150, 195}},
	} {
		if tc.chain != nil {
			chain = tc.chain
		}
		got, err := c.Update(ctx, tc.head, fetch)
		if err != nil {
			t.Fatal(err)
		}
		last := calls[len(calls)-1]
		if last != [2]int64{tc.wantFrom, tc.wantTo} || !slices.Equal(got, tc.wantItems) {
			t.Errorf("%s: scanned [%d, %d], items %v; want [%d, %d], %v", tc.name, last[0], last[1], got, tc.wantFrom, tc.wantTo, tc.wantItems)
		}
	}
	c.Reset()
	if got, _ := c.Update(ctx, 300, fetch); calls[len(calls)-1] != [2]int64{5, 300} || len(got) != 5 {
		t.Errorf("after reset: scanned %v, %d items", calls[len(calls)-1], len(got))
	}
}
