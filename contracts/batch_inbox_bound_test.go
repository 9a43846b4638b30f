package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
)

// txGasCap is EIP-7825's per-transaction gas cap (Osaka): a proof that needs
// more can never be mined.
const txGasCap = 1 << 24

// forgedHeader returns a header extending the chain head that commits to
// data with the given txCount and a wrong txRoot: what a malicious quorum
// may sign, since postBatch does not decode the data.
func (e *batchEnv) forgedHeader(data []byte, txCount uint32) *contracts.BatchHeader {
	e.t.Helper()
	head, err := e.bi.ChainHead(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return &contracts.BatchHeader{
		Number: head.Number + 1, ParentHash: head.HeaderHash, QueueStart: head.QueueEnd, QueueEnd: head.QueueEnd,
		TxCount: txCount, TxRoot: crypto.Keccak256Hash([]byte("not the root")),
		DataHash: crypto.Keccak256Hash(data), DataLength: uint32(len(data)),
		StateRoot: crypto.Keccak256Hash([]byte("some state")), L2Timestamp: head.L2Timestamp + 1,
	}
}

// encodeItems is the batch data of the given items (each a run of non-zero
// bytes, the dearest calldata).
func encodeItems(t *testing.T, sizes []int) []byte {
	t.Helper()
	items := make([][]byte, len(sizes))
	for i, s := range sizes {
		items[i] = bytes.Repeat([]byte{0x01 + byte(i%0x7e)}, s)
	}
	data, err := rlp.EncodeToBytes(items)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// itemsFilling returns n item sizes whose batch data is exactly total bytes
// (n ≤ total − 4), sizes as even as possible.
func itemsFilling(t *testing.T, n, total int) []int {
	t.Helper()
	sizes := make([]int, n)
	for i := range sizes {
		sizes[i] = 1
	}
	length := func() int {
		payload := 0
		for _, s := range sizes {
			payload += s + rlpHeaderLen(s)
		}
		return payload + 1 + lenOfLen(payload)
	}
	// Grow evenly to just below the target, then fix up byte by byte.
	if base := (total - 4) / n; base > 1 {
		for i := range sizes {
			sizes[i] = base
		}
		for length() > total {
			for i := range sizes {
				if sizes[i] > 1 {
					sizes[i]--
				}
			}
		}
	}
	for i := 0; length() < total; i = (i + 1) % n {
		sizes[i]++
	}
	// Growing an item across a header boundary (55→56, 255→256) adds two
	// bytes; take one back from an item that does not cross one.
	for j := 0; length() > total; j++ {
		if s := sizes[j%n]; s > 2 && s != 56 && s != 256 {
			sizes[j%n]--
		}
	}
	if got := len(encodeItems(t, sizes)); got != total {
		t.Fatalf("itemsFilling(%d, %d): %d bytes", n, total, got)
	}
	return sizes
}

func rlpHeaderLen(s int) int {
	switch {
	case s == 1: // a byte below 0x80 is its own encoding
		return 0
	case s <= 55:
		return 1
	default:
		return 1 + lenOfLen(s)
	}
}

func lenOfLen(n int) int {
	if n <= 55 {
		return 0
	}
	k := 0
	for ; n > 0; n >>= 8 {
		k++
	}
	return k
}

// proveGas posts data under a forged header with txCount and proves it
// malformed from key 6; it returns the proof's receipt gas, the void
// reason and the size of the proving transaction.
func proveGas(t *testing.T, e *batchEnv, data []byte, txCount uint32) (gas uint64, reason contracts.VoidReason, size uint64) {
	t.Helper()
	h := e.forgedHeader(data, txCount)
	pb := e.post(2, h, data, 2)
	v, rcpt, err := e.biAs(6).ProveMalformed(e.ctx, h, pb.Signers, data)
	if err != nil {
		t.Fatalf("prove %d-byte batch with txCount %d malformed: %v", len(data), txCount, err)
	}
	tx, _, err := e.env.Client.TransactionByHash(e.ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	return rcpt.GasUsed, v.Reason, tx.Size()
}

// TestProveMalformedManyTinyItems is the security review's case: 40,000
// one-byte items under a header with txCount = 1. Posting costs ≈ 1.6M gas;
// a proof that walked every item and built the 65,536-leaf tree needed more
// than the 2^24 transaction gas cap, so the batch stood forever. The walk
// now stops at item 2: a count mismatch is already proven.
func TestProveMalformedManyTinyItems(t *testing.T) {
	e := newBatchEnv(t)
	e.register(2, ether(1))
	sizes := make([]int, 40_000)
	for i := range sizes {
		sizes[i] = 1
	}
	data := encodeItems(t, sizes)
	gas, reason, _ := proveGas(t, e, data, 1)
	if reason != contracts.VoidTxCount {
		t.Fatalf("reason %s, want %s", reason, contracts.VoidTxCount)
	}
	if gas > txGasCap/2 {
		t.Fatalf("proof costs %d gas, more than half the %d cap", gas, txGasCap)
	}
	if stake := e.stake(e.addr(2)); stake.Sign() != 0 {
		t.Fatalf("signer keeps %s", stake)
	}
	t.Logf("40,000 one-byte items, txCount 1: proveMalformed %d gas", gas)
}

// worstCases are the batches a malicious quorum can post under the limits
// (maxBatchTxs, maxBatchBytes) that are dearest to prove malformed, all of
// exactly maxBatchBytes of non-zero-heavy data with txCount = maxBatchTxs:
//   - "full tree": maxBatchTxs items and a wrong txRoot, so the proof walks
//     every item and builds the whole tree (the walk cannot stop early);
//   - "stop at T+1": maxBatchTxs + 1 items, the walk stops at the last one;
//   - "bad tail": maxBatchTxs items, then a malformed item at the end;
//   - "one item": a single item of all the bytes (the largest copy).
func worstCases(t *testing.T, maxTxs, maxBytes int) map[string][]byte {
	t.Helper()
	n := min(maxTxs, maxBytes-4)
	out := map[string][]byte{
		"full tree": encodeItems(t, itemsFilling(t, n, maxBytes)),
		"one item":  encodeItems(t, itemsFilling(t, 1, maxBytes)),
	}
	if maxTxs+1 <= maxBytes-4 {
		out["stop at T+1"] = encodeItems(t, itemsFilling(t, maxTxs+1, maxBytes))
		// maxTxs items and a 0xc0 (a list where a string must be) at the end:
		// fill maxBytes−1 with maxTxs items under a list header one byte
		// longer, then append the bad item.
		good := encodeItems(t, itemsFilling(t, maxTxs, maxBytes-1))
		_, content, _ := splitList(t, good)
		bad := append(append([]byte{}, content...), 0xc0)
		out["bad tail"] = listOf(bad)
	}
	for name, d := range out {
		if len(d) != maxBytes {
			t.Fatalf("%s: %d bytes, want %d", name, len(d), maxBytes)
		}
	}
	return out
}

func splitList(t *testing.T, data []byte) (kind rlp.Kind, content, rest []byte) {
	t.Helper()
	kind, content, rest, err := rlp.Split(data)
	if err != nil {
		t.Fatal(err)
	}
	return kind, content, rest
}

// listOf wraps a payload in an RLP list header.
func listOf(payload []byte) []byte {
	n := len(payload)
	if n <= 55 {
		return append([]byte{0xc0 + byte(n)}, payload...)
	}
	k := lenOfLen(n)
	hdr := []byte{0xf7 + byte(k)}
	for i := k - 1; i >= 0; i-- {
		hdr = append(hdr, byte(n>>(8*i)))
	}
	return append(hdr, payload...)
}

// TestProveMalformedWorstCaseFits posts, for the devnet and mainnet presets'
// maxBatchTxs and maxBatchBytes, the batches dearest to prove (worstCases)
// and proves each malformed on the simulated chain (Osaka rules, geth's
// 128 KiB transaction-pool limit). Every proof must use at most half the
// 2^24 transaction gas cap, and no more than config.WorstCaseProofGas, the
// bound Validate checks.
func TestProveMalformedWorstCaseFits(t *testing.T) {
	for _, preset := range config.Presets() {
		t.Run(preset, func(t *testing.T) {
			cfg, err := config.Preset(preset, nil, big.NewInt(0))
			if err != nil {
				t.Fatal(err)
			}
			maxTxs, maxBytes := int(cfg.MaxBatchTxs), int(cfg.MaxBatchBytes)
			bound := config.WorstCaseProofGas(cfg.MaxBatchTxs, cfg.MaxBatchBytes)
			for name, data := range worstCases(t, maxTxs, maxBytes) {
				e := newBatchEnvWith(t, batchEnvOpts{maxBatchTxs: uint32(maxTxs), maxBatchBytes: uint32(maxBytes)})
				e.register(2, ether(1))
				gas, reason, size := proveGas(t, e, data, uint32(maxTxs))
				t.Logf("%s: maxBatchTxs %d, maxBatchBytes %d, %s: proveMalformed %d gas (%.1f%% of the cap, model %d), %s, tx %d B",
					preset, maxTxs, maxBytes, name, gas, 100*float64(gas)/txGasCap, bound, reason, size)
				if gas > txGasCap/2 {
					t.Errorf("%s: %d gas, more than half the %d cap", name, gas, txGasCap)
				}
				if gas > bound {
					t.Errorf("%s: %d gas, above the model's bound %d", name, gas, bound)
				}
				// The pool enforced it already (it refuses "oversized data"); the
				// check keeps the reserve honest if the pool limit ever grows.
				if size > config.L1TxPoolMaxBytes {
					t.Errorf("%s: proving transaction of %d bytes, over geth's %d", name, size, config.L1TxPoolMaxBytes)
				}
			}
		})
	}
}
