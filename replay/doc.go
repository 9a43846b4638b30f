// Package replay is the L2 state transition function (STF) of EtherScale: the
// transaction rules, the state tree, batch replay with per-step traces, and
// the one-step proof witnesses that the Solidity OneStepVerifier checks. It
// depends on go-ethereum primitives only (no L1 client, no contracts), so it
// can be fuzzed and benchmarked alone. The byte-level specification shared
// with Solidity is section 2 of docs/PROTOCOL.md; test vectors for the contracts are
// generated into testdata/replay by `go test ./replay -run TestVectors -update`.
//
// # Transactions
//
// L2 transactions are ordinary signed Ethereum transactions, EIP-155 legacy or
// EIP-1559 (type 2), that move value: no data, no access list, no contract
// creation. DecodeTx applies every stateless rule and recovers the sender;
// State.CheckTx adds the nonce and balance rules. Every reason a transaction can
// be invalid is an exported error value (ErrBadEncoding … ErrInsufficientBalance);
// the first failing check in the normative order is reported. The fee is
// TransferGas (21000) × the effective gas price whatever the gas limit, and it
// is burned. An invalid transaction inside a batch is a no-op.
//
// # State
//
// The state is a compact sparse Merkle tree keyed by keccak256(address):
// empty subtrees hash to zero, a subtree holding a single account is that
// account's leaf hash, and any other subtree is keccak256(left ‖ right). Tree
// keeps only branching nodes and leaves, each stored under the protocol hash
// of its position in a NodeStore (MemoryStore, or LevelDBStore with a bounded
// cache for large states); nodes are immutable, so every committed root stays
// readable. Proofs (Proof) carry the non-zero siblings and a terminal (own
// leaf, empty slot, or another key's leaf); VerifyProof checks one and
// Proof.RootAfter computes the root after an update or insertion from the
// proof alone, exactly as the Solidity verifier does.
//
// # Replay
//
// A Batch is the inbox entries it consumes (deposits and forced transactions)
// followed by its transactions; each is one step of the dispute-game trace.
// ReplayBatch applies a batch to a State and returns the post-state root and
// the result of every step, with the root after every step on request
// (ReplayOptions.Trace). Sender recovery (about 33 µs per signature, the
// dominant cost) runs on all cores through PrepareBatch, overlapping with the
// sequential application of earlier steps; the tree is rehashed once per batch
// unless tracing.
//
// # One-step proofs
//
// BuildStepProof returns, for any step of a batch, the Element (the entry or
// transaction and its position), the Witness (the transaction's Merkle proof in
// txRoot and the sender and recipient state proofs) and the expected outcome.
// VerifyStep recomputes the post-state root from the pre-state root, the element
// and the witness only. EncodeWitnessABI and EncodeElementABI give the encodings
// the contract takes.
//
// # Other formats
//
// InboxEntry, DepositEntryHash and ForcedTxEntryHash hash inbox entries as the
// Solidity Inbox does; EncodeBatchData/DecodeBatchData and TxRoot/TxTree are the
// batch data and transaction root of batch headers.
//
// Functions that do I/O take a context.Context; a State or Tree is not safe for
// concurrent use (Copy gives an independent one), node stores are.
package replay
