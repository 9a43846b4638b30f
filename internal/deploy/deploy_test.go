package deploy_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
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

	checkBatchPath(ctx, t, d, client, sender, key)
	checkGamePath(ctx, t, d, client)
	checkDAPath(ctx, t, d, client, sender)

	// Verify notices a config that differs from what is on chain.
	for name, mutate := range map[string]func(c *config.Config){
		"minBond":            func(c *config.Config) { c.MinBond = config.Ether(7) },
		"unbondingPeriod":    func(c *config.Config) { c.UnbondingPeriod++ },
		"slashRewardPercent": func(c *config.Config) { c.SlashRewardPct-- },
		"forceGrace":         func(c *config.Config) { c.ForceGrace++ },
		"maxBatchTxs":        func(c *config.Config) { c.MaxBatchTxs-- },
		"maxBatchBytes":      func(c *config.Config) { c.MaxBatchBytes-- },
		"da.challengeWindow": func(c *config.Config) { c.DA.ChallengeWindow++ },
		"da.resolveWindow":   func(c *config.Config) { c.DA.ResolveWindow++ },
		"da.memberBond":      func(c *config.Config) { c.DA.MemberBond = config.Ether(7) },
		"da.challengeBond":   func(c *config.Config) { c.DA.ChallengeBond = config.Ether(7) },
		"da.threshold":       func(c *config.Config) { c.DA.Threshold = c.DA.K },
		"slotDuration":       func(c *config.Config) { c.SlotDuration++ },
		"leaderWindow":       func(c *config.Config) { c.LeaderWindow-- },
		"epochLength":        func(c *config.Config) { c.EpochLength++ },
		"maxStrikes":         func(c *config.Config) { c.MaxStrikes++ },
	} {
		bad := *d
		c := *d.Config
		mutate(&c)
		bad.Config = &c
		if err := bad.Verify(ctx, client); !errors.Is(err, deploy.ErrParamMismatch) {
			t.Fatalf("verify with changed %s: %v", name, err)
		}
	}
	// A deployment made from other contract code (an older binary's, or a
	// file written before code versions) is refused, so a devnet redeploys.
	for _, v := range []common.Hash{{}, common.HexToHash("0x01")} {
		old := *d
		old.CodeVersion = v
		if err := old.Verify(ctx, client); !errors.Is(err, deploy.ErrCodeVersion) {
			t.Fatalf("verify with code version %s: %v", v, err)
		}
	}

	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := d.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := deploy.Load(path)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if back.Contracts != d.Contracts || back.L1ChainID != d.L1ChainID || back.DeployBlock != d.DeployBlock || back.CodeVersion != contracts.CodeVersion() {
		t.Fatalf("round trip: %+v vs %+v", back, d)
	}
	if err := back.Verify(ctx, client); err != nil {
		t.Fatalf("verify loaded: %v", err)
	}
}

