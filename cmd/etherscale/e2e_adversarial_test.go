package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/watcher"
)

// newDeepRollup deploys on an embedded node funding DevKey(0..5) and posts
// batch 1 (a deposit and one transfer) and batch 2 with n2 transfers, so a
// game on batch 2 has a trace of 2+n2 steps: 14 transfers give 16 steps,
// game depth 4. Batch 2's data window is closed on return.
func newDeepRollup(t *testing.T, n2 int) *rollup {
	t.Helper()
	ncfg := devnode.DefaultConfig()
	ncfg.DevAccounts = 6
	node, err := devnode.Start(ncfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "config.json")
	if out, err := run(t, "config", "init", "--out", cfgPath); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	dep := filepath.Join(dir, "deployment.json")
	if out, err := run(t, "deploy", "--l1", node.HTTPEndpoint(), "--key", hex.EncodeToString(crypto.FromECDSA(devnode.DevKey(0))), "--config", cfgPath, "--out", dep, "--confirmations", "0"); err != nil {
		t.Fatalf("deploy: %v\n%s", err, out)
	}
	url := node.HTTPEndpoint()
	seqKey, user := devnode.DevKey(1), devnode.DevKey(7)
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	d, err := deploy.Load(dep)
	if err != nil {
		t.Fatal(err)
	}
	r := &rollup{t: t, url: url, dep: dep, d: d, client: client, clock: &l1Clock{t: t, client: client, key: seqKey}}
	if out, err := run(t, append([]string{"sequencer", "register"}, r.l1(seqKey)...)...); err != nil {
		t.Fatalf("register: %v\n%s", err, out)
	}
	runJSON(t, new(entryOut), append([]string{"inbox", "deposit", "--to", crypto.PubkeyToAddress(user.PublicKey).Hex(), "--amount", "1000000000000000000"}, r.l1(devnode.DevKey(5))...)...)
	carol := common.HexToAddress("0x00000000000000000000000000000000000c0001")
	var posted struct {
		Number   uint64 `json:"number"`
		TrueRoot string `json:"trueRoot"`
	}
	runJSON(t, &posted, append([]string{"batch", "post", "--txs", writeFile(t, dir, "b1.txt", l2Transfer(t, user, 0, carol, 1000)+"\n")}, r.l1(seqKey)...)...)
	var b2 strings.Builder
	for i := 0; i < n2; i++ {
		b2.WriteString(l2Transfer(t, user, uint64(1+i), carol, int64(2000+i)) + "\n")
	}
	runJSON(t, &posted, append([]string{"batch", "post", "--txs", writeFile(t, dir, "b2.txt", b2.String())}, r.l1(seqKey)...)...)
	if posted.Number != 2 {
		t.Fatalf("batch 2: %+v", posted)
	}
	r.root2 = common.HexToHash(posted.TrueRoot)
	r.clock.advance(11)
	return r
}

// liarMove makes a move through the CLI and returns the new claim's index.
func (r *rollup) liarMove(key *ecdsa.PrivateKey, attack bool, parent uint32, value common.Hash) uint32 {
	r.t.Helper()
	cmd := map[bool]string{true: "attack", false: "defend"}[attack]
	var out struct {
		Claim uint32 `json:"claim"`
	}
	runJSON(r.t, &out, append(append([]string{"dispute", cmd, "--claim", fmt.Sprint(parent), "--value", value.Hex()}, r.l1(key)...), "0")...)
	return out.Claim
}

func (r *rollup) claims(id int64) []contracts.GameClaim {
	r.t.Helper()
	cs, err := r.game(id).Claims(context.Background())
	if err != nil {
		r.t.Fatal(err)
	}
	return cs
}

// childOf returns the index of the first child of parent claimed by who.
func childOf(cs []contracts.GameClaim, parent uint32, who common.Address) (uint32, bool) {
	for _, c := range cs {
		if c.ParentIndex == parent && c.Index != parent && c.Claimant == who {
			return c.Index, true
		}
	}
	return 0, false
}

