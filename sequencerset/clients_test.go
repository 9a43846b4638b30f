package sequencerset_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/etherscale/etherscale/sequencerset"
)

// walletTransfer sends value to `to` as a wallet does with ethclient: nonce,
// fees and gas all asked from the node (type 2 from the latest block's base
// fee and the suggested tip, legacy from the suggested gas price), then
// waits for the receipt with bind.WaitMined.
func walletTransfer(t *testing.T, ctx context.Context, l2 *ethclient.Client, f *fixture, to common.Address, value *big.Int, legacy bool) (*types.Transaction, *types.Receipt) {
	t.Helper()
	from := crypto.PubkeyToAddress(f.user.PublicKey)
	chainID, err := l2.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := l2.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := l2.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value})
	if err != nil {
		t.Fatal(err)
	}
	var inner types.TxData
	if legacy {
		price, err := l2.SuggestGasPrice(ctx)
		if err != nil {
			t.Fatal(err)
		}
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: price, Gas: gas, To: &to, Value: value}
	} else {
		head, err := l2.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		tip, err := l2.SuggestGasTipCap(ctx)
		if err != nil {
			t.Fatal(err)
		}
		feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
		inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value}
	}
	tx, err := types.SignNewTx(f.user, types.LatestSignerForChainID(chainID), inner)
	if err != nil {
		t.Fatal(err)
	}
	if err := l2.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	// Pending: found, with no block yet.
	if got, pending, err := l2.TransactionByHash(ctx, tx.Hash()); err != nil || got.Hash() != tx.Hash() {
		t.Fatalf("pending transaction by hash: %v, %v (pending %v)", got, err, pending)
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	r, err := bind.WaitMined(wctx, l2, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	return tx, r
}

// TestEthclientWallet drives the sequencer with go-ethereum's ethclient and
// bind helpers as a wallet does, with no fee set by hand: type 2 and legacy
// transfers are mined, and blocks, transactions and receipts read back
// agree with each other (block hash recomputed from the header, receipts
// pointing at the block holding the transaction).
func TestEthclientWallet(t *testing.T) {
	f := startSequencerWith(t, nil)
	ctx := context.Background()
	l2 := f.l2
	from := crypto.PubkeyToAddress(f.user.PublicKey)
	carol := common.HexToAddress("0x00000000000000000000000000000000000c0002")

	genesis, err := l2.BlockByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	if genesis.NumberU64() != 0 || genesis.ParentHash() != (common.Hash{}) || len(genesis.Transactions()) != 0 || genesis.BaseFee() == nil {
		t.Fatalf("genesis block %+v", genesis.Header())
	}
	for i, legacy := range []bool{false, true} {
		tx, r := walletTransfer(t, ctx, l2, f, carol, big.NewInt(int64(1000+i)), legacy)
		if r.Status != types.ReceiptStatusSuccessful || r.GasUsed != 21000 || r.CumulativeGasUsed < 21000 || r.TxHash != tx.Hash() {
			t.Fatalf("receipt %+v", r)
		}
		if (r.Type == types.LegacyTxType) != legacy || r.EffectiveGasPrice.Sign() <= 0 {
			t.Fatalf("receipt type %d, price %v", r.Type, r.EffectiveGasPrice)
		}
		blk, err := l2.BlockByNumber(ctx, r.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		// ethclient recomputes the hash from the header it read.
		if blk.Hash() != r.BlockHash || int(r.TransactionIndex) >= len(blk.Transactions()) || blk.Transactions()[r.TransactionIndex].Hash() != tx.Hash() {
			t.Fatalf("block %d (hash %s) does not hold the receipt's transaction (block %s)", blk.NumberU64(), blk.Hash(), r.BlockHash)
		}
		parent, err := l2.HeaderByHash(ctx, blk.ParentHash())
		if err != nil || parent.Number.Uint64() != blk.NumberU64()-1 {
			t.Fatalf("parent of block %d: %v, %v", blk.NumberU64(), parent, err)
		}
		if blk.GasUsed() != r.CumulativeGasUsed || blk.Time() < parent.Time || blk.BaseFee().Cmp(genesis.BaseFee()) != 0 {
			t.Fatalf("block %+v", blk.Header())
		}
		got, pending, err := l2.TransactionByHash(ctx, tx.Hash())
		if err != nil || pending || got.Hash() != tx.Hash() {
			t.Fatalf("mined transaction by hash: pending %v, %v", pending, err)
		}
		if sender, err := l2.TransactionSender(ctx, got, r.BlockHash, r.TransactionIndex); err != nil || sender != from {
			t.Fatalf("sender %s, %v", sender, err)
		}
	}
	latest, err := l2.BlockByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := l2.BlockNumber(ctx); err != nil || n != latest.NumberU64() {
		t.Fatalf("block number %d, latest block %d, %v", n, latest.NumberU64(), err)
	}
	if _, err := l2.BlockByNumber(ctx, big.NewInt(1<<40)); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("future block: %v", err)
	}
	if _, _, err := l2.TransactionByHash(ctx, common.HexToHash("0x1234")); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("unknown transaction: %v", err)
	}
	if _, err := l2.TransactionReceipt(ctx, common.HexToHash("0x1234")); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("unknown receipt: %v", err)
	}
}

