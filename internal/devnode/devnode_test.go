package devnode

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantErr bool
	}{
		{"zero value", Config{}, false},
		{"defaults", DefaultConfig(), false},
		{"period", Config{Period: 12}, false},
		{"period too large", Config{Period: MaxPeriod + 1}, true},
		{"gas limit too small", Config{GasLimit: params.MinGasLimit - 1}, true},
		{"negative accounts", Config{DevAccounts: -1}, true},
		{"too many accounts", Config{DevAccounts: MaxDevAccounts + 1}, true},
		{"negative balance", Config{Balance: big.NewInt(-1)}, true},
		{"balance over 256 bits", Config{Balance: new(big.Int).Lsh(big.NewInt(1), 256)}, true},
		{"negative port", Config{HTTPPort: -1}, true},
		{"port too large", Config{WSPort: 65536}, true},
		{"same fixed ports", Config{HTTPPort: 18545, WSPort: 18545}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if (err != nil) != tt.wantErr {
				t.Fatalf("Validate() = %v, want error %v", err, tt.wantErr)
			}
			if err != nil && !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("error %v does not wrap ErrInvalidConfig", err)
			}
		})
	}
}

func TestDevKey(t *testing.T) {
	if got, want := crypto.PubkeyToAddress(DevKey(0).PublicKey), common.HexToAddress("0x71562b71999873DB5b286dF957af199Ec94617F7"); got != want {
		t.Fatalf("DevKey(0) address = %s, want %s", got, want)
	}
	if DevKey(-1) != nil {
		t.Fatal("DevKey(-1) should be nil")
	}
	seen := make(map[common.Address]int)
	for i := range 20 {
		a := crypto.PubkeyToAddress(DevKey(i).PublicKey)
		if j, dup := seen[a]; dup {
			t.Fatalf("DevKey(%d) and DevKey(%d) share address %s", i, j, a)
		}
		seen[a] = i
		if b := crypto.PubkeyToAddress(DevKey(i).PublicKey); b != a {
			t.Fatalf("DevKey(%d) not deterministic: %s then %s", i, a, b)
		}
	}
	// Pin the derivation: changing it would silently move every funded
	// test account.
	want := crypto.Keccak256([]byte("etherscale-dev-key"), []byte{0, 0, 0, 0, 0, 0, 0, 1})
	if got := crypto.FromECDSA(DevKey(1)); string(got) != string(want) {
		t.Fatalf("DevKey(1) = %x, want %x", got, want)
	}
}

// startNode starts an embedded node that is closed when the test ends.
func startNode(t *testing.T, cfg Config) *Node {
	t.Helper()
	n, err := Start(cfg)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return n
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(c.Close)
	return c
}

