package contracts_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/replay"
)

// Gas of one verified step on L1, under mainnet (Osaka) rules.
//
//	go test ./contracts -run TestVerifierGas -v                    (10^3 accounts)
//	ETHERSCALE_BIG=1 go test ./contracts -run TestVerifierGas -v   (also 10^6 accounts)
//
// Each step is sent as a real transaction calling step() on the simulated
// chain; its receipt's gasUsed is what L1 charges (intrinsic 21000 +
// calldata + execution, or the EIP-7623 calldata floor if higher). Execution
// gas alone comes from running the same call in go-ethereum's EVM with the
// same fork rules; the test checks that the parts add up to gasUsed.

// gasBudget is the target for a transfer step, calldata included.
const gasBudget = 150_000

// gasBatchTxs is the batch size of the measured batch transactions: 1024
// transactions give txRoot proofs of 10 siblings.
const gasBatchTxs = 1024

type gasRow struct {
	name                  string
	accounts              int
	code                  uint8
	txProof, sDepth, rDep int
	zeros, nonZeros       int
	standard, floor       uint64
	exec, used, estimate  uint64
}

// gasState builds a state of n accounts: the measured senders and recipient
// plus n−3 filler accounts under random keys (a random key is all a filler
// leaf needs to shape the tree like n real accounts).
func gasState(tb testing.TB, n int) (*replay.State, []common.Address) {
	tb.Helper()
	named := []common.Address{keyAddr(fuzzKey("gas", 0)), keyAddr(fuzzKey("gas", 1)), keyAddr(fuzzKey("gas", 2))}
	leaves := make([]replay.Leaf, 0, n)
	ether := new(uint256.Int).Mul(uint256.NewInt(1e18), uint256.NewInt(100))
	for i, a := range named {
		leaves = append(leaves, replay.Leaf{Key: replay.AccountKey(a), Account: replay.Account{Nonce: uint64(i), Balance: *ether}})
	}
	var buf [8]byte
	for i := len(named); i < n; i++ {
		binary.BigEndian.PutUint64(buf[:], uint64(i))
		leaves = append(leaves, replay.Leaf{Key: crypto.Keccak256Hash([]byte("gas filler"), buf[:]), Account: replay.Account{Nonce: 1, Balance: *uint256.NewInt(uint64(i))}})
	}
	store := replay.NewMemoryStore()
	tr := replay.NewTree(store, common.Hash{})
	if err := tr.Update(leaves); err != nil {
		tb.Fatal(err)
	}
	if err := tr.Commit(context.Background(), store); err != nil {
		tb.Fatal(err)
	}
	return replay.NewState(store, tr.Root()), named
}

// execMeter runs calls in go-ethereum's EVM under the simulated chain's fork
// rules and reports execution gas (no intrinsic or calldata charge). The
// callee is warm, as the target of a transaction is.
type execMeter struct {
	cfg  *runtime.Config
	addr common.Address
}

func newExecMeter(tb testing.TB, initCode []byte) *execMeter {
	tb.Helper()
	st, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		tb.Fatal(err)
	}
	cfg := &runtime.Config{ChainConfig: devnode.ChainConfig(), State: st, GasLimit: 30_000_000, Time: uint64(time.Now().Unix())}
	_, addr, _, err := runtime.Create(initCode, cfg)
	if err != nil {
		tb.Fatalf("runtime deploy: %v", err)
	}
	return &execMeter{cfg: cfg, addr: addr}
}

func (m *execMeter) exec(tb testing.TB, data []byte) uint64 {
	tb.Helper()
	_, left, err := runtime.Call(m.addr, data, m.cfg)
	if err != nil {
		tb.Fatalf("runtime call: %v", err)
	}
	return m.cfg.GasLimit - left
}

