package httplimit

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

func TestValidate(t *testing.T) {
	mod := func(f func(*Config)) Config { c := Defaults(); f(&c); return c }
	for name, c := range map[string]Config{
		"read header":      mod(func(c *Config) { c.ReadHeaderTimeout = 0 }),
		"read < header":    mod(func(c *Config) { c.ReadTimeout = time.Second }),
		"write":            mod(func(c *Config) { c.WriteTimeout = 0 }),
		"idle":             mod(func(c *Config) { c.IdleTimeout = 0 }),
		"header bytes":     mod(func(c *Config) { c.MaxHeaderBytes = 0 }),
		"body":             mod(func(c *Config) { c.MaxBodyBytes = -1 }),
		"conns":            mod(func(c *Config) { c.MaxConns = 0 }),
		"per client > all": mod(func(c *Config) { c.MaxConnsPerClient = c.MaxConns + 1 }),
		"rate":             mod(func(c *Config) { c.ClientRate = -1 }),
		"burst":            mod(func(c *Config) { c.ClientBurst = 0 }),
		"clients":          mod(func(c *Config) { c.MaxClients = 0 }),
	} {
		if err := c.Validate(); !errors.Is(err, ErrInvalidConfig) {
			t.Errorf("%s: Validate = %v, want ErrInvalidConfig", name, err)
		}
	}
	if err := Defaults().Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	off := Defaults()
	off.ClientRate, off.ClientBurst, off.MaxClients = 0, 0, 0
	if err := off.Validate(); err != nil {
		t.Fatalf("rate off: %v", err)
	}
}

// serve starts g's server for h on 127.0.0.1 and stops it with the test.
func serve(t *testing.T, g *Guard, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := g.Server(h)
	go srv.Serve(g.Listener(ln))
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// dialFrom connects to addr from the loopback address src (127.0.0.x), so
// that one test can play several clients.
func dialFrom(src, addr string) (net.Conn, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}, Timeout: 2 * time.Second}
	return d.Dial("tcp", addr)
}

// clientFrom is an HTTP client whose connections come from src.
func clientFrom(src string) *http.Client {
	return &http.Client{
		Timeout: 3 * time.Second,
		Transport: &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}}
			return d.DialContext(ctx, network, addr)
		}},
	}
}

func openFDs(t *testing.T) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("no /proc/self/fd: %v", err)
	}
	return len(ents)
}

// slowloris opens n connections from src that send a request's headers
// promising a body and then nothing; it returns them (some may already be
// closed by the server).
func slowloris(t *testing.T, src, addr string, n int) []net.Conn {
	t.Helper()
	var conns []net.Conn
	for range n {
		c, err := dialFrom(src, addr)
		if err != nil {
			t.Fatalf("dial %d: %v", len(conns), err)
		}
		fmt.Fprintf(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
		conns = append(conns, c)
	}
	return conns
}

// TestSlowloris is the attack on the L2 RPC: thousands of connections that
// send headers and never finish the body. The server must keep answering
// other clients while they are open, hold at most its connection cap, and
// drop them at the read timeout.
func TestSlowloris(t *testing.T) {
	cfg := Defaults()
	cfg.ReadHeaderTimeout, cfg.ReadTimeout = 500*time.Millisecond, time.Second
	cfg.MaxConns, cfg.MaxConnsPerClient = 200, 50
	g, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, g, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		io.WriteString(w, "ok")
	}))
	before := openFDs(t)

	// 2,000 connections from 10 addresses; all but 50 per address are
	// closed at accept.
	const perAttacker, attackers = 200, 10
	var all []net.Conn
	for i := range attackers {
		all = append(all, slowloris(t, fmt.Sprintf("127.0.0.%d", 10+i), addr, perAttacker)...)
	}
	defer func() {
		for _, c := range all {
			c.Close()
		}
	}()
	waitFor(t, 2*time.Second, func() bool { return g.Stats().RefusedConns >= attackers*(perAttacker-50) })
	if open := g.Stats().OpenConns; open > int64(cfg.MaxConns) {
		t.Fatalf("%d connections open, cap %d", open, cfg.MaxConns)
	}

	// While the attack holds every slot, an honest client gets in as soon
	// as the read timeout frees them: within about a second.
	honest := clientFrom("127.0.0.2")
	start := time.Now()
	var resp *http.Response
	for time.Since(start) < 5*time.Second {
		if resp, err = honest.Post("http://"+addr, "text/plain", strings.NewReader("hi")); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("honest client not served during the attack: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "ok" {
		t.Fatalf("honest client got %q", body)
	}
	t.Logf("honest client served %s after the attack began", time.Since(start).Round(time.Millisecond))

	// The read timeout closes every slow connection on the server's side.
	waitFor(t, 3*time.Second, func() bool { return g.Stats().OpenConns <= 1 })
	for _, c := range all {
		c.Close()
	}
	all = nil
	honest.CloseIdleConnections()
	waitFor(t, 3*time.Second, func() bool { return openFDs(t) <= before+5 })
}

