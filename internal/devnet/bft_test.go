package devnet_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/devnet"
	"github.com/etherscale/etherscale/internal/devnet/devnettest"
	"github.com/etherscale/etherscale/watcher"
)

// TestDevnetBFTKillLeader runs the devnet with four bonded sequencers and
// the kill-leader fault: a wallet's transfer sent to a validator lands and
// its batch reaches L1, the leader of a slot is stopped, another member
// posts after the leader window and the missed slot is struck on L1, and
// transfers keep landing with three validators.
func TestDevnetBFTKillLeader(t *testing.T) {
	if testing.Short() {
		t.Skip("four validators and an epoch of waiting")
	}
	ctx := context.Background()
	d, s, l1, _ := startBFTDevnet(t, devnet.FaultKillLeader)
	if len(s.Nodes) != 4 || len(s.L2URLs()) != 4 {
		t.Fatalf("%d validators, %d URLs", len(s.Nodes), len(s.L2URLs()))
	}
	set := contracts.NewSequencerSet(d.Deployment.Contracts.SequencerSet, l1, nil)
	deadline := time.Now().Add(3 * time.Minute)
	var struck *contracts.StrikeEvent
	for {
		strikes, err := set.Strikes(ctx, d.Deployment.DeployBlock, nil)
		if err == nil && len(strikes) > 0 {
			struck = strikes[0]
			t.Logf("struck %s for slot %d", struck.Sequencer, struck.Slot)
			break
		}
		select {
		case err := <-s.Failed():
			t.Fatal(err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("no missed slot struck after the leader was killed")
		}
		time.Sleep(500 * time.Millisecond)
	}
	// The watcher's detector 3 names the struck leader: in /status
	// (missed slots by leader, the slot listed) and in the metric by
	// leader.
	watchURL := s.WatcherURL(10 * time.Second)
	if watchURL == "" {
		t.Fatal("the watcher's HTTP address does not listen")
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(300 * time.Millisecond) {
		st, err := watchStatus(watchURL)
		if err == nil && st.MissedSlots.Available && st.MissedSlots.Missed[struck.Sequencer.Hex()] >= 1 && slotListed(st.MissedSlots.Recent, struck) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the watcher's status does not name %s for slot %d: %+v, %v", struck.Sequencer, struck.Slot, st.MissedSlots, err)
		}
	}
	if body, err := httpGet(watchURL + "/metrics"); err != nil || !strings.Contains(body, `etherscale_watcher_missed_slots_total{leader="`+struck.Sequencer.Hex()+`"}`) {
		t.Errorf("metrics do not count the missed slot by leader (%v)", err)
	}
	// The chain goes on with three: a wallet's transfer to the last
	// validator lands (the killed one may be any).
	user := s.Roles.Users[len(s.Roles.Users)-1]
	var wallet *ethclient.Client
	for _, u := range s.L2URLs() {
		c, err := ethclient.Dial(u)
		if err != nil {
			continue
		}
		if _, err := c.BlockNumber(ctx); err == nil {
			wallet = c
			break
		}
		c.Close()
	}
	if wallet == nil {
		t.Fatal("no validator answers")
	}
	defer wallet.Close()
	chainID := big.NewInt(int64(d.Deployment.Config.Genesis.ChainID))
	nonce, err := wallet.PendingNonceAt(ctx, crypto.PubkeyToAddress(user.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	to := common.Address{0xbf}
	tx, err := types.SignNewTx(user, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasFeeCap: big.NewInt(2_000_000_000), GasTipCap: new(big.Int), Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := wallet.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	rcpt, err := bind.WaitMined(wctx, wallet, tx.Hash())
	if err != nil || rcpt.Status != 1 {
		t.Fatalf("receipt %+v, %v", rcpt, err)
	}
	bi := contracts.NewBatchInbox(d.Deployment.Contracts.BatchInbox, l1, nil)
	// The set posts in the devnet's default DA mode: certificates.
	if rec, err := bi.Batch(ctx, 1); err != nil || rec.DAMode != contracts.DAModeCertificate {
		t.Fatalf("batch 1 posted in DA mode %d (%v), want the certificate mode", rec.DAMode, err)
	}
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(300 * time.Millisecond) {
		head, err := bi.ChainHead(ctx)
		if err == nil && head.Number >= rcpt.BlockNumber.Uint64() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("batch %d not on L1 (head %d, %v)", rcpt.BlockNumber, head.Number, err)
		}
	}
}

func httpGet(u string) (string, error) {
	resp, err := http.Get(u)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	return string(b), err
}

func watchStatus(u string) (*watcher.Status, error) {
	body, err := httpGet(u + "/status")
	if err != nil {
		return nil, err
	}
	var st watcher.Status
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		return nil, err
	}
	return &st, nil
}

func slotListed(recent []*watcher.MissedSlot, ev *contracts.StrikeEvent) bool {
	for _, m := range recent {
		if m.Slot == ev.Slot && m.Leader == ev.Sequencer && m.Scheduled {
			return true
		}
	}
	return false
}

// TestDevnetBFTWithhold: every DA shard withholds the first batch the set
// disperses (attests, never serves). The watcher challenges it, a
// validator reveals the data on L1 from its own decided batch before the
// window ends, the batch stands and the chain goes on: with the BFT set a
// committee that withholds cannot void the set's batches.
func TestDevnetBFTWithhold(t *testing.T) {
	if testing.Short() {
		t.Skip("four validators and an epoch of waiting")
	}
	ctx := context.Background()
	d, s, l1, logs := startBFTDevnet(t, devnet.FaultWithhold)
	logs.waitFor(t, 3*time.Minute, "the shards withholding a batch", func(r logRecord) bool {
		return strings.Contains(r.Msg, "never serve it (fault injected)")
	})
	r := logs.waitFor(t, 2*time.Minute, "the OUTCOME of the answered DA challenge", func(r logRecord) bool {
		return strings.HasPrefix(r.Msg, "OUTCOME DA challenge") && strings.Contains(r.Msg, "answered")
	})
	validators := map[common.Address]bool{}
	for _, k := range devnet.SequencerKeys(4) {
		validators[crypto.PubkeyToAddress(k.PublicKey)] = true
	}
	if !validators[common.HexToAddress(r.Attrs["winner"])] || common.HexToAddress(r.Attrs["loser"]) != addr(s.Roles.Watcher.PublicKey) || !positive(r, "bondsWon") {
		t.Errorf("outcome line %v: want a validator winning the watcher's bond", r)
	}
	n, err := strconv.ParseUint(r.Attrs["batch"], 10, 64)
	if err != nil {
		t.Fatalf("outcome line %v: %v", r, err)
	}
	bi := contracts.NewBatchInbox(d.Deployment.Contracts.BatchInbox, l1, nil)
	rec, err := bi.Batch(ctx, n)
	if err != nil || rec.Void || rec.DAMode != contracts.DAModeCertificate {
		t.Fatalf("batch %d after the reveal: %+v, %v", n, rec, err)
	}
	// The chain goes on past the revealed batch, and the watcher follows
	// it (it read the batch back from the revealed data).
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(300 * time.Millisecond) {
		head, err := bi.ChainHead(ctx)
		st, serr := watchStatus(s.WatcherURL(10 * time.Second))
		if err == nil && serr == nil && head.Number >= n+3 && st.Withholding.BlockedBatch == 0 && st.Withholding.Challenges >= 1 {
			break
		}
		select {
		case err := <-s.Failed():
			t.Fatal(err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the reveal of batch %d: L1 head %d (%v), watcher %+v (%v)", n, head.Number, err, st, serr)
		}
	}
}

// startBFTDevnet runs a devnet of four validators with fault staged, its
// log captured (and printed with -v); everything stops with the test.
func startBFTDevnet(t *testing.T, fault devnet.Fault) (*devnet.Devnet, *devnet.Services, *ethclient.Client, *logCapture) {
	t.Helper()
	cfg := devnet.DefaultConfig()
	cfg.DataDir, cfg.DevAccounts, cfg.Fault, cfg.Sequencers = t.TempDir(), 6, fault, 4
	cfg.PollInterval, cfg.Load = 200*time.Millisecond, 2
	var next slog.Handler
	if testing.Verbose() {
		next = slog.NewTextHandler(os.Stderr, nil)
	}
	logs := newLogCapture(next)
	cfg.Logger = slog.New(logs)
	d, s, l1 := devnettest.Start(t, cfg)
	return d, s, l1, logs
}
