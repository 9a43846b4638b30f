package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/devnode"
)

// logDroppingProxy forwards JSON-RPC to upstream and removes from every
// eth_getLogs answer the logs emitted by hidden: an L1 provider that omits
// one contract's events, by fault or by design.
func logDroppingProxy(t *testing.T, upstream string, hidden common.Address) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, err := io.ReadAll(req.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		resp, err := http.Post(upstream, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		out, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if bytes.Contains(body, []byte(`"eth_getLogs"`)) && !bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) {
			var msg struct {
				JSONRPC string            `json:"jsonrpc"`
				ID      json.RawMessage   `json:"id"`
				Result  []json.RawMessage `json:"result"`
			}
			if json.Unmarshal(out, &msg) == nil && msg.Result != nil {
				kept := msg.Result[:0]
				for _, l := range msg.Result {
					var lg struct{ Address common.Address }
					if json.Unmarshal(l, &lg) == nil && lg.Address == hidden {
						continue
					}
					kept = append(kept, l)
				}
				msg.Result = kept
				out, _ = json.Marshal(msg)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(out)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestWatcherSeesGamesItsProviderHides: the watcher's L1 provider drops
// every log of the dispute factory, so no GameCreated event ever reaches
// it. Its scan used to move its mark on regardless, and the wrong claim
// won unopposed; the cross-check against the factory's game count finds
// the game and the watcher wins it.
func TestWatcherSeesGamesItsProviderHides(t *testing.T) {
	r := newRollup(t)
	proxy := logDroppingProxy(t, r.url, r.d.Contracts.DisputeGameFactory)
	client, err := ethclient.Dial(proxy.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	watcherKey, liarKey := devnode.DevKey(0), devnode.DevKey(2)
	svc := r.startWatcherOn(client, watcherKey, t.TempDir(), nil)
	wrong := common.HexToHash("0xbad")
	var created gameOut
	runJSON(t, &created, append([]string{"dispute", "create", "--batch", "2", "--root", wrong.Hex()}, r.l1(liarKey)...)...)
	r.waitFor("the counter", true, func() bool { return r.info(0).ClaimCount >= 2 })
	r.waitFor("the win", true, func() bool {
		g, ok, err := svc.w.Store().Game(0)
		return err == nil && ok && g.Done
	})
	if st := r.info(0).Status; st != contracts.GameChallengerWins {
		t.Fatalf("status %v", st)
	}
	if missed, err := svc.w.Store().Metric("missed_game_events_total"); err != nil || missed != 1 {
		t.Errorf("missed_game_events_total = %v (%v), want 1", missed, err)
	}
	self := crypto.PubkeyToAddress(watcherKey.PublicKey)
	if credit, err := r.game(0).Credit(t.Context(), self); err != nil || credit.Sign() != 0 {
		t.Errorf("credit left unclaimed: %v %v", credit, err)
	}
}
