package contracts_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/replay"
)

// The shared vectors of docs/PROTOCOL.md §2.10, written by
// `go test ./replay -run TestVectors -update`.
const replayVectorDir = "../testdata/replay"

// verifierEnv is a simulated chain with the harness and one OneStepVerifier
// per set of rules, deployed on first use.
type verifierEnv struct {
	env       *simbackend.Env
	sender    *txmgr.Sender
	harness   *contracts.VerifierHarness
	verifiers map[string]*contracts.OneStepVerifier
}

func newVerifierEnv(tb testing.TB) *verifierEnv {
	tb.Helper()
	env := simbackend.New(tb, 1)
	sender := env.Sender(tb, 0)
	addr, _, err := contracts.DeployVerifierHarness(context.Background(), sender)
	if err != nil {
		tb.Fatalf("deploy harness: %v", err)
	}
	return &verifierEnv{
		env:       env,
		sender:    sender,
		harness:   contracts.NewVerifierHarness(addr, env.Client),
		verifiers: map[string]*contracts.OneStepVerifier{},
	}
}

// verifier returns the OneStepVerifier for the rules, deploying it if needed.
func (e *verifierEnv) verifier(tb testing.TB, rules *replay.Rules) *contracts.OneStepVerifier {
	tb.Helper()
	id := strconv.FormatUint(rules.ChainID, 10) + "/" + rules.BaseFee.Dec()
	if v, ok := e.verifiers[id]; ok {
		return v
	}
	ctx := context.Background()
	addr, _, err := contracts.DeployOneStepVerifier(ctx, e.sender, rules.ChainID, rules.BaseFee.ToBig())
	if err != nil {
		tb.Fatalf("deploy verifier: %v", err)
	}
	v := contracts.NewOneStepVerifier(addr, e.env.Client, nil)
	chainID, err := v.ChainID(ctx)
	if err != nil || chainID != rules.ChainID {
		tb.Fatalf("verifier chain id %d, %v", chainID, err)
	}
	baseFee, err := v.BaseFee(ctx)
	if err != nil || baseFee.Cmp(rules.BaseFee.ToBig()) != 0 {
		tb.Fatalf("verifier base fee %v, %v", baseFee, err)
	}
	e.verifiers[id] = v
	return v
}

// revertReason reports whether err is a contract revert and its decoded
// reason (a custom error renders as "Name(args…)"). Any other error (the
// backend failing) is not a revert.
func revertReason(err error) (string, bool) {
	var rev *txmgr.RevertError
	if errors.As(err, &rev) {
		return rev.Reason, true
	}
	return "", false
}

func readVectors(tb testing.TB, name string, dst any) {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(replayVectorDir, name))
	if err != nil {
		tb.Fatalf("%v (regenerate with: go test ./replay -run TestVectors -update)", err)
	}
	if err := json.Unmarshal(data, dst); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
}

func decU256(tb testing.TB, s string) *uint256.Int {
	tb.Helper()
	v, err := uint256.FromDecimal(s)
	if err != nil {
		tb.Fatalf("bad decimal %q: %v", s, err)
	}
	return v
}

func decU64(tb testing.TB, s string) uint64 {
	tb.Helper()
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		tb.Fatalf("bad uint64 %q: %v", s, err)
	}
	return v
}

// goStep is the Go reference for OneStepVerifier.step on encoded inputs: the
// ABI decoders, then VerifyStepResult. err is non-nil iff the contract must
// revert.
func goStep(rules *replay.Rules, preRoot common.Hash, elementABI, witnessABI []byte) (common.Hash, int, error) {
	el, err := replay.DecodeElementABI(elementABI)
	if err != nil {
		return common.Hash{}, 0, err
	}
	w, err := replay.DecodeWitnessABI(witnessABI)
	if err != nil {
		return common.Hash{}, 0, err
	}
	post, result, err := replay.VerifyStepResult(rules, preRoot, el, w)
	if err != nil {
		return common.Hash{}, 0, err
	}
	return post, replay.ResultCode(result), nil
}

