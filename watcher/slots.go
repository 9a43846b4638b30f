package watcher

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/sequencerset/schedule"
)

// Detector 3 (issue 11, docs/PROTOCOL.md §10): missed leader slots. The
// contract does the proving: a batch posted after a slot's leader window
// by someone other than its leader strikes the leader on L1 in the same
// transaction (SequencerSet.Struck, §5.6.4), and maxStrikes consecutive
// strikes jail it (Jailed). So the watcher needs no proof of its own; it
// reads those events, checks each struck slot against the leader schedule
// (LeaderOf), counts the slots missed per leader and reports who is
// jailed. Every record is written with the scanned mark that covers it,
// so a kill re-reads a range at most and counts nothing twice.

const (
	prefMissed      = "missed/" // missed/<slot, 16 hex> → MissedSlot
	prefJailed      = "jailed/" // jailed/<addr>/<epoch, 16 hex> → JailRecord
	keySlotsScanned = "meta/slotsscanned"
	mSlotsMissed    = "slots_missed_total"
	mJailed         = "sequencers_jailed_total"
	// slotAlertDepth: strikes and jails older than this many L1 blocks
	// when first read are recorded without an alert.
	slotAlertDepth = 256
)

// MissedSlot is one struck slot: its leader did not post in its leader
// window and another member posted after it.
type MissedSlot struct {
	Slot    uint64         `json:"slot"`
	Leader  common.Address `json:"leader"`
	Strikes uint8          `json:"strikes"` // consecutive, after this one
	// Scheduled is false if LeaderOf(slot) names someone else than the
	// struck member (a contract fault: never expected).
	Scheduled bool        `json:"scheduled"`
	L1Block   uint64      `json:"l1Block"`
	Tx        common.Hash `json:"tx"`
}

// JailRecord is one Jailed event.
type JailRecord struct {
	Sequencer common.Address `json:"sequencer"`
	Epoch     uint64         `json:"epoch"`
	L1Block   uint64         `json:"l1Block"`
	Tx        common.Hash    `json:"tx"`
}

// slotsDuty is detector 3's state between passes.
type slotsDuty struct {
	set    *contracts.SequencerSet
	params *schedule.Params
	// missed and jailed mirror the store (restored on the first pass).
	restored bool
	missed   map[common.Address]uint64
	recent   []*MissedSlot // newest last, at most statusTxs
	jailed   []*JailRecord
}

func (u *update) putJSON(key string, v any) {
	if err := putJSON(u.b, key, v); err != nil && u.err == nil {
		u.err = err
	}
}

// seqSet returns the SequencerSet client (its address read once from
// BatchInbox).
func (w *Watcher) seqSet(ctx context.Context) (*contracts.SequencerSet, error) {
	if w.slots.set == nil {
		addr, err := w.batches.SequencerSetAddress(ctx)
		if err != nil {
			return nil, fmt.Errorf("BatchInbox.sequencerSet: %w", err)
		}
		w.slots.set = contracts.NewSequencerSet(addr, w.deps.L1, nil)
	}
	return w.slots.set, nil
}

// restoreSlots loads the recorded strikes and jails.
func (w *Watcher) restoreSlots() error {
	d := &w.slots
	d.missed = make(map[common.Address]uint64)
	it := w.store.db.NewIterator(util.BytesPrefix([]byte(prefMissed)), nil)
	for it.Next() {
		var m MissedSlot
		if err := json.Unmarshal(it.Value(), &m); err != nil {
			it.Release()
			return fmt.Errorf("decode %s: %w", it.Key(), err)
		}
		d.noteMissed(&m)
	}
	it.Release()
	if err := it.Error(); err != nil {
		return err
	}
	it = w.store.db.NewIterator(util.BytesPrefix([]byte(prefJailed)), nil)
	defer it.Release()
	for it.Next() {
		var j JailRecord
		if err := json.Unmarshal(it.Value(), &j); err != nil {
			return fmt.Errorf("decode %s: %w", it.Key(), err)
		}
		d.jailed = append(d.jailed, &j)
	}
	if err := it.Error(); err != nil {
		return err
	}
	for who, n := range d.missed {
		w.metrics.missedSlots.WithLabelValues(who.Hex()).Add(float64(n))
	}
	d.restored = true
	return nil
}

func (d *slotsDuty) noteMissed(m *MissedSlot) {
	d.missed[m.Leader]++
	d.recent = append(d.recent, m)
	if len(d.recent) > statusTxs {
		d.recent = d.recent[1:]
	}
}

// missedSlots is detector 3's pass: Struck and Jailed events up to head
// minus the confirmation depth, then the status section.
func (w *Watcher) missedSlots(ctx context.Context, head *types.Header) error {
	if !w.slots.restored {
		if err := w.restoreSlots(); err != nil {
			return err
		}
	}
	set, err := w.seqSet(ctx)
	if err != nil {
		return err
	}
	if w.slots.params == nil {
		p, err := set.ScheduleParams(ctx)
		if err != nil {
			return fmt.Errorf("schedule parameters: %w", err)
		}
		w.slots.params = &p
	}
	if n := head.Number.Uint64(); n >= w.cfg.Confirmations {
		safe := n - w.cfg.Confirmations
		from := w.deps.DeployBlock
		if s, ok, err := w.store.getU64(keySlotsScanned); err != nil {
			return err
		} else if ok {
			from = s + 1
		}
		for from <= safe {
			to := min(safe, from+w.cfg.LogRange-1)
			if err := w.slotEvents(ctx, set, from, to, head); err != nil {
				return err
			}
			from = to + 1
		}
	}
	w.setSlotsStatus(ctx, set, head)
	return nil
}

