// Package devnettest starts a devnet for a test and stops it with the test.
package devnettest

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/internal/devnet"
)

// Start runs a devnet with cfg and its services, and dials its L1. The
// test's cleanup stops them in reverse order: the L1 client, the
// services, the L1.
func Start(t testing.TB, cfg devnet.Config) (*devnet.Devnet, *devnet.Services, *ethclient.Client) {
	t.Helper()
	ctx := context.Background()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	s, err := d.StartServices(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	l1, err := ethclient.Dial(d.L1HTTP())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l1.Close)
	return d, s, l1
}
