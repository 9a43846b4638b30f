package txmgr_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/txmgr"
)

func TestDevnodeBasicPaths(t *testing.T) {
	n := startDevnode(t, devnode.Config{DevAccounts: 2})
	runBasicPaths(t, dial(t, n.HTTPEndpoint()), n.DevKeys()[1], testConfig())
}

func TestDevnodeConcurrentSends(t *testing.T) {
	n := startDevnode(t, devnode.Config{DevAccounts: 1})
	runConcurrentSends(t, dial(t, n.HTTPEndpoint()), n.DevKeys()[0], testConfig(), 16, 3)
}

func TestDevnodeConfirmations(t *testing.T) {
	n := startDevnode(t, devnode.Config{Period: 1, DevAccounts: 1})
	c := dial(t, n.HTTPEndpoint())
	ctx := testCtx(t, 30*time.Second)
	cfg := testConfig()
	cfg.Confirmations = 2
	s := newSender(ctx, t, c, n.DevKeys()[0], cfg)

	to := common.HexToAddress("0xc0ffee")
	r, err := s.Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head < r.BlockNumber.Uint64()+2 {
		t.Fatalf("Send returned at head %d for a tx in block %s; want 2 confirmations", head, r.BlockNumber)
	}
	// The receipt returned must be the canonical one.
	canon, err := c.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if canon.Hash() != r.BlockHash {
		t.Fatalf("receipt block %s is not canonical (%s)", r.BlockHash, canon.Hash())
	}
}

// TestDevnodeNonceTooLowResync has a second sender use the shared key behind
// the first one's back; the first must notice "nonce too low", resync and
// send with the next nonce.
func TestDevnodeNonceTooLowResync(t *testing.T) {
	n := startDevnode(t, devnode.Config{DevAccounts: 1})
	c := dial(t, n.HTTPEndpoint())
	ctx := testCtx(t, 30*time.Second)
	key := n.DevKeys()[0]
	a := newSender(ctx, t, c, key, testConfig())
	b := newSender(ctx, t, c, key, testConfig())

	to := common.HexToAddress("0xabcdef")
	rb, err := b.Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatalf("Send from b: %v", err)
	}
	ra, err := a.Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(2)})
	if err != nil {
		t.Fatalf("Send from a after b used its nonce: %v", err)
	}
	txa, _, err := c.TransactionByHash(ctx, ra.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	txb, _, err := c.TransactionByHash(ctx, rb.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if txa.Nonce() != txb.Nonce()+1 {
		t.Fatalf("a used nonce %d after b's %d", txa.Nonce(), txb.Nonce())
	}
}

// faultProxy sits between the Sender and the devnode and breaks requests in
// the ways real L1 endpoints do.
type faultProxy struct {
	target string

	mu        sync.Mutex
	requests  int                  // all requests, drives the generic faults
	sendRaws  int                  // eth_sendRawTransaction requests
	delivered map[common.Hash]bool // transactions that reached the node
	faults    map[string]int       // injected faults by kind
	down      bool                 // answer everything with 502
}

func newFaultProxy(t *testing.T, target string) (*faultProxy, *httptest.Server) {
	p := &faultProxy{target: target, delivered: make(map[common.Hash]bool), faults: make(map[string]int)}
	srv := httptest.NewServer(p) // binds 127.0.0.1
	t.Cleanup(srv.Close)
	return p, srv
}

func (p *faultProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req struct {
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	_ = json.Unmarshal(body, &req) // batches and junk are forwarded untouched

	p.mu.Lock()
	p.requests++
	k := p.requests
	fault := ""
	if p.down {
		fault = "502"
	} else if req.Method == "eth_sendRawTransaction" {
		// Every submission: first the node gets it but the answer is
		// lost, then a 502 without forwarding, then an honest round trip
		// (which the node answers "already known" or "nonce too low").
		switch p.sendRaws % 3 {
		case 0:
			fault = "drop-response"
		case 1:
			fault = "502"
		}
		p.sendRaws++
	} else {
		switch {
		case k%4 == 0:
			fault = "502"
		case k%7 == 0:
			fault = "close"
		}
	}
	if fault != "" {
		p.faults[fault]++
	}
	p.mu.Unlock()

	switch fault {
	case "502":
		http.Error(w, "upstream unavailable", http.StatusBadGateway)
		return
	case "close":
		hangUp(w)
		return
	}
	resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if req.Method == "eth_sendRawTransaction" && len(req.Params) == 1 {
		p.recordDelivered(req.Params[0])
	}
	if fault == "drop-response" {
		hangUp(w)
		return
	}
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(out)
}

func (p *faultProxy) recordDelivered(param json.RawMessage) {
	var raw hexutil.Bytes
	if json.Unmarshal(param, &raw) != nil {
		return
	}
	var tx types.Transaction
	if tx.UnmarshalBinary(raw) != nil {
		return
	}
	p.mu.Lock()
	p.delivered[tx.Hash()] = true
	p.mu.Unlock()
}

// hangUp closes the client's connection without an HTTP response, as a
// crashing load balancer would.
func hangUp(w http.ResponseWriter) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		panic(http.ErrAbortHandler) // makes net/http drop the connection
	}
	_ = conn.Close()
}

