package sequencerset_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/sequencerset"
)

// TestSubscribeNewHeadsAndFilters: ethclient's SubscribeNewHead over
// WebSocket (same port as HTTP) gets every new block's header, whose hash
// is the receipts' block hash; block, pending-transaction and log filters
// answer over HTTP as go-ethereum's do; filters are bounded per client.
func TestSubscribeNewHeadsAndFilters(t *testing.T) {
	f := startSequencerWith(t, nil)
	ctx := context.Background()
	ws, err := ethclient.Dial(f.seq.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 16)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	// One address holds at most WSConnsPerClient WebSocket connections.
	for i := 1; i < sequencerset.WSConnsPerClient; i++ {
		c, err := rpc.Dial(f.seq.WSURL())
		if err != nil {
			t.Fatalf("WebSocket connection %d: %v", i+1, err)
		}
		defer c.Close()
	}
	if c, err := rpc.Dial(f.seq.WSURL()); err == nil {
		c.Close()
		t.Fatalf("WebSocket connection %d: no error", sequencerset.WSConnsPerClient+1)
	}
	// One address holds at most MaxSubscriptionsPerClient subscriptions
	// (one is open); unsubscribing frees a place.
	var extra []*rpc.ClientSubscription
	wsRaw := ws.Client()
	for i := 1; i < sequencerset.MaxSubscriptionsPerClient; i++ {
		s, err := wsRaw.EthSubscribe(ctx, make(chan *types.Header, 1), "newHeads")
		if err != nil {
			t.Fatalf("subscription %d: %v", i+1, err)
		}
		extra = append(extra, s)
	}
	if _, err := wsRaw.EthSubscribe(ctx, make(chan *types.Header, 1), "newHeads"); err == nil || !strings.Contains(err.Error(), "too many subscriptions") {
		t.Fatalf("subscription past the cap: %v", err)
	}
	for _, s := range extra {
		s.Unsubscribe()
	}
	time.Sleep(100 * time.Millisecond) // the server sees the unsubscriptions
	s, err := wsRaw.EthSubscribe(ctx, make(chan *types.Header, 1), "newHeads")
	if err != nil {
		t.Fatalf("subscription after unsubscribing: %v", err)
	}
	s.Unsubscribe()
	// Over HTTP a subscription is refused (no notifications there).
	if _, err := f.l2.SubscribeNewHead(ctx, make(chan *types.Header)); err == nil {
		t.Fatal("subscription over HTTP: no error")
	}
	raw := f.l2.Client()
	var blockF, pendingF, logF rpc.ID
	for _, c := range []struct {
		id     *rpc.ID
		method string
		args   []any
	}{{&blockF, "eth_newBlockFilter", nil}, {&pendingF, "eth_newPendingTransactionFilter", nil}, {&logF, "eth_newFilter", []any{map[string]any{"fromBlock": "latest"}}}} {
		if err := raw.CallContext(ctx, c.id, c.method, c.args...); err != nil || *c.id == "" {
			t.Fatalf("%s: %q, %v", c.method, *c.id, err)
		}
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000b0b00")
	var receipts []*types.Receipt
	for i := range 2 {
		tx, r := walletTransfer(t, ctx, f.l2, f, to, big.NewInt(int64(i+1)), false)
		receipts = append(receipts, r)
		var pending []common.Hash
		if err := raw.CallContext(ctx, &pending, "eth_getFilterChanges", pendingF); err != nil || len(pending) != 1 || pending[0] != tx.Hash() {
			t.Fatalf("pending filter after transfer %d: %v, %v, want [%s]", i, pending, err, tx.Hash())
		}
	}
	for _, r := range receipts {
		select {
		case h := <-heads:
			if h.Number.Cmp(r.BlockNumber) != 0 || h.Hash() != r.BlockHash {
				t.Fatalf("new head %d %s, want block %d %s", h.Number, h.Hash(), r.BlockNumber, r.BlockHash)
			}
		case err := <-sub.Err():
			t.Fatal(err)
		case <-time.After(10 * time.Second):
			t.Fatalf("no new head for block %d", r.BlockNumber)
		}
	}
	var hashes []common.Hash
	if err := raw.CallContext(ctx, &hashes, "eth_getFilterChanges", blockF); err != nil || len(hashes) != 2 || hashes[0] != receipts[0].BlockHash || hashes[1] != receipts[1].BlockHash {
		t.Fatalf("block filter: %v, %v", hashes, err)
	}
	if err := raw.CallContext(ctx, &hashes, "eth_getFilterChanges", blockF); err != nil || len(hashes) != 0 {
		t.Fatalf("block filter, second poll: %v, %v, want []", hashes, err)
	}
	for _, m := range []string{"eth_getFilterChanges", "eth_getFilterLogs"} {
		var logs []types.Log
		if err := raw.CallContext(ctx, &logs, m, logF); err != nil || logs == nil || len(logs) != 0 {
			t.Fatalf("%s on a log filter: %v, %v, want []", m, logs, err)
		}
	}
	var ok bool
	if err := raw.CallContext(ctx, &ok, "eth_uninstallFilter", logF); err != nil || !ok {
		t.Fatalf("uninstall: %v, %v", ok, err)
	}
	if err := raw.CallContext(ctx, &ok, "eth_uninstallFilter", logF); err != nil || ok {
		t.Fatalf("uninstall twice: %v, %v, want false", ok, err)
	}
	var none any
	if err := raw.CallContext(ctx, &none, "eth_getFilterChanges", logF); err == nil || !strings.Contains(err.Error(), "filter not found") {
		t.Fatalf("changes of an uninstalled filter: %v, want filter not found", err)
	}
	// Per-client cap: two filters are installed, the rest up to the cap
	// pass, one more is refused.
	for i := 2; i < sequencerset.MaxFiltersPerClient; i++ {
		var id rpc.ID
		if err := raw.CallContext(ctx, &id, "eth_newBlockFilter"); err != nil {
			t.Fatalf("filter %d: %v", i, err)
		}
	}
	var id rpc.ID
	if err := raw.CallContext(ctx, &id, "eth_newBlockFilter"); err == nil || !strings.Contains(err.Error(), "too many filters") {
		t.Fatalf("filter past the per-client cap: %v", err)
	}
}
