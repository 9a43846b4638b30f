package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtcfg "github.com/cometbft/cometbft/config"
	cmtnode "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/httplimit"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/sequencerset"
	"github.com/etherscale/etherscale/sequencerset/app"
)

// Config configures a Node.
type Config struct {
	Home    string
	Moniker string
	// P2PAddr is the host:port CometBFT listens on for peers (empty: the
	// home's config.toml).
	P2PAddr string
	// Peers are id@host:port of the other validators (empty: their
	// endpoints registered in SequencerSet).
	Peers []string
	// L1 is read for the inbox, the batch chain and the set; Tx (Key's
	// address) sends postBatch; Key signs batch headers in vote
	// extensions.
	L1     sequencerset.L1
	Tx     contracts.Transactor
	Key    *ecdsa.PrivateKey
	Rollup sequencerset.Rollup
	// RPCAddr is where the Ethereum JSON-RPC listens (host:port; empty:
	// 127.0.0.1:0).
	RPCAddr string
	// HTTP bounds the JSON-RPC server (zero: httplimit.Defaults).
	HTTP httplimit.Config
	// PollInterval is how often the inbox and the batch chain are read.
	PollInterval time.Duration
	// PostsInFlight bounds the postBatch transactions the poster keeps
	// sent without a receipt (0: DefaultPostsInFlight; 1 waits for each
	// receipt). Tx must be a contracts.Submitter for more than one.
	PostsInFlight int
	// StateCacheBytes bounds the state node cache.
	StateCacheBytes int
	// Faults stages misbehaviours (devnet, tests).
	Faults Faults
	Log    *slog.Logger
}

// DefaultPostsInFlight is Config.PostsInFlight's default: above the ~3
// batches consensus decides per L1 second (docs/BENCHMARKS.md), and at the
// devnet's 120-KiB blocks (a post costs up to ≈ 4.5M gas) four fill no
// more than 18M of a 30M L1 block.
const DefaultPostsInFlight = 4

