package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/sequencerset"
)

// DeploymentFile is the name of the deployment file inside the data directory.
const DeploymentFile = "deployment.json"

// ErrNoDataDir is returned when Config.DataDir is empty.
var ErrNoDataDir = errors.New("devnet: data dir is required")

// Config configures a devnet.
type Config struct {
	DataDir     string // holds the L1 chain (l1/) and deployment.json
	BlockPeriod uint64 // L1 block period in seconds; 0 mines on demand
	HTTPPort    int    // L1 JSON-RPC HTTP port on 127.0.0.1; 0 picks a free one
	WSPort      int    // L1 JSON-RPC WebSocket port; 0 picks a free one
	DevAccounts int    // pre-funded dev keys on L1 (also funded on L2)
	Fresh       bool   // wipe DataDir first
	Logger      *slog.Logger

	// The services (StartServices); Start alone does not use them.

	L2Port        int           // sequencer JSON-RPC port on 127.0.0.1; 0 picks a free one
	WatchPort     int           // the watcher's HTTP port (JSON-RPC, /status, /metrics); 0 picks a free one
	AlertWebhook  string        // the watcher's alert webhook ("": none)
	BatchInterval time.Duration // sequencer batch interval
	Load          int           // load generator: transfers per second among the user keys
	ProveEvery    uint64        // the honest prover claims every N-th batch
	PollInterval  time.Duration // how often prover, watcher and monitors poll L1
	Fault         Fault         // staged misbehaviour; FaultNone for an honest network
	// Sequencers is the number of bonded sequencers: 1 is the
	// training-wheels sequencer, more a BFT set of validators
	// (sequencerset/node).
	Sequencers int
	// DAMode is where the sequencer puts batch data: DAModeShards (the
	// DA committee, which the devnet always runs) or DAModeCalldata.
	DAMode string
	// ShardPort is the first DA shard's port on 127.0.0.1 (member i gets
	// ShardPort+i); 0 picks free ports. Shards register their URL in
	// DACommittee once, so a devnet restarted on the same data directory
	// needs the same ports.
	ShardPort int
}

// The DA modes of Config.DAMode.
const (
	DAModeShards   = sequencerset.DAModeShards
	DAModeCalldata = sequencerset.DAModeCalldata
)

// DefaultConfig returns the settings `etherscale devnet` uses.
func DefaultConfig() Config {
	return Config{
		DataDir: "devnet-data", BlockPeriod: 1, DevAccounts: devnode.DefaultDevAccounts,
		BatchInterval: 3 * time.Second, ProveEvery: 1, PollInterval: 500 * time.Millisecond,
		DAMode: DAModeShards, Sequencers: 1,
	}
}

// Validate checks the config.
func (c Config) Validate() error {
	if c.DataDir == "" {
		return ErrNoDataDir
	}
	if c.DevAccounts < 1 {
		return fmt.Errorf("devnet: dev accounts must be at least 1, got %d", c.DevAccounts)
	}
	return nil
}

// ValidateServices checks the settings StartServices uses (Start does not
// need them, so Validate leaves them alone).
func (c Config) ValidateServices() error {
	if _, err := ParseFault(string(c.Fault)); err != nil {
		return err
	}
	switch {
	case c.L2Port < 0 || c.L2Port > 65535:
		return fmt.Errorf("devnet: L2 port %d out of range", c.L2Port)
	case c.WatchPort < 0 || c.WatchPort > 65535:
		return fmt.Errorf("devnet: watcher port %d out of range", c.WatchPort)
	case c.BatchInterval <= 0:
		return fmt.Errorf("devnet: batch interval %v must be positive", c.BatchInterval)
	case c.Load < 0:
		return fmt.Errorf("devnet: load %d must not be negative", c.Load)
	case c.ProveEvery == 0:
		return errors.New("devnet: prove-every must be at least 1")
	case c.PollInterval <= 0:
		return fmt.Errorf("devnet: poll interval %v must be positive", c.PollInterval)
	case c.DevAccounts < minServiceAccounts:
		return fmt.Errorf("devnet: services need at least %d dev accounts, got %d", minServiceAccounts, c.DevAccounts)
	case c.DAMode != DAModeShards && c.DAMode != DAModeCalldata:
		return fmt.Errorf("devnet: DA mode %q (want %s or %s)", c.DAMode, DAModeShards, DAModeCalldata)
	case (c.Fault == FaultWithhold || c.Fault == FaultBadDAChallenge) && c.DAMode != DAModeShards:
		return fmt.Errorf("devnet: fault %s needs DA mode %s", c.Fault, DAModeShards)
	case c.Sequencers < 1 || c.Sequencers > MaxSequencers:
		return fmt.Errorf("devnet: %d sequencers (want 1 to %d)", c.Sequencers, MaxSequencers)
	case bftFault(c.Fault) && c.Sequencers < 2:
		return fmt.Errorf("devnet: fault %s needs a BFT set (--sequencers 2 or more)", c.Fault)
	case c.Sequencers > 1 && TrainingWheelsFault(c.Fault):
		return fmt.Errorf("devnet: fault %s is staged by the training-wheels sequencer (--sequencers 1)", c.Fault)
	case c.ShardPort < 0 || c.ShardPort > 65535-256:
		return fmt.Errorf("devnet: shard port %d out of range", c.ShardPort)
	}
	return nil
}

