package sequencerset_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/sequencerset"
)

// TestRPCSurvivesSlowlorisAndHugeBatches is the attack that took the whole
// devnet down: thousands of connections to the L2 RPC that send headers and
// never finish the body, until the process runs out of file descriptors
// (the same process holds the L1 node, its databases and the other
// servers), plus a 41,000-item JSON-RPC batch. The sequencer must hold at
// most its connection cap, refuse the batch, and keep serving a wallet
// from another address: its transfer lands.
func TestRPCSurvivesSlowlorisAndHugeBatches(t *testing.T) {
	f := startSequencerWith(t, func(c *sequencerset.Config, _ *sequencerset.Deps, _ []*ecdsa.PrivateKey) {
		c.HTTP.ReadHeaderTimeout, c.HTTP.ReadTimeout = time.Second, 2*time.Second
		c.HTTP.MaxConns, c.HTTP.MaxConnsPerClient = 256, 64
	})
	addr := strings.TrimPrefix(f.seq.URL(), "http://")
	fdsBefore := countFDs(t)

	const attackers, perAttacker = 10, 200 // 2,000 connections
	var held []net.Conn
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	for a := range attackers {
		src := &net.TCPAddr{IP: net.ParseIP(fmt.Sprintf("127.0.0.%d", 20+a))}
		for range perAttacker {
			c, err := (&net.Dialer{LocalAddr: src, Timeout: 2 * time.Second}).Dial("tcp", addr)
			if err != nil {
				t.Fatalf("dial: %v", err)
			}
			fmt.Fprint(c, "POST / HTTP/1.1\r\nHost: l2\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"jsonrpc\":")
			held = append(held, c)
		}
	}
	st := f.seq.HTTPStats()
	if st.OpenConns > 256 {
		t.Fatalf("%d connections open, cap 256", st.OpenConns)
	}
	// The attack's own ends are in this process too: 2,000 descriptors. The
	// server's ends are at most its cap (refused ones are closed at once).
	time.Sleep(200 * time.Millisecond)
	if fds := countFDs(t); fds > fdsBefore+attackers*perAttacker+256+64 {
		t.Fatalf("file descriptors: %d before the attack, %d during: the server holds more than its cap", fdsBefore, fds)
	} else {
		t.Logf("file descriptors: %d before the attack, %d during (2,000 of them the attack's own ends)", fdsBefore, fds)
	}
	t.Logf("during the attack: %+v", st)

	// A 41,000-item batch is answered with one error, not 41,000 results.
	var b strings.Builder
	b.WriteByte('[')
	for i := range 41_000 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"jsonrpc":"2.0","id":%d,"method":"eth_chainId"}`, i)
	}
	b.WriteByte(']')
	hc := clientFrom("127.0.0.3")
	var out []byte
	waitUntil(t, 10*time.Second, func() bool {
		resp, err := hc.Post(f.seq.URL(), "application/json", strings.NewReader(b.String()))
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		out, _ = io.ReadAll(resp.Body)
		return resp.StatusCode == http.StatusOK
	})
	if strings.Contains(string(out), `"result"`) || !strings.Contains(string(out), "batch too large") {
		t.Fatalf("41,000-item batch answered: %.300s", out)
	}

	// A wallet on another address is served while the attack goes on.
	rc, err := rpc.DialOptions(context.Background(), f.seq.URL(), rpc.WithHTTPClient(clientFrom("127.0.0.2")))
	if err != nil {
		t.Fatal(err)
	}
	wallet := ethclient.NewClient(rc)
	defer wallet.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var chainID *big.Int
	waitUntil(t, 10*time.Second, func() bool {
		chainID, err = wallet.ChainID(ctx)
		return err == nil
	})
	to := crypto.PubkeyToAddress(f.user.PublicKey)
	to[0] ^= 1
	tx := signTransfer(t, f.user, chainID, 0, to, big.NewInt(12345))
	waitUntil(t, 10*time.Second, func() bool { return wallet.SendTransaction(ctx, tx) == nil })
	waitUntil(t, 20*time.Second, func() bool {
		r, err := wallet.TransactionReceipt(ctx, tx.Hash())
		return err == nil && r.Status == 1
	})

	// The read timeout drops every stalled connection on the server side.
	waitUntil(t, 10*time.Second, func() bool { return f.seq.HTTPStats().OpenConns <= 4 })
	for _, c := range held {
		c.Close()
	}
	held = nil
	t.Logf("after: %+v", f.seq.HTTPStats())
}

func clientFrom(src string) *http.Client {
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}}).DialContext(ctx, network, addr)
		}},
	}
}

func countFDs(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("no /proc/self/fd: %v", err)
	}
	return len(ents)
}

func waitUntil(t *testing.T, d time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("not within %s", d)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
