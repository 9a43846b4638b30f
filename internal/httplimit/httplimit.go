package httplimit

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/time/rate"
)

// ErrInvalidConfig is returned by Validate for an unusable Config.
var ErrInvalidConfig = errors.New("httplimit: invalid config")

// Config bounds what one client, and all clients together, can hold of a
// server. The zero value is not usable; start from Defaults.
type Config struct {
	// ReadHeaderTimeout bounds the time to read a request's headers,
	// ReadTimeout the whole request including its body, WriteTimeout the
	// response (from the end of the request headers), IdleTimeout the wait
	// for the next request on a kept-alive connection.
	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	// MaxHeaderBytes bounds the request headers.
	MaxHeaderBytes int
	// MaxBodyBytes bounds a request body (the handler sees an error past
	// it); 0 leaves the handler's own limit.
	MaxBodyBytes int64
	// MaxConns bounds the open connections of the server; MaxConnsPerClient
	// those from one client address.
	MaxConns          int
	MaxConnsPerClient int
	// ClientRate (requests per second) and ClientBurst are each client
	// address's token bucket; ClientRate 0 turns rate limiting off.
	ClientRate  float64
	ClientBurst int
	// MaxClients bounds the rate table: at most about twice this many
	// client addresses are remembered (older ones start afresh).
	MaxClients int
}

// Defaults suit a public JSON-RPC or REST endpoint on a small machine: the
// connection caps keep a process with several servers well below a 20,000
// descriptor limit, and the per-client rate leaves an honest heavy user
// (a load generator, a watcher) far below the cap while a single flooding
// address is cut down to it.
func Defaults() Config {
	return Config{
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		MaxBodyBytes:      0,
		MaxConns:          1024,
		MaxConnsPerClient: 128,
		ClientRate:        2000,
		ClientBurst:       4000,
		MaxClients:        4096,
	}
}

// Validate names the first unusable field.
func (c Config) Validate() error {
	switch {
	case c.ReadHeaderTimeout <= 0:
		return fmt.Errorf("%w: ReadHeaderTimeout must be positive", ErrInvalidConfig)
	case c.ReadTimeout < c.ReadHeaderTimeout:
		return fmt.Errorf("%w: ReadTimeout (%s) must be at least ReadHeaderTimeout (%s)", ErrInvalidConfig, c.ReadTimeout, c.ReadHeaderTimeout)
	case c.WriteTimeout <= 0:
		return fmt.Errorf("%w: WriteTimeout must be positive", ErrInvalidConfig)
	case c.IdleTimeout <= 0:
		return fmt.Errorf("%w: IdleTimeout must be positive", ErrInvalidConfig)
	case c.MaxHeaderBytes <= 0:
		return fmt.Errorf("%w: MaxHeaderBytes must be positive", ErrInvalidConfig)
	case c.MaxBodyBytes < 0:
		return fmt.Errorf("%w: MaxBodyBytes must not be negative", ErrInvalidConfig)
	case c.MaxConns <= 0:
		return fmt.Errorf("%w: MaxConns must be positive", ErrInvalidConfig)
	case c.MaxConnsPerClient <= 0 || c.MaxConnsPerClient > c.MaxConns:
		return fmt.Errorf("%w: MaxConnsPerClient must be in 1..MaxConns (%d)", ErrInvalidConfig, c.MaxConns)
	case c.ClientRate < 0:
		return fmt.Errorf("%w: ClientRate must not be negative", ErrInvalidConfig)
	case c.ClientRate > 0 && c.ClientBurst <= 0:
		return fmt.Errorf("%w: ClientBurst must be positive when ClientRate is set", ErrInvalidConfig)
	case c.ClientRate > 0 && c.MaxClients <= 0:
		return fmt.Errorf("%w: MaxClients must be positive when ClientRate is set", ErrInvalidConfig)
	}
	return nil
}

// Stats counts what the guards refused, for metrics and tests.
type Stats struct {
	OpenConns     int64 // connections open now
	RefusedConns  uint64
	Limited       uint64 // requests answered 429
	AcceptedConns uint64
}

// Guard holds the state of one server's limits. Make one per server with
// New, then take its Listener and Server.
type Guard struct {
	cfg   Config
	conns connTable
	rates *rateTable

	refusedConns  atomic.Uint64
	acceptedConns atomic.Uint64
	limited       atomic.Uint64
}

// New checks cfg and returns a Guard for one server.
func New(cfg Config) (*Guard, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	g := &Guard{cfg: cfg, conns: connTable{perClient: make(map[string]int)}}
	if cfg.ClientRate > 0 {
		g.rates = newRateTable(rate.Limit(cfg.ClientRate), cfg.ClientBurst, cfg.MaxClients)
	}
	return g, nil
}

// Stats returns the counters so far.
func (g *Guard) Stats() Stats {
	return Stats{
		OpenConns:     g.conns.open(),
		RefusedConns:  g.refusedConns.Load(),
		Limited:       g.limited.Load(),
		AcceptedConns: g.acceptedConns.Load(),
	}
}

// Server returns an http.Server with the guard's timeouts serving h behind
// the per-client rate limit and the body cap. Serve it on Listener(ln).
func (g *Guard) Server(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           g.Handler(h),
		ReadHeaderTimeout: g.cfg.ReadHeaderTimeout,
		ReadTimeout:       g.cfg.ReadTimeout,
		WriteTimeout:      g.cfg.WriteTimeout,
		IdleTimeout:       g.cfg.IdleTimeout,
		MaxHeaderBytes:    g.cfg.MaxHeaderBytes,
	}
}

