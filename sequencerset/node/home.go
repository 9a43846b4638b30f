package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
)

// Addresses are where a node listens, recorded in its home (node.json) by
// Init so that `run` needs no flags for them.
type Addresses struct {
	P2P string `json:"p2p"` // host:port for peers
	RPC string `json:"rpc"` // host:port of the Ethereum JSON-RPC
}

func addressesFile(home string) string { return filepath.Join(home, "node.json") }

// LoadAddresses reads a home's node.json.
func LoadAddresses(home string) (Addresses, error) {
	var a Addresses
	raw, err := os.ReadFile(addressesFile(home))
	if err != nil {
		return a, fmt.Errorf("node: %w (run `etherscale sequencer init` first)", err)
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		return a, fmt.Errorf("node: %s: %w", addressesFile(home), err)
	}
	return a, nil
}

// Identity is what an operator registers on L1 for its node: the consensus
// public key (ed25519) and the P2P endpoint other validators dial.
type Identity struct {
	NodeID       string // CometBFT node id (hex of the node key's address)
	ConsensusKey []byte // 32-byte ed25519 public key
	P2PAddr      string // host:port
	RPCAddr      string // host:port of the JSON-RPC
}

// Endpoint is the string registered in SequencerSet: the P2P address as
// CometBFT's persistent_peers takes it (id@host:port), then, after a
// space, the JSON-RPC URL (ParseEndpoint).
func (id Identity) Endpoint() string {
	e := id.NodeID + "@" + id.P2PAddr
	if id.RPCAddr != "" {
		e += " http://" + id.RPCAddr
	}
	return e
}

// InitOptions configure a new home.
type InitOptions struct {
	Moniker string
	P2PAddr string // host:port the node listens on for peers
	RPCAddr string // host:port of its Ethereum JSON-RPC
}

// Init writes a validator's home: CometBFT's config tuned for a rollup
// sequencer (short rounds, fast gossip), its node key and its validator
// key. It refuses a home that already has a validator key, so a key is
// never overwritten.
func Init(home string, opts InitOptions) (Identity, error) {
	if opts.P2PAddr == "" {
		opts.P2PAddr = "127.0.0.1:26656"
	}
	if opts.RPCAddr == "" {
		opts.RPCAddr = "127.0.0.1:8547"
	}
	if opts.Moniker == "" {
		opts.Moniker = "etherscale-sequencer"
	}
	cfg := Config{Home: home, P2PAddr: opts.P2PAddr, Moniker: opts.Moniker}.cometConfig()
	if _, err := os.Stat(cfg.PrivValidatorKeyFile()); err == nil {
		return Identity{}, fmt.Errorf("node: %s already holds a validator key", home)
	}
	for _, dir := range []string{filepath.Join(home, "config"), filepath.Join(home, "data")} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return Identity{}, fmt.Errorf("node: %w", err)
		}
	}
	nk, err := p2p.LoadOrGenNodeKey(cfg.NodeKeyFile())
	if err != nil {
		return Identity{}, fmt.Errorf("node: node key: %w", err)
	}
	pv := privval.GenFilePV(cfg.PrivValidatorKeyFile(), cfg.PrivValidatorStateFile())
	pv.Save()
	cmtcfg.WriteConfigFile(filepath.Join(home, "config", "config.toml"), cfg)
	raw, _ := json.MarshalIndent(Addresses{P2P: opts.P2PAddr, RPC: opts.RPCAddr}, "", "  ")
	if err := os.WriteFile(addressesFile(home), append(raw, '\n'), 0o600); err != nil {
		return Identity{}, fmt.Errorf("node: %w", err)
	}
	return Identity{NodeID: string(nk.ID()), ConsensusKey: pv.Key.PubKey.Bytes(), P2PAddr: opts.P2PAddr, RPCAddr: opts.RPCAddr}, nil
}

// LoadIdentity reads a home's identity.
func LoadIdentity(home string) (Identity, error) {
	addrs, err := LoadAddresses(home)
	if err != nil {
		return Identity{}, err
	}
	cfg := Config{Home: home}.cometConfig()
	nk, err := p2p.LoadNodeKey(cfg.NodeKeyFile())
	if err != nil {
		return Identity{}, fmt.Errorf("node: %w", err)
	}
	if _, err := os.Stat(cfg.PrivValidatorKeyFile()); err != nil {
		return Identity{}, fmt.Errorf("node: no validator key in %s: %w", home, err)
	}
	pv := privval.LoadFilePVEmptyState(cfg.PrivValidatorKeyFile(), cfg.PrivValidatorStateFile())
	return Identity{NodeID: string(nk.ID()), ConsensusKey: pv.Key.PubKey.Bytes(), P2PAddr: addrs.P2P, RPCAddr: addrs.RPC}, nil
}

// cometConfig is CometBFT's configuration for this node. Settings that
// matter (measured, ../shared/NOTES.md): a 10 ms flush throttle and fast
// links instead of the defaults (100 ms, 5 MB/s), which otherwise cap a
// loopback network at ~2 blocks/s; sub-second rounds; duplicate IPs and a
// non-strict address book for loopback; PEX off (peers come from L1);
// instrumentation off (CometBFT registers on Prometheus' global registry,
// which two nodes in one process cannot share); CometBFT's own RPC off
// (the node serves the Ethereum JSON-RPC).
func (c Config) cometConfig() *cmtcfg.Config {
	cfg := cmtcfg.DefaultConfig()
	cfg.SetRoot(c.Home)
	if c.Moniker != "" {
		cfg.Moniker = c.Moniker
	}
	if c.P2PAddr != "" {
		cfg.P2P.ListenAddress = "tcp://" + c.P2PAddr
	}
	cfg.P2P.PexReactor = false
	cfg.P2P.AllowDuplicateIP = true
	cfg.P2P.AddrBookStrict = false
	cfg.P2P.FlushThrottleTimeout = 10 * time.Millisecond
	cfg.P2P.SendRate, cfg.P2P.RecvRate = 50<<20, 50<<20
	cfg.P2P.HandshakeTimeout, cfg.P2P.DialTimeout = 5*time.Second, 2*time.Second
	cfg.RPC.ListenAddress = ""
	cfg.Instrumentation.Prometheus = false
	cfg.Consensus.TimeoutPropose = time.Second
	cfg.Consensus.TimeoutProposeDelta = 200 * time.Millisecond
	cfg.Consensus.TimeoutPrevote = 200 * time.Millisecond
	cfg.Consensus.TimeoutPrecommit = 200 * time.Millisecond
	// No pause after a commit: the next height starts as soon as this one
	// is decided (NOTES.md: ~3× the block rate on loopback).
	cfg.Consensus.TimeoutCommit = 0
	cfg.Consensus.SkipTimeoutCommit = true
	// Empty blocks carry the certificates of the batches before them
	// (app.Certificate), so a quiet chain still certifies its last batch.
	cfg.Consensus.CreateEmptyBlocks = true
	cfg.Consensus.CreateEmptyBlocksInterval = time.Second
	cfg.Mempool.Size = 20_000
	cfg.Mempool.MaxTxsBytes = 64 << 20
	cfg.Mempool.CacheSize = 100_000
	cfg.TxIndex.Indexer = "null"
	return cfg
}

var errNoHome = errors.New("node: Home is required")
