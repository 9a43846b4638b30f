package app

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
)

// rejection runs the proposal rules on every validator and returns the
// error each rejects with (ProcessProposal logs it and answers REJECT);
// it fails the test if any accepts.
func (net *network) rejection(txs [][]byte, at time.Time, hash string, want error, words string) {
	net.t.Helper()
	for i, a := range net.apps {
		a.mu.Lock()
		ex, err := a.executeBlock(context.Background(), []byte(hash), txs, at, true)
		a.mu.Unlock()
		if err != nil {
			net.t.Fatalf("%s: validator %d: %v", hash, i, err)
		}
		if !errors.Is(ex.err, want) || !strings.Contains(ex.err.Error(), words) {
			net.t.Fatalf("%s: validator %d: %v, want %v (%q)", hash, i, ex.err, want, words)
		}
	}
	if n := net.accepts(txs, at, []byte(hash)); n != 0 {
		net.t.Fatalf("%s: %d validators accept", hash, n)
	}
}

// owedCertificate decides a batch and an empty block, and returns the
// honest proposal of the height that owes the batch's certificate.
func owedCertificate(t *testing.T, net *network, now time.Time) (*Certificate, [][]byte) {
	t.Helper()
	block := net.propose(0, [][]byte{net.transfer(0, 5)}, now)
	net.decide(block, now, []byte("h1"))
	net.decide(net.propose(1, nil, now.Add(time.Second)), now.Add(time.Second), []byte("h2"))
	honest := net.propose(2, nil, now.Add(2*time.Second))
	st, err := decodeSystem(honest[0])
	if err != nil || st.cert == nil {
		t.Fatalf("honest proposal: %v", err)
	}
	return st.cert, honest
}

func encodeCert(t *testing.T, c *Certificate) [][]byte {
	t.Helper()
	raw, err := EncodeCertificate(c)
	if err != nil {
		t.Fatal(err)
	}
	return [][]byte{raw}
}

func cloneCert(c *Certificate) *Certificate {
	d := *c
	d.Signers = append([]common.Address(nil), c.Signers...)
	d.Sigs = append([][]byte(nil), c.Sigs...)
	return &d
}

// TestCertificateAttacks: a proposer that forges the certificate it owes
// is rejected by every validator with the reason, and the chain goes on
// with the next honest proposal.
func TestCertificateAttacks(t *testing.T) {
	net := newNetwork(t, 4)
	now := time.Unix(testNow, 0)
	cert, honest := owedCertificate(t, net, now)
	at := now.Add(2 * time.Second)
	if len(cert.Signers) != 4 {
		t.Fatalf("honest certificate of %d signers", len(cert.Signers))
	}
	keyOf := make(map[common.Address]int)
	for i, k := range net.l1 {
		keyOf[crypto.PubkeyToAddress(k.PublicKey)] = i
	}
	hdr := net.apps[0].meta.PrevHeader

	// Duplicate signers: three validators, one counted twice, would hold
	// 4 of 4 shares of the power.
	dup := cloneCert(cert)
	dup.Signers = append([]common.Address{dup.Signers[0]}, dup.Signers[:3]...)
	dup.Sigs = append([][]byte{dup.Sigs[0]}, dup.Sigs[:3]...)
	net.rejection(encodeCert(t, dup), at, "duplicate", ErrBadCertificate, "not sorted at 1")

	unsorted := cloneCert(cert)
	unsorted.Signers[0], unsorted.Signers[1] = unsorted.Signers[1], unsorted.Signers[0]
	unsorted.Sigs[0], unsorted.Sigs[1] = unsorted.Sigs[1], unsorted.Sigs[0]
	net.rejection(encodeCert(t, unsorted), at, "unsorted", ErrBadCertificate, "not sorted at 1")

	// A signer outside the set, with a valid signature of its own.
	outsider, _ := crypto.GenerateKey()
	sig, err := contracts.SignHeader(outsider, hdr, testL1ChainID, testInbox)
	if err != nil {
		t.Fatal(err)
	}
	sigs := append([][]byte{sig}, cert.Sigs[:2]...)
	sorted, signers, err := contracts.SortHeaderSignatures(hdr, sigs, testL1ChainID, testInbox)
	if err != nil {
		t.Fatal(err)
	}
	net.rejection(encodeCert(t, &Certificate{Batch: cert.Batch, HeaderHash: cert.HeaderHash, Signers: signers, Sigs: sorted}), at, "outsider", ErrBadCertificate, "is not a validator")

	// A member's signature over another header under its own name.
	other := *hdr
	other.StateRoot = common.Hash{0xee}
	wrong := cloneCert(cert)
	wrong.Sigs[1], err = contracts.SignHeader(net.l1[keyOf[wrong.Signers[1]]], &other, testL1ChainID, testInbox)
	if err != nil {
		t.Fatal(err)
	}
	net.rejection(encodeCert(t, wrong), at, "other-header", ErrBadCertificate, "signature 1 does not recover")

	// Another member's signature under a name.
	swapped := cloneCert(cert)
	swapped.Sigs[2] = swapped.Sigs[3]
	net.rejection(encodeCert(t, swapped), at, "swapped", ErrBadCertificate, "signature 2 does not recover")

	// The honest signatures for another header hash, or batch.
	moved := cloneCert(cert)
	moved.HeaderHash = other.Hash()
	net.rejection(encodeCert(t, moved), at, "header-hash", ErrBadCertificate, "owed batch 1")
	renumbered := cloneCert(cert)
	renumbered.Batch = 2
	net.rejection(encodeCert(t, renumbered), at, "batch-number", ErrBadCertificate, "owed batch 1")

	// Malleated (high-s) twin of a valid signature: BatchInbox refuses it
	// (SignatureHighS), so the chain must not store it.
	high := cloneCert(cert)
	high.Sigs[0] = highS(t, high.Sigs[0])
	net.rejection(encodeCert(t, high), at, "high-s", ErrBadCertificate, "signature 0 does not recover")

	// Two thirds of the signers is a quorum (4.3); half is not.
	weak := cloneCert(cert)
	weak.Signers, weak.Sigs = weak.Signers[:2], weak.Sigs[:2]
	net.rejection(encodeCert(t, weak), at, "half", ErrBadCertificate, "signed power 20 of 40")

	if n := net.accepts(honest, at, []byte("h3")); n != 4 {
		t.Fatalf("%d of 4 accept the honest certificate after the attacks", n)
	}
	net.decide(honest, at, []byte("h3"))
	b, err := net.apps[1].Batch(1)
	if err != nil || b.Certificate == nil || len(b.Certificate.Sigs) != 4 {
		t.Fatalf("batch 1 certificate %+v, %v", b, err)
	}
}

