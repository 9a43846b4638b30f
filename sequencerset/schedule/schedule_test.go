package schedule_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/sequencerset/schedule"
)

var testParams = schedule.Params{GenesisTime: 1000, SlotDuration: 4, LeaderWindow: 2, EpochLength: 8, Contract: common.HexToAddress("0x5e0")}

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		name string
		p    schedule.Params
		want error
	}{
		{"ok", testParams, nil},
		{"no window", schedule.Params{SlotDuration: 1, EpochLength: 1}, nil},
		{"zero slot", schedule.Params{EpochLength: 1}, schedule.ErrZeroSlotDuration},
		{"zero epoch", schedule.Params{SlotDuration: 1}, schedule.ErrZeroEpochLength},
		{"window = slot", schedule.Params{SlotDuration: 4, LeaderWindow: 4, EpochLength: 1}, schedule.ErrLeaderWindow},
	} {
		if err := c.p.Validate(); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
}

func TestSlotEpochWindow(t *testing.T) {
	p := testParams
	for _, c := range []struct {
		t, slot, epoch uint64
		window         bool
	}{
		{0, 0, 0, true},     // before genesis: slot 0, in its window
		{1000, 0, 0, true},  // genesis
		{1001, 0, 0, true},  // 1 s into slot 0
		{1002, 0, 0, false}, // window (2 s) over
		{1003, 0, 0, false}, // last second of slot 0
		{1004, 1, 0, true},  // slot 1 starts
		{1031, 7, 0, false}, // last second of epoch 0
		{1032, 8, 1, true},  // first slot of epoch 1
		{1000 + 4*8*5 + 6, 41, 5, false},
	} {
		if s := p.Slot(c.t); s != c.slot {
			t.Errorf("Slot(%d) = %d, want %d", c.t, s, c.slot)
		}
		if e := p.Epoch(p.Slot(c.t)); e != c.epoch {
			t.Errorf("Epoch(Slot(%d)) = %d, want %d", c.t, e, c.epoch)
		}
		if w := p.InLeaderWindow(c.t); w != c.window {
			t.Errorf("InLeaderWindow(%d) = %v, want %v", c.t, w, c.window)
		}
	}
	if p.SlotStart(3) != 1012 || p.EpochFirstSlot(2) != 16 {
		t.Fatal("SlotStart / EpochFirstSlot")
	}
	// Zero parameters never divide by zero.
	var zero schedule.Params
	if zero.Slot(5) != 0 || zero.Epoch(5) != 0 {
		t.Fatal("zero params")
	}
}

func addr(b byte) common.Address { return common.Address{19: b} }

func TestLeader(t *testing.T) {
	p := testParams
	one := []schedule.Member{{Addr: addr(7), Stake: big.NewInt(1)}}
	for s := uint64(0); s < 50; s++ {
		if l := p.Leader(one, s); l != addr(7) {
			t.Fatalf("one member: slot %d led by %s", s, l)
		}
	}
	if l := p.Leader(nil, 3); l != (common.Address{}) {
		t.Fatalf("empty set led by %s", l)
	}
	zero := []schedule.Member{{Addr: addr(1), Stake: big.NewInt(0)}, {Addr: addr(2)}, {Addr: addr(3), Stake: big.NewInt(-5)}}
	if l := p.Leader(zero, 3); l != (common.Address{}) {
		t.Fatalf("zero stakes led by %s", l)
	}
	// Zero-stake members are never drawn; the order given does not matter.
	set := []schedule.Member{{Addr: addr(9), Stake: big.NewInt(3)}, {Addr: addr(1), Stake: big.NewInt(0)}, {Addr: addr(4), Stake: big.NewInt(1)}}
	rev := []schedule.Member{set[2], set[1], set[0]}
	counts := map[common.Address]int{}
	const n = 20000
	for s := uint64(0); s < n; s++ {
		l := p.Leader(set, s)
		if l != p.Leader(rev, s) {
			t.Fatalf("slot %d: order changes the leader", s)
		}
		counts[l]++
	}
	if counts[addr(1)] != 0 {
		t.Fatal("zero stake drawn")
	}
	// Stake-weighted: 3 : 1 (± 2 % of 20,000 draws, > 6 standard deviations).
	if c := counts[addr(9)]; c < n*73/100 || c > n*77/100 {
		t.Fatalf("3:1 stakes gave %v", counts)
	}
	// Another domain draws differently.
	q := p
	q.Contract = addr(0xee)
	same := 0
	for s := uint64(0); s < 100; s++ {
		if p.Leader(set, s) == q.Leader(set, s) {
			same++
		}
	}
	if same == 100 {
		t.Fatal("the domain does not enter the seed")
	}
}

func TestSortedDropsDuplicatesAndZeros(t *testing.T) {
	in := []schedule.Member{{Addr: addr(3), Stake: big.NewInt(1)}, {Addr: addr(1), Stake: big.NewInt(2)}, {Addr: addr(3), Stake: big.NewInt(5)}, {Addr: addr(2)}}
	out := schedule.Sorted(in)
	if len(out) != 2 || out[0].Addr != addr(1) || out[1].Addr != addr(3) || out[1].Stake.Int64() != 1 {
		t.Fatalf("sorted %v", out)
	}
	if len(in) != 4 || in[0].Addr != addr(3) {
		t.Fatal("input modified")
	}
}
