package node

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/sequencerset/app"
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
