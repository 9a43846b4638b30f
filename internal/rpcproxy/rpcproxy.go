// Package rpcproxy is a JSON-RPC proxy on 127.0.0.1 that forwards to one
// real L1 node and misbehaves on demand, the way a faulty or dishonest L1
// provider does: it hides one contract's logs, serves a head lagging
// behind, or fails every request. Tests put several of them in front of
// one node to play the providers of a multi-endpoint client.
package rpcproxy

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Behaviour is how a proxy misbehaves. The zero value forwards faithfully.
type Behaviour struct {
	// HideLogsOf: logs emitted by these addresses are removed from every
	// eth_getLogs answer.
	HideLogsOf []common.Address
	// HeadLag: eth_blockNumber and eth_getBlockByNumber("latest") answer
	// the block this many below the upstream head.
	HeadLag uint64
	// TamperLogs: every log in an eth_getLogs answer has its data replaced
	// (a provider forging events).
	TamperLogs bool
	// Latency delays every request (a node across a network).
	Latency time.Duration
}

// Proxy is one running proxy.
type Proxy struct {
	srv      *httptest.Server
	upstream string
	b        Behaviour
	fail     atomic.Bool
	// Requests counts the requests received (also the failed ones).
	requests atomic.Uint64
	// methods counts the requests by JSON-RPC method ("batch" for a
	// batch), for benchmarks that say where a pass's requests go.
	mu      sync.Mutex
	methods map[string]uint64
}

// Start serves a proxy to upstream (an HTTP JSON-RPC URL). Close stops it.
func Start(upstream string, b Behaviour) *Proxy {
	p := &Proxy{upstream: upstream, b: b}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	return p
}

// URL is the proxy's endpoint.
func (p *Proxy) URL() string { return p.srv.URL }

// Close stops the proxy.
func (p *Proxy) Close() { p.srv.Close() }

// SetFailing makes every request fail with HTTP 502 (a provider outage)
// until called with false.
func (p *Proxy) SetFailing(on bool) { p.fail.Store(on) }

// Requests returns the number of requests received.
func (p *Proxy) Requests() uint64 { return p.requests.Load() }

// Methods returns the requests received so far by JSON-RPC method, a
// batch counted once as "batch".
func (p *Proxy) Methods() map[string]uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[string]uint64, len(p.methods))
	for k, v := range p.methods {
		out[k] = v
	}
	return out
}

func (p *Proxy) count(method string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.methods == nil {
		p.methods = make(map[string]uint64)
	}
	p.methods[method]++
}

type request struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   json.RawMessage `json:"error,omitempty"`
}

func (p *Proxy) serve(w http.ResponseWriter, req *http.Request) {
	p.requests.Add(1)
	if p.b.Latency > 0 {
		time.Sleep(p.b.Latency)
	}
	if p.fail.Load() {
		http.Error(w, "provider down", http.StatusBadGateway)
		return
	}
	body, err := io.ReadAll(req.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var r request
	// Batches (the watcher's game reads) are forwarded untouched: no
	// behaviour here rewrites their answers.
	single := !bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) && json.Unmarshal(body, &r) == nil
	if single {
		p.count(r.Method)
	} else {
		p.count("batch")
	}
	var out []byte
	if single && p.b.HeadLag > 0 {
		out, err = p.lagged(req.Context(), &r, body)
	} else {
		out, err = p.forward(req.Context(), body)
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if single && r.Method == "eth_getLogs" && (len(p.b.HideLogsOf) > 0 || p.b.TamperLogs) {
		out = p.rewriteLogs(out)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

func (p *Proxy) forward(ctx context.Context, body []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.upstream, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// lagged answers a head query with the block HeadLag below the upstream
// head, and forwards any other request.
func (p *Proxy) lagged(ctx context.Context, r *request, body []byte) ([]byte, error) {
	latest := r.Method == "eth_getBlockByNumber" && len(r.Params) > 0 && strings.Trim(string(r.Params[0]), `"`) == "latest"
	if r.Method != "eth_blockNumber" && !latest {
		return p.forward(ctx, body)
	}
	out, err := p.forward(ctx, []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	if err != nil {
		return nil, err
	}
	var head struct{ Result hexutil.Uint64 }
	if err := json.Unmarshal(out, &head); err != nil {
		return nil, fmt.Errorf("upstream head: %w", err)
	}
	n := uint64(head.Result)
	n -= min(n, p.b.HeadLag)
	if r.Method == "eth_blockNumber" {
		res, _ := json.Marshal(hexutil.Uint64(n))
		return json.Marshal(response{JSONRPC: "2.0", ID: r.ID, Result: res})
	}
	r.Params[0], _ = json.Marshal(hexutil.Uint64(n))
	if body, err = json.Marshal(r); err != nil {
		return nil, err
	}
	return p.forward(ctx, body)
}

// forgedData is what TamperLogs puts in every log.
var forgedData = hexutil.Bytes{0xba, 0xd0}

func (p *Proxy) rewriteLogs(out []byte) []byte {
	var msg response
	if json.Unmarshal(out, &msg) != nil || msg.Result == nil {
		return out
	}
	var logs []json.RawMessage
	if json.Unmarshal(msg.Result, &logs) != nil {
		return out
	}
	kept := make([]json.RawMessage, 0, len(logs))
	for _, l := range logs {
		var lg struct{ Address common.Address }
		if json.Unmarshal(l, &lg) == nil && p.hidden(lg.Address) {
			continue
		}
		if p.b.TamperLogs {
			var fields map[string]json.RawMessage
			if json.Unmarshal(l, &fields) == nil {
				fields["data"], _ = json.Marshal(forgedData)
				l, _ = json.Marshal(fields)
			}
		}
		kept = append(kept, l)
	}
	msg.Result, _ = json.Marshal(kept)
	res, err := json.Marshal(msg)
	if err != nil {
		return out
	}
	return res
}

func (p *Proxy) hidden(a common.Address) bool {
	for _, h := range p.b.HideLogsOf {
		if h == a {
			return true
		}
	}
	return false
}
