package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/watcher"
)

// TestProverNeverAnchorsAWrongRoot: a wrong root on batch 2 goes
// uncountered (no honest party was running) and resolves DEFENDER_WINS.
// The honest prover that starts afterwards must not move the anchor to it
// (it used to take the newest DEFENDER_WINS game as it was); it alerts
// instead. When the attacker moves the anchor itself, the watcher says so
// loudly (alert and gauge) and keeps running its passes.
func TestProverNeverAnchorsAWrongRoot(t *testing.T) {
	r := newRollup(t)
	proverKey, liarKey := devnode.DevKey(0), devnode.DevKey(2)
	wrong := common.HexToHash("0xbad")
	var created gameOut
	runJSON(t, &created, append([]string{"dispute", "create", "--batch", "2", "--root", wrong.Hex()}, r.l1(liarKey)...)...)
	r.clock.advance(r.d.Config.ClaimTimeout.Seconds() + 1)
	if out, err := run(t, append(append([]string{"dispute", "resolve"}, r.l1(liarKey)...), "0")...); err != nil {
		t.Fatalf("resolve: %v\n%s", err, out)
	}
	if st := r.info(0).Status; st != contracts.GameDefenderWins {
		t.Fatalf("wrong root's game: %v", st)
	}
	r.clock.advance(r.d.Config.AnchorAirgap.Seconds() + 1)

	alerts := make(chan watcher.Alert, 16)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		var a watcher.Alert
		if err := json.NewDecoder(req.Body).Decode(&a); err == nil {
			alerts <- a
		}
	}))
	defer hook.Close()
	svc := r.startWatcherWith(proverKey, t.TempDir(), func(c *watcher.Config) {
		c.AlertWebhook, c.ProveEvery = hook.URL, 2
	})
	waitAlert := func(kind string) watcher.Alert {
		t.Helper()
		deadline := time.After(60 * time.Second)
		for {
			select {
			case a := <-alerts:
				if a.Kind == kind {
					return a
				}
			case <-deadline:
				t.Fatalf("no %s alert", kind)
			case <-time.After(200 * time.Millisecond):
				r.clock.tick()
			}
		}
	}
	a := waitAlert("wrong-root-won")
	if a.Game == nil || *a.Game != 0 || a.Batch != 2 || a.Claimed != wrong.Hex() || a.True != r.root2.Hex() {
		t.Errorf("alert %+v", a)
	}
	registry := contracts.NewAnchorStateRegistry(r.d.Contracts.AnchorStateRegistry, r.client, nil)
	for range 10 { // passes enough for the old prover to have anchored it
		r.clock.tick()
		time.Sleep(100 * time.Millisecond)
	}
	if anc, err := registry.Anchor(context.Background()); err != nil || anc.Batch != 0 {
		t.Fatalf("anchor %+v (%v): the prover anchored the wrong root", anc, err)
	}

	// The attacker anchors its root itself (the registry lets anyone).
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	liar, err := txmgr.New(context.Background(), r.client, liarKey, tcfg)
	if err != nil {
		t.Fatal(err)
	}
	anc, _, err := contracts.NewAnchorStateRegistry(r.d.Contracts.AnchorStateRegistry, r.client, liar).Update(context.Background(), common.Big0)
	if err != nil || anc.Root != wrong {
		t.Fatalf("attacker's anchor update: %+v %v", anc, err)
	}
	a = waitAlert("wrong-anchor")
	if a.Batch != 2 || a.Claimed != wrong.Hex() || a.True != r.root2.Hex() {
		t.Errorf("alert %+v", a)
	}
	resp, err := http.Get("http://" + svc.w.MetricsAddr().String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{"etherscale_watcher_anchor_wrong 1", "etherscale_watcher_wrong_roots_won_total 1"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	// Still running: the monitor goes on processing heads.
	h0, _ := r.client.HeaderByNumber(context.Background(), nil)
	r.clock.tick()
	r.waitFor("the watcher to process new heads", true, func() bool {
		resp, err := http.Get("http://" + svc.w.MetricsAddr().String() + "/metrics")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "etherscale_watcher_l1_head "); ok {
				var f float64
				json.Unmarshal([]byte(v), &f)
				return uint64(f) > h0.Number.Uint64()
			}
		}
		return false
	})
}
