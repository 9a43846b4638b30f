package replay

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Shared test vectors for the Solidity side live in testdata/replay at the
// repository root. `go test ./replay -run TestVectors -update` rewrites them;
// a plain run fails if they are out of date.
var updateVectors = flag.Bool("update", false, "rewrite the testdata/replay vector files")

const vectorDir = "../testdata/replay"

func TestVectors(t *testing.T) {
	files := []struct {
		name string
		gen  func(testing.TB) any
	}{
		{"txs.json", genTxVectors},
		{"smt.json", genSMTVectors},
		{"steps.json", genStepVectors},
		{"txroot.json", genTxRootVectors},
		{"inbox.json", genInboxVectors},
		{"batchdata.json", genBatchDataVectors},
	}
	for _, f := range files {
		data, err := json.MarshalIndent(f.gen(t), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		data = append(data, '\n')
		path := filepath.Join(vectorDir, f.name)
		if *updateVectors {
			if err := os.MkdirAll(vectorDir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		have, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(have, data) {
			t.Errorf("%s is missing or out of date; regenerate with: go test ./replay -run TestVectors -update", path)
		}
	}
}

func dec(x *uint256.Int) string { return x.Dec() }
func u64s(x uint64) string      { return strconv.FormatUint(x, 10) }

// ---- transactions -------------------------------------------------------

type txVectorFile struct {
	Comment string     `json:"comment"`
	ChainID string     `json:"chainId"`
	BaseFee string     `json:"baseFee"`
	Cases   []txVector `json:"cases"`
}

type txVector struct {
	Name       string `json:"name"`
	Raw        string `json:"raw"`
	Result     string `json:"result"`
	ResultCode int    `json:"resultCode"`
	// Set when the transaction passes every stateless rule.
	Type              *uint8 `json:"type,omitempty"`
	Sender            string `json:"sender,omitempty"`
	SigHash           string `json:"sigHash,omitempty"`
	TxHash            string `json:"txHash,omitempty"`
	Nonce             string `json:"nonce,omitempty"`
	To                string `json:"to,omitempty"`
	Value             string `json:"value,omitempty"`
	GasLimit          string `json:"gasLimit,omitempty"`
	MaxFeePerGas      string `json:"maxFeePerGas,omitempty"`
	MaxPriorityFee    string `json:"maxPriorityFeePerGas,omitempty"`
	EffectiveGasPrice string `json:"effectiveGasPrice,omitempty"`
	Cost              string `json:"cost,omitempty"`
	CostOverflows     bool   `json:"costOverflows,omitempty"`
}

func genTxVectors(tb testing.TB) any {
	rules := testRules()
	out := txVectorFile{
		Comment: "Stateless transaction rules (DecodeTx): result is the first failing check, or ok. For legacy txs maxFeePerGas = maxPriorityFeePerGas = gasPrice. cost = value + 21000 * effectiveGasPrice.",
		ChainID: u64s(rules.ChainID), BaseFee: dec(&rules.BaseFee),
	}
	cases := statelessCases(tb)
	key := testKey(1)
	to := addrOf(testKey(2))
	hugePrice := new(big.Int).Lsh(big.NewInt(1), 250)
	cases = append(cases,
		txCase{"legacy price 2^250 (cost overflows)", signTx(tb, key, testChainID, legacyTx(3, to, big.NewInt(1), hugePrice)), nil},
		txCase{"type2 tip above headroom (price = fee cap)", signTx(tb, key, testChainID, dynTx(4, to, big.NewInt(1), gwei(5), gwei(5))), nil},
		txCase{"type2 zero tip (price = base fee)", signTx(tb, key, testChainID, dynTx(5, to, big.NewInt(1), big.NewInt(0), gwei(5))), nil},
		txCase{"nonce 2^64-1", signTx(tb, key, testChainID, legacyTx(math.MaxUint64, to, big.NewInt(1), gwei(1))), nil},
	)
	for _, c := range cases {
		tx, err := DecodeTx(rules, c.raw)
		v := txVector{Name: c.name, Raw: hexutil.Encode(c.raw), Result: ResultName(err), ResultCode: ResultCode(err)}
		if err == nil {
			typ := tx.Type
			v.Type = &typ
			v.Sender, v.SigHash, v.TxHash = tx.From.Hex(), tx.SigHash.Hex(), tx.Hash.Hex()
			v.Nonce, v.To, v.Value, v.GasLimit = u64s(tx.Nonce), tx.To.Hex(), dec(&tx.Value), u64s(tx.Gas)
			v.MaxFeePerGas, v.MaxPriorityFee = dec(&tx.GasFeeCap), dec(&tx.GasTipCap)
			v.EffectiveGasPrice = dec(tx.EffectiveGasPrice(&rules.BaseFee))
			cost, of := tx.Cost(&rules.BaseFee)
			if of {
				v.CostOverflows = true
			} else {
				v.Cost = dec(&cost)
			}
		}
		out.Cases = append(out.Cases, v)
	}
	return out
}

// ---- state tree ---------------------------------------------------------

type smtVectorFile struct {
	Comment string       `json:"comment"`
	Trees   []smtTreeVec `json:"trees"`
}

type smtAccountVec struct {
	Key      string `json:"key"`
	Nonce    string `json:"nonce"`
	Balance  string `json:"balance"`
	LeafHash string `json:"leafHash"`
}

type smtProofJSON struct {
	Depth    uint16   `json:"depth"`
	Bitmap   string   `json:"bitmap"`
	Siblings []string `json:"siblings"`
	Terminal uint8    `json:"terminal"`
	OtherKey string   `json:"otherKey"`
	Nonce    string   `json:"nonce"`
	Balance  string   `json:"balance"`
}

type smtProofVec struct {
	Name       string       `json:"name"`
	Key        string       `json:"key"`
	Exists     bool         `json:"exists"`
	Nonce      string       `json:"nonce"`
	Balance    string       `json:"balance"`
	Proof      smtProofJSON `json:"proof"`
	ProofABI   string       `json:"proofAbi"`
	NewNonce   string       `json:"newNonce"`
	NewBalance string       `json:"newBalance"`
	RootAfter  string       `json:"rootAfter"`
}

type smtBadProofVec struct {
	Name     string `json:"name"`
	Key      string `json:"key"`
	ProofABI string `json:"proofAbi"`
}

type smtTreeVec struct {
	Name      string           `json:"name"`
	Accounts  []smtAccountVec  `json:"accounts"`
	Root      string           `json:"root"`
	Proofs    []smtProofVec    `json:"proofs"`
	BadProofs []smtBadProofVec `json:"invalidProofs"`
}

func proofJSON(p *Proof) smtProofJSON {
	j := smtProofJSON{Depth: p.Depth, Bitmap: hexutil.Encode(p.Bitmap[:]), Siblings: []string{}, Terminal: uint8(p.Terminal),
		OtherKey: p.OtherKey.Hex(), Nonce: u64s(p.Account.Nonce), Balance: dec(&p.Account.Balance)}
	for _, s := range p.Siblings {
		j.Siblings = append(j.Siblings, s.Hex())
	}
	return j
}

// collidingAddresses finds two addresses (no keys) whose account keys share
// at least nbits leading bits, by a deterministic birthday search.
func collidingAddresses(tag string, nbits int) (common.Address, common.Address, int) {
	seen := map[uint64]common.Address{}
	for i := uint64(0); ; i++ {
		a := common.BytesToAddress(crypto.Keccak256([]byte(tag), binary.BigEndian.AppendUint64(nil, i)))
		k := AccountKey(a)
		p := binary.BigEndian.Uint64(k[:8]) >> (64 - nbits)
		if b, ok := seen[p]; ok {
			kb := AccountKey(b)
			return b, a, firstDiff(&k, &kb)
		}
		seen[p] = a
	}
}

// collidingKeys finds two private keys whose account keys share at least
// nbits leading bits.
func collidingKeys(start, nbits int) (*ecdsa.PrivateKey, *ecdsa.PrivateKey, int) {
	seen := map[uint64]int{}
	for i := start; ; i++ {
		k := AccountKey(addrOf(testKey(i)))
		p := binary.BigEndian.Uint64(k[:8]) >> (64 - nbits)
		if j, ok := seen[p]; ok {
			kj := AccountKey(addrOf(testKey(j)))
			return testKey(j), testKey(i), firstDiff(&k, &kj)
		}
		seen[p] = i
	}
}

func genSMTVectors(tb testing.TB) any {
	out := smtVectorFile{Comment: "State tree: leaf = keccak256(key ‖ uint64 nonce ‖ uint256 balance); proofs as abi.encode(SMTProof). rootAfter = root after setting key to (newNonce, newBalance), computed from the proof alone. invalidProofs must be rejected against root."}
	acct := func(n uint64, bal uint64) Account { return Account{Nonce: n, Balance: *uint256.NewInt(bal)} }
	hk := func(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }

	type treeSpec struct {
		name   string
		leaves []Leaf
		probes []common.Hash
	}
	var specs []treeSpec
	specs = append(specs, treeSpec{"empty", nil, []common.Hash{hk("a")}})
	specs = append(specs, treeSpec{"one account", []Leaf{{hk("a"), acct(1, 100)}}, []common.Hash{hk("a"), hk("b")}})
	specs = append(specs, treeSpec{"two accounts", []Leaf{{hk("a"), acct(1, 100)}, {hk("b"), acct(0, 5)}}, []common.Hash{hk("a"), hk("b"), hk("c")}})
	// Keys sharing long prefixes, from real addresses.
	a1, a2, shared := collidingAddresses("smt-collide", 32)
	k1, k2 := AccountKey(a1), AccountKey(a2)
	k3 := k1
	k3[31] ^= 1 // differs from k1 only in the last bit: leaves at depth 256
	specs = append(specs, treeSpec{fmt.Sprintf("two keys sharing %d leading bits", shared),
		[]Leaf{{k1, acct(0, 1)}, {k2, acct(7, 2)}}, []common.Hash{k1, k2, k3, hk("x")}})
	specs = append(specs, treeSpec{"two keys differing only in bit 255",
		[]Leaf{{k1, acct(0, 1)}, {k3, acct(1, 3)}}, []common.Hash{k1, k3, k2}})
	var many []Leaf
	for i := 0; i < 64; i++ {
		many = append(many, Leaf{hk(fmt.Sprintf("many-%d", i)), acct(uint64(i), uint64(i)*1000)})
	}
	many = append(many, Leaf{k1, acct(3, 3)}, Leaf{k2, acct(4, 4)})
	specs = append(specs, treeSpec{"66 accounts with a colliding pair", many,
		leafKeys(many[:3], k1, k2, k3, hk("absent-1"), hk("absent-2"), hk("absent-3"))})

	for _, s := range specs {
		tr := NewTree(NewMemoryStore(), common.Hash{})
		if err := tr.Update(append([]Leaf(nil), s.leaves...)); err != nil {
			tb.Fatal(err)
		}
		tv := smtTreeVec{Name: s.name, Root: tr.Root().Hex(), Accounts: []smtAccountVec{}, BadProofs: []smtBadProofVec{}}
		for _, l := range s.leaves {
			tv.Accounts = append(tv.Accounts, smtAccountVec{l.Key.Hex(), u64s(l.Account.Nonce), dec(&l.Account.Balance), LeafHash(l.Key, l.Account).Hex()})
		}
		for i, k := range s.probes {
			p, err := tr.Prove(k)
			if err != nil {
				tb.Fatal(err)
			}
			acc, ok, err := VerifyProof(tr.Root(), k, p)
			if err != nil {
				tb.Fatal(err)
			}
			enc, err := EncodeProofABI(p)
			if err != nil {
				tb.Fatal(err)
			}
			newAcc := Account{Nonce: acc.Nonce + 1, Balance: *new(uint256.Int).AddUint64(&acc.Balance, 12345)}
			after, err := p.RootAfter(k, newAcc)
			if err != nil {
				tb.Fatal(err)
			}
			names := map[TerminalKind]string{TerminalLeaf: "membership", TerminalEmpty: "non-membership (empty slot)", TerminalOther: "non-membership (other leaf)"}
			tv.Proofs = append(tv.Proofs, smtProofVec{
				Name: fmt.Sprintf("probe %d: %s at depth %d", i, names[p.Terminal], p.Depth), Key: k.Hex(), Exists: ok,
				Nonce: u64s(acc.Nonce), Balance: dec(&acc.Balance), Proof: proofJSON(p), ProofABI: hexutil.Encode(enc),
				NewNonce: u64s(newAcc.Nonce), NewBalance: dec(&newAcc.Balance), RootAfter: after.Hex(),
			})
			for _, bad := range badProofs(k, p) {
				if _, _, err := VerifyProof(tr.Root(), k, bad.p); err == nil {
					tb.Fatalf("%s: bad proof %q verifies", s.name, bad.name)
				}
				benc, err := EncodeProofABI(bad.p)
				if err != nil {
					tb.Fatal(err)
				}
				tv.BadProofs = append(tv.BadProofs, smtBadProofVec{fmt.Sprintf("probe %d: %s", i, bad.name), k.Hex(), hexutil.Encode(benc)})
			}
		}
		out.Trees = append(out.Trees, tv)
	}
	return out
}

// leafKeys lists the keys of leaves followed by extra keys.
func leafKeys(leaves []Leaf, extra ...common.Hash) []common.Hash {
	var out []common.Hash
	for _, l := range leaves {
		out = append(out, l.Key)
	}
	return append(out, extra...)
}

type namedProof struct {
	name string
	p    *Proof
}

// badProofs derives non-canonical or lying variants of an honest proof.
func badProofs(key common.Hash, honest *Proof) []namedProof {
	var out []namedProof
	add := func(name string, mod func(p *Proof) bool) {
		p := honest.Copy()
		if mod(p) {
			out = append(out, namedProof{name, p})
		}
	}
	add("terminal pushed one level down under a zero sibling", func(p *Proof) bool {
		if p.Depth >= 256 || (p.Depth == 0 && p.Terminal == TerminalEmpty) {
			return false
		}
		p.Depth++
		return true
	})
	add("bitmap bit beyond depth", func(p *Proof) bool {
		if p.Depth >= 256 {
			return false
		}
		p.Bitmap[31] |= 1
		p.Siblings = append(p.Siblings, common.Hash{0x01})
		return true
	})
	add("zero sibling listed", func(p *Proof) bool {
		if len(p.Siblings) == 0 {
			return false
		}
		p.Siblings[0] = common.Hash{}
		return true
	})
	add("missing sibling", func(p *Proof) bool {
		if len(p.Siblings) == 0 {
			return false
		}
		p.Siblings = p.Siblings[:len(p.Siblings)-1]
		return true
	})
	add("wrong balance", func(p *Proof) bool {
		if p.Terminal == TerminalEmpty {
			return false
		}
		p.Account.Balance.AddUint64(&p.Account.Balance, 1)
		return true
	})
	add("claims membership", func(p *Proof) bool {
		if p.Terminal == TerminalLeaf {
			return false
		}
		p.Terminal, p.OtherKey = TerminalLeaf, common.Hash{}
		return true
	})
	add("claims empty slot", func(p *Proof) bool {
		if p.Terminal == TerminalEmpty {
			return false
		}
		p.Terminal, p.OtherKey, p.Account = TerminalEmpty, common.Hash{}, Account{}
		return true
	})
	add("other leaf off the key's path", func(p *Proof) bool {
		if p.Terminal != TerminalOther || p.Depth == 0 {
			return false
		}
		p.OtherKey[0] ^= 0x80
		return true
	})
	add("other leaf terminal holding the key itself", func(p *Proof) bool {
		if p.Terminal != TerminalLeaf {
			return false
		}
		p.Terminal, p.OtherKey = TerminalOther, key
		return true
	})
	add("depth 257", func(p *Proof) bool {
		p.Depth = 257
		return true
	})
	return out
}

// ---- steps --------------------------------------------------------------

type stepVectorFile struct {
	Comment string      `json:"comment"`
	Suites  []stepSuite `json:"suites"`
}

type stepSuite struct {
	Name        string    `json:"name"`
	ChainID     string    `json:"chainId"`
	BaseFee     string    `json:"baseFee"`
	GenesisRoot string    `json:"genesisRoot"`
	Cases       []stepVec `json:"cases"`
}

type elementJSON struct {
	Kind      uint8  `json:"kind"`
	Payload   string `json:"payload"`
	TxIndex   uint32 `json:"txIndex"`
	TxCount   uint32 `json:"txCount"`
	TxRoot    string `json:"txRoot"`
	BatchVoid bool   `json:"batchVoid"`
	EntryHash string `json:"entryHash,omitempty"`
}

type stepVec struct {
	Name       string      `json:"name"`
	Step       int         `json:"step"`
	PreRoot    string      `json:"preRoot"`
	Element    elementJSON `json:"element"`
	ElementABI string      `json:"elementAbi"`
	WitnessABI string      `json:"witnessAbi"`
	PostRoot   string      `json:"postRoot"`
	Result     string      `json:"result"`
	ResultCode int         `json:"resultCode"`
}

type namedStep struct {
	name  string
	entry *InboxEntry
	tx    []byte
}

func runStepSuite(tb testing.TB, name string, rules *Rules, g *Genesis, steps []namedStep, void bool) stepSuite {
	ctx := context.Background()
	st, err := NewGenesisState(ctx, g, NewMemoryStore())
	if err != nil {
		tb.Fatal(err)
	}
	b := &Batch{Void: void}
	var names []string
	for _, s := range steps {
		if s.entry != nil {
			b.Entries = append(b.Entries, *s.entry)
			names = append(names, s.name)
		}
	}
	for _, s := range steps {
		if s.entry == nil {
			b.Txs = append(b.Txs, s.tx)
			names = append(names, s.name)
		}
	}
	root, _ := st.Root()
	suite := stepSuite{Name: name, ChainID: u64s(rules.ChainID), BaseFee: dec(&rules.BaseFee), GenesisRoot: root.Hex()}
	res, err := ReplayBatch(ctx, st.Copy(), rules, b, ReplayOptions{Trace: true})
	if err != nil {
		tb.Fatal(err)
	}
	for i := 0; i < b.Len(); i++ {
		sp, err := BuildStepProof(ctx, st, rules, b, i)
		if err != nil {
			tb.Fatal(err)
		}
		if sp.PostRoot != res.Steps[i].Root || ResultCode(sp.Result) != ResultCode(res.Steps[i].Result) {
			tb.Fatalf("%s step %d: proof and trace disagree", name, i)
		}
		wenc, err := EncodeWitnessABI(&sp.Witness)
		if err != nil {
			tb.Fatal(err)
		}
		eenc, err := EncodeElementABI(&sp.Element)
		if err != nil {
			tb.Fatal(err)
		}
		ej := elementJSON{Kind: uint8(sp.Element.Kind), Payload: hexutil.Encode(sp.Element.Payload), TxIndex: sp.Element.TxIndex,
			TxCount: sp.Element.TxCount, TxRoot: sp.Element.TxRoot.Hex(), BatchVoid: sp.Element.Void}
		if h, err := sp.Element.InboxEntryHash(); err == nil {
			ej.EntryHash = h.Hex()
		}
		suite.Cases = append(suite.Cases, stepVec{
			Name: names[i], Step: i, PreRoot: sp.PreRoot.Hex(), Element: ej, ElementABI: hexutil.Encode(eenc),
			WitnessABI: hexutil.Encode(wenc), PostRoot: sp.PostRoot.Hex(), Result: ResultName(sp.Result), ResultCode: ResultCode(sp.Result),
		})
	}
	return suite
}

func genStepVectors(tb testing.TB) any {
	out := stepVectorFile{Comment: "One-step proofs: VerifyStep(rules, preRoot, element, witness) must return postRoot (preRoot for a no-op) and result. " +
		"Each suite is one batch replayed from genesisRoot, entries first; case i is step i. Witness = abi.encode(StepWitness), element = abi.encode(StepElement)."}
	rules := testRules()
	g := &Genesis{ChainID: testChainID, BaseFee: (*hexutil.Big)(big.NewInt(testBaseFee)), Alloc: map[common.Address]GenesisAccount{}}
	A, B, C := testKey(100), testKey(101), testKey(102)
	for _, k := range []*ecdsa.PrivateKey{A, B, C} {
		g.Alloc[addrOf(k)] = NewGenesisBalance(ether(10))
	}
	rich := common.HexToAddress("0x00000000000000000000000000000000000e7e75")
	g.Alloc[rich] = NewGenesisBalance(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1000)))
	maxed := testKey(103)
	g.Alloc[addrOf(maxed)] = GenesisAccount{Balance: (*hexutil.Big)(ether(1)), Nonce: math.MaxUint64}
	S1, S2, sBits := collidingKeys(20_000, 20)
	g.Alloc[addrOf(S1)] = NewGenesisBalance(ether(1))
	g.Alloc[addrOf(S2)] = NewGenesisBalance(ether(1))
	R1, R2, rBits := collidingAddresses("step-collide", 32)
	g.Alloc[R1] = NewGenesisBalance(big.NewInt(1))
	for i := 0; i < 40; i++ {
		g.Alloc[common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("filler-%d", i))))] = NewGenesisBalance(big.NewInt(int64(i + 1)))
	}
	N := func(i int) common.Address {
		return common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("new-%d", i))))
	}
	dep := func(to common.Address, amount uint64) *InboxEntry {
		e := NewDeposit(to, uint256.NewInt(amount))
		return &e
	}
	forced := func(raw []byte) *InboxEntry {
		e := NewForcedTx(raw)
		return &e
	}
	sign := func(k *ecdsa.PrivateKey, d any) []byte {
		switch d := d.(type) {
		case *legacyArgs:
			return signTx(tb, k, testChainID, legacyTx(d.nonce, d.to, d.value, d.price))
		case *dynArgs:
			tx := dynTx(d.nonce, d.to, d.value, d.tip, d.cap)
			if d.gas != 0 {
				tx.Gas = d.gas
			}
			return signTx(tb, k, testChainID, tx)
		}
		tb.Fatal("bad args")
		return nil
	}
	fresh := testKey(104) // never funded
	steps := []namedStep{
		{name: "deposit to existing account", entry: dep(addrOf(A), 1e18)},
		{name: "deposit to new account", entry: dep(N(1), 5)},
		{name: "deposit overflowing the recipient balance (no-op)", entry: dep(rich, 2000)},
		{name: "deposit of zero to new account (creates it)", entry: dep(N(2), 0)},
		{name: "forced tx: valid legacy transfer", entry: forced(sign(A, &legacyArgs{0, addrOf(B), big.NewInt(1000), gwei(1)}))},
		{name: "forced tx: wrong nonce", entry: forced(sign(B, &legacyArgs{5, addrOf(A), big.NewInt(1), gwei(1)}))},
		{name: "forced tx: garbage", entry: forced([]byte{0xde, 0xad, 0xbe, 0xef})},
		{name: "legacy transfer to existing account", tx: sign(A, &legacyArgs{1, addrOf(B), ether(1), gwei(2)})},
		{name: "type2 transfer to new account", tx: sign(A, &dynArgs{2, N(3), big.NewInt(77), gwei(1), gwei(3), 0})},
		{name: "type2 self transfer (pays only the fee)", tx: sign(A, &dynArgs{3, addrOf(A), ether(1), gwei(1), gwei(3), 0})},
		{name: "legacy zero-value transfer to new account (creates it)", tx: sign(B, &legacyArgs{0, N(4), big.NewInt(0), gwei(1)})},
		{name: "type2 gas limit 100000 (charged 21000 only)", tx: sign(B, &dynArgs{1, addrOf(C), big.NewInt(5), gwei(1), gwei(3), 100000})},
		{name: "type2 tip above headroom (price = fee cap)", tx: sign(C, &dynArgs{0, addrOf(A), big.NewInt(5), gwei(3), gwei(3), 0})},
		{name: fmt.Sprintf("transfer inserting a key sharing %d bits with an existing leaf", rBits), tx: sign(S1, &legacyArgs{0, R2, big.NewInt(3), gwei(1)})},
		{name: fmt.Sprintf("transfer between accounts whose keys share %d bits", sBits), tx: sign(S2, &dynArgs{0, addrOf(S1), big.NewInt(4), gwei(1), gwei(1), 0})},
		{name: "recipient balance overflow (no-op)", tx: sign(A, &legacyArgs{4, rich, big.NewInt(2000), gwei(1)})},
		{name: "nonce 2^64-1 (no-op)", tx: sign(maxed, &legacyArgs{math.MaxUint64, addrOf(A), big.NewInt(1), gwei(1)})},
		{name: "nonce too high", tx: sign(A, &legacyArgs{10, addrOf(B), big.NewInt(1), gwei(1)})},
		{name: "nonce replayed", tx: sign(A, &legacyArgs{0, addrOf(B), big.NewInt(1), gwei(1)})},
		{name: "value above balance", tx: sign(C, &dynArgs{1, addrOf(A), ether(100), gwei(1), gwei(1), 0})},
		{name: "fee overflowing 256 bits", tx: sign(C, &legacyArgs{1, addrOf(A), big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 250)})},
		{name: "sender without account", tx: sign(fresh, &legacyArgs{0, addrOf(A), big.NewInt(1), gwei(1)})},
		{name: "valid again after failures", tx: sign(A, &legacyArgs{4, addrOf(C), big.NewInt(9), gwei(1)})},
	}
	for _, c := range statelessCases(tb) {
		if c.want != nil {
			steps = append(steps, namedStep{name: "invalid: " + c.name, tx: c.raw})
		}
	}
	out.Suites = append(out.Suites, runStepSuite(tb, "main", rules, g, steps, false))

	out.Suites = append(out.Suites, runStepSuite(tb, "void batch", rules, g, []namedStep{
		{name: "deposit in a void batch still applies", entry: dep(addrOf(A), 1)},
		{name: "transaction in a void batch (no-op)", tx: sign(A, &legacyArgs{0, addrOf(B), big.NewInt(1), gwei(1)})},
		{name: "another transaction in a void batch (no-op)", tx: sign(B, &legacyArgs{0, addrOf(A), big.NewInt(1), gwei(1)})},
	}, true))

	// From the empty tree: the first account is the root itself, the second
	// proof ends on another leaf at depth 0.
	empty := &Genesis{ChainID: testChainID, BaseFee: (*hexutil.Big)(big.NewInt(testBaseFee)), Alloc: map[common.Address]GenesisAccount{}}
	out.Suites = append(out.Suites, runStepSuite(tb, "from the empty tree", rules, empty, []namedStep{
		{name: "deposit into the empty tree", entry: dep(addrOf(A), 1e18)},
		{name: "deposit next to the only leaf", entry: dep(addrOf(B), 1e18)},
		{name: "transfer to a third account", tx: sign(A, &dynArgs{0, addrOf(C), big.NewInt(1), gwei(1), gwei(1), 0})},
	}, false))

	// With a zero base fee a transaction can be free, so an account that does
	// not exist can send (and is created by its nonce increment).
	zeroRules := NewRules(testChainID, uint256.NewInt(0))
	zg := &Genesis{ChainID: testChainID, BaseFee: (*hexutil.Big)(big.NewInt(0)), Alloc: map[common.Address]GenesisAccount{addrOf(A): NewGenesisBalance(ether(1))}}
	out.Suites = append(out.Suites, runStepSuite(tb, "zero base fee", zeroRules, zg, []namedStep{
		{name: "free zero-value tx from a missing account (creates sender and recipient)", tx: sign(fresh, &legacyArgs{0, N(5), big.NewInt(0), big.NewInt(0)})},
		{name: "missing account sending value", tx: sign(testKey(105), &legacyArgs{0, N(5), big.NewInt(1), big.NewInt(0)})},
		{name: "type2 with zero fee cap", tx: sign(A, &dynArgs{0, N(6), big.NewInt(10), big.NewInt(0), big.NewInt(0), 0})},
	}, false))
	return out
}

