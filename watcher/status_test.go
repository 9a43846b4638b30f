package watcher

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/internal/config"
)

// TestWatcherRPCAndStatus: the watcher's JSON-RPC endpoint answers its two
// methods, refuses batches, unknown methods, other verbs and oversized
// bodies, says "not synced" before the first pass instead of tracking
// blind, and the status has a section for every detector, the two that
// cannot run yet saying why.
func TestWatcherRPCAndStatus(t *testing.T) {
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	preset, err := config.Preset(config.PresetDevnet, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	w, err := New(cfg, Deps{L1: fakeL1{}, Tx: &fakeTx{}, Factory: common.Address{1}, Inbox: common.Address{2}, BatchInbox: common.Address{3}, Genesis: &preset.Genesis})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	mux := http.NewServeMux()
	mux.HandleFunc("/status", w.handleStatus)
	mux.HandleFunc("/", w.handleRPC)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	call := func(body string) map[string]json.RawMessage {
		t.Helper()
		resp, err := http.Post(srv.URL, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]json.RawMessage
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		return out
	}
	errMsg := func(out map[string]json.RawMessage) string {
		var e rpcError
		_ = json.Unmarshal(out["error"], &e)
		return e.Message
	}
	for body, want := range map[string]string{
		`{"jsonrpc":"2.0","id":1,"method":"etherscale_watchTransaction","params":["0x02"]}`: "not followed L2 yet",
		`{"jsonrpc":"2.0","id":1,"method":"etherscale_watchTransaction","params":[]}`:       "one parameter",
		`{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x02"]}`:      "not found",
		`[{"jsonrpc":"2.0","id":1,"method":"etherscale_watchStatus","params":[]}]`:          "batches are not accepted",
	} {
		if got := errMsg(call(body)); !strings.Contains(got, want) {
			t.Errorf("%s: error %q, want %q", body, got, want)
		}
	}
	var st Status
	if err := json.Unmarshal(call(`{"jsonrpc":"2.0","id":7,"method":"etherscale_watchStatus","params":[]}`)["result"], &st); err != nil {
		t.Fatal(err)
	}
	if st.MissedSlots.Available || st.MissedSlots.Note == "" || st.Equivocation.Available || st.Equivocation.Note == "" {
		t.Errorf("status %+v: before the first pass detectors 3 and 4 must say they are not running yet", st)
	}
	resp, err := http.Post(srv.URL, "application/json", strings.NewReader(`{"params":["`+strings.Repeat("00", maxRPCBody)+`"]}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body: %s", resp.Status)
	}
	if resp, err = http.Get(srv.URL); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /: %s", resp.Status)
	}
	if resp, err = http.Get(srv.URL + "/status"); err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var st2 Status
	if err := json.NewDecoder(resp.Body).Decode(&st2); err != nil || st2.MissedSlots.Note != st.MissedSlots.Note {
		t.Errorf("GET /status: %+v %v", st2, err)
	}
}
