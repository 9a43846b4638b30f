// Package txmgr sends EtherScale's L1 transactions.
//
// Every command that acts on L1 — posting a challenge, answering a bisection
// step, claiming a bond — needs the same few things done right, and getting
// any of them wrong either loses a dispute or wastes money:
//
//   - one key is shared by concurrent workflows, so nonces are assigned
//     locally, in order, under a mutex, and resynchronised from the node
//     whenever the local view may be wrong;
//   - L1 endpoints fail transiently (load balancers answer 502, connections
//     drop, requests time out), so every RPC is retried with exponential
//     backoff — and a transaction whose submission "failed" after the node
//     had already received it is recognised ("already known", "nonce too
//     low") and followed to its receipt instead of being sent twice;
//   - fees follow EIP-1559 (fee cap = 2 × base fee + tip) with an operator
//     ceiling, so a fee spike cannot drain the challenger's account;
//   - a revert is reported with its decoded reason — Error(string),
//     Panic(uint256) or one of the contracts' custom errors — whether it is
//     caught by gas estimation or only shows up as a mined status-0 receipt.
//
// The package depends on a small [Backend] interface that both
// *ethclient.Client and go-ethereum's simulated backend client satisfy, so
// the same code runs against mainnet, a devnode and fast unit-test chains.
package txmgr
