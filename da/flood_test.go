package da

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// clientFrom is an HTTP client whose connections leave from the loopback
// address src (127.0.0.x), so that one test plays several client hosts
// while the shards stay on 127.0.0.1.
func clientFrom(src string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}, Timeout: 2 * time.Second}
	return &http.Client{Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 16}, Timeout: 2 * time.Second}
}

// flood reads from every shard as fast as workers per source address can,
// until stop.
type flood struct {
	total, limited atomic.Uint64
	cancel         context.CancelFunc
	wg             sync.WaitGroup
	start          time.Time
	stopped        time.Duration
}

func startFlood(c *cluster, sources []string, workers int) *flood {
	ctx, cancel := context.WithCancel(context.Background())
	f := &flood{cancel: cancel, start: time.Now()}
	for _, src := range sources {
		client := clientFrom(src)
		for w := 0; w < workers; w++ {
			f.wg.Add(1)
			go func() {
				defer f.wg.Done()
				defer client.CloseIdleConnections()
				for i := w; ctx.Err() == nil; i++ {
					s := c.servers[i%len(c.servers)]
					req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.URL()+ChunkPath(common.Hash{byte(i)}, uint32(i%c.n)), nil)
					resp, err := client.Do(req)
					if err != nil {
						continue
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					f.total.Add(1)
					if resp.StatusCode == http.StatusTooManyRequests {
						f.limited.Add(1)
					}
				}
			}()
		}
	}
	return f
}

func (f *flood) stop() {
	f.cancel()
	f.wg.Wait()
	f.stopped = time.Since(f.start)
}

func (f *flood) rate() float64 { return float64(f.total.Load()) / f.stopped.Seconds() }

// floodLimits are a shard's read budgets scaled down so that a test flood
// on two shared cores (about 1,300 reads/s per shard) exceeds them many
// times: the shared read bucket (100/s) is still more than the flooding
// addresses' shares together (6 × 10/s).
func floodLimits(_ int, cfg *ServerConfig) {
	cfg.RateLimit, cfg.RateBurst = 100, 100
	cfg.ClientRate, cfg.ClientBurst = 10, 10
	cfg.UntrustedPutRate, cfg.UntrustedPutBurst = DefaultUntrustedPutRate, DefaultUntrustedPutBurst
}

// TestDispersalAndReadsUnderReadFlood: a flood of reads, from one address
// and from six, runs against every shard while the sequencer disperses a
// batch. Before the read and store budgets were split, one global bucket
// per shard answered the stores 429 too, and the certificate missed its
// threshold. Now the stores draw on none of the read budgets, each
// flooding address is cut down to its share, and a reader on another
// address retrieves the data during the flood.
func TestDispersalAndReadsUnderReadFlood(t *testing.T) {
	const k, n, threshold = 3, 6, 4
	for _, tc := range []struct {
		name    string
		sources []string
		workers int
	}{
		{"one address", []string{"127.0.0.2"}, 8},
		{"six addresses", []string{"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6", "127.0.0.7"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newCluster(t, k, n, threshold, floodLimits)
			f := startFlood(c, tc.sources, tc.workers)
			defer f.stop()
			time.Sleep(300 * time.Millisecond) // the buckets are empty by now

			d := c.disperser(DefaultClientConfig())
			defer d.Close()
			data := testData(50_000, 3)
			begin := time.Now()
			cert, enc, err := d.Disperse(context.Background(), data)
			if err != nil {
				t.Fatalf("dispersal under the flood: %v", err)
			}
			dispersal := time.Since(begin)
			if len(cert.Attestations) < threshold {
				t.Fatalf("%d attestations, threshold %d", len(cert.Attestations), threshold)
			}
			r, err := NewRetriever(DefaultRetrieverConfig(), c.snap, clientFrom("127.0.0.9"))
			if err != nil {
				t.Fatal(err)
			}
			begin = time.Now()
			res, err := r.Retrieve(context.Background(), enc.Header)
			if err != nil {
				t.Fatalf("retrieval from another address under the flood: %v", err)
			}
			retrieval := time.Since(begin)
			if string(res.Data) != string(data) {
				t.Fatal("retrieved data differs")
			}
			f.stop()
			var st LimitStats
			for _, s := range c.servers {
				ls := s.LimitStats()
				st.ReadsLimited += ls.ReadsLimited
				st.ReadsLimitedShared += ls.ReadsLimitedShared
				st.StoresLimited += ls.StoresLimited
			}
			if st.ReadsLimited == 0 || f.limited.Load() == 0 {
				t.Fatalf("the flood was not limited: %+v, %d of %d answered 429", st, f.limited.Load(), f.total.Load())
			}
			if st.StoresLimited != 0 {
				t.Fatalf("%d stores limited", st.StoresLimited)
			}
			t.Logf("flood %.0f req/s (%d requests, %.1f%% answered 429; per-client %d, shared %d); dispersal %v, retrieval %v",
				f.rate(), f.total.Load(), 100*float64(f.limited.Load())/float64(f.total.Load()), st.ReadsLimited, st.ReadsLimitedShared,
				dispersal.Round(time.Millisecond), retrieval.Round(time.Millisecond))
			// The shards still answer once the flood is over.
			for i, s := range c.servers {
				resp, err := clientFrom("127.0.0.10").Get(s.URL() + "/healthz")
				if err != nil || resp.StatusCode != http.StatusOK {
					t.Fatalf("shard %d after the flood: %v %v", i, resp, err)
				}
				resp.Body.Close()
			}
		})
	}
}

