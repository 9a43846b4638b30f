package sequencerset_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/devnet"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/sequencerset"
)

// startSequencer deploys on an embedded L1 (a block per transaction),
// registers dev key 0 as the training-wheels sequencer and runs the
// service with a short batch interval. It returns the service, an L2
// client and dev key 4, a user funded at genesis.
func startSequencer(t *testing.T) (*sequencerset.Poster, *ethclient.Client, *ecdsa.PrivateKey) {
	f := startSequencerWith(t, nil)
	return f.poster, f.l2, f.user
}

type fixture struct {
	seq    *sequencerset.Sequencer
	poster *sequencerset.Poster
	l2     *ethclient.Client
	user   *ecdsa.PrivateKey
	cfg    sequencerset.Config
	deps   sequencerset.Deps
	// stop ends the sequencer's Run and closes it (once).
	stop func()
}

func startSequencerWith(t *testing.T, mod func(*sequencerset.Config, *sequencerset.Deps, []*ecdsa.PrivateKey)) *fixture {
	t.Helper()
	ctx := context.Background()
	cfg := devnet.DefaultConfig()
	cfg.DataDir, cfg.BlockPeriod, cfg.DevAccounts = t.TempDir(), 0, 5
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	client, err := ethclient.Dial(d.L1HTTP())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	key := d.DevKeys()[0]
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	sender, err := txmgr.New(ctx, client, key, tcfg)
	if err != nil {
		t.Fatal(err)
	}
	set := contracts.NewSequencerSet(d.Deployment.Contracts.SequencerSet, client, sender)
	if _, err := set.Register(ctx, d.Deployment.Config.MinBond.Big(), crypto.CompressPubkey(&key.PublicKey), ""); err != nil {
		t.Fatal(err)
	}
	scfg := sequencerset.DefaultConfig()
	scfg.ListenAddr, scfg.BatchInterval = "127.0.0.1:0", 200*time.Millisecond
	deps := sequencerset.Deps{L1: client, Tx: sender, Key: key, Rollup: sequencerset.RollupOf(d.Deployment)}
	if mod != nil {
		mod(&scfg, &deps, d.DevKeys())
	}
	seq, err := sequencerset.New(ctx, scfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	stop := runSequencer(t, seq)
	l2, err := ethclient.Dial(seq.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l2.Close)
	// A second poster on the same key, used only to read L1 back.
	poster, err := sequencerset.NewPoster(client, sender, key, sequencerset.RollupOf(d.Deployment))
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{seq: seq, poster: poster, l2: l2, user: d.DevKeys()[4], cfg: scfg, deps: deps, stop: stop}
}

// runSequencer runs seq until the returned stop (also a test cleanup),
// which then closes it.
func runSequencer(t *testing.T, seq *sequencerset.Sequencer) func() {
	t.Helper()
	runCtx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- seq.Run(runCtx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
			if err := seq.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

func signTransfer(t *testing.T, key *ecdsa.PrivateKey, chainID *big.Int, nonce uint64, to common.Address, value *big.Int) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(0), GasFeeCap: big.NewInt(2_000_000_000), Gas: 21000, To: &to, Value: value,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// TestSequencerJSONRPC uses the sequencer as a wallet would, through
// go-ethereum's ethclient: a transfer is accepted, shows in the pending
// nonce at once and in the latest state once its batch is posted; bad
// transactions get clear errors.
func TestSequencerJSONRPC(t *testing.T) {
	poster, l2, user := startSequencer(t)
	ctx := context.Background()
	from := crypto.PubkeyToAddress(user.PublicKey)
	carol := common.HexToAddress("0x00000000000000000000000000000000000c0001")

	chainID, err := l2.ChainID(ctx)
	if err != nil || chainID.Uint64() != 42069 {
		t.Fatalf("chain id %v, %v", chainID, err)
	}
	if n, err := l2.BlockNumber(ctx); err != nil || n != 0 {
		t.Fatalf("block number %d, %v", n, err)
	}
	if p, err := l2.SuggestGasPrice(ctx); err != nil || p.Int64() != 1_000_000_000 {
		t.Fatalf("gas price %v, %v", p, err)
	}
	if g, err := l2.EstimateGas(ctx, ethereumCall(from, carol)); err != nil || g != 21000 {
		t.Fatalf("estimate gas %d, %v", g, err)
	}
	before, err := l2.BalanceAt(ctx, from, nil)
	if err != nil || before.Sign() == 0 {
		t.Fatalf("user balance %v, %v", before, err)
	}

	tx := signTransfer(t, user, chainID, 0, carol, big.NewInt(12345))
	if err := l2.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if n, err := l2.PendingNonceAt(ctx, from); err != nil || n != 1 {
		t.Fatalf("pending nonce %d, %v", n, err)
	}

	// Rejections, each with a message that says why.
	for _, c := range []struct {
		name string
		tx   *types.Transaction
		want string
		alt  string // also accepted
	}{
		// While tx is pending, a same-nonce transaction without a fee bump
		// is an underpriced replacement; once it is posted, a stale nonce.
		{"replayed nonce", signTransfer(t, user, chainID, 0, carol, big.NewInt(1)), "nonce too low", "replacement transaction underpriced"},
		{"nonce gap", signTransfer(t, user, chainID, 5, carol, big.NewInt(1)), "nonce too high", ""},
		{"too expensive", signTransfer(t, user, chainID, 1, carol, new(big.Int).Mul(before, big.NewInt(2))), "insufficient funds", ""},
		{"wrong chain", signTransfer(t, user, big.NewInt(1), 1, carol, big.NewInt(1)), "wrong or missing chain id", ""},
		{"duplicate", tx, "already known", ""},
	} {
		err := l2.SendTransaction(ctx, c.tx)
		if err == nil || !strings.Contains(err.Error(), c.want) && (c.alt == "" || !strings.Contains(err.Error(), c.alt)) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
	// Garbage input is an error, not a crash.
	var h common.Hash
	if err := l2.Client().CallContext(ctx, &h, "eth_sendRawTransaction", "0x01ff"); err == nil || !strings.Contains(err.Error(), "invalid transaction") {
		t.Errorf("garbage tx: %v", err)
	}
	if err := l2.Client().CallContext(ctx, &h, "eth_getBalance", "0x12", "latest"); err == nil {
		t.Error("bad address accepted")
	}
	if _, err := l2.BalanceAt(ctx, from, big.NewInt(99)); err == nil {
		t.Error("historical balance served")
	}

	var rcpt *types.Receipt
	for deadline := time.Now().Add(30 * time.Second); rcpt == nil; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no receipt")
		}
		if rcpt, err = l2.TransactionReceipt(ctx, tx.Hash()); err != nil && err.Error() != "not found" {
			t.Fatal(err)
		}
	}
	if rcpt.Status != types.ReceiptStatusSuccessful || rcpt.BlockNumber.Uint64() != 1 || rcpt.TxHash != tx.Hash() {
		t.Fatalf("receipt %+v", rcpt)
	}
	if n, err := l2.BlockNumber(ctx); err != nil || n != 1 {
		t.Fatalf("block number %d, %v", n, err)
	}
	if n, err := l2.NonceAt(ctx, from, nil); err != nil || n != 1 {
		t.Fatalf("nonce after the batch %d, %v", n, err)
	}
	if b, err := l2.BalanceAt(ctx, carol, nil); err != nil || b.Int64() != 12345 {
		t.Fatalf("recipient balance %v, %v", b, err)
	}
	after, err := l2.BalanceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Value plus 21000 × base fee (the tip is zero).
	spent := new(big.Int).Sub(before, after)
	if want := big.NewInt(12345 + 21000*1_000_000_000); spent.Cmp(want) != 0 {
		t.Fatalf("spent %v, want %v", spent, want)
	}
	// What L1 holds replays to the root the sequencer posted.
	chain, err := poster.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, err := chain.Batch(1)
	if err != nil {
		t.Fatal(err)
	}
	if b.Posted.Header.StateRoot != b.PostRoot || len(b.Input.Txs) != 1 {
		t.Fatalf("batch 1 on L1: root %s, replay %s, %d txs", b.Posted.Header.StateRoot, b.PostRoot, len(b.Input.Txs))
	}
	// Block 1 is batch 1's block (PROTOCOL.md §2.9): its state root is the
	// batch's, its timestamp the batch's L2 timestamp, the receipt names it.
	hd, err := l2.HeaderByNumber(ctx, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if hd.Hash() != rcpt.BlockHash || hd.Root != b.PostRoot || hd.Time != b.Posted.Header.L2Timestamp || hd.GasUsed != 21000 {
		t.Fatalf("block 1 %+v (hash %s), receipt block %s", hd, hd.Hash(), rcpt.BlockHash)
	}
}

func TestConfigValidate(t *testing.T) {
	if err := sequencerset.DefaultConfig().Validate(); err != nil {
		t.Fatalf("default: %v", err)
	}
	for name, mod := range map[string]func(*sequencerset.Config){
		"no port":          func(c *sequencerset.Config) { c.ListenAddr = "127.0.0.1" },
		"bad port":         func(c *sequencerset.Config) { c.ListenAddr = "127.0.0.1:99999" },
		"zero interval":    func(c *sequencerset.Config) { c.BatchInterval = 0 },
		"zero max pending": func(c *sequencerset.Config) { c.MaxPending = 0 },
		"negative load":    func(c *sequencerset.Config) { c.Load = -1 },
		"bad http limits":  func(c *sequencerset.Config) { c.HTTP.MaxConns = 0 },
	} {
		c := sequencerset.DefaultConfig()
		mod(&c)
		if err := c.Validate(); !errors.Is(err, sequencerset.ErrConfig) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func ethereumCall(from, to common.Address) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Value: big.NewInt(1)}
}

// TestLoadGenerator: the generator's transfers go through the mempool and
// land in posted batches, nonces in order.
func TestLoadGenerator(t *testing.T) {
	f := startSequencerWith(t, func(c *sequencerset.Config, d *sequencerset.Deps, keys []*ecdsa.PrivateKey) {
		c.Load, d.LoadKeys = 20, keys[3:5]
	})
	poster, l2 := f.poster, f.l2
	ctx := context.Background()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("load transactions not posted")
		}
		if n, err := l2.BlockNumber(ctx); err != nil || n < 2 {
			continue
		}
		break
	}
	chain, err := poster.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	txs := 0
	for _, b := range chain.Batches {
		if b.Posted.Header.StateRoot != b.PostRoot {
			t.Fatalf("batch %d root differs from replay", b.Number())
		}
		txs += len(b.Input.Txs)
	}
	if txs == 0 {
		t.Fatal("no transactions in the posted batches")
	}
	st, err := chain.State(chain.Head())
	if err != nil {
		t.Fatal(err)
	}
	// Every posted load transaction was valid: the senders' nonces sum
	// to the transaction count.
	var nonces uint64
	for _, a := range []common.Address{devAddr(3), devAddr(4)} {
		acc, err := st.Account(a)
		if err != nil {
			t.Fatal(err)
		}
		nonces += acc.Nonce
	}
	if nonces != uint64(txs) {
		t.Fatalf("%d transactions posted, sender nonces sum to %d", txs, nonces)
	}
}

func devAddr(i int) common.Address { return crypto.PubkeyToAddress(devnode.DevKey(i).PublicKey) }

// TestRebase: a batch holding a pending transaction reaches L1 behind the
// sequencer's back (as when a post reported failed was mined after all);
// the sequencer rebases its mempool instead of posting the transaction
// again as a no-op.
func TestRebase(t *testing.T) {
	f := startSequencerWith(t, func(c *sequencerset.Config, _ *sequencerset.Deps, _ []*ecdsa.PrivateKey) {
		c.BatchInterval = time.Hour // batches only when the test says
	})
	ctx := context.Background()
	chainID := big.NewInt(42069)
	carol := common.HexToAddress("0xc0")
	tx := signTransfer(t, f.user, chainID, 0, carol, big.NewInt(1))
	if err := f.l2.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.poster.Build(ctx, [][]byte{raw})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.poster.Post(ctx, b, b.TrueRoot); err != nil {
		t.Fatal(err)
	}
	if n, err := f.seq.PostNext(ctx); err != nil || n != 0 {
		t.Fatalf("PostNext after the out-of-band batch: %d, %v", n, err)
	}
	if n, err := f.l2.BlockNumber(ctx); err != nil || n != 1 {
		t.Fatalf("block number %d, %v", n, err)
	}
	if n, err := f.l2.PendingNonceAt(ctx, crypto.PubkeyToAddress(f.user.PublicKey)); err != nil || n != 1 {
		t.Fatalf("pending nonce %d, %v", n, err)
	}
	// Nothing is left to post: the transaction is not sent twice.
	if n, err := f.seq.PostNext(ctx); err != nil || n != 0 {
		t.Fatalf("second PostNext: %d, %v", n, err)
	}
	// The mempool works on the new head.
	if err := f.l2.SendTransaction(ctx, signTransfer(t, f.user, chainID, 1, carol, big.NewInt(1))); err != nil {
		t.Fatal(err)
	}
	if n, err := f.seq.PostNext(ctx); err != nil || n != 2 {
		t.Fatalf("PostNext with a new transaction: %d, %v", n, err)
	}
}
