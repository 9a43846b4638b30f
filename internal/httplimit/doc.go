// Package httplimit puts every HTTP server the project runs behind the same
// guards against slow and greedy clients.
//
// A fraud-proof service that anyone can reach is a target: a client that
// opens thousands of connections and never finishes a request (slowloris),
// or floods requests, must not exhaust the process's file descriptors —
// which the same process needs for its L1 connection, its goleveldb stores
// and its other servers — nor crowd out other clients. Each server therefore
// gets:
//   - read-header, read, write and idle timeouts, so a stalled connection is
//     closed rather than held;
//   - a cap on open connections, in total and per client address, enforced
//     at accept time: excess connections are closed at once, so they cost
//     one file descriptor for a moment and no goroutine;
//   - a token bucket per client address (HTTP 429 with Retry-After when
//     empty), in a table of bounded size;
//   - a cap on request body size.
//
// JSON-RPC servers also set go-ethereum's batch item and response limits
// (see RPC).
package httplimit
