package devnet_test

import (
	"context"
	"log/slog"
	"math/big"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/devnet"
	"github.com/etherscale/etherscale/internal/devnet/devnettest"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// spamEnv is a running devnet (1-second blocks, services up) whose batch 1
// can be disputed.
type spamEnv struct {
	d      *devnet.Devnet
	s      *devnet.Services
	l1     *ethclient.Client
	params contracts.DisputeGameParams
}

func newSpamEnv(t *testing.T) *spamEnv {
	t.Helper()
	ctx := context.Background()
	cfg := devnet.DefaultConfig()
	cfg.DataDir, cfg.DevAccounts = t.TempDir(), 5
	cfg.BatchInterval, cfg.PollInterval = time.Second, 200*time.Millisecond
	if testing.Verbose() {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	d, s, l1 := devnettest.Start(t, cfg)
	// One L2 transfer, so that the sequencer posts batch 1.
	l2, err := ethclient.Dial(s.L2URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l2.Close)
	chainID := big.NewInt(int64(d.Deployment.Config.Genesis.ChainID))
	to := common.HexToAddress("0x00000000000000000000000000000000000c0001")
	tx, err := types.SignNewTx(s.Roles.Users[0], types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, GasFeeCap: big.NewInt(2_000_000_000), GasTipCap: new(big.Int), Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := l2.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}

	// Wait until batch 1 can be disputed (its DA window is over).
	c := d.Deployment.Contracts
	bi := contracts.NewBatchInbox(c.BatchInbox, l1, nil)
	params, err := contracts.NewDisputeGameFactory(c.DisputeGameFactory, l1, nil).Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		if time.Now().After(deadline) {
			t.Fatal("batch 1 not disputable within a minute")
		}
		if latest, err := bi.LatestBatch(ctx); err == nil && latest >= 1 {
			posted, err := bi.PostedAt(ctx, 1)
			head, herr := l1.HeaderByNumber(ctx, nil)
			if err == nil && herr == nil && contracts.BatchDisputable(posted, params.ChallengeWindow, head.Time) {
				if pending, err := bi.DAChallengePending(ctx); err == nil && !pending {
					break
				}
			}
		}
		time.Sleep(250 * time.Millisecond)
	}

	return &spamEnv{d: d, s: s, l1: l1, params: params}
}

// liar is a sender for the dishonest key with pipelined nonces.
func (e *spamEnv) liar(t *testing.T) *txmgr.Sender {
	t.Helper()
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	tcfg.PollInterval = 100 * time.Millisecond
	liar, err := txmgr.New(context.Background(), e.l1, e.s.Roles.Dishonest, tcfg)
	if err != nil {
		t.Fatal(err)
	}
	return liar
}

// spamCount is ETHERSCALE_SPAM (capacity runs, docs/BENCHMARKS.md) or the
// review's 20.
func spamCount(t *testing.T) int {
	v := os.Getenv("ETHERSCALE_SPAM")
	if v == "" {
		return 20
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		t.Fatalf("ETHERSCALE_SPAM=%q: want a positive count", v)
	}
	return n
}

// TestSpamOfWrongClaims is the review's flood: twenty wrong-root claims in
// one L1 block against a devnet with one-second blocks and an eight-second
// claim window. The honest services used to send one transaction and wait
// for its receipt before the next, so they answered about seven of the
// twenty in time and twelve wrong roots won. The scheduler plays every
// game at once (earliest deadline first, Workers transactions in flight):
// every wrong root must be countered and lose, and the anchor must never
// take one of them.
func TestSpamOfWrongClaims(t *testing.T) {
	if testing.Short() {
		t.Skip("half a minute on a 1-second-block L1")
	}
	spam := spamCount(t)
	ctx := context.Background()
	e := newSpamEnv(t)
	d, s, l1, params := e.d, e.s, e.l1, e.params
	c := d.Deployment.Contracts
	// Twenty creates from the dishonest key, sent at once: the sender
	// pipelines their nonces, so they land in one or two blocks.
	factory := contracts.NewDisputeGameFactory(c.DisputeGameFactory, l1, e.liar(t))
	bond := params.BondsByDepth[0]
	var wg sync.WaitGroup
	blocks := make([]uint64, spam)
	for i := range spam {
		wg.Add(1)
		go func() {
			defer wg.Done()
			root := common.BigToHash(big.NewInt(int64(0xbad000 + i)))
			_, rcpt, err := factory.Create(ctx, 1, root, bond)
			if err != nil {
				t.Errorf("spam create %d: %v", i, err)
				return
			}
			blocks[i] = rcpt.BlockNumber.Uint64()
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	landed := time.Now()
	var allCountered time.Time
	t.Logf("%d wrong claims landed in blocks %d … %d", spam, slices.Min(blocks), slices.Max(blocks))

	// Every spam game must end CHALLENGER_WINS; the anchor never takes a
	// wrong root.
	registry := contracts.NewAnchorStateRegistry(c.AnchorStateRegistry, l1, nil)
	reader := contracts.NewDisputeGameFactory(c.DisputeGameFactory, l1, nil)
	deadline := time.Now().Add(120*time.Second + time.Duration(spam)*time.Second)
	for {
		select {
		case err := <-s.Failed():
			t.Fatal(err)
		default:
		}
		if a, err := registry.Anchor(ctx); err == nil && a.Batch == 1 && a.Root.Big().Uint64()&^0xfff == 0xbad000 {
			t.Fatalf("the anchor took a spam root: %+v", a)
		}
		count, err := reader.GameCount(ctx)
		if err != nil {
			t.Fatal(err)
		}
		won, lost, open, countered := 0, 0, 0, 0
		for id := int64(0); id < count.Int64(); id++ {
			g := reader.Game(big.NewInt(id))
			root, err := g.Claim(ctx, 0)
			if err != nil {
				t.Fatal(err)
			}
			if root.Claimant != addr(s.Roles.Dishonest.PublicKey) {
				continue // the honest prover's own claims
			}
			info, err := g.Info(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if info.ClaimCount >= 2 {
				countered++
			}
			switch info.Status {
			case contracts.GameChallengerWins:
				won++
			case contracts.GameDefenderWins:
				lost++
			default:
				open++
			}
		}
		if countered == spam && allCountered.IsZero() {
			allCountered = time.Now()
			t.Logf("all %d wrong claims countered %v after they landed (claim window %d s)", spam, allCountered.Sub(landed).Round(100*time.Millisecond), params.ClaimTimeout)
		}
		if lost > 0 {
			t.Fatalf("%d of %d wrong roots won their games (%d lost so far)", lost, spam, won)
		}
		if won == spam {
			t.Logf("all %d wrong roots lost", spam)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after two minutes: %d won by the honest side, %d open", won, open)
		}
		time.Sleep(time.Second)
	}
}

// TestSpamOfAttacksOnACorrectClaim is the review's second flood: twenty
// cheap wrong attacks, in one block, on the root of the honest prover's
// correct claim. One uncountered attack is enough to make a correct claim
// lose, and the honest agent used to answer them one receipt at a time
// within the game. It now sends a tick's counters concurrently: every
// attack must be countered and the correct claim must win.
func TestSpamOfAttacksOnACorrectClaim(t *testing.T) {
	if testing.Short() {
		t.Skip("half a minute on a 1-second-block L1")
	}
	spam := spamCount(t)
	ctx := context.Background()
	e := newSpamEnv(t)
	c := e.d.Deployment.Contracts
	reader := contracts.NewDisputeGameFactory(c.DisputeGameFactory, e.l1, nil)
	prover := addr(e.s.Roles.Prover.PublicKey)
	var game *contracts.DisputeGame
	var root *contracts.GameClaim
	deadline := time.Now().Add(60 * time.Second)
	for game == nil {
		if time.Now().After(deadline) {
			t.Fatal("no prover claim on batch 1 within a minute")
		}
		count, err := reader.GameCount(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for id := int64(0); id < count.Int64(); id++ {
			g := reader.Game(big.NewInt(id))
			info, err := g.Info(ctx)
			if err != nil {
				t.Fatal(err)
			}
			rc, err := g.Claim(ctx, 0)
			if err != nil {
				t.Fatal(err)
			}
			if !info.Sequencer && info.Batch == 1 && rc.Claimant == prover && info.Status == contracts.GameInProgress {
				game, root = g, rc
				break
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	attacker := contracts.NewDisputeGameFactory(c.DisputeGameFactory, e.l1, e.liar(t)).Game(game.ID())
	bond := e.params.BondsByDepth[min(1, len(e.params.BondsByDepth)-1)]
	var wg sync.WaitGroup
	for i := range spam {
		wg.Add(1)
		go func() {
			defer wg.Done()
			value := common.BigToHash(big.NewInt(int64(0xa77ac000 + i)))
			if _, _, err := attacker.Attack(ctx, root.Value, 0, value, bond); err != nil {
				t.Errorf("attack %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	landed := time.Now()
	t.Logf("%d wrong attacks on game %s's correct root landed", spam, game.ID())
	deadline = time.Now().Add(120*time.Second + time.Duration(spam)*time.Second)
	var countered time.Time
	for {
		select {
		case err := <-e.s.Failed():
			t.Fatal(err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("game not over within the deadline")
		}
		claims, err := game.Claims(ctx)
		if err != nil {
			t.Fatal(err)
		}
		answered := make(map[uint32]bool)
		for _, cl := range claims {
			if cl.ParentIndex != contracts.NoParentIndex {
				answered[cl.ParentIndex] = true
			}
		}
		open := 0
		for _, cl := range claims {
			if cl.ParentIndex == 0 && cl.Claimant == addr(e.s.Roles.Dishonest.PublicKey) && !answered[cl.Index] && cl.CounteredBy == (common.Address{}) {
				open++
			}
		}
		if open == 0 && countered.IsZero() {
			countered = time.Now()
			t.Logf("all %d attacks countered %v after they landed (claim window %d s)", spam, countered.Sub(landed).Round(100*time.Millisecond), e.params.ClaimTimeout)
		}
		info, err := game.Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if info.Status == contracts.GameChallengerWins {
			t.Fatalf("the correct claim lost (%d attacks still unanswered at the last look)", open)
		}
		if info.Status == contracts.GameDefenderWins {
			break
		}
		time.Sleep(time.Second)
	}
	if a, err := contracts.NewAnchorStateRegistry(c.AnchorStateRegistry, e.l1, nil).Anchor(ctx); err == nil && a.Batch >= 1 && a.Root != root.Value {
		t.Fatalf("anchor %+v, want the correct root %s", a, root.Value)
	}
}
