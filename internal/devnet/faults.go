package devnet

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/deploy"
)

// Fault is a misbehaviour the devnet stages so that the honest services
// have something to catch.
type Fault string

// The faults `etherscale devnet --fault` knows.
const (
	FaultNone Fault = ""
	// FaultInvalidClaim: a dishonest prover claims a wrong root for the
	// first batch that becomes final. The honest side wins CHALLENGER_WINS.
	FaultInvalidClaim Fault = "invalid-claim"
	// FaultInvalidBatchRoot: the sequencer posts its first batch with a
	// wrong state root. The watcher opens a sequencer game and the
	// signers are slashed.
	FaultInvalidBatchRoot Fault = "invalid-batch-root"
	// FaultBadChallenger: a dishonest key attacks the honest prover's
	// first (correct) claim with a wrong value. The prover defends:
	// DEFENDER_WINS.
	FaultBadChallenger Fault = "bad-challenger"
	// FaultWithhold: every DA shard withholds the first certificate batch
	// (attested, never served). The watcher challenges it in DAChallenge.
	// With the training-wheels sequencer in on it (--sequencers 1) nobody
	// answers, the challenge expires, the batch is void and the sequencer
	// and the attesting members are slashed: the L2 halts. With the BFT
	// set, every validator holds the batch it decided and one reveals it
	// on L1 before the resolve window ends: the batch stands and the L2
	// goes on, whoever the shards are.
	FaultWithhold Fault = "withhold"
	// FaultBadDAChallenge: a dishonest key challenges the availability of
	// the sequencer's first certificate batch, whose data the shards serve.
	// The sequencer reveals it before the resolve window ends: the batch
	// stands and the challenger's bond goes to the sequencer.
	FaultBadDAChallenge Fault = "bad-da-challenge"
	// FaultCensor: the sequencer's mempool says yes to every transaction
	// of one user (Roles.Censored, the last dev key) and drops it. The
	// user hands it to the watcher (`etherscale watch track`), which
	// forces it through the inbox; it lands in the next batch after
	// inclusionWindow, and the alert names the censor.
	FaultCensor Fault = "censor"
	// FaultIgnoreInbox: the sequencer never consumes an inbox entry and
	// stops posting once one is overdue. The watcher posts the forced
	// batch after forceGrace: the entries apply and the sequencer pays
	// forcedBatchPenalty.
	FaultIgnoreInbox Fault = "ignore-inbox"
	// FaultKillLeader (BFT set): the validator leading the next slot is
	// stopped. The others keep consensus; after the slot's leader window
	// another member posts (failover) and the missed slot strikes the
	// leader, maxStrikes in a row jail it.
	FaultKillLeader Fault = "kill-leader"
	// FaultEquivocate (BFT set): the last validator serves a second,
	// signed header for every batch from its RPC. The others prove it on
	// L1: it is slashed, leaves the set at the next epoch, the chain goes on.
	FaultEquivocate Fault = "equivocate"
	// FaultSkipOverdue (BFT set): the last validator proposes blocks
	// without the inbox entries; the others reject its blocks once an
	// entry is overdue, and the entries land in their blocks on time.
	FaultSkipOverdue Fault = "skip-overdue"
)

// TrainingWheelsFault reports whether f is staged by the training-wheels
// sequencer (so needs --sequencers 1).
func TrainingWheelsFault(f Fault) bool {
	switch f {
	case FaultInvalidBatchRoot, FaultBadDAChallenge, FaultCensor, FaultIgnoreInbox:
		return true
	}
	return false
}

// Halts reports whether fault f ends the L2 with the given number of
// sequencers: a staged fault that slashes the training-wheels sequencer
// (the only one) leaves nobody to post, so the L2 refuses new
// transactions from then on. The banner says so before it happens, the
// monitor's log when it does.
func Halts(f Fault, sequencers int) bool {
	return sequencers <= 1 && (f == FaultWithhold || f == FaultInvalidBatchRoot)
}

// bftFault reports whether f needs the BFT set (more than one sequencer).
func bftFault(f Fault) bool {
	return f == FaultKillLeader || f == FaultEquivocate || f == FaultSkipOverdue
}

// Faults lists the known faults.
func Faults() []Fault {
	return []Fault{FaultInvalidClaim, FaultInvalidBatchRoot, FaultBadChallenger, FaultWithhold, FaultBadDAChallenge, FaultCensor, FaultIgnoreInbox, FaultKillLeader, FaultEquivocate, FaultSkipOverdue}
}

// ParseFault parses a --fault value ("" or "none" is no fault).
func ParseFault(s string) (Fault, error) {
	if s == "" || s == "none" {
		return FaultNone, nil
	}
	for _, f := range Faults() {
		if string(f) == s {
			return f, nil
		}
	}
	return FaultNone, fmt.Errorf("devnet: unknown fault %q (have %v)", s, Faults())
}

// wrongRoot is a root no honest replay produces (a hash of a label), so
// each staged fault's value is recognizable in logs.
func wrongRoot(tag string, n uint64) common.Hash {
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("etherscale devnet fault %s %d", tag, n)))
}