// transfer signs and sends value wei from key to `to` and waits for the
// receipt.
func transfer(ctx context.Context, t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, value *big.Int) *types.Receipt {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatalf("ChainID: %v", err)
	}
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatalf("PendingNonceAt: %v", err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("HeaderByNumber: %v", err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: params.TxGas, To: &to, Value: value,
	})
	if err != nil {
		t.Fatalf("sign: %v", err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("SendTransaction: %v", err)
	}
	for {
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transfer %s failed", tx.Hash())
			}
			return r
		}
		if !receiptPending(err) {
			t.Fatalf("TransactionReceipt: %v", err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v", tx.Hash(), ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func TestEmbeddedNode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	n := startNode(t, Config{DevAccounts: 3})

	if !strings.HasPrefix(n.HTTPEndpoint(), "http://127.0.0.1:") {
		t.Errorf("HTTPEndpoint = %q, want http://127.0.0.1:PORT", n.HTTPEndpoint())
	}
	if !strings.HasPrefix(n.WSEndpoint(), "ws://127.0.0.1:") {
		t.Errorf("WSEndpoint = %q, want ws://127.0.0.1:PORT", n.WSEndpoint())
	}
	if n.ChainID().Cmp(big.NewInt(DevChainID)) != 0 || params.AllDevChainProtocolChanges.ChainID.Cmp(big.NewInt(DevChainID)) != 0 {
		t.Errorf("ChainID = %s, want %d like go-ethereum's dev chain", n.ChainID(), DevChainID)
	}
	if len(n.DevKeys()) != 3 {
		t.Fatalf("DevKeys returned %d keys, want 3", len(n.DevKeys()))
	}

	for _, url := range []string{n.HTTPEndpoint(), n.WSEndpoint()} {
		t.Run(url[:strings.Index(url, ":")], func(t *testing.T) {
			c := dial(t, url)
			id, err := c.ChainID(ctx)
			if err != nil {
				t.Fatalf("ChainID: %v", err)
			}
			if id.Cmp(n.ChainID()) != 0 {
				t.Fatalf("eth_chainId = %s, want %s", id, n.ChainID())
			}
			if _, err := c.NetworkID(ctx); err != nil {
				t.Fatalf("net_version: %v", err)
			}
			var version string
			if err := c.Client().CallContext(ctx, &version, "web3_clientVersion"); err != nil {
				t.Fatalf("web3_clientVersion: %v", err)
			}
			want := defaultBalance()
			for i, k := range n.DevKeys() {
				bal, err := c.BalanceAt(ctx, crypto.PubkeyToAddress(k.PublicKey), nil)
				if err != nil {
					t.Fatalf("BalanceAt: %v", err)
				}
				// Earlier subtests may have spent from DevKey(0).
				if i > 0 && bal.Cmp(want) != 0 {
					t.Errorf("balance of DevKey(%d) = %s, want %s", i, bal, want)
				}
			}
			to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
			before, err := c.BalanceAt(ctx, to, nil)
			if err != nil {
				t.Fatalf("BalanceAt: %v", err)
			}
			r := transfer(ctx, t, c, n.DevKeys()[0], to, big.NewInt(12345))
			after, err := c.BalanceAt(ctx, to, r.BlockNumber)
			if err != nil {
				t.Fatalf("BalanceAt: %v", err)
			}
			if got := new(big.Int).Sub(after, before); got.Cmp(big.NewInt(12345)) != 0 {
				t.Fatalf("recipient gained %s, want 12345", got)
			}
		})
	}
}

func TestNodeRestartKeepsChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir := t.TempDir()
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")

	n1, err := Start(Config{DataDir: dir})
	if err != nil {
		t.Fatalf("first Start: %v", err)
	}
	// The node must be closed before TempDir's cleanup removes its files,
	// even if the test fails half-way; Close is idempotent.
	t.Cleanup(func() { _ = n1.Close() })
	c1 := dial(t, n1.HTTPEndpoint())
	r := transfer(ctx, t, c1, DevKey(1), to, big.NewInt(777))
	c1.Close()
	if err := n1.Close(); err != nil {
		t.Fatalf("first Close: %v", err)
	}
	if err := n1.Close(); err != nil {
		t.Fatalf("second Close should be a no-op, got %v", err)
	}

	// Different funding parameters must not matter: the stored genesis wins.
	n2 := startNode(t, Config{DataDir: dir, DevAccounts: 2, Balance: big.NewInt(1)})
	c2 := dial(t, n2.HTTPEndpoint())
	head, err := c2.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("BlockNumber: %v", err)
	}
	if head < r.BlockNumber.Uint64() {
		t.Fatalf("head after restart = %d, want >= %d", head, r.BlockNumber)
	}
	blk, err := c2.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatalf("HeaderByNumber: %v", err)
	}
	if blk.Hash() != r.BlockHash {
		t.Fatalf("block %d hash = %s after restart, want %s", r.BlockNumber, blk.Hash(), r.BlockHash)
	}
	bal, err := c2.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatalf("BalanceAt: %v", err)
	}
	if bal.Cmp(big.NewInt(777)) != 0 {
		t.Fatalf("balance after restart = %s, want 777", bal)
	}
	// And the restarted chain still makes progress.
	r2 := transfer(ctx, t, c2, DevKey(1), to, big.NewInt(1))
	if r2.BlockNumber.Cmp(r.BlockNumber) <= 0 {
		t.Fatalf("new block %s not after %s", r2.BlockNumber, r.BlockNumber)
	}
}

func TestNodePeriodProducesBlocks(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	n := startNode(t, Config{Period: 1, DevAccounts: 1})
	c := dial(t, n.WSEndpoint())

	heads := make(chan *types.Header, 16)
	sub, err := c.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("SubscribeNewHead: %v", err)
	}
	defer sub.Unsubscribe()
	start, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("BlockNumber: %v", err)
	}
	for seen := 0; seen < 2; {
		select {
		case h := <-heads:
			if h.Number.Uint64() > start {
				seen++
			}
		case err := <-sub.Err():
			t.Fatalf("subscription: %v", err)
		case <-ctx.Done():
			t.Fatalf("fewer than 2 blocks after block %d: %v", start, ctx.Err())
		}
	}
}

func TestStartRejectsInvalidConfig(t *testing.T) {
	if _, err := Start(Config{DevAccounts: -5}); !errors.Is(err, ErrInvalidConfig) {
		t.Fatalf("Start with invalid config = %v, want ErrInvalidConfig", err)
	}
}