// Validate checks the config.
func (c *Config) Validate() error {
	switch {
	case c.Home == "":
		return errNoHome
	case c.L1 == nil || c.Tx == nil || c.Key == nil:
		return errors.New("node: L1, Tx and Key are required")
	case c.Tx.From() != crypto.PubkeyToAddress(c.Key.PublicKey):
		return fmt.Errorf("node: transactor %s is not the key's address", c.Tx.From())
	case c.Rollup.Genesis == nil:
		return errors.New("node: the rollup's genesis is required")
	}
	if c.PollInterval <= 0 {
		c.PollInterval = 500 * time.Millisecond
	}
	if c.PostsInFlight <= 0 {
		c.PostsInFlight = DefaultPostsInFlight
	}
	if c.StateCacheBytes <= 0 {
		c.StateCacheBytes = 64 << 20
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	return nil
}

// Node is one validator of the sequencer set.
type Node struct {
	cfg    Config
	log    *slog.Logger
	db     *leveldb.DB
	app    *app.App
	cmt    *cmtnode.Node
	inbox  *inboxPoller
	poster *poster
	rpc    *rpc.Server
	guard  *httplimit.Guard
	ln     net.Listener
	dbs    lateCloser // CometBFT's databases
	peers  peerCache
}

// GenesisFile is the consensus genesis in a home.
func GenesisFile(home string) string { return Config{Home: home}.cometConfig().GenesisFile() }

// New opens a validator's home (Init wrote it; the genesis is in place)
// and builds the node; Run starts it.
func New(ctx context.Context, cfg Config) (_ *Node, err error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	ccfg := cfg.cometConfig()
	if err := loadCometConfig(ccfg, cfg); err != nil {
		return nil, err
	}
	gdoc, err := cmttypes.GenesisDocFromFile(ccfg.GenesisFile())
	if err != nil {
		return nil, fmt.Errorf("node: genesis: %w", err)
	}
	var g app.Genesis
	if err := json.Unmarshal(gdoc.AppState, &g); err != nil {
		return nil, fmt.Errorf("node: genesis app_state: %w", err)
	}
	db, err := leveldb.OpenFile(ccfg.RootDir+"/app.db", replay.NodeDBOptions(32<<20))
	if err != nil {
		return nil, fmt.Errorf("node: open app store: %w", err)
	}
	defer func() {
		if err != nil {
			db.Close()
		}
	}()
	store := replay.NewLevelDBStore(db, []byte(replay.DefaultNodeKeyPrefix), cfg.StateCacheBytes)
	blocks, err := sequencerset.OpenBlockStore(db)
	if err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}
	if err := ensureStartState(ctx, cfg.Rollup, cfg.L1, &g, store, blocks); err != nil {
		return nil, err
	}
	inbox := contracts.NewInbox(cfg.Rollup.Inbox, cfg.L1, nil)
	window, err := inbox.InclusionWindow(ctx)
	if err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}
	n := &Node{cfg: cfg, log: cfg.Log, db: db, inbox: newInboxPoller(inbox, cfg.Rollup.DeployBlock, cfg.PollInterval, cfg.Log)}
	if n.inbox.set, err = sequencerSet(ctx, cfg); err != nil {
		return nil, err
	}
	n.inbox.params = g.Schedule
	n.inbox.batches = contracts.NewBatchInbox(cfg.Rollup.BatchInbox, cfg.L1, nil)
	n.app, err = app.New(app.Config{
		Rules: cfg.Rollup.Genesis.Rules(), L1ChainID: cfg.Rollup.L1ChainID, BatchInbox: cfg.Rollup.BatchInbox,
		MaxBatchTxs: cfg.Rollup.MaxBatchTxs, MaxBatchBytes: cfg.Rollup.MaxBatchBytes, MaxTxBytes: cfg.Rollup.MaxTxBytes,
		InclusionWindow: window, Key: cfg.Key, Inbox: n.inbox, Store: store, Meta: app.NewLevelDBMeta(db), Log: cfg.Log,
		SkipEntries: cfg.Faults.SkipEntries,
	})
	if err != nil {
		return nil, err
	}
	n.poster = newPoster(cfg, n.app, cfg.Log)
	be, err := newBackend(n, store, blocks, g.StateRoot)
	if err != nil {
		return nil, err
	}
	n.app.OnBatch(func(b *app.Batch) {
		if err := be.add(b); err != nil {
			n.log.Error("store the L2 block of a batch", "batch", b.Header.Number, "err", err)
		}
	}, n.poster.certified)
	if err := n.serveRPC(be); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			n.ln.Close()
		}
	}()
	if len(cfg.Peers) == 0 {
		if cfg.Peers, err = peersFromL1(ctx, cfg, g.Validators); err != nil {
			return nil, err
		}
	}
	nk, err := p2p.LoadNodeKey(ccfg.NodeKeyFile())
	if err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}
	var peers []string
	for _, p := range cfg.Peers {
		if p != "" && !strings.HasPrefix(p, string(nk.ID())+"@") {
			peers = append(peers, p)
		}
	}
	ccfg.P2P.PersistentPeers = strings.Join(peers, ",")
	pv := privval.LoadFilePV(ccfg.PrivValidatorKeyFile(), ccfg.PrivValidatorStateFile())
	// One lock per ABCI connection (the app has its own): CheckTx bursts
	// do not wait behind consensus, nor consensus behind them
	// (NOTES.md pitfall 6).
	n.cmt, err = cmtnode.NewNodeWithContext(ctx, ccfg, pv, nk, proxy.NewConnSyncLocalClientCreator(n.app),
		func() (*cmttypes.GenesisDoc, error) { return gdoc, nil },
		n.dbs.provider, cmtnode.DefaultMetricsProvider(ccfg.Instrumentation), cmtLogger{l: cfg.Log.With("module", "cometbft")})
	if err != nil {
		return nil, fmt.Errorf("node: CometBFT: %w", err)
	}
	return n, nil
}

func (n *Node) serveRPC(be *backend) error {
	httpCfg := n.cfg.HTTP
	if httpCfg == (httplimit.Config{}) {
		httpCfg = httplimit.Defaults()
	}
	var err error
	if n.guard, err = httplimit.New(httpCfg); err != nil {
		return fmt.Errorf("node: %w", err)
	}
	n.rpc = rpc.NewServer()
	httplimit.RPC(n.rpc)
	if err := sequencerset.RegisterAPIs(n.rpc, be); err != nil {
		return fmt.Errorf("node: %w", err)
	}
	// The validator-only methods join the etherscale namespace.
	if err := n.rpc.RegisterName("etherscale", &nodeAPI{n: n}); err != nil {
		return fmt.Errorf("node: register the node API: %w", err)
	}
	addr := n.cfg.RPCAddr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	if n.ln, err = net.Listen("tcp", addr); err != nil {
		return fmt.Errorf("node: listen on %s: %w", addr, err)
	}
	return nil
}

