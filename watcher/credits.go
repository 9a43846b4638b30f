package watcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts"
)

// creditScope is the journal scope of credit withdrawals outside games.
const creditScope = "credit"

// creditHolders are the contracts that credit the watcher outside games:
// SequencerSet (slash rewards for signers slashed by its malformed proofs,
// its DA settlements and its sequencer games), DACommittee (rewards for
// attesters slashed by its DA settlements and chunk settlements) and
// DAChallenge (returned bonds, resolver rewards). Zero: not deployed (no
// DA).
type creditHolders struct {
	read                           bool
	seqSet, committee, daChallenge common.Address
}

// claimCredits withdraws whatever the watcher is owed by those contracts,
// every pass, whichever duty earned it: a reward left in a contract is
// not the watcher's until it is withdrawn, and before this sweep the
// rewards of DA settlements (SequencerSet, DACommittee) and of sequencer
// games (SequencerSet) stayed there.
func (w *Watcher) claimCredits(ctx context.Context) error {
	h := &w.credits
	if !h.read {
		var err error
		if h.seqSet, err = w.batches.SequencerSetAddress(ctx); err != nil {
			return fmt.Errorf("BatchInbox.sequencerSet: %w", err)
		}
		if h.committee, err = w.batches.DACommitteeAddress(ctx); err != nil {
			return fmt.Errorf("BatchInbox.daCommittee: %w", err)
		}
		if h.daChallenge, err = w.batches.DAChallengeAddress(ctx); err != nil {
			return fmt.Errorf("BatchInbox.daChallenge: %w", err)
		}
		h.read = true
	}
	self := w.deps.Tx.From()
	j := w.journal(creditScope)
	type holder struct {
		name   string
		addr   common.Address
		credit func() (*big.Int, error)
		claim  func() (*types.Receipt, error)
	}
	var errs []error
	for _, c := range []holder{
		{"SequencerSet", h.seqSet,
			func() (*big.Int, error) { return contracts.NewSequencerSet(h.seqSet, w.deps.L1, nil).Credit(ctx, self) },
			func() (*types.Receipt, error) {
				return contracts.NewSequencerSet(h.seqSet, w.deps.L1, j).ClaimCredit(ctx)
			}},
		{"DACommittee", h.committee,
			func() (*big.Int, error) {
				return contracts.NewDACommittee(h.committee, w.deps.L1, nil).Credit(ctx, self)
			},
			func() (*types.Receipt, error) {
				return contracts.NewDACommittee(h.committee, w.deps.L1, j).ClaimCredit(ctx)
			}},
		{"DAChallenge", h.daChallenge,
			func() (*big.Int, error) {
				return contracts.NewDAChallenge(h.daChallenge, w.deps.L1, nil).Credit(ctx, self)
			},
			func() (*types.Receipt, error) {
				return contracts.NewDAChallenge(h.daChallenge, w.deps.L1, j).ClaimCredit(ctx)
			}},
	} {
		if c.addr == (common.Address{}) {
			continue
		}
		credit, err := c.credit()
		if err != nil {
			errs = append(errs, fmt.Errorf("%s credit: %w", c.name, err))
			continue
		}
		if credit.Sign() == 0 {
			continue
		}
		w.log.Info("withdrawing credit", "contract", c.name, "wei", credit)
		if _, err := c.claim(); err != nil {
			errs = append(errs, fmt.Errorf("claim %s credit: %w", c.name, err))
		}
	}
	return errors.Join(errs...)
}
