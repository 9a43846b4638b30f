package contracts_test

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/txmgr"
)

func TestDACommitteeConstructorReverts(t *testing.T) {
	e := newBatchEnv(t)
	good := contracts.DACommitteeParams{N: 4, K: 2, Threshold: 3, MemberBond: ether(1), UnbondingPeriod: 30, SlashRewardPercent: 50, LiabilityWindow: 20}
	for name, mut := range map[string]func(p *contracts.DACommitteeParams){
		"n=0":                   func(p *contracts.DACommitteeParams) { p.N = 0 },
		"n>256":                 func(p *contracts.DACommitteeParams) { p.N = 257 },
		"k=0":                   func(p *contracts.DACommitteeParams) { p.K = 0 },
		"k>n":                   func(p *contracts.DACommitteeParams) { p.K = 5 },
		"threshold<k":           func(p *contracts.DACommitteeParams) { p.Threshold = 1 },
		"threshold>n":           func(p *contracts.DACommitteeParams) { p.Threshold = 5 },
		"zero bond":             func(p *contracts.DACommitteeParams) { p.MemberBond = new(big.Int) },
		"zero unbonding":        func(p *contracts.DACommitteeParams) { p.UnbondingPeriod = 0 },
		"reward>100":            func(p *contracts.DACommitteeParams) { p.SlashRewardPercent = 101 },
		"zero liability":        func(p *contracts.DACommitteeParams) { p.LiabilityWindow = 0 },
		"unbonding ≤ liability": func(p *contracts.DACommitteeParams) { p.UnbondingPeriod = p.LiabilityWindow },
	} {
		p := good
		mut(&p)
		_, _, err := contracts.DeployDACommittee(e.ctx, e.senders[0], p)
		t.Run(name, func(t *testing.T) { wantRevertName(t, err, "InvalidParameters") })
	}
}

