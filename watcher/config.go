package watcher

import (
	"errors"
	"fmt"
	"net/url"
	"time"
)

// Config tunes the service. The zero value is not valid: start from
// DefaultConfig and set DataDir.
type Config struct {
	// DataDir holds the goleveldb store (games seen, action log, metrics,
	// and the replayed L2 state's tree nodes).
	DataDir string
	// StateCacheBytes bounds the memory kept for L2 state tree nodes; the
	// state itself lives in the store, so a chain with millions of
	// accounts does not have to fit in RAM.
	StateCacheBytes int
	// PollInterval is how often the L1 head is polled for a new block.
	PollInterval time.Duration
	// Confirmations is how many blocks a GameCreated or ClaimMoved event
	// must be buried under before the monitor schedules it. 0 (devnet)
	// reacts in the very next block; on a network with reorgs use more.
	Confirmations uint64
	// LogRange caps the block span of one eth_getLogs query.
	LogRange uint64
	// Workers bounds the games planned and played at once. Each worker has
	// at most one transaction in flight, so Workers is also how many
	// counters can land in one L1 block: against a flood of wrong claims
	// the honest side answers Workers per block, earliest deadline first.
	Workers int
	// OpenSequencerGames makes the watcher dispute batch headers whose
	// stateRoot differs from the local replay (once the batch is final).
	OpenSequencerGames bool
	// ProveEvery, when non-zero, turns on the prover role: every
	// ProveEvery-th batch gets a claim with the true root, and the anchor
	// is moved to won claims after the airgap.
	ProveEvery uint64
	// SettleTimeout bounds the wait, at start-up, for transactions a
	// previous run left in flight (see Watcher.settle).
	SettleTimeout time.Duration
	// MetricsAddr, if set, serves Prometheus metrics at /metrics.
	MetricsAddr string
	// AlertWebhook, if set, receives a JSON POST for every detected fault.
	AlertWebhook string
	// AlertTimeout bounds one webhook POST: a slow receiver must not hold
	// up the game loop past a claim window.
	AlertTimeout time.Duration

	// Censorship detectors (docs/PROTOCOL.md §10). PostForcedBatches
	// makes the watcher post BatchInbox.postForcedBatch once overdue
	// inbox entries pass forceGrace (detector 1).
	PostForcedBatches bool
	// SequencerRPCs are the L2 JSON-RPC URLs a tracked transaction is
	// submitted to (detector 2).
	SequencerRPCs []string
	// ForceAfter: a tracked transaction still valid and not included this
	// long (L1 time) after it was handed over, with at least one batch
	// landed meanwhile, is forced through Inbox.forceTransaction at the
	// watcher's expense.
	ForceAfter time.Duration
	// ForcePerSender transactions of one L2 sender are forced per
	// ForceWindow at most: the watcher's gas is not a free faucet.
	ForcePerSender int
	ForceWindow    time.Duration
	// ForceTotal bounds the transactions forced per ForceWindow for all
	// senders together (senders are free to make).
	ForceTotal int
	// MaxTracked bounds the transactions tracked at once, TrackPerSender
	// those of one sender, MaxTrackedTxBytes the size of one.
	MaxTracked        int
	TrackPerSender    int
	MaxTrackedTxBytes int

	// Equivocation (detector 4, equivocation.go). EquivocationSources
	// says whom the watcher asks for signed headers: "registered" (the
	// SequencerRPCs and the http(s) endpoints registered in SequencerSet,
	// which anyone who bonds chooses), "listed" (SequencerRPCs only) or
	// "off". At most EquivocationRequests requests a pass, each bounded
	// by EquivocationTimeout, about the latest EquivocationDepth batches.
	EquivocationSources  string
	EquivocationRequests int
	EquivocationTimeout  time.Duration
	EquivocationDepth    uint64
}

// DefaultConfig is tuned for a devnet: poll every 500 ms, act on
// unconfirmed blocks.
func DefaultConfig() Config {
	return Config{
		PollInterval:       500 * time.Millisecond,
		LogRange:           5000,
		Workers:            16,
		OpenSequencerGames: true,
		SettleTimeout:      2 * time.Minute,
		AlertTimeout:       5 * time.Second,
		// 256 MB: at 10^6 accounts a 64 MB cache spent 57 % of the catch-up's
		// CPU re-reading tree nodes from disk (2.6× the CPU of 256 MB,
		// docs/BENCHMARKS.md "catch-up"); --state-cache-mb lowers it.
		StateCacheBytes:   256 << 20,
		PostForcedBatches: true,
		ForceAfter:        30 * time.Second,
		ForcePerSender:    3,
		ForceWindow:       24 * time.Hour,
		ForceTotal:        100,
		MaxTracked:        1000,
		TrackPerSender:    4,
		MaxTrackedTxBytes: 128 << 10,

		EquivocationSources:  EquivocationRegistered,
		EquivocationRequests: 16,
		EquivocationTimeout:  2 * time.Second,
		EquivocationDepth:    8,
	}
}

// ErrConfig wraps every Validate failure.
var ErrConfig = errors.New("invalid watcher config")

// Validate reports the first invalid setting.
func (c Config) Validate() error {
	switch {
	case c.DataDir == "":
		return fmt.Errorf("%w: data dir is required", ErrConfig)
	case c.PollInterval <= 0:
		return fmt.Errorf("%w: poll interval %v must be positive", ErrConfig, c.PollInterval)
	case c.LogRange == 0:
		return fmt.Errorf("%w: log range must be positive", ErrConfig)
	case c.Workers <= 0:
		return fmt.Errorf("%w: workers %d must be positive", ErrConfig, c.Workers)
	case c.SettleTimeout <= 0:
		return fmt.Errorf("%w: settle timeout must be positive", ErrConfig)
	case c.StateCacheBytes <= 0:
		return fmt.Errorf("%w: state cache %d bytes must be positive", ErrConfig, c.StateCacheBytes)
	case c.ForceAfter < time.Second || c.ForceWindow < time.Second:
		return fmt.Errorf("%w: force-after %v and force window %v must be at least a second", ErrConfig, c.ForceAfter, c.ForceWindow)
	case c.ForcePerSender < 0 || c.ForceTotal < 0 || c.MaxTracked <= 0 || c.TrackPerSender <= 0 || c.MaxTrackedTxBytes <= 0:
		return fmt.Errorf("%w: tracking limits must be positive", ErrConfig)
	}
	switch c.EquivocationSources {
	case EquivocationOff:
	case EquivocationRegistered, EquivocationListed:
		if c.EquivocationRequests <= 0 || c.EquivocationTimeout <= 0 || c.EquivocationDepth == 0 {
			return fmt.Errorf("%w: equivocation requests, timeout and depth must be positive", ErrConfig)
		}
	default:
		return fmt.Errorf("%w: equivocation sources %q: want %q, %q or %q", ErrConfig, c.EquivocationSources, EquivocationRegistered, EquivocationListed, EquivocationOff)
	}
	if c.AlertWebhook != "" {
		u, err := url.Parse(c.AlertWebhook)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("%w: alert webhook %q is not an http(s) URL", ErrConfig, c.AlertWebhook)
		}
		if c.AlertTimeout <= 0 {
			return fmt.Errorf("%w: alert timeout must be positive", ErrConfig)
		}
	}
	return nil
}