func TestVerifierGas(t *testing.T) {
	sizes := []int{1_000}
	if os.Getenv("ETHERSCALE_BIG") == "1" {
		sizes = append(sizes, 1_000_000)
	} else {
		t.Log("set ETHERSCALE_BIG=1 to also measure at 10^6 accounts")
	}
	ctx := context.Background()
	rules := replay.NewRules(fuzzChainID, uint256.NewInt(1_000_000_000))
	env := simbackend.New(t, 1)
	sender := env.Sender(t, 0)
	addr, _, err := contracts.DeployOneStepVerifier(ctx, sender, rules.ChainID, rules.BaseFee.ToBig())
	if err != nil {
		t.Fatal(err)
	}
	v := contracts.NewOneStepVerifier(addr, env.Client, sender)
	initCode := append(common.FromHex(bindings.OneStepVerifierMetaData.Bin),
		bindings.NewOneStepVerifier().PackConstructor(rules.ChainID, rules.BaseFee.ToBig())...)
	meter := newExecMeter(t, initCode)

	var rows []gasRow
	for _, n := range sizes {
		start := time.Now()
		st, named := gasState(t, n)
		t.Logf("%d accounts built in %s", n, time.Since(start).Round(time.Millisecond))
		b := named[1]
		fresh := common.BytesToAddress(crypto.Keccak256([]byte("gas fresh")))
		gwei := big.NewInt(1_000_000_000)
		legacy := func(k int, nonce uint64, to common.Address) []byte {
			return signTxWith(t, fuzzKey("gas", k), fuzzChainID, &types.LegacyTx{Nonce: nonce, GasPrice: new(big.Int).Mul(gwei, big.NewInt(2)), Gas: 21000, To: &to, Value: big.NewInt(1e15)})
		}
		dynamic := func(k int, nonce uint64, to common.Address) []byte {
			return signTxWith(t, fuzzKey("gas", k), fuzzChainID, &types.DynamicFeeTx{ChainID: big.NewInt(fuzzChainID), Nonce: nonce, GasTipCap: gwei, GasFeeCap: new(big.Int).Mul(gwei, big.NewInt(3)), Gas: 21000, To: &to, Value: big.NewInt(1e15)})
		}
		batch := &replay.Batch{
			Entries: []replay.InboxEntry{
				replay.NewDeposit(b, uint256.NewInt(1e18)),
				replay.NewDeposit(common.BytesToAddress(crypto.Keccak256([]byte("gas deposit fresh"))), uint256.NewInt(1e18)),
				replay.NewForcedTx(legacy(0, 0, b)),
			},
			Txs: [][]byte{
				legacy(0, 1, b),
				dynamic(0, 2, b),
				legacy(0, 3, fresh),
				legacy(2, 0, b), // account 2's nonce is 2
			},
		}
		for i := len(batch.Txs); i < gasBatchTxs; i++ {
			batch.Txs = append(batch.Txs, []byte{0x01, byte(i), byte(i >> 8)}) // unsupported type: no-op steps
		}
		names := []string{
			"deposit to an existing account", "deposit to a new account", "forced legacy transfer to an existing account",
			"legacy transfer to an existing account", "type-2 transfer to an existing account", "legacy transfer to a new account",
			"invalid nonce",
		}
		for i, name := range names {
			sp, err := replay.BuildStepProof(ctx, st, rules, batch, i)
			if err != nil {
				t.Fatal(err)
			}
			elABI, err := replay.EncodeElementABI(&sp.Element)
			if err != nil {
				t.Fatal(err)
			}
			wABI, err := replay.EncodeWitnessABI(&sp.Witness)
			if err != nil {
				t.Fatal(err)
			}
			post, code, err := v.Step(ctx, sp.PreRoot, elABI, wABI)
			if err != nil || post != sp.PostRoot || int(code) != replay.ResultCode(sp.Result) {
				t.Fatalf("%s: step %s/%d (%v), want %s/%v", name, post, code, err, sp.PostRoot, sp.Result)
			}
			data := v.StepCalldata(sp.PreRoot, elABI, wABI)
			rcpt, err := sender.Send(ctx, txmgr.Candidate{To: &addr, Data: data})
			if err != nil {
				t.Fatalf("%s: send: %v", name, err)
			}
			est, err := v.EstimateStepGas(ctx, env.Client, sender.From(), sp.PreRoot, elABI, wABI)
			if err != nil {
				t.Fatal(err)
			}
			row := gasRow{name: name, accounts: n, code: code, txProof: len(sp.Witness.TxProof), used: rcpt.GasUsed, estimate: est,
				exec: meter.exec(t, data), sDepth: -1, rDep: -1}
			if sp.Witness.Sender != nil {
				row.sDepth = int(sp.Witness.Sender.Depth)
			}
			if sp.Witness.Recipient != nil {
				row.rDep = int(sp.Witness.Recipient.Depth)
			}
			for _, x := range data {
				if x == 0 {
					row.zeros++
				} else {
					row.nonZeros++
				}
			}
			row.standard, row.floor = contracts.CalldataGas(data)
			if want := max(21000+row.standard+row.exec, row.floor); want != row.used {
				t.Errorf("%s: gasUsed %d, but 21000 + calldata %d + execution %d (floor %d) = %d", name, row.used, row.standard, row.exec, row.floor, want)
			}
			if code == 0 && sp.Element.Kind != replay.ElementDeposit && row.used > gasBudget {
				t.Errorf("%s at %d accounts: %d gas, over the %d budget", name, n, row.used, gasBudget)
			}
			rows = append(rows, row)
		}
	}
	var sb strings.Builder
	sb.WriteString("\n| step | accounts | code | txProof | sender depth | recipient depth | calldata bytes (zero/non-zero) | calldata gas | EIP-7623 floor | execution | gasUsed | eth_estimateGas |\n")
	sb.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	dash := func(d int) string {
		if d < 0 {
			return "–"
		}
		return fmt.Sprint(d)
	}
	for _, r := range rows {
		fmt.Fprintf(&sb, "| %s | %d | %d | %d | %s | %s | %d (%d/%d) | %d | %d | %d | %d | %d |\n",
			r.name, r.accounts, r.code, r.txProof, dash(r.sDepth), dash(r.rDep), r.zeros+r.nonZeros, r.zeros, r.nonZeros,
			r.standard, r.floor, r.exec, r.used, r.estimate)
	}
	t.Log(sb.String())
}
