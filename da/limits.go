package da

import (
	"errors"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"

	"github.com/etherscale/etherscale/internal/httplimit"
)

// A shard's request budgets (PROTOCOL §6.8). Reads are public and
// unauthenticated; stores are signed by an active sequencer. A flood of
// reads must not stop dispersal (the certificate would miss its threshold)
// nor, as far as it can be helped, other readers (a watcher that cannot read
// challenges). So:
//
//   - every client address has its own read bucket (ClientRate), and only
//     reads that pass it draw on the shared read bucket (RateLimit), so one
//     flooding address is cut down to its share;
//   - stores never draw on the read buckets. A store from an address that
//     recently made an authorized store (a known disperser) skips every
//     pre-authentication limit and, once authenticated, draws on its
//     sender's own bucket (DispersalRate); a store from any other address
//     first passes a small per-address and shared budget for unauthenticated
//     stores, since the body must be read and its signature recovered before
//     the sender is known;
//   - a known disperser's connections are counted apart from everyone
//     else's (TrustedConns), so a flood holding every public connection does
//     not lock it out.
//
// What a read flood from many addresses (a botnet) still does: each address
// gets its own share, so together they can empty the shared read bucket and
// take every public connection, and an honest reader then gets 429s or
// refused connections until the flood ends. It retries with backoff, and a
// watcher treats those answers as "busy", never as withholding (§6.7).

// Budget defaults.
const (
	DefaultClientRate        = 50 // reads per second per client address
	DefaultClientBurst       = 100
	DefaultDispersalRate     = 100 // stores per second per authorized sender
	DefaultDispersalBurst    = 200
	DefaultUntrustedPutRate  = 20 // stores per second from unknown addresses, all together
	DefaultUntrustedPutBurst = 40
	DefaultMaxConns          = 1024
	DefaultMaxConnsPerClient = 64
	DefaultTrustedConns      = 64
	DefaultTrustTTL          = time.Hour
	defaultReadHeaderTimeout = 5 * time.Second
	maxTrustedClients        = 256
	maxDispersalSenders      = 256
	// untrustedShare: one address takes at most this part of the shared
	// budget of unknown stores, or of the known dispersers' connections.
	untrustedShare = 4
)

// httpConfig maps the server's knobs to the guard of its listener and
// server: timeouts and connection caps. Its per-client rate is off: the
// handlers apply the read and store budgets themselves, per route.
func (c *ServerConfig) httpConfig() httplimit.Config {
	h := httplimit.Defaults()
	h.ReadTimeout, h.WriteTimeout = c.ReadTimeout, c.WriteTimeout
	h.ReadHeaderTimeout = min(defaultReadHeaderTimeout, c.ReadTimeout)
	h.IdleTimeout = 2 * c.ReadTimeout
	h.MaxHeaderBytes = 16 << 10
	h.MaxConns, h.MaxConnsPerClient = c.MaxConns, c.MaxConnsPerClient
	h.ClientRate, h.ClientBurst, h.MaxClients = 0, 0, 0
	return h
}

// readConfig is the guard whose handler applies the per-client read bucket.
func (c *ServerConfig) readConfig() httplimit.Config {
	h := c.httpConfig()
	h.ClientRate, h.ClientBurst, h.MaxClients = c.ClientRate, c.ClientBurst, httplimit.Defaults().MaxClients
	return h
}

// untrustedPutConfig is the guard whose handler applies the per-address
// bucket of stores from addresses not known as dispersers.
func (c *ServerConfig) untrustedPutConfig() httplimit.Config {
	h := c.httpConfig()
	h.ClientRate, h.ClientBurst, h.MaxClients = c.UntrustedPutRate/untrustedShare, max(1, c.UntrustedPutBurst/untrustedShare), httplimit.Defaults().MaxClients
	return h
}

// trustedConnsConfig is the guard of the known dispersers' connection pool:
// TrustedConns in all, a quarter of them per address (see acquire in
// listener.Accept).
func (c *ServerConfig) trustedConnsConfig() httplimit.Config {
	h := c.httpConfig()
	h.MaxConns, h.MaxConnsPerClient = c.TrustedConns, max(1, c.TrustedConns/untrustedShare)
	return h
}

// LimitStats counts what the budgets refused.
type LimitStats struct {
	// ReadsLimited are reads answered 429 by the client's own bucket,
	// ReadsLimitedShared those by the shared read bucket.
	ReadsLimited, ReadsLimitedShared uint64
	// StoresLimited are stores answered 429 (any store budget).
	StoresLimited uint64
	// RefusedConns are connections closed at accept (caps), TrustedConns
	// the connections open now from known dispersers.
	RefusedConns uint64
	TrustedConns int
}

