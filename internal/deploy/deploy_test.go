package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/txmgr"
)

func devnetConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Preset(config.PresetDevnet, devnode.DevAddresses(2), big.NewInt(1e18))
	if err != nil {
		t.Fatal(err)
	}
	cfg.L1ChainID = 0 // taken from the node
	return cfg
}

// deployAndCheck deploys over JSON-RPC at url like a user would, then reads
// state back from every contract and round-trips the deployment file.
func deployAndCheck(t *testing.T, url string, key *ecdsa.PrivateKey) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	sender, err := txmgr.New(ctx, client, key, tcfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg := devnetConfig(t)
	d, err := deploy.Deploy(ctx, client, sender, cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if err := d.Verify(ctx, client); err != nil {
		t.Fatalf("verify: %v", err)
	}
	if d.Deployer != crypto.PubkeyToAddress(key.PublicKey) || d.DeployBlock == 0 {
		t.Fatalf("deployment %+v", d)
	}

	// Read state back from each contract, and change it once.
	inbox := contracts.NewInbox(d.Contracts.Inbox, client, sender)
	if w, err := inbox.InclusionWindow(ctx); err != nil || w != cfg.InclusionWindow.Seconds() {
		t.Fatalf("inclusionWindow %d, %v", w, err)
	}
	if m, err := inbox.MaxTxSize(ctx); err != nil || uint64(m) != cfg.MaxTxBytes {
		t.Fatalf("maxTxSize %d, %v", m, err)
	}
	if n, err := inbox.Length(ctx); err != nil || n != 0 {
		t.Fatalf("length %d, %v", n, err)
	}
	if _, err := inbox.Deposit(ctx, common.HexToAddress("0xbeef"), big.NewInt(12345)); err != nil {
		t.Fatalf("deposit: %v", err)
	}
	if n, err := inbox.Length(ctx); err != nil || n != 1 {
		t.Fatalf("length after deposit %d, %v", n, err)
	}

	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := d.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := deploy.Load(path)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if back.Contracts != d.Contracts || back.L1ChainID != d.L1ChainID || back.DeployBlock != d.DeployBlock {
		t.Fatalf("round trip: %+v vs %+v", back, d)
	}
	if err := back.Verify(ctx, client); err != nil {
		t.Fatalf("verify loaded: %v", err)
	}
}

func TestDeployEmbeddedDevNode(t *testing.T) {
	cfg := devnode.DefaultConfig()
	cfg.DevAccounts = 2
	node, err := devnode.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	deployAndCheck(t, node.HTTPEndpoint(), node.DevKeys()[1])
}

// TestDeployRealGeth deploys to a real `geth --dev` process built from the
// go-ethereum version in go.mod. CI installs the binary; elsewhere the test is
// skipped when it cannot be found.
func TestDeployRealGeth(t *testing.T) {
	bin, err := devnode.FindGeth()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI must run this test: %v", err)
		}
		t.Skipf("%v (install: GOBIN=$HOME/.cache/etherscale/bin go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.8)", err)
	}
	key := devnode.DevKey(1)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	proc, err := devnode.StartProcess(ctx, devnode.ProcessConfig{
		Binary:     bin,
		DataDir:    t.TempDir(),
		Period:     1,
		Fund:       []common.Address{crypto.PubkeyToAddress(key.PublicKey)},
		FundAmount: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { proc.Stop() })
	deployAndCheck(t, proc.HTTPEndpoint(), key)
}

func TestDeployRejectsWrongChain(t *testing.T) {
	cfg := devnode.DefaultConfig()
	cfg.DevAccounts = 1
	node, err := devnode.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	ctx := context.Background()
	client, err := ethclient.DialContext(ctx, node.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	sender, err := txmgr.New(ctx, client, node.DevKeys()[0], txmgr.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rc := devnetConfig(t)
	rc.L1ChainID = 1
	if _, err := deploy.Deploy(ctx, client, sender, rc); !errors.Is(err, deploy.ErrChainMismatch) {
		t.Fatalf("want ErrChainMismatch, got %v", err)
	}
}

func TestLoadRejectsBadFiles(t *testing.T) {
	for name, content := range map[string]string{
		"not json":       "{",
		"no config":      `{"l1ChainId": 1337, "contracts": {"inbox": "0x0000000000000000000000000000000000000001"}}`,
		"no inbox":       `{"l1ChainId": 1337, "config": {}}`,
		"bad inbox addr": `{"l1ChainId": 1337, "contracts": {"inbox": "0x12"}}`,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := deploy.Decode([]byte(content), "test.json"); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}
