package l2chain

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/replay"
)

// txReadCounter is the simulated client with its TransactionByHash calls
// (the follower's batch data reads) counted.
type txReadCounter struct {
	*simbackend.AutoCommitClient
	mu    sync.Mutex
	reads int
	read  chan struct{} // signalled after every read
}

func (c *txReadCounter) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	tx, pending, err := c.AutoCommitClient.TransactionByHash(ctx, h)
	c.mu.Lock()
	c.reads++
	c.mu.Unlock()
	select {
	case c.read <- struct{}{}:
	default:
	}
	return tx, pending, err
}

func (c *txReadCounter) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reads
}

// gatedStore holds the commit of batch 1 (the first PutNodes after a batch
// data read; the genesis commits come before) until batch 2's data has
// been read, or gives up after a while and records that it had to.
type gatedStore struct {
	*replay.MemoryStore
	l1      *txReadCounter
	gated   bool
	waited  bool
	timeout time.Duration
}

func (s *gatedStore) PutNodes(ctx context.Context, nodes []replay.StoredNode) error {
	if s.l1.count() >= 1 && !s.gated {
		s.gated = true
		deadline := time.After(s.timeout)
		for s.l1.count() < 2 && !s.waited {
			select {
			case <-s.l1.read:
			case <-deadline:
				s.waited = true
			}
		}
	}
	return s.MemoryStore.PutNodes(ctx, nodes)
}

// TestSyncFetchesAheadOfReplay: a catch-up over many batches must not wait
// for one L1 round trip per batch between replays (issue 13: a watcher
// catching up on 1,000 batches). The data of batch 2 is read while batch 1
// is still being replayed and committed.
func TestSyncFetchesAheadOfReplay(t *testing.T) {
	ctx := context.Background()
	const batches = 3
	env, cfg, dep := postTransferBatches(t, batches, 1)
	l1 := &txReadCounter{AutoCommitClient: env.Client, read: make(chan struct{}, 1)}
	store := &gatedStore{MemoryStore: replay.NewMemoryStore(), l1: l1, timeout: 10 * time.Second}
	f := New(contracts.NewInbox(dep.Contracts.Inbox, l1, nil), contracts.NewBatchInbox(dep.Contracts.BatchInbox, l1, nil), &cfg.Genesis, dep.DeployBlock)
	f.SetStore(store)
	c, err := f.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Head() != batches || c.Stop != nil {
		t.Fatalf("head %d, stop %v", c.Head(), c.Stop)
	}
	if store.waited {
		t.Errorf("batch 2's data was not read while batch 1 was committed (%d reads): the follower fetches one batch at a time", l1.count())
	}
	if got := l1.count(); got != batches {
		t.Errorf("%d batch data reads for %d batches", got, batches)
	}
}

