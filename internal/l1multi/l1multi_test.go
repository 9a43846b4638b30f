package l1multi

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/rpcproxy"
)

// emitterInit is init code that emits one LOG0 (empty data) from the new
// contract and leaves no code: every deployment is one log of a fresh
// address.
var emitterInit = common.FromHex("60006000a000")

// chain is one dev node with three deployments mined, one per block:
// logs of A, B and C.
type chain struct {
	t       *testing.T
	node    *devnode.Node
	url     string
	a, b, c common.Address
	head    uint64
}

func newChain(t *testing.T) *chain {
	t.Helper()
	node, err := devnode.Start(devnode.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	ch := &chain{t: t, node: node, url: node.HTTPEndpoint()}
	ec := ch.dial(ch.url)
	key := devnode.DevKey(0)
	from := crypto.PubkeyToAddress(key.PublicKey)
	for i := range 3 {
		tx := ch.signed(ec, key, uint64(i), nil, emitterInit)
		if err := ec.SendTransaction(t.Context(), tx); err != nil {
			t.Fatal(err)
		}
		ch.mined(ec, tx.Hash())
	}
	ch.a, ch.b, ch.c = crypto.CreateAddress(from, 0), crypto.CreateAddress(from, 1), crypto.CreateAddress(from, 2)
	if ch.head, err = ec.BlockNumber(t.Context()); err != nil {
		t.Fatal(err)
	}
	return ch
}

func (ch *chain) dial(url string) *ethclient.Client {
	ch.t.Helper()
	ec, err := ethclient.Dial(url)
	if err != nil {
		ch.t.Fatal(err)
	}
	ch.t.Cleanup(ec.Close)
	return ec
}

func (ch *chain) signed(ec *ethclient.Client, key *ecdsa.PrivateKey, nonce uint64, to *common.Address, data []byte) *types.Transaction {
	ch.t.Helper()
	tip, err := ec.SuggestGasTipCap(ch.t.Context())
	if err != nil {
		ch.t.Fatal(err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: ch.node.ChainID(), Nonce: nonce, To: to, Gas: 100_000, Data: data,
		GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, big.NewInt(100e9)),
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(ch.node.ChainID()), key)
	if err != nil {
		ch.t.Fatal(err)
	}
	return signed
}

func (ch *chain) mined(ec interface {
	TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error)
}, hash common.Hash) {
	ch.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if r, err := ec.TransactionReceipt(ch.t.Context(), hash); err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				ch.t.Fatalf("tx %s reverted", hash)
			}
			return
		}
		if time.Now().After(deadline) {
			ch.t.Fatalf("tx %s not mined", hash)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (ch *chain) proxy(b rpcproxy.Behaviour) *rpcproxy.Proxy {
	p := rpcproxy.Start(ch.url, b)
	ch.t.Cleanup(p.Close)
	return p
}

// multi builds a client over the given URLs, the first the primary.
func (ch *chain) multi(cfg Config, urls ...string) *Client {
	ch.t.Helper()
	eps := make([]Endpoint, len(urls))
	for i, u := range urls {
		eps[i] = Endpoint{Name: u, Client: ch.dial(u)}
	}
	c, err := New(ch.t.Context(), cfg, eps...)
	if err != nil {
		ch.t.Fatal(err)
	}
	return c
}

func allLogs(t *testing.T, c interface {
	FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error)
}) []types.Log {
	t.Helper()
	logs, err := c.FilterLogs(t.Context(), ethereum.FilterQuery{FromBlock: big.NewInt(0)})
	if err != nil {
		t.Fatal(err)
	}
	return logs
}

// TestMultiFilterLogsUnion: one endpoint hides A's and C's logs; the
// union with an honest endpoint has all three, in chain order, once each,
// whichever is the primary, and the hiding one is counted for the two it
// omitted.
func TestMultiFilterLogsUnion(t *testing.T) {
	ch := newChain(t)
	hiding := ch.proxy(rpcproxy.Behaviour{HideLogsOf: []common.Address{ch.a, ch.c}})
	if got := allLogs(t, ch.dial(hiding.URL())); len(got) != 1 {
		t.Fatalf("the hiding proxy alone returns %d logs, want 1", len(got))
	}
	for _, order := range [][]string{{hiding.URL(), ch.url}, {ch.url, hiding.URL()}} {
		c := ch.multi(DefaultConfig(), order...)
		got := allLogs(t, c)
		want := []common.Address{ch.a, ch.b, ch.c}
		if len(got) != len(want) {
			t.Fatalf("%v: %d logs, want %d", order, len(got), len(want))
		}
		for i, l := range got {
			if l.Address != want[i] || (i > 0 && l.BlockNumber <= got[i-1].BlockNumber) {
				t.Errorf("%v: log %d: %s at %d", order, i, l.Address, l.BlockNumber)
			}
		}
		hid := 0
		if order[1] == hiding.URL() {
			hid = 1
		}
		st := c.Stats()
		if st[hid].OmittedLogs != 2 || st[1-hid].OmittedLogs != 0 || st[0].BadLogs+st[1].BadLogs != 0 {
			t.Errorf("%v: stats %+v", order, st)
		}
	}
	// Two honest endpoints: the same logs, deduplicated, nothing counted.
	c := ch.multi(DefaultConfig(), ch.url, ch.proxy(rpcproxy.Behaviour{}).URL())
	if got := allLogs(t, c); len(got) != 3 {
		t.Errorf("honest pair: %d logs", len(got))
	}
	for _, s := range c.Stats() {
		if s != (EndpointStats{Name: s.Name}) {
			t.Errorf("honest pair counted %+v", s)
		}
	}
}

