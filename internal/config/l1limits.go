package config

// Limits of one L1 transaction that a standard node relays and includes. A
// DA challenge on a certificate batch is answered by DAChallenge.resolve
// with the whole batch data in one transaction (PROTOCOL §6.8.3.1), so a
// batch larger than what such a transaction can carry could be challenged
// and never answered: voided, and every signer and attester slashed, although
// the data was available.
const (
	// L1TxPoolMaxBytes is geth's transaction pool limit on one transaction's
	// encoded size (txMaxSize = 4 × 32 KiB); larger ones are refused
	// before they reach any block builder.
	L1TxPoolMaxBytes = 128 * 1024
	// L1TxGasCap is the per-transaction gas cap of EIP-7825 (Osaka), 2^24.
	L1TxGasCap = 1 << 24
	// ResolveTxOverhead bounds the bytes of a resolve transaction beyond the
	// batch data: ABI framing ≤ 131 (selector, n, offset, length, padding to
	// 32), a type-2 envelope with every field at its largest ≤ 224 (type,
	// list header, chain id, nonce, two 256-bit fee caps, gas, to, a 256-bit
	// value, data header, empty access list, y parity, r, s); the rest is
	// margin (a short access list, a future envelope field).
	ResolveTxOverhead = 1024
	// BatchTxReserve is the part of L1TxPoolMaxBytes kept for everything in
	// a postBatch or proveMalformed transaction besides the data: the
	// 352-byte header, the ABI framing, 160 bytes per signature (postBatch)
	// or 32 per signer (proveMalformed), the envelope and its signature.
	// 8 KiB leaves room for about 48 signatures; resolve needs only
	// ResolveTxOverhead of it.
	BatchTxReserve = 8 * 1024
	// MaxBatchBytesBound is the largest maxBatchBytes Validate accepts:
	// 131,072 − 8,192 = 122,880 bytes, so that postBatch (calldata mode),
	// proveMalformed and DAChallenge.resolve each carry a whole batch in one
	// transaction that a standard node relays.
	MaxBatchBytesBound = L1TxPoolMaxBytes - BatchTxReserve
	// resolveExecutionGas bounds resolve's execution beyond hashing and
	// memory (storage writes, the credit, the event, the list unlink: about
	// 60k measured, docs/BENCHMARKS.md).
	resolveExecutionGas = 100_000
	// resolveGasMargin: Validate wants ResolveGasBound ≤ L1TxGasCap minus
	// this (1/8 of the cap), room for gas-schedule repricing.
	resolveGasMargin = L1TxGasCap / 8
)

// ResolveGasBound is an upper bound on the gas of DAChallenge.resolve with
// dataLength bytes of batch data, every byte non-zero: the larger of the
// EIP-7623 calldata floor (10 per token, 4 tokens per non-zero byte) and the
// standard cost (16 per non-zero byte, keccak 6 per word, calldata copy 3 per
// word, memory 3 per word + words²/512, and the execution bound).
func ResolveGasBound(dataLength uint64) uint64 {
	calldata := dataLength + ResolveTxOverhead
	floor := 21_000 + 40*calldata
	words := (dataLength + 31) / 32
	standard := 21_000 + 16*calldata + 12*words + words*words/512 + resolveExecutionGas
	return max(floor, standard)
}
