package l1multi

import (
	"errors"
	"log/slog"
	"time"
)

// Config tunes a Client.
type Config struct {
	// MaxHeadLag: an endpoint whose head is more than this many blocks
	// behind the primary's is left out of the lowest-head rule.
	MaxHeadLag uint64
	// CrossCheckEvery: one state call in this many is compared against a
	// second endpoint at the same block number. 0 turns the sample off.
	CrossCheckEvery uint64
	// Timeout bounds each request to one endpoint, so that a hanging
	// provider delays an answer by at most this much.
	Timeout time.Duration
	// Log receives the warnings; nil discards them.
	Log *slog.Logger
}

// DefaultConfig is 32 blocks of head lag (a few minutes on mainnet), a
// cross-check every 16 calls and 10 s per request.
func DefaultConfig() Config {
	return Config{MaxHeadLag: 32, CrossCheckEvery: 16, Timeout: 10 * time.Second}
}

// Validate checks the config.
func (c Config) Validate() error {
	if c.Timeout <= 0 {
		return errors.New("l1multi: Timeout must be positive")
	}
	return nil
}
