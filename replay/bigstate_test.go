package replay

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/ethdb/pebble"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
)

// The big-state comparison of issue 13, behind an environment variable
// because it builds millions of accounts:
//
//	ETHERSCALE_BIG_STATE=1000000 go test ./replay -run TestBigState -v -timeout 90m
//
// Workload: N accounts; 20,000 transfers in 20 batches of 1,000, each from a
// distinct funded sender (nonce 0), recipients uniformly random over all N
// accounts. Replay on goleveldb and on the memory store, go-ethereum's
// InsertChain on pebble with the path scheme, in interleaved rounds. Other
// knobs:
//
//	ETHERSCALE_BIG_STATE_ROUNDS=3        rounds (default 3)
//	ETHERSCALE_BIG_STATE_GETH=0          skip go-ethereum (default: on up to 2·10^6 accounts)
//	ETHERSCALE_BIG_STATE_MEMORY=0        skip the memory store (default: on up to 2·10^6 accounts)
//	ETHERSCALE_BIG_STATE_STORES=goleveldb,pebble  disk stores replayed on (default both)
//	ETHERSCALE_BIG_STATE_CACHE_MB=256    replay's node cache (LevelDBStore cacheBytes); a list (256,512) runs each
//	ETHERSCALE_BIG_STATE_BUILD=chunks    build the way before issue 13 (default BuildTree)
//	ETHERSCALE_BIG_STATE_CPUPROFILE=f    CPU profiles of each store's first replay round (f.goleveldb, f.pebble)
//	ETHERSCALE_BIG_STATE_DIR=d           where the databases go (default: the test's temp dir)
//	ETHERSCALE_BIG_STATE_GETH_CACHE=d    keep go-ethereum's built chain in d and reuse it in later runs
const (
	bigSenders   = 20_000
	bigBatchSize = 1000
)

func envInt(tb testing.TB, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return n
}

// bigWorkload is the account set and the signed transfers.
type bigWorkload struct {
	n       int
	senders []common.Address // accounts 0 .. bigSenders-1
	batches [][][]byte
}

// addr returns the address of account i: the senders' real addresses, then
// synthetic ones (0xbb ‖ 0 … ‖ i) that nobody holds a key for.
func (w *bigWorkload) addr(i int) common.Address {
	if i < len(w.senders) {
		return w.senders[i]
	}
	var a common.Address
	a[0] = 0xbb
	binary.BigEndian.PutUint64(a[12:], uint64(i))
	return a
}

func (w *bigWorkload) balance(i int) *big.Int {
	if i < len(w.senders) {
		return ether(100)
	}
	return big.NewInt(1e18)
}

func newBigWorkload(tb testing.TB, n int) *bigWorkload {
	if n < bigSenders {
		tb.Fatalf("need at least %d accounts", bigSenders)
	}
	w := &bigWorkload{n: n}
	keys := make([]*ecdsa.PrivateKey, bigSenders)
	for i := range keys {
		keys[i] = testKey(2_000_000 + i)
		w.senders = append(w.senders, addrOf(keys[i]))
	}
	r := rand.New(rand.NewPCG(13, 13))
	var batch [][]byte
	for i := 0; i < bigSenders; i++ {
		to := w.addr(r.IntN(n))
		value := big.NewInt(int64(1 + r.IntN(1_000_000)))
		var data types.TxData
		if i%2 == 0 {
			data = legacyTx(0, to, value, gwei(10))
		} else {
			data = dynTx(0, to, value, gwei(1), gwei(10))
		}
		batch = append(batch, signTx(tb, keys[i], testChainID, data))
		if len(batch) == bigBatchSize {
			w.batches = append(w.batches, batch)
			batch = nil
		}
	}
	return w
}

// leaves returns the state's accounts as tree leaves, unsorted.
func (w *bigWorkload) leaves() []Leaf {
	out := make([]Leaf, w.n)
	h := newHasher()
	for i := range out {
		out[i].Key = h.addressKey(w.addr(i))
		out[i].Account.Balance.SetFromBig(w.balance(i))
	}
	return out
}

// peakRSS returns the process's peak resident set (VmHWM) in MB and resets
// it, so that each phase reports its own peak.
func peakRSS() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	var kb float64
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ = strconv.ParseFloat(f[1], 64)
			}
		}
	}
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // resets VmHWM
	return kb / 1024
}

