package contracts_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/replay"
)

const (
	testWindow    = 60
	testMaxTxSize = 512
)

type inboxEnv struct {
	env   *simbackend.Env
	inbox *contracts.Inbox
}

func newInboxEnv(t *testing.T) *inboxEnv {
	t.Helper()
	env := simbackend.New(t, 3)
	sender := env.Sender(t, 0)
	addr, _, err := contracts.DeployInbox(context.Background(), sender, testWindow, testMaxTxSize)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	return &inboxEnv{env: env, inbox: contracts.NewInbox(addr, env.Client, sender)}
}

// wantRevert asserts err is a revert whose decoded reason names the custom error.
func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	if err == nil {
		t.Fatalf("expected revert %s, got success", name)
	}
	var rev *txmgr.RevertError
	if !errors.As(err, &rev) {
		t.Fatalf("expected *txmgr.RevertError for %s, got %T: %v", name, err, err)
	}
	if !strings.HasPrefix(rev.Reason, name) {
		t.Fatalf("revert reason %q, want %s", rev.Reason, name)
	}
}

func TestInboxConstructorReverts(t *testing.T) {
	env := simbackend.New(t, 1)
	sender := env.Sender(t, 0)
	ctx := context.Background()
	_, _, err := contracts.DeployInbox(ctx, sender, 0, 10)
	wantRevert(t, err, "ZeroInclusionWindow")
	_, _, err = contracts.DeployInbox(ctx, sender, 10, 0)
	wantRevert(t, err, "ZeroMaxTxSize")
}

func TestInboxDeposit(t *testing.T) {
	e := newInboxEnv(t)
	ctx := context.Background()
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	amounts := []*big.Int{big.NewInt(0), big.NewInt(1), new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))}
	total := new(big.Int)
	for i, amount := range amounts {
		entry, err := e.inbox.Deposit(ctx, to, amount)
		if err != nil {
			t.Fatalf("deposit %d: %v", i, err)
		}
		total.Add(total, amount)
		if entry.Index != uint64(i) || entry.Kind != contracts.EntryKindDeposit {
			t.Fatalf("entry %d: index %d kind %d", i, entry.Index, entry.Kind)
		}
		gotTo, gotAmount, err := entry.Deposit()
		if err != nil || gotTo != to || gotAmount.Cmp(amount) != 0 {
			t.Fatalf("entry %d payload: %s %v %v", i, gotTo, gotAmount, err)
		}
		if want := replay.DepositEntryHash(to, u256(amount)); entry.Hash != want {
			t.Fatalf("entry %d hash %s, Go computes %s", i, entry.Hash, want)
		}
		stored, err := e.inbox.Entry(ctx, uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		if stored.Hash != entry.Hash || stored.Timestamp != entry.Timestamp {
			t.Fatalf("stored %+v, event %+v", stored, entry)
		}
	}
	n, err := e.inbox.Length(ctx)
	if err != nil || n != uint64(len(amounts)) {
		t.Fatalf("length %d, %v", n, err)
	}
	// The deposited ETH stays in the contract.
	bal, err := e.env.Client.BalanceAt(ctx, e.inbox.Address(), nil)
	if err != nil || bal.Cmp(total) != 0 {
		t.Fatalf("inbox balance %v, want %v (%v)", bal, total, err)
	}
}

func TestInboxForceTransaction(t *testing.T) {
	e := newInboxEnv(t)
	ctx := context.Background()
	raw := bytes.Repeat([]byte{0xab}, testMaxTxSize)
	entry, err := e.inbox.ForceTransaction(ctx, raw)
	if err != nil {
		t.Fatal(err)
	}
	if entry.Kind != contracts.EntryKindForcedTx || !bytes.Equal(entry.Payload, raw) {
		t.Fatalf("entry %+v", entry)
	}
	if want := replay.ForcedTxEntryHash(raw); entry.Hash != want {
		t.Fatalf("hash %s, Go computes %s", entry.Hash, want)
	}
	if entry.Sender != e.env.Sender(t, 0).From() {
		t.Fatalf("sender %s", entry.Sender)
	}

	_, err = e.inbox.ForceTransaction(ctx, nil)
	wantRevert(t, err, "EmptyTransaction")
	_, err = e.inbox.ForceTransaction(ctx, append(raw, 0))
	wantRevert(t, err, "TransactionTooLarge")
}

func TestInboxEntryOutOfRange(t *testing.T) {
	e := newInboxEnv(t)
	_, err := e.inbox.Entry(context.Background(), 0)
	wantRevert(t, err, "EntryOutOfRange")
	_, err = e.inbox.IsOverdue(context.Background(), 7)
	wantRevert(t, err, "EntryOutOfRange")
}