// limits holds a server's budgets.
type limits struct {
	conns      *httplimit.Guard // timeouts and public connection caps
	reads      *httplimit.Guard // per-client read bucket
	untrusted  *httplimit.Guard // per-client bucket of unknown stores
	trustPool  *httplimit.Guard // known dispersers' connections; nil: no pool
	sharedRead *rate.Limiter
	sharedPut  *rate.Limiter // stores from unknown addresses

	mu         sync.Mutex
	trusted    map[string]time.Time // client host → last authorized store
	dispersers map[disperserKey]*rate.Limiter
	dispRate   rate.Limit
	dispBurst  int
	ttl        time.Duration

	readsShared   uint64
	storesLimited uint64
}

func newLimits(c *ServerConfig) (*limits, error) {
	conns, err := httplimit.New(c.httpConfig())
	if err != nil {
		return nil, err
	}
	reads, err := httplimit.New(c.readConfig())
	if err != nil {
		return nil, err
	}
	untrusted, err := httplimit.New(c.untrustedPutConfig())
	if err != nil {
		return nil, err
	}
	var pool *httplimit.Guard
	if c.TrustedConns > 0 {
		if pool, err = httplimit.New(c.trustedConnsConfig()); err != nil {
			return nil, err
		}
	}
	return &limits{
		conns: conns, reads: reads, untrusted: untrusted, trustPool: pool,
		sharedRead: rate.NewLimiter(rate.Limit(c.RateLimit), c.RateBurst),
		sharedPut:  rate.NewLimiter(rate.Limit(c.UntrustedPutRate), c.UntrustedPutBurst),
		trusted:    make(map[string]time.Time),
		dispersers: make(map[disperserKey]*rate.Limiter),
		dispRate:   rate.Limit(c.DispersalRate), dispBurst: c.DispersalBurst,
		ttl: c.TrustTTL,
	}, nil
}

func (l *limits) stats() LimitStats {
	var trusted int
	if l.trustPool != nil {
		trusted = int(l.trustPool.Stats().OpenConns)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return LimitStats{
		ReadsLimited: l.reads.Stats().Limited, ReadsLimitedShared: l.readsShared,
		StoresLimited: l.storesLimited + l.untrusted.Stats().Limited,
		RefusedConns:  l.conns.Stats().RefusedConns, TrustedConns: trusted,
	}
}

func (l *limits) count(p *uint64) {
	l.mu.Lock()
	*p++
	l.mu.Unlock()
}

// isTrusted reports whether host made an authorized store within the TTL.
func (l *limits) isTrusted(host string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	t, ok := l.trusted[host]
	return ok && now.Sub(t) <= l.ttl
}

// trust records an authorized store from host. The table only grows by
// authorized stores, so by the few addresses the active sequencers use;
// it is still bounded (expired entries go first, then all).
func (l *limits) trust(host string, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.trusted[host]; !ok && len(l.trusted) >= maxTrustedClients {
		for h, t := range l.trusted {
			if now.Sub(t) > l.ttl {
				delete(l.trusted, h)
			}
		}
		if len(l.trusted) >= maxTrustedClients {
			clear(l.trusted)
		}
	}
	l.trusted[host] = now
}

// disperserKey names a store bucket: the sender, and the address its store
// came from. The store signature covers the body only, so whoever captured
// one can replay it from elsewhere; keyed by address too, a replayer drains
// its own bucket, not the sequencer's.
type disperserKey struct {
	sender common.Address
	host   string
}

// allowDispersal draws on the bucket of sender's stores from host.
func (l *limits) allowDispersal(sender common.Address, host string) bool {
	key := disperserKey{sender, host}
	l.mu.Lock()
	lim, ok := l.dispersers[key]
	if !ok {
		if len(l.dispersers) >= maxDispersalSenders {
			clear(l.dispersers)
		}
		lim = rate.NewLimiter(l.dispRate, l.dispBurst)
		l.dispersers[key] = lim
	}
	l.mu.Unlock()
	return lim.Allow()
}

// listener admits a known disperser's connections into their own pool of
// TrustedConns (a quarter of it per address, so one address that replayed
// a captured store, see disperserKey, cannot take it all) and everyone
// else's, or a known disperser's past that pool, through the public caps.
type listener struct {
	net.Listener
	l   *limits
	now func() time.Time
}

func (ln *listener) Accept() (net.Conn, error) {
	for {
		c, err := ln.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if ln.l.trustPool != nil && ln.l.isTrusted(httplimit.ClientKey(c.RemoteAddr().String()), ln.now()) {
			if tc, ok := ln.l.trustPool.Admit(c); ok {
				return tc, nil
			}
		}
		if gc, ok := ln.l.conns.Admit(c); ok {
			return gc, nil
		}
		c.Close()
	}
}

// limited answers 429 with Retry-After for a read over a budget.
func (s *Server) limited(w http.ResponseWriter, r *http.Request, reason string) {
	w.Header().Set("Retry-After", "1")
	s.fail(w, r.Method, httpError{http.StatusTooManyRequests, reason, errors.New("rate limit exceeded; retry later")})
}
