package replay

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Crash safety of the stored state: a process killed with SIGKILL while it
// commits leaves a store in which the last root it reported committed is
// whole, and replaying the following batches from there gives the same root
// as a run that never crashed. The child is this test binary re-executed.

const (
	crashAccounts = 20_000
	crashBatches  = 12
	crashBatch    = 5000
)

// crashBatchLeaves is batch i of the workload: updates of existing accounts
// and new accounts, the same in every process.
func crashBatchLeaves(i int) []Leaf {
	r := rand.New(rand.NewPCG(uint64(i), 77))
	base := crashBaseLeaves()
	out := make([]Leaf, crashBatch)
	for j := range out {
		if j%4 == 0 {
			out[j] = randomLeaves(r, 1)[0]
		} else {
			out[j] = base[r.IntN(len(base))]
			out[j].Account.Nonce += uint64(i + 1)
		}
	}
	return out
}

func crashBaseLeaves() []Leaf { return randomLeaves(rand.New(rand.NewPCG(1, 77)), crashAccounts) }

// crashChild continues the workload from batch start (whose pre-state root is
// given) and reports every commit on stdout.
func crashChild(be bigBackend, dir string, start int, root common.Hash) error {
	ctx := context.Background()
	store, err := be.open(dir, 8<<20)
	if err != nil {
		return err
	}
	tr := NewTree(store, root)
	for i := start; i < crashBatches; i++ {
		if err := tr.Update(crashBatchLeaves(i)); err != nil {
			return err
		}
		fmt.Printf("commit-start %d\n", i)
		if err := tr.Commit(ctx, store); err != nil {
			return err
		}
		fmt.Printf("committed %d %x\n", i, tr.Root())
	}
	return store.Close()
}

func TestCrashDuringCommit(t *testing.T) {
	if dir := os.Getenv("ETHERSCALE_CRASH_CHILD"); dir != "" {
		start, _ := strconv.Atoi(os.Getenv("ETHERSCALE_CRASH_START"))
		if err := crashChild(diskBackends()[os.Getenv("ETHERSCALE_CRASH_STORE")], dir, start, common.HexToHash(os.Getenv("ETHERSCALE_CRASH_ROOT"))); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	for name, be := range diskBackends() {
		t.Run(name, func(t *testing.T) { testCrashDuringCommit(t, be) })
	}
}

func testCrashDuringCommit(t *testing.T, be bigBackend) {
	ctx := context.Background()
	// Expected roots, on the memory store.
	mem := NewMemoryStore()
	ref := NewTree(mem, common.Hash{})
	if err := ref.Update(crashBaseLeaves()); err != nil {
		t.Fatal(err)
	}
	want := []common.Hash{ref.Root()} // want[i]: root before batch i
	for i := 0; i < crashBatches; i++ {
		if err := ref.Update(crashBatchLeaves(i)); err != nil {
			t.Fatal(err)
		}
		want = append(want, ref.Root())
	}

	dir := t.TempDir()
	store, err := be.open(dir, 8<<20)
	if err != nil {
		t.Fatal(err)
	}
	root, err := BuildTree(ctx, store, crashBaseLeaves())
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	if root != want[0] {
		t.Fatalf("built root %x, want %x", root, want[0])
	}

	r := rand.New(rand.NewPCG(3, 3))
	next := 0 // the first batch not reported committed
	for kill := 0; kill < 4 && next < crashBatches-1; kill++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashDuringCommit$")
		cmd.Env = append(os.Environ(),
			"ETHERSCALE_CRASH_CHILD="+dir,
			"ETHERSCALE_CRASH_STORE="+be.name,
			"ETHERSCALE_CRASH_START="+strconv.Itoa(next),
			"ETHERSCALE_CRASH_ROOT="+want[next].Hex())
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		target := next + 1 + r.IntN(2) // kill during this batch's commit
		killed := false
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			switch {
			case len(f) == 2 && f[0] == "commit-start":
				if i, _ := strconv.Atoi(f[1]); i == target {
					time.Sleep(time.Duration(r.IntN(3000)) * time.Microsecond)
					if err := cmd.Process.Kill(); err != nil { // SIGKILL
						t.Fatal(err)
					}
					killed = true
				}
			case len(f) == 3 && f[0] == "committed":
				i, _ := strconv.Atoi(f[1])
				if got := common.HexToHash(f[2]); got != want[i+1] {
					t.Fatalf("child committed batch %d with root %x, want %x", i, got, want[i+1])
				}
				next = i + 1
			case len(f) > 0 && f[0] == "error":
				t.Fatalf("child: %s", sc.Text())
			}
		}
		_ = cmd.Wait()
		if !killed {
			t.Fatalf("child finished before the kill at batch %d", target)
		}
		t.Logf("killed during batch %d's commit; last committed root is batch %d's", target, next-1)

		// Every node of the last committed root is readable.
		store, err := be.open(dir, 8<<20)
		if err != nil {
			t.Fatalf("reopen after kill: %v", err)
		}
		if n := reachableInner(t, store, want[next]); n == 0 {
			t.Fatal("empty tree after restart")
		}
		if err := store.Close(); err != nil {
			t.Fatal(err)
		}
	}

	// A restart replays the rest to the root of the run that never crashed.
	store, err = be.open(dir, 8<<20)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	tr := NewTree(store, want[next])
	for i := next; i < crashBatches; i++ {
		if err := tr.Update(crashBatchLeaves(i)); err != nil {
			t.Fatalf("replay batch %d after restart: %v", i, err)
		}
		if err := tr.Commit(ctx, store); err != nil {
			t.Fatal(err)
		}
	}
	if tr.Root() != want[crashBatches] {
		t.Fatalf("root after restart %x, want %x", tr.Root(), want[crashBatches])
	}
}
