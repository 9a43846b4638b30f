package loopback

import (
	"net"
	"testing"
)

func TestPort(t *testing.T) {
	ln, err := net.Listen("tcp", TestAddr(t))
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	taken := ln.Addr().(*net.TCPAddr).Port
	if taken < lowPort || taken >= highPort {
		t.Fatalf("port %d outside %d–%d", taken, lowPort, highPort)
	}
	p, err := Port(taken)
	if err != nil || p == taken {
		t.Fatalf("a taken preferred port: got %d, %v", p, err)
	}
	q, err := Port(p)
	if err != nil || q != p {
		t.Fatalf("a free preferred port %d: got %d, %v", p, q, err)
	}
}