// slotEvents records the strikes and jails of blocks from … to.
func (w *Watcher) slotEvents(ctx context.Context, set *contracts.SequencerSet, from, to uint64, head *types.Header) error {
	end := new(big.Int).SetUint64(to)
	strikes, err := set.Strikes(ctx, from, end)
	if err != nil {
		return fmt.Errorf("Struck events %d…%d: %w", from, to, err)
	}
	jails, err := set.Jails(ctx, from, end)
	if err != nil {
		return fmt.Errorf("Jailed events %d…%d: %w", from, to, err)
	}
	u := w.store.newUpdate()
	var missed []*MissedSlot
	for _, s := range strikes {
		key := fmt.Sprintf("%s%016x", prefMissed, s.Slot)
		var old MissedSlot
		if ok, err := w.store.getJSON(key, &old); err != nil {
			return err
		} else if ok {
			continue // a range re-read after a kill
		}
		m := &MissedSlot{Slot: s.Slot, Leader: s.Sequencer, Strikes: s.Strikes, L1Block: s.Block, Tx: s.TxHash, Scheduled: true}
		// The schedule says whose slot it was: a strike of someone else
		// would be a contract fault, worth an error line (not a stop).
		if leader, err := set.LeaderOf(ctx, s.Slot); err == nil && leader != s.Sequencer {
			m.Scheduled = false
			w.log.Error("a member was struck for a slot the schedule gives to another", "slot", s.Slot, "struck", s.Sequencer, "leader", leader)
		}
		u.putJSON(key, m)
		u.add(mSlotsMissed, 1)
		missed = append(missed, m)
	}
	var jailed []*JailRecord
	for _, j := range jails {
		key := fmt.Sprintf("%s%s/%016x", prefJailed, j.Sequencer.Hex(), j.Epoch)
		var old JailRecord
		if ok, err := w.store.getJSON(key, &old); err != nil {
			return err
		} else if ok {
			continue
		}
		r := &JailRecord{Sequencer: j.Sequencer, Epoch: j.Epoch, L1Block: j.Block, Tx: j.TxHash}
		u.putJSON(key, r)
		u.add(mJailed, 1)
		jailed = append(jailed, r)
	}
	u.b.Put([]byte(keySlotsScanned), u64(to))
	deltas, err := u.commit()
	if err != nil {
		return err
	}
	w.metrics.apply(deltas)
	now := time.Now().UTC()
	// A watcher started on an old deployment reads its whole history:
	// old strikes are counted but not alerted about (nobody can act on
	// them any more).
	fresh := func(block uint64) bool { return block+slotAlertDepth > head.Number.Uint64() }
	for _, m := range missed {
		w.slots.noteMissed(m)
		w.metrics.missedSlots.WithLabelValues(m.Leader.Hex()).Inc()
		if !fresh(m.L1Block) {
			continue
		}
		w.log.Warn("missed slot: its leader did not post in its window and was struck", "slot", m.Slot, "leader", m.Leader, "strikes", m.Strikes, "tx", m.Tx)
		slot := m.Slot
		w.sendAlert(ctx, Alert{Kind: "slot-missed", Slot: &slot, Censors: []common.Address{m.Leader}, Count: uint64(m.Strikes), Tx: m.Tx.Hex(), L1Block: m.L1Block, Time: now})
	}
	for _, r := range jailed {
		w.slots.jailed = append(w.slots.jailed, r)
		if !fresh(r.L1Block) {
			continue
		}
		w.log.Warn("sequencer jailed for missed slots", "sequencer", r.Sequencer, "epoch", r.Epoch, "tx", r.Tx)
		epoch := r.Epoch
		w.sendAlert(ctx, Alert{Kind: "sequencer-jailed", Epoch: &epoch, Censors: []common.Address{r.Sequencer}, Tx: r.Tx.Hex(), L1Block: r.L1Block, Time: now})
	}
	return nil
}

// setSlotsStatus writes detector 3's section: the counts, the recent
// strikes, the jails, and whose slot it is now.
func (w *Watcher) setSlotsStatus(ctx context.Context, set *contracts.SequencerSet, head *types.Header) {
	d := &w.slots
	s := SlotsStatus{Available: true, Missed: make(map[string]uint64, len(d.missed))}
	for who, n := range d.missed {
		s.Missed[who.Hex()] = n
		s.Total += n
	}
	s.Recent = append([]*MissedSlot(nil), d.recent...)
	s.Jailed = append([]*JailRecord(nil), d.jailed...)
	sort.Slice(s.Jailed, func(i, k int) bool { return s.Jailed[i].L1Block < s.Jailed[k].L1Block })
	if p := d.params; p != nil {
		s.Slot = p.Slot(head.Time)
		if leader, err := set.LeaderOf(ctx, s.Slot); err == nil && leader != (common.Address{}) {
			s.Leader = &leader
		}
	}
	w.status.update(func(st *Status) { st.MissedSlots = s })
}
