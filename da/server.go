package da

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/etherscale/etherscale/internal/httplimit"
)

// Server defaults.
const (
	DefaultListenAddr     = "127.0.0.1:9650"
	DefaultRetention      = 14 * 24 * time.Hour
	DefaultPruneInterval  = time.Hour
	DefaultRateLimit      = 1000 // reads per second, all clients together
	DefaultRateBurst      = 2000
	DefaultReadTimeout    = 30 * time.Second
	DefaultWriteTimeout   = 30 * time.Second
	DefaultShutdownPeriod = 5 * time.Second
)

// ServerConfig configures a shard node. Start from DefaultServerConfig.
type ServerConfig struct {
	// ListenAddr is the TCP address to bind ("127.0.0.1:0" picks a port).
	ListenAddr string
	// DataDir holds the goleveldb store.
	DataDir string
	// MemberIndex is this member's position in the committee; it only
	// stores chunk MemberIndex.
	MemberIndex uint32
	// K and N are the code parameters (rollup config da.k, da.n); store
	// requests with other parameters are rejected.
	K, N uint16
	// Domain is the EIP-712 domain attestations are signed for.
	Domain Domain
	// MaxRequestBytes caps a store request body; 0 means the largest valid
	// record for K, N and MaxDataLength.
	MaxRequestBytes int64
	// RateLimit (reads/s) and RateBurst bound the rate of reads (GET) over
	// all clients, so a flood degrades to 429s instead of exhausting disk
	// I/O. Only reads that passed their client's own bucket (ClientRate)
	// draw on it, and stores never do (see limits.go, PROTOCOL §6.6).
	RateLimit float64
	RateBurst int
	// ClientRate (reads/s) and ClientBurst are each client address's read
	// bucket, so one flooding address is cut down to its share.
	ClientRate  float64
	ClientBurst int
	// DispersalRate (stores/s) and DispersalBurst are the store bucket of
	// each authorized sender at each client address, apart from every read
	// budget.
	DispersalRate  float64
	DispersalBurst int
	// UntrustedPutRate and UntrustedPutBurst bound the stores, over all
	// clients, from addresses that made no authorized store within
	// TrustTTL: their bodies are read and their signatures recovered
	// before the sender is known.
	UntrustedPutRate  float64
	UntrustedPutBurst int
	// MaxConns and MaxConnsPerClient cap the open connections of the
	// public (httplimit); TrustedConns more are kept for addresses that
	// made an authorized store within TrustTTL (known dispersers).
	MaxConns, MaxConnsPerClient, TrustedConns int
	TrustTTL                                  time.Duration
	// Retention is how long the shard promises to serve a chunk: every
	// attestation carries expiry = now + Retention (PROTOCOL §6.4), the
	// chunk is kept at least until the latest expiry attested, and pruned
	// after it once the Finalizer says its batch is final. It must exceed
	// DACommittee.liabilityWindow (challengeWindow + resolveWindow) by the
	// time a sequencer needs to post the certificate (dawire.StartShard
	// checks), or certificates expire before they can be posted.
	Retention     time.Duration
	PruneInterval time.Duration
	// Now is the shard's clock for expiries and pruning (nil: time.Now).
	// It stands for L1 time: the contracts compare expiries with
	// block.timestamp, and Retention's margin covers the skew.
	Now func() time.Time
	// ReadTimeout, WriteTimeout bound one HTTP exchange (slowloris); the
	// request headers get at most 5 s of ReadTimeout, and a kept-alive
	// connection waits 2 × ReadTimeout for its next request.
	ReadTimeout, WriteTimeout time.Duration
	// ShutdownPeriod bounds the graceful shutdown.
	ShutdownPeriod time.Duration
	// Logger; nil means go-ethereum's root logger.
	Logger log.Logger
}

// DefaultServerConfig returns defaults; DataDir, K, N, MemberIndex and
// Domain must still be set.
func DefaultServerConfig() ServerConfig {
	return ServerConfig{
		ListenAddr:        DefaultListenAddr,
		RateLimit:         DefaultRateLimit,
		RateBurst:         DefaultRateBurst,
		ClientRate:        DefaultClientRate,
		ClientBurst:       DefaultClientBurst,
		DispersalRate:     DefaultDispersalRate,
		DispersalBurst:    DefaultDispersalBurst,
		UntrustedPutRate:  DefaultUntrustedPutRate,
		UntrustedPutBurst: DefaultUntrustedPutBurst,
		MaxConns:          DefaultMaxConns,
		MaxConnsPerClient: DefaultMaxConnsPerClient,
		TrustedConns:      DefaultTrustedConns,
		TrustTTL:          DefaultTrustTTL,
		Retention:         DefaultRetention,
		PruneInterval:     DefaultPruneInterval,
		ReadTimeout:       DefaultReadTimeout,
		WriteTimeout:      DefaultWriteTimeout,
		ShutdownPeriod:    DefaultShutdownPeriod,
	}
}

