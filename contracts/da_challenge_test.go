package contracts_test

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/txmgr"
)

func daTxs(count, size int) [][]byte {
	txs := make([][]byte, count)
	for i := range txs {
		txs[i] = bytes.Repeat([]byte{byte(i + 1)}, size)
	}
	return txs
}

func TestBatchInboxSetDA(t *testing.T) {
	e := newBatchEnv(t)
	_, err := e.biAs(2).SetDA(e.ctx, e.addr(5), e.addr(6))
	wantRevertName(t, err, "NotDeployer")
	_, err = e.bi.SetDA(e.ctx, common.Address{}, e.addr(6))
	wantRevertName(t, err, "ZeroAddress")
	if _, err := e.bi.SetDA(e.ctx, e.addr(5), e.addr(6)); err != nil {
		t.Fatal(err)
	}
	_, err = e.bi.SetDA(e.ctx, e.addr(5), e.addr(6))
	wantRevertName(t, err, "DAAlreadySet")
	if a, _ := e.bi.DACommitteeAddress(e.ctx); a != e.addr(5) {
		t.Fatalf("committee %s", a)
	}
	if a, _ := e.bi.DAChallengeAddress(e.ctx); a != e.addr(6) {
		t.Fatalf("challenge %s", a)
	}
	biAddr := e.bi.Address()
	payload := bindings.NewBatchInbox().PackVoidByDAChallenge(0, e.addr(2))
	_, err = e.senders[2].Send(e.ctx, txmgr.Candidate{To: &biAddr, Data: payload})
	wantRevertName(t, err, "NotDAChallenge")
	_, err = e.senders[6].Send(e.ctx, txmgr.Candidate{To: &biAddr, Data: payload})
	wantRevertName(t, err, "UnknownBatch")
}

