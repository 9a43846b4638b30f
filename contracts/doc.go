// Package contracts holds EtherScale's L1 side: the Solidity sources
// (contracts/src), their compiled artifacts (contracts/artifacts), the
// abigen-generated bindings (contracts/bindings) and, in this package, a thin
// typed Go client per contract.
//
// The typed clients are what the rest of the code base uses: they speak in Go
// types (uint64 indices, *big.Int amounts, decoded events), send transactions
// through a Transactor (internal/txmgr in production) and read through any
// ethereum.ContractCaller, so the same client runs against go-ethereum's
// simulated backend, the embedded dev node and a real L1.
//
// Rebuild artifacts and bindings with `go generate ./contracts/...`
// (see generate.sh); CI fails if they are stale.
package contracts