type legacyArgs struct {
	nonce uint64
	to    common.Address
	value *big.Int
	price *big.Int
}

type dynArgs struct {
	nonce    uint64
	to       common.Address
	value    *big.Int
	tip, cap *big.Int
	gas      uint64
}

// ---- txRoot, inbox, batch data -------------------------------------------

type txRootVec struct {
	Txs    []string   `json:"txs"`
	Leaves []string   `json:"leaves"`
	Root   string     `json:"root"`
	Proofs [][]string `json:"proofs"`
}

func genTxRootVectors(tb testing.TB) any {
	var out []txRootVec
	for _, n := range []int{0, 1, 2, 3, 4, 5, 8, 9} {
		var txs [][]byte
		for i := 0; i < n; i++ {
			txs = append(txs, crypto.Keccak256([]byte{byte(n), byte(i)})[:10+i])
		}
		tt := NewTxTree(txs)
		v := txRootVec{Txs: []string{}, Leaves: []string{}, Root: tt.Root().Hex(), Proofs: [][]string{}}
		for i, tx := range txs {
			v.Txs = append(v.Txs, hexutil.Encode(tx))
			v.Leaves = append(v.Leaves, crypto.Keccak256Hash(tx).Hex())
			p, err := tt.Proof(i)
			if err != nil {
				tb.Fatal(err)
			}
			ps := []string{}
			for _, h := range p {
				ps = append(ps, h.Hex())
			}
			out := ps
			v.Proofs = append(v.Proofs, out)
		}
		out = append(out, v)
	}
	return map[string]any{
		"comment": "txRoot: leaves keccak256(rawTx) padded with zero leaves to a power of two; node = keccak256(left ‖ right); 0 txs -> zero root; proofs list siblings leaf level first.",
		"cases":   out,
	}
}

