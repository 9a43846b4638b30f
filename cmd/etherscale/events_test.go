package main

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/rpcproxy"
)

// hidingProxy is an L1 provider that omits hidden's events, by fault or by
// design (internal/rpcproxy).
func hidingProxy(t *testing.T, upstream string, hidden ...common.Address) *rpcproxy.Proxy {
	t.Helper()
	p := rpcproxy.Start(upstream, rpcproxy.Behaviour{HideLogsOf: hidden})
	t.Cleanup(p.Close)
	return p
}

// TestWatcherSeesGamesItsProviderHides: the watcher's L1 provider drops
// every log of the dispute factory, so no GameCreated event ever reaches
// it. Its scan used to move its mark on regardless, and the wrong claim
// won unopposed; the cross-check against the factory's game count finds
// the game and the watcher wins it.
func TestWatcherSeesGamesItsProviderHides(t *testing.T) {
	r := newRollup(t)
	proxy := hidingProxy(t, r.url, r.d.Contracts.DisputeGameFactory)
	client, err := ethclient.Dial(proxy.URL())
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
