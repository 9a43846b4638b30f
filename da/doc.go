// Package da is EtherScale's data-availability layer: erasure coding of batch
// data, the chunk commitment (dataRoot) and member attestations, the shard
// node that stores and serves chunks, and the disperser and retriever clients
// used by sequencers and watchers. The byte-level specification shared with
// the Solidity contracts (DACommittee, DAChallenge) is docs/PROTOCOL.md §6;
// its test vectors are generated into testdata/da by
// `go test ./da -run TestVectors -update`.
//
// # Coding and commitment
//
// Batch data of dataLength bytes is padded with zeros to k × S bytes,
// S = ChunkSize(dataLength, k) (⌈dataLength/k⌉ rounded up to 64, at least
// 64), and Reed–Solomon coded into n chunks of S bytes; any k reconstruct.
// dataRoot is the binary keccak Merkle root over keccak256(uint32 index ‖
// chunk), zero-padded to a power of two like replay's txRoot. Encode,
// DecodeChunks, ChunkTree and VerifyChunkProof implement this; Reed–Solomon
// encoders are cached per (k, n).
//
// # Attestations and certificates
//
// A member attests by signing the EIP-712 digest of Attestation(dataRoot,
// dataHash, dataLength) in the domain ("EtherScale DA", "1", chainId,
// DACommittee address). Signatures are r ‖ s ‖ v, v ∈ {27, 28}, low s. A
// Certificate is threshold attestations sorted by member index.
//
// # Shard node
//
// Server keeps chunk MemberIndex of every batch in goleveldb. PUT
// /v1/chunks/{dataRoot}/{index} takes a chunk record (wire.go) signed by an
// authorised sequencer key (Authorizer), verifies the proof, syncs the record
// to disk and answers with the member's attestation; GET serves the record
// back. /healthz and /metrics (Prometheus) complete the API. Each
// attestation signs an expiry, now + ServerConfig.Retention: the member's
// promise to serve the chunk until then. Records are kept until the latest
// expiry attested for them and pruned after it once the Finalizer reports
// the batch final.
//
// # Clients
//
// Disperser encodes, sends every member its chunk in parallel (per-request
// timeout, retries) and returns a certificate once the committee threshold is
// reached, or ErrThresholdNotReached wrapping every member's failure.
// Retriever fetches all chunks in parallel, verifies them, decodes from the
// first k good ones and checks dataHash, trying other subsets on mismatch; it
// names the faulty members and reports ErrInvalidEncoding when verified
// chunks cannot produce the committed data (evidence for a batch challenge).
//
// The committee comes in through the Committee interface (a fixed
// *CommitteeSnapshot for now; the DACommittee-backed one comes with the
// contracts). Every failure is an exported error value, wrapped with details;
// per-member failures are *MemberError.
package da
