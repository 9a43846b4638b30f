package devnet_test

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/etherscale/etherscale/internal/devnet"
)

// logRecord is one captured log line: its level, message and attributes
// (the logger's own With attributes included) as strings.
type logRecord struct {
	Level slog.Level
	Msg   string
	Attrs map[string]string
}

func (r logRecord) String() string { return fmt.Sprintf("%s %q %v", r.Level, r.Msg, r.Attrs) }

// logCapture is a slog handler that keeps every record from DEBUG up, so
// a test can check what a human reading the devnet's log would see, and
// passes INFO and up on to next (nil: nowhere).
type logCapture struct {
	mu    *sync.Mutex
	recs  *[]logRecord
	attrs []slog.Attr
	next  slog.Handler
}

func newLogCapture(next slog.Handler) *logCapture {
	return &logCapture{mu: new(sync.Mutex), recs: new([]logRecord), next: next}
}

func (h *logCapture) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelDebug }

func (h *logCapture) Handle(ctx context.Context, r slog.Record) error {
	rec := logRecord{Level: r.Level, Msg: r.Message, Attrs: make(map[string]string)}
	for _, a := range h.attrs {
		rec.Attrs[a.Key] = a.Value.Resolve().String()
	}
	r.Attrs(func(a slog.Attr) bool {
		// A repeated key is kept as key, key#2, ... so that a test sees
		// the duplicate.
		k := a.Key
		for i := 2; ; i++ {
			if _, dup := rec.Attrs[k]; !dup {
				break
			}
			k = fmt.Sprintf("%s#%d", a.Key, i)
		}
		rec.Attrs[k] = a.Value.Resolve().String()
		return true
	})
	h.mu.Lock()
	*h.recs = append(*h.recs, rec)
	h.mu.Unlock()
	if h.next != nil && r.Level >= slog.LevelInfo {
		return h.next.Handle(ctx, r)
	}
	return nil
}

func (h *logCapture) WithAttrs(as []slog.Attr) slog.Handler {
	c := *h
	c.attrs = append(append([]slog.Attr(nil), h.attrs...), as...)
	if h.next != nil {
		c.next = h.next.WithAttrs(as)
	}
	return &c
}

func (h *logCapture) WithGroup(string) slog.Handler { return h }

// records returns a copy of what was logged so far.
func (h *logCapture) records() []logRecord {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]logRecord(nil), *h.recs...)
}

// waitFor waits up to d for a record that match accepts and returns it.
func (h *logCapture) waitFor(t *testing.T, d time.Duration, what string, match func(logRecord) bool) logRecord {
	t.Helper()
	for deadline := time.Now().Add(d); ; time.Sleep(100 * time.Millisecond) {
		for _, r := range h.records() {
			if match(r) {
				return r
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no log line %s within %v", what, d)
		}
	}
}

// positive reports whether a record's attribute is a positive wei amount.
func positive(r logRecord, key string) bool {
	v, ok := new(big.Int).SetString(r.Attrs[key], 10)
	return ok && v.Sign() > 0
}

// checkHonestRacesQuiet fails on a lost race logged at INFO or above: a
// revert name of LostRace's list in an INFO/WARN line, or the services'
// per-game "game over" (the monitor's OUTCOME line tells it once).
func checkHonestRacesQuiet(t *testing.T, recs []logRecord) {
	t.Helper()
	races := []string{"ClaimAlreadyExists", "ClaimAlreadyResolved", "DuplicateStep", "AlreadySlashed", "GameNotInProgress",
		"GameAlreadyExists", "AnchorNotNewer", "AlreadyChallenged", "NoOpenChallenge", "AlreadySettled", "EquivocationAlreadyProven"}
	for _, r := range recs {
		if r.Level < slog.LevelInfo {
			continue
		}
		if r.Msg == "game over" || strings.Contains(r.Msg, "already done by someone else") {
			t.Errorf("a service's outcome or lost race at %s: %v", r.Level, r)
		}
		for _, v := range r.Attrs {
			for _, name := range races {
				if strings.Contains(v, name) {
					t.Errorf("lost race (%s) at %s: %v", name, r.Level, r)
				}
			}
		}
	}
}

// TestHalts: the faults that slash the lone sequencer halt the L2 (the
// banner warns of it); with a BFT set, or another fault, nothing halts.
func TestHalts(t *testing.T) {
	for _, f := range devnet.Faults() {
		want := f == devnet.FaultWithhold || f == devnet.FaultInvalidBatchRoot
		if got := devnet.Halts(f, 1); got != want {
			t.Errorf("Halts(%s, 1) = %v", f, got)
		}
		if devnet.Halts(f, 4) {
			t.Errorf("Halts(%s, 4) = true", f)
		}
	}
}