// liar plays the dishonest side of FaultInvalidClaim and FaultBadChallenger:
// one wrong action, then nothing (the honest side must win on its own).
type liar struct {
	client  *ethclient.Client
	dep     *deploy.Deployment
	tx      contracts.Transactor
	prover  common.Address // the honest prover, whose claim a bad challenger attacks
	log     *slog.Logger
	poll    time.Duration
	factory *contracts.DisputeGameFactory
	batches *contracts.BatchInbox
}

func newLiar(client *ethclient.Client, dep *deploy.Deployment, tx contracts.Transactor, prover common.Address, poll time.Duration, log *slog.Logger) *liar {
	return &liar{
		client: client, dep: dep, tx: tx, prover: prover, poll: poll, log: log,
		factory: contracts.NewDisputeGameFactory(dep.Contracts.DisputeGameFactory, client, tx),
		batches: contracts.NewBatchInbox(dep.Contracts.BatchInbox, client, nil),
	}
}

// run retries act every poll until it reports done or ctx ends. Failures
// are logged, not fatal: the liar is a prop, not a service.
func (l *liar) run(ctx context.Context, act func(context.Context) (bool, error)) {
	t := time.NewTicker(l.poll)
	defer t.Stop()
	for {
		done, err := act(ctx)
		if err != nil && ctx.Err() == nil {
			l.log.Warn("dishonest action failed", "err", err)
		}
		if done {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// invalidClaim claims a wrong root for the latest final batch after the
// anchor, once.
func (l *liar) invalidClaim(ctx context.Context) (bool, error) {
	latest, err := l.batches.LatestBatch(ctx)
	if err != nil || latest == 0 {
		return false, err
	}
	anchor, err := l.anchor(ctx)
	if err != nil || latest <= anchor.Batch {
		return false, err
	}
	head, err := l.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, err
	}
	// The factory wants block.timestamp > postedAt + challengeWindow, and
	// gas estimation runs at the head's timestamp. While batches keep
	// coming the newest is never final yet, so walk down to the newest one
	// that is (postedAt never decreases along the chain).
	var n uint64
	for m := latest; m > anchor.Batch; m-- {
		posted, err := l.batches.PostedAt(ctx, m)
		if err != nil {
			return false, err
		}
		if contracts.BatchDisputable(posted, l.dep.Config.DA.ChallengeWindow.Seconds(), head.Time) {
			n = m
			break
		}
	}
	if n == 0 {
		return false, nil
	}
	bond, err := l.factory.BondAt(ctx, 0)
	if err != nil {
		return false, err
	}
	root := wrongRoot("invalid-claim", n)
	g, _, err := l.factory.Create(ctx, n, root, bond)
	if err != nil {
		return false, fmt.Errorf("wrong claim on batch %d: %w", n, err)
	}
	l.log.Warn("FAULT: dishonest claim made", "game", g.ID(), "batch", n, "root", root)
	return true, nil
}

func (l *liar) anchor(ctx context.Context) (contracts.Anchor, error) {
	reg, err := l.factory.AnchorRegistry(ctx)
	if err != nil {
		return contracts.Anchor{}, err
	}
	return contracts.NewAnchorStateRegistry(reg, l.client, nil).Anchor(ctx)
}

// badChallenge attacks the root of the first in-progress game the honest
// prover created, with a wrong value, once.
func (l *liar) badChallenge(ctx context.Context) (bool, error) {
	count, err := l.factory.GameCount(ctx)
	if err != nil {
		return false, err
	}
	for id := int64(0); id < count.Int64(); id++ {
		g := l.factory.Game(big.NewInt(id))
		info, err := g.Info(ctx)
		if err != nil {
			return false, err
		}
		if info.Sequencer || info.Status != contracts.GameInProgress || info.ClaimCount != 1 {
			continue
		}
		root, err := g.Claim(ctx, 0)
		if err != nil {
			return false, err
		}
		if root.Claimant != l.prover {
			continue
		}
		bond, err := l.factory.BondAt(ctx, bisection.Position(root.Position).Depth()+1)
		if err != nil {
			return false, err
		}
		value := wrongRoot("bad-challenger", info.Batch)
		idx, _, err := g.Attack(ctx, root.Value, root.Index, value, bond)
		if err != nil {
			return false, fmt.Errorf("attack game %d: %w", id, err)
		}
		l.log.Warn("FAULT: correct claim attacked with a wrong value", "game", id, "batch", info.Batch, "claim", idx, "value", value)
		return true, nil
	}
	return false, nil
}

// badDAChallenge challenges the availability of the first certificate
// batch, once, though its data is available.
func (l *liar) badDAChallenge(ctx context.Context) (bool, error) {
	posted, err := l.batches.Batches(ctx, l.dep.DeployBlock, nil)
	if err != nil {
		return false, err
	}
	for _, pb := range posted {
		if pb.DAMode != contracts.DAModeCertificate || pb.Forced {
			continue
		}
		chal := contracts.NewDAChallenge(l.dep.Contracts.DAChallenge, l.client, l.tx)
		p, err := chal.Params(ctx)
		if err != nil {
			return false, err
		}
		if _, err := chal.Challenge(ctx, &pb.Header, p.ChallengeBond); err != nil {
			return false, fmt.Errorf("challenge batch %d: %w", pb.Header.Number, err)
		}
		l.log.Warn("FAULT: available batch challenged in DAChallenge", "batch", pb.Header.Number, "bond", p.ChallengeBond)
		return true, nil
	}
	return false, nil
}
