// Package node wires the decentralized sequencer node (PROTOCOL.md §5.9):
// one validator of the rotating set per process, CometBFT v0.38 in process
// running the ABCI++ application of package app, an inbox poller feeding
// the application what L1's Inbox holds, and a poster that takes every
// certified batch to BatchInbox when SequencerSet lets this validator post
// (the slot leader first, anyone after the leader window).
//
// A node's home holds CometBFT's config, keys and databases (config/,
// data/) and the application's goleveldb (app.db: state tree nodes, the
// decided batches and the application's position). Init writes a home;
// BuildGenesis derives the shared genesis from L1's sequencer set.
package node