// Validate checks the configuration; every error wraps ErrInvalidConfig and
// names the field.
func (c *ServerConfig) Validate() error {
	bad := func(field, format string, a ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrInvalidConfig, field, fmt.Sprintf(format, a...))
	}
	switch {
	case c.ListenAddr == "":
		return bad("ListenAddr", "empty")
	case c.DataDir == "":
		return bad("DataDir", "empty")
	case CheckParams(int(c.K), int(c.N), 0) != nil:
		return bad("K, N", "%v", CheckParams(int(c.K), int(c.N), 0))
	case c.MemberIndex >= uint32(c.N):
		return bad("MemberIndex", "%d not below n = %d", c.MemberIndex, c.N)
	case c.Domain.ChainID == 0:
		return bad("Domain.ChainID", "zero")
	case c.MaxRequestBytes < 0:
		return bad("MaxRequestBytes", "negative")
	case c.RateLimit <= 0 || c.RateBurst < 1:
		return bad("RateLimit", "limit %v burst %d must be positive", c.RateLimit, c.RateBurst)
	case c.ClientRate <= 0 || c.ClientBurst < 1:
		return bad("ClientRate", "rate %v burst %d must be positive", c.ClientRate, c.ClientBurst)
	case c.DispersalRate <= 0 || c.DispersalBurst < 1:
		return bad("DispersalRate", "rate %v burst %d must be positive", c.DispersalRate, c.DispersalBurst)
	case c.UntrustedPutRate <= 0 || c.UntrustedPutBurst < 1:
		return bad("UntrustedPutRate", "rate %v burst %d must be positive", c.UntrustedPutRate, c.UntrustedPutBurst)
	case c.MaxConns < 1 || c.MaxConnsPerClient < 1 || c.MaxConnsPerClient > c.MaxConns:
		return bad("MaxConns", "%d (per client %d) must be positive, per client at most the total", c.MaxConns, c.MaxConnsPerClient)
	case c.TrustedConns < 0 || c.TrustTTL <= 0:
		return bad("TrustedConns", "%d must not be negative, TrustTTL %s must be positive", c.TrustedConns, c.TrustTTL)
	case c.Retention < time.Second || c.PruneInterval <= 0:
		return bad("Retention", "retention (at least 1 s: expiries are whole seconds) and prune interval must be positive")
	case c.ReadTimeout <= 0 || c.WriteTimeout <= 0 || c.ShutdownPeriod <= 0:
		return bad("ReadTimeout", "timeouts must be positive")
	}
	return nil
}

func (c *ServerConfig) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func (c *ServerConfig) maxRequestBytes() int64 {
	if c.MaxRequestBytes > 0 {
		return c.MaxRequestBytes
	}
	return int64(RecordSize(ChunkSize(MaxDataLength, int(c.K)), int(c.N)))
}

// Server is a DA shard node: it stores its member's chunk of each batch
// after checking the proof, attests, and serves chunks back.
type Server struct {
	cfg     ServerConfig
	key     *ecdsa.PrivateKey
	auth    Authorizer
	fin     Finalizer
	store   *Store
	lim     *limits
	metrics *serverMetrics
	log     log.Logger
	mux     *http.ServeMux

	mu       sync.Mutex
	http     *http.Server
	listener net.Listener
	done     chan struct{}
	closed   bool

	// testHookStored runs after a chunk is durably stored and before the
	// attestation is sent (tests kill nodes there).
	testHookStored func()
	// testHookRequest runs at the start of every request (tests add delay).
	testHookRequest func(*http.Request)
}