// TestDevnodeFlakyProxy sends through an endpoint that answers 502, hangs up
// without answering and — the dangerous case — delivers transactions but
// loses the node's answer. Every candidate must land exactly once. With
// on-demand mining the retry finds the lost transaction already mined
// ("nonce too low"); with a block period it finds it pending ("already
// known").
func TestDevnodeFlakyProxy(t *testing.T) {
	tests := []struct {
		name       string
		period     uint64
		candidates int
	}{
		{"mined at once", 0, 8},
		{"pending in pool", 1, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runFlakyProxy(t, tt.period, tt.candidates)
		})
	}
}

func runFlakyProxy(t *testing.T, period uint64, candidates int) {
	n := startDevnode(t, devnode.Config{DevAccounts: 1, Period: period})
	proxy, srv := newFaultProxy(t, n.HTTPEndpoint())
	direct := dial(t, n.HTTPEndpoint())
	ctx := testCtx(t, 60*time.Second)

	s := newSender(ctx, t, dial(t, srv.URL), n.DevKeys()[0], testConfig())
	start, err := direct.NonceAt(ctx, s.From(), nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0xfa017")
	var receipts []*types.Receipt
	for i := range candidates {
		r, err := s.Send(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(int64(i + 1))})
		if err != nil {
			t.Fatalf("Send %d through flaky proxy: %v", i, err)
		}
		receipts = append(receipts, r)
	}

	proxy.mu.Lock()
	defer proxy.mu.Unlock()
	t.Logf("faults injected: %v over %d requests", proxy.faults, proxy.requests)
	for _, kind := range []string{"502", "close", "drop-response"} {
		if proxy.faults[kind] == 0 {
			t.Errorf("no %q fault was injected; the test proves nothing about it", kind)
		}
	}
	if len(proxy.delivered) != candidates {
		t.Errorf("node received %d distinct transactions for %d candidates", len(proxy.delivered), candidates)
	}
	for i, r := range receipts {
		if !proxy.delivered[r.TxHash] {
			t.Errorf("receipt %d is for %s, which never went through the proxy", i, r.TxHash)
		}
	}
	latest, err := direct.NonceAt(ctx, s.From(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if latest != start+uint64(candidates) {
		t.Errorf("account nonce went from %d to %d for %d candidates", start, latest, candidates)
	}
	bal, err := direct.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := big.NewInt(int64(candidates * (candidates + 1) / 2)); bal.Cmp(want) != 0 {
		t.Errorf("recipient balance %s, want %s: a candidate was executed twice or not at all", bal, want)
	}
}

// TestDevnodeUnreachable checks that an endpoint that never answers fails
// Send with a transient error after the configured retries, not a hang.
func TestDevnodeUnreachable(t *testing.T) {
	n := startDevnode(t, devnode.Config{DevAccounts: 1})
	proxy, srv := newFaultProxy(t, n.HTTPEndpoint())
	ctx := testCtx(t, 30*time.Second)
	cfg := testConfig()
	cfg.MaxRetries = 2
	s := newSender(ctx, t, dial(t, srv.URL), n.DevKeys()[0], cfg)

	proxy.mu.Lock()
	proxy.down = true
	proxy.mu.Unlock()
	to := common.HexToAddress("0x01")
	_, err := s.Send(ctx, txmgr.Candidate{To: &to})
	var httpErr rpc.HTTPError
	if !errors.As(err, &httpErr) || httpErr.StatusCode != http.StatusBadGateway {
		t.Fatalf("Send through a dead endpoint = %v, want the 502", err)
	}
	if !strings.Contains(err.Error(), "after 3 attempts") {
		t.Fatalf("error %q does not report the 3 attempts", err)
	}
}

// TestDevnodeSubmitPipelined submits several transactions before waiting for
// any: they take consecutive nonces in Submit order and share L1 blocks,
// where Send would put one per block.
func TestDevnodeSubmitPipelined(t *testing.T) {
	n := startDevnode(t, devnode.Config{Period: 1, DevAccounts: 1})
	c := dial(t, n.HTTPEndpoint())
	ctx := testCtx(t, 30*time.Second)
	s := newSender(ctx, t, c, n.DevKeys()[0], testConfig())
	first, err := c.PendingNonceAt(ctx, s.From())
	if err != nil {
		t.Fatal(err)
	}
	const count = 6
	var sent []*txmgr.Pending
	for i := 0; i < count; i++ {
		to := common.Address{0xc0, byte(i)}
		p, err := s.Submit(ctx, txmgr.Candidate{To: &to, Value: big.NewInt(1), GasLimit: 21000})
		if err != nil {
			t.Fatalf("Submit %d: %v", i, err)
		}
		if p.Tx().Nonce() != first+uint64(i) {
			t.Fatalf("Submit %d has nonce %d, want %d", i, p.Tx().Nonce(), first+uint64(i))
		}
		sent = append(sent, p)
	}
	blocks := make(map[uint64]int)
	for i, p := range sent {
		r, err := p.Wait(ctx)
		if err != nil {
			t.Fatalf("Wait %d: %v", i, err)
		}
		blocks[r.BlockNumber.Uint64()]++
	}
	// Six submissions take far less than the 1-s block period, so at most
	// two blocks hold them.
	if len(blocks) > 2 {
		t.Fatalf("%d transactions in %d blocks (%v), want them to share blocks", count, len(blocks), blocks)
	}
}