// Devnet is a running devnet.
type Devnet struct {
	cfg        Config
	node       *devnode.Node
	Deployment *deploy.Deployment
}

// Start starts the embedded L1 and deploys the contracts, or reuses the
// deployment from an earlier run on the same data directory.
func Start(ctx context.Context, cfg Config) (d *Devnet, err error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Fresh {
		if err := os.RemoveAll(cfg.DataDir); err != nil {
			return nil, fmt.Errorf("devnet: wipe %s: %w", cfg.DataDir, err)
		}
	}
	cfgRollup, err := config.Preset(config.PresetDevnet, devnode.DevAddresses(cfg.DevAccounts), new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)))
	if err != nil {
		return nil, err
	}
	ncfg := devnode.DefaultConfig()
	ncfg.DataDir = filepath.Join(cfg.DataDir, "l1")
	ncfg.Period = cfg.BlockPeriod
	ncfg.HTTPPort = cfg.HTTPPort
	ncfg.WSPort = cfg.WSPort
	ncfg.DevAccounts = cfg.DevAccounts
	for _, k := range append(DAMemberKeys(int(cfgRollup.DA.N)), SequencerKeys(MaxSequencers)...) {
		ncfg.Funded = append(ncfg.Funded, crypto.PubkeyToAddress(k.PublicKey))
	}
	node, err := devnode.Start(ncfg)
	if err != nil {
		return nil, fmt.Errorf("devnet: start L1: %w", err)
	}
	d = &Devnet{cfg: cfg, node: node}
	defer func() {
		if err != nil {
			node.Close()
		}
	}()
	log.Info("L1 started", "http", node.HTTPEndpoint(), "ws", node.WSEndpoint(), "chainId", node.ChainID())

	client, err := ethclient.DialContext(ctx, node.HTTPEndpoint())
	if err != nil {
		return nil, fmt.Errorf("devnet: dial L1: %w", err)
	}
	defer client.Close()

	path := d.DeploymentPath()
	if prev, lerr := deploy.Load(path); lerr == nil {
		if verr := prev.Verify(ctx, client); verr == nil {
			log.Info("reusing deployment", "file", path, "inbox", prev.Contracts.Inbox)
			d.Deployment = prev
			return d, nil
		} else {
			log.Warn("stale deployment file, deploying again", "file", path, "err", verr)
		}
	}

	// The services' stores belong to the deployment they served (the
	// watcher refuses another's): a new deployment starts them afresh.
	for _, dir := range []string{"sequencer", "sequencers", "prover", "watcher", "shards"} {
		if err := os.RemoveAll(filepath.Join(cfg.DataDir, dir)); err != nil {
			return nil, fmt.Errorf("devnet: remove the old deployment's %s data: %w", dir, err)
		}
	}
	devKeys := node.DevKeys()
	cfgRollup.L1ChainID = node.ChainID().Uint64()
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	sender, err := txmgr.New(ctx, client, devKeys[0], tcfg)
	if err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	dep, err := deploy.Deploy(ctx, client, sender, cfgRollup)
	if err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	if err := dep.Verify(ctx, client); err != nil {
		return nil, fmt.Errorf("devnet: verify deployment: %w", err)
	}
	if err := dep.Save(path); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	log.Info("contracts deployed", "file", path, "inbox", dep.Contracts.Inbox, "block", dep.DeployBlock)
	d.Deployment = dep
	return d, nil
}

// L1HTTP returns the L1 JSON-RPC HTTP endpoint.
func (d *Devnet) L1HTTP() string { return d.node.HTTPEndpoint() }

// L1WS returns the L1 JSON-RPC WebSocket endpoint.
func (d *Devnet) L1WS() string { return d.node.WSEndpoint() }

// DevKeys returns the pre-funded dev keys.
func (d *Devnet) DevKeys() []*ecdsa.PrivateKey { return d.node.DevKeys() }

// DeploymentPath returns where the deployment file is written.
func (d *Devnet) DeploymentPath() string { return filepath.Join(d.cfg.DataDir, DeploymentFile) }

// Close stops everything.
func (d *Devnet) Close() error { return d.node.Close() }
