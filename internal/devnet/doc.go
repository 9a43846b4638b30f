// Package devnet runs a whole EtherScale network in one process on an
// embedded L1: go-ethereum's dev-mode node, every contract deployed with the
// devnet preset, and the deployment file written into the data directory
// (Start); then the off-chain services (StartServices): the training-wheels
// sequencer with its L2 JSON-RPC, an honest prover and a watcher, each on
// its own dev key and data directory, and a monitor that logs game outcomes
// and slashings. A Fault stages one misbehaviour (a wrong claim, a wrong
// batch root, a wrong challenge) so that a newcomer, or a test, can watch
// the honest side win in about half a minute. DA shards join here later.
package devnet
