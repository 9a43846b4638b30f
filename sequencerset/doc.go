// Package sequencerset is the sequencer node. Today it runs the
// training-wheels mode of docs/PROTOCOL.md (one sequencer key, no
// consensus): a mempool that applies the L2 validity rules up front, a
// standard Ethereum JSON-RPC subset for users (served by go-ethereum's rpc
// package), a batch builder that posts calldata batches to BatchInbox every
// interval or when a batch is full, and an optional load generator.
//
// The builder follows L1 with internal/l2chain before each batch, so the
// batch it posts always extends what L1 holds, and it replays the batch with
// the same STF the watchers use: the posted state root is the true one
// unless a fault hook (devnet only) says otherwise. The decentralized mode
// (CometBFT, leader slots, DA dispersal) will reuse the mempool rules and
// the poster.
package sequencerset