// copyTree copies a closed database directory, so that every round starts
// from the same state.
func copyTree(tb testing.TB, src, dst string) {
	tb.Helper()
	if err := os.RemoveAll(dst); err != nil {
		tb.Fatal(err)
	}
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		tb.Fatal(err)
	}
}

// replayBig replays the workload on st the way a watcher does
// (replayTransfers, pipelined) and returns the time it took.
func replayBig(tb testing.TB, st *State, datas [][]byte) time.Duration {
	start := time.Now()
	replayTransfers(tb, st, testRules(), datas, true)
	return time.Since(start)
}

func TestBigState(t *testing.T) {
	n := envInt(t, "ETHERSCALE_BIG_STATE", 0)
	if n == 0 {
		t.Skip("set ETHERSCALE_BIG_STATE=<accounts> to run")
	}
	rounds := envInt(t, "ETHERSCALE_BIG_STATE_ROUNDS", 3)
	withGeth := envInt(t, "ETHERSCALE_BIG_STATE_GETH", b2i(n <= 2_000_000)) != 0
	withMem := envInt(t, "ETHERSCALE_BIG_STATE_MEMORY", b2i(n <= 2_000_000)) != 0
	var caches []int
	for _, c := range strings.Split(os.Getenv("ETHERSCALE_BIG_STATE_CACHE_MB"), ",") {
		if c = strings.TrimSpace(c); c != "" {
			mb, err := strconv.Atoi(c)
			if err != nil {
				t.Fatalf("ETHERSCALE_BIG_STATE_CACHE_MB: %v", err)
			}
			caches = append(caches, mb)
		}
	}
	if len(caches) == 0 {
		caches = []int{256}
	}
	cacheMB := caches[0]
	backends := bigBackends(t)
	profile := os.Getenv("ETHERSCALE_BIG_STATE_CPUPROFILE")
	dir := os.Getenv("ETHERSCALE_BIG_STATE_DIR")
	if dir == "" {
		dir = t.TempDir()
	} else {
		dir = filepath.Join(dir, fmt.Sprintf("bigstate-%d", os.Getpid()))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		defer os.RemoveAll(dir)
	}
	ctx := context.Background()
	peakRSS()

	start := time.Now()
	w := newBigWorkload(t, n)
	var datas [][]byte
	for _, txs := range w.batches {
		d, err := EncodeBatchData(txs)
		if err != nil {
			t.Fatal(err)
		}
		datas = append(datas, d)
	}
	t.Logf("workload: %d accounts, %d transfers signed in %v", n, bigSenders, time.Since(start).Round(time.Millisecond))

	// Our state on each disk backend, built once and copied for every round.
	var root common.Hash
	for _, be := range backends {
		base := filepath.Join(dir, "replay-base-"+be.name)
		runtime.GC()
		peakRSS()
		start = time.Now()
		store, err := be.open(base, cacheMB<<20)
		if err != nil {
			t.Fatal(err)
		}
		r, err := buildBigState(ctx, store, w.leaves())
		if err != nil {
			t.Fatal(err)
		}
		if err := store.Close(); err != nil {
			t.Fatal(err)
		}
		if root != (common.Hash{}) && r != root {
			t.Fatalf("%s root %x != %x", be.name, r, root)
		}
		root = r
		t.Logf("replay: built %d accounts on %s in %v (peak RSS %.0f MB, %s on disk)", n, be.name, time.Since(start).Round(time.Millisecond), peakRSS(), duSize(base))
	}

	var (
		mem     *MemoryStore
		memRoot common.Hash
	)
	if withMem {
		runtime.GC()
		start = time.Now()
		mem = NewMemoryStore()
		tr := NewTree(mem, common.Hash{})
		if err := tr.Update(w.leaves()); err != nil {
			t.Fatal(err)
		}
		if err := tr.Commit(ctx, mem); err != nil {
			t.Fatal(err)
		}
		memRoot = tr.Root()
		if memRoot != root {
			t.Fatalf("memory root %x != goleveldb root %x", memRoot, root)
		}
		t.Logf("replay: built %d accounts in the memory store in %v", n, time.Since(start).Round(time.Millisecond))
	}

	var geth *gethBig
	if withGeth {
		runtime.GC()
		peakRSS()
		gethBase := filepath.Join(dir, "geth-base")
		if c := os.Getenv("ETHERSCALE_BIG_STATE_GETH_CACHE"); c != "" {
			gethBase = filepath.Join(c, fmt.Sprintf("geth-%d", n))
		}
		geth = newGethBig(t, w, gethBase)
		t.Logf("go-ethereum: %s (peak RSS %.0f MB, %s on disk)", geth.buildLog, peakRSS(), duSize(geth.base))
	}

	tps := func(d time.Duration) float64 { return float64(bigSenders) / d.Seconds() }
	for round := 1; round <= rounds; round++ {
		for ci, cacheMB := range caches {
			for _, be := range backends {
				work := filepath.Join(dir, "replay-work")
				copyTree(t, filepath.Join(dir, "replay-base-"+be.name), work)
				store, err := be.open(work, cacheMB<<20)
				if err != nil {
					t.Fatal(err)
				}
				warmStart := time.Now()
				if err := store.Warm(ctx); err != nil {
					t.Fatal(err)
				}
				warm := time.Since(warmStart)
				pinned, pinnedBytes, maxLevel := store.CacheStats()
				st := NewState(store, root)
				debug.FreeOSMemory() // the build's and the last round's garbage
				peakRSS()
				prof := round == 1 && ci == 0 && profile != ""
				if prof {
					f, err := os.Create(fmt.Sprintf("%s.%s", profile, be.name))
					if err != nil {
						t.Fatal(err)
					}
					if err := pprof.StartCPUProfile(f); err != nil {
						t.Fatal(err)
					}
				}
				d := replayBig(t, st, datas)
				if prof {
					pprof.StopCPUProfile()
				}
				rss := peakRSS()
				if err := store.Close(); err != nil {
					t.Fatal(err)
				}
				if err := os.RemoveAll(work); err != nil {
					t.Fatal(err)
				}
				t.Logf("round %d: replay %s (%d MB node cache): %.0f tx/s (%v, peak RSS %.0f MB; reopened and warmed in %v: %d nodes, %d MB, levels ≤ %d)",
					round, be.name, cacheMB, tps(d), d.Round(time.Millisecond), rss, warm.Round(time.Millisecond), pinned, pinnedBytes>>20, maxLevel)
			}
		}

		if withMem {
			runtime.GC()
			d := replayBig(t, NewState(mem, memRoot), datas)
			t.Logf("round %d: replay memory store: %.0f tx/s (%v)", round, tps(d), d.Round(time.Millisecond))
		}
		if geth != nil {
			runtime.GC()
			d := geth.insert(t, filepath.Join(dir, "geth-work"))
			t.Logf("round %d: go-ethereum InsertChain, pebble, path scheme: %.0f tx/s (%v)", round, tps(d), d.Round(time.Millisecond))
		}
	}
}

