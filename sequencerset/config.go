package sequencerset

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/httplimit"
	"github.com/etherscale/etherscale/replay"
)

// ErrConfig wraps every Validate failure.
var ErrConfig = errors.New("invalid sequencer config")

// Config tunes the sequencer service. Start from DefaultConfig.
type Config struct {
	// ListenAddr is where the L2 JSON-RPC is served (host:port). Loopback
	// by default; HTTP below bounds what clients can hold of it.
	ListenAddr string
	// BatchInterval is how often a batch is built and posted when there is
	// something to post (queued inbox entries or pending transactions).
	// A full batch (MaxBatchTxs) is posted at once.
	BatchInterval time.Duration
	// MaxBatchTxs and MaxBatchBytes cap one batch; 0 takes the rollup
	// config's values, larger values are clamped to them (BatchInbox
	// rejects bigger batches).
	MaxBatchTxs   uint64
	MaxBatchBytes uint64
	// MaxPending bounds the mempool, so a flood cannot exhaust memory.
	MaxPending int
	// Load, when positive, makes the load generator send that many signed
	// transfers per second among Deps.LoadKeys, through the mempool.
	Load int
	// DA selects where batch data goes: calldata (the zero value) or the
	// DA committee's shards, with the clients' timeouts. DA.State is
	// ignored: see StateDir.
	DA PosterConfig
	// StateDir, if set, is a goleveldb directory for the replayed L2 state
	// (with StateCacheBytes of nodes cached), so the sequencer's memory does
	// not grow with the state and its history; "" keeps it in memory.
	StateDir        string
	StateCacheBytes int
	// StateHistory is the retention window of the state methods: the
	// JSON-RPC serves the state after each of the last StateHistory blocks
	// (and the head's); 0 takes DefaultStateHistory. An older block is
	// refused with ErrStateUnavailable.
	StateHistory uint64
	// HTTP bounds what clients can hold of the JSON-RPC server (timeouts,
	// connection caps, per-client rate); the zero value takes
	// httplimit.Defaults.
	HTTP httplimit.Config
}

// DefaultStateHistory is the default retention window (Config.StateHistory),
// in blocks: about 8 h of blocks at the 3 s default interval. The state store
// keeps every batch-end state (the follower commits them for the dispute
// games and nothing deletes nodes), so the window is what the RPC promises,
// not what it happens to hold: a node whose store prunes must keep at least
// this much.
const DefaultStateHistory = 10_000

// DefaultConfig is tuned for a devnet.
func DefaultConfig() Config {
	return Config{
		ListenAddr:      "127.0.0.1:8547",
		BatchInterval:   3 * time.Second,
		MaxPending:      10_000,
		StateCacheBytes: 64 << 20,
		HTTP:            httplimit.Defaults(),
	}
}

// Validate reports the first invalid setting.
func (c Config) Validate() error {
	if _, port, err := net.SplitHostPort(c.ListenAddr); err != nil {
		return fmt.Errorf("%w: listen address %q: %w", ErrConfig, c.ListenAddr, err)
	} else if p, err := strconv.Atoi(port); err != nil || p < 0 || p > 65535 {
		return fmt.Errorf("%w: listen address %q: bad port", ErrConfig, c.ListenAddr)
	}
	switch {
	case c.BatchInterval <= 0:
		return fmt.Errorf("%w: batch interval %v must be positive", ErrConfig, c.BatchInterval)
	case c.MaxPending <= 0:
		return fmt.Errorf("%w: max pending %d must be positive", ErrConfig, c.MaxPending)
	case c.Load < 0:
		return fmt.Errorf("%w: load %d must not be negative", ErrConfig, c.Load)
	case c.StateDir != "" && c.StateCacheBytes <= 0:
		return fmt.Errorf("%w: state cache %d bytes must be positive", ErrConfig, c.StateCacheBytes)
	}
	if c.HTTP != (httplimit.Config{}) {
		if err := c.HTTP.Validate(); err != nil {
			return fmt.Errorf("%w: JSON-RPC server: %w", ErrConfig, err)
		}
	}
	da := c.DA
	return da.normalize()
}

