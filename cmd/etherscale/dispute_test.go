package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/bisection/agent"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/internal/txmgr"
)

func hexKey(k *ecdsa.PrivateKey) string { return hex.EncodeToString(crypto.FromECDSA(k)) }

// l2Transfer signs an L2 transfer under the devnet preset's genesis.
func l2Transfer(t *testing.T, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value int64) string {
	t.Helper()
	const chainID = 42069
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(chainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(chainID), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2_000_000_000), Gas: 21000, To: &to, Value: big.NewInt(value),
	})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return hexutil.Encode(raw)
}

// l1Clock advances the embedded node's block time: it seals a block per
// transaction, each at least one second after its parent, so a few empty
// transfers stand in for waiting out the devnet's windows.
type l1Clock struct {
	t      *testing.T
	client *ethclient.Client
	key    *ecdsa.PrivateKey
}

func (c *l1Clock) now() uint64 {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return h.Time
}

// tick mines one block.
func (c *l1Clock) tick() {
	c.t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(c.key.PublicKey)
	nonce, err := c.client.PendingNonceAt(ctx, from)
	if err != nil {
		c.t.Fatal(err)
	}
	id, err := c.client.ChainID(ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	tx, err := types.SignNewTx(c.key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21000, To: &from,
	})
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.client.SendTransaction(ctx, tx); err != nil {
		c.t.Fatal(err)
	}
	for i := 0; ; i++ {
		if _, err := c.client.TransactionReceipt(ctx, tx.Hash()); err == nil {
			return
		}
		if i > 200 {
			c.t.Fatal("L1 clock transaction not mined")
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// advance mines blocks until the L1 time has moved by at least d seconds.
func (c *l1Clock) advance(d uint64) {
	c.t.Helper()
	for target := c.now() + d; c.now() < target; {
		c.tick()
	}
}

func runJSON(t *testing.T, v any, args ...string) {
	t.Helper()
	// urfave/cli stops parsing flags at the first argument, so --json goes
	// right after the subcommand.
	out, err := run(t, append([]string{args[0], args[1], "--json"}, args[2:]...)...)
	if err != nil {
		t.Fatalf("%v: %v\n%s", args, err, out)
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("%v: %v\n%s", args, err, out)
	}
}

// TestDisputeEndToEnd plays the scenario through the CLI on the
// embedded node: a sequencer posts two correct batches, a dishonest prover
// claims a wrong root for batch 2 and then plays wrong moves at the game
// depth; the honest agent (as a watcher) attacks and steps — one step is
// made by hand with dispute step — and the CLI resolves the game and claims
// the dishonest bonds.
func TestDisputeEndToEnd(t *testing.T) {
	url, dep := deployForTest(t)
	ctx := context.Background()
	watcherKey, seqKey, liarKey := devnode.DevKey(0), devnode.DevKey(1), devnode.DevKey(2)
	watcher := crypto.PubkeyToAddress(watcherKey.PublicKey)
	user := devnode.DevKey(7) // an L2-only account, funded by a deposit
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	carol := common.HexToAddress("0x00000000000000000000000000000000000c0001")
	l1 := func(key *ecdsa.PrivateKey) []string {
		return []string{"--l1", url, "--deployment", dep, "--key", hexKey(key)}
	}
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	clock := &l1Clock{t: t, client: client, key: seqKey}

	if out, err := run(t, append([]string{"sequencer", "register"}, l1(seqKey)...)...); err != nil {
		t.Fatalf("register: %v\n%s", err, out)
	}
	var entry entryOut
	runJSON(t, &entry, append([]string{"inbox", "deposit", "--to", userAddr.Hex(), "--amount", "1000000000000000000"}, l1(watcherKey)...)...)
	if entry.Index != 0 || entry.Kind != "deposit" {
		t.Fatalf("deposit: %+v", entry)
	}

	dir := t.TempDir()
	txs1 := writeFile(t, dir, "b1.txt", l2Transfer(t, user, 0, carol, 1000)+"\n")
	txs2 := writeFile(t, dir, "b2.txt", l2Transfer(t, user, 1, carol, 2000)+"\n"+l2Transfer(t, user, 2, carol, 3000)+"\n")
	var posted struct {
		Number    uint64 `json:"number"`
		StateRoot string `json:"stateRoot"`
		TrueRoot  string `json:"trueRoot"`
		Entries   int    `json:"entries"`
	}
	runJSON(t, &posted, append([]string{"batch", "post", "--txs", txs1}, l1(seqKey)...)...)
	if posted.Number != 1 || posted.Entries != 1 || posted.StateRoot != posted.TrueRoot {
		t.Fatalf("batch 1: %+v", posted)
	}
	runJSON(t, &posted, append([]string{"batch", "post", "--txs", txs2}, l1(seqKey)...)...)
	if posted.Number != 2 || posted.Entries != 0 || posted.StateRoot != posted.TrueRoot {
		t.Fatalf("batch 2: %+v", posted)
	}
	var list []batchOut
	runJSON(t, &list, "batch", "list", "--l1", url, "--deployment", dep)
	if len(list) != 2 || !list[0].RootCorrect || !list[1].RootCorrect || list[1].Txs != 2 {
		t.Fatalf("batch list: %+v", list)
	}
	if out, err := run(t, "batch", "show", "--l1", url, "--deployment", dep, "2"); err != nil || !strings.Contains(out, posted.StateRoot) {
		t.Fatalf("batch show: %v\n%s", err, out)
	}

	// Games on batch 2 open once its data-challenge window (10 s) closed.
	clock.advance(11)
	wrong := common.HexToHash("0xbad0000000000000000000000000000000000000000000000000000000000bad")
	var created gameOut
	runJSON(t, &created, append([]string{"dispute", "create", "--batch", "2", "--root", wrong.Hex()}, l1(liarKey)...)...)
	if created.TraceLength != 4 || created.MaxDepth != 2 || created.Status != "IN_PROGRESS" {
		t.Fatalf("created: %+v", created)
	}
	// An honest sequencer claim cannot be disputed by mistake.
	if _, err := run(t, append([]string{"dispute", "create", "--batch", "2", "--sequencer"}, l1(watcherKey)...)...); err == nil || !strings.Contains(err.Error(), "correct") {
		t.Fatalf("sequencer game on a correct header: %v", err)
	}

	// The watcher's agent, on its own sender.
	d, err := deploy.Load(dep)
	if err != nil {
		t.Fatal(err)
	}
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	sender, err := txmgr.New(ctx, client, watcherKey, tcfg)
	if err != nil {
		t.Fatal(err)
	}
	factory := contracts.NewDisputeGameFactory(d.Contracts.DisputeGameFactory, client, sender)
	game := factory.Game(big.NewInt(0))
	follower := l2chain.New(contracts.NewInbox(d.Contracts.Inbox, client, nil), contracts.NewBatchInbox(d.Contracts.BatchInbox, client, nil), &d.Config.Genesis, d.DeployBlock)
	a := agent.New(game, client, watcher, nil)
	// Resolution and the credit are left to the CLI below, to test it.
	a.SetSolveOptions(bisection.SolveOptions{NoResolve: true})
	tick := func() *agent.Report {
		t.Helper()
		chain, err := follower.Sync(ctx)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := a.Tick(ctx, chainSource{chain})
		if err != nil {
			t.Fatal(err)
		}
		// A second tick on the same chain state has nothing left to send:
		// the agent never duplicates a move.
		again, err := a.Tick(ctx, chainSource{chain})
		if err != nil {
			t.Fatal(err)
		}
		if len(again.Sent) != 0 {
			t.Fatalf("second tick sent %+v", again.Sent)
		}
		return rep
	}

	rep := tick()
	if rep.RootCorrect || len(rep.Sent) != 1 || rep.Sent[0].Kind != bisection.ActionMove || !rep.Sent[0].Attack || rep.Sent[0].Claim != 0 {
		t.Fatalf("first tick: %+v", rep)
	}
	// The liar attacks the watcher's (correct) claim with a wrong root at
	// the game depth, which only a one-step proof can counter.
	if out, err := run(t, append(append([]string{"dispute", "attack", "--claim", "1", "--value", wrong.Hex()}, l1(liarKey)...), "0")...); err != nil {
		t.Fatalf("liar attack: %v\n%s", err, out)
	}
	// A second wrong attack, which the watcher steps by hand: the CLI builds
	// the proof from its own replay.
	wrong2 := common.HexToHash("0xbad2")
	if out, err := run(t, append(append([]string{"dispute", "attack", "--claim", "1", "--value", wrong2.Hex()}, l1(liarKey)...), "0")...); err != nil {
		t.Fatalf("liar attack 2: %v\n%s", err, out)
	}
	if out, err := run(t, append(append([]string{"dispute", "step", "--claim", "3"}, l1(watcherKey)...), "0")...); err != nil || !strings.Contains(out, "attack step at trace index 0") {
		t.Fatalf("step: %v\n%s", err, out)
	}
	// And a wrong defence of the watcher's claim, at trace index 2: the
	// first transaction of batch 2, whose step carries batch 2's header and
	// a Merkle proof in its txRoot.
	if out, err := run(t, append(append([]string{"dispute", "defend", "--claim", "1", "--value", wrong2.Hex()}, l1(liarKey)...), "0")...); err != nil {
		t.Fatalf("liar defence: %v\n%s", err, out)
	}
	rep = tick()
	if len(rep.Sent) != 2 || rep.Sent[0].Kind != bisection.ActionStep || rep.Sent[0].Claim != 2 || !rep.Sent[0].Attack ||
		rep.Sent[1].Kind != bisection.ActionStep || rep.Sent[1].Claim != 4 || rep.Sent[1].StepIndex != 2 {
		t.Fatalf("second tick: %+v", rep)
	}

	out, err := run(t, "dispute", "show", "--l1", url, "--deployment", dep, "0")
	if err != nil || !strings.Contains(out, "WRONG") || !strings.Contains(out, "stepped by") {
		t.Fatalf("show: %v\n%s", err, out)
	}
	var shown gameShowOut
	runJSON(t, &shown, "dispute", "show", "--l1", url, "--deployment", dep, "0")
	if len(shown.Claims) != 5 || *shown.Claims[0].Correct || !*shown.Claims[1].Correct || !shown.Claims[2].Stepped || !shown.Claims[3].Stepped || !shown.Claims[4].Stepped {
		t.Fatalf("show --json: %+v", shown)
	}

	// Resolution waits for every window (8 s) to close.
	if out, err := run(t, append(append([]string{"dispute", "resolve"}, l1(watcherKey)...), "0")...); err != nil || !strings.Contains(out, "IN_PROGRESS") {
		t.Fatalf("early resolve: %v\n%s", err, out)
	}
	clock.advance(9)
	if rep := tick(); len(rep.Sent) != 0 {
		t.Fatalf("tick after the windows closed: %+v", rep)
	}
	var resolved struct {
		Resolved []uint32 `json:"resolved"`
		Status   string   `json:"status"`
	}
	runJSON(t, &resolved, append(append([]string{"dispute", "resolve"}, l1(watcherKey)...), "0")...)
	if resolved.Status != "CHALLENGER_WINS" || len(resolved.Resolved) != 5 {
		t.Fatalf("resolve: %+v", resolved)
	}
	// The watcher is owed the root bond (0.1 ether), its own bond back and
	// the three stepped claims' bonds (0.05 ether each).
	credit, err := game.Credit(ctx, watcher)
	if err != nil {
		t.Fatal(err)
	}
	if want := big.NewInt(3e17); credit.Cmp(want) != 0 {
		t.Fatalf("watcher credit %s, want %s", credit, want)
	}
	var paid struct{ Amount string }
	runJSON(t, &paid, append(append([]string{"dispute", "claim-credit"}, l1(watcherKey)...), "0")...)
	if paid.Amount != "300000000000000000" {
		t.Fatalf("claim-credit paid %s", paid.Amount)
	}
	if credit, err := game.Credit(ctx, watcher); err != nil || credit.Sign() != 0 {
		t.Fatalf("credit after claiming: %v, %v", credit, err)
	}
	// The CLI's agent finds nothing left to do in a finished game.
	if out, err := run(t, append(append([]string{"dispute", "play", "--once"}, l1(watcherKey)...), "0")...); err != nil || !strings.Contains(out, "CHALLENGER_WINS, 0 actions") {
		t.Fatalf("play --once: %v\n%s", err, out)
	}
	var games []gameOut
	runJSON(t, &games, "dispute", "list", "--l1", url, "--deployment", dep)
	if len(games) != 1 || games[0].Status != "CHALLENGER_WINS" {
		t.Fatalf("list: %+v", games)
	}
}

// TestDisputeHonestPlay runs the full agent (moves, steps, resolution and
// credit) in two games at once: an honest prover claim attacked by a liar,
// which the agent defends, and a sequencer game the watcher opens on a
// header whose root was posted wrong on purpose (batch post --state-root).
func TestDisputeHonestPlay(t *testing.T) {
	url, dep := deployForTest(t)
	ctx := context.Background()
	watcherKey, seqKey, liarKey := devnode.DevKey(0), devnode.DevKey(1), devnode.DevKey(2)
	watcher := crypto.PubkeyToAddress(watcherKey.PublicKey)
	user := devnode.DevKey(7)
	carol := common.HexToAddress("0x00000000000000000000000000000000000c0001")
	l1 := func(key *ecdsa.PrivateKey) []string {
		return []string{"--l1", url, "--deployment", dep, "--key", hexKey(key)}
	}
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	clock := &l1Clock{t: t, client: client, key: seqKey}

	if out, err := run(t, append([]string{"sequencer", "register"}, l1(seqKey)...)...); err != nil {
		t.Fatalf("register: %v\n%s", err, out)
	}
	var entry entryOut
	runJSON(t, &entry, append([]string{"inbox", "deposit", "--to", crypto.PubkeyToAddress(user.PublicKey).Hex(), "--amount", "1000000000000000000"}, l1(watcherKey)...)...)
	// A forced transaction is consumed like any entry (this one is valid:
	// nonce 0 of the user, applied after the deposit funds it).
	runJSON(t, &entry, append([]string{"inbox", "force", "--tx", l2Transfer(t, user, 0, carol, 5)}, l1(watcherKey)...)...)
	if entry.Index != 1 || entry.Kind != "forced-tx" {
		t.Fatalf("force: %+v", entry)
	}
	dir := t.TempDir()
	var posted struct {
		Number    uint64 `json:"number"`
		StateRoot string `json:"stateRoot"`
		TrueRoot  string `json:"trueRoot"`
	}
	runJSON(t, &posted, append([]string{"batch", "post", "--txs", writeFile(t, dir, "b1.txt", l2Transfer(t, user, 1, carol, 7)+"\n")}, l1(seqKey)...)...)
	trueRoot1 := posted.TrueRoot
	staged := "0x5ee0000000000000000000000000000000000000000000000000000000000000"
	runJSON(t, &posted, append([]string{"batch", "post", "--state-root", staged, "--txs", writeFile(t, dir, "b2.txt", l2Transfer(t, user, 2, carol, 9)+"\n")}, l1(seqKey)...)...)
	if posted.Number != 2 || posted.StateRoot != staged || posted.TrueRoot == staged {
		t.Fatalf("staged batch: %+v", posted)
	}
	var list []batchOut
	runJSON(t, &list, "batch", "list", "--l1", url, "--deployment", dep)
	if len(list) != 2 || !list[0].RootCorrect || list[1].RootCorrect {
		t.Fatalf("batch list: %+v", list)
	}
	clock.advance(11)

	var g0, g1 gameOut
	runJSON(t, &g0, append([]string{"dispute", "create", "--batch", "1", "--root", trueRoot1}, l1(watcherKey)...)...)
	runJSON(t, &g1, append([]string{"dispute", "create", "--batch", "2", "--sequencer"}, l1(watcherKey)...)...)
	if g0.ID.Uint64() != 0 || g1.ID.Uint64() != 1 || !g1.Sequencer || g1.Claims != 2 {
		t.Fatalf("created %+v, %+v", g0, g1)
	}
	// Batch 1 has three steps (deposit, forced tx, tx): depth 2. The liar
	// attacks the honest root.
	liarRoot := "0x1a20000000000000000000000000000000000000000000000000000000000000"
	if out, err := run(t, append(append([]string{"dispute", "attack", "--claim", "0", "--value", liarRoot}, l1(liarKey)...), "0")...); err != nil {
		t.Fatalf("liar attack: %v\n%s", err, out)
	}

	d, err := deploy.Load(dep)
	if err != nil {
		t.Fatal(err)
	}
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	sender, err := txmgr.New(ctx, client, watcherKey, tcfg)
	if err != nil {
		t.Fatal(err)
	}
	factory := contracts.NewDisputeGameFactory(d.Contracts.DisputeGameFactory, client, sender)
	follower := l2chain.New(contracts.NewInbox(d.Contracts.Inbox, client, nil), contracts.NewBatchInbox(d.Contracts.BatchInbox, client, nil), &d.Config.Genesis, d.DeployBlock)
	agents := []*agent.Agent{agent.New(factory.Game(big.NewInt(0)), client, watcher, nil), agent.New(factory.Game(big.NewInt(1)), client, watcher, nil)}
	credits := []*big.Int{new(big.Int), new(big.Int)}
	statuses := []contracts.GameStatus{0, 0}
	done := []bool{false, false}
	for round := 0; !done[0] || !done[1]; round++ {
		if round > 60 {
			t.Fatalf("games not over after %d rounds: %v", round, statuses)
		}
		chain, err := follower.Sync(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range agents {
			if done[i] {
				continue
			}
			rep, err := a.Tick(ctx, chainSource{chain})
			if err != nil {
				t.Fatalf("game %d: %v", i, err)
			}
			if rep.Credit != nil {
				credits[i].Add(credits[i], rep.Credit)
			}
			statuses[i], done[i] = rep.Status, rep.Done()
		}
		clock.tick()
	}
	// Game 0: the honest root stands; the watcher gets its bond back and
	// the liar's claims' bonds.
	if statuses[0] != contracts.GameDefenderWins {
		t.Fatalf("game 0: %v", statuses[0])
	}
	// Root bond (0.1 ether) back, the liar's claim's bond and the agent's
	// own attack bond (0.05 ether each).
	if credits[0].Cmp(big.NewInt(2e17)) != 0 {
		t.Fatalf("game 0 credit %s, want 2e17", credits[0])
	}
	// Game 1: the staged header root loses; the opener's bond comes back.
	if statuses[1] != contracts.GameChallengerWins || credits[1].Cmp(big.NewInt(5e16)) != 0 {
		t.Fatalf("game 1: %v, credit %s", statuses[1], credits[1])
	}
	// ... and the signers of the staged header lose their stake.
	info, err := factory.Game(big.NewInt(1)).Info(ctx)
	if err != nil || !info.SignersSlashed {
		t.Fatalf("game 1 signers not slashed: %+v, %v", info, err)
	}
	var seq sequencerOut
	runJSON(t, &seq, append([]string{"sequencer", "status"}, l1(seqKey)...)...)
	if seq.Status == "active" {
		t.Fatalf("sequencer after the slash: %+v", seq)
	}
	var shown gameShowOut
	runJSON(t, &shown, "dispute", "show", "--l1", url, "--deployment", dep, "0")
	for _, c := range shown.Claims {
		if c.Correct == nil || (*c.Correct == c.Countered) {
			t.Errorf("claim %d: correct %v, countered %v", c.Index, c.Correct, c.Countered)
		}
	}
}

func TestDisputeBatchInboxHelp(t *testing.T) {
	for _, args := range [][]string{
		{"inbox", "deposit", "--help"}, {"inbox", "force", "--help"}, {"batch", "post", "--help"}, {"batch", "show", "--help"}, {"batch", "list", "--help"},
		{"dispute", "list", "--help"}, {"dispute", "show", "--help"}, {"dispute", "create", "--help"}, {"dispute", "attack", "--help"},
		{"dispute", "defend", "--help"}, {"dispute", "step", "--help"}, {"dispute", "resolve", "--help"}, {"dispute", "claim-credit", "--help"},
		{"dispute", "play", "--help"},
	} {
		if out, err := run(t, args...); err != nil || !strings.Contains(out, "USAGE") {
			t.Errorf("%v: %v\n%s", args, err, out)
		}
	}
	// Bad arguments fail before any L1 access.
	for _, args := range [][]string{
		{"dispute", "show", "x"}, {"dispute", "create", "--batch", "1"}, {"batch", "show"},
		{"inbox", "deposit", "--to", "nothex", "--amount", "1"}, {"inbox", "force", "--tx", "zz"},
	} {
		if _, err := run(t, args...); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
}