// diskStore is what TestBigState needs of a disk backend.
type diskStore interface {
	NodeStore
	Warm(ctx context.Context) error
	CacheStats() (nodes, bytes, maxLevel int)
	Close() error
}

type bigBackend struct {
	name string
	open func(path string, cacheBytes int) (diskStore, error)
}

// diskBackends are the on-disk NodeStores, by name.
func diskBackends() map[string]bigBackend {
	return map[string]bigBackend{
		"goleveldb": {"goleveldb", func(p string, c int) (diskStore, error) { return OpenLevelDBStore(p, c) }},
		"pebble":    {"pebble", func(p string, c int) (diskStore, error) { return OpenPebbleStore(p, c) }},
	}
}

// bigBackends are the disk stores ETHERSCALE_BIG_STATE_STORES names
// (default goleveldb,pebble).
func bigBackends(tb testing.TB) []bigBackend {
	all := diskBackends()
	names := os.Getenv("ETHERSCALE_BIG_STATE_STORES")
	if names == "" {
		names = "goleveldb,pebble"
	}
	var out []bigBackend
	for _, n := range strings.Split(names, ",") {
		be, ok := all[strings.TrimSpace(n)]
		if !ok {
			tb.Fatalf("ETHERSCALE_BIG_STATE_STORES: unknown store %q", n)
		}
		out = append(out, be)
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func duSize(dir string) string {
	var total int64
	_ = filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			total += fi.Size()
		}
		return nil
	})
	return fmt.Sprintf("%.0f MB", float64(total)/(1<<20))
}

