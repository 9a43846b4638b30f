package devnode

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults applied by Start to zero-valued Config fields.
const (
	DefaultGasLimit    uint64 = 30_000_000
	DefaultDevAccounts        = 10
)

// Limits enforced by Config.Validate.
const (
	// MaxDevAccounts bounds the genesis allocation; every key costs a
	// derivation and a state entry, and nobody needs more in a test.
	MaxDevAccounts = 1000
	// MaxPeriod keeps Period representable as a time.Duration, which is
	// how the simulated beacon schedules blocks.
	MaxPeriod uint64 = 365 * 24 * 60 * 60
)

// DevChainID is the chain id of the embedded node, the same as geth --dev
// (go-ethereum's params.AllDevChainProtocolChanges).
const DevChainID = 1337

// rpcModules returns the JSON-RPC namespaces served over HTTP and WebSocket.
// txpool is included because watchtower tests inspect pending transactions.
func rpcModules() []string { return []string{"eth", "net", "web3", "txpool"} }

// Errors returned by Config.Validate and Start.
var (
	ErrInvalidConfig = errors.New("devnode: invalid config")
	ErrIncompatible  = errors.New("devnode: data directory holds a chain that is not a dev-mode chain")
)

// Config configures an embedded developer node. The zero value is usable:
// every zero field means "use the default".
type Config struct {
	// DataDir holds the chain. "" keeps everything in memory and discards it
	// on Close. A non-empty DataDir is laid out like geth's (DataDir/geth/…)
	// and an existing chain in it is reused, as geth --dev does.
	DataDir string
	// Period is the block period in seconds. 0 seals a block as soon as a
	// transaction enters the pool (on-demand mining). Every block is at
	// least one second after its parent, so on-demand blocks sealed in
	// quick succession run ahead of the wall clock; tests of time windows
	// should read block timestamps, not time.Now.
	Period uint64
	// GasLimit is the genesis and target block gas limit; 0 means
	// DefaultGasLimit.
	GasLimit uint64
	// DevAccounts is how many keys, DevKey(0) to DevKey(DevAccounts-1), the
	// genesis funds; 0 means DefaultDevAccounts.
	DevAccounts int
	// Balance is the genesis balance of each dev account; nil means 10^24 wei
	// (one million ether).
	Balance *big.Int
	// Funded are further addresses the genesis gives Balance, for keys that
	// must not be dev keys (the dev keys are also funded on L2 and handed
	// to users).
	Funded []common.Address
	// HTTPPort and WSPort are the 127.0.0.1 ports for JSON-RPC over HTTP and
	// WebSocket; 0 lets the kernel pick a free port. When both are 0, or both
	// are the same, a single listener serves both protocols (geth multiplexes
	// WebSocket upgrades on its HTTP server).
	HTTPPort int
	WSPort   int
}

// DefaultConfig returns the configuration Start uses for zero fields: an
// in-memory chain mining on demand, with ten funded dev accounts.
func DefaultConfig() Config {
	return Config{
		GasLimit:    DefaultGasLimit,
		DevAccounts: DefaultDevAccounts,
		Balance:     defaultBalance(),
	}
}

func defaultBalance() *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)
}

// Validate reports whether c can be used to start a node. Zero values are
// valid because they select defaults.
func (c Config) Validate() error {
	if c.Period > MaxPeriod {
		return fmt.Errorf("%w: period %ds exceeds %ds", ErrInvalidConfig, c.Period, MaxPeriod)
	}
	if c.GasLimit != 0 && c.GasLimit < params.MinGasLimit {
		return fmt.Errorf("%w: gas limit %d below protocol minimum %d", ErrInvalidConfig, c.GasLimit, params.MinGasLimit)
	}
	if c.DevAccounts < 0 || c.DevAccounts > MaxDevAccounts {
		return fmt.Errorf("%w: dev accounts %d outside [0, %d]", ErrInvalidConfig, c.DevAccounts, MaxDevAccounts)
	}
	if c.Balance != nil && c.Balance.Sign() < 0 {
		return fmt.Errorf("%w: negative balance %s", ErrInvalidConfig, c.Balance)
	}
	if c.Balance != nil && c.Balance.BitLen() > 256 {
		return fmt.Errorf("%w: balance %s does not fit in 256 bits", ErrInvalidConfig, c.Balance)
	}
	for _, p := range []struct {
		name string
		port int
	}{{"HTTP", c.HTTPPort}, {"WS", c.WSPort}} {
		if p.port < 0 || p.port > 65535 {
			return fmt.Errorf("%w: %s port %d outside [0, 65535]", ErrInvalidConfig, p.name, p.port)
		}
	}
	return nil
}