// TestRPCShapes checks the JSON of the served methods against the
// execution-apis shapes at the raw JSON-RPC level: receipt fields that
// ethclient's types do not show (from, to, contractAddress null), nulls for
// unknown objects, error codes, and the small methods libraries call at
// start.
func TestRPCShapes(t *testing.T) {
	f := startSequencerWith(t, nil)
	ctx := context.Background()
	c, err := rpc.DialContext(ctx, f.seq.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	carol := common.HexToAddress("0x00000000000000000000000000000000000c0003")
	tx, _ := walletTransfer(t, ctx, f.l2, f, carol, big.NewInt(7), false)
	cid, err := f.l2.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}

	var rcpt map[string]any
	if err := c.CallContext(ctx, &rcpt, "eth_getTransactionReceipt", tx.Hash()); err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(f.user.PublicKey)
	for k, want := range map[string]any{
		"from": hexLower(from), "to": hexLower(carol), "contractAddress": nil, "status": "0x1", "type": "0x2",
		"gasUsed": "0x5208", "cumulativeGasUsed": "0x5208", "transactionIndex": "0x0", "logs": []any{},
		"logsBloom": "0x" + zeros(512),
	} {
		if got, _ := json.Marshal(rcpt[k]); string(got) != mustJSON(want) {
			t.Errorf("receipt %s = %s, want %s", k, got, mustJSON(want))
		}
	}
	if _, ok := rcpt["root"]; ok {
		t.Error("receipt has a root")
	}
	var blk map[string]any
	if err := c.CallContext(ctx, &blk, "eth_getBlockByNumber", "latest", false); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"hash", "parentHash", "sha3Uncles", "miner", "stateRoot", "transactionsRoot", "receiptsRoot", "logsBloom",
		"difficulty", "number", "gasLimit", "gasUsed", "timestamp", "extraData", "mixHash", "nonce", "baseFeePerGas", "size", "transactions", "uncles"} {
		if _, ok := blk[k]; !ok {
			t.Errorf("block has no %s", k)
		}
	}
	if blk["difficulty"] != "0x0" || blk["extraData"] != "0x" || blk["sha3Uncles"] != types.EmptyUncleHash.Hex() {
		t.Errorf("block %v", blk)
	}
	for _, tag := range []string{"pending", "safe", "finalized", "earliest", "0x0"} {
		var b map[string]any
		if err := c.CallContext(ctx, &b, "eth_getBlockByNumber", tag, true); err != nil || b == nil {
			t.Errorf("block %s: %v, %v", tag, b, err)
		}
	}
	var null json.RawMessage
	for _, call := range [][]any{
		{"eth_getBlockByNumber", "0x10000", false},
		{"eth_getBlockByHash", common.HexToHash("0x99"), false},
		{"eth_getTransactionByHash", common.HexToHash("0x99")},
		{"eth_getTransactionReceipt", common.HexToHash("0x99")},
	} {
		if err := c.CallContext(ctx, &null, call[0].(string), call[1:]...); err != nil || string(null) != "null" {
			t.Errorf("%v: %s, %v", call, null, err)
		}
	}
	// Bad parameters: -32602. A call needing a contract: code 3.
	for _, call := range [][]any{
		{"eth_getBlockByNumber", "0xzz", false},
		{"eth_getBlockByNumber", "latest"},
		{"eth_getTransactionByHash", "0x12"},
		{"eth_getBalance", carol, "0x05"},
		{"eth_feeHistory", "0x0", "latest", []float64{}},
		{"eth_feeHistory", "0x2", "latest", []float64{50, 10}},
		{"eth_feeHistory", "0x2", "latest", make([]float64, 101)},
	} {
		err := c.CallContext(ctx, &null, call[0].(string), call[1:]...)
		var re rpc.Error
		if !errors.As(err, &re) || re.ErrorCode() != -32602 {
			t.Errorf("%v: %v, want -32602", call, err)
		}
	}
	err = c.CallContext(ctx, &null, "eth_call", map[string]any{"to": carol, "data": "0x12345678"}, "latest")
	var re rpc.Error
	if !errors.As(err, &re) || re.ErrorCode() != 3 {
		t.Errorf("eth_call with data: %v, want code 3", err)
	}
	if err := c.CallContext(ctx, &null, "eth_estimateGas", map[string]any{"to": carol, "data": "0x12"}); err == nil {
		t.Error("estimateGas of a call with data succeeded")
	}
	if err := c.CallContext(ctx, &null, "eth_estimateGas", map[string]any{"from": carol, "to": from, "value": "0xffffffffffffffffffffffff"}); err == nil {
		t.Error("estimateGas of an unpayable transfer succeeded")
	}
	for _, call := range []struct {
		method string
		args   []any
		want   string
	}{
		{"eth_call", []any{map[string]any{"to": carol}, "latest"}, `"0x"`},
		{"eth_getCode", []any{carol, "latest"}, `"0x"`},
		{"eth_estimateGas", []any{map[string]any{"from": from, "to": carol, "value": "0x1"}}, `"0x5208"`},
		{"eth_syncing", nil, `false`},
		{"eth_getLogs", []any{map[string]any{"fromBlock": "0x0"}}, `[]`},
		{"eth_createAccessList", []any{map[string]any{"from": from, "to": carol}}, `{"accessList":[],"gasUsed":"0x5208"}`},
		{"eth_accounts", nil, `[]`},
		{"eth_maxPriorityFeePerGas", nil, `"0x0"`},
		{"net_version", nil, `"` + cid.String() + `"`},
		{"net_listening", nil, `true`},
		{"web3_sha3", []any{"0x"}, `"` + crypto.Keccak256Hash(nil).Hex() + `"`},
	} {
		if err := c.CallContext(ctx, &null, call.method, call.args...); err != nil || string(null) != call.want {
			t.Errorf("%s: %s, %v; want %s", call.method, null, err, call.want)
		}
	}
	var fh struct {
		Oldest  string     `json:"oldestBlock"`
		BaseFee []string   `json:"baseFeePerGas"`
		Ratio   []float64  `json:"gasUsedRatio"`
		Reward  [][]string `json:"reward"`
	}
	if err := c.CallContext(ctx, &fh, "eth_feeHistory", "0x4", "latest", []float64{25, 75}); err != nil {
		t.Fatal(err)
	}
	if len(fh.BaseFee) != len(fh.Ratio)+1 || len(fh.Reward) != len(fh.Ratio) || len(fh.Reward[0]) != 2 {
		t.Fatalf("fee history %+v", fh)
	}
	var version string
	if err := c.CallContext(ctx, &version, "web3_clientVersion"); err != nil || version == "" {
		t.Fatalf("client version %q, %v", version, err)
	}
}