// TestMultiFilterLogsForged: an endpoint that rewrites log data is out-voted
// by the receipts root, even as the primary: the true logs are returned,
// the forger counted.
func TestMultiFilterLogsForged(t *testing.T) {
	ch := newChain(t)
	forger := ch.proxy(rpcproxy.Behaviour{TamperLogs: true})
	c := ch.multi(DefaultConfig(), forger.URL(), ch.url)
	got := allLogs(t, c)
	if len(got) != 3 {
		t.Fatalf("%d logs", len(got))
	}
	for _, l := range got {
		if len(l.Data) != 0 {
			t.Errorf("forged data %x kept", l.Data)
		}
	}
	if st := c.Stats(); st[0].BadLogs != 3 || st[0].OmittedLogs != 3 || st[1].BadLogs != 0 {
		t.Errorf("stats %+v", st)
	}
}

// TestMultiHead: the head is the lowest among the endpoints, unless one
// lags more than MaxHeadLag behind the primary.
func TestMultiHead(t *testing.T) {
	ch := newChain(t)
	lag := ch.proxy(rpcproxy.Behaviour{HeadLag: 2})
	c := ch.multi(DefaultConfig(), ch.url, lag.URL())
	n, err := c.BlockNumber(t.Context())
	if err != nil || n != ch.head-2 {
		t.Fatalf("head %d (%v), want %d", n, err, ch.head-2)
	}
	h, err := c.HeaderByNumber(t.Context(), nil)
	if err != nil || h.Number.Uint64() != ch.head-2 {
		t.Fatalf("header %v (%v)", h, err)
	}
	// A log query up to the head stops at the lowest head too.
	if got := allLogs(t, c); len(got) != 1 {
		t.Errorf("%d logs up to the lagging head, want 1", len(got))
	}
	cfg := DefaultConfig()
	cfg.MaxHeadLag = 1
	c = ch.multi(cfg, ch.url, lag.URL())
	if n, err := c.BlockNumber(t.Context()); err != nil || n != ch.head {
		t.Fatalf("head %d (%v), want %d past MaxHeadLag", n, err, ch.head)
	}
	if st := c.Stats(); st[1].Lagging != 1 {
		t.Errorf("stats %+v", st)
	}
	for _, s := range c.Stats() {
		if s.HeaderMismatches != 0 {
			t.Errorf("header mismatch counted on one chain: %+v", s)
		}
	}
}

// TestMultiFailover: the primary is down; reads fail over, logs come from
// the one endpoint left, a send goes through the other endpoint.
func TestMultiFailover(t *testing.T) {
	ch := newChain(t)
	down := ch.proxy(rpcproxy.Behaviour{})
	c := ch.multi(DefaultConfig(), down.URL(), ch.url)
	down.SetFailing(true)
	from := crypto.PubkeyToAddress(devnode.DevKey(0).PublicKey)
	nonce, err := c.NonceAt(t.Context(), from, nil)
	if err != nil || nonce != 3 {
		t.Fatalf("nonce %d (%v)", nonce, err)
	}
	if code, err := c.CodeAt(t.Context(), ch.a, nil); err != nil || len(code) != 0 {
		t.Fatalf("code %x (%v)", code, err)
	}
	if got := allLogs(t, c); len(got) != 3 {
		t.Fatalf("%d logs", len(got))
	}
	to := common.HexToAddress("0x1234")
	tx := ch.signed(ch.dial(ch.url), devnode.DevKey(0), nonce, &to, nil)
	if err := c.SendTransaction(t.Context(), tx); err != nil {
		t.Fatal(err)
	}
	ch.mined(c, tx.Hash())
	if st := c.Stats(); st[0].Errors == 0 || st[1].Errors != 0 {
		t.Errorf("stats %+v", st)
	}
	// Every endpoint down: the error says so and wraps the cause.
	down2 := ch.proxy(rpcproxy.Behaviour{})
	both := ch.multi(DefaultConfig(), down.URL(), down2.URL())
	down2.SetFailing(true)
	_, err = both.NonceAt(t.Context(), from, nil)
	var httpErr rpc.HTTPError
	if !errors.As(err, &httpErr) || httpErr.StatusCode != 502 {
		t.Errorf("both down: %v", err)
	}
	if _, err := both.FilterLogs(t.Context(), ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: big.NewInt(1)}); !errors.As(err, &httpErr) {
		t.Errorf("both down: logs: %v", err)
	}
}