// buildBigState writes the accounts into store and returns the root, with
// BuildTree (ETHERSCALE_BIG_STATE_BUILD=chunks: the way before issue 13,
// chunks of 100,000 accounts each updated and committed).
func buildBigState(ctx context.Context, store NodeStore, leaves []Leaf) (common.Hash, error) {
	if os.Getenv("ETHERSCALE_BIG_STATE_BUILD") != "chunks" {
		return BuildTree(ctx, store, leaves)
	}
	tr := NewTree(store, common.Hash{})
	const chunk = 100_000
	for done := 0; done < len(leaves); done += chunk {
		if err := tr.Update(leaves[done:min(done+chunk, len(leaves))]); err != nil {
			return common.Hash{}, err
		}
		if err := tr.Commit(ctx, store); err != nil {
			return common.Hash{}, err
		}
	}
	return tr.Root(), nil
}

// gethBig is go-ethereum's side: the chain built once on pebble with the path
// scheme, copied for every round.
type gethBig struct {
	gspec    *core.Genesis
	blocks   types.Blocks
	raws     [][][]byte
	base     string
	buildLog string
}

func gethConfig() *core.BlockChainConfig {
	return core.DefaultConfig().WithStateScheme(rawdb.PathScheme)
}

func openGethDB(tb testing.TB, dir string) ethdb.Database {
	tb.Helper()
	kv, err := pebble.New(dir, 128, 512, "", false)
	if err != nil {
		tb.Fatal(err)
	}
	db, err := rawdb.Open(kv, rawdb.OpenOptions{Ancient: filepath.Join(dir, "ancient")})
	if err != nil {
		tb.Fatal(err)
	}
	return db
}

func newGethBig(tb testing.TB, w *bigWorkload, base string) *gethBig {
	config := *params.TestChainConfig
	config.ChainID = big.NewInt(testChainID)
	alloc := make(types.GenesisAlloc, w.n)
	for i := 0; i < w.n; i++ {
		alloc[w.addr(i)] = types.Account{Balance: w.balance(i)}
	}
	g := &gethBig{
		gspec: &core.Genesis{Config: &config, Alloc: alloc, GasLimit: 100_000_000, BaseFee: big.NewInt(testBaseFee)},
		raws:  w.batches,
		base:  base,
	}
	blocksFile := filepath.Join(base, "blocks.rlp")
	if raw, err := os.ReadFile(blocksFile); err == nil {
		if err := rlp.DecodeBytes(raw, &g.blocks); err != nil {
			tb.Fatal(err)
		}
		g.buildLog = "built chain reused from " + base
		g.gspec.Alloc = nil
		return g
	}
	// The blocks (their roots and receipts) come from go-ethereum's chain
	// maker on an in-memory database; only the import below is measured.
	start := time.Now()
	_, blocks, _ := core.GenerateChainWithGenesis(g.gspec, ethash.NewFaker(), len(w.batches), func(i int, bg *core.BlockGen) {
		for _, tx := range decodeGethTxs(tb, w.batches[i]) {
			bg.AddTx(tx)
		}
	})
	g.blocks = blocks
	gen := time.Since(start)
	runtime.GC()

	start = time.Now()
	db := openGethDB(tb, base)
	chain, err := core.NewBlockChain(db, g.gspec, ethash.NewFaker(), gethConfig())
	if err != nil {
		tb.Fatal(err)
	}
	chain.Stop()
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	raw, err := rlp.EncodeToBytes(g.blocks)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(blocksFile, raw, 0o644); err != nil {
		tb.Fatal(err)
	}
	g.buildLog = fmt.Sprintf("genesis of %d accounts committed to pebble (path scheme) in %v; chain maker %v", w.n, time.Since(start).Round(time.Millisecond), gen.Round(time.Millisecond))
	g.gspec.Alloc = nil // the database holds it now; NewBlockChain reads the stored genesis
	return g
}

func decodeGethTxs(tb testing.TB, raws [][]byte) types.Transactions {
	txs := make(types.Transactions, len(raws))
	for i, raw := range raws {
		txs[i] = new(types.Transaction)
		if err := txs[i].UnmarshalBinary(raw); err != nil {
			tb.Fatal(err)
		}
	}
	return txs
}

