package main

import (
	"context"
	"crypto/ecdsa"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// l1Env is an embedded dev node with the devnet preset deployed and its
// deployment file written: what the DA command tests start from.
type l1Env struct {
	url     string
	client  *ethclient.Client
	keys    []*ecdsa.PrivateKey // dev keys; 0 deployed
	cfg     *config.Config
	dep     *deploy.Deployment
	depPath string
}

// newL1Env starts a node funding devAccounts keys and deploys with key 0.
// Everything stops when the test ends.
func newL1Env(tb testing.TB, devAccounts int) *l1Env {
	tb.Helper()
	ncfg := devnode.DefaultConfig()
	ncfg.DevAccounts = devAccounts
	node, err := devnode.Start(ncfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { node.Close() })
	client, err := ethclient.Dial(node.HTTPEndpoint())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(client.Close)
	e := &l1Env{url: node.HTTPEndpoint(), client: client, keys: node.DevKeys()}
	if e.cfg, err = config.Preset("devnet", nil, nil); err != nil {
		tb.Fatal(err)
	}
	if e.dep, err = deploy.Deploy(context.Background(), client, e.sender(tb, 0), e.cfg); err != nil {
		tb.Fatal(err)
	}
	e.depPath = filepath.Join(tb.TempDir(), "deployment.json")
	if err := e.dep.Save(e.depPath); err != nil {
		tb.Fatal(err)
	}
	return e
}

// sender returns a transaction sender for dev key i that decodes the
// contracts' custom errors.
func (e *l1Env) sender(tb testing.TB, i int) *txmgr.Sender {
	tb.Helper()
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	s, err := txmgr.New(context.Background(), e.client, e.keys[i], tcfg)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// registerSequencer bonds dev key i in SequencerSet, its L1 key standing in
// for the consensus key (a lone sequencer).
func (e *l1Env) registerSequencer(tb testing.TB, i int) {
	tb.Helper()
	k := e.keys[i]
	if _, err := contracts.NewSequencerSet(e.dep.Contracts.SequencerSet, e.client, e.sender(tb, i)).
		Register(context.Background(), e.cfg.MinBond.Big(), crypto.CompressPubkey(&k.PublicKey), ""); err != nil {
		tb.Fatal(err)
	}
}

// startShardApp runs `etherscale shard --register` in process for dev key
// keyIndex until ctx ends (wg tracks it), writing its output to log, and
// returns once the shard answers /healthz.
func (e *l1Env) startShardApp(t *testing.T, ctx context.Context, wg *sync.WaitGroup, keyIndex int, log *syncBuffer) {
	t.Helper()
	addr := freeAddr(t)
	app := newApp()
	app.Writer, app.ErrWriter = log, log
	app.ExitErrHandler = func(*cli.Context, error) {}
	args := []string{"etherscale", "shard", "--l1", e.url, "--deployment", e.depPath,
		"--key", hexKey(e.keys[keyIndex]), "--data-dir", t.TempDir(), "--listen", addr, "--register"}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := app.RunContext(ctx, args); err != nil {
			t.Errorf("shard of key %d: %v", keyIndex, err)
		}
	}()
	if err := waitHealthy("http://"+addr+"/healthz", 20*time.Second); err != nil {
		t.Fatalf("shard of key %d not healthy: %v\n%s", keyIndex, err, log)
	}
}