func hexLower(a common.Address) string { return "0x" + common.Bytes2Hex(a[:]) }

func zeros(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestBlocksSurviveRestart: receipts, transaction lookups and blocks
// survive a restart on the same StateDir, and a sequencer started without
// one derives the same blocks (same hashes) from L1 by replaying.
func TestBlocksSurviveRestart(t *testing.T) {
	dir := t.TempDir()
	f := startSequencerWith(t, func(c *sequencerset.Config, _ *sequencerset.Deps, _ []*ecdsa.PrivateKey) { c.StateDir = dir })
	ctx := context.Background()
	carol := common.HexToAddress("0x00000000000000000000000000000000000c0004")
	var txs []*types.Transaction
	var rcpts []*types.Receipt
	for i := range 2 {
		tx, r := walletTransfer(t, ctx, f.l2, f, carol, big.NewInt(int64(i+1)), i == 1)
		txs, rcpts = append(txs, tx), append(rcpts, r)
	}
	head, err := f.l2.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.stop()
	for _, stateDir := range []string{dir, ""} {
		cfg := f.cfg
		cfg.StateDir = stateDir
		if stateDir == "" {
			// A node posting smaller batches derives the same blocks: the
			// block gas limit is the rollup's.
			cfg.MaxBatchTxs = 1
		}
		seq, err := sequencerset.New(ctx, cfg, f.deps)
		if err != nil {
			t.Fatal(err)
		}
		stop := runSequencer(t, seq)
		l2, err := ethclient.Dial(seq.URL())
		if err != nil {
			t.Fatal(err)
		}
		for i, tx := range txs {
			r, err := l2.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatalf("state dir %q: receipt %d after restart: %v", stateDir, i, err)
			}
			if r.BlockHash != rcpts[i].BlockHash || r.Status != rcpts[i].Status || r.CumulativeGasUsed != rcpts[i].CumulativeGasUsed {
				t.Fatalf("state dir %q: receipt %d %+v, before the restart %+v", stateDir, i, r, rcpts[i])
			}
			if _, pending, err := l2.TransactionByHash(ctx, tx.Hash()); err != nil || pending {
				t.Fatalf("state dir %q: transaction %d: pending %v, %v", stateDir, i, pending, err)
			}
		}
		got, err := l2.HeaderByNumber(ctx, nil)
		if err != nil || got.Hash() != head.Hash() {
			t.Fatalf("state dir %q: head %v, before the restart %s: %v", stateDir, got, head.Hash(), err)
		}
		// Historical state after the restart: carol's balance after
		// each transfer's block (1, then 1 + 2).
		for i, r := range rcpts {
			want := big.NewInt(int64((i + 1) * (i + 2) / 2))
			if bal, err := l2.BalanceAt(ctx, carol, r.BlockNumber); err != nil || bal.Cmp(want) != 0 {
				t.Fatalf("state dir %q: balance at block %d after the restart: %v, %v, want %v", stateDir, r.BlockNumber, bal, err, want)
			}
		}
		l2.Close()
		stop()
	}
}

