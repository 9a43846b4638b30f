package watcher

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Alert is the JSON body posted to the webhook on a detected fault.
type Alert struct {
	Kind    string  `json:"kind"` // "wrong-claim", "wrong-batch-root", "data-unavailable", "batch-unrebuildable", "wrong-root-won" or "wrong-anchor"
	Game    *uint64 `json:"game,omitempty"`
	Batch   uint64  `json:"batch"`
	Claimed string  `json:"claimed"` // the root claimed; for data-unavailable, the dataRoot attested; for batch-unrebuildable, the header hash
	True    string  `json:"true,omitempty"`
	// Reason says why a batch cannot be rebuilt (batch-unrebuildable):
	// "malformed", "unavailable" or "other", and the details.
	Reason  string    `json:"reason,omitempty"`
	L1Block uint64    `json:"l1Block"`
	Time    time.Time `json:"time"`
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
