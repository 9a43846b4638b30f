package config

// Bounds that keep every batch BatchInbox can accept provable malformed
// (docs/PROTOCOL.md §4.7.1). proveMalformed carries the whole batch data in
// its calldata and walks at most txCount + 1 ≤ maxBatchTxs + 1 items, so its
// cost is bounded by the two limits; if the dearest batch they allow could
// not be proven within one transaction, a malicious quorum could post a
// malformed batch that stands forever.
const (
	// ProofGasBudget is what the worst-case proof may use: half the
	// transaction gas cap, a margin for repricings and for a model that is
	// an estimate.
	ProofGasBudget = L1TxGasCap / 2

	// Measured on the simulated backend (Osaka rules) by
	// contracts.TestProveMalformedWorstCaseFits and the runs recorded in
	// docs/BENCHMARKS.md, then rounded up:
	// proofFixedGas covers the checks, the header and data hashes, one
	// signer's slash and the event (≈ 100k measured);
	proofFixedGas = 150_000
	// proofGasPerItem is the walk and the tree per item (≈ 470–540
	// measured with 2,048–16,384 items);
	proofGasPerItem = 600
	// proofGasPerByte is copying and hashing the data inside the proof
	// (≈ 1 measured), on top of its calldata price;
	proofGasPerByte = 4
	// proofCalldataOverhead is the proof's input besides the data: header,
	// selector, ABI offsets and lengths, padding and a signer.
	proofCalldataOverhead = 1024
)

// WorstCaseProofGas bounds the gas of proveMalformed on any batch with
// txCount ≤ maxBatchTxs and at most maxBatchBytes of data, proved with one
// signer (each further signer adds one slash, ≈ 30k, and 32 bytes).
//
// The transaction pays max(calldata + execution, EIP-7623 floor):
//   - floor: 21000 + 40 per byte of input (every byte non-zero, the worst);
//   - calldata: 21000 + 16 per byte of input;
//   - execution: proofFixedGas + proofGasPerItem × P + proofGasPerByte × B +
//     memory(P + B/32 + 64 words), with P = the next power of two ≥
//     maxBatchTxs (the padded leaf count) and memory(w) = 3w + w²/512 (the
//     leaves and a copy of the data, counted as if both were live at once).
func WorstCaseProofGas(maxBatchTxs, maxBatchBytes uint64) uint64 {
	const limit = 1 << 40 // far past any budget: saturate instead of overflowing
	if maxBatchTxs > limit || maxBatchBytes > limit {
		return limit
	}
	input := maxBatchBytes + proofCalldataOverhead
	floor := 21_000 + 40*input
	p := uint64(1)
	for p < maxBatchTxs {
		p <<= 1
	}
	words := p + maxBatchBytes/32 + 64
	memory := 3*words + words*words/512
	exec := proofFixedGas + proofGasPerItem*p + proofGasPerByte*maxBatchBytes + memory
	return max(floor, 21_000+16*input+exec)
}