// TestEthersV6 drives the sequencer with ethers v6 from npm (pinned in
// testdata/ethers/package-lock.json) with its defaults: library-chosen fees
// and nonces, type 2 and legacy transfers, tx.wait() for each, blocks and
// transactions read back (testdata/ethers/script.mjs). Without node it is
// skipped, except in CI (CI=true), where it must run.
func TestEthersV6(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is required in CI for the ethers test")
		}
		t.Skip("node not installed: the ethers v6 test needs node and npm")
	}
	dir := filepath.Join("..", "testdata", "ethers")
	npmCI(t, dir)
	f := startSequencerWith(t, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "script.mjs", f.seq.URL(), "0x"+common.Bytes2Hex(crypto.FromECDSA(f.user)))
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("ethers script: %v\n%s", err, out)
	}
	t.Logf("ethers: %s", out)
}

// TestEthersV6WebSocket: an ethers v6 WebSocketProvider on the same port
// as HTTP sends and waits for transfers, and its "block" events
// (eth_subscribe newHeads) name their blocks.
func TestEthersV6WebSocket(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is required in CI for the ethers test")
		}
		t.Skip("node not installed: the ethers v6 test needs node and npm")
	}
	dir := filepath.Join("..", "testdata", "ethers")
	npmCI(t, dir)
	f := startSequencerWith(t, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "script.mjs", f.seq.WSURL(), "0x"+common.Bytes2Hex(crypto.FromECDSA(f.user)), "ws")
	cmd.Dir = dir
	var buf strings.Builder
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err = cmd.Run()
	out := buf.String()
	if err != nil {
		n, nerr := f.l2.BlockNumber(context.Background())
		t.Fatalf("ethers script: %v (head %d %v)\n%s", err, n, nerr, out)
	}
	t.Logf("ethers: %s", out)
}