func TestBatchInboxCertificateMode(t *testing.T) {
	d := newDAEnv(t)
	d.registerMembers(daN)
	h, data, _ := d.certHeader(daTxs(3, 100))

	_, err := d.biAs(2).PostBatchDA(d.ctx, h, d.sign(h, 2, 3), contracts.DAModeCertificate, d.cert(h, 0, 1, 2), data)
	wantRevertName(t, err, "UnexpectedBatchData")
	zero := *h
	zero.DataRoot = common.Hash{}
	_, err = d.postCert(&zero, d.cert(&zero, 0, 1, 2))
	wantRevertName(t, err, "DataRootZero")
	_, err = d.postCert(h, d.cert(h, 0, 1))
	wantRevertName(t, err, "TooFewAttestations")
	_, err = d.postCert(h, nil)
	wantRevertName(t, err, "TooFewAttestations")
	good := d.cert(h, 0, 1, 2)
	_, err = d.postCert(h, good[:len(good)-1])
	wantRevertName(t, err, "CertificateMalformed")
	rec := contracts.DACertAttestationSize
	swapped := append(append(append([]byte{}, good[rec:2*rec]...), good[:rec]...), good[2*rec:]...)
	_, err = d.postCert(h, swapped)
	wantRevertName(t, err, "AttestationsNotSorted")
	dup := append(append(append([]byte{}, good[:rec]...), good[:rec]...), good[rec:]...)
	_, err = d.postCert(h, dup)
	wantRevertName(t, err, "AttestationsNotSorted")
	// Member 1's record signed with member 2's key.
	forged := append([]byte{}, good...)
	goodExpiry := binary.BigEndian.Uint64(good[rec+4 : rec+12])
	wrong, _ := da.SignAttestation(d.key(daFirstMemberKey+2), d.domain(), 1, &da.Header{DataRoot: h.DataRoot, DataHash: h.DataHash, DataLength: h.DataLength}, goodExpiry)
	copy(forged[rec+12:2*rec], wrong.Signature)
	_, err = d.postCert(h, forged)
	wantRevertName(t, err, "BadAttestation")
	// An attestation over another length does not cover this header.
	other := *h
	other.DataLength++
	_, err = d.postCert(h, d.cert(&other, 0, 1, 2))
	wantRevertName(t, err, "BadAttestation")
	// The expiry is signed: a record with a later expiry than its member
	// attested does not verify.
	stretched := append([]byte{}, good...)
	binary.BigEndian.PutUint64(stretched[rec+4:rec+12], goodExpiry+1)
	_, err = d.postCert(h, stretched)
	wantRevertName(t, err, "BadAttestation")
	// An attestation promising less than the liability window from now is
	// refused (checked before the signature), one promising exactly that
	// is accepted (see TestDACertificateExpiry).
	_, err = d.postCert(h, d.certUntil(h, d.latestTime()+daLiability, 0, 1, 2))
	wantRevertName(t, err, "AttestationExpired")
	// High s: the malleable twin (n − s, flipped v) of a valid signature.
	high := append([]byte{}, good...)
	sig := high[12:rec]
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(sig[32:64])
	sig[64] ^= 1 // 27 ↔ 28
	_, err = d.postCert(h, high)
	wantRevertName(t, err, "AttestationHighS")
	// A member that left is no longer counted.
	if _, err := d.dacAs(daFirstMemberKey + 3).Exit(d.ctx); err != nil {
		t.Fatal(err)
	}
	_, err = d.postCert(h, d.cert(h, 1, 2, 3))
	wantRevertName(t, err, "UnknownMember")
	big5 := append(append([]byte{}, good[:2*rec]...), good[2*rec:]...)
	big5[2*rec+3] = 200 // index beyond n
	_, err = d.postCert(h, big5)
	wantRevertName(t, err, "UnknownMember")

	pb, err := d.postCert(h, good)
	if err != nil {
		t.Fatal(err)
	}
	if pb.DAMode != contracts.DAModeCertificate {
		t.Fatalf("daMode %d", pb.DAMode)
	}
	want := d.attesters(0, 1, 2)
	if got, _ := d.bi.AttestersHash(d.ctx, 1); got != contracts.AttestersHash(want) {
		t.Fatalf("attestersHash %s, Go %s", got, contracts.AttestersHash(want))
	}
	got, err := d.bi.Attesters(d.ctx, 1)
	if err != nil || len(got) != 3 || got[1] != want[1] {
		t.Fatalf("attesters %v %v", got, err)
	}
	v, err := d.dac.VerifyCertificate(d.ctx, h.DataRoot, h.DataHash, h.DataLength, good)
	if err != nil || contracts.AttestersHash(v) != contracts.AttestersHash(want) {
		t.Fatalf("verifyCertificate %v %v", v, err)
	}
	// The Go certificate check agrees with the contract on the same committee.
	snap, err := d.dac.Snapshot(d.ctx)
	if err != nil {
		t.Fatal(err)
	}
	dh := &da.Header{DataRoot: h.DataRoot, DataHash: h.DataHash, DataLength: h.DataLength}
	if err := da.NewCertificate(dh, d.attest(h, 2, 0, 1)).Verify(d.domain(), snap); err != nil {
		t.Fatalf("Go rejects what the contract accepted: %v", err)
	}
	// A calldata batch keeps working, and records no attesters.
	h2, data2 := d.next(daTxs(1, 10), 0)
	d.post(2, h2, data2, 2, 3)
	if got, _ := d.bi.AttestersHash(d.ctx, 2); got != (common.Hash{}) {
		t.Fatal("calldata batch has attesters")
	}
}

