package contracts_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
)

// batchGasRow is one measured operation.
type batchGasRow struct {
	name     string
	gas      uint64
	limit    uint64
	calldata int    // bytes of transaction input
	tokens   uint64 // EIP-7623 tokens: zero bytes + 4 × non-zero bytes
}

func measureBatchGas(t *testing.T, e *batchEnv, name string, txHash common.Hash, limit uint64) batchGasRow {
	t.Helper()
	rcpt, err := e.env.Client.TransactionReceipt(e.ctx, txHash)
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := e.env.Client.TransactionByHash(e.ctx, txHash)
	if err != nil {
		t.Fatal(err)
	}
	var tokens uint64
	for _, b := range tx.Data() {
		if b == 0 {
			tokens++
		} else {
			tokens += 4
		}
	}
	return batchGasRow{name: name, gas: rcpt.GasUsed, limit: limit, calldata: len(tx.Data()), tokens: tokens}
}

// TestBatchInboxGas measures the gas of the batch path (recorded in
// docs/BENCHMARKS.md) and guards against large regressions. Osaka rules:
// calldata costs 4/16 gas per zero/non-zero byte, but at least 10/40
// (EIP-7623 floor) when execution is small next to the data, which is the
// case for batch posting.
func TestBatchInboxGas(t *testing.T) {
	if testing.Short() {
		t.Skip("signs and posts 2,200 transactions")
	}
	var rows []batchGasRow
	for _, signers := range []int{1, 4} {
		e := newBatchEnv(t)
		keys := []int{2, 3, 4, 5}[:signers]
		for _, k := range keys {
			rcpt, err := e.setAs(k).Register(e.ctx, ether(1), gasKey(k), "https://sequencer.example:8545")
			if err != nil {
				t.Fatal(err)
			}
			if k == 2 && signers == 1 {
				rows = append(rows, measureBatchGas(t, e, "register (32-byte key, 30-byte endpoint)", rcpt.TxHash, 230_000))
			}
		}
		e.nextEpoch() // the later registrations count from the next epoch
		// An empty batch shows the fixed execution cost (checks, signatures,
		// three new storage slots, the event) without the data.
		h0, data0 := e.next(nil, 0)
		pb0 := e.post(2, h0, data0, keys...)
		// The first post of a deployment also writes SequencerSet's
		// lastPostSlot word from zero (≈ 20k once).
		rows = append(rows, measureBatchGas(t, e, "postBatch empty batch, "+itoa(signers)+" signer(s)", pb0.TxHash, 300_000))
		checkPostGasLimit(t, e.ctx, e.env.Client, pb0.TxHash, signers, signers, 0)
		for _, n := range []int{100, 1000} {
			h, data := e.next(transfers(t, n), 0)
			pb := e.post(2, h, data, keys...)
			limit := uint64(900_000)
			if n == 1000 {
				limit = 7_000_000
			}
			row := measureBatchGas(t, e, "postBatch calldata "+itoa(n)+" transfers, "+itoa(signers)+" signer(s)", pb.TxHash, limit)
			checkPostGasLimit(t, e.ctx, e.env.Client, pb.TxHash, signers, signers, 0)
			row.name += " (" + itoa(len(data)) + " B data)"
			rows = append(rows, row)
		}
	}

	// proveMalformed on 100 transfers: the header's txRoot is wrong, so the
	// whole data is decoded and its root computed before the void.
	e := newBatchEnv(t)
	e.register(2, ether(1))
	txs := transfers(t, 100)
	h, data := e.next(txs, 0)
	h.TxRoot = crypto.Keccak256Hash([]byte("wrong"))
	pb := e.post(2, h, data, 2)
	_, rcpt, err := e.biAs(6).ProveMalformed(e.ctx, h, pb.Signers, data)
	if err != nil {
		t.Fatal(err)
	}
	rows = append(rows, measureBatchGas(t, e, "proveMalformed 100 transfers, 1 signer slashed", rcpt.TxHash, 1_000_000))

	// The escape hatch with one sequencer to penalize (registered before the
	// entries became overdue, so it is responsible).
	e.register(3, ether(2))
	e.deposits(3)
	first, _ := e.inbox.Entry(e.ctx, 0)
	e.advanceTo(first.Timestamp + bInclusionWindow + bForceGrace + 1)
	_, rcpt, err = e.biAs(6).PostForcedBatch(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Penalises the leaders of up to MAX_PENALTY_SLOTS slots; with the test
	// deployment's one-second epochs each slot loads its own epoch's set.
	rows = append(rows, measureBatchGas(t, e, "postForcedBatch (3 entries, 1 sequencer penalized)", rcpt.TxHash, 400_000))

	for _, r := range rows {
		standard := 21000 + 4*r.tokens // intrinsic gas of the data at 4/16
		floor := 21000 + 10*r.tokens   // EIP-7623 floor
		note := "execution above the floor"
		if r.gas == floor {
			note = "floor applies: pays 10/40 per byte"
		}
		t.Logf("%-72s %9d gas | input %7d B, data gas %8d (%4.1f%%), floor %8d: %s",
			r.name, r.gas, r.calldata, standard-21000, 100*float64(standard-21000)/float64(r.gas), floor, note)
		if r.gas > r.limit {
			t.Errorf("%s uses %d gas, budget %d", r.name, r.gas, r.limit)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// checkPostGasLimit checks contracts.PostBatchGasLimit, which pipelined
// posts use instead of an estimate, against the gas the post txHash used:
// at least 10 % above it, or exactly it where the EIP-7623 floor applies
// (the floor is what the calldata costs whatever the execution).
func checkPostGasLimit(t *testing.T, ctx context.Context, c ethereum.TransactionReader, txHash common.Hash, members, signers, certLen int) {
	t.Helper()
	rcpt, err := c.TransactionReceipt(ctx, txHash)
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := c.TransactionByHash(ctx, txHash)
	if err != nil {
		t.Fatal(err)
	}
	limit := contracts.PostBatchGasLimit(tx.Data(), members, signers, certLen)
	t.Logf("PostBatchGasLimit(%d B input, %d members, %d signers, %d B certificate) = %d for %d used (%.2fx)",
		len(tx.Data()), members, signers, certLen, limit, rcpt.GasUsed, float64(limit)/float64(rcpt.GasUsed))
	var tokens uint64
	for _, b := range tx.Data() {
		if b == 0 {
			tokens++
		} else {
			tokens += 4
		}
	}
	if floor := 21000 + 10*tokens; rcpt.GasUsed == floor {
		if limit < floor {
			t.Errorf("PostBatchGasLimit = %d, below the floor %d", limit, floor)
		}
		return
	}
	if limit < rcpt.GasUsed+rcpt.GasUsed/10 {
		t.Errorf("PostBatchGasLimit = %d, less than 10 %% above the %d gas used", limit, rcpt.GasUsed)
	}
}