// withDefaults returns c with every zero field replaced by its default.
func (c Config) withDefaults() Config {
	if c.GasLimit == 0 {
		c.GasLimit = DefaultGasLimit
	}
	if c.DevAccounts == 0 {
		c.DevAccounts = DefaultDevAccounts
	}
	if c.Balance == nil {
		c.Balance = defaultBalance()
	} else {
		c.Balance = new(big.Int).Set(c.Balance)
	}
	return c
}

// Node is a running embedded developer node. It is safe for concurrent use.
type Node struct {
	stack   *node.Node
	beacon  *beaconService
	keys    []*ecdsa.PrivateKey
	chainID *big.Int

	closeOnce sync.Once
	closeErr  error
}

// Start assembles and starts a developer node: an eth service on a post-merge
// dev genesis, driven by go-ethereum's simulated beacon, with JSON-RPC served
// on 127.0.0.1 only. Peer-to-peer networking and IPC are disabled.
//
// go-ethereum logs through its root logger, which discards everything unless
// the program installs a handler (log.SetDefault), so the node is quiet by
// default and verbose when the caller asks for it.
func Start(cfg Config) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	keys := DevKeys(cfg.DevAccounts)

	stack, err := node.New(nodeConfig(cfg))
	if err != nil {
		return nil, fmt.Errorf("devnode: create node: %w", err)
	}
	n, err := assemble(stack, cfg, keys)
	if err != nil {
		// Close releases the datadir lock and any databases eth.New opened.
		return nil, errors.Join(err, closeIgnoringStopped(stack))
	}
	return n, nil
}

func assemble(stack *node.Node, cfg Config, keys []*ecdsa.PrivateKey) (*Node, error) {
	existing, err := hasChain(stack)
	if err != nil {
		return nil, err
	}
	ethCfg := ethConfig(cfg, keys)
	if existing {
		// Like geth --dev: the stored genesis wins, so a restart keeps the
		// chain even if the funding parameters changed in between.
		ethCfg.Genesis = nil
	}
	backend, err := eth.New(stack, ethCfg)
	if err != nil {
		return nil, fmt.Errorf("devnode: create eth service: %w", err)
	}
	// Log filters and subscriptions are what watchtowers use; geth registers
	// them separately from the eth service, so do the same here.
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethCfg.FilterLogCacheSize,
		LogQueryLimit: ethCfg.LogQueryLimit,
		RangeLimit:    ethCfg.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})

	sim, err := catalyst.NewSimulatedBeacon(cfg.Period, ethCfg.Miner.PendingFeeRecipient, backend)
	if err != nil {
		return nil, fmt.Errorf("devnode: create simulated beacon: %w", err)
	}
	beacon := newBeaconService(sim, backend, cfg.Period)
	stack.RegisterLifecycle(beacon)

	if err := stack.Start(); err != nil {
		// Start stops what it started; the beacon may not have been among
		// them, and its on-demand goroutine must not outlive the node.
		return nil, errors.Join(fmt.Errorf("devnode: start node: %w", err), beacon.Stop())
	}
	return &Node{
		stack:   stack,
		beacon:  beacon,
		keys:    keys,
		chainID: new(big.Int).Set(backend.BlockChain().Config().ChainID),
	}, nil
}

func nodeConfig(cfg Config) *node.Config {
	nc := node.DefaultConfig
	// "geth" makes DataDir interchangeable with a real geth --datadir.
	nc.Name = "geth"
	nc.DataDir = cfg.DataDir
	nc.IPCPath = ""
	nc.HTTPHost = "127.0.0.1"
	nc.HTTPPort = cfg.HTTPPort
	nc.HTTPModules = rpcModules()
	nc.WSHost = "127.0.0.1"
	nc.WSPort = cfg.WSPort
	nc.WSModules = rpcModules()
	nc.AuthPort = 0 // never used: no authenticated (engine) API is registered
	nc.P2P = p2p.Config{
		MaxPeers:    0,
		ListenAddr:  "",
		NoDial:      true,
		NoDiscovery: true,
		DiscoveryV4: false,
		DiscoveryV5: false,
	}
	return &nc
}

