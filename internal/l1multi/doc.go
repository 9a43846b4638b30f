// Package l1multi is an L1 client over several JSON-RPC endpoints that are
// checked against each other, so that one provider that drops logs, lags
// behind or lies about state cannot blind the watcher on its own.
//
// The first endpoint is the primary. The rules (docs/PROTOCOL.md §4.9):
//
//   - Logs (FilterLogs) are asked of every endpoint and the answers are
//     merged. A log every answering endpoint returned is taken as is. Any
//     other log (one endpoint omitted it, or endpoints disagree on its
//     content) is proved: its block must be canonical on the primary (the
//     primary's header at that number has the log's block hash) and the
//     block's receipts, fetched from any endpoint, must hash to that
//     header's receipts root and hold the log at its index. A proved log is
//     kept and every endpoint that left it out is counted as omitting; an
//     unprovable one is dropped and its sender counted as fabricating.
//   - The head (HeaderByNumber(nil), BlockNumber) is the lowest head among
//     the endpoints that answer, so nothing acts on a block an honest
//     endpoint has not seen; an endpoint more than MaxHeadLag blocks behind
//     the primary is left out of that minimum (and counted), so a stalled
//     provider cannot freeze the watcher. A header by number is asked of
//     every endpoint and the hashes compared: a disagreement (a reorg in
//     flight, or a lying endpoint) is logged and counted, and the primary's
//     header is used.
//   - State reads (calls, code, nonces, balances, receipts, blocks) go to
//     the primary and fail over to the next endpoint on a transport error
//     (an HTTP or connection failure); a JSON-RPC error such as a revert is
//     an answer and is returned as is. One call in CrossCheckEvery is
//     repeated on the primary and on one other endpoint (in turn) at the
//     same block number and the results compared; a mismatch is logged and
//     counted, the primary's answer stands.
//   - Transactions (SendTransaction) go to every endpoint; one acceptance
//     is success ("already known" from the others is the expected echo).
//
// The counters are plain numbers read with Stats; nothing here registers
// metrics. URLs are logged by scheme and host only: a provider URL often
// carries an API key in its path.
package l1multi
