package watcher_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/dawire/dawiretest"
	"github.com/etherscale/etherscale/watcher"
)

// TestMissedSlotCountedByLeader: two bonded sequencers; in a slot the
// schedule gives to the first, the second posts after the leader window
// (a failover post), which strikes the first on L1. The watcher reads the
// strike, checks it against LeaderOf, and names the leader in its status,
// its metric by leader and a slot-missed alert; restarted, it counts the
// strike once and does not alert again; a watcher started 256 blocks
// later counts it without an alert.
func TestMissedSlotCountedByLeader(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, extraKeys)
	keyA := e.Sim.Keys[dawiretest.KeySequencer]
	bIdx := dawiretest.KeyFirstMember + int(e.Cfg.DA.N) + 1
	keyB := e.Sim.Keys[bIdx]
	a, b := crypto.PubkeyToAddress(keyA.PublicKey), crypto.PubkeyToAddress(keyB.PublicKey)
	setB := contracts.NewSequencerSet(e.Dep.Contracts.SequencerSet, e.Sim.Client, e.Sender(t, bIdx))
	if _, err := setB.Register(ctx, e.Cfg.MinBond.Big(), crypto.CompressPubkey(&keyB.PublicKey), ""); err != nil {
		t.Fatal(err)
	}
	set := contracts.NewSequencerSet(e.Dep.Contracts.SequencerSet, e.Sim.Client, nil)
	p, err := set.ScheduleParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// B joins the schedule at the next epoch.
	e.Sim.AdjustTime(t, time.Duration(p.EpochLength*p.SlotDuration)*time.Second)
	biB := contracts.NewBatchInbox(e.Dep.Contracts.BatchInbox, e.Sim.Client, e.Sender(t, bIdx))
	var struck *contracts.StrikeEvent
	for try := 0; try < 40 && struck == nil; try++ {
		head, err := e.Sim.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Gas is estimated at the head's time and the post mined a second
		// later: both must fall after A's leader window, in A's slot.
		now := head.Time
		slot := p.Slot(now)
		if leader, err := set.LeaderOf(ctx, slot); err == nil && leader == a && now-p.SlotStart(slot) >= p.LeaderWindow && now+1 < p.SlotStart(slot+1) {
			if err := postSignedBy(ctx, e, biB, keyA, keyB); err != nil {
				t.Fatal(err)
			}
			strikes, err := set.Strikes(ctx, e.Dep.DeployBlock, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(strikes) > 0 {
				struck = strikes[0]
			}
		}
		e.Sim.AdjustTime(t, time.Second)
	}
	if struck == nil || struck.Sequencer != a {
		t.Fatalf("no failover strike of %s: %+v", a, struck)
	}
	alerts := make(chan watcher.Alert, 8)
	hook := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		var al watcher.Alert
		if err := json.NewDecoder(r.Body).Decode(&al); err == nil {
			alerts <- al
		}
	}))
	defer hook.Close()
	dir := t.TempDir()
	mod := func(c *watcher.Config) { c.DataDir = dir }
	w, _ := daWatcherLog(t, e, hook.URL, nil, mod)
	if err := pass(t, e, w); err != nil {
		t.Fatalf("pass: %v", err)
	}
	check := func(w *watcher.Watcher) {
		t.Helper()
		st := w.Status().MissedSlots
		if !st.Available || st.Total != 1 || st.Missed[a.Hex()] != 1 || st.Missed[b.Hex()] != 0 || len(st.Recent) != 1 ||
			st.Recent[0].Slot != struck.Slot || st.Recent[0].Leader != a || !st.Recent[0].Scheduled {
			t.Errorf("missed-slot status %+v", st)
		}
		mfs, err := w.Metrics().Registry().Gather()
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, mf := range mfs {
			if mf.GetName() != "etherscale_watcher_missed_slots_total" {
				continue
			}
			for _, m := range mf.GetMetric() {
				if len(m.GetLabel()) == 1 && m.GetLabel()[0].GetValue() == a.Hex() && m.GetCounter().GetValue() == 1 {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("no etherscale_watcher_missed_slots_total{leader=%q} = 1", a.Hex())
		}
	}
	check(w)
	wantMetrics(t, w, map[string]float64{"slots_missed_total": 1})
	select {
	case al := <-alerts:
		if al.Kind != "slot-missed" || al.Slot == nil || *al.Slot != struck.Slot || len(al.Censors) != 1 || al.Censors[0] != a {
			t.Errorf("alert %+v", al)
		}
	default:
		t.Error("no slot-missed alert")
	}
	// Restarted on the same store: the strike is counted once.
	w.Close()
	w2, _ := daWatcherLog(t, e, hook.URL, nil, mod)
	if err := pass(t, e, w2); err != nil {
		t.Fatalf("pass after the restart: %v", err)
	}
	check(w2)
	select {
	case al := <-alerts:
		t.Errorf("alerted again after the restart: %+v", al)
	default:
	}
	// A watcher started 256 blocks later counts the old strike but does
	// not page anyone about it.
	for range 256 {
		e.Sim.Commit()
	}
	late, _ := daWatcherLog(t, e, hook.URL, nil, nil)
	if err := pass(t, e, late); err != nil {
		t.Fatalf("late watcher's pass: %v", err)
	}
	check(late)
	select {
	case al := <-alerts:
		t.Errorf("alerted about a strike 256 blocks old: %+v", al)
	default:
	}
}

// postSignedBy posts the next (empty) batch as bi's sender, signed by keys
// (sorted by address, as BatchInbox wants them).
func postSignedBy(ctx context.Context, e *dawiretest.Env, bi *contracts.BatchInbox, keys ...*ecdsa.PrivateKey) error {
	head, err := bi.ChainHead(ctx)
	if err != nil {
		return err
	}
	h, data, err := contracts.NewCalldataHeader(head.Number+1, head.HeaderHash, head.QueueEnd, head.QueueEnd, nil, common.Hash{1}, head.L2Timestamp+1)
	if err != nil {
		return err
	}
	sort.Slice(keys, func(i, k int) bool {
		x, y := crypto.PubkeyToAddress(keys[i].PublicKey), crypto.PubkeyToAddress(keys[k].PublicKey)
		return bytes.Compare(x[:], y[:]) < 0
	})
	var sigs [][]byte
	for _, k := range keys {
		sig, err := contracts.SignHeader(k, h, e.Sim.ChainID.Uint64(), e.Dep.Contracts.BatchInbox)
		if err != nil {
			return err
		}
		sigs = append(sigs, sig)
	}
	_, err = bi.PostBatch(ctx, h, sigs, data)
	return err
}