type inboxVec struct {
	Kind      uint8  `json:"kind"`
	To        string `json:"to,omitempty"`
	Amount    string `json:"amount,omitempty"`
	RawTx     string `json:"rawTx,omitempty"`
	Payload   string `json:"payload"`
	EntryHash string `json:"entryHash"`
}

func genInboxVectors(tb testing.TB) any {
	var out []inboxVec
	amounts := []*uint256.Int{uint256.NewInt(0), uint256.NewInt(1), uint256.MustFromDecimal("1000000000000000000"), new(uint256.Int).SetAllOne()}
	for i, a := range amounts {
		to := common.BytesToAddress(crypto.Keccak256([]byte{byte(i)}))
		e := NewDeposit(to, a)
		out = append(out, inboxVec{Kind: 0, To: to.Hex(), Amount: a.Dec(), Payload: hexutil.Encode(e.Payload()), EntryHash: DepositEntryHash(to, a).Hex()})
	}
	for _, raw := range [][]byte{{}, {0x02}, signTx(tb, testKey(1), testChainID, legacyTx(0, addrOf(testKey(2)), big.NewInt(1), gwei(1)))} {
		e := NewForcedTx(raw)
		out = append(out, inboxVec{Kind: 1, RawTx: hexutil.Encode(raw), Payload: hexutil.Encode(e.Payload()), EntryHash: ForcedTxEntryHash(raw).Hex()})
	}
	return map[string]any{
		"comment": "entryHash = keccak256(abi.encodePacked(uint8 kind, payload)); deposit payload = to (20 bytes) ‖ amount (uint256 big-endian), forced payload = raw tx.",
		"cases":   out,
	}
}

