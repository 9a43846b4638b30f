package sequencerset

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/l2chain"
)

// maxOwnData bounds how many posted certificate batches' data a poster keeps
// to answer DA challenges with; older ones are read back from the shards.
const maxOwnData = 256

// challengeDuty is what AnswerChallenges remembers between calls.
type challengeDuty struct {
	events   *l2chain.LogCache[contracts.ChallengedBatch]
	done     map[uint64]bool // answered, settled, expired or not ours
	window   uint64          // DAChallenge's resolveWindow, 0 until read
	resolver *contracts.DAChallenge
}

// AnswerChallenges answers the open DA challenges on certificate batches
// this poster's key signed: a sequencer that withheld nothing reveals the
// data before the resolve window ends, which voids the challenge (the
// challenger's bond is credited to the resolver, and claimed) instead of its
// batch and its bond. The data comes from what this poster posted, or, after
// a restart, from the shards. It returns how many challenges it answered.
// It may run concurrently with Post (the sequencer service does so), but
// not with itself.
func (p *Poster) AnswerChallenges(ctx context.Context) (int, error) {
	if p.faults.IgnoreDAChallenges {
		return 0, nil
	}
	addr, err := p.reader.DAChallengeAddress(ctx)
	if err != nil {
		return 0, fmt.Errorf("BatchInbox.daChallenge: %w", err)
	}
	if addr == (common.Address{}) {
		return 0, nil // DA not wired: no certificate batches
	}
	d := &p.challenges
	if d.resolver == nil {
		d.resolver = contracts.NewDAChallenge(addr, p.l1, p.tx)
		d.events = l2chain.NewLogCache(p.rollup.DeployBlock, func(c contracts.ChallengedBatch) uint64 { return c.Block })
		d.done = make(map[uint64]bool)
	}
	if d.window == 0 {
		params, err := d.resolver.Params(ctx)
		if err != nil {
			return 0, fmt.Errorf("DAChallenge parameters: %w", err)
		}
		d.window = params.ResolveWindow
	}
	head, err := p.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("latest L1 header: %w", err)
	}
	evs, err := d.events.Update(ctx, head.Number.Uint64(), d.resolver.ChallengedBatches)
	if err != nil {
		return 0, fmt.Errorf("Challenged events: %w", err)
	}
	answered := 0
	var errs []error
	for _, ev := range evs {
		n := ev.Number
		if d.done[n] {
			continue
		}
		ok, err := p.answer(ctx, n, head.Time)
		if err != nil {
			if ctx.Err() != nil {
				return answered, ctx.Err()
			}
			errs = append(errs, fmt.Errorf("DA challenge on batch %d: %w", n, err))
			continue
		}
		if ok {
			answered++
		}
	}
	if answered > 0 {
		if credit, err := d.resolver.Credit(ctx, p.tx.From()); err == nil && credit.Sign() > 0 {
			if _, err := d.resolver.ClaimCredit(ctx); err != nil {
				errs = append(errs, fmt.Errorf("claim DAChallenge credit: %w", err))
			}
		}
	}
	return answered, errors.Join(errs...)
}

// answer resolves the challenge on batch n if it is open, answerable and on
// a batch this poster's key signed; it marks n done when nothing is left to
// do, whatever the outcome.
func (p *Poster) answer(ctx context.Context, n, now uint64) (bool, error) {
	d := &p.challenges
	st, err := d.resolver.ChallengeOf(ctx, n)
	if err != nil {
		return false, fmt.Errorf("challenge state: %w", err)
	}
	switch {
	case st.Challenger == (common.Address{}):
		return false, nil // a reorged-out event; read again next time
	case st.Resolved || st.Settled || now > st.ChallengedAt+d.window:
		d.done[n] = true
		return false, nil
	}
	pb, err := p.reader.PostedBatch(ctx, n)
	if err != nil {
		return false, err
	}
	self := p.tx.From()
	ours := false
	for _, s := range pb.Signers {
		ours = ours || s == self
	}
	if !ours {
		d.done[n] = true // watchers answer for other sequencers' batches
		return false, nil
	}
	var data []byte
	ok := false
	if p.cfg.Data != nil {
		data, ok = p.cfg.Data(n, pb.HeaderHash)
	}
	if !ok {
		data, ok = p.own.Get(pb.HeaderHash)
	}
	if !ok {
		res, err := p.fetcher.FromShards(ctx, pb)
		if err != nil {
			return false, fmt.Errorf("no copy of the data and the shards do not serve it: %w", err)
		}
		data = res.Data
	}
	if _, err := d.resolver.Resolve(ctx, n, data); err != nil {
		return false, fmt.Errorf("resolve: %w", err)
	}
	d.done[n] = true
	return true, nil
}
