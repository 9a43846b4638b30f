package replay

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"runtime"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// Benchmarks. Run, for example:
//
//	go test ./replay -run '^$' -bench 'Replay|GethInsertChain' -benchtime 3x
//	go test ./replay -run '^$' -bench TreeUpdates -benchtime 20x
//	go test ./replay -run '^$' -bench 'TreeUpdates|Memory' -benchtime 5x -replay.large   (10^6 accounts, ~1 min)
var benchLarge = flag.Bool("replay.large", false, "include the 10^6-account benchmarks")

const (
	benchAccounts  = 1000
	benchTransfers = 20_000
	benchBatchSize = 1000
)

// transferSet is the workload shared by our replay and go-ethereum's import:
// signed transfers among funded accounts, in batches (blocks).
type transferSet struct {
	keys    []*ecdsa.PrivateKey
	addrs   []common.Address
	batches [][][]byte
}

var (
	benchSetOnce sync.Once
	benchSet     *transferSet
)

func loadTransferSet(tb testing.TB) *transferSet {
	benchSetOnce.Do(func() {
		s := &transferSet{}
		for i := 0; i < benchAccounts; i++ {
			k := testKey(1_000_000 + i)
			s.keys = append(s.keys, k)
			s.addrs = append(s.addrs, addrOf(k))
		}
		r := rand.New(rand.NewPCG(42, 42))
		nonces := make([]uint64, benchAccounts)
		var batch [][]byte
		for i := 0; i < benchTransfers; i++ {
			from, to := r.IntN(benchAccounts), r.IntN(benchAccounts)
			value := big.NewInt(int64(1 + r.IntN(1_000_000)))
			var data types.TxData
			if i%2 == 0 {
				data = legacyTx(nonces[from], s.addrs[to], value, gwei(10))
			} else {
				data = dynTx(nonces[from], s.addrs[to], value, gwei(1), gwei(10))
			}
			nonces[from]++
			batch = append(batch, signTx(tb, s.keys[from], testChainID, data))
			if len(batch) == benchBatchSize {
				s.batches = append(s.batches, batch)
				batch = nil
			}
		}
		benchSet = s
	})
	return benchSet
}

func (s *transferSet) genesis() *Genesis {
	g := &Genesis{ChainID: testChainID, BaseFee: (*hexutil.Big)(big.NewInt(testBaseFee)), Alloc: map[common.Address]GenesisAccount{}}
	for _, a := range s.addrs {
		g.Alloc[a] = NewGenesisBalance(ether(100))
	}
	return g
}

// BenchmarkReplay replays the 20,000 transfers as 20 batches the way a
// watcher does: decode the batch data, check txRoot, replay, commit.
// "pipelined" prepares (decodes and recovers) batch n+1 while applying n.
func BenchmarkReplay(b *testing.B) {
	s := loadTransferSet(b)
	g := s.genesis()
	var datas [][]byte
	for _, txs := range s.batches {
		d, err := EncodeBatchData(txs)
		if err != nil {
			b.Fatal(err)
		}
		datas = append(datas, d)
	}
	rules := g.Rules()
	ctx := context.Background()
	for _, mode := range []string{"sequential", "pipelined"} {
		b.Run(mode, func(b *testing.B) {
			var total time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				st, err := NewGenesisState(ctx, g, NewMemoryStore())
				if err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				b.StartTimer()
				start := time.Now()
				replayTransfers(b, st, rules, datas, mode == "pipelined")
				total += time.Since(start)
			}
			b.ReportMetric(float64(benchTransfers*b.N)/total.Seconds(), "tx/s")
		})
	}
}