type batchDataVec struct {
	Name     string   `json:"name"`
	Data     string   `json:"data"`
	Valid    bool     `json:"valid"`
	Txs      []string `json:"txs,omitempty"`
	DataHash string   `json:"dataHash"`
}

func genBatchDataVectors(tb testing.TB) any {
	var out []batchDataVec
	good := [][][]byte{
		{},
		{{0x01}},
		{{}, {0x80}, {0x02, 0x03}},
		{bytes.Repeat([]byte{0xab}, 56), signTx(tb, testKey(1), testChainID, legacyTx(0, addrOf(testKey(2)), big.NewInt(1), gwei(1)))},
	}
	for i, txs := range good {
		data, err := EncodeBatchData(txs)
		if err != nil {
			tb.Fatal(err)
		}
		v := batchDataVec{Name: fmt.Sprintf("valid %d", i), Data: hexutil.Encode(data), Valid: true, Txs: []string{}, DataHash: BatchDataHash(data).Hex()}
		for _, tx := range txs {
			v.Txs = append(v.Txs, hexutil.Encode(tx))
		}
		out = append(out, v)
	}
	bad := []struct {
		name string
		data []byte
	}{
		{"empty input", nil},
		{"a string, not a list", []byte{0x80}},
		{"trailing byte", []byte{0xc0, 0x00}},
		{"nested list item", []byte{0xc1, 0xc0}},
		{"non-canonical single byte", []byte{0xc2, 0x81, 0x05}},
		{"list length beyond input", []byte{0xc3, 0x01}},
		{"non-canonical long list length", append([]byte{0xf8, 0x01}, 0x01)},
	}
	for _, b := range bad {
		if _, err := DecodeBatchData(b.data); err == nil {
			tb.Fatalf("bad batch data %q decodes", b.name)
		}
		out = append(out, batchDataVec{Name: b.name, Data: hexutil.Encode(b.data), DataHash: BatchDataHash(b.data).Hex()})
	}
	return map[string]any{
		"comment": "Batch data = RLP list of raw txs as byte strings; dataHash = keccak256(data); invalid encodings must be rejected. " +
			"inspect: BatchData.inspect(data, limit) / InspectBatchData, which stops after limit+1 items (count = limit+1, zero root, ok even if later bytes are malformed).",
		"cases":   out,
		"inspect": genInspectVectors(tb),
	}
}