// checkBatchPath reads the SequencerSet and BatchInbox parameters back, then
// registers the deployer's key as the only sequencer (training wheels), posts
// a batch in calldata mode and reads its data back from the L1 transaction.
func checkBatchPath(ctx context.Context, t *testing.T, d *deploy.Deployment, client *ethclient.Client, sender *txmgr.Sender, key *ecdsa.PrivateKey) {
	t.Helper()
	cfg := d.Config
	set := contracts.NewSequencerSet(d.Contracts.SequencerSet, client, sender)
	if v, err := set.MinBond(ctx); err != nil || v.Cmp(cfg.MinBond.Big()) != 0 {
		t.Fatalf("minBond %v, %v", v, err)
	}
	if ok, err := set.IsFaultContract(ctx, d.Contracts.BatchInbox); err != nil || !ok {
		t.Fatalf("BatchInbox is not a fault contract: %v", err)
	}
	bi := contracts.NewBatchInbox(d.Contracts.BatchInbox, client, sender)
	bi.SetDeployBlock(d.DeployBlock)
	if v, err := bi.ForceGrace(ctx); err != nil || v != cfg.ForceGrace.Seconds() {
		t.Fatalf("forceGrace %d, %v", v, err)
	}
	sp, err := set.ScheduleParams(ctx)
	if err != nil || sp.SlotDuration != cfg.SlotDuration.Seconds() || sp.LeaderWindow != cfg.LeaderWindow.Seconds() || sp.EpochLength != cfg.EpochLength || sp.GenesisTime == 0 {
		t.Fatalf("schedule %+v, %v", sp, err)
	}
	if _, err := set.Register(ctx, cfg.MinBond.Big(), []byte("consensus key"), "http://127.0.0.1:8545"); err != nil {
		t.Fatalf("register: %v", err)
	}
	// The only member joins the empty schedule at once and leads every slot:
	// training wheels need no special case.
	slot, err := set.CurrentSlot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if l, err := set.LeaderOf(ctx, slot); err != nil || l != sender.From() {
		t.Fatalf("leader of slot %d: %s, %v", slot, l, err)
	}
	head, err := bi.ChainHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n, err := contracts.NewInbox(d.Contracts.Inbox, client, nil).Length(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h, data, err := contracts.NewCalldataHeader(head.Number+1, head.HeaderHash, head.QueueEnd, n, [][]byte{{0x01}, {0x02, 0x03}}, common.Hash{0x5e}, head.L2Timestamp)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := contracts.SignHeader(key, h, d.L1ChainID, d.Contracts.BatchInbox)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := bi.PostBatch(ctx, h, [][]byte{sig}, data)
	if err != nil {
		t.Fatalf("post batch: %v", err)
	}
	if pb.CumTrace != n+2 || pb.HeaderHash != h.Hash() {
		t.Fatalf("posted %+v", pb)
	}
	back, err := bi.BatchData(ctx, h.Number)
	if err != nil || !bytes.Equal(back, data) {
		t.Fatalf("batch data %x, %v", back, err)
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
	// Batch limits must fit the header's 32-bit fields; nothing is sent otherwise.
	for _, field := range []string{"maxBatchTxs", "maxBatchBytes"} {
		rc := devnetConfig(t)
		if field == "maxBatchTxs" {
			rc.MaxBatchTxs = 1 << 32
		} else {
			rc.MaxBatchBytes = 1 << 32
		}
		if _, err := deploy.Deploy(ctx, client, sender, rc); err == nil || !strings.Contains(err.Error(), field) {
			t.Fatalf("%s beyond 32 bits: %v", field, err)
		}
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
	// A complete file minus one contract address names the missing field.
	cfg := devnetConfig(t)
	cfg.L1ChainID = 1337
	full := deploy.Addresses{
		Inbox: common.HexToAddress("0x01"), SequencerSet: common.HexToAddress("0x02"), BatchInbox: common.HexToAddress("0x03"),
		OneStepVerifier: common.HexToAddress("0x04"), DisputeGameFactory: common.HexToAddress("0x05"), AnchorStateRegistry: common.HexToAddress("0x06"),
		DACommittee: common.HexToAddress("0x07"), DAChallenge: common.HexToAddress("0x08"),
	}
	for field, mutate := range map[string]func(a *deploy.Addresses){
		"contracts.inbox":               func(a *deploy.Addresses) { a.Inbox = common.Address{} },
		"contracts.sequencerSet":        func(a *deploy.Addresses) { a.SequencerSet = common.Address{} },
		"contracts.batchInbox":          func(a *deploy.Addresses) { a.BatchInbox = common.Address{} },
		"contracts.oneStepVerifier":     func(a *deploy.Addresses) { a.OneStepVerifier = common.Address{} },
		"contracts.disputeGameFactory":  func(a *deploy.Addresses) { a.DisputeGameFactory = common.Address{} },
		"contracts.anchorStateRegistry": func(a *deploy.Addresses) { a.AnchorStateRegistry = common.Address{} },
		"contracts.daCommittee":         func(a *deploy.Addresses) { a.DACommittee = common.Address{} },
		"contracts.daChallenge":         func(a *deploy.Addresses) { a.DAChallenge = common.Address{} },
	} {
		d := &deploy.Deployment{L1ChainID: 1337, Contracts: full, Config: cfg}
		if err := d.Validate(); err != nil {
			t.Fatalf("complete deployment rejected: %v", err)
		}
		mutate(&d.Contracts)
		err := d.Validate()
		if !errors.Is(err, deploy.ErrMissingField) || !strings.Contains(err.Error(), field) {
			t.Fatalf("missing %s: %v", field, err)
		}
	}
}

// checkGamePath reads the dispute-game contracts back: the verifier's rules,
// the registry's first anchor (batch 0, the genesis root), an empty factory
// that SequencerSet lets slash.
func checkGamePath(ctx context.Context, t *testing.T, d *deploy.Deployment, client *ethclient.Client) {
	t.Helper()
	cfg := d.Config
	v := contracts.NewOneStepVerifier(d.Contracts.OneStepVerifier, client, nil)
	if id, err := v.ChainID(ctx); err != nil || id != cfg.Genesis.ChainID {
		t.Fatalf("verifier chain id %d, %v", id, err)
	}
	genesisRoot, err := cfg.Genesis.Root()
	if err != nil {
		t.Fatal(err)
	}
	anchor, err := contracts.NewAnchorStateRegistry(d.Contracts.AnchorStateRegistry, client, nil).Anchor(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if anchor.Batch != 0 || anchor.Root != genesisRoot {
		t.Fatalf("anchor %+v, want (0, %s)", anchor, genesisRoot)
	}
	n, err := contracts.NewDisputeGameFactory(d.Contracts.DisputeGameFactory, client, nil).GameCount(ctx)
	if err != nil || n.Sign() != 0 {
		t.Fatalf("game count %v, %v", n, err)
	}
	ok, err := contracts.NewSequencerSet(d.Contracts.SequencerSet, client, nil).IsFaultContract(ctx, d.Contracts.DisputeGameFactory)
	if err != nil || !ok {
		t.Fatalf("the factory is not a fault contract: %v", err)
	}
}

// checkDAPath reads the DA wiring back: DAChallenge may slash sequencers and
// committee members, BatchInbox accepts certificates, and the deployer can
// join the committee (which proves DACommittee was initialized).
func checkDAPath(ctx context.Context, t *testing.T, d *deploy.Deployment, client *ethclient.Client, sender *txmgr.Sender) {
	t.Helper()
	ok, err := contracts.NewSequencerSet(d.Contracts.SequencerSet, client, nil).IsFaultContract(ctx, d.Contracts.DAChallenge)
	if err != nil || !ok {
		t.Fatalf("DAChallenge is not a SequencerSet fault contract: %v", err)
	}
	committee := contracts.NewDACommittee(d.Contracts.DACommittee, client, sender)
	if _, err := committee.Register(ctx, d.Config.DA.MemberBond.Big(), "http://127.0.0.1:1"); err != nil {
		t.Fatalf("register DA member: %v", err)
	}
	if idx, err := committee.IndexOf(ctx, sender.From()); err != nil || idx != 0 {
		t.Fatalf("member index %d, %v", idx, err)
	}
	snap, err := committee.Snapshot(ctx)
	if err != nil || uint64(len(snap.Members)) != d.Config.DA.N || uint64(snap.Threshold) != d.Config.DA.Threshold {
		t.Fatalf("committee snapshot %+v, %v", snap, err)
	}
	pending, err := contracts.NewBatchInbox(d.Contracts.BatchInbox, client, nil).DAChallengePending(ctx)
	if err != nil || pending {
		t.Fatalf("DA challenge pending %v, %v", pending, err)
	}
}
