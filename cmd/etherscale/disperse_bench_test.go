package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"testing"
	"time"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
)

// BenchmarkDisperseShardProcesses: a 1 MB batch dispersed until the
// certificate to six `etherscale shard` processes on 127.0.0.1, registered in
// DACommittee on an embedded L1 (devnet preset: k = 3, n = 6, threshold 4),
// with the sequencer's key. Each shard checks the sender against
// SequencerSet, the chunk's proof, writes it to goleveldb and signs its
// attestation. Reports p50 and p99 latency; use -benchtime 100x.
func BenchmarkDisperseShardProcesses(b *testing.B) {
	ctx := context.Background()
	e := newL1Env(b, 8)
	e.registerSequencer(b, 1)
	url, keys, cfg, dep, depPath, client, seqKey := e.url, e.keys, e.cfg, e.dep, e.depPath, e.client, e.keys[1]

	bin := buildCLI(b)
	n := int(cfg.DA.N)
	for i := 0; i < n; i++ {
		addr := freeAddr(b)
		cmd := exec.Command(bin, "shard", "--l1", url, "--deployment", depPath, "--key", hexKey(keys[2+i]),
			"--data-dir", b.TempDir(), "--listen", addr, "--register")
		if testing.Verbose() {
			cmd.Stderr = os.Stderr
		}
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() {
			_ = cmd.Process.Signal(os.Interrupt)
			_ = cmd.Wait()
		})
		if err := waitHealthy("http://"+addr+"/healthz", 30*time.Second); err != nil {
			b.Fatalf("shard process %d: %v", i, err)
		}
	}

	com := contracts.NewDACommittee(dep.Contracts.DACommittee, client, nil)
	params, err := com.Params(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if active, err := com.ActiveCount(ctx); err != nil || int(active) != n {
		b.Fatalf("%d active members (%v), want %d", active, err, n)
	}
	disp, err := da.NewDisperser(da.DisperserConfig{ClientConfig: da.DefaultClientConfig(), K: int(params.K), Domain: com.Domain(dep.L1ChainID)}, com, seqKey, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer disp.Close()
	data := make([]byte, 1<<20)
	lat := make([]time.Duration, 0, b.N)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		if _, err := rand.Read(data); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		if _, _, err := disp.Disperse(ctx, data); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		b.StopTimer()
		disp.Wait() // stragglers must not overlap the next measurement
		b.StartTimer()
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// waitHealthy polls a health endpoint until it answers 200.
func waitHealthy(url string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			err = fmt.Errorf("status %s", resp.Status)
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(50 * time.Millisecond)
	}
}