// TestMultiCrossCheck: sampled calls agree on one chain, and a call the
// node answers with an error is an answer, not a failover.
func TestMultiCrossCheck(t *testing.T) {
	ch := newChain(t)
	cfg := DefaultConfig()
	cfg.CrossCheckEvery = 1
	c := ch.multi(cfg, ch.url, ch.proxy(rpcproxy.Behaviour{}).URL())
	for range 3 {
		if _, err := c.CallContract(t.Context(), ethereum.CallMsg{To: &ch.a}, nil); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range c.Stats() {
		if s.CallMismatches != 0 || s.Errors != 0 {
			t.Errorf("stats %+v", s)
		}
	}
}

// TestMultiConfig: Validate, New without endpoints, and URL redaction.
func TestMultiConfig(t *testing.T) {
	if err := (Config{}).Validate(); err == nil {
		t.Error("zero timeout accepted")
	}
	if err := DefaultConfig().Validate(); err != nil {
		t.Error(err)
	}
	if _, err := New(t.Context(), DefaultConfig()); err == nil {
		t.Error("no endpoint accepted")
	}
	if got := Redact("https://eth.example/v3/SECRETKEY?x=1"); got != "https://eth.example" {
		t.Errorf("Redact: %s", got)
	}
}

// TestMultiTransactionReader: batch data is read from the posting
// transaction through ethereum.TransactionReader, which the contracts
// clients look for by type assertion.
func TestMultiTransactionReader(t *testing.T) {
	ch := newChain(t)
	var c any = ch.multi(DefaultConfig(), ch.url, ch.url)
	r, ok := c.(ethereum.TransactionReader)
	if !ok {
		t.Fatal("not an ethereum.TransactionReader")
	}
	logs := allLogs(t, c.(*Client))
	tx, pending, err := r.TransactionByHash(t.Context(), logs[0].TxHash)
	if err != nil || pending || tx.Hash() != logs[0].TxHash {
		t.Fatalf("%v %v %v", tx, pending, err)
	}
}

// TestMultiBatchCall: a batch of calls is one request to the endpoint
// that answers it, fails over as a whole when the primary is down, keeps
// each call's own answer (the identity precompile echoes its input) and
// its own error, and samples its calls for cross-checking as single calls
// are.
func TestMultiBatchCall(t *testing.T) {
	ch := newChain(t)
	down := ch.proxy(rpcproxy.Behaviour{})
	up := ch.proxy(rpcproxy.Behaviour{})
	cfg := DefaultConfig()
	cfg.CrossCheckEvery = 0
	c := ch.multi(cfg, down.URL(), up.URL())
	down.SetFailing(true)
	identity := common.BytesToAddress([]byte{4})
	poor := common.HexToAddress("0x00000000000000000000000000000000000beef1")
	msgs := []ethereum.CallMsg{
		{To: &identity, Data: []byte("one")},
		{To: &identity, Data: []byte("two")},
		{From: poor, To: &identity, Value: big.NewInt(1e18)}, // insufficient funds: this call's error only
		{To: &ch.a},
	}
	before := up.Requests()
	outs, errs, err := c.BatchCallContract(t.Context(), msgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := up.Requests() - before; n != 1 {
		t.Errorf("%d requests to the answering endpoint for one batch", n)
	}
	if string(outs[0]) != "one" || string(outs[1]) != "two" || errs[0] != nil || errs[1] != nil {
		t.Errorf("answers %q %q (%v %v)", outs[0], outs[1], errs[0], errs[1])
	}
	if errs[2] == nil {
		t.Error("the unfunded call did not fail")
	}
	if errs[3] != nil || len(outs[3]) != 0 {
		t.Errorf("call to a codeless address: %x %v", outs[3], errs[3])
	}
	if st := c.Stats(); st[0].Errors == 0 {
		t.Errorf("the primary's failure was not counted: %+v", st)
	}
	// Sampled calls of a batch are cross-checked: two honest endpoints agree.
	cfg.CrossCheckEvery = 1
	checked := ch.multi(cfg, ch.url, up.URL())
	if _, _, err := checked.BatchCallContract(t.Context(), msgs, nil); err != nil {
		t.Fatal(err)
	}
	for _, s := range checked.Stats() {
		if s.CallMismatches != 0 {
			t.Errorf("honest endpoints disagree: %+v", s)
		}
	}
	// Every endpoint down: one error for the batch.
	up.SetFailing(true)
	if _, _, err := c.BatchCallContract(t.Context(), msgs, nil); err == nil {
		t.Error("a batch with no endpoint up succeeded")
	}
}