func TestEncodeDACertificate(t *testing.T) {
	sig := make([]byte, 65)
	c := &da.Certificate{Attestations: []da.Attestation{{Member: 2, Signature: sig}, {Member: 1, Signature: sig}}}
	if _, err := contracts.EncodeDACertificate(c); err == nil {
		t.Fatal("unsorted accepted")
	}
	c.Attestations[0].Member = 0
	enc, err := contracts.EncodeDACertificate(c)
	if err != nil || len(enc) != 2*contracts.DACertAttestationSize || enc[contracts.DACertAttestationSize+3] != 1 {
		t.Fatalf("encoding %x %v", enc, err)
	}
	c.Attestations[1].Signature = sig[:64]
	if _, err := contracts.EncodeDACertificate(c); err == nil {
		t.Fatal("short signature accepted")
	}
	if _, err := contracts.EncodeDACertificate(nil); err == nil {
		t.Fatal("nil accepted")
	}
	a := contracts.Attester{Index: 7, Address: common.HexToAddress("0x00000000000000000000000000000000000000ff")}
	if w := a.Word(); w.Cmp(new(big.Int).Add(new(big.Int).Lsh(big.NewInt(7), 160), big.NewInt(255))) != 0 {
		t.Fatalf("word %s", w)
	}
}

// postCertBatch posts a certificate batch attested by members 0, 1, 2.
func (d *daEnv) postCertBatch(txs [][]byte) (*contracts.BatchHeader, []byte, *da.Encoding) {
	d.t.Helper()
	h, data, enc := d.certHeader(txs)
	if _, err := d.postCert(h, d.cert(h, 0, 1, 2)); err != nil {
		d.t.Fatal(err)
	}
	return h, data, enc
}

func TestDAChallengeAnswered(t *testing.T) {
	d := newDAEnv(t)
	d.registerMembers(daN)
	hc, dc := d.next(daTxs(1, 10), 0)
	d.post(2, hc, dc, 2, 3) // batch 1: calldata
	h, data, _ := d.postCertBatch(daTxs(4, 300))
	c := d.chalAs(8)

	_, err := c.Challenge(d.ctx, hc, daChallengeBond)
	wantRevertName(t, err, "NotCertificateBatch")
	bad := *h
	bad.TxCount++
	_, err = c.Challenge(d.ctx, &bad, daChallengeBond)
	wantRevertName(t, err, "WrongBatchHeader")
	_, err = c.Challenge(d.ctx, h, ether(2))
	wantRevertName(t, err, "IncorrectBond")
	if _, err := c.Challenge(d.ctx, h, daChallengeBond); err != nil {
		t.Fatal(err)
	}
	_, err = d.chalAs(9).Challenge(d.ctx, h, daChallengeBond)
	wantRevertName(t, err, "AlreadyChallenged")
	if open, _ := d.chal.IsOpen(d.ctx, 2); !open {
		t.Fatal("challenge not open")
	}
	_, err = c.Settle(d.ctx, 2, []common.Address{d.addr(2), d.addr(3)}, d.attesters(0, 1, 2))
	wantRevertName(t, err, "ChallengeNotExpired")

	_, err = d.chalAs(9).Resolve(d.ctx, 2, data[:len(data)-1])
	wantRevertName(t, err, "DataLengthMismatch")
	tampered := append([]byte{}, data...)
	tampered[len(tampered)-1] ^= 1
	_, err = d.chalAs(9).Resolve(d.ctx, 2, tampered)
	wantRevertName(t, err, "DataHashMismatch")
	fwd := d.deployForwarder(9)
	_, err = d.forward(9, fwd, d.chal.Address(), bindings.NewDAChallenge().PackResolve(2, data), nil)
	wantRevertName(t, err, "ResolverNotOrigin")
	_, err = d.chalAs(9).Resolve(d.ctx, 3, data)
	wantRevertName(t, err, "NoOpenChallenge")
	if _, err := d.chalAs(9).Resolve(d.ctx, 2, data); err != nil {
		t.Fatal(err)
	}
	_, err = d.chalAs(9).Resolve(d.ctx, 2, data)
	wantRevertName(t, err, "NoOpenChallenge")
	if cr, _ := d.chal.Credit(d.ctx, d.addr(9)); cr.Cmp(daChallengeBond) != 0 {
		t.Fatalf("resolver credit %s", cr)
	}
	if got, err := d.chal.ResolvedData(d.ctx, 2, d.deployAt); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("resolved data: %v", err)
	}
	if _, err := d.chal.ResolvedData(d.ctx, 1, d.deployAt); err == nil {
		t.Fatal("resolved data for an unchallenged batch")
	}
	d.advanceTo(d.latestTime() + daResolveWindow + 1)
	if v, _ := d.bi.IsVoid(d.ctx, 2); v {
		t.Fatal("answered batch is void")
	}
	_, err = c.Settle(d.ctx, 2, nil, nil)
	wantRevertName(t, err, "NoOpenChallenge")
	_, err = c.ClaimCredit(d.ctx)
	wantRevertName(t, err, "NoCredit")
	if _, err := d.chalAs(9).ClaimCredit(d.ctx); err != nil {
		t.Fatal(err)
	}

	// Windows: a challenge after challengeWindow, an answer after resolveWindow.
	h3, data3, _ := d.postCertBatch(daTxs(2, 50))
	if _, err := c.Challenge(d.ctx, h3, daChallengeBond); err != nil {
		t.Fatal(err)
	}
	d.advanceTo(d.latestTime() + daResolveWindow + 1)
	_, err = d.chalAs(9).Resolve(d.ctx, 3, data3)
	wantRevertName(t, err, "ResolveWindowClosed")
	h4, _, _ := d.postCertBatch(daTxs(2, 60))
	d.advanceTo(d.latestTime() + daChallengeWindow + 1)
	_, err = c.Challenge(d.ctx, h4, daChallengeBond)
	wantRevertName(t, err, "ChallengeWindowClosed")
}