// replayTransfers replays batch datas on st the way a watcher does: decode
// the batch data, check dataHash and txRoot, replay (pipelined: batch n+1
// prepared while n is applied), commit every batch.
func replayTransfers(tb testing.TB, st *State, rules *Rules, datas [][]byte, pipelined bool) {
	ctx := context.Background()
	batches := make([]*Batch, len(datas))
	for j, d := range datas {
		txs, err := DecodeBatchData(d)
		if err != nil {
			tb.Fatal(err)
		}
		_ = BatchDataHash(d)
		_ = TxRoot(txs)
		batches[j] = &Batch{Txs: txs}
	}
	var next *PreparedBatch
	for j, batch := range batches {
		var (
			res *BatchResult
			err error
		)
		if !pipelined {
			res, err = ReplayBatch(ctx, st, rules, batch, ReplayOptions{})
		} else {
			cur := next
			if cur == nil {
				cur = PrepareBatch(ctx, rules, batch)
			}
			if j+1 < len(batches) {
				next = PrepareBatch(ctx, rules, batches[j+1])
			}
			res, err = st.ApplyPrepared(ctx, cur, ReplayOptions{})
		}
		if err != nil {
			tb.Fatal(err)
		}
		for k, step := range res.Steps {
			if step.Result != nil {
				tb.Fatalf("batch %d tx %d: %v", j, k, step.Result)
			}
		}
		if _, err := st.Commit(ctx); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkGethInsertChain imports the same signed transfers into
// go-ethereum as 20 blocks of 1,000 with core.BlockChain.InsertChain (ethash
// faker, London rules, in-memory database). Transactions are decoded afresh
// for every run so no sender is cached.
func BenchmarkGethInsertChain(b *testing.B) {
	s := loadTransferSet(b)
	config := *params.TestChainConfig
	config.ChainID = big.NewInt(testChainID)
	alloc := types.GenesisAlloc{}
	for _, a := range s.addrs {
		alloc[a] = types.Account{Balance: ether(100)}
	}
	gspec := &core.Genesis{Config: &config, Alloc: alloc, GasLimit: 100_000_000, BaseFee: big.NewInt(testBaseFee)}
	decode := func(raws [][]byte) types.Transactions {
		txs := make(types.Transactions, len(raws))
		for i, raw := range raws {
			txs[i] = new(types.Transaction)
			if err := txs[i].UnmarshalBinary(raw); err != nil {
				b.Fatal(err)
			}
		}
		return txs
	}
	_, blocks, _ := core.GenerateChainWithGenesis(gspec, ethash.NewFaker(), len(s.batches), func(i int, bg *core.BlockGen) {
		for _, tx := range decode(s.batches[i]) {
			bg.AddTx(tx)
		}
	})
	b.ResetTimer()
	var total time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		fresh := make(types.Blocks, len(blocks))
		for j, blk := range blocks {
			fresh[j] = blk.WithBody(types.Body{Transactions: decode(s.batches[j])})
		}
		chain, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), gspec, ethash.NewFaker(), nil)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		b.StartTimer()
		start := time.Now()
		if n, err := chain.InsertChain(fresh); err != nil {
			b.Fatalf("insert block %d: %v", n, err)
		}
		total += time.Since(start)
		b.StopTimer()
		chain.Stop()
		b.StartTimer()
	}
	b.ReportMetric(float64(benchTransfers*b.N)/total.Seconds(), "tx/s")
}