type inspectVec struct {
	Name   string `json:"name"`
	Data   string `json:"data"`
	Limit  uint64 `json:"limit"`
	OK     bool   `json:"ok"`
	Count  uint64 `json:"count"`
	TxRoot string `json:"txRoot"`
}

// genInspectVectors covers the early stop of InspectBatchData: below, at
// and past the limit, and malformed bytes before and after the stop.
func genInspectVectors(tb testing.TB) []inspectVec {
	three, err := EncodeBatchData([][]byte{{0x01}, {0x02, 0x03}, {}})
	if err != nil {
		tb.Fatal(err)
	}
	// Four one-byte items, then a nested list: malformed, but only a walk
	// past the fourth item sees it.
	bad5 := []byte{0xc5, 0x01, 0x02, 0x03, 0x04, 0xc0}
	cases := []struct {
		name  string
		data  []byte
		limit uint64
	}{
		{"3 items, limit 3 (full walk)", three, 3},
		{"3 items, limit 4", three, 4},
		{"3 items, limit 2 (stops at item 3)", three, 2},
		{"3 items, limit 0 (stops at item 1)", three, 0},
		{"empty list, limit 0", []byte{0xc0}, 0},
		{"nested list after item 4, limit 3 (stops first)", bad5, 3},
		{"nested list after item 4, limit 4 (sees it)", bad5, 4},
		{"non-canonical item 1, limit 0 (before the stop)", []byte{0xc3, 0x81, 0x05, 0x01}, 0},
		{"bad list header, limit 0", []byte{0xc3, 0x01}, 0},
	}
	out := make([]inspectVec, 0, len(cases))
	for _, c := range cases {
		ok, count, root := InspectBatchData(c.data, c.limit)
		out = append(out, inspectVec{Name: c.name, Data: hexutil.Encode(c.data), Limit: c.limit, OK: ok, Count: count, TxRoot: root.Hex()})
	}
	return out
}

