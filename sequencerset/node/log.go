package node

import (
	"context"
	"log/slog"
	"strings"

	cmtlog "github.com/cometbft/cometbft/libs/log"
)

// cmtLogger hands CometBFT's logs to slog: its Info level is a per-step
// narration, so it goes to Debug, and its errors (peers dropping, rounds
// timing out) to Warn; the node's own logs say what matters.
type cmtLogger struct{ l *slog.Logger }

func (c cmtLogger) Debug(msg string, kv ...any) {
	if c.l.Enabled(context.Background(), slog.LevelDebug-4) {
		c.l.Debug(msg, kv...)
	}
}
func (c cmtLogger) Info(msg string, kv ...any) { c.l.Debug(msg, kv...) }
func (c cmtLogger) Error(msg string, kv ...any) {
	// Peers coming and going are errors to CometBFT and routine here;
	// a consensus failure halts the chain and must be seen.
	if strings.Contains(msg, "CONSENSUS FAILURE") {
		c.l.Error(msg, kv...)
		return
	}
	c.l.Debug(msg, kv...)
}
func (c cmtLogger) With(kv ...any) cmtlog.Logger {
	return cmtLogger{l: c.l.With(kv...)}
}