// gameEvents reads every factory event since the deployment.
func (r *rollup) gameEvents() *contracts.GameEvents {
	r.t.Helper()
	logs, err := r.client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(r.d.DeployBlock), Addresses: []common.Address{r.d.Contracts.DisputeGameFactory},
	})
	if err != nil {
		r.t.Fatal(err)
	}
	ptrs := make([]*types.Log, len(logs))
	for i := range logs {
		ptrs[i] = &logs[i]
	}
	ev, err := contracts.NewDisputeGameFactory(r.d.Contracts.DisputeGameFactory, r.client, nil).DecodeEvents(ptrs)
	if err != nil {
		r.t.Fatal(err)
	}
	return ev
}

func (r *rollup) balance(a common.Address) *big.Int {
	r.t.Helper()
	b, err := r.client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return b
}

// checkWei asserts that the game's bonds are all accounted for: the sum of
// ClaimMoved bonds equals the credits claimed (CreditClaimed events) plus
// the credits still unclaimed, and the factory holds exactly the unclaimed
// part on top of its balance before the game.
func checkWei(t *testing.T, r *rollup, who []common.Address, factoryBefore *big.Int) {
	t.Helper()
	ev := r.gameEvents()
	posted := new(big.Int)
	for _, m := range ev.Moved {
		if m.GameID.Sign() == 0 {
			posted.Add(posted, m.Bond)
		}
	}
	claimed := new(big.Int)
	for _, v := range ev.Credits {
		claimed.Add(claimed, v)
	}
	unclaimed := new(big.Int)
	for _, a := range who {
		c, err := r.game(0).Credit(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		unclaimed.Add(unclaimed, c)
	}
	t.Logf("bonds posted %s wei, credits claimed %s, unclaimed %s", posted, claimed, unclaimed)
	if sum := new(big.Int).Add(claimed, unclaimed); sum.Cmp(posted) != 0 {
		t.Errorf("claimed %s + unclaimed %s = %s wei, bonds posted %s", claimed, unclaimed, sum, posted)
	}
	want := new(big.Int).Add(factoryBefore, unclaimed)
	if got := r.balance(r.d.Contracts.DisputeGameFactory); got.Cmp(want) != 0 {
		t.Errorf("factory balance %s, want %s (before the game) + %s (unclaimed)", got, factoryBefore, unclaimed)
	}
}

// TestE2EThreeLiars (issue 5, test 5): three dishonest actors with three
// keys play wrong moves through the CLI at depths 0, 2, 3 and 4 — attacks
// and defences — and one tries a step whose pre-state is a dishonest claim
// (it reverts: no proof opens a made-up root), against one in-process
// watcher in one game of depth 4. The watcher wins every subgame
// it should and every wei of the bonds is accounted for.
func TestE2EThreeLiars(t *testing.T) {
	r := newDeepRollup(t, 14)
	ctx := context.Background()
	watcherKey := devnode.DevKey(0)
	liarA, liarB, liarC := devnode.DevKey(2), devnode.DevKey(3), devnode.DevKey(4)
	self := crypto.PubkeyToAddress(watcherKey.PublicKey)
	addrs := []common.Address{self, crypto.PubkeyToAddress(liarA.PublicKey), crypto.PubkeyToAddress(liarB.PublicKey), crypto.PubkeyToAddress(liarC.PublicKey)}
	factoryBefore := r.balance(r.d.Contracts.DisputeGameFactory)
	before := r.nonce(self)
	svc := r.startWatcher(watcherKey, t.TempDir())

	// Depth 0: liar A claims a wrong root.
	var created gameOut
	runJSON(t, &created, append([]string{"dispute", "create", "--batch", "2", "--root", common.HexToHash("0xbad0").Hex()}, r.l1(liarA)...)...)
	if created.MaxDepth != 4 || created.TraceLength != 16 {
		t.Fatalf("game: %+v", created)
	}
	var w1 uint32
	r.waitFor("the watcher's counter of the root", false, func() bool {
		var ok bool
		w1, ok = childOf(r.claims(0), 0, self)
		return ok
	})
	// Depth 2: liar B defends the watcher's (correct) depth-1 claim, liar
	// C attacks it, both with wrong values.
	b2 := r.liarMove(liarB, false, w1, common.HexToHash("0xbad1"))
	c2 := r.liarMove(liarC, true, w1, common.HexToHash("0xbad2"))
	// Outside the watcher's subtrees: liar A defends B's wrong claim at
	// depth 3 and liar C attacks that at the game depth, so that the
	// attack-step pre-state of C's claim is B's dishonest claim.
	a3 := r.liarMove(liarA, false, b2, common.HexToHash("0xbad5"))
	c4 := r.liarMove(liarC, true, a3, common.HexToHash("0xbad6"))
	var wb3, wc3 uint32
	r.waitFor("the watcher's depth-3 counters", false, func() bool {
		cs := r.claims(0)
		var ok1, ok2 bool
		wb3, ok1 = childOf(cs, b2, self)
		wc3, ok2 = childOf(cs, c2, self)
		return ok1 && ok2
	})
	// Depth 4 (the game depth): liar A attacks the watcher's counter of B,
	// liar B defends the watcher's counter of C; the watcher must step both.
	a4 := r.liarMove(liarA, true, wb3, common.HexToHash("0xbad3"))
	b4 := r.liarMove(liarB, false, wc3, common.HexToHash("0xbad4"))
	// A step from a poisoned pre-state: liar B attack-steps C's claim,
	// whose pre-state is B's own wrong depth-2 claim. No proof opens it.
	if out, err := run(t, append(append([]string{"dispute", "step", "--claim", fmt.Sprint(c4)}, r.l1(liarB)...), "0")...); err == nil {
		t.Fatalf("step from the poisoned pre-state of claim %d succeeded: %s", c4, out)
	} else {
		t.Logf("liar B's step from a poisoned pre-state: %v", err)
	}
	// Liar C steps its accomplices' claims at the game depth: a race with
	// the watcher, which either of them may win (the first step counters,
	// the second reverts with DuplicateStep).
	for _, idx := range []uint32{a4, b4} {
		if out, err := run(t, append(append([]string{"dispute", "step", "--claim", fmt.Sprint(idx)}, r.l1(liarC)...), "0")...); err == nil {
			t.Logf("liar C stepped claim %d: %s", idx, strings.TrimSpace(out))
		} else if !strings.Contains(err.Error(), "DuplicateStep") {
			t.Errorf("liar C's step of claim %d: %v", idx, err)
		}
	}

	r.waitFor("the win", true, func() bool {
		g, ok, err := svc.w.Store().Game(0)
		return err == nil && ok && g.Done
	})
	info := r.info(0)
	if info.Status != contracts.GameChallengerWins {
		t.Fatalf("status %v", info.Status)
	}
	cs := r.claims(0)
	for _, c := range cs {
		t.Logf("claim %d parent %d pos %d by %s: countered %v, stepped by %s, resolved %v", c.Index, int32(c.ParentIndex), c.Position, c.Claimant.Hex()[:8], c.Countered, c.CounteredBy.Hex()[:8], c.Resolved)
		if !c.Resolved {
			t.Errorf("claim %d not resolved", c.Index)
		}
		if c.Claimant == self && c.Countered {
			t.Errorf("watcher's claim %d countered", c.Index)
		}
	}
	for _, idx := range []uint32{0, b2, c2, a4, b4} {
		if !cs[idx].Countered {
			t.Errorf("liar claim %d stands", idx)
		}
	}
	// Nobody could step C's claim: it stands and counters A's.
	if cs[c4].Countered || !cs[a3].Countered || cs[c4].CounteredBy != (common.Address{}) {
		t.Errorf("poisoned subtree: claim %d %+v, claim %d %+v", a3, cs[a3], c4, cs[c4])
	}
	// The watcher never played outside its subtrees.
	for _, c := range cs {
		if c.Claimant == self && (c.ParentIndex == a3 || c.ParentIndex == c4) || c.CounteredBy == self && (c.Index == a3 || c.Index == c4) {
			t.Errorf("watcher played in the poisoned subtree: %+v", c)
		}
	}
	if credit, err := r.game(0).Credit(ctx, self); err != nil || credit.Sign() != 0 {
		t.Errorf("watcher credit left: %v %v", credit, err)
	}
	acts, err := svc.w.Store().Actions()
	if err != nil {
		t.Fatal(err)
	}
	// A step the watcher planned while liar C's step of the same claim
	// was landing loses the race with DuplicateStep, recorded as lost:
	// refused at gas estimation (nothing sent, no nonce used), or, when
	// both land in the same block, mined and reverted (a nonce used,
	// checked as mined).
	var kept []*watcher.ActionRecord
	for _, a := range acts {
		if a.State == watcher.ActionLost {
			if a.Method != "step" || !strings.Contains(a.Err, "DuplicateStep") {
				t.Errorf("action %d: lost race %s: %s", a.Seq, a.Method, a.Err)
			}
			if a.Block == 0 {
				t.Logf("watcher lost a step race at estimation: %s", a.Err)
				continue
			}
			t.Logf("watcher lost a step race in the same block: %s", a.Err)
			lost := *a
			lost.State = watcher.ActionMined
			a = &lost
		}
		kept = append(kept, a)
	}
	checkActionLog(t, r, kept, self, before)
	svc.stop()
	// The watcher got the root bond, its three claims' bonds back and the
	// four wrong claims' bonds in its subtrees, 0.1 + 7 × 0.05 ether, less
	// 0.05 ether for each of A's and B's depth-4 claims liar C stepped first.
	want := big.NewInt(45e16)
	for _, idx := range []uint32{a4, b4} {
		if by := cs[idx].CounteredBy; by != self {
			want.Sub(want, big.NewInt(5e16))
			if by != addrs[3] {
				t.Errorf("claim %d stepped by %s", idx, by)
			}
		}
	}
	if got := r.gameEvents().Credits[self]; got == nil || got.Cmp(want) != 0 {
		t.Errorf("watcher claimed %v wei, want %s", got, want)
	}
	checkWei(t, r, addrs, factoryBefore)
	// Whatever the liars are still owed, they claim: the factory then
	// holds what it held before the game.
	for _, k := range []*ecdsa.PrivateKey{liarA, liarB, liarC} {
		if c, _ := r.game(0).Credit(ctx, crypto.PubkeyToAddress(k.PublicKey)); c != nil && c.Sign() > 0 {
			runJSON(t, new(struct{ Amount string }), append(append([]string{"dispute", "claim-credit"}, r.l1(k)...), "0")...)
		}
	}
	checkWei(t, r, addrs, factoryBefore)
	if got := r.balance(r.d.Contracts.DisputeGameFactory); got.Cmp(factoryBefore) != 0 {
		t.Errorf("factory balance %s after every credit, %s before the game", got, factoryBefore)
	}
}

// watchProc is an etherscale watch process whose log lines with msg=sent
// are signalled on sent.
type watchProc struct {
	cmd  *exec.Cmd
	sent chan string
	done chan struct{} // closed once stderr is drained
	mu   sync.Mutex
	tail []string
}

func startWatchProc(t *testing.T, bin string, r *rollup, key *ecdsa.PrivateKey, dataDir string) *watchProc {
	t.Helper()
	cmd := exec.Command(bin, "watch", "--data-dir", dataDir, "--poll-interval", "20ms", "--l1", r.url, "--deployment", r.dep, "--key", hexKey(key))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &watchProc{cmd: cmd, sent: make(chan string, 1), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			p.mu.Lock()
			if p.tail = append(p.tail, line); len(p.tail) > 20 {
				p.tail = p.tail[1:]
			}
			p.mu.Unlock()
			if strings.Contains(line, "msg=sent") {
				select {
				case p.sent <- line:
				default:
				}
			}
		}
	}()
	return p
}