// TestEthersV6SpeedUp: a wallet's speed-up with ethers v6 (same nonce,
// fees doubled) replaces the pending transfer; the batch holds the
// replacement, and ethers' wait() on the first transfer reports it replaced
// ("repriced"), finding the replacement in the served blocks.
func TestEthersV6SpeedUp(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is required in CI for the ethers test")
		}
		t.Skip("node not installed: the ethers v6 test needs node and npm")
	}
	dir := filepath.Join("..", "testdata", "ethers")
	npmCI(t, dir)
	// Posted by hand once both transfers are in, so the first cannot land
	// before its replacement arrives.
	f := startSequencerWith(t, func(c *sequencerset.Config, _ *sequencerset.Deps, _ []*ecdsa.PrivateKey) { c.BatchInterval = time.Hour })
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "script.mjs", f.seq.URL(), "0x"+common.Bytes2Hex(crypto.FromECDSA(f.user)), "speedup")
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stdout)
	if !lines.Scan() || !strings.HasPrefix(lines.Text(), "sent ") {
		_ = cmd.Wait()
		t.Fatalf("ethers script: %q\n%s", lines.Text(), stderr.String())
	}
	if n, err := f.seq.PostNext(ctx); err != nil || n != 1 {
		t.Fatalf("post: %d, %v", n, err)
	}
	var rest strings.Builder
	for lines.Scan() {
		rest.WriteString(lines.Text() + "\n")
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("ethers script: %v\n%s%s", err, rest.String(), stderr.String())
	}
	t.Logf("ethers: %s", rest.String())
}

// npmCI installs dir's locked packages unless node_modules already holds
// exactly the lock (npm writes node_modules/.package-lock.json).
func npmCI(t *testing.T, dir string) {
	t.Helper()
	lock, err := os.ReadFile(filepath.Join(dir, "package-lock.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Packages map[string]struct {
			Version string `json:"version"`
		} `json:"packages"`
	}
	if err := json.Unmarshal(lock, &want); err != nil {
		t.Fatal(err)
	}
	if installed, err := os.ReadFile(filepath.Join(dir, "node_modules", ".package-lock.json")); err == nil {
		var got struct {
			Packages map[string]struct {
				Version string `json:"version"`
			} `json:"packages"`
		}
		same := json.Unmarshal(installed, &got) == nil
		for p, v := range want.Packages {
			if p != "" && got.Packages[p].Version != v.Version {
				same = false
			}
		}
		if same {
			return
		}
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Fatal("node is installed but npm is not")
	}
	cmd := exec.Command(npm, "ci", "--no-audit", "--no-fund")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm ci in %s: %v\n%s", dir, err, out)
	}
}

// TestReplaceByFee: a pending transaction is replaced by one with the same
// nonce and both fee caps raised by 10 % (a wallet's speed-up, then a
// cancel: 0 to oneself); a smaller bump is refused as underpriced; a
// transaction of another sender that spent funds the cancelled transfer
// would have brought is dropped; only the last replacement lands.
func TestReplaceByFee(t *testing.T) {
	// No interval post during the test: the batch is posted by hand.
	f := startSequencerWith(t, func(c *sequencerset.Config, _ *sequencerset.Deps, _ []*ecdsa.PrivateKey) { c.BatchInterval = time.Hour })
	ctx := context.Background()
	l2 := f.l2
	chainID, err := l2.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(f.user.PublicKey)
	carolKey, _ := crypto.GenerateKey()
	carol := crypto.PubkeyToAddress(carolKey.PublicKey)
	dave := common.HexToAddress("0x00000000000000000000000000000000000da7e")
	send := func(key *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int, tip, feeCap int64) (*types.Transaction, error) {
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(tip), GasFeeCap: big.NewInt(feeCap), Gas: 21000, To: &to, Value: value,
		})
		if err != nil {
			t.Fatal(err)
		}
		return tx, l2.SendTransaction(ctx, tx)
	}
	const gwei = 1_000_000_000
	eth := big.NewInt(1e18)
	a, err := send(f.user, 0, carol, eth, 1*gwei, 3*gwei)
	if err != nil {
		t.Fatal(err)
	}
	// carol spends what a brings.
	e, err := send(carolKey, 0, dave, big.NewInt(1e17), 0, 2*gwei)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := send(f.user, 0, carol, eth, 1*gwei+gwei/20, 3*gwei+gwei/20); err == nil || !strings.Contains(err.Error(), "replacement transaction underpriced") {
		t.Fatalf("5 %% bump: %v", err)
	}
	speed, err := send(f.user, 0, carol, eth, 1*gwei+gwei/10, 3*gwei+3*gwei/10)
	if err != nil {
		t.Fatalf("speed-up: %v", err)
	}
	if _, _, err := l2.TransactionByHash(ctx, a.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("replaced transaction still pending: %v", err)
	}
	if _, _, err := l2.TransactionByHash(ctx, e.Hash()); err != nil {
		t.Fatalf("carol's transaction dropped by a speed-up: %v", err)
	}
	cancel, err := send(f.user, 0, from, new(big.Int), 2*gwei, 4*gwei)
	if err != nil {
		t.Fatalf("cancel: %v", err)
	}
	if _, _, err := l2.TransactionByHash(ctx, e.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("carol's transaction, now unfunded, still pending: %v", err)
	}
	if n, err := l2.PendingNonceAt(ctx, from); err != nil || n != 1 {
		t.Fatalf("pending nonce %d, %v", n, err)
	}
	if n, err := f.seq.PostNext(ctx); err != nil || n != 1 {
		t.Fatalf("post: %d, %v", n, err)
	}
	r, err := l2.TransactionReceipt(ctx, cancel.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("cancel receipt %+v, %v", r, err)
	}
	for _, tx := range []*types.Transaction{a, speed, e} {
		if _, err := l2.TransactionReceipt(ctx, tx.Hash()); !errors.Is(err, ethereum.NotFound) {
			t.Fatalf("receipt of replaced or dropped %s: %v", tx.Hash(), err)
		}
	}
	if b, err := l2.BalanceAt(ctx, carol, nil); err != nil || b.Sign() != 0 {
		t.Fatalf("carol's balance %v, %v", b, err)
	}
}

