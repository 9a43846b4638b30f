package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/replay"
)

// Deterministic edge cases for the Solidity transaction decoder and the
// element/witness decoders, each compared with Go (checkDecode, checkStep).

// rlpHeader returns a canonical RLP header for a string (list=false) or list
// payload of n bytes.
func rlpHeader(list bool, n int) []byte {
	short, long := byte(0x80), byte(0xb7)
	if list {
		short, long = 0xc0, 0xf7
	}
	if n < 56 {
		return []byte{short + byte(n)}
	}
	var lb []byte
	for x := n; x > 0; x >>= 8 {
		lb = append([]byte{byte(x)}, lb...)
	}
	return append([]byte{long + byte(len(lb))}, lb...)
}

func rlpStr(b []byte) []byte {
	if len(b) == 1 && b[0] < 0x80 {
		return []byte{b[0]}
	}
	return append(rlpHeader(false, len(b)), b...)
}

func rlpList(items ...[]byte) []byte {
	body := bytes.Join(items, nil)
	return append(rlpHeader(true, len(body)), body...)
}

// txItems splits a raw legacy or type-2 transaction into its prefix (0x02
// or nothing) and the raw encodings of its fields.
func txItems(tb testing.TB, raw []byte) (prefix []byte, items [][]byte) {
	tb.Helper()
	body := raw
	if raw[0] == 0x02 {
		prefix, body = raw[:1], raw[1:]
	}
	content, rest, err := rlp.SplitList(body)
	if err != nil || len(rest) != 0 {
		tb.Fatalf("split %x: %v", raw, err)
	}
	for len(content) > 0 {
		_, _, r, err := rlp.Split(content)
		if err != nil {
			tb.Fatal(err)
		}
		items = append(items, content[:len(content)-len(r)])
		content = r
	}
	return prefix, items
}

func assembleTx(prefix []byte, items [][]byte) []byte {
	return append(append([]byte(nil), prefix...), rlpList(items...)...)
}

