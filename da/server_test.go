package da

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

func put(t *testing.T, url string, body []byte, sig []byte) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPut, url, bytes.NewReader(body))
	if sig != nil {
		req.Header.Set(SignatureHeader, hexutil.Encode(sig))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServerRejects(t *testing.T) {
	c := newCluster(t, 3, 6, 4, func(i int, cfg *ServerConfig) { cfg.MaxRequestBytes = 64 << 10 })
	s := c.servers[2]
	enc, _ := Encode(testData(10_000, 3), 3, 6)
	rec, _ := enc.Record(2)
	body, _ := rec.Encode()
	sign := func(b []byte) []byte { sig, _ := SignHash(c.seq, crypto.Keccak256Hash(b)); return sig }
	url := s.URL() + ChunkPath(enc.DataRoot, 2)

	badProof := *rec
	badProof.Chunk = append([]byte(nil), rec.Chunk...)
	badProof.Chunk[5] ^= 1
	badProofBody, _ := badProof.Encode()
	otherHeader := *rec
	otherHeader.DataHash = common.Hash{1}
	otherHeaderBody, _ := otherHeader.Encode()
	big := make([]byte, 65<<10)
	stranger, _ := SignHash(testKey(55), crypto.Keccak256Hash(body))

	for _, tc := range []struct {
		name   string
		url    string
		body   []byte
		sig    []byte
		status int
	}{
		{"no signature", url, body, nil, http.StatusUnauthorized},
		{"unauthorised signer", url, body, stranger, http.StatusForbidden},
		{"signature over other body", url, body, sign(badProofBody), http.StatusForbidden},
		{"oversized", url, big, sign(big), http.StatusRequestEntityTooLarge},
		{"garbage", url, []byte("hello"), sign([]byte("hello")), http.StatusBadRequest},
		{"truncated", url, body[:len(body)-1], sign(body[:len(body)-1]), http.StatusBadRequest},
		{"wrong index", s.URL() + ChunkPath(enc.DataRoot, 3), body, sign(body), http.StatusBadRequest},
		{"path/body mismatch", s.URL() + ChunkPath(common.Hash{9}, 2), body, sign(body), http.StatusBadRequest},
		{"bad path", s.URL() + "/v1/chunks/0x12/2", body, sign(body), http.StatusBadRequest},
		{"non-canonical index", s.URL() + "/v1/chunks/" + enc.DataRoot.Hex() + "/02", body, sign(body), http.StatusBadRequest},
		{"bad proof", url, badProofBody, sign(badProofBody), http.StatusUnprocessableEntity},
		{"ok", url, body, sign(body), http.StatusOK},
		{"idempotent", url, body, sign(body), http.StatusOK},
		{"conflicting header", url, otherHeaderBody, sign(otherHeaderBody), http.StatusConflict},
	} {
		status, msg := put(t, tc.url, tc.body, tc.sig)
		if status != tc.status {
			t.Errorf("%s: status %d (%s), want %d", tc.name, status, msg, tc.status)
		}
	}
	// The store holds exactly the accepted record.
	got, err := s.Store().Get(enc.DataRoot, 2)
	if err != nil || !bytes.Equal(got, body) {
		t.Fatalf("stored record: %v", err)
	}
	resp, err := http.Get(s.URL() + ChunkPath(enc.DataRoot, 2))
	if err != nil {
		t.Fatal(err)
	}
	served, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Equal(served, body) {
		t.Fatal("GET does not serve the stored record")
	}
	if resp, _ := http.Get(s.URL() + ChunkPath(common.Hash{7}, 2)); resp.StatusCode != http.StatusNotFound {
		t.Fatalf("missing chunk: %d", resp.StatusCode)
	}
	if resp, _ := http.Get(s.URL() + "/healthz"); resp.StatusCode != http.StatusOK {
		t.Fatal("healthz")
	}
	resp, _ = http.Get(s.URL() + "/metrics")
	m, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{"etherscale_da_stored_chunks_total 1", `etherscale_da_errors_total{reason="proof"} 1`, `etherscale_da_requests_total{code="200",method="PUT"} 2`} {
		if !strings.Contains(string(m), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestServerRateLimit(t *testing.T) {
	c := newCluster(t, 3, 6, 4, func(i int, cfg *ServerConfig) { cfg.RateLimit, cfg.RateBurst = 1, 2 })
	codes := map[int]int{}
	for i := 0; i < 5; i++ {
		resp, err := http.Get(c.servers[0].URL() + ChunkPath(common.Hash{}, 0))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		codes[resp.StatusCode]++
	}
	if codes[http.StatusTooManyRequests] == 0 {
		t.Fatalf("no 429 in %v", codes)
	}
}

type finalSet map[common.Hash]bool

func (f finalSet) Finalized(_ context.Context, root common.Hash) (bool, error) { return f[root], nil }

func TestStorePrune(t *testing.T) {
	st, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Now()
	var roots []common.Hash
	for i, expiry := range []time.Duration{-2 * time.Hour, -time.Hour, time.Hour} {
		enc, _ := Encode(testData(100, int64(i)), 1, 2)
		rec, _ := enc.Record(0)
		b, _ := rec.Encode()
		if _, err := st.Put(rec, b, now.Add(expiry)); err != nil {
			t.Fatal(err)
		}
		roots = append(roots, enc.DataRoot)
	}
	// Expired: 0 and 1; final: 0 and 2. Only 0 goes.
	n, err := st.Prune(context.Background(), now, finalSet{roots[0]: true, roots[2]: true})
	if err != nil || n != 1 {
		t.Fatalf("pruned %d: %v", n, err)
	}
	for i, want := range []bool{false, true, true} {
		_, err := st.Get(roots[i], 0)
		if (err == nil) != want {
			t.Errorf("root %d present=%v want %v", i, err == nil, want)
		}
	}
	if n, _ := st.Prune(context.Background(), now, nil); n != 1 {
		t.Fatalf("expiry-only prune removed %d", n)
	}
}

// TestStoreKeepsUntilLatestExpiry: a repeated store of the same record is
// attested again with a later expiry, and the record is kept until that one
// (PROTOCOL §6.4: a member is liable until the expiry it signed), while the
// time key of the earlier expiry is dropped as stale. An earlier expiry
// never shortens the promise.
func TestStoreKeepsUntilLatestExpiry(t *testing.T) {
	st, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	enc, _ := Encode(testData(300, 9), 2, 3)
	rec, _ := enc.Record(1)
	b, _ := rec.Encode()
	t0 := time.Unix(1_900_000_000, 0)
	if stored, err := st.Put(rec, b, t0.Add(time.Hour)); err != nil || !stored {
		t.Fatalf("first put: %v %v", stored, err)
	}
	if stored, err := st.Put(rec, b, t0.Add(3*time.Hour)); err != nil || stored {
		t.Fatalf("repeated put: %v %v", stored, err)
	}
	if stored, err := st.Put(rec, b, t0.Add(2*time.Hour)); err != nil || stored {
		t.Fatalf("repeated put with an earlier expiry: %v %v", stored, err)
	}
	if e, ok, err := st.Expiry(enc.DataRoot, 1); err != nil || !ok || !e.Equal(t0.Add(3*time.Hour)) {
		t.Fatalf("expiry %v %v %v", e, ok, err)
	}
	// Past the first expiry: nothing pruned (the stale time key goes).
	if n, err := st.Prune(context.Background(), t0.Add(2*time.Hour+time.Second), nil); err != nil || n != 0 {
		t.Fatalf("pruned %d before the latest expiry: %v", n, err)
	}
	if _, err := st.Get(enc.DataRoot, 1); err != nil {
		t.Fatalf("record gone before its latest expiry: %v", err)
	}
	// At the expiry itself the promise still holds; after it, it goes.
	if n, _ := st.Prune(context.Background(), t0.Add(3*time.Hour), nil); n != 0 {
		t.Fatalf("pruned %d at the expiry", n)
	}
	if n, err := st.Prune(context.Background(), t0.Add(3*time.Hour+time.Nanosecond), nil); err != nil || n != 1 {
		t.Fatalf("pruned %d after the expiry: %v", n, err)
	}
	if _, err := st.Get(enc.DataRoot, 1); !errors.Is(err, ErrNotFound) {
		t.Fatalf("record kept after its expiry: %v", err)
	}
	if _, ok, _ := st.Expiry(enc.DataRoot, 1); ok {
		t.Fatal("expiry kept after pruning")
	}
}

func TestConfigValidate(t *testing.T) {
	good := DefaultServerConfig()
	good.DataDir, good.K, good.N, good.Domain = "x", 3, 6, testDomain
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mut := range map[string]func(*ServerConfig){
		"no dir":         func(c *ServerConfig) { c.DataDir = "" },
		"k > n":          func(c *ServerConfig) { c.K = 7 },
		"index":          func(c *ServerConfig) { c.MemberIndex = 6 },
		"chain":          func(c *ServerConfig) { c.Domain.ChainID = 0 },
		"rate":           func(c *ServerConfig) { c.RateLimit = 0 },
		"retention":      func(c *ServerConfig) { c.Retention = 0 },
		"timeout":        func(c *ServerConfig) { c.ReadTimeout = 0 },
		"neg maxsize":    func(c *ServerConfig) { c.MaxRequestBytes = -1 },
		"client rate":    func(c *ServerConfig) { c.ClientRate = 0 },
		"client burst":   func(c *ServerConfig) { c.ClientBurst = 0 },
		"dispersal rate": func(c *ServerConfig) { c.DispersalRate = 0 },
		"untrusted put":  func(c *ServerConfig) { c.UntrustedPutBurst = 0 },
		"conns":          func(c *ServerConfig) { c.MaxConns = 0 },
		"per client":     func(c *ServerConfig) { c.MaxConnsPerClient = c.MaxConns + 1 },
		"trusted conns":  func(c *ServerConfig) { c.TrustedConns = -1 },
		"trust ttl":      func(c *ServerConfig) { c.TrustTTL = 0 },
	} {
		c := good
		mut(&c)
		if err := c.Validate(); !errors.Is(err, ErrInvalidConfig) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// testClock is a settable clock for ServerConfig.Now.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

// TestShardAttestsExpiry: a shard's attestation promises expiry = now +
// Retention (signed, so the certificate verifies only with it), the store
// keeps the chunk until the latest expiry it attested, and a disperser
// refuses attestations that expire before it could post the certificate.
func TestShardAttestsExpiry(t *testing.T) {
	t0 := time.Unix(1_900_000_000, 0)
	clock := &testClock{t: t0}
	c := newCluster(t, 2, 3, 3, func(i int, cfg *ServerConfig) {
		cfg.Now = clock.Now
		cfg.Retention = time.Hour
		if i == 2 {
			cfg.Retention = time.Minute // too short to be posted
		}
	})
	enc, err := Encode(testData(2000, 5), 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	minExpiry := uint64(t0.Add(30 * time.Minute).Unix())
	d, err := NewDisperser(DisperserConfig{ClientConfig: fastClient(), K: 2, Domain: testDomain,
		MinExpiry: func(context.Context) (uint64, error) { return minExpiry, nil }}, c.snap, c.seq, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx := context.Background()
	// Threshold 3: member 2's short promise does not count.
	if _, err := d.DisperseEncoding(ctx, c.snap, enc); !errors.Is(err, ErrThresholdNotReached) || !errors.Is(err, ErrBadAttestation) || !strings.Contains(err.Error(), "expiry") {
		t.Fatalf("dispersal with a short-lived attestation: %v", err)
	}
	d.Wait()
	snap := *c.snap
	snap.Threshold = 2
	cert, err := d.DisperseEncoding(ctx, &snap, enc)
	if err != nil {
		t.Fatal(err)
	}
	if err := cert.Verify(testDomain, &snap); err != nil {
		t.Fatal(err)
	}
	want := uint64(t0.Add(time.Hour).Unix())
	for _, a := range cert.Attestations {
		if a.Member == 2 || a.Expiry != want {
			t.Fatalf("attestation %+v, want members 0, 1 until %d", a, want)
		}
	}
	if cert.Expiry() != want {
		t.Fatalf("certificate expiry %d, want %d", cert.Expiry(), want)
	}
	// The expiry is signed: changing it breaks the certificate.
	cert.Attestations[0].Expiry++
	if err := cert.Verify(testDomain, &snap); !errors.Is(err, ErrInvalidCertificate) {
		t.Fatalf("stretched expiry: %v", err)
	}
	d.Wait()

	// Re-dispersed 30 minutes later: a later promise, and the chunk is kept
	// until it, past the first one.
	clock.Set(t0.Add(30 * time.Minute))
	minExpiry = 0
	if _, err := d.DisperseEncoding(ctx, &snap, enc); err != nil {
		t.Fatal(err)
	}
	d.Wait()
	st := c.servers[0].Store()
	if e, ok, err := st.Expiry(enc.DataRoot, 0); err != nil || !ok || !e.Equal(t0.Add(90*time.Minute)) {
		t.Fatalf("stored expiry %v %v %v, want %v", e, ok, err, t0.Add(90*time.Minute))
	}
	if n, err := st.Prune(ctx, t0.Add(time.Hour+time.Second), nil); err != nil || n != 0 {
		t.Fatalf("pruned %d before the latest expiry: %v", n, err)
	}
	if _, err := st.Get(enc.DataRoot, 0); err != nil {
		t.Fatal(err)
	}
}
