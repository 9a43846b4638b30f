// Package devnode provides the L1 chains EtherScale runs against in tests
// and local demos.
//
// Everything in EtherScale that talks to Ethereum does so through JSON-RPC,
// so the most faithful test double is a real execution client rather than a
// mock. This package offers two of them, both built from the same
// go-ethereum release that the rest of the module is compiled against:
//
//   - [Start] runs go-ethereum's developer-mode node inside the current
//     process: the same eth service, simulated beacon and RPC stack that
//     `geth --dev` assembles, serving HTTP and WebSocket JSON-RPC on
//     127.0.0.1. It needs no external binary, starts in well under a second
//     and can be restarted on the same data directory.
//   - [StartProcess] runs an actual `geth --dev` binary as a child process.
//     It exists for integration tests that must prove EtherScale works
//     against the real program operators run, including its command-line
//     defaults and process boundaries.
//
// Both pre-fund deterministic keys ([DevKey]) so that tests and scripts can
// sign transactions locally without keystores or unlock calls.
package devnode