// TestBlockRoots: a block of several transactions: receipts count gas
// cumulatively in block order, and the header's transactionsRoot and
// receiptsRoot are the Merkle-Patricia roots of what the RPC serves, as a
// client verifying a block computes them.
func TestBlockRoots(t *testing.T) {
	f := startSequencerWith(t, func(c *sequencerset.Config, _ *sequencerset.Deps, _ []*ecdsa.PrivateKey) { c.BatchInterval = time.Hour })
	ctx := context.Background()
	chainID, err := f.l2.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	carol := common.HexToAddress("0x00000000000000000000000000000000000c0005")
	var txs []*types.Transaction
	for nonce := range uint64(3) {
		tx := signTransfer(t, f.user, chainID, nonce, carol, big.NewInt(int64(nonce+1)))
		if err := f.l2.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	if n, err := f.seq.PostNext(ctx); err != nil || n != 1 {
		t.Fatalf("post: %d, %v", n, err)
	}
	blk, err := f.l2.BlockByNumber(ctx, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	var rcpts types.Receipts
	for i, tx := range txs {
		r, err := f.l2.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatal(err)
		}
		if r.TransactionIndex != uint(i) || r.CumulativeGasUsed != uint64(21000*(i+1)) || r.BlockHash != blk.Hash() {
			t.Fatalf("receipt %d: %+v", i, r)
		}
		rcpts = append(rcpts, r)
	}
	if blk.GasUsed() != 63000 || len(blk.Transactions()) != 3 {
		t.Fatalf("block gas %d, %d transactions", blk.GasUsed(), len(blk.Transactions()))
	}
	if got := types.DeriveSha(blk.Transactions(), trie.NewStackTrie(nil)); got != blk.TxHash() {
		t.Fatalf("transactionsRoot %s, served transactions give %s", blk.TxHash(), got)
	}
	if got := types.DeriveSha(rcpts, trie.NewStackTrie(nil)); got != blk.ReceiptHash() {
		t.Fatalf("receiptsRoot %s, served receipts give %s", blk.ReceiptHash(), got)
	}
	all, err := f.l2.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(blk.Hash(), false))
	if err != nil || len(all) != 3 || types.DeriveSha(types.Receipts(all), trie.NewStackTrie(nil)) != blk.ReceiptHash() {
		t.Fatalf("block receipts: %d, %v", len(all), err)
	}
	if tx, err := f.l2.TransactionInBlock(ctx, blk.Hash(), 2); err != nil || tx.Hash() != txs[2].Hash() {
		t.Fatalf("transaction 2 of block 1: %v", err)
	}
	if _, err := f.l2.TransactionInBlock(ctx, blk.Hash(), 3); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("transaction 3 of a 3-transaction block: %v", err)
	}
	var byNumber map[string]any
	if err := f.l2.Client().CallContext(ctx, &byNumber, "eth_getTransactionByBlockNumberAndIndex", "latest", "0x1"); err != nil || byNumber["hash"] != txs[1].Hash().Hex() {
		t.Fatalf("transaction 1 of the latest block: %v, %v", byNumber, err)
	}
	if n, err := f.l2.TransactionCount(ctx, blk.Hash()); err != nil || n != 3 {
		t.Fatalf("transaction count %d, %v", n, err)
	}
}