func ethConfig(cfg Config, keys []*ecdsa.PrivateKey) *ethconfig.Config {
	ec := ethconfig.Defaults
	ec.NetworkId = DevChainID
	ec.SyncMode = ethconfig.FullSync
	// The library defaults (2 GB database cache, 2 GB of trie and snapshot
	// caches) suit a mainnet node. A dev chain holds a few contracts and
	// accounts, and tests run several nodes at once: with the defaults
	// pebble preallocates ~280 MB per write-ahead log (1.2 GB of disk after
	// minutes of a devnet) and the caches may grow to gigabytes.
	ec.DatabaseCache = 64
	ec.TrieCleanCache = 32
	ec.TrieDirtyCache = 32
	ec.SnapshotCache = 16
	ec.Miner.GasCeil = cfg.GasLimit
	// geth --dev accepts 1 wei tips; a higher floor would make the on-demand
	// sealer spin on transactions it refuses to include.
	ec.Miner.GasPrice = big.NewInt(1)
	ec.Miner.PendingFeeRecipient = crypto.PubkeyToAddress(DevKey(0).PublicKey)

	genesis := core.DeveloperGenesisBlock(cfg.GasLimit, nil)
	genesis.Config = ChainConfig()
	for _, k := range keys {
		genesis.Alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	for _, a := range cfg.Funded {
		genesis.Alloc[a] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	ec.Genesis = genesis
	return &ec
}

// hasChain reports whether the node's data directory already holds a chain,
// and refuses chains the simulated beacon cannot drive: it can only extend a
// chain that was proof-of-stake from genesis, the same rule geth --dev
// applies to an existing --datadir.
func hasChain(stack *node.Node) (bool, error) {
	if stack.DataDir() == "" || rawdb.PreexistingDatabase(stack.ResolvePath("chaindata")) == "" {
		return false, nil
	}
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{ReadOnly: true})
	if err != nil {
		return false, fmt.Errorf("devnode: open existing chain database: %w", err)
	}
	defer db.Close()
	if rawdb.ReadCanonicalHash(db, 0) == (common.Hash{}) {
		return false, nil
	}
	genesis, err := core.ReadGenesis(db)
	if err != nil {
		return false, fmt.Errorf("devnode: read genesis of existing chain: %w", err)
	}
	if genesis.Config == nil {
		return false, fmt.Errorf("%w: %s has no chain config", ErrIncompatible, stack.DataDir())
	}
	ttd := genesis.Config.TerminalTotalDifficulty
	if ttd == nil || ttd.Sign() != 0 || (genesis.Difficulty != nil && genesis.Difficulty.Sign() != 0) {
		return false, fmt.Errorf("%w: %s (terminal total difficulty and genesis difficulty must be 0)", ErrIncompatible, stack.DataDir())
	}
	return true, nil
}

// HTTPEndpoint returns the JSON-RPC over HTTP URL, "http://127.0.0.1:PORT".
func (n *Node) HTTPEndpoint() string { return n.stack.HTTPEndpoint() }

// WSEndpoint returns the JSON-RPC over WebSocket URL, "ws://127.0.0.1:PORT".
func (n *Node) WSEndpoint() string { return n.stack.WSEndpoint() }

// ChainID returns the chain id (1337, as geth --dev).
func (n *Node) ChainID() *big.Int { return new(big.Int).Set(n.chainID) }

// DevKeys returns DevKey(0) to DevKey(DevAccounts-1), which the genesis of
// a new chain funds. On a reused DataDir they are funded only as far as the
// chain's original configuration did. The slice is a copy.
func (n *Node) DevKeys() []*ecdsa.PrivateKey {
	return append([]*ecdsa.PrivateKey(nil), n.keys...)
}

// Close stops the node and releases its data directory. With an empty
// DataDir the chain is gone afterwards. Close is idempotent; later calls
// return the first call's result.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		n.closeErr = closeIgnoringStopped(n.stack)
		// Stopping the stack stopped the beacon; this is a no-op safety net
		// in case it had not been registered as started.
		n.closeErr = errors.Join(n.closeErr, n.beacon.Stop())
	})
	return n.closeErr
}

func closeIgnoringStopped(stack *node.Node) error {
	if err := stack.Close(); err != nil && !errors.Is(err, node.ErrNodeStopped) {
		return fmt.Errorf("devnode: close node: %w", err)
	}
	return nil
}