// L1 is what the sequencer reads from L1. *ethclient.Client implements it.
type L1 interface {
	contracts.Backend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Rollup is the part of a deployment the sequencer needs.
type Rollup struct {
	L1ChainID     uint64
	Inbox         common.Address
	BatchInbox    common.Address
	Genesis       *replay.Genesis
	DeployBlock   uint64
	MaxBatchTxs   uint64
	MaxBatchBytes uint64
	MaxTxBytes    uint64
	// DisputeGameFactory and AnchorStateRegistry, if set, let the
	// etherscale_* batch methods report disputed and final batches.
	DisputeGameFactory  common.Address
	AnchorStateRegistry common.Address
}

// RollupOf extracts the sequencer's view of a deployment.
func RollupOf(d *deploy.Deployment) Rollup {
	return Rollup{
		L1ChainID: d.L1ChainID, Inbox: d.Contracts.Inbox, BatchInbox: d.Contracts.BatchInbox,
		Genesis: &d.Config.Genesis, DeployBlock: d.DeployBlock,
		MaxBatchTxs: d.Config.MaxBatchTxs, MaxBatchBytes: d.Config.MaxBatchBytes, MaxTxBytes: d.Config.MaxTxBytes,
		DisputeGameFactory: d.Contracts.DisputeGameFactory, AnchorStateRegistry: d.Contracts.AnchorStateRegistry,
	}
}

func (r Rollup) validate() error {
	switch {
	case r.Genesis == nil:
		return errors.New("sequencer: no genesis")
	case r.Inbox == (common.Address{}) || r.BatchInbox == (common.Address{}):
		return errors.New("sequencer: missing contract address")
	case r.MaxBatchTxs == 0 || r.MaxBatchBytes == 0 || r.MaxTxBytes == 0:
		return errors.New("sequencer: rollup batch limits must be positive")
	}
	return nil
}

// Faults are hooks that make the sequencer misbehave on purpose (devnet
// fault injection). The zero value is an honest sequencer.
type Faults struct {
	// StateRoot, if set, returns the root to post for batch number given
	// its true root.
	StateRoot func(number uint64, trueRoot common.Hash) common.Hash
	// Dispersed, if set, is told each batch's dataRoot after its data is
	// dispersed to the DA committee and before the batch is posted (a
	// devnet's colluding shards withhold the data it marks).
	Dispersed func(number uint64, dataRoot common.Hash)
	// IgnoreDAChallenges makes the sequencer leave DA challenges on its
	// batches unanswered (a sequencer in on a withholding).
	IgnoreDAChallenges bool
	// Censor, if set, is an L2 address whose transactions the mempool
	// answers as accepted and then drops: they never reach a batch (a
	// censoring sequencer; the watcher's detector 2 forces them through
	// the inbox).
	Censor common.Address
	// IgnoreInbox makes the sequencer consume no inbox entry; once the
	// oldest is overdue (and a batch without it would be refused) it
	// stops posting until someone posts the forced batch (detector 1).
	IgnoreInbox bool
}

// Deps are the sequencer's connections and keys.
type Deps struct {
	L1     L1
	Tx     contracts.Transactor // sends postBatch; must be Key's address
	Key    *ecdsa.PrivateKey    // signs batch headers
	Rollup Rollup
	// LoadKeys are the L2 accounts the load generator transfers among.
	LoadKeys []*ecdsa.PrivateKey
	Faults   Faults
	Log      *slog.Logger
}

func (d Deps) validate(cfg Config) error {
	switch {
	case d.L1 == nil:
		return errors.New("sequencer: no L1 client")
	case d.Tx == nil || d.Key == nil:
		return errors.New("sequencer: no transactor or key")
	case d.Tx.From() != crypto.PubkeyToAddress(d.Key.PublicKey):
		return fmt.Errorf("sequencer: transactor %s is not the signing key's address", d.Tx.From())
	case cfg.Load > 0 && len(d.LoadKeys) == 0:
		return errors.New("sequencer: load requested without load keys")
	}
	return d.Rollup.validate()
}
