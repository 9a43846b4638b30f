// Package app is the ABCI++ application of the decentralized sequencer node
// (PROTOCOL.md §5.9): the state machine every validator of the rotating set
// runs under CometBFT. It is pure over its inputs (the blocks CometBFT hands
// it, the inbox entries its L1 view reports, its store), so every rule it
// enforces is tested by calling its methods directly, without a network.
//
// The rules in short:
//   - CheckTx applies the replay's mempool rules (decoding, signature, nonce
//     in order, balance) against the committed state and the transactions
//     already accepted.
//   - A block is [certificate] [inbox entries] [L2 transactions]. Every
//     block with at least one inbox entry or transaction is one batch, and
//     one L2 block (PROTOCOL.md §5.7): its app hash is the state root.
//   - ProcessProposal rejects a proposal that skips an overdue inbox entry,
//     carries an entry the validator's L1 view does not know or knows
//     differently, carries a transaction that does not apply, exceeds the
//     batch limits, or lacks the certificate it owes.
//   - The batch decided at height h is signed (EIP-712, the validator's L1
//     key) in the vote extensions of height h+1, once it is final, so an
//     honest validator never signs two headers with one number; the
//     proposer of h+2 carries ≥ 2/3 of the voting power in signatures in
//     its block, so every node holds the certificate the poster needs.
//   - A forced batch L1 took after the set failed to post is adopted
//     (adopt.go): the block carrying it rewinds the state to its parent,
//     drops the consensus batches it replaced and requeues their
//     transactions.
package app
