package devnet_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/devnet"
)

// TestDevnetFaults runs the whole devnet in process, one staged fault per
// subtest, sends one L2 transfer through the sequencer's JSON-RPC (so that
// a batch is posted) and waits until the honest side has won.
func TestDevnetFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("a minute per fault on a 1-second-block L1")
	}
	for _, tc := range []struct {
		fault devnet.Fault
		// won reports whether game info (with its root claimant) shows
		// the honest outcome.
		won func(s *devnet.Services, info *contracts.GameInfo, root *contracts.GameClaim) bool
	}{
		{devnet.FaultInvalidClaim, func(s *devnet.Services, info *contracts.GameInfo, root *contracts.GameClaim) bool {
			return !info.Sequencer && root.Claimant == addr(s.Roles.Dishonest.PublicKey) && info.Status == contracts.GameChallengerWins
		}},
		{devnet.FaultInvalidBatchRoot, func(s *devnet.Services, info *contracts.GameInfo, root *contracts.GameClaim) bool {
			return info.Sequencer && info.Status == contracts.GameChallengerWins && info.SignersSlashed
		}},
		{devnet.FaultBadChallenger, func(s *devnet.Services, info *contracts.GameInfo, root *contracts.GameClaim) bool {
			return !info.Sequencer && root.Claimant == addr(s.Roles.Prover.PublicKey) && info.ClaimCount >= 2 && info.Status == contracts.GameDefenderWins
		}},
		// No game: withholding is caught by DAChallenge (daPunished), and a
		// baseless DA challenge answered by the sequencer (daAnswered).
		{devnet.FaultWithhold, nil},
		{devnet.FaultBadDAChallenge, nil},
	} {
		t.Run(string(tc.fault), func(t *testing.T) {
			// Each subtest has its own L1 on free ports and mostly waits
			// for blocks: running them together costs little CPU.
			t.Parallel()
			ctx := context.Background()
			cfg := devnet.DefaultConfig()
			cfg.DataDir, cfg.DevAccounts, cfg.Fault = t.TempDir(), 5, tc.fault
			cfg.BatchInterval, cfg.PollInterval = time.Second, 200*time.Millisecond
			// The log is part of what is tested: a human reads it.
			var next slog.Handler
			if testing.Verbose() {
				next = slog.NewTextHandler(os.Stderr, nil)
			}
			logs := newLogCapture(next)
			cfg.Logger = slog.New(logs)
			start := time.Now()
			d, err := devnet.Start(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer func() {
				closing := time.Now()
				d.Close()
				t.Logf("L1 stopped in %v", time.Since(closing).Round(time.Millisecond))
			}()
			t.Logf("L1 and contracts up in %v", time.Since(start).Round(time.Millisecond))
			s, err := d.StartServices(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer func() {
				closing := time.Now()
				if err := s.Close(); err != nil {
					t.Error(err)
				}
				t.Logf("services stopped in %v", time.Since(closing).Round(time.Millisecond))
			}()
			l2, err := ethclient.Dial(s.L2URL())
			if err != nil {
				t.Fatal(err)
			}
			defer l2.Close()
			user := s.Roles.Users[0]
			to := common.HexToAddress("0x00000000000000000000000000000000000c0001")
			chainID := big.NewInt(int64(d.Deployment.Config.Genesis.ChainID))
			tx, err := types.SignNewTx(user, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
				ChainID: chainID, GasFeeCap: big.NewInt(2_000_000_000), GasTipCap: new(big.Int), Gas: 21000, To: &to, Value: big.NewInt(1),
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := l2.SendTransaction(ctx, tx); err != nil {
				t.Fatal(err)
			}
			l1, err := ethclient.Dial(d.L1HTTP())
			if err != nil {
				t.Fatal(err)
			}
			defer l1.Close()
			checkShardNumbering(t, d, s, l1, logs)
			factory := contracts.NewDisputeGameFactory(d.Deployment.Contracts.DisputeGameFactory, l1, nil)
			deadline := time.Now().Add(90 * time.Second)
			var gameBatch uint64 // the batch of the game the honest side won
			for won := false; !won; time.Sleep(500 * time.Millisecond) {
				if tc.won == nil {
					select {
					case err := <-s.Failed():
						t.Fatal(err)
					default:
					}
					if time.Now().After(deadline) {
						t.Fatalf("withholding not punished within %v", time.Since(start).Round(time.Second))
					}
					if tc.fault == devnet.FaultWithhold {
						won = daPunished(t, d, s, l1)
					} else {
						won = daAnswered(t, d, s, l1)
					}
					continue
				}
				select {
				case err := <-s.Failed():
					t.Fatal(err)
				default:
				}
				if time.Now().After(deadline) {
					t.Fatalf("honest side did not win within %v", time.Since(start).Round(time.Second))
				}
				count, err := factory.GameCount(ctx)
				if err != nil {
					t.Fatal(err)
				}
				for id := int64(0); id < count.Int64() && !won; id++ {
					g := factory.Game(big.NewInt(id))
					info, err := g.Info(ctx)
					if err != nil {
						t.Fatal(err)
					}
					root, err := g.Claim(ctx, 0)
					if err != nil {
						t.Fatal(err)
					}
					if won = tc.won(s, info, root); won {
						gameBatch = info.Batch
					}
				}
			}
			t.Logf("%s: honest side won %v after start", tc.fault, time.Since(start).Round(time.Second))
			checkFaultLog(t, tc.fault, d, s, l1, logs)
			if tc.fault == devnet.FaultInvalidBatchRoot {
				// The sequencer claim lost its game: the batch is reported
				// disputed (or void), never posted or final, and the slashed
				// lone sequencer halts the L2.
				var info struct{ Status, GameStatus string }
				if err := l2.Client().CallContext(ctx, &info, "etherscale_getBatch", hexutil.Uint64(gameBatch)); err != nil || (info.Status != "disputed" && info.Status != "void") {
					t.Fatalf("etherscale_getBatch %d after its sequencer game: %+v, %v, want disputed or void", gameBatch, info, err)
				}
				t.Logf("batch %d: %s (game %s)", gameBatch, info.Status, info.GameStatus)
				haltedWithin(t, l2, user, chainID, to)
			}
			if tc.fault == devnet.FaultWithhold {
				// The lone sequencer is slashed: the L2 says so instead
				// of accepting transfers that can never land.
				haltedWithin(t, l2, user, chainID, to)
				// etherscale_getBatch reports the voided batch as void.
				var info struct{ Status string }
				if err := l2.Client().CallContext(ctx, &info, "etherscale_getBatch", "0x1"); err != nil || info.Status != "void" {
					t.Fatalf("etherscale_getBatch 1 after the withholding: %+v, %v, want void", info, err)
				}
			}
		})
	}
}

func addr(k ecdsa.PublicKey) common.Address { return crypto.PubkeyToAddress(k) }

// haltedWithin waits until the L2 refuses a transfer with "sequencer
// halted" (the sequencer checks every batch interval).
func haltedWithin(t *testing.T, l2 *ethclient.Client, user *ecdsa.PrivateKey, chainID *big.Int, to common.Address) {
	t.Helper()
	ctx := context.Background()
	var err error
	for deadline, nonce := time.Now().Add(15*time.Second), uint64(1); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		tx, serr := types.SignNewTx(user, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasFeeCap: big.NewInt(2_000_000_000), GasTipCap: new(big.Int), Gas: 21000, To: &to, Value: big.NewInt(1),
		})
		if serr != nil {
			t.Fatal(serr)
		}
		if err = l2.SendTransaction(ctx, tx); err != nil && strings.Contains(err.Error(), "sequencer halted") {
			return
		}
		if err == nil {
			nonce++
		}
	}
	t.Fatalf("the slashed sequencer still accepts transfers: last answer %v", err)
}