// TestVectorFilesVerify re-checks the committed step and proof vectors with
// the pure verifier only, the way the Solidity tests will use them.
func TestVectorFilesVerify(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(vectorDir, "steps.json"))
	if err != nil {
		t.Skipf("no vectors: %v", err)
	}
	var f stepVectorFile
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	for _, s := range f.Suites {
		chain, _ := strconv.ParseUint(s.ChainID, 10, 64)
		rules := NewRules(chain, uint256.MustFromDecimal(s.BaseFee))
		for _, c := range s.Cases {
			el, err := DecodeElementABI(hexutil.MustDecode(c.ElementABI))
			if err != nil {
				t.Fatal(err)
			}
			w, err := DecodeWitnessABI(hexutil.MustDecode(c.WitnessABI))
			if err != nil {
				t.Fatal(err)
			}
			post, result, err := VerifyStepResult(rules, common.HexToHash(c.PreRoot), el, w)
			if err != nil {
				t.Fatalf("%s/%s: %v", s.Name, c.Name, err)
			}
			if post.Hex() != c.PostRoot || ResultName(result) != c.Result {
				t.Fatalf("%s/%s: got %x %s, want %s %s", s.Name, c.Name, post, ResultName(result), c.PostRoot, c.Result)
			}
		}
	}
}