// TestKnownDisperserGetsConnectionsWhenPublicOnesAreTaken: clients from
// four addresses hold every public connection of a shard. A reader on a
// fifth address is refused (the bound that remains, PROTOCOL §6.8), but a
// sequencer that stored before connects from its own pool and stores.
func TestKnownDisperserGetsConnectionsWhenPublicOnesAreTaken(t *testing.T) {
	c := newCluster(t, 1, 1, 1, func(_ int, cfg *ServerConfig) {
		cfg.MaxConns, cfg.MaxConnsPerClient, cfg.TrustedConns = 8, 2, 4
	})
	s := c.servers[0]
	d := c.disperser(fastClient())
	defer d.Close()
	if _, _, err := d.Disperse(context.Background(), testData(1000, 1)); err != nil {
		t.Fatal(err)
	}
	d.client.CloseIdleConnections() // its next store opens new connections
	var held []net.Conn
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	for _, src := range []string{"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"} {
		for j := 0; j < 2; j++ {
			dl := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}}
			conn, err := dl.Dial("tcp", s.Addr())
			if err != nil {
				t.Fatal(err)
			}
			held = append(held, conn)
		}
	}
	// The server counts a connection once it accepts it.
	deadline := time.Now().Add(2 * time.Second)
	for s.lim.conns.Stats().OpenConns < 8 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if open := s.lim.conns.Stats().OpenConns; open != 8 {
		t.Fatalf("%d public connections open, want 8", open)
	}
	resp, err := clientFrom("127.0.0.9").Get(s.URL() + "/healthz")
	if err == nil {
		resp.Body.Close()
		t.Fatalf("a fifth address got a connection past the cap: %s", resp.Status)
	}
	if _, _, err := d.Disperse(context.Background(), testData(1000, 2)); err != nil {
		t.Fatalf("known disperser with every public connection taken: %v", err)
	}
	if st := s.LimitStats(); st.TrustedConns == 0 || st.RefusedConns == 0 {
		t.Fatalf("stats %+v: want a trusted connection open and the reader refused", st)
	}
}

