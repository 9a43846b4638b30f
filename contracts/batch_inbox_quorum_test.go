package contracts_test

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/etherscale/etherscale/contracts"
)

// gwei returns n gwei plus extra wei.
func gwei(n, extra int64) *big.Int {
	w := new(big.Int).Mul(big.NewInt(n), big.NewInt(contracts.PowerUnit))
	return w.Add(w, big.NewInt(extra))
}

// TestBatchInboxQuorumCountsPower: the certificate the BFT sequencer's
// consensus accepts (more than 2/3 of the voting power, power = weight in
// whole gwei) must post. Signers of 10 ETH and 10 ETH + 1 gwei against a
// silent member of 10 ETH + 999,999,999 wei: in power 2·10¹⁰+1 of
// 3·10¹⁰+1, > 2/3; in wei the silent member's remainder tips the total and
// BatchInbox counting wei refused it (InsufficientStake), so the poster
// waited for ever.
func TestBatchInboxQuorumCountsPower(t *testing.T) {
	e := newBatchEnv(t)
	stakes := map[int]*big.Int{2: gwei(1e10, 0), 3: gwei(1e10+1, 0), 4: gwei(1e10, 999_999_999)}
	for _, k := range []int{2, 3, 4} {
		e.register(k, stakes[k])
	}
	var signed, total int64
	for k, w := range stakes {
		p, err := contracts.StakePower(w)
		if err != nil {
			t.Fatal(err)
		}
		total += p
		if k != 4 {
			signed += p
		}
	}
	if 3*signed <= 2*total {
		t.Fatalf("test set: power %d of %d is not a CometBFT quorum", signed, total)
	}
	if !contracts.Quorum(uint64(signed), uint64(total)) {
		t.Fatalf("Go rule refuses power %d of %d", signed, total)
	}
	h, data := e.next(nil, 0)
	e.post(2, h, data, 2, 3)

	// Two more wei carry the silent member to 10¹⁰+1 gwei: the signers then
	// hold a third of a gwei less than 2/3 of the power.
	if _, err := e.setAs(4).IncreaseBond(e.ctx, big.NewInt(2)); err != nil {
		t.Fatal(err)
	}
	e.nextEpoch()
	h2, data2 := e.next(nil, 0)
	_, err := e.biAs(2).PostBatch(e.ctx, h2, e.sign(h2, 2, 3), data2)
	wantRevertName(t, err, "InsufficientStake")
}

// The certificate rule (docs/PROTOCOL.md §4.3) is one rule for L1 and the
// BFT sequencer: Go's contracts.Quorum/PowerQuorum (used by sequencerset/app
// and sequencerset/node) and BatchInbox's Quorum library must agree on
// every input. Run the differential fuzz test longer with
//
//	go test ./contracts -run '^$' -fuzz FuzzQuorumOf -fuzztime 10m

// quorumVector is one shared certificate-threshold vector: member weights
// in wei (decimal), the indices of the signers, the powers and the verdict.
// Go writes the file (-update); Go, the contract and the app are checked
// against it.
type quorumVector struct {
	Name        string   `json:"name"`
	Weights     []string `json:"weights"`
	Signers     []int    `json:"signers"`
	SignedPower string   `json:"signedPower"`
	TotalPower  string   `json:"totalPower"`
	Quorum      bool     `json:"quorum"`
}

const quorumVectorFile = "../testdata/certificate/threshold.json"

func makeQuorumVectors() []quorumVector {
	type c struct {
		name    string
		weights []*big.Int
		signers []int
	}
	eth := func(n int64, extra int64) *big.Int { return gwei(n*1e9, extra) }
	cases := []c{
		{"sub-gwei remainders of a silent member: > 2/3 in power, < 2/3 in wei", []*big.Int{gwei(1e10, 0), gwei(1e10+1, 0), gwei(1e10, 999_999_999)}, []int{0, 1}},
		{"signers' remainders: < 2/3 in power, ≥ 2/3 in wei", []*big.Int{eth(1, 999_999_999), gwei(1e9+1, 999_999_999), gwei(1e9+1, 0)}, []int{0, 1}},
		{"exactly 2/3", []*big.Int{eth(2, 0), eth(1, 0)}, []int{0}},
		{"one gwei short of 2/3", []*big.Int{eth(2, 0), gwei(1e9+1, 0)}, []int{0}},
		{"a sub-gwei remainder adds no power", []*big.Int{eth(2, 0), eth(1, 999_999_999)}, []int{0}},
		{"no signers", []*big.Int{eth(1, 0)}, nil},
		{"one member of one", []*big.Int{eth(1, 0)}, []int{0}},
		{"a member below one gwei weighs nothing", []*big.Int{eth(1, 0), big.NewInt(999_999_999)}, []int{0}},
		{"three of four equal", []*big.Int{eth(32, 0), eth(32, 0), eth(32, 0), eth(32, 0)}, []int{0, 1, 3}},
		{"two of four equal", []*big.Int{eth(32, 0), eth(32, 0), eth(32, 0), eth(32, 0)}, []int{1, 2}},
		{"large stakes (2^58 gwei)", []*big.Int{gwei(1<<58, 5), gwei(1<<57, 999_999_999)}, []int{0}},
	}
	// 66 exact signers against 33 silent members with remainders: exactly
	// 2/3 of the power, short in wei; one signer fewer is short in both.
	var many []*big.Int
	var signers []int
	for i := 0; i < 99; i++ {
		if i < 66 {
			many = append(many, eth(32, 0))
			signers = append(signers, i)
		} else {
			many = append(many, eth(32, 999_999_999))
		}
	}
	cases = append(cases, c{"99 members: 66 exact signers, 33 silent with remainders", many, signers}, c{"99 members: 65 signers", many, signers[1:]})
	var out []quorumVector
	for _, k := range cases {
		v := quorumVector{Name: k.name, Signers: k.signers}
		var sw []*big.Int
		for _, w := range k.weights {
			v.Weights = append(v.Weights, w.String())
		}
		for _, i := range k.signers {
			sw = append(sw, k.weights[i])
		}
		signed, total, ok := contracts.PowerQuorum(sw, k.weights)
		v.SignedPower, v.TotalPower, v.Quorum = signed.String(), total.String(), ok
		out = append(out, v)
	}
	return out
}