// URL is the node's L2 JSON-RPC URL.
func (n *Node) URL() string { return "http://" + n.ln.Addr().String() }

// loadCometConfig applies the home's config.toml P2P address unless the
// config overrides it; the tuned settings always come from cometConfig.
func loadCometConfig(ccfg *cmtcfg.Config, cfg Config) error {
	if cfg.P2PAddr == "" {
		return errors.New("node: P2PAddr is required (the address Init was given)")
	}
	return ccfg.ValidateBasic()
}

// peersFromL1 reads the other validators' endpoints from SequencerSet.
func peersFromL1(ctx context.Context, cfg Config, vals []app.Validator) ([]string, error) {
	set, err := sequencerSet(ctx, cfg)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, v := range vals {
		info, err := set.Sequencer(ctx, v.L1)
		if err != nil {
			return nil, fmt.Errorf("node: peers: %w", err)
		}
		if p2pAddr, _ := sequencerset.ParseEndpoint(info.Endpoint); p2pAddr != "" {
			out = append(out, p2pAddr)
		}
	}
	return out, nil
}

func sequencerSet(ctx context.Context, cfg Config) (*contracts.SequencerSet, error) {
	bi := contracts.NewBatchInbox(cfg.Rollup.BatchInbox, cfg.L1, nil)
	addr, err := bi.SequencerSetAddress(ctx)
	if err != nil {
		return nil, fmt.Errorf("node: BatchInbox.sequencerSet: %w", err)
	}
	return contracts.NewSequencerSet(addr, cfg.L1, nil), nil
}

// App returns the node's application (for its RPC and tests).
func (n *Node) App() *app.App { return n.app }

