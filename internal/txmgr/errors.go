package txmgr

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/rpc"
)

// Errors returned by the Sender. Failures are wrapped with what was being
// done; test them with errors.Is.
var (
	ErrInvalidConfig    = errors.New("txmgr: invalid config")
	ErrInvalidCandidate = errors.New("txmgr: invalid candidate")
	// ErrFeeCapTooHigh means the current base fee and tip need a fee cap
	// above Config.MaxFeeCap; nothing was sent.
	ErrFeeCapTooHigh = errors.New("txmgr: fee cap above configured maximum")
	// ErrReceiptTimeout means the transaction was handed to the node but was
	// not included (and confirmed) within Config.ReceiptTimeout. It may
	// still be mined later; the error names its hash.
	ErrReceiptTimeout = errors.New("txmgr: timed out waiting for receipt")
	// ErrNonceConsumed means a submission whose outcome was uncertain turned
	// out to be superseded: the account's nonce moved past it, but not by
	// this transaction.
	ErrNonceConsumed = errors.New("txmgr: nonce consumed by another transaction")
	// ErrReverted matches every *RevertError with errors.Is.
	ErrReverted = errors.New("txmgr: execution reverted")
)

// JSON-RPC error codes that mean "try again later" rather than "no".
const (
	codeLimitExceeded = -32005 // EIP-1474; used by providers for rate limiting
)

// isTransient reports whether err is a failure of the transport or of an
// overloaded endpoint, after which the same request may succeed. Answers
// from the node itself (reverts, "insufficient funds", ...) are never
// transient, even if their text happens to contain a word like "timeout".
func isTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	if _, isRevert := revertData(err); isRevert {
		return false
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		if rpcErr.ErrorCode() == codeLimitExceeded {
			return true
		}
		msg := strings.ToLower(rpcErr.Error())
		return strings.Contains(msg, "rate limit") || strings.Contains(msg, "too many requests")
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		return httpErr.StatusCode >= 500 || httpErr.StatusCode == http.StatusTooManyRequests ||
			httpErr.StatusCode == http.StatusRequestTimeout
	}
	// Every HTTP client failure is a *url.Error, which also claims to be a
	// net.Error; what matters is what went wrong underneath (a refused
	// connection is worth retrying, a bad certificate is not).
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		err = urlErr.Err
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNABORTED) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) {
		return true // dial, read and write failures
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return true
	}
	// Last resort for transports that flatten errors into strings (for
	// example through a websocket close).
	msg := strings.ToLower(err.Error())
	for _, s := range []string{
		"connection refused", "connection reset", "broken pipe", "eof",
		"i/o timeout", "timed out", "timeout", "server closed", "too many requests",
		"bad gateway", "service unavailable", "gateway timeout",
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// isAlreadyKnown reports whether the node rejected a transaction because it
// already has exactly this transaction (same hash) in its pool.
func isAlreadyKnown(err error) bool {
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "already known") || strings.Contains(msg, "known transaction") ||
		strings.Contains(msg, "alreadyknown") || strings.Contains(msg, "already imported")
}

// isNonceTooLow reports whether the node rejected a transaction because the
// account's nonce has already moved past it.
func isNonceTooLow(err error) bool {
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "nonce too low") || strings.Contains(msg, "oldnonce") ||
		strings.Contains(msg, "nonce has already been used")
}

// isNonceConflict reports whether the node refused a transaction because a
// different one already holds its nonce: mined ("nonce too low") or still
// in the pool and not outbid ("replacement transaction underpriced"). The
// latter also happens right after our own previous transaction was mined,
// while the node's pool has not caught up with the new head yet.
func isNonceConflict(err error) bool {
	return isNonceTooLow(err) || strings.Contains(strings.ToLower(err.Error()), "replacement transaction underpriced")
}

// isReceiptPending reports whether a receipt lookup failed only because the
// transaction is not (yet) known to be mined. geth says "transaction
// indexing is in progress" instead of null while its indexer catches up,
// which on a fresh dev chain lasts until the first block.
func isReceiptPending(err error) bool {
	return errors.Is(err, ethereum.NotFound) ||
		strings.Contains(strings.ToLower(err.Error()), "transaction indexing is in progress")
}
