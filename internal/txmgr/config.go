package txmgr

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/log"
)

// Defaults returned by DefaultConfig.
const (
	DefaultGasMarginPercent = 20
	DefaultPollInterval     = 100 * time.Millisecond
	DefaultReceiptTimeout   = 2 * time.Minute
	DefaultMaxRetries       = 5
	DefaultRetryBackoff     = 200 * time.Millisecond
	DefaultRPCTimeout       = 10 * time.Second
	DefaultBumpInterval     = 24 * time.Second
)

// BumpPercent is how much each replacement raises the tip and the fee cap:
// go-ethereum's pool refuses a replacement that raises either by less than
// 10 %.
const BumpPercent = 15

// Bounds checked by Config.Validate.
const (
	// MaxGasMarginPercent guards against a typo turning a 20% margin into a
	// transaction that can never fit in a block.
	MaxGasMarginPercent = 1000
	// maxBackoff caps the exponential backoff between retries, so a long
	// outage is polled at a steady rate instead of ever more rarely.
	maxBackoff = 30 * time.Second
)

// Config tunes a Sender. Start from DefaultConfig: durations must be
// positive, so a zero Config does not validate.
type Config struct {
	// Confirmations is the number of blocks required on top of the
	// inclusion block before Send returns; 0 returns at inclusion.
	Confirmations uint64
	// GasMarginPercent is added to the gas estimate, because the state a
	// transaction executes on may differ from the one it was estimated on.
	GasMarginPercent uint64
	// MaxFeeCap is the highest fee cap (wei per gas) the Sender will sign.
	// If 2×baseFee+tip is above it but baseFee+tip is not, the fee cap is
	// clamped to MaxFeeCap; otherwise Send fails with ErrFeeCapTooHigh.
	// nil means no limit.
	MaxFeeCap *big.Int
	// MinTipCap is a floor for the node's suggested priority fee; nil means
	// no floor.
	MinTipCap *big.Int
	// PollInterval is how often receipts and the head are polled.
	PollInterval time.Duration
	// ReceiptTimeout bounds the wait for inclusion plus confirmations
	// (ErrReceiptTimeout).
	ReceiptTimeout time.Duration
	// MaxRetries is how many times a transiently failing RPC is retried, with
	// a backoff starting at RetryBackoff and doubling each time.
	MaxRetries   int
	RetryBackoff time.Duration
	// RPCTimeout bounds each single RPC so that a hung connection becomes a
	// retryable failure instead of blocking Send; 0 means only the caller's
	// context applies.
	RPCTimeout time.Duration
	// BumpInterval is how long a transaction may wait for inclusion before
	// it is replaced by the same transaction (same nonce) with tip and fee
	// cap raised by BumpPercent (and the fee cap at least 2×baseFee + tip
	// again), repeatedly, up to MaxFeeCap. A transaction priced out by a
	// fee spike, or by an attacker filling blocks, then still lands before
	// its deadline. 0 never replaces.
	BumpInterval time.Duration
	// ErrorABIs are searched, in order, for custom Solidity errors when
	// decoding revert data.
	ErrorABIs []*abi.ABI
	// Logger receives retry and progress messages; nil means go-ethereum's
	// root logger as of New, which discards everything unless the program
	// installed a handler before.
	Logger log.Logger
}

// DefaultConfig returns a Config suitable for L1: no confirmations, a 20%
// gas margin, no fee limit, 100ms polling, a two-minute receipt timeout and
// five retries starting at 200ms.
func DefaultConfig() Config {
	return Config{
		GasMarginPercent: DefaultGasMarginPercent,
		PollInterval:     DefaultPollInterval,
		ReceiptTimeout:   DefaultReceiptTimeout,
		MaxRetries:       DefaultMaxRetries,
		RetryBackoff:     DefaultRetryBackoff,
		RPCTimeout:       DefaultRPCTimeout,
		BumpInterval:     DefaultBumpInterval,
	}
}

// Validate reports whether c is usable.
func (c Config) Validate() error {
	switch {
	case c.GasMarginPercent > MaxGasMarginPercent:
		return fmt.Errorf("%w: gas margin %d%% exceeds %d%%", ErrInvalidConfig, c.GasMarginPercent, MaxGasMarginPercent)
	case c.MaxFeeCap != nil && c.MaxFeeCap.Sign() <= 0:
		return fmt.Errorf("%w: max fee cap %s must be positive", ErrInvalidConfig, c.MaxFeeCap)
	case c.MinTipCap != nil && c.MinTipCap.Sign() < 0:
		return fmt.Errorf("%w: negative min tip cap %s", ErrInvalidConfig, c.MinTipCap)
	case c.MaxFeeCap != nil && c.MinTipCap != nil && c.MinTipCap.Cmp(c.MaxFeeCap) > 0:
		return fmt.Errorf("%w: min tip cap %s exceeds max fee cap %s", ErrInvalidConfig, c.MinTipCap, c.MaxFeeCap)
	case c.PollInterval <= 0:
		return fmt.Errorf("%w: poll interval %s must be positive", ErrInvalidConfig, c.PollInterval)
	case c.ReceiptTimeout <= 0:
		return fmt.Errorf("%w: receipt timeout %s must be positive", ErrInvalidConfig, c.ReceiptTimeout)
	case c.MaxRetries < 0:
		return fmt.Errorf("%w: negative max retries %d", ErrInvalidConfig, c.MaxRetries)
	case c.MaxRetries > 0 && c.RetryBackoff <= 0:
		return fmt.Errorf("%w: retry backoff %s must be positive when retrying", ErrInvalidConfig, c.RetryBackoff)
	case c.RPCTimeout < 0:
		return fmt.Errorf("%w: negative RPC timeout %s", ErrInvalidConfig, c.RPCTimeout)
	case c.BumpInterval < 0:
		return fmt.Errorf("%w: negative bump interval %s", ErrInvalidConfig, c.BumpInterval)
	}
	for i, a := range c.ErrorABIs {
		if a == nil {
			return fmt.Errorf("%w: ErrorABIs[%d] is nil", ErrInvalidConfig, i)
		}
	}
	return nil
}
