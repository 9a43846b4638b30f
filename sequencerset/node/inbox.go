package node

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

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

	// batches reads BatchPosted events for the forced batches (nil: none
	// are followed).
	batches *contracts.BatchInbox

	mu      sync.Mutex
	entries []app.Entry
	forced  []contracts.BatchHeader // L1's forced batches, in order
	// sets holds SequencerSet's schedule of L1's current and next epoch.
	set    *contracts.SequencerSet
	params schedule.Params
	sets   map[uint64][]app.Validator
	// setsHead is the L1 block sets was read at (only the polling
	// goroutine touches it).
	setsHead common.Hash
}

// EpochSet implements app.L1View.
func (p *inboxPoller) EpochSet(epoch uint64) ([]app.Validator, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	vs, ok := p.sets[epoch]
	return vs, ok
}

// pollSets reads the schedules of the epoch of L1 time t and the next, as
// of the L1 block head. The schedules change only with a new L1 block, and
// the poll runs several times per block: reading them again (two eth_calls
// returning every member's key and endpoint) was a few percent of a busy
// validator's CPU.
func (p *inboxPoller) pollSets(ctx context.Context, head common.Hash, t uint64) error {
	if p.set == nil || head == p.setsHead {
		return nil
	}
	e := p.params.Epoch(p.params.Slot(t))
	fresh := make(map[uint64][]app.Validator, 2)
	for _, epoch := range []uint64{e, e + 1} {
		members, err := p.set.EpochSet(ctx, epoch)
		if err != nil {
			return err
		}
		fresh[epoch] = validatorsOf(members)
	}
	p.mu.Lock()
	p.sets = fresh
	p.mu.Unlock()
	p.setsHead = head
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

// Forced implements app.L1View.
func (p *inboxPoller) Forced(after uint64) []contracts.BatchHeader {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []contracts.BatchHeader
	for _, h := range p.forced {
		if h.Number > after {
			out = append(out, h)
		}
	}
	return out
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
	var forced []contracts.BatchHeader
	if p.batches != nil {
		posted, err := p.batches.Batches(ctx, p.from, bigU(head))
		if err != nil {
			return err
		}
		for _, b := range posted {
			if b.Forced {
				forced = append(forced, b.Header)
			}
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, e := range evs {
		if e.Index != uint64(len(p.entries)) {
			// A gap or a repeat means a reorg or a provider that hid
			// logs: start over rather than serve a wrong queue.
			p.log.Warn("inbox events out of order; rereading", "index", e.Index, "have", len(p.entries))
			p.entries, p.forced, p.from = nil, nil, p.deploy
			return nil
		}
		p.entries = append(p.entries, app.Entry{Index: e.Index, Kind: e.Kind, Payload: e.Payload, Timestamp: e.Timestamp})
	}
	for _, h := range forced {
		if n := len(p.forced); n > 0 && h.Number <= p.forced[n-1].Number {
			p.log.Warn("forced batch events out of order; rereading", "batch", h.Number, "last", p.forced[n-1].Number)
			p.entries, p.forced, p.from = nil, nil, p.deploy
			return nil
		}
		p.forced = append(p.forced, h)
	}
	p.from = head + 1
	return nil
}