// badItems are field encodings that are non-canonical, of the wrong kind or
// size, or at the edges of the integer ranges.
func badItems() map[string][]byte {
	rep := func(b byte, n int) []byte { return bytes.Repeat([]byte{b}, n) }
	return map[string][]byte{
		"zero byte":                               {0x00},
		"one-byte string below 0x80":              {0x81, 0x05},
		"one-byte string 0x80":                    {0x81, 0x80},
		"leading zero":                            {0x82, 0x00, 0x01},
		"long form, short length":                 {0xb8, 0x01, 0x05},
		"long form, 56 bytes":                     append([]byte{0xb8, 0x38}, rep(0x11, 56)...),
		"long form, length 0x0038 (leading zero)": append([]byte{0xb9, 0x00, 0x38}, rep(0x11, 56)...),
		"empty list":                              {0xc0},
		"list":                                    {0xc1, 0x01},
		"long list, short length":                 {0xf8, 0x01, 0x01},
		"empty string":                            {0x80},
		"max uint64":                              append([]byte{0x88}, rep(0xff, 8)...),
		"9-byte integer":                          append([]byte{0x89, 0x01}, rep(0x00, 8)...),
		"32-byte integer":                         append([]byte{0xa0}, rep(0xff, 32)...),
		"33-byte integer":                         append([]byte{0xa1, 0x01}, rep(0x00, 32)...),
		"20 bytes":                                append([]byte{0x94}, rep(0x42, 20)...),
		"19 bytes":                                append([]byte{0x93}, rep(0x42, 19)...),
		"21 bytes":                                append([]byte{0x95}, rep(0x42, 21)...),
		"declares 2, has 1":                       {0x82, 0x01},
		"huge string length":                      {0xbf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
		"huge list length":                        {0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
		"n":                                       rlpStr(common.FromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")),
		"n/2 + 1":                                 rlpStr(common.FromHex("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a1")),
		"2":                                       {0x02},
		"1":                                       {0x01},
		"0x7f":                                    {0x7f},
	}
}

// accessLists are well- and ill-formed type-2 access lists.
func accessLists() map[string][]byte {
	addr := rlpStr(bytes.Repeat([]byte{0xaa}, 20))
	key := rlpStr(bytes.Repeat([]byte{0xbb}, 32))
	return map[string][]byte{
		"one entry, no keys":       rlpList(rlpList(addr, rlpList())),
		"one entry, one key":       rlpList(rlpList(addr, rlpList(key))),
		"two entries":              rlpList(rlpList(addr, rlpList()), rlpList(addr, rlpList(key, key))),
		"entry with one item":      rlpList(rlpList(addr)),
		"entry with three items":   rlpList(rlpList(addr, rlpList(), rlpList())),
		"entry not a list":         rlpList(addr),
		"19-byte address":          rlpList(rlpList(rlpStr(bytes.Repeat([]byte{0xaa}, 19)), rlpList())),
		"address as list":          rlpList(rlpList(rlpList(), rlpList())),
		"keys not a list":          rlpList(rlpList(addr, key)),
		"31-byte key":              rlpList(rlpList(addr, rlpList(rlpStr(bytes.Repeat([]byte{0xbb}, 31))))),
		"key as list":              rlpList(rlpList(addr, rlpList(rlpList()))),
		"not a list":               {0x80},
		"list length overrun":      {0xc5, 0xc4, 0x94},
		"entry length overrun":     {0xc2, 0xc5, 0x94},
		"long-form empty list":     {0xf8, 0x00},
		"non-canonical keys in ok": rlpList(rlpList(addr, rlpList(append([]byte{0xb8, 0x20}, bytes.Repeat([]byte{0xbb}, 32)...)))),
	}
}

func signedTx(tb testing.TB, chainID uint64, data types.TxData) []byte {
	tb.Helper()
	return signTxWith(tb, fuzzKey("edge", 0), chainID, data)
}

func signTxWith(tb testing.TB, key *ecdsa.PrivateKey, chainID uint64, data types.TxData) []byte {
	tb.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), data)
	if err != nil {
		tb.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}

// TestVerifierDecodeTxEdgeCases replaces every field of valid legacy and
// type-2 transactions with each bad encoding, varies the list headers and
// item counts, tries every access-list shape, flips every byte and cuts the
// transaction at every length; Solidity's result must equal Go's each time.
func TestVerifierDecodeTxEdgeCases(t *testing.T) {
	e := newVerifierEnv(t)
	rules := replay.NewRules(fuzzChainID, uint256.NewInt(1_000_000_000))
	to := common.HexToAddress("0x1234567890123456789012345678901234567890")
	gwei := big.NewInt(1_000_000_000)
	legacy := signedTx(t, fuzzChainID, &types.LegacyTx{Nonce: 7, GasPrice: new(big.Int).Mul(gwei, big.NewInt(2)), Gas: 21000, To: &to, Value: big.NewInt(1e18)})
	dyn := signedTx(t, fuzzChainID, &types.DynamicFeeTx{ChainID: big.NewInt(fuzzChainID), Nonce: 300, GasTipCap: gwei, GasFeeCap: new(big.Int).Mul(gwei, big.NewInt(3)), Gas: 50000, To: &to, Value: big.NewInt(5)})
	n := 0
	check := func(raw []byte) {
		t.Helper()
		checkDecode(t, e.harness, rules, raw)
		n++
	}
	for _, base := range [][]byte{legacy, dyn} {
		if checkDecode(t, e.harness, rules, base) != 0 {
			t.Fatalf("base transaction %x rejected", base)
		}
		prefix, items := txItems(t, base)
		for i := range items {
			for _, bad := range badItems() {
				mod := append([][]byte(nil), items...)
				mod[i] = bad
				check(assembleTx(prefix, mod))
			}
		}
		// Item count and header variants.
		check(assembleTx(prefix, items[:len(items)-1]))
		check(assembleTx(prefix, append(append([][]byte(nil), items...), []byte{0x80})))
		body := bytes.Join(items, nil)
		for _, hdr := range [][]byte{
			{0xf8, byte(len(body) - 1)}, {0xf8, byte(len(body) + 1)}, {0xf9, 0x00, byte(len(body))},
			{0xf7}, {0xb8, byte(len(body))}, {0xf9, byte(len(body) >> 8), byte(len(body))},
		} {
			check(append(append(append([]byte(nil), prefix...), hdr...), body...))
		}
		check(append(append([]byte(nil), base...), 0x00))
		// Every byte flipped three ways, every truncation.
		for i := range base {
			for _, x := range []byte{0x01, 0x80, 0xff} {
				mod := append([]byte(nil), base...)
				mod[i] ^= x
				check(mod)
			}
			check(base[:i])
		}
	}
	prefix, items := txItems(t, dyn)
	for _, al := range accessLists() {
		mod := append([][]byte(nil), items...)
		mod[8] = al
		check(assembleTx(prefix, mod))
	}
	// Envelope type bytes.
	for _, b := range []byte{0x00, 0x01, 0x03, 0x04, 0x7f, 0x80, 0xbf, 0xc0, 0xff} {
		check([]byte{b})
		check(append([]byte{b}, dyn[1:]...))
	}
	check(nil)
	t.Logf("%d encodings", n)
}

// TestVerifierDecodeTxChainIDs checks the signing hash for chain ids whose
// encoding has 1 to 8 bytes (the EIP-155 tail of legacy transactions is
// re-encoded by the verifier), long data, and long-form lengths.
func TestVerifierDecodeTxChainIDs(t *testing.T) {
	e := newVerifierEnv(t)
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	for _, id := range []uint64{1, 2, 127, 128, 255, 256, 901, 1 << 24, 1 << 32, 1<<56 - 1, 1 << 56, 1<<63 + 5, math.MaxUint64 / 2, math.MaxUint64} {
		rules := replay.NewRules(id, uint256.NewInt(1))
		for _, data := range []types.TxData{
			&types.LegacyTx{Nonce: 0, GasPrice: big.NewInt(1), Gas: 21000, To: &to, Value: big.NewInt(0)},
			&types.LegacyTx{Nonce: math.MaxUint64 - 1, GasPrice: new(big.Int).Lsh(big.NewInt(1), 255), Gas: math.MaxUint64, To: &to, Value: new(big.Int).Lsh(big.NewInt(1), 255)},
			&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(id), Nonce: 1, GasTipCap: big.NewInt(0), GasFeeCap: big.NewInt(1), Gas: 21000, To: &to, Value: big.NewInt(1)},
			&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(id), Nonce: 1 << 40, GasTipCap: new(big.Int).Lsh(big.NewInt(1), 200), GasFeeCap: new(big.Int).Lsh(big.NewInt(1), 255), Gas: 1 << 33, To: &to, Value: new(big.Int).Lsh(big.NewInt(1), 255)},
		} {
			raw := signedTx(t, id, data)
			if code := checkDecode(t, e.harness, rules, raw); code != 0 {
				t.Errorf("chain %d: valid transaction gets code %d", id, code)
			}
			// The same transaction on a neighbouring chain.
			checkDecode(t, e.harness, replay.NewRules(id^1, uint256.NewInt(1)), raw)
		}
	}
	// Data and access lists long enough for two- and three-byte lengths.
	rules := replay.NewRules(fuzzChainID, uint256.NewInt(1))
	for _, size := range []int{55, 56, 255, 256, 65535, 65536, 70000} {
		data := bytes.Repeat([]byte{0x5a}, size)
		checkDecode(t, e.harness, rules, signedTx(t, fuzzChainID, &types.LegacyTx{GasPrice: big.NewInt(1), Gas: 21000, To: &to, Data: data}))
		keys := make([]common.Hash, size/33+1)
		checkDecode(t, e.harness, rules, signedTx(t, fuzzChainID, &types.DynamicFeeTx{ChainID: big.NewInt(fuzzChainID), GasFeeCap: big.NewInt(1), Gas: 21000, To: &to, Data: data[:size%100],
			AccessList: types.AccessList{{Address: to, StorageKeys: keys}}}))
	}
}

