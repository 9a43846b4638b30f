// Package simbackend sets up go-ethereum's simulated backend for fast
// contract unit tests.
//
// The simulated backend (ethclient/simulated) runs a real EVM and RPC stack
// in process, at about a millisecond per transaction, but it only produces
// blocks when told to. EtherScale's L1 code goes through txmgr, which sends
// a transaction and then waits for its receipt; on a bare simulated backend
// that receipt would never come. AutoCommitClient closes the gap by sealing
// a block as soon as a transaction is accepted, so contract tests exercise
// the exact code path production uses — txmgr.Sender, revert decoding and
// all — instead of a test-only shortcut.
//
// Use devnode when a test needs a real HTTP/WebSocket endpoint, wall-clock
// block times or process restarts; use this package for everything else.
package simbackend