func (p *watchProc) kill(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-p.done
	if err := p.cmd.Wait(); err == nil {
		p.mu.Lock()
		defer p.mu.Unlock()
		t.Fatalf("watch exited on its own before the kill:\n%s", strings.Join(p.tail, "\n"))
	}
}

// TestE2EWatcherKill9 (issue 5, test 6): an etherscale watch process is
// SIGKILLed and restarted at random points of one game of depth 4 — right
// after it logs a sent transaction, right after its account's nonce moves
// (the transaction mined, the action log not yet told), or after a random
// delay — while three liars keep making wrong moves at depths 2 and 4. It
// still wins, misses no window and sends nothing twice.
func TestE2EWatcherKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and SIGKILLs the etherscale binary")
	}
	seed := time.Now().UnixNano()
	if s := os.Getenv("ETHERSCALE_E2E_SEED"); s != "" {
		var err error
		if seed, err = strconv.ParseInt(s, 10, 64); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("seed %d (ETHERSCALE_E2E_SEED reproduces the kill schedule)", seed)
	rng := rand.New(rand.NewSource(seed))
	bin := buildCLI(t)
	r := newDeepRollup(t, 14)
	ctx := context.Background()
	watcherKey := devnode.DevKey(0)
	liarA, liarB, liarC := devnode.DevKey(2), devnode.DevKey(3), devnode.DevKey(4)
	self := crypto.PubkeyToAddress(watcherKey.PublicKey)
	before := r.nonce(self)
	dataDir := t.TempDir()

	// The liars' script: each move waits until the watcher's claim it
	// answers exists.
	var (
		liarClaims []uint32 // every liar claim that must end countered
		w1         = -1
		depth2     []uint32 // the liars' depth-2 claims
		pending    []func(cs []contracts.GameClaim) bool
	)
	watcherChild := func(cs []contracts.GameClaim, parent uint32) (uint32, bool) { return childOf(cs, parent, self) }
	pending = append(pending,
		func(cs []contracts.GameClaim) bool {
			runJSON(t, new(gameOut), append([]string{"dispute", "create", "--batch", "2", "--root", common.HexToHash("0xbad0").Hex()}, r.l1(liarA)...)...)
			liarClaims = append(liarClaims, 0)
			return true
		},
	)
	for i, k := range []*ecdsa.PrivateKey{liarB, liarC, liarA} {
		i, k := i, k
		pending = append(pending, func(cs []contracts.GameClaim) bool {
			if len(cs) == 0 {
				return false
			}
			c, ok := watcherChild(cs, 0)
			if !ok {
				return false
			}
			w1 = int(c)
			// B defends, C attacks, A defends again with another value.
			idx := r.liarMove(k, i == 1, c, common.BigToHash(big.NewInt(int64(0xbad10+i))))
			depth2 = append(depth2, idx)
			liarClaims = append(liarClaims, idx)
			return true
		})
	}
	// At the game depth: each liar attacks or defends the watcher's
	// latest depth-3 claim, which the watcher must step. The L1 clock
	// follows wall time too, so a claim whose window is nearly over is not
	// a target: the move is dropped instead.
	depth4 := 0
	for i, k := range []*ecdsa.PrivateKey{liarA, liarB, liarC, liarA} {
		i, k := i, k
		pending = append(pending, func(cs []contracts.GameClaim) bool {
			if len(depth2) < 3 {
				return false
			}
			var target *contracts.GameClaim
			for j := range cs {
				if c := &cs[j]; c.Claimant == self && c.Position >= 8 && c.Position < 16 && (target == nil || c.CreatedAt > target.CreatedAt) {
					target = c
				}
			}
			if target == nil {
				return false
			}
			if now := r.clock.now(); now-target.CreatedAt > 4 {
				t.Logf("liar move %d dropped: the latest depth-3 claim is %d s old", i, now-target.CreatedAt)
				return true
			}
			idx := r.liarMove(k, i%2 == 0, target.Index, common.BigToHash(big.NewInt(int64(0xbad40+i))))
			liarClaims = append(liarClaims, idx)
			depth4++
			return true
		})
	}
	// runLiar makes the next liar move if it can be made now.
	runLiar := func() {
		if len(pending) == 0 {
			return
		}
		var cs []contracts.GameClaim
		if n, err := contracts.NewDisputeGameFactory(r.d.Contracts.DisputeGameFactory, r.client, nil).GameCount(ctx); err != nil {
			t.Fatal(err)
		} else if n.Sign() > 0 {
			cs = r.claims(0)
		}
		if pending[0](cs) {
			pending = pending[1:]
		}
	}
	// countered: every liar claim is answered (a watcher child or a step).
	countered := func() bool {
		if len(pending) > 0 {
			return false
		}
		cs := r.claims(0)
		for _, i := range liarClaims {
			if _, ok := watcherChild(cs, i); !ok && cs[i].CounteredBy != self {
				return false
			}
		}
		return true
	}
	resolvedAndPaid := func() bool {
		if len(pending) > 0 {
			return false
		}
		credit, err := r.game(0).Credit(ctx, self)
		return err == nil && r.info(0).Status != contracts.GameInProgress && credit.Sign() == 0
	}

	kills, advanced := 0, false
	modes := map[string]int{}
	for i := 0; kills < 10 || !resolvedAndPaid(); i++ {
		if i > 40 {
			t.Fatalf("after %d kills: game %+v, liar moves left %d", kills, r.info(0), len(pending))
		}
		if i > 0 && !advanced && countered() {
			// Every wrong claim is answered: let the windows run out,
			// so that the next lives of the watcher resolve the game.
			r.clock.advance(9)
			advanced = true
		}
		// One liar move per life of the watcher: while it is down, or
		// while it runs.
		downMove := rng.Intn(2) == 0
		if downMove {
			runLiar()
		}
		p := startWatchProc(t, bin, r, watcherKey, dataDir)
		startNonce := r.nonce(self)
		if !downMove {
			runLiar()
		}
		mode := []string{"sent", "nonce", "delay"}[rng.Intn(3)]
		delay := time.Duration(rng.Intn(1500)) * time.Millisecond
		deadline := time.Now().Add(2 * time.Second)
		if mode == "delay" {
			deadline = time.Now().Add(delay)
		}
		reason := mode + ": timeout"
	wait:
		for time.Now().Before(deadline) {
			switch mode {
			case "sent":
				select {
				case <-p.sent:
					reason = "after msg=sent"
					break wait
				case <-time.After(5 * time.Millisecond):
				}
			case "nonce":
				if r.nonce(self) != startNonce {
					reason = "after the nonce moved"
					break wait
				}
				time.Sleep(2 * time.Millisecond)
			default:
				reason = "random delay " + delay.String()
				time.Sleep(5 * time.Millisecond)
			}
		}
		p.kill(t)
		kills++
		modes[mode]++
		t.Logf("kill %d: %s (liar moved while down: %v; claims %d, liar moves left %d)", kills, reason, downMove, r.info(0).ClaimCount, len(pending))
	}
	t.Logf("%d kills: %v", kills, modes)

	// A last, uninterrupted watcher finishes its bookkeeping.
	svc := r.startWatcher(watcherKey, dataDir)
	r.waitFor("the win", true, func() bool {
		g, ok, err := svc.w.Store().Game(0)
		return err == nil && ok && g.Done
	})
	svc.stop()
	if info := r.info(0); info.Status != contracts.GameChallengerWins {
		t.Fatalf("game: %+v", info)
	}
	cs := r.claims(0)
	type key struct {
		parent uint32
		pos    uint64
	}
	seen := map[key]uint32{}
	for _, c := range cs {
		if c.Claimant == self {
			if c.Countered {
				t.Errorf("watcher claim %d countered", c.Index)
			}
			k := key{c.ParentIndex, c.Position}
			if prev, dup := seen[k]; dup {
				t.Errorf("watcher claims %d and %d at the same position %d", prev, c.Index, c.Position)
			}
			seen[k] = c.Index
		}
	}
	for _, i := range liarClaims {
		if !cs[i].Countered {
			t.Errorf("liar claim %d stands", i)
		}
	}
	// The L1 clock follows wall time, so on a slow machine the later
	// depth-4 moves may find no fresh target; the first never fails to.
	if w1 < 0 || len(depth2) != 3 || depth4 < 1 {
		t.Errorf("liar script: %d depth-2 and %d depth-4 claims", len(depth2), depth4)
	}
	st, err := watcher.OpenStore(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	acts, err := st.Actions()
	if err != nil {
		t.Fatal(err)
	}
	steps := 0
	for _, a := range acts {
		if a.Method == "step" {
			steps++
		}
		if strings.Contains(strings.ToLower(a.Err), "window") || strings.Contains(a.Err, "Clock") {
			t.Errorf("action %d (%s) hit a window: %s", a.Seq, a.Method, a.Err)
		}
	}
	if steps != depth4 {
		t.Errorf("%d steps logged, want %d", steps, depth4)
	}
	checkActionLog(t, r, acts, self, before)
	if credit, err := r.game(0).Credit(ctx, self); err != nil || credit.Sign() != 0 {
		t.Fatalf("credit left: %v %v", credit, err)
	}
}
