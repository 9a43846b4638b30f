package node_test

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	dbm "github.com/cometbft/cometbft-db"
	"github.com/cometbft/cometbft/crypto/ed25519"
	sm "github.com/cometbft/cometbft/state"
	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/sequencerset/app"
	"github.com/etherscale/etherscale/sequencerset/node"
)

// rejections is a slog handler that records the proposers whose
// proposals a validator rejected for skipping an overdue entry
// (ProcessProposal logs "rejected a proposal" with the error).
type rejections struct {
	mu  *sync.Mutex
	got map[string]int // by proposer (CometBFT address, hex)
	slog.Handler
}

func (r rejections) Enabled(context.Context, slog.Level) bool { return true }

func (r rejections) Handle(ctx context.Context, rec slog.Record) error {
	if rec.Message == "rejected a proposal" {
		var proposer string
		var skips bool
		rec.Attrs(func(a slog.Attr) bool {
			switch a.Key {
			case "proposer":
				proposer = a.Value.String()
			case "err":
				err, _ := a.Value.Any().(error)
				skips = errors.Is(err, app.ErrSkipsOverdue)
			}
			return true
		})
		if skips {
			r.mu.Lock()
			r.got[proposer]++
			r.mu.Unlock()
		}
	}
	return r.Handler.Handle(ctx, rec)
}

func (r rejections) WithAttrs(as []slog.Attr) slog.Handler {
	return rejections{mu: r.mu, got: r.got, Handler: r.Handler.WithAttrs(as)}
}

func (r rejections) WithGroup(g string) slog.Handler {
	return rejections{mu: r.mu, got: r.got, Handler: r.Handler.WithGroup(g)}
}

func (r rejections) count(proposer string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.got[proposer]
}

// TestSkipOverdueProposalIsRejected: a validator that proposes without an
// overdue inbox entry (Faults.SkipEntries) is rejected by the others
// (ErrSkipsOverdue, counted from their ProcessProposal logs), and the
// entry lands within the inclusion window in the next round's honest
// proposal. Honest proposers take an entry in their next block, so a lone
// skipper meets an overdue one only after the chain stood still: the test
// stops the four validators, queues a deposit, lets it pass half the
// window, and restarts them in an order read from CometBFT's stored
// proposer priorities (see below).
func TestSkipOverdueProposalIsRejected(t *testing.T) {
	net := startNetwork(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// Stop right after a commit: the next proposer waits for a second
	// (empty-block interval) before proposing, so no proposal of the next
	// height is in the consensus logs to replay.
	_, h0 := net.nodes[0].App().Head()
	for {
		if _, h := net.nodes[0].App().Head(); h > h0 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	// All at once: three of four would go on deciding blocks while the
	// fourth stops.
	var wg sync.WaitGroup
	for _, stop := range net.stops {
		wg.Add(1)
		go func() { defer wg.Done(); stop() }()
	}
	wg.Wait()
	stopped := time.Now()
	// The next height is the one after the highest any validator stored.
	latest := 0
	for i, nd := range net.nodes {
		_, h := nd.App().Head()
		if _, hl := net.nodes[latest].App().Head(); h > hl {
			latest = i
		}
	}

	sender, err := txmgr.New(ctx, net.l1, net.user, txmgr.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	inbox := contracts.NewInbox(net.rollup.Inbox, net.l1, sender)
	window, err := inbox.InclusionWindow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	entry, err := inbox.Deposit(ctx, common.Address{0xd0}, big.NewInt(7))
	if err != nil {
		t.Fatal(err)
	}
	// Overdue for consensus at half the window; CometBFT's databases are
	// released 10 s after a stop.
	until := time.Unix(int64(entry.Timestamp+window/2)+1, 0)
	if t2 := stopped.Add(11 * time.Second); t2.After(until) {
		until = t2
	}
	time.Sleep(time.Until(until))

	// The first block after the stop carries the time of the last commit
	// before it (BFT time), at which the entry is not even queued: whoever
	// proposes it may leave the entry out. So the restart leaves that
	// height's first proposer down, and the skipper is the next in turn: it
	// proposes the height's second round (old time: accepted) and, the
	// priorities being the same, the next height's first round, now with
	// the entry overdue.
	db, err := dbm.NewGoLevelDB("state", filepath.Join(net.cfgs[latest].Home, "data"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := sm.NewStore(db, sm.StoreOptions{}).Load()
	db.Close()
	if err != nil || st.Validators == nil {
		t.Fatalf("consensus state: %v", err)
	}
	down, skipper := -1, -1
	first := st.Validators.GetProposer().Address
	second := st.Validators.CopyIncrementProposerPriority(1).GetProposer().Address
	for i, c := range net.cfgs {
		id, err := node.LoadIdentity(c.Home)
		if err != nil {
			t.Fatal(err)
		}
		switch ed25519.PubKey(id.ConsensusKey).Address().String() {
		case first.String():
			down = i
		case second.String():
			skipper = i
		}
	}
	if down < 0 || skipper < 0 {
		t.Fatalf("proposers %s and %s are not two of the validators", first, second)
	}
	t.Logf("stopped at height %d: validator %d stays down, validator %d skips", st.LastBlockHeight, down, skipper)
	rec := rejections{mu: new(sync.Mutex), got: map[string]int{}}
	for i := range net.cfgs {
		if i == down {
			continue
		}
		r := rec
		r.Handler = logger(t, i).Handler()
		net.cfgs[i].Faults.SkipEntries = i == skipper
		net.cfgs[i].Log = slog.New(r)
		net.start(i)
	}
	// The others reject the skipper's proposal; a later round's proposer
	// takes the entry, within the inclusion window.
	honest := 0
	for honest == down || honest == skipper {
		honest++
	}
	deadline := time.Now().Add(time.Minute)
	for {
		head, _ := net.nodes[honest].App().Head()
		if head.QueueEnd > entry.Index {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("entry %d not consumed (queue at %d)", entry.Index, head.QueueEnd)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if n := rec.count(second.String()); n < 2 {
		t.Fatalf("%d rejections of the skipper's proposal for skipping the overdue entry, want the two others' up (and its own)", n)
	}
	head, _ := net.nodes[honest].App().Head()
	var landed *app.Batch
	for n := head.Number; n > 0; n-- {
		b, err := net.nodes[honest].App().Batch(n)
		if err != nil {
			t.Fatal(err)
		}
		if b.Header.QueueStart <= entry.Index && entry.Index < b.Header.QueueEnd {
			landed = b
			break
		}
	}
	if landed == nil {
		t.Fatal("no batch consumed the entry")
	}
	if landed.Time >= entry.Timestamp+window {
		t.Fatalf("entry queued at %d landed at %d, window %d s", entry.Timestamp, landed.Time, window)
	}
	t.Logf("entry queued at %d, overdue for consensus at %d, landed at %d in batch %d; rejections of the skipper: %d", entry.Timestamp, entry.Timestamp+window/2, landed.Time, landed.Header.Number, rec.count(second.String()))
}
