package contracts_test

import (
	"testing"
)

// TestDAGas logs the gas of the DA paths (docs/PROTOCOL.md §6.8):
// certificate posts with 1 and 4 header signers and threshold (3 of 4)
// attestations, a batch challenge, its answer with ~100 KB of data, a chunk
// challenge and its answer.
func TestDAGas(t *testing.T) {

	// One signer: key 3 leaves the set, key 2 holds all the stake.
	d := newDAEnv(t)
	d.registerMembers(daN)
	if _, err := d.setAs(3).Exit(d.ctx); err != nil {
		t.Fatal(err)
	}
	d.nextEpoch() // the exit takes effect at the epoch boundary
	h, _, _ := d.certHeader(daTxs(2, 100))
	cert := d.cert(h, 0, 1, 2)
	pb, err := d.biAs(2).PostBatchCertificate(d.ctx, h, d.sign(h, 2), cert)
	if err != nil {
		t.Fatal(err)
	}
	checkPostGasLimit(t, d.ctx, d.env.Client, pb.TxHash, 1, 1, len(cert))
	rcpt, err := d.env.Client.TransactionReceipt(d.ctx, pb.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("postBatch certificate, 1 signer, 3 attestations: %d gas", rcpt.GasUsed)

	// Four signers of five sequencers.
	d = newDAEnv(t)
	d.registerMembers(daN)
	for _, k := range []int{8, 9, 10} {
		d.register(k, bMinBond)
	}
	h, _, _ = d.certHeader(daTxs(2, 100))
	cert = d.cert(h, 0, 1, 2)
	pb, err = d.biAs(2).PostBatchCertificate(d.ctx, h, d.sign(h, 2, 3, 8, 9), cert)
	if err != nil {
		t.Fatal(err)
	}
	checkPostGasLimit(t, d.ctx, d.env.Client, pb.TxHash, 5, 4, len(cert))
	if rcpt, err = d.env.Client.TransactionReceipt(d.ctx, pb.TxHash); err != nil {
		t.Fatal(err)
	}
	t.Logf("postBatch certificate, 4 signers, 3 attestations: %d gas", rcpt.GasUsed)

	// Challenge and answer with ~100 KB.
	h, data, enc := d.certHeader(daTxs(25, 4000))
	if _, err := d.biAs(2).PostBatchCertificate(d.ctx, h, d.sign(h, 2, 3, 8, 9), d.cert(h, 0, 1, 2)); err != nil {
		t.Fatal(err)
	}
	if rcpt, err = d.chalAs(11).Challenge(d.ctx, h, daChallengeBond); err != nil {
		t.Fatal(err)
	}
	t.Logf("challenge: %d gas", rcpt.GasUsed)
	if rcpt, err = d.chalAs(11).Resolve(d.ctx, h.Number, data); err != nil {
		t.Fatal(err)
	}
	t.Logf("resolve with %d bytes: %d gas", len(data), rcpt.GasUsed)

	// Chunk challenge on member 1 and its answer (S = chunk size of that batch).
	atts := d.attesters(0, 1, 2)
	if rcpt, err = d.chalAs(11).ChallengeChunk(d.ctx, h, atts, 1, daChallengeBond); err != nil {
		t.Fatal(err)
	}
	t.Logf("challengeChunk: %d gas", rcpt.GasUsed)
	proof, err := enc.Proof(1)
	if err != nil {
		t.Fatal(err)
	}
	if rcpt, err = d.chalAs(daFirstMemberKey+1).ResolveChunk(d.ctx, h.Number, 1, enc.Chunks[1], proof); err != nil {
		t.Fatal(err)
	}
	t.Logf("resolveChunk, S = %d bytes, n = %d: %d gas", len(enc.Chunks[1]), daN, rcpt.GasUsed)
}