func (v *quorumVector) parse(t *testing.T) (signers, members []*big.Int) {
	t.Helper()
	for _, s := range v.Weights {
		w, ok := new(big.Int).SetString(s, 10)
		if !ok {
			t.Fatalf("weight %q", s)
		}
		members = append(members, w)
	}
	for _, i := range v.Signers {
		signers = append(signers, members[i])
	}
	return signers, members
}

func TestCertificateThresholdVectors(t *testing.T) {
	if *update {
		data, err := json.MarshalIndent(makeQuorumVectors(), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(quorumVectorFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(quorumVectorFile, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(quorumVectorFile)
	if err != nil {
		t.Fatalf("%v (regenerate with: go test ./contracts -run TestCertificateThresholdVectors -update)", err)
	}
	var vectors []quorumVector
	if err := json.Unmarshal(data, &vectors); err != nil {
		t.Fatal(err)
	}
	if len(vectors) == 0 {
		t.Fatal("no vectors")
	}
	e := newBatchEnvWith(t, batchEnvOpts{keys: 2})
	for _, v := range vectors {
		t.Run(v.Name, func(t *testing.T) {
			sw, mw := v.parse(t)
			signed, total, ok := contracts.PowerQuorum(sw, mw)
			if signed.String() != v.SignedPower || total.String() != v.TotalPower || ok != v.Quorum {
				t.Fatalf("Go: %s of %s, quorum %v; vector %s of %s, %v", signed, total, ok, v.SignedPower, v.TotalPower, v.Quorum)
			}
			if contracts.Quorum(signed.Uint64(), total.Uint64()) != v.Quorum {
				t.Fatalf("Go's Quorum over powers disagrees with the vector")
			}
			ss, st, sok, err := e.bi.QuorumOf(e.ctx, sw, mw)
			if err != nil {
				t.Fatal(err)
			}
			if ss.String() != v.SignedPower || st.String() != v.TotalPower || sok != v.Quorum {
				t.Fatalf("Solidity: %s of %s, quorum %v; vector %s of %s, %v", ss, st, sok, v.SignedPower, v.TotalPower, v.Quorum)
			}
		})
	}
}

// randomWeights: 1 to 40 members, most with sub-gwei remainders, powers
// from one gwei to 2^62 gwei, and a random subset as signers.
func randomWeights(r *rand.Rand) (signers, members []*big.Int) {
	n := 1 + r.IntN(40)
	for i := 0; i < n; i++ {
		var p uint64
		switch r.IntN(3) {
		case 0:
			p = 1 + uint64(r.IntN(100))
		case 1:
			p = 32e9 + uint64(r.IntN(3))
		default:
			p = r.Uint64() >> 2
		}
		w := new(big.Int).Mul(new(big.Int).SetUint64(p), big.NewInt(contracts.PowerUnit))
		if r.IntN(4) != 0 {
			w.Add(w, big.NewInt(r.Int64N(contracts.PowerUnit)))
		}
		members = append(members, w)
		if r.IntN(3) != 0 {
			signers = append(signers, w)
		}
	}
	return signers, members
}

func checkQuorumOf(t *testing.T, e *batchEnv, sw, mw []*big.Int) {
	t.Helper()
	signed, total, ok := contracts.PowerQuorum(sw, mw)
	ss, st, sok, err := e.bi.QuorumOf(e.ctx, sw, mw)
	if err != nil || ss.Cmp(signed) != 0 || st.Cmp(total) != 0 || sok != ok {
		t.Fatalf("signers %v of %v: Solidity %s of %s %v (%v), Go %s of %s %v", sw, mw, ss, st, sok, err, signed, total, ok)
	}
	if total.IsUint64() && contracts.Quorum(signed.Uint64(), total.Uint64()) != ok {
		t.Fatalf("Quorum(%s, %s) disagrees with PowerQuorum", signed, total)
	}
}

// TestQuorumOfMatchesGo: 300 random schedules, Go against the contract.
func TestQuorumOfMatchesGo(t *testing.T) {
	e := newBatchEnvWith(t, batchEnvOpts{keys: 2})
	r := rand.New(rand.NewPCG(15, 3))
	for i := 0; i < 300; i++ {
		sw, mw := randomWeights(r)
		checkQuorumOf(t, e, sw, mw)
	}
}

// FuzzQuorumOf: for any seed, Go's certificate rule and the contract's
// agree.
func FuzzQuorumOf(f *testing.F) {
	f.Add(uint64(1), uint64(2))
	f.Add(uint64(7), ^uint64(0))
	e := newBatchEnvWith(f, batchEnvOpts{keys: 2})
	f.Fuzz(func(t *testing.T, s1, s2 uint64) {
		sw, mw := randomWeights(rand.New(rand.NewPCG(s1, s2)))
		checkQuorumOf(t, e, sw, mw)
	})
}
