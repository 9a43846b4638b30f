package watcher

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/replay"
)

// TestCanPay: a tracked transaction's sender must cover gas × maxFeePerGas
// + value, exactly, and overflowing costs are never payable.
func TestCanPay(t *testing.T) {
	acct := func(bal uint64) *replay.Account { return &replay.Account{Balance: *uint256.NewInt(bal)} }
	tx := &replay.Tx{Gas: 21000, GasFeeCap: *uint256.NewInt(10), Value: *uint256.NewInt(5)}
	if !canPay(tx, acct(210005)) || canPay(tx, acct(210004)) {
		t.Error("the boundary is gas × fee cap + value")
	}
	huge := &replay.Tx{Gas: ^uint64(0), GasFeeCap: *new(uint256.Int).Lsh(uint256.NewInt(1), 250)}
	max := replay.Account{Balance: *new(uint256.Int).Not(uint256.NewInt(0))}
	if canPay(huge, &max) {
		t.Error("an overflowing cost was payable")
	}
	over := &replay.Tx{Gas: 1, GasFeeCap: *uint256.NewInt(1), Value: *new(uint256.Int).Not(uint256.NewInt(0))}
	if canPay(over, &max) {
		t.Error("an overflowing value was payable")
	}
}

// TestForcedForCountsTheWindow: the per-sender and total limits count the
// transactions forced within ForceWindow, by their forcing time.
func TestForcedForCountsTheWindow(t *testing.T) {
	w := &Watcher{cfg: Config{ForceWindow: 100 * time.Second}}
	a, b := common.Address{1}, common.Address{2}
	e := func(v uint64) *uint64 { return &v }
	all := []*TrackedTx{
		{Sender: a, ForcedEntry: e(0), ForcedAt: 1000},
		{Sender: a, ForcedEntry: e(1), ForcedAt: 1050},
		{Sender: b, ForcedEntry: e(2), ForcedAt: 1090},
		{Sender: a, ForcedAt: 1095}, // never forced
	}
	for _, c := range []struct {
		who  common.Address
		now  uint64
		want int
	}{{a, 1060, 2}, {a, 1100, 1}, {a, 1150, 0}, {b, 1100, 1}, {common.Address{}, 1100, 2}, {common.Address{}, 1060, 3}} {
		if got := w.forcedFor(all, c.who, c.now); got != c.want {
			t.Errorf("forcedFor(%s, %d) = %d, want %d", c.who, c.now, got, c.want)
		}
	}
}
