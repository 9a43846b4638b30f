// Package loopback finds free TCP ports on 127.0.0.1 for tests and the
// devnet, which bind only loopback.
package loopback

import (
	"errors"
	"math/rand/v2"
	"net"
	"strconv"
	"testing"
)

// Ports are drawn below Linux's ephemeral range (32768–60999): a port
// the kernel hands out for ":0" may be taken by an outgoing connection
// (CometBFT peers dial each other) between this check and the bind.
const (
	lowPort  = 20000
	highPort = 32000
	tries    = 100
)

// Port returns preferred if it is free on loopback, else a free port drawn
// from 20000–31999, else one the kernel picks. The port is free when
// asked; a caller binds it soon after (the race is what tests accept).
func Port(preferred int) (int, error) {
	if preferred != 0 && free(preferred) {
		return preferred, nil
	}
	for i := 0; i < tries; i++ {
		if p := lowPort + rand.IntN(highPort-lowPort); free(p) {
			return p, nil
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, errors.Join(errors.New("loopback: no free port"), err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// Addr is Port as "127.0.0.1:port".
func Addr(preferred int) (string, error) {
	p, err := Port(preferred)
	if err != nil {
		return "", err
	}
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(p)), nil
}

// TestAddr is Addr(0) for a test, which it fails if no port is free.
func TestAddr(tb testing.TB) string {
	tb.Helper()
	addr, err := Addr(0)
	if err != nil {
		tb.Fatal(err)
	}
	return addr
}

func free(port int) bool {
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return false
	}
	ln.Close()
	return true
}