// insert imports the blocks into a fresh copy of the built database and
// returns the time InsertChain took.
func (g *gethBig) insert(tb testing.TB, work string) time.Duration {
	copyTree(tb, g.base, work)
	fresh := make(types.Blocks, len(g.blocks))
	for j, blk := range g.blocks {
		fresh[j] = blk.WithBody(types.Body{Transactions: decodeGethTxs(tb, g.raws[j])})
	}
	db := openGethDB(tb, work)
	defer db.Close()
	chain, err := core.NewBlockChain(db, nil, ethash.NewFaker(), gethConfig())
	if err != nil {
		tb.Fatal(err)
	}
	defer chain.Stop()
	runtime.GC()
	start := time.Now()
	if n, err := chain.InsertChain(fresh); err != nil {
		tb.Fatalf("insert block %d: %v", n, err)
	}
	return time.Since(start)
}

// TestBigCatchUp is a follower catching up: ETHERSCALE_BIG_CATCHUP transfers
// (default 1,000,000) replayed and committed batch by batch on a state of
// ETHERSCALE_BIG_STATE accounts in goleveldb, with the time and the peak RSS.
// The 20,000 senders send in turn (nonces increase), recipients are random.
//
//	ETHERSCALE_BIG_STATE=1000000 ETHERSCALE_BIG_CATCHUP=1000000 go test ./replay -run TestBigCatchUp -v -timeout 60m
func TestBigCatchUp(t *testing.T) {
	n := envInt(t, "ETHERSCALE_BIG_STATE", 0)
	total := envInt(t, "ETHERSCALE_BIG_CATCHUP", 0)
	if n == 0 || total == 0 {
		t.Skip("set ETHERSCALE_BIG_STATE=<accounts> and ETHERSCALE_BIG_CATCHUP=<transfers> to run")
	}
	cacheMB := envInt(t, "ETHERSCALE_BIG_STATE_CACHE_MB", 512)
	ctx := context.Background()
	w := &bigWorkload{n: n}
	keys := make([]*ecdsa.PrivateKey, bigSenders)
	for i := range keys {
		keys[i] = testKey(2_000_000 + i)
		w.senders = append(w.senders, addrOf(keys[i]))
	}
	start := time.Now()
	raws := make([][]byte, total)
	signer := types.LatestSignerForChainID(big.NewInt(testChainID))
	workers := runtime.GOMAXPROCS(0)
	errs := make(chan error, workers)
	for wk := 0; wk < workers; wk++ {
		go func() {
			r := rand.New(rand.NewPCG(uint64(wk), 99))
			for i := wk; i < total; i += workers {
				data := legacyTx(uint64(i/bigSenders), w.addr(r.IntN(n)), big.NewInt(int64(1+r.IntN(1000))), gwei(10))
				tx, err := types.SignNewTx(keys[i%bigSenders], signer, data)
				if err == nil {
					raws[i], err = tx.MarshalBinary()
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for wk := 0; wk < workers; wk++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	var datas [][]byte
	for i := 0; i < total; i += bigBatchSize {
		d, err := EncodeBatchData(raws[i:min(i+bigBatchSize, total)])
		if err != nil {
			t.Fatal(err)
		}
		datas = append(datas, d)
	}
	raws = nil
	t.Logf("%d transfers signed in %v", total, time.Since(start).Round(time.Millisecond))

	store, err := OpenLevelDBStore(t.TempDir(), cacheMB<<20)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	start = time.Now()
	root, err := BuildTree(ctx, store, w.leaves())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("built %d accounts in %v", n, time.Since(start).Round(time.Millisecond))
	debug.FreeOSMemory()
	peakRSS()
	st := NewState(store, root)
	// One batch at a time through replayBig's pipeline, in chunks of 100
	// batches so the progress (and a leak, if any) shows.
	var elapsed time.Duration
	for i := 0; i < len(datas); i += 100 {
		elapsed += replayBig(t, st, datas[i:min(i+100, len(datas))])
		nodes, bytes, level := store.CacheStats()
		t.Logf("%d transfers: %v, %.0f tx/s so far; cache %d nodes, %d MB, levels ≤ %d", min(i+100, len(datas))*bigBatchSize, elapsed.Round(time.Millisecond), float64(min(i+100, len(datas))*bigBatchSize)/elapsed.Seconds(), nodes, bytes>>20, level)
	}
	t.Logf("caught up on %d transfers in %v (%.0f tx/s), peak RSS %.0f MB (cache budget %d MB)", total, elapsed.Round(time.Millisecond), float64(total)/elapsed.Seconds(), peakRSS(), cacheMB)
}
