package watcher_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/rpcproxy"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/watcher"
)

// TestCatchUp is a watcher catching up from L1 (issue 13): an embedded
// go-ethereum dev node, in a child process so that its memory is not the
// watcher's, holds ETHERSCALE_CATCHUP transfers in calldata batches of
// ETHERSCALE_CATCHUP_BATCH (default 1,000) with true state roots; a fresh
// watcher then runs one Pass — the follower reads the events, fetches every
// batch's data from its posting transaction, replays and commits it into
// its goleveldb store, and the header check compares every posted root —
// through a counting JSON-RPC proxy.
//
//	ETHERSCALE_CATCHUP=1000000 go test ./watcher -run 'TestCatchUp$' -v -timeout 120m
//
// Other knobs:
//
//	ETHERSCALE_CATCHUP_DIR=d          keep the L1 fixture in d and reuse it in later runs
//	ETHERSCALE_CATCHUP_SENDERS=10000  funded L2 senders (each batch's senders are distinct)
//	ETHERSCALE_CATCHUP_CPUPROFILE=f   CPU profile of the catch-up pass
//	ETHERSCALE_CATCHUP_MEMPROFILE=f   heap profile (live objects) at the end of the pass
//	ETHERSCALE_CATCHUP_CACHE_MB=64    the watcher's StateCacheBytes
//	ETHERSCALE_CATCHUP_LATENCY=50ms   delay every L1 request by this much (a remote L1 provider)
//
// Reported: the fixture's build (separately), then the pass's wall time,
// CPU time (getrusage user+sys of this process: the watcher and the proxy,
// not the L1 node), transfers/s, peak RSS (VmHWM, reset before the pass) and
// the L1 requests by method.
func TestCatchUp(t *testing.T) {
	n := catchEnv(t, "ETHERSCALE_CATCHUP", 0)
	if n == 0 {
		t.Skip("set ETHERSCALE_CATCHUP=<transfers> to run")
	}
	per := catchEnv(t, "ETHERSCALE_CATCHUP_BATCH", 1000)
	senders := catchEnv(t, "ETHERSCALE_CATCHUP_SENDERS", 10_000)
	if per > senders {
		t.Fatalf("a batch of %d needs at least as many senders (%d)", per, senders)
	}
	fx := &catchFixture{transfers: n, perBatch: per, senders: senders}
	root := os.Getenv("ETHERSCALE_CATCHUP_DIR")
	if root == "" {
		root = t.TempDir()
	}
	fx.dir = filepath.Join(root, fmt.Sprintf("catchup-%d-%d-%d", n, per, senders))
	ctx := context.Background()
	fx.keys()

	if _, err := os.Stat(filepath.Join(fx.dir, "done")); err != nil {
		if err := os.RemoveAll(fx.dir); err != nil {
			t.Fatal(err)
		}
		fx.build(ctx, t)
	} else {
		t.Logf("fixture: reusing %s", fx.dir)
	}

	l1 := startCatchL1(t, filepath.Join(fx.dir, "l1"))
	defer l1.stop(t)
	dep, err := deploy.Load(filepath.Join(fx.dir, "deployment.json"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := fx.rollupConfig(t)
	finalRoot, err := os.ReadFile(filepath.Join(fx.dir, "done"))
	if err != nil {
		t.Fatal(err)
	}

	var latency time.Duration
	if v := os.Getenv("ETHERSCALE_CATCHUP_LATENCY"); v != "" {
		if latency, err = time.ParseDuration(v); err != nil {
			t.Fatalf("ETHERSCALE_CATCHUP_LATENCY: %v", err)
		}
	}
	proxy := rpcproxy.Start(l1.endpoint, rpcproxy.Behaviour{Latency: latency})
	defer proxy.Close()
	client, err := ethclient.DialContext(ctx, proxy.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	tx, err := txmgr.New(ctx, client, devnode.DevKey(2), tcfg)
	if err != nil {
		t.Fatal(err)
	}
	wcfg := watcher.DefaultConfig()
	wcfg.DataDir = t.TempDir()
	wcfg.EquivocationSources = watcher.EquivocationOff
	wcfg.StateCacheBytes = catchEnv(t, "ETHERSCALE_CATCHUP_CACHE_MB", wcfg.StateCacheBytes>>20) << 20
	w, err := watcher.New(wcfg, watcher.Deps{
		L1: client, Tx: tx, Factory: dep.Contracts.DisputeGameFactory, Inbox: dep.Contracts.Inbox,
		BatchInbox: dep.Contracts.BatchInbox, Genesis: &cfg.Genesis, DeployBlock: dep.DeployBlock,
	})
	if err != nil {
		t.Fatal(err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}

	runtime.GC()
	debug.FreeOSMemory()
	resetPeakRSS()
	before := proxy.Methods()
	if prof := os.Getenv("ETHERSCALE_CATCHUP_CPUPROFILE"); prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			t.Fatal(err)
		}
		defer f.Close()
	}
	load0 := loadAvg()
	cpu0 := cpuTime()
	start := time.Now()
	passErr := w.Pass(ctx, head)
	wall := time.Since(start)
	cpu := cpuTime() - cpu0
	pprof.StopCPUProfile()
	peak := peakRSS()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	after := proxy.Methods()
	if prof := os.Getenv("ETHERSCALE_CATCHUP_MEMPROFILE"); prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		if err := pprof.WriteHeapProfile(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	if passErr != nil {
		t.Fatalf("catch-up pass: %v", passErr)
	}
	st := w.Status()
	if st.Games.Open != 0 || st.Withholding.BlockedBatch != 0 {
		t.Fatalf("after the catch-up: %+v", st)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	// The watcher's store must hold the state after the last batch: the
	// root the builder computed, which is also the last header's.
	db, err := leveldb.OpenFile(filepath.Join(wcfg.DataDir, "watcher.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := db.Has(append([]byte("l2state/"), common.HexToHash(string(finalRoot)).Bytes()...), nil); err != nil || !ok {
		db.Close()
		t.Fatalf("the watcher's store has no node for the final root %s (%v)", finalRoot, err)
	}
	db.Close()

	var total uint64
	var parts []string
	for m, c := range after {
		d := c - before[m]
		if d == 0 {
			continue
		}
		total += d
		parts = append(parts, fmt.Sprintf("%s %d", m, d))
	}
	sort.Strings(parts)
	t.Logf("catch-up: %d transfers in %d batches: wall %v, CPU %v (user+sys, %.2f cores), %.0f transfers/s wall, %.0f per CPU-second; "+
		"peak RSS (VmHWM) %.0f MB, Go heap in use at the end %.0f MB, Go sys %.0f MB; %d L1 requests (%s), each delayed %v; load average %s → %s",
		n, fx.batches(), wall.Round(time.Millisecond), cpu.Round(time.Millisecond), cpu.Seconds()/wall.Seconds(),
		float64(n)/wall.Seconds(), float64(n)/cpu.Seconds(), peak, float64(ms.HeapInuse)/(1<<20), float64(ms.Sys)/(1<<20),
		total, strings.Join(parts, ", "), latency, load0, loadAvg())
}

// catchFixture is the L1 chain the watcher catches up on.
type catchFixture struct {
	dir                          string
	transfers, perBatch, senders int
	senderKeys                   []*ecdsa.PrivateKey
	senderAddrs                  []common.Address
}

func (f *catchFixture) batches() int { return (f.transfers + f.perBatch - 1) / f.perBatch }

func (f *catchFixture) keys() {
	for i := 0; i < f.senders; i++ {
		var seed [32]byte
		seed[0] = 0x5e
		binary.BigEndian.PutUint64(seed[24:], uint64(i+1))
		k, err := crypto.ToECDSA(seed[:])
		if err != nil {
			panic(err) // a fixed valid scalar
		}
		f.senderKeys = append(f.senderKeys, k)
		f.senderAddrs = append(f.senderAddrs, crypto.PubkeyToAddress(k.PublicKey))
	}
}

// rollupConfig is the devnet preset with the senders funded on L2: the
// same every run, so a reused fixture's genesis is the watcher's.
func (f *catchFixture) rollupConfig(t *testing.T) *config.Config {
	cfg, err := config.Preset(config.PresetDevnet, f.senderAddrs, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)))
	if err != nil {
		t.Fatal(err)
	}
	cfg.L1ChainID = devnode.DevChainID
	return cfg
}

// catchSeqKey signs the batches (registered in SequencerSet by the build).
func catchSeqKey() *ecdsa.PrivateKey { return devnode.DevKey(1) }

// transfersOf signs batch j: transfer i of the run is from sender
// i mod senders (so a batch's senders are distinct and each sender's nonces
// run 0, 1, …), to a recipient drawn from 4·transfers addresses, one in ten
// of them a sender: the state grows to about a million accounts at 10^6.
func (f *catchFixture) transfersOf(j int, signer types.Signer, rng *rand.Rand) ([][]byte, error) {
	lo := j * f.perBatch
	hi := min(lo+f.perBatch, f.transfers)
	out := make([][]byte, 0, hi-lo)
	for i := lo; i < hi; i++ {
		var to common.Address
		if rng.IntN(10) == 0 {
			to = f.senderAddrs[rng.IntN(f.senders)]
		} else {
			to[0] = 0xcc
			binary.BigEndian.PutUint64(to[12:], rng.Uint64N(uint64(4*f.transfers)))
		}
		tx, err := types.SignNewTx(f.senderKeys[i%f.senders], signer, &types.LegacyTx{
			Nonce: uint64(i / f.senders), GasPrice: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(int64(1 + rng.IntN(1e6))),
		})
		if err != nil {
			return nil, fmt.Errorf("sign transfer %d: %w", i, err)
		}
		raw, err := tx.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("encode transfer %d: %w", i, err)
		}
		out = append(out, raw)
	}
	return out, nil
}

// build deploys the contracts on a fresh L1, registers the sequencer and
// posts every batch with its true root, computed by replaying it the way
// the sequencer does (its own goleveldb store, removed afterwards).
func (f *catchFixture) build(ctx context.Context, t *testing.T) {
	start := time.Now()
	load0 := loadAvg()
	cpu0 := cpuTime()
	if err := os.MkdirAll(f.dir, 0o755); err != nil {
		t.Fatal(err)
	}
	l1 := startCatchL1(t, filepath.Join(f.dir, "l1"))
	defer l1.stop(t)
	client, err := ethclient.DialContext(ctx, l1.endpoint)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	deployer, err := txmgr.New(ctx, client, devnode.DevKey(0), tcfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg := f.rollupConfig(t)
	dep, err := deploy.Deploy(ctx, client, deployer, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := dep.Save(filepath.Join(f.dir, "deployment.json")); err != nil {
		t.Fatal(err)
	}
	seqKey := catchSeqKey()
	seq, err := txmgr.New(ctx, client, seqKey, tcfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := contracts.NewSequencerSet(dep.Contracts.SequencerSet, client, seq).Register(ctx, cfg.MinBond.Big(), crypto.CompressPubkey(&seqKey.PublicKey), ""); err != nil {
		t.Fatal(err)
	}
	bi := contracts.NewBatchInbox(dep.Contracts.BatchInbox, client, seq)
	chainHead, err := bi.ChainHead(ctx)
	if err != nil {
		t.Fatal(err)
	}

	storeDir := filepath.Join(f.dir, "builder")
	store, err := replay.OpenLevelDBStore(storeDir, 256<<20)
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(storeDir)
	defer store.Close()
	gst, err := replay.NewGenesisState(ctx, &cfg.Genesis, store)
	if err != nil {
		t.Fatal(err)
	}
	root, err := gst.Commit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st := replay.NewState(store, root)
	rules := cfg.Genesis.Rules()

	// Signing runs ahead of replaying and posting, one batch at a time.
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(cfg.Genesis.ChainID))
	type signedBatch struct {
		txs [][]byte
		err error
	}
	signed := make(chan signedBatch, 2)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(signed)
		rng := rand.New(rand.NewPCG(13, 13))
		for j := 0; j < f.batches(); j++ {
			txs, err := f.transfersOf(j, signer, rng)
			select {
			case signed <- signedBatch{txs, err}:
			case <-stop:
				return
			}
		}
	}()
	var replayTime, postTime time.Duration
	parent, ts := chainHead.HeaderHash, chainHead.L2Timestamp
	j := 0
	for sb := range signed {
		if sb.err != nil {
			t.Fatal(sb.err)
		}
		txs := sb.txs
		j++
		t0 := time.Now()
		res, err := replay.ReplayBatch(ctx, st, rules, &replay.Batch{Txs: txs}, replay.ReplayOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for k, s := range res.Steps {
			if s.Result != nil {
				t.Fatalf("batch %d tx %d: %v", j, k, s.Result)
			}
		}
		if root, err = st.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		t1 := time.Now()
		replayTime += t1.Sub(t0)
		ts++
		h, data, err := contracts.NewCalldataHeader(uint64(j), parent, chainHead.QueueEnd, chainHead.QueueEnd, txs, root, ts)
		if err != nil {
			t.Fatal(err)
		}
		sig, err := contracts.SignHeader(seqKey, h, devnode.DevChainID, dep.Contracts.BatchInbox)
		if err != nil {
			t.Fatal(err)
		}
		pb, err := bi.PostBatch(ctx, h, [][]byte{sig}, data)
		if err != nil {
			t.Fatalf("post batch %d (%d bytes): %v", j, len(data), err)
		}
		parent = pb.HeaderHash
		postTime += time.Since(t1)
		if j%100 == 0 {
			t.Logf("fixture: %d batches posted (%v)", j, time.Since(start).Round(time.Second))
		}
	}
	if j != f.batches() {
		t.Fatalf("posted %d batches of %d", j, f.batches())
	}
	if err := os.WriteFile(filepath.Join(f.dir, "done"), []byte(root.Hex()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("fixture: %d transfers, %d batches built in %v (CPU %v; replay %v, posting %v; load average %s → %s), final root %s",
		f.transfers, j, time.Since(start).Round(time.Second), (cpuTime() - cpu0).Round(time.Second),
		replayTime.Round(time.Second), postTime.Round(time.Second), load0, loadAvg(), root)
}

// catchL1 is the L1 node in its child process.
type catchL1 struct {
	cmd      *exec.Cmd
	stdin    io.WriteCloser
	endpoint string
}

const catchL1Env = "ETHERSCALE_CATCHUP_L1_CHILD"

// startCatchL1 re-executes the test binary as the L1 node on dir and
// waits for its endpoint.
func startCatchL1(t *testing.T, dir string) *catchL1 {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCatchUpL1Child$", "-test.v", "-test.timeout=0")
	cmd.Env = append(os.Environ(), catchL1Env+"="+dir)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	l := &catchL1{cmd: cmd, stdin: stdin}
	got := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if ep, ok := strings.CutPrefix(sc.Text(), "CATCHUP_L1 "); ok {
				got <- ep
			}
		}
		close(got)
	}()
	select {
	case ep, ok := <-got:
		if !ok {
			l.stop(t)
			t.Fatal("the L1 child exited before serving")
		}
		l.endpoint = ep
	case <-time.After(2 * time.Minute):
		l.stop(t)
		t.Fatal("the L1 child did not start in 2 minutes")
	}
	return l
}

// stop closes the child's stdin, which makes it close the node, and kills
// it if it has not exited within a minute.
func (l *catchL1) stop(t *testing.T) {
	l.stdin.Close()
	done := make(chan error, 1)
	go func() { done <- l.cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Errorf("L1 child: %v", err)
		}
	case <-time.After(time.Minute):
		l.cmd.Process.Kill()
		<-done
	}
}

// TestCatchUpL1Child is the L1 node of TestCatchUp (run only as its child):
// an embedded go-ethereum dev node on the directory the parent names,
// serving on 127.0.0.1 until its stdin closes.
func TestCatchUpL1Child(t *testing.T) {
	dir := os.Getenv(catchL1Env)
	if dir == "" {
		t.Skip("the L1 node of TestCatchUp")
	}
	cfg := devnode.DefaultConfig()
	cfg.DataDir = dir
	node, err := devnode.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	fmt.Printf("CATCHUP_L1 %s\n", node.HTTPEndpoint())
	io.Copy(io.Discard, os.Stdin)
}

func catchEnv(t *testing.T, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return n
}

// cpuTime is this process's user+sys CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS returns VmHWM from /proc/self/status in MB (0 where there is no
// /proc).
func peakRSS() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseFloat(f[0], 64)
				return kb / 1024
			}
		}
	}
	return 0
}

// resetPeakRSS starts a new VmHWM period (Linux: clear_refs 5).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
