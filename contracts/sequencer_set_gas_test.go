package contracts_test

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts"
)

// TestSequencerSetGas logs the gas of the SequencerSet calls and of the
// posts the schedule makes dearer (docs/BENCHMARKS.md, "SequencerSet and
// BatchInbox"), on the schedule tests' parameters (10-second slots, 5-second
// leader window, 10-slot epochs), and guards against large regressions.
func TestSequencerSetGas(t *testing.T) {
	e := newScheduleEnv(t, scheduleParams(), 10)
	ctx := e.ctx
	type row struct {
		name  string
		gas   uint64
		limit uint64
	}
	var rows []row
	add := func(name string, rcpt *types.Receipt, err error, limit uint64) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rows = append(rows, row{name, rcpt.GasUsed, limit})
	}
	rcpt, err := e.setAs(2).Register(ctx, ether(1), gasKey(2), "https://sequencer.example:8545")
	add("register, first member (empty schedule)", rcpt, err, 230_000)
	rcpt, err = e.setAs(3).Register(ctx, ether(1), gasKey(3), "https://sequencer.example:8545")
	add("register, second member", rcpt, err, 230_000)
	for _, k := range []int{4, 5} {
		if _, err := e.setAs(k).Register(ctx, ether(1), gasKey(k), "https://sequencer.example:8545"); err != nil {
			t.Fatal(err)
		}
	}
	e.nextEpoch()
	rcpt, err = e.setAs(2).IncreaseBond(ctx, ether(1))
	add("increaseBond (first in the epoch)", rcpt, err, 80_000)

	p := e.params()
	keys := []int{2, 3, 4, 5}
	post := func(name string, poster int, limit uint64) {
		t.Helper()
		h, data := e.next(nil, 0)
		pb, err := e.biAs(poster).PostBatch(ctx, h, e.sign(h, keys...), data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rcpt, err := e.env.Client.TransactionReceipt(ctx, pb.TxHash)
		add(name, rcpt, err, limit)
	}
	// The first post of the deployment writes lastPostSlot from zero.
	s := e.slotLedBy(2)
	e.at(p.SlotStart(s) + 1)
	post("postBatch empty, 4 of 4 signers, leader in its window, first post ever", 2, 300_000)
	s = e.slotLedBy(2)
	e.at(p.SlotStart(s) + 1)
	post("postBatch empty, 4 of 4 signers, leader in its window", 2, 300_000)
	post("postBatch empty, 4 of 4 signers, second post of the slot (window)", 2, 300_000)
	e.at(p.SlotStart(s) + p.LeaderWindow + 1)
	post("postBatch empty, 4 of 4 signers, after the window, slot served", 3, 300_000)
	s = e.slotLedBy(2)
	e.at(p.SlotStart(s) + p.LeaderWindow + 1)
	post("postBatch empty, 4 of 4 signers, failover (strikes the leader)", 3, 300_000)

	// Equivocation by key 5.
	a, _ := e.next(nil, 0)
	b := *a
	b.StateRoot = common.Hash{0xbb}
	sa := e.sign(a, 5)[0]
	sb := e.sign(&b, 5)[0]
	_, _, rcpt, err = e.biAs(7).ProveEquivocation(ctx, a, sa, &b, sb)
	add("proveEquivocation (whole stake, ejection)", rcpt, err, 150_000)

	rcpt, err = e.setAs(4).Exit(ctx)
	add("exit", rcpt, err, 60_000)
	at, _ := e.set.WithdrawableAt(ctx, e.addr(4))
	e.advanceTo(at + 1)
	rcpt, err = e.setAs(4).Withdraw(ctx)
	add("withdraw (unlists)", rcpt, err, 80_000)

	// Jail key 3 (maxStrikes 2): two failover posts in its slots.
	keys = []int{2, 3}
	for i := 0; i < 2; i++ {
		s = e.slotLedBy(3)
		e.at(p.SlotStart(s) + p.LeaderWindow + 1)
		post("postBatch, 2 of 2 signers, failover", 2, 300_000)
	}
	if !e.standing(3).Jailed {
		t.Fatal("not jailed")
	}
	e.nextEpoch()
	rcpt, err = e.setAs(3).Unjail(ctx)
	add("unjail", rcpt, err, 60_000)

	// A forced batch three entries late: the leaders of the slots since the
	// oldest became overdue (9 slots of one epoch here) pay.
	e.deposits(3)
	first, _ := e.inbox.Entry(ctx, 0)
	e.advanceTo(first.Timestamp + bInclusionWindow + bForceGrace + 1)
	_, rcpt, err = e.biAs(7).PostForcedBatch(ctx)
	add("postForcedBatch (3 entries, 10 slots of one epoch, 1 leader penalised)", rcpt, err, 250_000)

	for _, r := range rows {
		t.Logf("%-75s %8d gas", r.name, r.gas)
		if r.gas > r.limit {
			t.Errorf("%s uses %d gas, budget %d", r.name, r.gas, r.limit)
		}
	}
}

// gasKey is member k's consensus key in the gas tests: 32 bytes like an
// ed25519 key, non-zero like one (zero bytes cost less calldata and
// storage), and its own (a key is held by one member).
func gasKey(k int) []byte { return bytes.Repeat([]byte{byte(k)}, 32) }

// TestSequencerSetGasFullSet measures a post with MAX_SEQUENCERS listed
// members (the bound of every schedule loop), signed by 22 of 32 (two thirds
// of equal stakes), against the same post with the 22 signers alone.
func TestSequencerSetGasFullSet(t *testing.T) {
	const max = contracts.MaxSequencers
	gas := func(listed int) uint64 {
		e := newBatchEnvWith(t, batchEnvOpts{keys: max + 2})
		for k := 2; k < 2+listed; k++ {
			if _, err := e.setAs(k).Register(e.ctx, bMinBond, gasKey(k), "https://sequencer.example:8545"); err != nil {
				t.Fatal(err)
			}
		}
		e.nextEpoch()
		var signers []int
		for k := 2; k < 2+22; k++ {
			signers = append(signers, k)
		}
		h, data := e.next(nil, 0)
		e.post(2, h, data, signers...) // the first post writes lastPostSlot
		h, data = e.next(nil, 0)
		pb := e.post(2, h, data, signers...)
		checkPostGasLimit(t, e.ctx, e.env.Client, pb.TxHash, listed, len(signers), 0)
		rcpt, err := e.env.Client.TransactionReceipt(e.ctx, pb.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		return rcpt.GasUsed
	}
	alone, full := gas(22), gas(max)
	t.Logf("postBatch empty, 22 signers: %d gas with 22 members listed, %d with %d (+%d, %d per extra member)", alone, full, max, full-alone, (full-alone)/(max-22))
	if full > 1_000_000 {
		t.Errorf("a post with a full set uses %d gas", full)
	}
}