func TestInboxOverdue(t *testing.T) {
	e := newInboxEnv(t)
	ctx := context.Background()
	to := common.HexToAddress("0x01")
	// Two entries now, one entry 40 s later.
	for i := 0; i < 2; i++ {
		if _, err := e.inbox.Deposit(ctx, to, big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
	}
	e.env.AdjustTime(t, 40*time.Second)
	if _, err := e.inbox.ForceTransaction(ctx, []byte{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	check := func(wantCount uint64, wantOverdue []bool) {
		t.Helper()
		n, err := e.inbox.OverdueCount(ctx)
		if err != nil || n != wantCount {
			t.Fatalf("overdue count %d (%v), want %d", n, err, wantCount)
		}
		for i, want := range wantOverdue {
			got, err := e.inbox.IsOverdue(ctx, uint64(i))
			if err != nil || got != want {
				t.Fatalf("isOverdue(%d) = %v (%v), want %v", i, got, err, want)
			}
		}
	}
	check(0, []bool{false, false, false})
	// 40 + 25 = 65 s > 60 s window for the first two, 25 s for the third.
	e.env.AdjustTime(t, 25*time.Second)
	check(2, []bool{true, true, false})
	e.env.AdjustTime(t, 40*time.Second)
	check(3, []bool{true, true, true})
}

func TestInboxEntriesFromLogs(t *testing.T) {
	e := newInboxEnv(t)
	ctx := context.Background()
	want := [][]byte{{0x01}, {0x02, 0x03}}
	for _, raw := range want {
		if _, err := e.inbox.ForceTransaction(ctx, raw); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.inbox.Deposit(ctx, common.HexToAddress("0x02"), big.NewInt(9)); err != nil {
		t.Fatal(err)
	}
	entries, err := e.inbox.Entries(ctx, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 3 {
		t.Fatalf("%d entries", len(entries))
	}
	for i, raw := range want {
		if entries[i].Index != uint64(i) || !bytes.Equal(entries[i].Payload, raw) {
			t.Fatalf("entry %d: %+v", i, entries[i])
		}
	}
	if _, amount, err := entries[2].Deposit(); err != nil || amount.Int64() != 9 {
		t.Fatalf("deposit entry: %v %v", amount, err)
	}
	if _, _, err := entries[0].Deposit(); err == nil {
		t.Fatal("forced tx decoded as deposit")
	}
}

// TestInboxHashesMatchGo checks the contract's pure hash functions against the
// Go implementation on edge cases (zero, max values, empty and long payloads).
func TestInboxHashesMatchGo(t *testing.T) {
	e := newInboxEnv(t)
	ctx := context.Background()
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, tc := range []struct {
		to     common.Address
		amount *big.Int
	}{
		{common.Address{}, big.NewInt(0)},
		{common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), maxU256},
		{common.HexToAddress("0x71562b71999873DB5b286dF957af199Ec94617F7"), big.NewInt(1e18)},
	} {
		got, err := e.inbox.DepositHash(ctx, tc.to, tc.amount)
		if err != nil {
			t.Fatal(err)
		}
		if want := replay.DepositEntryHash(tc.to, u256(tc.amount)); got != want {
			t.Fatalf("depositHash(%s, %v) = %s, Go %s", tc.to, tc.amount, got, want)
		}
	}
	for _, raw := range [][]byte{{}, {0}, bytes.Repeat([]byte{7}, 1000)} {
		got, err := e.inbox.ForcedTxHash(ctx, raw)
		if err != nil {
			t.Fatal(err)
		}
		if want := replay.ForcedTxEntryHash(raw); got != want {
			t.Fatalf("forcedTxHash(%x) = %s, Go %s", raw, got, want)
		}
	}
}

// TestInboxGas measures the gas of every Inbox operation (recorded in
// docs/BENCHMARKS.md) and guards against large regressions.
func TestInboxGas(t *testing.T) {
	env := simbackend.New(t, 1)
	sender := env.Sender(t, 0)
	ctx := context.Background()
	addr, rcpt, err := contracts.DeployInbox(ctx, sender, testWindow, 4096)
	if err != nil {
		t.Fatal(err)
	}
	inbox := contracts.NewInbox(addr, env.Client, sender)
	type row struct {
		name  string
		gas   uint64
		limit uint64
	}
	rows := []row{{"deploy Inbox", rcpt.GasUsed, 1_000_000}}
	gasOf := func(e *contracts.QueuedEntry, err error) uint64 {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		r, err := env.Client.TransactionReceipt(ctx, e.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		return r.GasUsed
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	rows = append(rows,
		row{"deposit (first entry: new timestamp slot)", gasOf(inbox.Deposit(ctx, to, big.NewInt(1e18))), 120_000},
		row{"deposit (timestamp slot shared)", gasOf(inbox.Deposit(ctx, to, big.NewInt(1e18))), 100_000},
		row{"forceTransaction 110 bytes", gasOf(inbox.ForceTransaction(ctx, bytes.Repeat([]byte{1}, 110))), 100_000},
		row{"forceTransaction 4096 bytes", gasOf(inbox.ForceTransaction(ctx, bytes.Repeat([]byte{1}, 4096))), 200_000},
	)
	for _, r := range rows {
		t.Logf("%-45s %8d gas", r.name, r.gas)
		if r.gas > r.limit {
			t.Errorf("%s uses %d gas, budget %d", r.name, r.gas, r.limit)
		}
	}
}
