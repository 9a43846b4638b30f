package devnet_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnet"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// inboxLength reads Inbox.length() on a running devnet, optionally making one
// deposit first.
func inboxLength(t *testing.T, d *devnet.Devnet, depositFirst bool) uint64 {
	t.Helper()
	ctx := context.Background()
	client, err := ethclient.DialContext(ctx, d.L1HTTP())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if err := d.Deployment.Verify(ctx, client); err != nil {
		t.Fatal(err)
	}
	var tx contracts.Transactor
	if depositFirst {
		s, err := txmgr.New(ctx, client, d.DevKeys()[1], txmgr.DefaultConfig())
		if err != nil {
			t.Fatal(err)
		}
		tx = s
	}
	inbox := contracts.NewInbox(d.Deployment.Contracts.Inbox, client, tx)
	if depositFirst {
		if _, err := inbox.Deposit(ctx, common.HexToAddress("0x1234"), big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
	}
	n, err := inbox.Length(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestDevnetRestart starts a devnet, stops it, and starts it again on the same
// data directory: the chain and the deployment survive; --fresh wipes them.
func TestDevnetRestart(t *testing.T) {
	ctx := context.Background()
	cfg := devnet.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.BlockPeriod = 0
	cfg.DevAccounts = 2

	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	first := d.Deployment
	if _, err := deploy.Load(d.DeploymentPath()); err != nil {
		t.Fatalf("deployment file: %v", err)
	}
	if n := inboxLength(t, d, true); n != 1 {
		t.Fatalf("inbox length %d after one deposit", n)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	d2, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if d2.Deployment.Contracts != first.Contracts || d2.Deployment.DeployBlock != first.DeployBlock {
		t.Fatalf("redeployed: %+v vs %+v", d2.Deployment, first)
	}
	if n := inboxLength(t, d2, false); n != 1 {
		t.Fatalf("inbox length %d after restart, want the deposit to survive", n)
	}
	d2.Close()

	cfg.Fresh = true
	d3, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer d3.Close()
	if n := inboxLength(t, d3, false); n != 0 {
		t.Fatalf("inbox length %d after --fresh", n)
	}
}