// highS returns the malleated twin of a 65-byte signature: s → n − s and
// the other v.
func highS(t *testing.T, sig []byte) []byte {
	t.Helper()
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
	out := append([]byte(nil), sig...)
	s.FillBytes(out[32:64])
	out[64] = 27 + 28 - out[64]
	return out
}

// TestValidatorSetAttacks: a proposer that carries a set other than the
// one due (the current epoch's, a future epoch's, a stale one, other
// powers) is rejected by every validator, and the honest set then passes.
func TestValidatorSetAttacks(t *testing.T) {
	net := newNetwork(t, 4)
	e := net.apps[0].meta.Epoch
	start := time.Unix(testNow, 0)
	three := append([]Validator(nil), net.vals[:3]...)
	net.inbox.sets = map[uint64][]Validator{e: net.vals, e + 1: three, e + 2: net.vals[1:]}
	set := func(epoch uint64, vs []Validator) [][]byte {
		raw, err := EncodeValidatorSet(&ValidatorSet{Epoch: epoch, Validators: vs})
		if err != nil {
			t.Fatal(err)
		}
		return [][]byte{raw}
	}
	// Within the set's epoch: its own epoch again, or the next one early.
	net.rejection(set(e, net.vals), start, "current", ErrValidatorSet, "set of epoch")
	net.rejection(set(e+1, three), start, "early", ErrValidatorSet, "set of epoch")
	next := start.Add(100 * time.Second)
	net.rejection(set(e+2, net.vals[1:]), next, "future", ErrValidatorSet, "set of epoch")
	heavier := append([]Validator(nil), three...)
	heavier[0].Power++
	net.rejection(set(e+1, heavier), next, "powers", ErrValidatorSet, "differs from L1's")
	net.rejection(set(e+1, append(three, three[0])), next, "duplicate", ErrValidatorSet, "differs from L1's")
	net.rejection(nil, next, "omitted", ErrValidatorSet, "is due")
	// Two epochs on, the older epoch's set would keep members L1 dropped
	// since (validator 0 here) for another block.
	later := start.Add(200 * time.Second)
	net.rejection(set(e+1, three), later, "stale", ErrValidatorSet, "epoch 17000002's set is due")

	block := net.propose(0, nil, next)
	if n := net.accepts(block, next, []byte("set")); n != 4 {
		t.Fatalf("%d of 4 accept L1's set after the attacks", n)
	}
	net.decide(block, next, []byte("set"))
	if got := net.apps[2].meta.Epoch; got != e+1 {
		t.Fatalf("epoch %d after the set, want %d", got, e+1)
	}
}