type stepVectorFile struct {
	Suites []struct {
		Name    string `json:"name"`
		ChainID string `json:"chainId"`
		BaseFee string `json:"baseFee"`
		Cases   []struct {
			Name       string        `json:"name"`
			PreRoot    common.Hash   `json:"preRoot"`
			ElementABI hexutil.Bytes `json:"elementAbi"`
			WitnessABI hexutil.Bytes `json:"witnessAbi"`
			PostRoot   common.Hash   `json:"postRoot"`
			Result     string        `json:"result"`
			ResultCode int           `json:"resultCode"`
		} `json:"cases"`
	} `json:"suites"`
}

// TestVerifierStepVectors runs every step of testdata/replay/steps.json
// through the deployed OneStepVerifier.
func TestVerifierStepVectors(t *testing.T) {
	var f stepVectorFile
	readVectors(t, "steps.json", &f)
	e := newVerifierEnv(t)
	ctx := context.Background()
	codes := map[int]bool{}
	n := 0
	for _, s := range f.Suites {
		rules := replay.NewRules(decU64(t, s.ChainID), decU256(t, s.BaseFee))
		v := e.verifier(t, rules)
		for _, c := range s.Cases {
			post, code, err := v.Step(ctx, c.PreRoot, c.ElementABI, c.WitnessABI)
			if err != nil {
				t.Errorf("%s / %s: %v", s.Name, c.Name, err)
				continue
			}
			if post != c.PostRoot || int(code) != c.ResultCode {
				t.Errorf("%s / %s: got %s code %d, want %s code %d (%s)", s.Name, c.Name, post, code, c.PostRoot, c.ResultCode, c.Result)
			}
			// The vectors are Go's; make sure they still are.
			gpost, gcode, err := goStep(rules, c.PreRoot, c.ElementABI, c.WitnessABI)
			if err != nil || gpost != c.PostRoot || gcode != c.ResultCode {
				t.Errorf("%s / %s: Go gives %s code %d (%v)", s.Name, c.Name, gpost, gcode, err)
			}
			codes[c.ResultCode] = true
			n++
		}
	}
	// Every result code has at least one vector.
	for code := 0; code <= 15; code++ {
		if !codes[code] {
			t.Errorf("no step vector with result code %d", code)
		}
	}
	t.Logf("%d step vectors", n)
}

type smtVectorFile struct {
	Trees []struct {
		Name   string      `json:"name"`
		Root   common.Hash `json:"root"`
		Proofs []struct {
			Name       string        `json:"name"`
			Key        common.Hash   `json:"key"`
			Exists     bool          `json:"exists"`
			Nonce      string        `json:"nonce"`
			Balance    string        `json:"balance"`
			ProofABI   hexutil.Bytes `json:"proofAbi"`
			NewNonce   string        `json:"newNonce"`
			NewBalance string        `json:"newBalance"`
			RootAfter  common.Hash   `json:"rootAfter"`
		} `json:"proofs"`
		BadProofs []struct {
			Name     string        `json:"name"`
			Key      common.Hash   `json:"key"`
			ProofABI hexutil.Bytes `json:"proofAbi"`
		} `json:"invalidProofs"`
	} `json:"trees"`
}

// proofErrors are the custom errors an invalid state proof may revert with.
var proofErrors = []string{
	"MalformedProof", "ProofDepthTooLarge", "ProofBitmapBeyondDepth", "ProofSiblingCount", "ProofZeroSibling",
	"ProofTerminalUnderEmptySibling", "ProofBadTerminal", "ProofEmptyTerminalWithData",
	"ProofMembershipWithOtherKey", "ProofOtherKeyNotOnPath", "ProofRootMismatch",
}

func isProofError(reason string) bool {
	for _, name := range proofErrors {
		if strings.HasPrefix(reason, name+"(") {
			return true
		}
	}
	return false
}

