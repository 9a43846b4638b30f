package node

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/sequencerset/app"
	"github.com/etherscale/etherscale/sequencerset/schedule"
)

// inboxPoller keeps the Inbox entries L1 holds in memory, so the
// application's ProcessProposal answers without waiting on L1. It reads
// the EntryQueued events from the deployment block on and refreshes every
// interval; entries are append-only, so it only asks for new blocks.
type inboxPoller struct {
	inbox    *contracts.Inbox
	deploy   uint64 // the deployment block: where reading starts
	from     uint64 // next L1 block to read
	interval time.Duration
	log      *slog.Logger

	mu      sync.Mutex
	entries []app.Entry
	// sets holds SequencerSet's schedule of L1's current and next epoch.
	set    *contracts.SequencerSet
	params schedule.Params
	sets   map[uint64][]app.Validator
}

// EpochSet implements app.L1View.
func (p *inboxPoller) EpochSet(epoch uint64) ([]app.Validator, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	vs, ok := p.sets[epoch]
	return vs, ok
}

// pollSets reads the schedules of the epoch of L1 time t and the next.
func (p *inboxPoller) pollSets(ctx context.Context, t uint64) error {
	if p.set == nil {
		return nil
	}
	e := p.params.Epoch(p.params.Slot(t))
	fresh := make(map[uint64][]app.Validator, 2)
	for _, epoch := range []uint64{e, e + 1} {
		members, err := p.set.EpochSet(ctx, epoch)
		if err != nil {
			return err
		}
		vs, err := validatorsOf(members)
		if err != nil {
			return err
		}
		fresh[epoch] = vs
	}
	p.mu.Lock()
	p.sets = fresh
	p.mu.Unlock()
	return nil
}

func newInboxPoller(inbox *contracts.Inbox, deployBlock uint64, interval time.Duration, log *slog.Logger) *inboxPoller {
	return &inboxPoller{inbox: inbox, deploy: deployBlock, from: deployBlock, interval: interval, log: log}
}

// Entries implements app.InboxView.
func (p *inboxPoller) Entries(from uint64, max int) []app.Entry {
	p.mu.Lock()
	defer p.mu.Unlock()
	if from >= uint64(len(p.entries)) {
		return nil
	}
	end := min(uint64(len(p.entries)), from+uint64(max))
	return append([]app.Entry(nil), p.entries[from:end]...)
}

// poll reads the events of the blocks not read yet.
func (p *inboxPoller) poll(ctx context.Context, head uint64) error {
	if head < p.from {
		return nil
	}
	evs, err := p.inbox.Entries(ctx, p.from, bigU(head))
	if err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, e := range evs {
		if e.Index != uint64(len(p.entries)) {
			// A gap or a repeat means a reorg or a provider that hid
			// logs: start over rather than serve a wrong queue.
			p.log.Warn("inbox events out of order; rereading", "index", e.Index, "have", len(p.entries))
			p.entries, p.from = nil, p.deploy
			return nil
		}
		p.entries = append(p.entries, app.Entry{Index: e.Index, Kind: e.Kind, Payload: e.Payload, Timestamp: e.Timestamp})
	}
	p.from = head + 1
	return nil
}