func TestDAChallengeUnanswered(t *testing.T) {
	d := newDAEnv(t)
	d.registerMembers(daN)
	h, _, _ := d.postCertBatch(daTxs(2, 100))
	c := d.chalAs(8)
	if _, err := c.Challenge(d.ctx, h, daChallengeBond); err != nil {
		t.Fatal(err)
	}
	d.advanceTo(d.latestTime() + daResolveWindow + 1)
	// Void from the moment the window expires, before anyone settles.
	if v, err := d.bi.IsVoid(d.ctx, 1); err != nil || !v {
		t.Fatalf("isVoid = %v, %v", v, err)
	}
	if u, _ := d.chal.IsUnavailable(d.ctx, 1); !u {
		t.Fatal("not unavailable")
	}
	signers := []common.Address{d.addr(2), d.addr(3)}
	if bytes.Compare(signers[0][:], signers[1][:]) > 0 {
		signers[0], signers[1] = signers[1], signers[0]
	}
	_, err := c.Settle(d.ctx, 1, signers[:1], d.attesters(0, 1, 2))
	wantRevertName(t, err, "SignersMismatch")
	_, err = c.Settle(d.ctx, 1, signers, d.attesters(0, 1, 3))
	wantRevertName(t, err, "AttestersMismatch")
	rcpt, err := d.chalAs(9).Settle(d.ctx, 1, signers, d.attesters(0, 1, 2)) // anyone may settle
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas settle (2 signers, 3 attesters): %d", rcpt.GasUsed)
	voids, err := d.bi.Voids(d.ctx, 0, nil)
	if err != nil || len(voids) != 1 || voids[0].Reason != contracts.VoidDAUnavailable || voids[0].Prover != d.addr(8) {
		t.Fatalf("voids %+v %v", voids, err)
	}
	for _, s := range signers {
		if st := d.stake(s); st.Sign() != 0 {
			t.Fatalf("signer %s keeps %s", s, st)
		}
	}
	for m := 0; m < 3; m++ {
		if st := d.daStake(d.addr(daFirstMemberKey + m)); st.Sign() != 0 {
			t.Fatalf("attester %d keeps %s", m, st)
		}
	}
	if st := d.daStake(d.addr(daFirstMemberKey + 3)); st.Cmp(daMemberBond) != 0 {
		t.Fatalf("non-attester lost stake: %s", st)
	}
	if cr, _ := d.chal.Credit(d.ctx, d.addr(8)); cr.Cmp(daChallengeBond) != 0 {
		t.Fatalf("challenger refund %s", cr)
	}
	wantDA := new(big.Int).Mul(daMemberBond, big.NewInt(3*bRewardPercent))
	wantDA.Div(wantDA, big.NewInt(100))
	if cr, _ := d.dac.Credit(d.ctx, d.addr(8)); cr.Cmp(wantDA) != 0 {
		t.Fatalf("challenger DA reward %s, want %s", cr, wantDA)
	}
	if cr := d.credit(d.addr(8)); cr.Sign() == 0 {
		t.Fatal("challenger has no SequencerSet reward")
	}
	_, err = c.Settle(d.ctx, 1, signers, d.attesters(0, 1, 2))
	wantRevertName(t, err, "AlreadySettled")
	_, err = d.chalAs(9).Challenge(d.ctx, h, daChallengeBond)
	wantRevertName(t, err, "BatchAlreadyVoid")
	if _, err := c.ClaimCredit(d.ctx); err != nil {
		t.Fatal(err)
	}
}

