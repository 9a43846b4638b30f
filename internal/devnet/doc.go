// Package devnet runs a whole EtherScale network in one process on an
// embedded L1: go-ethereum's dev-mode node, every contract deployed with the
// devnet preset, and the deployment file written into the data directory.
// Later parts (sequencers, DA shards, prover, watcher) join it here, so that
// `etherscale devnet` stays a one-line start for a newcomer.
package devnet