// TestPerClientConnections: one address cannot take the whole server.
func TestPerClientConnections(t *testing.T) {
	cfg := Defaults()
	cfg.MaxConns, cfg.MaxConnsPerClient = 20, 4
	g, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, g, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }))
	conns := slowloris(t, "127.0.0.10", addr, 10)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	waitFor(t, 2*time.Second, func() bool { return g.Stats().RefusedConns == 6 })
	if open := g.Stats().OpenConns; open != 4 {
		t.Fatalf("open = %d, want 4", open)
	}
	// The refused ones see the connection closed, not a hang.
	closed := 0
	for _, c := range conns {
		c.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		if _, err := c.Read(make([]byte, 1)); errors.Is(err, io.EOF) || isReset(err) {
			closed++
		}
	}
	if closed != 6 {
		t.Fatalf("%d connections closed by the server, want 6", closed)
	}
	resp, err := clientFrom("127.0.0.11").Get("http://" + addr)
	if err != nil {
		t.Fatalf("another client refused: %v", err)
	}
	resp.Body.Close()
}

func isReset(err error) bool {
	return err != nil && strings.Contains(err.Error(), "connection reset")
}

// TestClientRate: a flooding address gets 429s, another address does not.
func TestClientRate(t *testing.T) {
	cfg := Defaults()
	cfg.ClientRate, cfg.ClientBurst = 50, 20
	g, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, g, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }))
	flood := clientFrom("127.0.0.10")
	codes := map[int]int{}
	for range 200 {
		resp, err := flood.Get("http://" + addr)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode == http.StatusTooManyRequests && resp.Header.Get("Retry-After") == "" {
			t.Fatal("429 without Retry-After")
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		codes[resp.StatusCode]++
	}
	if codes[http.StatusTooManyRequests] < 100 || codes[http.StatusOK] < 20 {
		t.Fatalf("flood codes %v: want the burst served and most of the rest limited", codes)
	}
	resp, err := clientFrom("127.0.0.11").Get("http://" + addr)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("other client: %v %v", resp, err)
	}
	resp.Body.Close()
	if g.Stats().Limited != uint64(codes[http.StatusTooManyRequests]) {
		t.Fatalf("Limited = %d, want %d", g.Stats().Limited, codes[http.StatusTooManyRequests])
	}
}

// TestRateTableBounded: a flood from many addresses cannot grow the table
// past twice its bound.
func TestRateTableBounded(t *testing.T) {
	tab := newRateTable(1, 1, 100)
	for i := range 100_000 {
		tab.allow(fmt.Sprintf("10.%d.%d.%d", i>>16, (i>>8)&255, i&255))
	}
	if n := len(tab.cur) + len(tab.older); n > 200 {
		t.Fatalf("table holds %d clients, bound 200", n)
	}
	// A client seen recently keeps its (empty) bucket across a rotation.
	tab.allow("victim")
	if tab.allow("victim") {
		t.Fatal("second request within the burst of 1 allowed")
	}
	for i := range 50 {
		tab.allow(fmt.Sprintf("other-%d", i))
	}
	if tab.allow("victim") {
		t.Fatal("bucket forgotten after fewer than max other clients")
	}
}

func TestBodyLimit(t *testing.T) {
	cfg := Defaults()
	cfg.MaxBodyBytes = 1000
	g, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, g, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.ReadAll(r.Body); err != nil {
			http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
			return
		}
		io.WriteString(w, "ok")
	}))
	resp, err := http.Post("http://"+addr, "text/plain", strings.NewReader(strings.Repeat("x", 2000)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", resp.StatusCode)
	}
}

type echoAPI struct{}

func (echoAPI) Echo(s string) string { return s }

// TestRPCBatchLimit: a 41,000-item JSON-RPC batch (accepted before) is
// refused with one error; a batch within the limit is answered.
func TestRPCBatchLimit(t *testing.T) {
	srv := rpc.NewServer()
	RPC(srv)
	if err := srv.RegisterName("test", echoAPI{}); err != nil {
		t.Fatal(err)
	}
	g, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, g, srv)
	batch := func(n int) string {
		var b strings.Builder
		b.WriteByte('[')
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"jsonrpc":"2.0","id":%d,"method":"test_echo","params":["x"]}`, i)
		}
		b.WriteByte(']')
		return b.String()
	}
	post := func(body string) string {
		resp, err := http.Post("http://"+addr, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(bufio.NewReader(resp.Body))
		return string(out)
	}
	if out := post(batch(RPCBatchItems)); strings.Count(out, `"result":"x"`) != RPCBatchItems {
		t.Fatalf("batch of %d not answered: %.200s", RPCBatchItems, out)
	}
	out := post(batch(41_000))
	if strings.Contains(out, `"result"`) || !strings.Contains(out, "batch too large") {
		t.Fatalf("41,000-item batch: %.300s", out)
	}
}

func waitFor(t *testing.T, d time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("condition not met within %s", d)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