// Submit hands a raw transaction to the local mempool, which checks it
// (app.CheckTx) and gossips it to the other validators.
func (n *Node) Submit(ctx context.Context, raw []byte) error {
	res := make(chan *abci.ResponseCheckTx, 1)
	if err := n.cmt.Mempool().CheckTx(raw, func(r *abci.ResponseCheckTx) { res <- r }, mempoolTxInfo()); err != nil {
		return fmt.Errorf("mempool: %w", err)
	}
	select {
	case r := <-res:
		if r.Code != app.CodeOK {
			return fmt.Errorf("%w: %s", ErrRejected, r.Log)
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// HoldPosts stops (true) or resumes (false) this validator's posting to
// L1; consensus goes on. The tests use it to make the set miss L1 (as an
// outage of its L1 access would), so that L1 takes a forced batch.
func (n *Node) HoldPosts(hold bool) { n.poster.hold.Store(hold) }

// Close releases a node whose Run never ran (Run releases them itself).
func (n *Node) Close() error {
	n.ln.Close()
	return n.db.Close()
}

// ErrRejected wraps CheckTx's refusal of a transaction.
var ErrRejected = errors.New("transaction rejected")

// Run starts CometBFT, the inbox poller and the poster, and stops them
// when ctx ends. Run closes the node's stores on return.
func (n *Node) Run(ctx context.Context) error {
	// The first poll fills the inbox view before the first proposal.
	n.pollInbox(ctx)
	if err := n.cmt.Start(); err != nil {
		n.dbs.release()
		n.db.Close()
		return fmt.Errorf("node: start CometBFT: %w", err)
	}
	n.log.Info("sequencer node started", "rpc", n.URL(), "node", n.cmt.NodeInfo().ID(), "p2p", n.cmt.Config().P2P.ListenAddress, "l1", crypto.PubkeyToAddress(n.cfg.Key.PublicKey))
	srv := n.guard.Server(n.rpc)
	var wg sync.WaitGroup
	wg.Add(5)
	go func() {
		defer wg.Done()
		n.answerChallenges(ctx)
	}()
	go func() {
		defer wg.Done()
		w := &equivocationWatch{n: n, log: n.log, proven: make(map[common.Address]bool),
			inbox: contracts.NewBatchInbox(n.cfg.Rollup.BatchInbox, n.cfg.L1, n.cfg.Tx)}
		w.run(ctx, n.peerRPCs)
	}()
	go func() {
		defer wg.Done()
		if err := srv.Serve(n.guard.Listener(n.ln)); err != nil && !errors.Is(err, http.ErrServerClosed) {
			n.log.Error("serve JSON-RPC", "err", err)
		}
	}()
	go func() {
		defer wg.Done()
		t := time.NewTicker(n.cfg.PollInterval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				n.pollInbox(ctx)
			}
		}
	}()
	go func() {
		defer wg.Done()
		n.poster.run(ctx)
		n.poster.close()
	}()
	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	_ = srv.Shutdown(shutdown)
	cancel()
	n.rpc.Stop()
	wg.Wait()
	// The consensus reactor may still write while stopping: the stores
	// close only once CometBFT has fully stopped (NOTES.md pitfall 2).
	if err := n.cmt.Stop(); err != nil {
		n.log.Warn("stop CometBFT", "err", err)
	}
	n.cmt.Wait()
	n.dbs.release()
	return n.db.Close()
}

func (n *Node) pollInbox(ctx context.Context) {
	h, err := n.cfg.L1.HeaderByNumber(ctx, nil)
	if err == nil {
		err = n.inbox.poll(ctx, h.Number.Uint64())
	}
	if err == nil {
		err = n.inbox.pollSets(ctx, h.Hash(), h.Time)
	}
	if err != nil && ctx.Err() == nil {
		n.log.Warn("read the L1 inbox", "err", err)
	}
}

func (n *Node) self() common.Address { return crypto.PubkeyToAddress(n.cfg.Key.PublicKey) }

// peerRPCs returns the JSON-RPC URLs the other validators registered.
// They are the members of the consensus set (the signers of the
// certificates), whatever epoch L1 is in. The endpoints are read from L1
// once per consensus set: the watch asks every 2×PollInterval, and an
// endpoint is fixed while its member is registered.
func (n *Node) peerRPCs(ctx context.Context) []string {
	return n.peers.urls(ctx, n.app.Validators(), n.self(), func(ctx context.Context, a common.Address) (string, error) {
		info, err := n.inbox.set.Sequencer(ctx, a)
		if err != nil {
			return "", err
		}
		return info.Endpoint, nil
	})
}

// peerCache holds the peers' JSON-RPC URLs of one consensus set.
type peerCache struct {
	mu  sync.Mutex
	set []app.Validator // the set the URLs are of
	url map[common.Address]string
}

// urls returns the URLs of vals' members other than self, looking up
// (on L1) only members of a new set or whose lookup failed before.
func (c *peerCache) urls(ctx context.Context, vals []app.Validator, self common.Address, lookup func(context.Context, common.Address) (string, error)) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !slices.EqualFunc(c.set, vals, sameValidator) {
		c.set, c.url = slices.Clone(vals), make(map[common.Address]string, len(vals))
	}
	var out []string
	for _, v := range vals {
		if v.L1 == self {
			continue
		}
		u, ok := c.url[v.L1]
		if !ok {
			endpoint, err := lookup(ctx, v.L1)
			if err != nil {
				continue // asked again next time
			}
			_, u = sequencerset.ParseEndpoint(endpoint)
			c.url[v.L1] = u
		}
		if u != "" {
			out = append(out, u)
		}
	}
	return out
}

func sameValidator(a, b app.Validator) bool {
	return a.L1 == b.L1 && a.Power == b.Power && bytes.Equal(a.PubKey, b.PubKey)
}

func bigU(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// nodeAPI is the node's part of the etherscale namespace.
type nodeAPI struct{ n *Node }

// ValidatorInfo is one member of the consensus validator set.
type ValidatorInfo struct {
	Address      common.Address `json:"address"`
	ConsensusKey hexutil.Bytes  `json:"consensusKey"`
	Power        hexutil.Uint64 `json:"power"`
}

// Validators is etherscale_validators: the validator set of the next
// consensus height (SequencerSet's schedule of the current set's epoch).
func (a *nodeAPI) Validators() []ValidatorInfo {
	var out []ValidatorInfo
	for _, v := range a.n.app.Validators() {
		out = append(out, ValidatorInfo{Address: v.L1, ConsensusKey: v.PubKey, Power: hexutil.Uint64(v.Power)})
	}
	return out
}