// NewServer opens the store and prepares the handlers; Start serves.
// key is the member's attestation key; auth must not be nil; fin may be nil.
func NewServer(cfg ServerConfig, key *ecdsa.PrivateKey, auth Authorizer, fin Finalizer) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if key == nil || auth == nil {
		return nil, fmt.Errorf("%w: key and authorizer are required", ErrInvalidConfig)
	}
	lim, err := newLimits(&cfg)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidConfig, err)
	}
	store, err := OpenStore(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	lg := cfg.Logger
	if lg == nil {
		lg = log.Root()
	}
	// "member" is the DACommittee index everywhere (shards, retrieval
	// errors, the watcher's DA duties, the devnet banner): one number per
	// node.
	s := &Server{
		cfg:     cfg,
		key:     key,
		auth:    auth,
		fin:     fin,
		store:   store,
		lim:     lim,
		metrics: newServerMetrics(),
		log:     lg.New("member", cfg.MemberIndex),
		mux:     http.NewServeMux(),
		done:    make(chan struct{}),
	}
	// Each route behind its own budgets (limits.go): reads behind the
	// client's read bucket, stores behind none of them.
	untrustedPut := lim.untrusted.Handler(http.HandlerFunc(s.handleUntrustedPut))
	s.mux.HandleFunc("PUT /v1/chunks/{root}/{index}", func(w http.ResponseWriter, r *http.Request) {
		s.hook(r)
		if lim.isTrusted(httplimit.ClientKey(r.RemoteAddr), time.Now()) {
			s.handlePut(w, r)
			return
		}
		untrustedPut.ServeHTTP(w, r)
	})
	s.mux.Handle("GET /v1/chunks/{root}/{index}", lim.reads.Handler(http.HandlerFunc(s.handleGet)))
	s.mux.Handle("GET /healthz", lim.reads.Handler(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "ok\n")
	})))
	s.mux.Handle("GET /metrics", lim.reads.Handler(promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{})))
	return s, nil
}

// Handler returns the HTTP handler (for embedding in another server).
func (s *Server) Handler() http.Handler { return s.mux }

// Store returns the server's chunk store.
func (s *Server) Store() *Store { return s.store }

// LimitStats returns what the request budgets refused so far.
func (s *Server) LimitStats() LimitStats { return s.lim.stats() }

// Registry returns the Prometheus registry holding the server's metrics.
func (s *Server) Registry() *prometheus.Registry { return s.metrics.reg }

// Start binds ListenAddr and serves in the background, and starts the
// pruning loop. ctx bounds the pruning loop only; stop with Close.
func (s *Server) Start(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.ListenAddr)
	if err != nil {
		return fmt.Errorf("da: listen %s: %w", s.cfg.ListenAddr, err)
	}
	return s.StartOn(ctx, ln, nil)
}

// StartOn is Start on a listener the caller bound, serving h, a handler
// wrapping Handler() (nil serves Handler() itself). A member registers its
// endpoint before it knows its index, which the server's config needs, so a
// caller that picks a free port binds first; a wrapper lets an operator (or
// a devnet staging a fault) put its own layer in front of the API while
// keeping the server's timeouts, connection caps and shutdown (the request
// budgets are inside Handler(), so a wrapper cannot lose them). ListenAddr
// is ignored.
func (s *Server) StartOn(ctx context.Context, ln net.Listener, h http.Handler) error {
	if h == nil {
		h = s.mux
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return errors.New("da: server closed")
	}
	s.listener = ln
	s.http = s.lim.conns.Server(h)
	srv := s.http
	s.mu.Unlock()
	guarded := &listener{Listener: ln, l: s.lim, now: time.Now}
	go func() {
		if err := srv.Serve(guarded); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("DA shard server stopped", "err", err)
		}
	}()
	go s.pruneLoop(ctx)
	s.log.Info("DA shard serving", "addr", ln.Addr().String())
	return nil
}

// Run starts the server and blocks until ctx is done, then shuts down.
func (s *Server) Run(ctx context.Context) error {
	if err := s.Start(ctx); err != nil {
		return err
	}
	<-ctx.Done()
	return s.Close()
}

// Addr returns the bound address (after Start).
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.listener == nil {
		return ""
	}
	return s.listener.Addr().String()
}

// URL returns the base URL of the bound address.
func (s *Server) URL() string { return "http://" + s.Addr() }

// MemberIndex returns the shard's DACommittee member index, the number
// logs and operators use for it.
func (s *Server) MemberIndex() uint32 { return s.cfg.MemberIndex }

// Close shuts the HTTP server down gracefully (bounded by ShutdownPeriod),
// then closes the store. Requests in flight either finish, and their chunks
// are durable, or fail without an attestation.
func (s *Server) Close() error {
	return s.close(true)
}

// Kill stops the server abruptly: connections are dropped without waiting
// for handlers. The store is still closed cleanly afterwards (a process
// crash would leave goleveldb to replay its journal instead; synced writes
// survive either way).
func (s *Server) Kill() error { return s.close(false) }