// postTransferBatches deploys the contracts on the simulated backend and
// posts n calldata batches of perBatch transfers each (the first consuming
// a deposit), with made-up roots (the follower replays anyway).
func postTransferBatches(tb testing.TB, batches uint64, perBatch int) (*simbackend.Env, *config.Config, *deploy.Deployment) {
	ctx := context.Background()
	env := simbackend.New(tb, 2)
	cfg, err := config.Preset("devnet", nil, nil)
	if err != nil {
		tb.Fatal(err)
	}
	dep, err := deploy.Deploy(ctx, env.Client, env.Sender(tb, 0), cfg)
	if err != nil {
		tb.Fatal(err)
	}
	seqKey, seq := env.Keys[1], env.Sender(tb, 1)
	if _, err := contracts.NewSequencerSet(dep.Contracts.SequencerSet, env.Client, seq).Register(ctx, cfg.MinBond.Big(), crypto.CompressPubkey(&seqKey.PublicKey), ""); err != nil {
		tb.Fatal(err)
	}
	user := env.Keys[0]
	if _, err := contracts.NewInbox(dep.Contracts.Inbox, env.Client, env.Sender(tb, 0)).Deposit(ctx, crypto.PubkeyToAddress(user.PublicKey), big.NewInt(1e18)); err != nil {
		tb.Fatal(err)
	}
	bi := contracts.NewBatchInbox(dep.Contracts.BatchInbox, env.Client, seq)
	head, err := bi.ChainHead(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	signer := types.LatestSignerForChainID(big.NewInt(int64(cfg.Genesis.ChainID)))
	to := common.HexToAddress("0xc0")
	parent, nonce := head.HeaderHash, uint64(0)
	for n := uint64(1); n <= batches; n++ {
		txs := make([][]byte, perBatch)
		for i := range txs {
			tx, err := types.SignNewTx(user, signer, &types.LegacyTx{Nonce: nonce, GasPrice: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(1)})
			if err != nil {
				tb.Fatal(err)
			}
			txs[i], _ = tx.MarshalBinary()
			nonce++
		}
		h, data, err := contracts.NewCalldataHeader(n, parent, min(n-1, 1), 1, txs, common.Hash{1}, head.L2Timestamp+n)
		if err != nil {
			tb.Fatal(err)
		}
		sig, err := contracts.SignHeader(seqKey, h, env.ChainID.Uint64(), dep.Contracts.BatchInbox)
		if err != nil {
			tb.Fatal(err)
		}
		pb, err := bi.PostBatch(ctx, h, [][]byte{sig}, data)
		if err != nil {
			tb.Fatal(err)
		}
		parent = pb.HeaderHash
	}
	return env, cfg, dep
}

// TestReleasedTxsAreReadBack: a follower that releases replayed batches'
// transactions (SetReleaseTxs, the watcher's: its memory must not grow with
// the chain) holds none after the sync, and its traces, read back from L1,
// are the traces of a follower that kept them; a second trace over the
// same batches reads nothing more from L1.
func TestReleasedTxsAreReadBack(t *testing.T) {
	ctx := context.Background()
	const batches = 3
	env, cfg, dep := postTransferBatches(t, batches, 1)
	follower := func(release bool) (*Chain, *txReadCounter) {
		l1 := &txReadCounter{AutoCommitClient: env.Client, read: make(chan struct{}, 1)}
		f := New(contracts.NewInbox(dep.Contracts.Inbox, l1, nil), contracts.NewBatchInbox(dep.Contracts.BatchInbox, l1, nil), &cfg.Genesis, dep.DeployBlock)
		f.SetReleaseTxs(release)
		c, err := f.Sync(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if c.Head() != batches || c.Stop != nil {
			t.Fatalf("head %d, stop %v", c.Head(), c.Stop)
		}
		return c, l1
	}
	kept, _ := follower(false)
	released, l1 := follower(true)
	for n := uint64(1); n <= batches; n++ {
		b, _ := released.Batch(n)
		if !b.Released || b.Input.Txs != nil {
			t.Errorf("batch %d: released %v, %d transactions held", n, b.Released, len(b.Input.Txs))
		}
		k, _ := kept.Batch(n)
		if k.Released || len(k.Input.Txs) != 1 || b.PostRoot != k.PostRoot {
			t.Errorf("batch %d of the keeping follower: released %v, %d transactions, root %x vs %x", n, k.Released, len(k.Input.Txs), k.PostRoot, b.PostRoot)
		}
	}
	reads := l1.count()
	want, err := kept.Provider(ctx, 0, kept.GenesisRoot, batches)
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 2; round++ {
		got, err := released.Provider(ctx, 0, released.GenesisRoot, batches)
		if err != nil {
			t.Fatal(err)
		}
		if got.Length() != want.Length() {
			t.Fatalf("trace length %d, want %d", got.Length(), want.Length())
		}
		for i := uint64(0); i <= got.Length(); i++ {
			g, err1 := got.StateAt(ctx, i)
			w, err2 := want.StateAt(ctx, i)
			if err1 != nil || err2 != nil || g != w {
				t.Fatalf("state %d: %x (%v), want %x (%v)", i, g, err1, w, err2)
			}
		}
		if n := l1.count() - reads; n != batches {
			t.Fatalf("round %d: %d L1 reads for the traces, want %d (read back once, then cached)", round, n, batches)
		}
	}
}