// TestVerifierSMTVectors checks proof verification, rootAfter and the
// rejection of every invalid proof of testdata/replay/smt.json.
func TestVerifierSMTVectors(t *testing.T) {
	var f smtVectorFile
	readVectors(t, "smt.json", &f)
	e := newVerifierEnv(t)
	ctx := context.Background()
	var good, bad int
	for _, tr := range f.Trees {
		for _, p := range tr.Proofs {
			exists, nonce, balance, err := e.harness.VerifyProof(ctx, tr.Root, p.Key, p.ProofABI)
			if err != nil {
				t.Errorf("%s / %s: %v", tr.Name, p.Name, err)
				continue
			}
			if exists != p.Exists || nonce != decU64(t, p.Nonce) || balance.Cmp(decU256(t, p.Balance).ToBig()) != 0 {
				t.Errorf("%s / %s: account (%v, %d, %s)", tr.Name, p.Name, exists, nonce, balance)
			}
			after, err := e.harness.RootAfter(ctx, p.Key, p.ProofABI, decU64(t, p.NewNonce), decU256(t, p.NewBalance).ToBig())
			if err != nil || after != p.RootAfter {
				t.Errorf("%s / %s: rootAfter %s (%v), want %s", tr.Name, p.Name, after, err, p.RootAfter)
			}
			good++
		}
		for _, p := range tr.BadProofs {
			_, _, _, err := e.harness.VerifyProof(ctx, tr.Root, p.Key, p.ProofABI)
			reason, reverted := revertReason(err)
			if !reverted || !isProofError(reason) {
				t.Errorf("%s / %s: want a proof error, got %v", tr.Name, p.Name, err)
			}
			bad++
		}
	}
	t.Logf("%d valid and %d invalid proofs", good, bad)
}

type txVectorFile struct {
	ChainID string `json:"chainId"`
	BaseFee string `json:"baseFee"`
	Cases   []struct {
		Name              string         `json:"name"`
		Raw               hexutil.Bytes  `json:"raw"`
		Result            string         `json:"result"`
		ResultCode        int            `json:"resultCode"`
		Type              *uint8         `json:"type"`
		Sender            common.Address `json:"sender"`
		SigHash           common.Hash    `json:"sigHash"`
		Nonce             string         `json:"nonce"`
		To                common.Address `json:"to"`
		Value             string         `json:"value"`
		GasLimit          string         `json:"gasLimit"`
		MaxFeePerGas      string         `json:"maxFeePerGas"`
		MaxPriorityFee    string         `json:"maxPriorityFeePerGas"`
		EffectiveGasPrice string         `json:"effectiveGasPrice"`
		Cost              string         `json:"cost"`
		CostOverflows     bool           `json:"costOverflows"`
	} `json:"cases"`
}