func TestDAChunkChallenge(t *testing.T) {
	d := newDAEnv(t)
	d.registerMembers(daN)
	h, _, enc := d.postCertBatch(daTxs(3, 200))
	atts := d.attesters(0, 1, 2)
	c := d.chalAs(8)

	_, err := c.ChallengeChunk(d.ctx, h, d.attesters(0, 1), 0, daChallengeBond)
	wantRevertName(t, err, "AttestersMismatch")
	_, err = c.ChallengeChunk(d.ctx, h, atts, 3, daChallengeBond)
	wantRevertName(t, err, "AttesterOutOfRange")
	_, err = c.ChallengeChunk(d.ctx, h, atts, 1, big.NewInt(1))
	wantRevertName(t, err, "IncorrectBond")
	if _, err := c.ChallengeChunk(d.ctx, h, atts, 1, daChallengeBond); err != nil {
		t.Fatal(err)
	}
	_, err = c.ChallengeChunk(d.ctx, h, atts, 1, daChallengeBond)
	wantRevertName(t, err, "ChunkAlreadyChallenged")
	st, err := d.chal.ChunkChallengeOf(d.ctx, 1, 1)
	if err != nil || st.Member != d.addr(daFirstMemberKey+1) || st.Challenger != d.addr(8) {
		t.Fatalf("chunk challenge %+v %v", st, err)
	}

	member := d.chalAs(daFirstMemberKey + 1)
	proof1, _ := enc.Proof(1)
	proof2, _ := enc.Proof(2)
	_, err = member.ResolveChunk(d.ctx, 1, 1, enc.Chunks[1][:len(enc.Chunks[1])-1], proof1)
	wantRevertName(t, err, "ChunkSizeMismatch")
	_, err = member.ResolveChunk(d.ctx, 1, 1, enc.Chunks[2], proof2) // chunk 2 with its own proof, for index 1
	wantRevertName(t, err, "InvalidChunkProof")
	_, err = member.ResolveChunk(d.ctx, 1, 1, enc.Chunks[1], proof1[:len(proof1)-1])
	wantRevertName(t, err, "InvalidChunkProof")
	_, err = member.ResolveChunk(d.ctx, 1, 0, enc.Chunks[0], proof1)
	wantRevertName(t, err, "NoOpenChunkChallenge")
	rcpt, err := member.ResolveChunk(d.ctx, 1, 1, enc.Chunks[1], proof1)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas resolveChunk (S = %d, n = %d): %d", len(enc.Chunks[1]), daN, rcpt.GasUsed)
	_, err = member.ResolveChunk(d.ctx, 1, 1, enc.Chunks[1], proof1)
	wantRevertName(t, err, "NoOpenChunkChallenge")
	if cr, _ := d.chal.Credit(d.ctx, d.addr(daFirstMemberKey+1)); cr.Cmp(daChallengeBond) != 0 {
		t.Fatalf("resolver credit %s", cr)
	}

	// Member 2 does not answer: slashed, challenger refunded and rewarded.
	if _, err := c.ChallengeChunk(d.ctx, h, atts, 2, daChallengeBond); err != nil {
		t.Fatal(err)
	}
	_, err = c.SettleChunk(d.ctx, 1, 2)
	wantRevertName(t, err, "ChallengeNotExpired")
	d.advanceTo(d.latestTime() + daResolveWindow + 1)
	_, err = member.ResolveChunk(d.ctx, 1, 2, enc.Chunks[2], proof2)
	wantRevertName(t, err, "ResolveWindowClosed")
	if _, err := c.SettleChunk(d.ctx, 1, 2); err != nil {
		t.Fatal(err)
	}
	_, err = c.SettleChunk(d.ctx, 1, 2)
	wantRevertName(t, err, "AlreadySettled")
	_, err = c.SettleChunk(d.ctx, 1, 0)
	wantRevertName(t, err, "NoOpenChunkChallenge")
	if s := d.daStake(d.addr(daFirstMemberKey + 2)); s.Sign() != 0 {
		t.Fatalf("member 2 keeps %s", s)
	}
	if ok, _ := d.dac.IsMember(d.ctx, d.addr(daFirstMemberKey+2)); ok {
		t.Fatal("slashed member still in the committee")
	}
	if cr, _ := d.chal.Credit(d.ctx, d.addr(8)); cr.Cmp(daChallengeBond) != 0 {
		t.Fatalf("challenger refund %s", cr)
	}
	// The batch itself stays valid.
	if v, _ := d.bi.IsVoid(d.ctx, 1); v {
		t.Fatal("chunk challenge voided the batch")
	}
}