// TestVerifierWitnessWordMutations replaces each 32-byte word of the
// element and witness encodings of a range of step vectors with offsets,
// lengths and range edges, and compares Go with Solidity on each.
func TestVerifierWitnessWordMutations(t *testing.T) {
	var f stepVectorFile
	readVectors(t, "steps.json", &f)
	e := newVerifierEnv(t)
	tally := newStepTally()
	picked := map[string]bool{
		"deposit to new account":                                                   true,
		"deposit overflowing the recipient balance (no-op)":                        true,
		"legacy transfer to existing account":                                      true,
		"type2 transfer to new account":                                            true,
		"type2 self transfer (pays only the fee)":                                  true,
		"nonce too high":                                                           true,
		"forced tx: garbage":                                                       true,
		"transaction in a void batch (no-op)":                                      true,
		"deposit next to the only leaf":                                            true,
		"free zero-value tx from a missing account (creates sender and recipient)": true,
	}
	cases := 0
	for _, s := range f.Suites {
		rules := replay.NewRules(decU64(t, s.ChainID), decU256(t, s.BaseFee))
		v := e.verifier(t, rules)
		for _, c := range s.Cases {
			if !picked[c.Name] {
				continue
			}
			cases++
			honest := c.PostRoot
			for i := 0; i+32 <= len(c.WitnessABI); i += 32 {
				var old uint256.Int
				old.SetBytes(c.WitnessABI[i : i+32])
				for j, val := range abiWordValues(&old, len(c.WitnessABI)) {
					mod := append([]byte(nil), c.WitnessABI...)
					val.WriteToSlice(mod[i : i+32])
					checkStep(t, v, rules, c.PreRoot, c.ElementABI, mod, &honest, fmt.Sprintf("%s: witness word %d value %d", c.Name, i/32, j), tally)
				}
			}
			for i := 0; i+32 <= len(c.ElementABI); i += 32 {
				var old uint256.Int
				old.SetBytes(c.ElementABI[i : i+32])
				for j, val := range abiWordValues(&old, len(c.ElementABI)) {
					mod := append([]byte(nil), c.ElementABI...)
					val.WriteToSlice(mod[i : i+32])
					checkStep(t, v, rules, c.PreRoot, mod, c.WitnessABI, nil, fmt.Sprintf("%s: element word %d value %d", c.Name, i/32, j), tally)
				}
			}
			for _, cut := range []int{0, 31, 32, 64, len(c.WitnessABI) - 32, len(c.WitnessABI) - 1} {
				if cut >= 0 && cut < len(c.WitnessABI) {
					checkStep(t, v, rules, c.PreRoot, c.ElementABI, c.WitnessABI[:cut], &honest, fmt.Sprintf("%s: witness cut at %d", c.Name, cut), tally)
				}
			}
			checkStep(t, v, rules, c.PreRoot, c.ElementABI, append(append([]byte(nil), c.WitnessABI...), 0xff), &honest, c.Name+": witness extended", tally)
		}
	}
	if cases != len(picked) {
		t.Fatalf("found %d of %d picked vectors", cases, len(picked))
	}
	t.Logf("reverts %v", tally.reverts)
}