func (s *Server) close(graceful bool) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	close(s.done)
	srv := s.http
	s.mu.Unlock()
	var err error
	if srv != nil {
		if graceful {
			ctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownPeriod)
			err = srv.Shutdown(ctx)
			cancel()
			if errors.Is(err, context.DeadlineExceeded) {
				// Requests still running (or connections a client opened
				// and never used, which net/http waits 5 s for) are cut
				// off: a cut-off store is not attested, so nothing is
				// lost, and the caller has nothing to act on.
				s.log.Warn("DA shard shutdown period over; closing the remaining connections", "period", s.cfg.ShutdownPeriod)
				err = srv.Close()
			}
		} else {
			err = srv.Close()
		}
	}
	// Handlers may still be running after an abrupt close; goleveldb fails
	// their calls with ErrClosed, which they report as a 500 without
	// attesting.
	if cerr := s.store.Close(); err == nil {
		err = cerr
	}
	return err
}

func (s *Server) pruneLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.PruneInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.done:
			return
		case <-t.C:
			n, err := s.store.Prune(ctx, s.cfg.now(), s.fin)
			if err != nil {
				s.log.Warn("DA prune failed", "err", err)
			} else if n > 0 {
				s.log.Info("DA pruned chunks", "count", n)
				s.metrics.pruned.Add(float64(n))
			}
		}
	}
}

// httpError is a failure with its HTTP status.
type httpError struct {
	status int
	reason string // metric label
	err    error
}

func (s *Server) fail(w http.ResponseWriter, method string, e httpError) {
	s.metrics.errors.WithLabelValues(e.reason).Inc()
	s.metrics.requests.WithLabelValues(method, strconv.Itoa(e.status)).Inc()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.status)
	json.NewEncoder(w).Encode(map[string]string{"error": e.err.Error()})
}

func (s *Server) hook(r *http.Request) {
	if s.testHookRequest != nil {
		s.testHookRequest(r)
	}
}

// handleUntrustedPut is a store from an address not known as a disperser,
// past its per-address bucket: it draws on the shared budget of such
// stores before its body is read.
func (s *Server) handleUntrustedPut(w http.ResponseWriter, r *http.Request) {
	if !s.lim.sharedPut.Allow() {
		s.lim.count(&s.lim.storesLimited)
		s.limited(w, r, "rate-put")
		return
	}
	s.handlePut(w, r)
}

func (s *Server) handlePut(w http.ResponseWriter, r *http.Request) {
	att, herr := s.put(w, r)
	if herr != nil {
		if herr.status >= 500 {
			s.log.Warn("DA store failed", "err", herr.err)
		}
		s.fail(w, r.Method, *herr)
		return
	}
	s.metrics.requests.WithLabelValues(r.Method, "200").Inc()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(att)
}