// Handler wraps h with the per-client rate limit and the body cap (Server
// does this itself; Handler is for servers built elsewhere).
func (g *Guard) Handler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if g.rates != nil && !g.rates.allow(ClientKey(r.RemoteAddr)) {
			g.limited.Add(1)
			w.Header().Set("Retry-After", "1")
			http.Error(w, "too many requests from this address", http.StatusTooManyRequests)
			return
		}
		if g.cfg.MaxBodyBytes > 0 && r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, g.cfg.MaxBodyBytes)
		}
		h.ServeHTTP(w, r)
	})
}

// Listener wraps ln so that connections beyond MaxConns, or beyond
// MaxConnsPerClient from one address, are closed as soon as they are
// accepted. Closing rather than blocking Accept keeps the kernel's backlog
// moving: a client under its share is served even while another address
// holds its whole share open.
func (g *Guard) Listener(ln net.Listener) net.Listener {
	return &limitedListener{Listener: ln, g: g}
}

type limitedListener struct {
	net.Listener
	g *Guard
}

func (l *limitedListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if tc, ok := l.g.Admit(c); ok {
			return tc, nil
		}
		c.Close()
	}
}

// Admit counts c against the connection caps: it returns c wrapped so that
// closing it frees its place, or false (c left open, for the caller to
// close or to admit elsewhere) when c's address or the server is at its cap.
// Listener uses it; a server with pools of its own (the DA shards keep one
// for known dispersers) calls it directly.
func (g *Guard) Admit(c net.Conn) (net.Conn, bool) {
	key := ClientKey(c.RemoteAddr().String())
	if !g.conns.acquire(key, g.cfg.MaxConns, g.cfg.MaxConnsPerClient) {
		g.refusedConns.Add(1)
		return nil, false
	}
	g.acceptedConns.Add(1)
	return &trackedConn{Conn: c, release: func() { g.conns.release(key) }}, true
}

type trackedConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *trackedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}

// connTable counts open connections, in total and per client.
type connTable struct {
	mu        sync.Mutex
	total     int
	perClient map[string]int
}

func (t *connTable) acquire(key string, maxTotal, maxPer int) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.total >= maxTotal || t.perClient[key] >= maxPer {
		return false
	}
	t.total++
	t.perClient[key]++
	return true
}

func (t *connTable) release(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.total--
	if n := t.perClient[key] - 1; n > 0 {
		t.perClient[key] = n
	} else {
		delete(t.perClient, key)
	}
}

func (t *connTable) open() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return int64(t.total)
}

// rateTable keeps a token bucket per client in two generations: lookups
// move a client from the old generation to the new one, and when the new
// one is full the old one is dropped. Memory stays within 2 × max entries
// whatever the number of addresses a flood comes from; a client forgotten
// that way starts with a full bucket, which costs at most one burst.
type rateTable struct {
	mu         sync.Mutex
	limit      rate.Limit
	burst      int
	max        int
	cur, older map[string]*rate.Limiter
}

func newRateTable(limit rate.Limit, burst, max int) *rateTable {
	return &rateTable{limit: limit, burst: burst, max: max, cur: make(map[string]*rate.Limiter)}
}

func (t *rateTable) allow(key string) bool {
	t.mu.Lock()
	l, ok := t.cur[key]
	if !ok {
		if l, ok = t.older[key]; ok {
			delete(t.older, key)
		} else {
			l = rate.NewLimiter(t.limit, t.burst)
		}
		if len(t.cur) >= t.max {
			t.older, t.cur = t.cur, make(map[string]*rate.Limiter, t.max)
		}
		t.cur[key] = l
	}
	t.mu.Unlock()
	return l.Allow()
}

// ClientKey is the host part of a remote address: one client per IP.
func ClientKey(remote string) string {
	if host, _, err := net.SplitHostPort(remote); err == nil {
		return host
	}
	return remote
}

// RPC limits of go-ethereum's JSON-RPC server: a batch of more items than
// RPCBatchItems is answered with one error, a batch response is cut at
// RPCBatchResponseBytes, and a request body at RPCBodyBytes.
const (
	RPCBatchItems         = 100
	RPCBatchResponseBytes = 10 << 20
	RPCBodyBytes          = 5 << 20
)

// RPC sets those limits on srv. Without them go-ethereum's server, as a
// library, accepts a batch of any length (the node sets its own limits,
// a bare rpc.Server none), and one request can make it do unbounded work.
func RPC(srv *rpc.Server) {
	srv.SetBatchLimits(RPCBatchItems, RPCBatchResponseBytes)
	srv.SetHTTPBodyLimit(RPCBodyBytes)
}

// String describes the limits for a log line.
func (c Config) String() string {
	rateDesc := "off"
	if c.ClientRate > 0 {
		rateDesc = strconv.FormatFloat(c.ClientRate, 'f', -1, 64) + "/s"
	}
	return fmt.Sprintf("conns ≤ %d (≤ %d per client), rate %s per client, read %s, write %s, idle %s",
		c.MaxConns, c.MaxConnsPerClient, rateDesc, c.ReadTimeout, c.WriteTimeout, c.IdleTimeout)
}