// sealRecheck is how often the on-demand sealer looks at the pool even
// without a new-transaction event, so that a missed event delays a block
// instead of stalling the chain.
const sealRecheck = 200 * time.Millisecond

// beaconService drives the simulated beacon as a node.Lifecycle.
//
// With a block period the beacon's own timer loop seals blocks. Without one
// (Period 0) this service seals on demand, replacing the loop geth starts in
// catalyst.RegisterSimulatedBeaconAPIs: that loop subscribes to the pool
// from a goroutine of its own, so a transaction arriving before the
// goroutine has run is never mined, which happened to the first
// transaction on a freshly started node under load. Here the subscription
// exists before the node serves RPC, and a periodic recheck backs it up.
type beaconService struct {
	sim   *catalyst.SimulatedBeacon
	pool  *txpool.TxPool
	chain *core.BlockChain

	onDemand bool
	sub      event.Subscription // pool events; nil unless onDemand
	kick     chan struct{}      // coalesced "the pool changed" signal
	quit     chan struct{}
	wg       sync.WaitGroup

	startOnce sync.Once
	stopOnce  sync.Once
}

func newBeaconService(sim *catalyst.SimulatedBeacon, backend *eth.Ethereum, period uint64) *beaconService {
	b := &beaconService{
		sim:      sim,
		pool:     backend.TxPool(),
		chain:    backend.BlockChain(),
		onDemand: period == 0,
		kick:     make(chan struct{}, 1),
		quit:     make(chan struct{}),
	}
	if b.onDemand {
		txs := make(chan core.NewTxsEvent)
		b.sub = b.pool.SubscribeTransactions(txs, true)
		b.wg.Add(1)
		go b.forward(txs)
	}
	return b
}

// forward turns pool events into kicks without ever blocking: the pool
// sends events from its reorg loop, and sealing waits for that loop
// (TxPool.Sync), so a sealer that received events itself could deadlock.
func (b *beaconService) forward(txs <-chan core.NewTxsEvent) {
	defer b.wg.Done()
	for {
		select {
		case <-txs:
			select {
			case b.kick <- struct{}{}:
			default: // a kick is already pending
			}
		case <-b.sub.Err():
			return
		case <-b.quit:
			return
		}
	}
}

// Start implements node.Lifecycle.
func (b *beaconService) Start() error {
	var err error
	b.startOnce.Do(func() {
		if err = b.sim.Start(); err != nil || !b.onDemand {
			return
		}
		b.wg.Add(1)
		go b.sealLoop()
	})
	return err
}

// Stop implements node.Lifecycle. It is idempotent: the node calls it on
// shutdown, and Start's error path and Close call it again to be sure the
// goroutines are gone (the beacon itself panics on a second Stop).
func (b *beaconService) Stop() error {
	var err error
	b.stopOnce.Do(func() {
		close(b.quit)
		if b.sub != nil {
			b.sub.Unsubscribe()
		}
		b.wg.Wait()
		err = b.sim.Stop()
	})
	return err
}

func (b *beaconService) sealLoop() {
	defer b.wg.Done()
	recheck := time.NewTicker(sealRecheck)
	defer recheck.Stop()
	stuck := false
	for {
		select {
		case <-b.quit:
			return
		case <-b.kick:
			stuck = false
		case <-recheck.C:
			if stuck {
				continue // wait for the pool to change
			}
		}
		stuck = b.sealPending()
	}
}

// sealPending seals blocks until the pool has no executable transactions.
// It reports stuck if a block came out without any of them — the miner
// refuses them (for example, a tip below its minimum) — so that the loop
// waits for the next pool change instead of sealing empty blocks forever.
func (b *beaconService) sealPending() (stuck bool) {
	for {
		select {
		case <-b.quit:
			return false
		default:
		}
		if err := b.pool.Sync(); err != nil {
			return false // pool shutting down
		}
		if executable, _ := b.pool.Stats(); executable == 0 {
			return false
		}
		before := b.chain.CurrentBlock().Number.Uint64()
		b.sim.Commit()
		head := b.chain.CurrentBlock()
		switch {
		case head.Number.Uint64() == before:
			return false // sealing failed (logged by the beacon); the recheck retries
		case head.TxHash == types.EmptyTxsHash:
			return true
		}
	}
}