// daPunished reports whether a certificate batch's DA challenge expired
// unanswered: the batch is void and its signer and every attester have lost
// their whole stake.
func daPunished(t *testing.T, d *devnet.Devnet, s *devnet.Services, l1 *ethclient.Client) bool {
	t.Helper()
	ctx := context.Background()
	c := d.Deployment.Contracts
	bi := contracts.NewBatchInbox(c.BatchInbox, l1, nil)
	chal := contracts.NewDAChallenge(c.DAChallenge, l1, nil)
	latest, err := bi.LatestBatch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for n := uint64(1); n <= latest; n++ {
		st, err := chal.ChallengeOf(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		if !st.Settled {
			continue
		}
		if void, err := bi.IsVoid(ctx, n); err != nil || !void {
			t.Fatalf("batch %d settled but void = %v (%v)", n, void, err)
		}
		if st.Challenger != addr(s.Roles.Watcher.PublicKey) {
			t.Errorf("batch %d challenged by %s, want the watcher", n, st.Challenger)
		}
		stake, err := contracts.NewSequencerSet(c.SequencerSet, l1, nil).StakeOf(ctx, addr(s.Roles.Sequencer.PublicKey))
		if err != nil || stake.Sign() != 0 {
			return false // the slash lands with the settlement; re-read next time
		}
		atts, err := bi.Attesters(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		if len(atts) < int(d.Deployment.Config.DA.Threshold) {
			t.Fatalf("batch %d has %d attesters", n, len(atts))
		}
		com := contracts.NewDACommittee(c.DACommittee, l1, nil)
		for _, a := range atts {
			if stake, err := com.StakeOf(ctx, a.Address); err != nil || stake.Sign() != 0 {
				t.Fatalf("attester %d stake %v (%v) after the settlement", a.Index, stake, err)
			}
		}
		t.Logf("batch %d void, sequencer and %d attesters slashed", n, len(atts))
		return true
	}
	return false
}

// daAnswered reports whether the dishonest DA challenge was answered by the
// sequencer itself: the challenge resolved, the batch not void, the
// resolver (ChallengeResolved's indexed resolver) the sequencer, whose bond
// is untouched.
func daAnswered(t *testing.T, d *devnet.Devnet, s *devnet.Services, l1 *ethclient.Client) bool {
	t.Helper()
	ctx := context.Background()
	c := d.Deployment.Contracts
	chal := contracts.NewDAChallenge(c.DAChallenge, l1, nil)
	st, err := chal.ChallengeOf(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Resolved {
		return false
	}
	if st.Challenger != addr(s.Roles.Dishonest.PublicKey) {
		t.Fatalf("batch 1 challenged by %s, want the dishonest key", st.Challenger)
	}
	if void, err := contracts.NewBatchInbox(c.BatchInbox, l1, nil).IsVoid(ctx, 1); err != nil || void {
		t.Fatalf("answered batch 1 void = %v (%v)", void, err)
	}
	a := bindings.NewDAChallenge().GetABI()
	logs, err := l1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(d.Deployment.DeployBlock), Addresses: []common.Address{c.DAChallenge},
		Topics: [][]common.Hash{{a.Events["ChallengeResolved"].ID}, {common.BigToHash(big.NewInt(1))}},
	})
	if err != nil || len(logs) != 1 || len(logs[0].Topics) < 3 {
		t.Fatalf("ChallengeResolved events: %d, %v", len(logs), err)
	}
	if resolver := common.BytesToAddress(logs[0].Topics[2][:]); resolver != addr(s.Roles.Sequencer.PublicKey) {
		t.Errorf("batch 1 answered by %s, want the sequencer", resolver)
	}
	stake, err := contracts.NewSequencerSet(c.SequencerSet, l1, nil).StakeOf(ctx, addr(s.Roles.Sequencer.PublicKey))
	if err != nil || stake.Cmp(d.Deployment.Config.MinBond.Big()) != 0 {
		t.Fatalf("sequencer stake %v (%v) after an answered challenge", stake, err)
	}
	return true
}

// checkFaultLog checks the devnet's log of a fault the honest side has
// won: one OUTCOME line naming the winner, the loser and the amounts; the
// lone sequencer's slashing announced as an L2 halt; DA shards numbered by
// their DACommittee index only; lost races between honest services below
// INFO.
func checkFaultLog(t *testing.T, f devnet.Fault, d *devnet.Devnet, s *devnet.Services, l1 *ethclient.Client, logs *logCapture) {
	t.Helper()
	is := func(v string, a common.Address) bool { return strings.EqualFold(v, a.Hex()) }
	honest := func(v string) bool {
		return is(v, addr(s.Roles.Prover.PublicKey)) || is(v, addr(s.Roles.Watcher.PublicKey))
	}
	dishonest, seq := addr(s.Roles.Dishonest.PublicKey), addr(s.Roles.Sequencer.PublicKey)
	const wait = 15 * time.Second
	halted := func() {
		logs.waitFor(t, wait, "announcing the L2 halt", func(r logRecord) bool {
			return r.Attrs["svc"] == "monitor" && r.Level == slog.LevelError && strings.HasPrefix(r.Msg, "L2 HALTED") && strings.Contains(r.Attrs["sequencer"], seq.Hex())
		})
	}
	switch f {
	case devnet.FaultInvalidClaim:
		r := logs.waitFor(t, wait, "OUTCOME of the dishonest claim's game", func(r logRecord) bool {
			return strings.HasPrefix(r.Msg, "OUTCOME game") && r.Attrs["status"] == contracts.GameChallengerWins.String() && is(r.Attrs["loser"], dishonest)
		})
		if !honest(r.Attrs["winner"]) || !positive(r, "bondsWon") || !positive(r, "bondsLost") {
			t.Errorf("outcome line: %v", r)
		}
	case devnet.FaultBadChallenger:
		r := logs.waitFor(t, wait, "OUTCOME of the attacked claim's game", func(r logRecord) bool {
			return strings.HasPrefix(r.Msg, "OUTCOME game") && r.Attrs["status"] == contracts.GameDefenderWins.String() && is(r.Attrs["loser"], dishonest)
		})
		if !is(r.Attrs["winner"], addr(s.Roles.Prover.PublicKey)) || !positive(r, "bondsWon") {
			t.Errorf("outcome line: %v", r)
		}
	case devnet.FaultInvalidBatchRoot:
		r := logs.waitFor(t, wait, "OUTCOME of the sequencer game's slashing", func(r logRecord) bool {
			return strings.HasPrefix(r.Msg, "OUTCOME game") && strings.Contains(r.Msg, "sequencer slashed")
		})
		if !strings.Contains(r.Attrs["loser"], seq.Hex()) || !honest(r.Attrs["winner"]) || !positive(r, "slashedStake") || !positive(r, "reward") {
			t.Errorf("slashing outcome line: %v", r)
		}
		halted()
	case devnet.FaultWithhold:
		r := logs.waitFor(t, wait, "OUTCOME of the expired DA challenge", func(r logRecord) bool {
			return strings.HasPrefix(r.Msg, "OUTCOME DA challenge") && strings.Contains(r.Msg, "expired")
		})
		if !is(r.Attrs["winner"], addr(s.Roles.Watcher.PublicKey)) || !strings.Contains(r.Attrs["loser"], seq.Hex()) || !positive(r, "slashedStake") || !positive(r, "reward") || r.Attrs["members"] == "[]" {
			t.Errorf("withholding outcome line: %v", r)
		}
		halted()
	case devnet.FaultBadDAChallenge:
		r := logs.waitFor(t, wait, "OUTCOME of the answered DA challenge", func(r logRecord) bool {
			return strings.HasPrefix(r.Msg, "OUTCOME DA challenge") && strings.Contains(r.Msg, "answered")
		})
		if !is(r.Attrs["winner"], seq) || !is(r.Attrs["loser"], dishonest) || !positive(r, "bondsWon") {
			t.Errorf("answered outcome line: %v", r)
		}
	}
	recs := logs.records()
	// One OUTCOME line per game: not one from each service.
	seen := make(map[string]int)
	for _, r := range recs {
		if strings.HasPrefix(r.Msg, "OUTCOME") {
			seen[r.Msg]++
		}
	}
	for msg, n := range seen {
		if n > 1 {
			t.Errorf("%d times: %s", n, msg)
		}
	}
	for _, r := range recs {
		if _, ok := r.Attrs["da-member"]; ok {
			t.Errorf("a second numbering of DA shards: %v", r)
		}
		if _, ok := r.Attrs["member#2"]; ok {
			t.Errorf("two member numbers on one line: %v", r)
		}
	}
	checkHonestRacesQuiet(t, recs)
}

// checkShardNumbering checks, while every member is still active, that a
// DA shard's "member" in the log and Shard.Member are its DACommittee
// index (registration order, not the devnet's key order).
func checkShardNumbering(t *testing.T, d *devnet.Devnet, s *devnet.Services, l1 *ethclient.Client, logs *logCapture) {
	t.Helper()
	com := contracts.NewDACommittee(d.Deployment.Contracts.DACommittee, l1, nil)
	shards := 0
	for _, r := range logs.records() {
		if r.Msg != "DA shard running" {
			continue
		}
		shards++
		idx, err := com.IndexOf(context.Background(), common.HexToAddress(r.Attrs["address"]))
		if err != nil || r.Attrs["member"] != fmt.Sprint(idx) {
			t.Errorf("shard %s logged as member %s, DACommittee index %d (%v)", r.Attrs["address"], r.Attrs["member"], idx, err)
		}
	}
	if shards != len(s.Shards) || shards == 0 {
		t.Errorf("%d DA shards logged, %d running", shards, len(s.Shards))
	}
	for i, sh := range s.Shards {
		if idx, err := com.IndexOf(context.Background(), addr(sh.Key.PublicKey)); err != nil || idx != sh.Member() || sh.Member() != uint32(i) {
			t.Errorf("Shards[%d] %s: Member() %d, DACommittee index %d (%v)", i, addr(sh.Key.PublicKey), sh.Member(), idx, err)
		}
	}
}