func (s *Server) put(w http.ResponseWriter, r *http.Request) (*Attestation, *httpError) {
	root, index, err := ParseChunkPath(r.PathValue("root"), r.PathValue("index"))
	if err != nil {
		return nil, &httpError{http.StatusBadRequest, "path", err}
	}
	if index != s.cfg.MemberIndex {
		return nil, &httpError{http.StatusBadRequest, "index", fmt.Errorf("%w: this member keeps chunk %d, not %d", ErrMalformed, s.cfg.MemberIndex, index)}
	}
	// Authenticate before reading the body? The signature covers the body,
	// so it cannot be checked first; the size cap bounds what an
	// unauthenticated sender can make us read.
	sig, err := hexutil.Decode(r.Header.Get(SignatureHeader))
	if err != nil {
		return nil, &httpError{http.StatusUnauthorized, "auth", fmt.Errorf("%w: missing or malformed %s", ErrUnauthorized, SignatureHeader)}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.maxRequestBytes()))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, &httpError{http.StatusRequestEntityTooLarge, "size", fmt.Errorf("%w: body exceeds %d bytes", ErrMalformed, mbe.Limit)}
		}
		return nil, &httpError{http.StatusBadRequest, "read", fmt.Errorf("%w: %v", ErrMalformed, err)}
	}
	sender, err := RecoverHash(crypto.Keccak256Hash(body), sig)
	if err != nil {
		return nil, &httpError{http.StatusUnauthorized, "auth", fmt.Errorf("%w: %v", ErrUnauthorized, err)}
	}
	ok, err := s.auth.Authorized(r.Context(), sender)
	if err != nil {
		return nil, &httpError{http.StatusServiceUnavailable, "authorizer", fmt.Errorf("authorizer: %w", err)}
	}
	if !ok {
		return nil, &httpError{http.StatusForbidden, "auth", fmt.Errorf("%w: %s", ErrUnauthorized, sender.Hex())}
	}
	// An active sequencer's address: its next connections and stores skip
	// the budgets of the unknown (limits.go), and its stores draw on the
	// bucket of this sender at this address only.
	host := httplimit.ClientKey(r.RemoteAddr)
	s.lim.trust(host, time.Now())
	if !s.lim.allowDispersal(sender, host) {
		s.lim.count(&s.lim.storesLimited)
		w.Header().Set("Retry-After", "1")
		return nil, &httpError{http.StatusTooManyRequests, "rate-dispersal", fmt.Errorf("store rate of %s exceeded; retry later", sender.Hex())}
	}
	rec, err := DecodeChunkRecord(body)
	if err != nil {
		return nil, &httpError{http.StatusBadRequest, "malformed", err}
	}
	if rec.DataRoot != root || rec.Index != index {
		return nil, &httpError{http.StatusBadRequest, "path", fmt.Errorf("%w: body is for %s/%d", ErrMalformed, rec.DataRoot.Hex(), rec.Index)}
	}
	if rec.K != s.cfg.K || rec.N != s.cfg.N {
		return nil, &httpError{http.StatusBadRequest, "params", fmt.Errorf("%w: (k, n) = (%d, %d), committee uses (%d, %d)", ErrParams, rec.K, rec.N, s.cfg.K, s.cfg.N)}
	}
	if err := rec.Verify(); err != nil {
		return nil, &httpError{http.StatusUnprocessableEntity, "proof", err}
	}
	// The promise: serve this chunk until expiry (whole seconds, as the
	// contracts compare it with block.timestamp). The store keeps it at
	// least that long, durably, before the attestation leaves.
	expiry := uint64(s.cfg.now().Add(s.cfg.Retention).Unix())
	stored, err := s.store.Put(rec, body, time.Unix(int64(expiry), 0))
	if errors.Is(err, ErrConflict) {
		return nil, &httpError{http.StatusConflict, "conflict", err}
	}
	if err != nil {
		return nil, &httpError{http.StatusInternalServerError, "store", err}
	}
	if stored {
		s.metrics.chunks.Inc()
		s.metrics.bytes.Add(float64(len(body)))
	}
	if s.testHookStored != nil {
		s.testHookStored()
	}
	att, err := SignAttestation(s.key, s.cfg.Domain, s.cfg.MemberIndex, &rec.Header, expiry)
	if err != nil {
		return nil, &httpError{http.StatusInternalServerError, "sign", err}
	}
	return att, nil
}

// handleGet serves a read that passed its client's bucket; it draws on the
// shared read bucket.
func (s *Server) handleGet(w http.ResponseWriter, r *http.Request) {
	s.hook(r)
	if !s.lim.sharedRead.Allow() {
		s.lim.count(&s.lim.readsShared)
		s.limited(w, r, "rate")
		return
	}
	root, index, err := ParseChunkPath(r.PathValue("root"), r.PathValue("index"))
	if err != nil {
		s.fail(w, r.Method, httpError{http.StatusBadRequest, "path", err})
		return
	}
	v, err := s.store.Get(root, index)
	if errors.Is(err, ErrNotFound) {
		s.fail(w, r.Method, httpError{http.StatusNotFound, "notfound", err})
		return
	}
	if err != nil {
		s.fail(w, r.Method, httpError{http.StatusInternalServerError, "store", err})
		return
	}
	s.metrics.requests.WithLabelValues(r.Method, "200").Inc()
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.Itoa(len(v)))
	w.Write(v)
}

type serverMetrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	errors   *prometheus.CounterVec
	bytes    prometheus.Counter
	chunks   prometheus.Counter
	pruned   prometheus.Counter
}

// newServerMetrics uses a registry per server rather than the global one, so
// several shards can live in one process (tests, devnet).
func newServerMetrics() *serverMetrics {
	m := &serverMetrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "etherscale", Subsystem: "da", Name: "requests_total",
			Help: "HTTP requests by method and status code.",
		}, []string{"method", "code"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "etherscale", Subsystem: "da", Name: "errors_total",
			Help: "Rejected or failed requests by reason.",
		}, []string{"reason"}),
		bytes: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "etherscale", Subsystem: "da", Name: "stored_bytes_total",
			Help: "Bytes of chunk records stored.",
		}),
		chunks: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "etherscale", Subsystem: "da", Name: "stored_chunks_total",
			Help: "Chunks stored.",
		}),
		pruned: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "etherscale", Subsystem: "da", Name: "pruned_chunks_total",
			Help: "Chunks pruned after retention and finality.",
		}),
	}
	m.reg.MustRegister(m.requests, m.errors, m.bytes, m.chunks, m.pruned)
	return m
}
