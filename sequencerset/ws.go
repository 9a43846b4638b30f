package sequencerset

import (
	"bufio"
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/time/rate"

	"github.com/etherscale/etherscale/internal/httplimit"
)

// WebSocket limits (PROTOCOL.md §5.7). HTTP requests are counted by the
// guard's per-client request rate; a WebSocket connection carries any
// number of requests past it, so its reads are metered instead: every
// client address shares one byte budget across its WebSocket connections,
// and holds at most WSConnsPerClient of them (each can hold subscriptions).
const (
	// WSBytesPerSecond is a client's read budget: about 2,000 small
	// requests a second, the HTTP guard's request rate.
	WSBytesPerSecond = 256 << 10
	// WSBurstBytes is the most one read may take at once (reads are
	// split to it); a 5 MiB request still passes, in about 20 s.
	WSBurstBytes     = 64 << 10
	WSConnsPerClient = 16
)

// NewHTTPHandler serves srv over HTTP and, on the same port as geth does,
// over WebSocket (a request with "Upgrade: websocket"), where eth_subscribe
// works. Wrap it in an httplimit.Guard's Server.
func NewHTTPHandler(srv *rpc.Server) http.Handler {
	g := &wsGate{ws: srv.WebsocketHandler([]string{"*"}), clients: make(map[string]*wsClient)}
	srv.SetWebsocketReadLimit(httplimit.RPCBodyBytes)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isWebsocket(r) {
			srv.ServeHTTP(w, r)
			return
		}
		g.serve(w, r)
	})
}

// isWebsocket reports whether r asks for a WebSocket upgrade.
func isWebsocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket") &&
		strings.Contains(strings.ToLower(r.Header.Get("Connection")), "upgrade")
}

// wsGate counts WebSocket connections and meters their reads per client.
// Any origin is accepted: the node holds no keys and serves public data,
// and browsers' dapps connect from their own origins.
type wsGate struct {
	ws      http.Handler
	mu      sync.Mutex
	clients map[string]*wsClient
}

type wsClient struct {
	lim   *rate.Limiter
	conns int
}

func (g *wsGate) serve(w http.ResponseWriter, r *http.Request) {
	key := httplimit.ClientKey(r.RemoteAddr)
	g.mu.Lock()
	c := g.clients[key]
	if c == nil {
		c = &wsClient{lim: rate.NewLimiter(WSBytesPerSecond, WSBurstBytes)}
		g.clients[key] = c
	}
	if c.conns >= WSConnsPerClient {
		g.mu.Unlock()
		http.Error(w, "too many WebSocket connections from this address", http.StatusTooManyRequests)
		return
	}
	c.conns++
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		if c.conns--; c.conns == 0 {
			delete(g.clients, key) // its budget goes with its last connection
		}
		g.mu.Unlock()
	}()
	// The handler serves the connection until it closes; r's context ends
	// then too.
	g.ws.ServeHTTP(&meteredWriter{ResponseWriter: w, lim: c.lim, ctx: r.Context()}, r)
}

// meteredWriter hands the WebSocket upgrade a connection whose reads wait
// for the client's byte budget.
type meteredWriter struct {
	http.ResponseWriter
	lim *rate.Limiter
	ctx context.Context
}

func (w *meteredWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	h, ok := w.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, errors.New("connection cannot be hijacked")
	}
	conn, rw, err := h.Hijack()
	if err != nil {
		return nil, nil, err
	}
	return &meteredConn{Conn: conn, lim: w.lim, ctx: w.ctx}, rw, nil
}

type meteredConn struct {
	net.Conn
	lim *rate.Limiter
	ctx context.Context
}

func (c *meteredConn) Read(p []byte) (int, error) {
	if len(p) > WSBurstBytes {
		p = p[:WSBurstBytes]
	}
	n, err := c.Conn.Read(p)
	if n > 0 {
		if werr := c.lim.WaitN(c.ctx, n); werr != nil && err == nil {
			err = werr // the connection is closing
		}
	}
	return n, err
}