// TestVerifierTxVectors checks the Solidity decoder on testdata/replay/txs.json:
// result code and, for accepted transactions, every field, sender and
// signing hash.
func TestVerifierTxVectors(t *testing.T) {
	var f txVectorFile
	readVectors(t, "txs.json", &f)
	e := newVerifierEnv(t)
	ctx := context.Background()
	chainID, baseFee := decU64(t, f.ChainID), decU256(t, f.BaseFee).ToBig()
	for _, c := range f.Cases {
		d, err := e.harness.DecodeTx(ctx, c.Raw, chainID, baseFee)
		if err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		if int(d.Code) != c.ResultCode {
			t.Errorf("%s: code %d, want %d (%s)", c.Name, d.Code, c.ResultCode, c.Result)
			continue
		}
		if c.ResultCode != 0 {
			continue
		}
		u := func(s string) *big.Int { return decU256(t, s).ToBig() }
		switch {
		case c.Type == nil || d.TxType != *c.Type:
			t.Errorf("%s: type %d", c.Name, d.TxType)
		case d.Sender != c.Sender || d.SigHash != c.SigHash:
			t.Errorf("%s: sender %s sigHash %x, want %s %s", c.Name, d.Sender, d.SigHash, c.Sender, c.SigHash)
		case d.Nonce != decU64(t, c.Nonce) || d.To != c.To || d.Value.Cmp(u(c.Value)) != 0 || d.GasLimit != decU64(t, c.GasLimit):
			t.Errorf("%s: nonce/to/value/gas %d %s %s %d", c.Name, d.Nonce, d.To, d.Value, d.GasLimit)
		case d.MaxFeePerGas.Cmp(u(c.MaxFeePerGas)) != 0 || d.MaxPriorityFeePerGas.Cmp(u(c.MaxPriorityFee)) != 0:
			t.Errorf("%s: fee caps %s %s", c.Name, d.MaxFeePerGas, d.MaxPriorityFeePerGas)
		case d.EffectiveGasPrice.Cmp(u(c.EffectiveGasPrice)) != 0:
			t.Errorf("%s: effective price %s", c.Name, d.EffectiveGasPrice)
		case d.CostOverflows != c.CostOverflows || (!c.CostOverflows && d.Cost.Cmp(u(c.Cost)) != 0):
			t.Errorf("%s: cost %s overflow %v", c.Name, d.Cost, d.CostOverflows)
		}
	}
}

type txRootVectorFile struct {
	Cases []struct {
		Txs    []hexutil.Bytes `json:"txs"`
		Root   common.Hash     `json:"root"`
		Proofs [][]common.Hash `json:"proofs"`
	} `json:"cases"`
}

// TestVerifierTxRootVectors checks txRoot inclusion proofs of
// testdata/replay/txroot.json, and that wrong indices, counts, siblings and
// proof lengths are refused exactly as Go refuses them.
func TestVerifierTxRootVectors(t *testing.T) {
	var f txRootVectorFile
	readVectors(t, "txroot.json", &f)
	e := newVerifierEnv(t)
	ctx := context.Background()
	check := func(name string, root common.Hash, count, index uint32, raw []byte, proof []common.Hash) {
		t.Helper()
		want := replay.VerifyTxProof(root, count, index, raw, proof)
		got, err := e.harness.TxRootProof(ctx, root, count, index, raw, proof)
		if err != nil || got != want {
			t.Errorf("%s: Solidity %v (%v), Go %v", name, got, err, want)
		}
	}
	for _, c := range f.Cases {
		m := uint32(len(c.Txs))
		for i, raw := range c.Txs {
			idx := uint32(i)
			proof := c.Proofs[i]
			if !replay.VerifyTxProof(c.Root, m, idx, raw, proof) {
				t.Fatalf("vector %d/%d does not verify in Go", i, m)
			}
			check("valid", c.Root, m, idx, raw, proof)
			check("index+1", c.Root, m, idx+1, raw, proof)
			check("count+1", c.Root, m+1, idx, raw, proof)
			check("count 2^32-1", c.Root, ^uint32(0), idx, raw, proof)
			check("longer proof", c.Root, m, idx, raw, append(append([]common.Hash{}, proof...), common.Hash{}))
			if len(proof) > 0 {
				check("shorter proof", c.Root, m, idx, raw, proof[:len(proof)-1])
				tampered := append([]common.Hash{}, proof...)
				tampered[0][31] ^= 1
				check("tampered sibling", c.Root, m, idx, raw, tampered)
			}
			check("other tx", c.Root, m, idx, append([]byte{0}, raw...), proof)
		}
		check("empty batch", c.Root, 0, 0, nil, nil)
	}
}

// TestVerifierDeployRejectsZeroChainID: the rules require a non-zero chain id.
func TestVerifierDeployRejectsZeroChainID(t *testing.T) {
	env := simbackend.New(t, 1)
	_, _, err := contracts.DeployOneStepVerifier(context.Background(), env.Sender(t, 0), 0, big.NewInt(1))
	wantRevert(t, err, "ZeroChainId")
}