// TestDisputeFactoryWaitsForDAChallenge: while a batch challenge awaits its
// answer no game opens (its batch may still turn void); once answered, or
// expired (then the batch is void for good), games open again.
func TestDisputeFactoryWaitsForDAChallenge(t *testing.T) {
	d := newDAEnv(t)
	d.registerMembers(daN)
	verifier, _, err := contracts.DeployOneStepVerifier(d.ctx, d.senders[0], bL2ChainID, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	const window = 10 // factory's challengeWindow, shorter than DAChallenge's here
	fAddr, _, err := contracts.DeployDisputeGameFactory(d.ctx, d.senders[0], d.bi.Address(), d.set.Address(), verifier, contracts.DisputeGameParams{
		GenesisRoot: common.HexToHash("0x01"), ChallengeWindow: window, ClaimTimeout: 100, MaxGameDepth: 8,
		BondsByDepth: []*big.Int{big.NewInt(1000)}, AnchorAirgap: 10,
	})
	if err != nil {
		t.Fatal(err)
	}
	factory := contracts.NewDisputeGameFactory(fAddr, d.env.Client, d.senders[9])
	h, data, _ := d.postCertBatch(daTxs(1, 20))
	if _, err := d.chalAs(8).Challenge(d.ctx, h, daChallengeBond); err != nil {
		t.Fatal(err)
	}
	if p, _ := d.bi.DAChallengePending(d.ctx); !p {
		t.Fatal("challenge not pending")
	}
	d.advanceTo(d.latestTime() + window + 1)
	_, _, err = factory.Create(d.ctx, 1, common.HexToHash("0x02"), big.NewInt(1000))
	wantRevertName(t, err, "DAChallengePending")
	if _, err := d.chalAs(9).Resolve(d.ctx, 1, data); err != nil {
		t.Fatal(err)
	}
	if p, _ := d.bi.DAChallengePending(d.ctx); p {
		t.Fatal("answered challenge still pending")
	}
	if _, _, err := factory.Create(d.ctx, 1, common.HexToHash("0x02"), big.NewInt(1000)); err != nil {
		t.Fatal(err)
	}
}

func TestDAChallengeConstructorReverts(t *testing.T) {
	e := newBatchEnv(t)
	a, b, c := e.addr(5), e.addr(6), e.addr(7)
	good := contracts.DAChallengeParams{ChallengeWindow: 10, ResolveWindow: 10, ChallengeBond: big.NewInt(1)}
	// A committee whose liabilityWindow is shorter than the DA windows:
	// its attesters would be liable after the expiry they signed.
	short, _, err := contracts.DeployDACommittee(e.ctx, e.senders[0], contracts.DACommitteeParams{
		N: 4, K: 2, Threshold: 3, MemberBond: ether(1), UnbondingPeriod: 100, SlashRewardPercent: 50, LiabilityWindow: 19,
	})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = contracts.DeployDAChallenge(e.ctx, e.senders[0], a, b, short, good)
	wantRevertName(t, err, "InvalidParameters")
	_, _, err = contracts.DeployDAChallenge(e.ctx, e.senders[0], common.Address{}, b, c, good)
	wantRevertName(t, err, "ZeroAddress")
	_, _, err = contracts.DeployDAChallenge(e.ctx, e.senders[0], a, b, common.Address{}, good)
	wantRevertName(t, err, "ZeroAddress")
	for name, p := range map[string]contracts.DAChallengeParams{
		"challengeWindow": {ChallengeWindow: 0, ResolveWindow: 10, ChallengeBond: big.NewInt(1)},
		"resolveWindow":   {ChallengeWindow: 10, ResolveWindow: 0, ChallengeBond: big.NewInt(1)},
		"challengeBond":   {ChallengeWindow: 10, ResolveWindow: 10, ChallengeBond: new(big.Int)},
	} {
		_, _, err := contracts.DeployDAChallenge(e.ctx, e.senders[0], a, b, c, p)
		t.Run(name, func(t *testing.T) { wantRevertName(t, err, "InvalidParameters") })
	}
}

// TestDACreditTransferFailed: a recipient that refuses ETH makes claimCredit
// revert TransferFailed in both DA contracts (the credit stays).
func TestDACreditTransferFailed(t *testing.T) {
	d := newDAEnv(t)
	d.registerMembers(daN)
	fwd := d.deployForwarder(9)

	// DACommittee: the forwarder is the prover of a slash.
	if _, err := d.dacAs(1).Slash(d.ctx, d.addr(daFirstMemberKey+3), fwd); err != nil {
		t.Fatal(err)
	}
	_, err := d.forward(9, fwd, d.dac.Address(), bindings.NewDACommittee().PackClaimCredit(), nil)
	wantRevertName(t, err, "TransferFailed")

	// DAChallenge: the forwarder challenges; unanswered, its bond is refunded as credit.
	h, _, _ := d.postCertBatch(daTxs(1, 30))
	if _, err := d.forward(9, fwd, d.chal.Address(), bindings.NewDAChallenge().PackChallenge(h.Encode()), daChallengeBond); err != nil {
		t.Fatal(err)
	}
	d.advanceTo(d.latestTime() + daResolveWindow + 1)
	signers := []common.Address{d.addr(2), d.addr(3)}
	if bytes.Compare(signers[0][:], signers[1][:]) > 0 {
		signers[0], signers[1] = signers[1], signers[0]
	}
	if _, err := d.chalAs(8).Settle(d.ctx, h.Number, signers, d.attesters(0, 1, 2)); err != nil {
		t.Fatal(err)
	}
	_, err = d.forward(9, fwd, d.chal.Address(), bindings.NewDAChallenge().PackClaimCredit(), nil)
	wantRevertName(t, err, "TransferFailed")
	if cr, _ := d.chal.Credit(d.ctx, fwd); cr.Cmp(daChallengeBond) != 0 {
		t.Fatalf("credit after failed claim %s", cr)
	}
}

// TestDAChallengesPendingExact: challengesPending is exactly "some
// unanswered batch challenge is inside its resolve window". Before the fix
// it counted challenges that expired unanswered, so an expired challenge A
// and an answered challenge B kept games blocked until B's deadline.
func TestDAChallengesPendingExact(t *testing.T) {
	d := newDAEnv(t)
	d.registerMembers(daN)
	c := d.chalAs(8)
	pending := func(want bool, what string) {
		t.Helper()
		p, err := d.bi.DAChallengePending(d.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if p != want {
			t.Fatalf("%s: challengesPending = %v, want %v", what, p, want)
		}
	}
	challenge := func(h *contracts.BatchHeader) uint64 {
		t.Helper()
		if _, err := c.Challenge(d.ctx, h, daChallengeBond); err != nil {
			t.Fatal(err)
		}
		return d.latestTime()
	}
	resolve := func(n uint64, data []byte) {
		t.Helper()
		if _, err := d.chalAs(9).Resolve(d.ctx, n, data); err != nil {
			t.Fatal(err)
		}
	}
	pending(false, "no challenge")

	// The reported scenario: A expires unanswered (not settled), B on
	// another batch is opened and answered at once.
	hA, _, _ := d.postCertBatch(daTxs(1, 10)) // batch 1
	atA := challenge(hA)
	pending(true, "A open")
	d.advanceTo(atA + daResolveWindow + 1)
	pending(false, "A expired unanswered")
	hB, dataB, _ := d.postCertBatch(daTxs(1, 11)) // batch 2
	challenge(hB)
	pending(true, "B open")
	resolve(2, dataB)
	pending(false, "A expired, B answered")

	// Still pending while an earlier challenge is open and a later one has
	// been answered, and only until the earlier one's deadline.
	hC, _, _ := d.postCertBatch(daTxs(1, 12))     // batch 3
	hD, dataD, _ := d.postCertBatch(daTxs(1, 13)) // batch 4
	hE, dataE, _ := d.postCertBatch(daTxs(1, 14)) // batch 5
	atC := challenge(hC)
	d.advanceTo(atC + 10)
	challenge(hD)
	challenge(hE)
	resolve(5, dataE) // the tail
	pending(true, "C, D open, E answered")
	resolve(4, dataD) // the new tail
	pending(true, "C open, D, E answered")
	d.advanceTo(atC + daResolveWindow)
	pending(true, "C at its deadline")
	d.advanceTo(atC + daResolveWindow + 1)
	pending(false, "C expired, D, E answered")

	// A middle challenge answered: the list stays linked, the tail decides.
	hF, dataF, _ := d.postCertBatch(daTxs(1, 15)) // batch 6
	hG, dataG, _ := d.postCertBatch(daTxs(1, 16)) // batch 7
	hH, _, _ := d.postCertBatch(daTxs(1, 17))     // batch 8
	challenge(hF)
	challenge(hG)
	atH := challenge(hH)
	resolve(7, dataG)
	pending(true, "F, H open, G answered")
	resolve(6, dataF)
	pending(true, "H open")
	d.advanceTo(atH + daResolveWindow + 1)
	pending(false, "H expired")

	// Settling expired challenges (A, C, H) leaves nothing pending, and a new
	// challenge after them is pending again.
	signers := []common.Address{d.addr(2), d.addr(3)}
	if bytes.Compare(signers[0][:], signers[1][:]) > 0 {
		signers[0], signers[1] = signers[1], signers[0]
	}
	for _, n := range []uint64{3, 1, 8} {
		if _, err := c.Settle(d.ctx, n, signers, d.attesters(0, 1, 2)); err != nil {
			t.Fatalf("settle %d: %v", n, err)
		}
		pending(false, "after a settle")
	}
	last, err := d.chal.LastOpen(d.ctx)
	if err != nil || last != 0 {
		t.Fatalf("lastOpen = %d, %v after every challenge was answered or settled", last, err)
	}
}