func TestDACommitteeInitializeAndRegister(t *testing.T) {
	e := newBatchEnv(t)
	addr, _, err := contracts.DeployDACommittee(e.ctx, e.senders[0], contracts.DACommitteeParams{
		N: 2, K: 1, Threshold: 2, MemberBond: ether(1), UnbondingPeriod: 100, SlashRewardPercent: 50, LiabilityWindow: 20,
	})
	if err != nil {
		t.Fatal(err)
	}
	as := func(i int) *contracts.DACommittee { return contracts.NewDACommittee(addr, e.env.Client, e.senders[i]) }
	_, err = as(2).Register(e.ctx, ether(1), "http://a")
	wantRevertName(t, err, "NotInitialized")
	_, err = as(2).Initialize(e.ctx, []common.Address{e.addr(1)})
	wantRevertName(t, err, "NotDeployer")
	_, err = as(0).Initialize(e.ctx, []common.Address{{}})
	wantRevertName(t, err, "ZeroAddress")
	if _, err := as(0).Initialize(e.ctx, []common.Address{e.addr(1), e.addr(1)}); err != nil {
		t.Fatal(err)
	}
	_, err = as(0).Initialize(e.ctx, []common.Address{e.addr(1)})
	wantRevertName(t, err, "AlreadyInitialized")
	fc, err := as(0).FaultContracts(e.ctx)
	if err != nil || len(fc) != 1 || fc[0] != e.addr(1) {
		t.Fatalf("fault contracts %v %v", fc, err)
	}

	_, err = as(2).Register(e.ctx, new(big.Int).Sub(ether(1), big.NewInt(1)), "http://a")
	wantRevertName(t, err, "BondTooLow")
	_, err = as(2).Register(e.ctx, ether(1), "")
	wantRevertName(t, err, "EmptyEndpoint")
	// Every client reads all endpoints in one call: bounded.
	_, err = as(2).Register(e.ctx, ether(1), "http://"+strings.Repeat("a", 506))
	wantRevertName(t, err, "EndpointTooLong")
	for i := 2; i <= 3; i++ {
		if _, err := as(i).Register(e.ctx, ether(1), "http://m"+string(rune('0'+i))); err != nil {
			t.Fatal(err)
		}
	}
	_, err = as(2).Register(e.ctx, ether(1), "http://a")
	wantRevertName(t, err, "AlreadyRegistered")
	_, err = as(4).Register(e.ctx, ether(1), "http://d")
	wantRevertName(t, err, "CommitteeFull")

	c := as(0)
	members, err := c.MembersByIndex(e.ctx)
	if err != nil || len(members) != 2 || members[0] != e.addr(2) || members[1] != e.addr(3) {
		t.Fatalf("members %v %v", members, err)
	}
	if idx, err := c.IndexOf(e.ctx, e.addr(3)); err != nil || idx != 1 {
		t.Fatalf("indexOf = %d, %v", idx, err)
	}
	_, err = c.IndexOf(e.ctx, e.addr(5))
	wantRevertName(t, err, "NotActive")

	// Exit frees index 0 for the next registrant; the leaver unbonds.
	_, err = as(5).Exit(e.ctx)
	wantRevertName(t, err, "NotActive")
	_, err = as(2).Withdraw(e.ctx)
	wantRevertName(t, err, "NotExiting")
	if _, err := as(2).Exit(e.ctx); err != nil {
		t.Fatal(err)
	}
	if ok, _ := c.IsMember(e.ctx, e.addr(2)); ok {
		t.Fatal("exited member still a member")
	}
	_, err = as(2).Withdraw(e.ctx)
	wantRevertName(t, err, "StillUnbonding")
	if _, err := as(4).Register(e.ctx, ether(1), "http://d"); err != nil {
		t.Fatal(err)
	}
	if idx, err := c.IndexOf(e.ctx, e.addr(4)); err != nil || idx != 0 {
		t.Fatalf("newcomer index = %d, %v (want the freed 0)", idx, err)
	}
	snap, err := c.Snapshot(e.ctx)
	if err != nil || snap.Validate() != nil || snap.Members[0].Address != e.addr(4) || snap.Members[0].Endpoint != "http://d" || snap.Threshold != 2 {
		t.Fatalf("snapshot %+v %v", snap, err)
	}
	e.advanceTo(e.latestTime() + 101)
	before := e.balance(e.addr(2))
	rcpt, err := as(2).Withdraw(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	if got := new(big.Int).Sub(e.balance(e.addr(2)), before); new(big.Int).Add(got, gas).Cmp(ether(1)) != 0 {
		t.Fatalf("withdrawn %s + gas %s, want 1 ether", got, gas)
	}

	// Slashing: fault contracts only, whole bond, reward to the prover,
	// an active member leaves the committee; nothing left → 0, no revert.
	_, err = as(3).Slash(e.ctx, e.addr(3), e.addr(7))
	wantRevertName(t, err, "NotFaultContract")
	_, err = as(1).Slash(e.ctx, e.addr(3), common.Address{})
	wantRevertName(t, err, "ZeroAddress")
	if _, err := as(1).Slash(e.ctx, e.addr(3), e.addr(7)); err != nil {
		t.Fatal(err)
	}
	if _, err := as(1).Slash(e.ctx, e.addr(3), e.addr(7)); err != nil {
		t.Fatalf("second slash must not revert: %v", err)
	}
	if cr, _ := c.Credit(e.ctx, e.addr(7)); cr.Cmp(new(big.Int).Div(ether(1), big.NewInt(2))) != 0 {
		t.Fatalf("credit %s", cr)
	}
	if b, _ := c.TotalBurned(e.ctx); b.Cmp(new(big.Int).Div(ether(1), big.NewInt(2))) != 0 {
		t.Fatalf("burned %s", b)
	}
	if ok, _ := c.IsMember(e.ctx, e.addr(3)); ok {
		t.Fatal("slashed member still active")
	}
	if n, _ := c.ActiveCount(e.ctx); n != 1 {
		t.Fatalf("active count %d", n)
	}
	_, err = as(6).ClaimCredit(e.ctx)
	wantRevertName(t, err, "NoCredit")
	if _, err := as(7).ClaimCredit(e.ctx); err != nil {
		t.Fatal(err)
	}
}

// daVectorFile mirrors testdata/da/vectors.json (da/vectors_test.go).
type daVectorFile struct {
	ChainID         uint64         `json:"chainId"`
	Verifying       common.Address `json:"verifyingContract"`
	DomainSeparator common.Hash    `json:"domainSeparator"`
	AttestationType string         `json:"attestationType"`
	Cases           []struct {
		Name         string           `json:"name"`
		K            int              `json:"k"`
		N            int              `json:"n"`
		DataLength   uint32           `json:"dataLength"`
		Expiry       uint64           `json:"expiry"`
		Certificate  hexutil.Bytes    `json:"certificate"`
		ChunkSize    int              `json:"chunkSize"`
		DataHash     common.Hash      `json:"dataHash"`
		Chunks       []hexutil.Bytes  `json:"chunks"`
		Leaves       []common.Hash    `json:"leaves"`
		DataRoot     common.Hash      `json:"dataRoot"`
		Proofs       [][]common.Hash  `json:"proofs"`
		StructHash   common.Hash      `json:"structHash"`
		Digest       common.Hash      `json:"digest"`
		Attestations []da.Attestation `json:"attestations"`
	} `json:"cases"`
}

// TestDAContractsMatchVectors checks the Solidity side of PROTOCOL.md §6.2–6.4
// against the shared vectors: chunk size, depth, leaves and every proof
// (DAMerkle through a harness), and the attestation digest (DACommittee, for
// the vector data under this chain's domain, equal to Go's).
func TestDAContractsMatchVectors(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "da", "vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var vf daVectorFile
	if err := json.Unmarshal(raw, &vf); err != nil {
		t.Fatal(err)
	}
	if len(vf.Cases) == 0 {
		t.Fatal("no vectors")
	}
	d := newDAEnv(t)
	rcpt, err := d.senders[0].Send(d.ctx, txmgr.Candidate{Data: common.FromHex(bindings.DAMerkleHarnessMetaData.Bin)})
	if err != nil {
		t.Fatal(err)
	}
	harness := rcpt.ContractAddress
	hb := bindings.NewDAMerkleHarness()
	call := func(data []byte) []byte {
		t.Helper()
		out, err := d.env.Client.CallContract(d.ctx, ethereum.CallMsg{To: &harness, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if got := (da.Domain{ChainID: vf.ChainID, VerifyingContract: vf.Verifying}).Separator(); got != vf.DomainSeparator {
		t.Fatalf("vector domain separator %s, Go %s", vf.DomainSeparator, got)
	}
	typeHash, err := d.dac.AttestationDigest(d.ctx, common.Hash{}, common.Hash{}, 0, 0)
	if err != nil || typeHash == (common.Hash{}) {
		t.Fatalf("digest: %v", err)
	}
	sep, err := d.dac.DomainSeparator(d.ctx)
	if err != nil || sep != d.domain().Separator() {
		t.Fatalf("domain separator %s, Go %s (%v)", sep, d.domain().Separator(), err)
	}
	for _, c := range vf.Cases {
		t.Run(c.Name, func(t *testing.T) {
			if da.AttestationStructHash(c.DataRoot, c.DataHash, c.DataLength, c.Expiry) != c.StructHash {
				t.Fatal("structHash differs from the vector")
			}
			s, _ := hb.UnpackChunkSize(call(hb.PackChunkSize(big.NewInt(int64(c.DataLength)), big.NewInt(int64(c.K)))))
			if s.Int64() != int64(c.ChunkSize) {
				t.Fatalf("chunkSize %s, want %d", s, c.ChunkSize)
			}
			depth, _ := hb.UnpackDepth(call(hb.PackDepth(big.NewInt(int64(c.N)))))
			if depth.Int64() != int64(da.TreeDepth(c.N)) {
				t.Fatalf("depth %s, want %d", depth, da.TreeDepth(c.N))
			}
			for i, chunk := range c.Chunks {
				leaf, _ := hb.UnpackLeaf(call(hb.PackLeaf(uint32(i), chunk)))
				if common.Hash(leaf) != c.Leaves[i] {
					t.Fatalf("leaf %d differs", i)
				}
				proof := make([][32]byte, len(c.Proofs[i]))
				for j := range proof {
					proof[j] = c.Proofs[i][j]
				}
				ok, _ := hb.UnpackVerify(call(hb.PackVerify(c.DataRoot, uint32(i), big.NewInt(int64(c.N)), chunk, proof)))
				if !ok {
					t.Fatalf("proof %d rejected", i)
				}
				// Wrong index, wrong chunk, short proof: all rejected.
				other := uint32((i + 1) % c.N)
				if ok, _ := hb.UnpackVerify(call(hb.PackVerify(c.DataRoot, other, big.NewInt(int64(c.N)), chunk, proof))); ok && other != uint32(i) {
					t.Fatalf("proof %d accepted for index %d", i, other)
				}
				bad := append([]byte{}, chunk...)
				bad[0] ^= 1
				if ok, _ := hb.UnpackVerify(call(hb.PackVerify(c.DataRoot, uint32(i), big.NewInt(int64(c.N)), bad, proof))); ok {
					t.Fatalf("tampered chunk %d accepted", i)
				}
				if len(proof) > 0 {
					if ok, _ := hb.UnpackVerify(call(hb.PackVerify(c.DataRoot, uint32(i), big.NewInt(int64(c.N)), chunk, proof[1:]))); ok {
						t.Fatalf("short proof %d accepted", i)
					}
				}
				if ok, _ := hb.UnpackVerify(call(hb.PackVerify(c.DataRoot, uint32(c.N), big.NewInt(int64(c.N)), chunk, proof))); ok {
					t.Fatal("index n accepted")
				}
			}
			got, err := d.dac.AttestationDigest(d.ctx, c.DataRoot, c.DataHash, c.DataLength, c.Expiry)
			if err != nil {
				t.Fatal(err)
			}
			if want := d.domain().AttestationDigest(c.DataRoot, c.DataHash, c.DataLength, c.Expiry); got != want {
				t.Fatalf("digest %s, Go %s", got, want)
			}
			// The on-chain certificate encoding of the vector's attestations
			// is the vector's, byte for byte.
			cert, err := contracts.EncodeDACertificate(&da.Certificate{DataRoot: c.DataRoot, DataHash: c.DataHash, DataLength: c.DataLength, Attestations: c.Attestations})
			if err != nil || !bytes.Equal(cert, c.Certificate) {
				t.Fatalf("certificate encoding %x, vector %x (%v)", cert, c.Certificate, err)
			}
			// The vector's own signatures recover in Go and hash to the vector digest.
			vd := da.Domain{ChainID: vf.ChainID, VerifyingContract: vf.Verifying}
			if vd.AttestationDigest(c.DataRoot, c.DataHash, c.DataLength, c.Expiry) != c.Digest {
				t.Fatal("vector digest differs from Go")
			}
		})
	}
	if crypto.Keccak256Hash([]byte(vf.AttestationType)) != crypto.Keccak256Hash([]byte(da.AttestationType)) {
		t.Fatal("attestation type differs")
	}
}

// TestDACertificateExpiry (issue 10): an attestation binds its member only
// until the expiry it signed. The attack it stops: after the shards pruned a
// batch's chunks, a sequencer quorum reposts the batch's old certificate on
// a later header with the same data, and a colluding challenger voids it to
// slash attesters who kept their promise. DACommittee now refuses any
// certificate with an expiry before now + liabilityWindow, so the repost
// reverts and every attester's stake is intact to the wei.
func TestDACertificateExpiry(t *testing.T) {
	d := newDAEnv(t)
	d.registerMembers(daN)
	if w, err := d.dac.Params(d.ctx); err != nil || w.LiabilityWindow != daLiability {
		t.Fatalf("liabilityWindow %d, %v", w.LiabilityWindow, err)
	}
	txs := daTxs(3, 200)
	h1, _, _ := d.certHeader(txs)
	expiry := d.latestTime() + daPromise
	oldCert := d.certUntil(h1, expiry, 0, 1, 2)
	if _, err := d.postCert(h1, oldCert); err != nil {
		t.Fatal(err)
	}

	// While the promise covers a new batch's whole liability, the same
	// certificate is still good (the members still hold the data).
	h2, _, _ := d.certHeader(txs)
	if h2.DataRoot != h1.DataRoot || h2.DataHash != h1.DataHash {
		t.Fatal("same data, other commitments")
	}
	if _, err := d.dac.VerifyCertificate(d.ctx, h2.DataRoot, h2.DataHash, h2.DataLength, oldCert); err != nil {
		t.Fatalf("certificate refused inside its promise: %v", err)
	}

	// Past the point where a batch posted now could be challenged after the
	// expiry: the members may prune, and the certificate is refused.
	d.advanceTo(expiry - daLiability + 1)
	_, err := d.postCert(h2, oldCert)
	if err == nil {
		// Before the fix: the repost stands, a colluding challenger
		// challenges it, nobody can answer, settle slashes the attesters.
		t.Error("old certificate accepted after its expiry window")
		if _, err := d.chalAs(8).Challenge(d.ctx, h2, daChallengeBond); err != nil {
			t.Fatal(err)
		}
		d.advanceTo(d.latestTime() + daResolveWindow + 1)
		signers := []common.Address{d.addr(2), d.addr(3)}
		if bytes.Compare(signers[0][:], signers[1][:]) > 0 {
			signers[0], signers[1] = signers[1], signers[0]
		}
		if _, err := d.chalAs(8).Settle(d.ctx, h2.Number, signers, d.attesters(0, 1, 2)); err != nil {
			t.Fatal(err)
		}
	} else {
		wantRevertName(t, err, "AttestationExpired")
	}
	_, err = d.dac.VerifyCertificate(d.ctx, h2.DataRoot, h2.DataHash, h2.DataLength, oldCert)
	wantRevertName(t, err, "AttestationExpired")
	// Nothing to challenge: batch 2 does not exist.
	_, err = d.chalAs(8).Challenge(d.ctx, h2, daChallengeBond)
	wantRevertName(t, err, "WrongBatchHeader")
	for m := 0; m < daN; m++ {
		if st := d.daStake(d.addr(daFirstMemberKey + m)); st.Cmp(daMemberBond) != 0 {
			t.Errorf("member %d stake %s, want %s", m, st, daMemberBond)
		}
	}
	if burned, err := d.dac.TotalBurned(d.ctx); err != nil || burned.Sign() != 0 {
		t.Errorf("burned %s, %v", burned, err)
	}
	if cr, _ := d.dac.Credit(d.ctx, d.addr(8)); cr.Sign() != 0 {
		t.Errorf("challenger credit %s", cr)
	}

	// A fresh attestation of the same data (a shard re-attesting what it
	// still holds, with a new promise) posts fine.
	if _, err := d.postCert(h2, d.cert(h2, 0, 1, 2)); err != nil {
		t.Fatalf("fresh certificate: %v", err)
	}
	// One member promising too little is enough to refuse the certificate:
	// that member would be liable past its promise.
	h3, _, _ := d.certHeader(daTxs(1, 50))
	short := append(d.attest(h3, 0, 2), d.attestUntil(h3, d.latestTime()+daLiability, 1)...)
	dh := &da.Header{DataRoot: h3.DataRoot, DataHash: h3.DataHash, DataLength: h3.DataLength}
	raw, err := contracts.EncodeDACertificate(da.NewCertificate(dh, short))
	if err != nil {
		t.Fatal(err)
	}
	_, err = d.postCert(h3, raw)
	wantRevertName(t, err, "AttestationExpired")
}