// BenchmarkSenderRecovery is the floor: decoding and recovering one signature.
func BenchmarkSenderRecovery(b *testing.B) {
	s := loadTransferSet(b)
	rules := testRules()
	txs := s.batches[0]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := DecodeTx(rules, txs[i%len(txs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// recoverAll decodes and recovers every transaction on workers goroutines.
func recoverAll(tb testing.TB, rules *Rules, all [][]byte, workers int) {
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := w; j < len(all); j += workers {
				if _, err := DecodeTx(rules, all[j]); err != nil {
					tb.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// BenchmarkReplayVsCeiling is the 1,000-account goal of issue 13 in one
// run: the pipelined replay (BenchmarkReplay/pipelined) and the recovery
// ceiling (BenchmarkRecoveryCeiling) measured alternately in the same
// process, the order swapped every iteration, so that both see the same
// machine load. Reported: the medians of each and of the per-iteration
// ratio replay/ceiling (the goal is ≥ 90 %), by wall clock and by the
// process's CPU time (getrusage), which other processes' load moves less.
//
//	go test ./replay -run '^$' -bench ReplayVsCeiling -benchtime 20x
func BenchmarkReplayVsCeiling(b *testing.B) {
	s := loadTransferSet(b)
	g := s.genesis()
	var datas [][]byte
	var all [][]byte
	for _, txs := range s.batches {
		d, err := EncodeBatchData(txs)
		if err != nil {
			b.Fatal(err)
		}
		datas = append(datas, d)
		all = append(all, txs...)
	}
	rules := g.Rules()
	ctx := context.Background()
	workers := runtime.GOMAXPROCS(0)
	var replayTPS, ceilTPS, ratio, cpuRatio []float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := NewGenesisState(ctx, g, NewMemoryStore())
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		b.StartTimer()
		var rWall, cWall, rCPU, cCPU time.Duration
		for k := 0; k < 2; k++ {
			c0, t0 := processCPU(), time.Now()
			if (i+k)%2 == 0 {
				replayTransfers(b, st, rules, datas, true)
				rWall, rCPU = time.Since(t0), processCPU()-c0
			} else {
				recoverAll(b, rules, all, workers)
				cWall, cCPU = time.Since(t0), processCPU()-c0
			}
		}
		replayTPS = append(replayTPS, float64(len(all))/rWall.Seconds())
		ceilTPS = append(ceilTPS, float64(len(all))/cWall.Seconds())
		ratio = append(ratio, cWall.Seconds()/rWall.Seconds())
		cpuRatio = append(cpuRatio, cCPU.Seconds()/rCPU.Seconds())
	}
	b.ReportMetric(median(replayTPS), "replay-tx/s")
	b.ReportMetric(median(ceilTPS), "ceiling-tx/s")
	b.ReportMetric(100*median(ratio), "%ceiling")
	b.ReportMetric(100*median(cpuRatio), "%ceiling-cpu")
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// processCPU is this process's user+sys CPU time so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkRecoveryCeiling decodes and recovers every sender of the replay
// workload on GOMAXPROCS workers and does nothing else: no implementation
// that recovers every sender with go-ethereum's secp256k1 can replay faster
// on this machine.
func BenchmarkRecoveryCeiling(b *testing.B) {
	s := loadTransferSet(b)
	rules := testRules()
	var all [][]byte
	for _, batch := range s.batches {
		all = append(all, batch...)
	}
	workers := runtime.GOMAXPROCS(0)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		recoverAll(b, rules, all, workers)
	}
	b.ReportMetric(float64(len(all)*b.N)/time.Since(start).Seconds(), "tx/s")
}

// randomLeaves returns n leaves with pseudo-random keys.
func randomLeaves(r *rand.Rand, n int) []Leaf {
	out := make([]Leaf, n)
	for i := range out {
		for j := 0; j < 32; j += 8 {
			binary.BigEndian.PutUint64(out[i].Key[j:], r.Uint64())
		}
		out[i].Account = Account{Nonce: uint64(i), Balance: *uint256.NewInt(r.Uint64())}
	}
	return out
}

func buildTree(tb testing.TB, store NodeStore, n int) (*Tree, []Leaf) {
	r := rand.New(rand.NewPCG(uint64(n), 1))
	leaves := randomLeaves(r, n)
	tr := NewTree(store, common.Hash{})
	if err := tr.Update(append([]Leaf(nil), leaves...)); err != nil {
		tb.Fatal(err)
	}
	if err := tr.Commit(context.Background(), store); err != nil {
		tb.Fatal(err)
	}
	return tr, leaves
}

// BenchmarkTreeUpdates measures state tree updates per second in batches of
// 1,000 (90% existing accounts, 10% new), including hashing and commit.
func BenchmarkTreeUpdates(b *testing.B) {
	sizes := []int{10_000, 100_000}
	if *benchLarge {
		sizes = append(sizes, 1_000_000)
	}
	for _, n := range sizes {
		for _, backend := range []string{"memory", "leveldb"} {
			if backend == "leveldb" && n < 100_000 {
				continue
			}
			b.Run(fmt.Sprintf("accounts=%d/%s", n, backend), func(b *testing.B) {
				var store NodeStore
				if backend == "memory" {
					store = NewMemoryStore()
				} else {
					ls, err := OpenLevelDBStore(b.TempDir(), 64<<20)
					if err != nil {
						b.Fatal(err)
					}
					defer ls.Close()
					store = ls
				}
				tr, leaves := buildTree(b, store, n)
				r := rand.New(rand.NewPCG(7, 7))
				const batch = 1000
				runtime.GC()
				b.ResetTimer()
				start := time.Now()
				for i := 0; i < b.N; i++ {
					upd := make([]Leaf, batch)
					for j := range upd {
						if j%10 == 0 {
							upd[j] = randomLeaves(r, 1)[0]
						} else {
							upd[j] = leaves[r.IntN(len(leaves))]
							upd[j].Account.Nonce++
						}
					}
					if err := tr.Update(upd); err != nil {
						b.Fatal(err)
					}
					if err := tr.Commit(context.Background(), store); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.N*batch)/time.Since(start).Seconds(), "updates/s")
			})
		}
	}
}

// BenchmarkReplayMemory builds a state of many accounts, replays 5 batches of
// 1,000 transfers on it (committing each) and reports the live heap. With the
// in-memory store every node is in RAM (the state is built in one commit, so
// this is the state itself plus 5 batches of history); with goleveldb only the
// caches are (64 MB node cache, 32 MB write buffer, 16 MB block cache), and the
// state is built in chunks of 100,000 accounts as a watcher catching up would.
func BenchmarkReplayMemory(b *testing.B) {
	n := 100_000
	if *benchLarge {
		n = 1_000_000
	}
	s := loadTransferSet(b)
	ctx := context.Background()
	for _, backend := range []string{"memory", "leveldb"} {
		b.Run(fmt.Sprintf("accounts=%d/%s", n, backend), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				var store NodeStore
				chunk := n
				if backend == "memory" {
					store = NewMemoryStore()
				} else {
					ls, err := OpenLevelDBStore(b.TempDir(), 64<<20)
					if err != nil {
						b.Fatal(err)
					}
					store, chunk = ls, 100_000
				}
				tr := NewTree(store, common.Hash{})
				r := rand.New(rand.NewPCG(1, 1))
				for done := 0; done < n; done += chunk {
					leaves := randomLeaves(r, min(chunk, n-done))
					if done == 0 {
						// The transfer senders are funded accounts of this state.
						for j, a := range s.addrs {
							leaves[j] = Leaf{Key: AccountKey(a), Account: Account{Balance: *uint256.MustFromBig(ether(100))}}
						}
					}
					if err := tr.Update(leaves); err != nil {
						b.Fatal(err)
					}
					if err := tr.Commit(ctx, store); err != nil {
						b.Fatal(err)
					}
				}
				st := NewState(store, tr.Root())
				tr = nil
				for _, txs := range s.batches[:5] {
					if _, err := ReplayBatch(ctx, st, testRules(), &Batch{Txs: txs}, ReplayOptions{}); err != nil {
						b.Fatal(err)
					}
					if _, err := st.Commit(ctx); err != nil {
						b.Fatal(err)
					}
				}
				runtime.GC()
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "heap-B/account")
				runtime.KeepAlive(st)
				if ls, ok := store.(*LevelDBStore); ok {
					ls.Close()
				}
			}
		})
	}
}

// BenchmarkApplyOnly isolates what replay costs besides signature recovery:
// the batches are prepared (decoded, senders recovered) before the timer.
func BenchmarkApplyOnly(b *testing.B) {
	s := loadTransferSet(b)
	g := s.genesis()
	rules := g.Rules()
	ctx := context.Background()
	var total time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := NewGenesisState(ctx, g, NewMemoryStore())
		if err != nil {
			b.Fatal(err)
		}
		var prepared []*PreparedBatch
		for _, txs := range s.batches {
			p := PrepareBatch(ctx, rules, &Batch{Txs: txs})
			for _, c := range p.chunks {
				<-c
			}
			prepared = append(prepared, p)
		}
		runtime.GC()
		b.StartTimer()
		start := time.Now()
		for _, p := range prepared {
			if _, err := st.ApplyPrepared(ctx, p, ReplayOptions{}); err != nil {
				b.Fatal(err)
			}
			if _, err := st.Commit(ctx); err != nil {
				b.Fatal(err)
			}
		}
		total += time.Since(start)
	}
	b.ReportMetric(float64(total.Nanoseconds())/float64(benchTransfers*b.N), "ns/tx")
}
