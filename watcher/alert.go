package watcher

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Alert is the JSON body posted to the webhook on a detected fault.
type Alert struct {
	// Kind is "wrong-claim", "wrong-batch-root", "data-unavailable",
	// "batch-unrebuildable", "wrong-root-won", "wrong-anchor",
	// "deadline-missed", "inbox-overdue" (detector 1: entries past
	// inclusionWindow), "forced-batch-posted" (detector 1: we posted the
	// escape hatch; Censors were penalised) or "transaction-censored"
	// (detector 2: Tx kept out of Count batches signed by Censors, forced
	// as inbox Entry), "slot-missed" (detector 3: Censors[0] led Slot and
	// was struck by Tx, Count consecutive strikes), "sequencer-jailed"
	// (detector 3: Censors[0] jailed from Epoch) or "equivocation-proven"
	// (detector 4: Censors[0] signed two headers for Batch, True the
	// first (the posted one when it is one of them), Claimed the second,
	// Reason where the second came from; Tx our proof).
	Kind    string  `json:"kind"`
	Game    *uint64 `json:"game,omitempty"`
	Batch   uint64  `json:"batch"`
	Claimed string  `json:"claimed"` // the root claimed; for data-unavailable, the dataRoot attested; for batch-unrebuildable, the header hash
	True    string  `json:"true,omitempty"`
	// Reason says why a batch cannot be rebuilt (batch-unrebuildable):
	// "malformed", "unavailable" or "other", and the details.
	Reason string `json:"reason,omitempty"`
	// Censorship alerts: the inbox entry (the oldest overdue, or the forced
	// transaction's), how many (entries overdue or consumed, batches that
	// left the transaction out), who is responsible, the transaction.
	Entry   *uint64          `json:"entry,omitempty"`
	Count   uint64           `json:"count,omitempty"`
	Censors []common.Address `json:"censors,omitempty"`
	Tx      string           `json:"tx,omitempty"`
	Slot    *uint64          `json:"slot,omitempty"`
	Epoch   *uint64          `json:"epoch,omitempty"`
	L1Block uint64           `json:"l1Block"`
	Time    time.Time        `json:"time"`
}

// postAlert sends one alert. Delivery is best effort: a down receiver must
// not stop the watcher from playing the game it alerts about.
func postAlert(ctx context.Context, client *http.Client, url string, a Alert) error {
	body, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encode alert: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("alert request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("post alert: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("post alert: webhook answered %s", resp.Status)
	}
	return nil
}