// TestRetrieverBusyIsNotWithheld: shards whose read budget a flood has
// emptied answer 429; the retriever's error says busy, not withheld, and is
// not conclusive. Shards that answer 404 give conclusive evidence.
func TestRetrieverBusyIsNotWithheld(t *testing.T) {
	const k, n, threshold = 3, 6, 4
	c := newCluster(t, k, n, threshold, func(_ int, cfg *ServerConfig) {
		cfg.RateLimit, cfg.RateBurst = 1e-3, 1 // one read, then none for 1000 s
	})
	d := c.disperser(fastClient())
	defer d.Close()
	_, enc, err := d.Disperse(context.Background(), testData(10_000, 5))
	if err != nil {
		t.Fatal(err)
	}
	// The flood: one read per shard, from two other addresses, empties
	// the shared read buckets.
	for i, s := range c.servers {
		resp, err := clientFrom([]string{"127.0.0.2", "127.0.0.3"}[i%2]).Get(s.URL() + ChunkPath(common.Hash{1}, uint32(i)))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	r := c.retriever(fastClient(), false)
	_, err = r.Retrieve(context.Background(), enc.Header)
	var ue *UnavailableError
	if !errors.As(err, &ue) || !errors.Is(err, ErrNotEnoughChunks) {
		t.Fatalf("busy shards: %v, want an UnavailableError wrapping ErrNotEnoughChunks", err)
	}
	if len(ue.Busy) != n || len(ue.Withheld) != 0 || ue.Conclusive() {
		t.Fatalf("busy shards: busy %v withheld %v conclusive %v, want all busy, inconclusive", ue.Busy, ue.Withheld, ue.Conclusive())
	}

	// Data never dispersed: every shard answers 404 (its read budget
	// aside: these shards have plenty).
	c2 := newCluster(t, k, n, threshold, nil)
	r2 := c2.retriever(fastClient(), false)
	h := enc.Header
	_, err = r2.Retrieve(context.Background(), h)
	if !errors.As(err, &ue) || len(ue.Withheld) != n || len(ue.Busy) != 0 || !ue.Conclusive() {
		t.Fatalf("404 everywhere: %v (%+v), want all withheld, conclusive", err, ue)
	}
	// n−k+1 answering 404 and the rest dead is conclusive: the dead
	// cannot serve k chunks. n−k is not: the dead might.
	for i := n - k + 1; i < n; i++ {
		c2.servers[i].Kill()
	}
	if _, err = r2.Retrieve(context.Background(), h); !errors.As(err, &ue) || len(ue.Withheld) != n-k+1 || !ue.Conclusive() {
		t.Fatalf("%d × 404 and %d dead: %v (%+v), want conclusive", n-k+1, k-1, err, ue)
	}
	c2.servers[n-k].Kill()
	if _, err = r2.Retrieve(context.Background(), h); !errors.As(err, &ue) || len(ue.Withheld) != n-k || ue.Conclusive() {
		t.Fatalf("%d × 404 and %d dead: %v (%+v), want inconclusive", n-k, k, err, ue)
	}
}

// TestStoreFloodFromUnknownAddresses: addresses that never made an
// authorized store send stores with bad signatures. Each is cut down to its
// share of the unknown-store budget, and together they empty it; a
// sequencer that has stored before still stores, its stores skipping that
// budget.
func TestStoreFloodFromUnknownAddresses(t *testing.T) {
	c := newCluster(t, 1, 1, 1, func(_ int, cfg *ServerConfig) {
		cfg.UntrustedPutRate, cfg.UntrustedPutBurst = 1e-3, 8 // per address: burst 2
	})
	s := c.servers[0]
	d := c.disperser(fastClient())
	defer d.Close()
	if _, _, err := d.Disperse(context.Background(), testData(1000, 1)); err != nil {
		t.Fatal(err)
	}
	codes := map[int]int{}
	for _, src := range []string{"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6"} {
		client := clientFrom(src)
		for j := 0; j < 4; j++ {
			req, _ := http.NewRequest(http.MethodPut, s.URL()+ChunkPath(common.Hash{1}, 0), strings.NewReader("junk"))
			req.Header.Set(SignatureHeader, "0x"+strings.Repeat("00", 65))
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			codes[resp.StatusCode]++
		}
		client.CloseIdleConnections()
	}
	// The sequencer's first store took one of the shared burst of 8, when
	// its address was not known yet; then 2 per address (its share) until
	// the 7 are gone. Every other store is refused before its body is read.
	if codes[http.StatusUnauthorized] != 7 || codes[http.StatusTooManyRequests] != 13 {
		t.Fatalf("answers %v, want 7 × 401 and 13 × 429", codes)
	}
	if _, _, err := d.Disperse(context.Background(), testData(1000, 2)); err != nil {
		t.Fatalf("known disperser after the store flood: %v", err)
	}
}
