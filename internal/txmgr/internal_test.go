package txmgr

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/url"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// rpcError mimics the JSON-RPC error go-ethereum's client returns.
type rpcError struct {
	code int
	msg  string
	data any
}

func (e *rpcError) Error() string  { return e.msg }
func (e *rpcError) ErrorCode() int { return e.code }
func (e *rpcError) ErrorData() any { return e.data }

var (
	_ rpc.Error     = (*rpcError)(nil)
	_ rpc.DataError = (*rpcError)(nil)
)

func TestConfigValidate(t *testing.T) {
	mod := func(f func(*Config)) Config {
		c := DefaultConfig()
		f(&c)
		return c
	}
	tests := []struct {
		name    string
		cfg     Config
		wantErr bool
	}{
		{"defaults", DefaultConfig(), false},
		{"zero config", Config{}, true},
		{"no margin", mod(func(c *Config) { c.GasMarginPercent = 0 }), false},
		{"margin too large", mod(func(c *Config) { c.GasMarginPercent = MaxGasMarginPercent + 1 }), true},
		{"zero max fee cap", mod(func(c *Config) { c.MaxFeeCap = new(big.Int) }), true},
		{"negative tip", mod(func(c *Config) { c.MinTipCap = big.NewInt(-1) }), true},
		{"tip above fee cap", mod(func(c *Config) { c.MinTipCap, c.MaxFeeCap = big.NewInt(10), big.NewInt(9) }), true},
		{"tip equals fee cap", mod(func(c *Config) { c.MinTipCap, c.MaxFeeCap = big.NewInt(9), big.NewInt(9) }), false},
		{"zero poll", mod(func(c *Config) { c.PollInterval = 0 }), true},
		{"zero receipt timeout", mod(func(c *Config) { c.ReceiptTimeout = 0 }), true},
		{"no bumping", mod(func(c *Config) { c.BumpInterval = 0 }), false},
		{"negative bump interval", mod(func(c *Config) { c.BumpInterval = -time.Second }), true},
		{"negative retries", mod(func(c *Config) { c.MaxRetries = -1 }), true},
		{"no retries without backoff", mod(func(c *Config) { c.MaxRetries, c.RetryBackoff = 0, 0 }), false},
		{"retries without backoff", mod(func(c *Config) { c.RetryBackoff = 0 }), true},
		{"no rpc timeout", mod(func(c *Config) { c.RPCTimeout = 0 }), false},
		{"negative rpc timeout", mod(func(c *Config) { c.RPCTimeout = -time.Second }), true},
		{"nil abi", mod(func(c *Config) { c.ErrorABIs = []*abi.ABI{nil} }), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if (err != nil) != tt.wantErr {
				t.Fatalf("Validate() = %v, want error %v", err, tt.wantErr)
			}
			if err != nil && !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("%v does not wrap ErrInvalidConfig", err)
			}
		})
	}
}

func TestIsTransient(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"http 502", rpc.HTTPError{StatusCode: 502, Status: "502 Bad Gateway"}, true},
		{"http 503 wrapped", fmt.Errorf("ctx: %w", rpc.HTTPError{StatusCode: 503}), true},
		{"http 429", rpc.HTTPError{StatusCode: 429}, true},
		{"http 400", rpc.HTTPError{StatusCode: 400}, false},
		{"http 401", rpc.HTTPError{StatusCode: 401}, false},
		{"eof in url error", &url.Error{Op: "Post", URL: "http://x", Err: io.EOF}, true},
		{"unexpected eof", io.ErrUnexpectedEOF, true},
		{"connection refused", &url.Error{Op: "Post", URL: "http://x", Err: syscall.ECONNREFUSED}, true},
		{"connection reset", syscall.ECONNRESET, true},
		{"deadline", context.DeadlineExceeded, true},
		{"dial error", &url.Error{Op: "Post", URL: "http://x", Err: &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("no route to host")}}, true},
		{"bad certificate", &url.Error{Op: "Post", URL: "https://x", Err: errors.New("x509: certificate signed by unknown authority")}, false},
		{"bad scheme", &url.Error{Op: "Post", URL: "ftp://x", Err: errors.New("unsupported protocol scheme \"ftp\"")}, false},
		{"canceled", context.Canceled, false},
		{"flattened reset", errors.New("read tcp: connection reset by peer"), true},
		{"rate limited", &rpcError{code: -32005, msg: "limit exceeded"}, true},
		{"insufficient funds", &rpcError{code: -32000, msg: "insufficient funds for gas * price + value"}, false},
		{"revert mentioning timeout", &rpcError{code: 3, msg: "execution reverted: Challenge timeout", data: "0x"}, false},
		{"revert text only", errors.New("execution reverted: timeout"), false},
		{"nonce too low", &rpcError{code: -32000, msg: "nonce too low: next nonce 5, tx nonce 4"}, false},
		{"not found", ethereum.NotFound, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isTransient(tt.err); got != tt.want {
				t.Fatalf("isTransient(%v) = %v, want %v", tt.err, got, tt.want)
			}
		})
	}
}

func TestSubmissionErrorClassifiers(t *testing.T) {
	tests := []struct {
		msg                 string
		alreadyKnown, nonce bool
	}{
		{"already known", true, false},
		{"known transaction: 0xabc", true, false},
		{"AlreadyKnown", true, false},
		{"nonce too low: next nonce 3, tx nonce 2", false, true},
		{"replacement transaction underpriced", false, false},
		{"insufficient funds for gas * price + value", false, false},
	}
	for _, tt := range tests {
		err := &rpcError{code: -32000, msg: tt.msg}
		if got := isAlreadyKnown(err); got != tt.alreadyKnown {
			t.Errorf("isAlreadyKnown(%q) = %v", tt.msg, got)
		}
		if got := isNonceTooLow(err); got != tt.nonce {
			t.Errorf("isNonceTooLow(%q) = %v", tt.msg, got)
		}
	}
	if !isNonceConflict(&rpcError{msg: "replacement transaction underpriced"}) || !isNonceConflict(&rpcError{msg: "nonce too low"}) ||
		isNonceConflict(&rpcError{msg: "already known"}) {
		t.Error("isNonceConflict misclassifies")
	}
	if !isReceiptPending(fmt.Errorf("x: %w", ethereum.NotFound)) || !isReceiptPending(errors.New("transaction indexing is in progress")) {
		t.Error("isReceiptPending misses not-found answers")
	}
}

const customErrorsABI = `[
	{"type":"error","name":"TxTooLarge","inputs":[{"name":"size","type":"uint256"},{"name":"max","type":"uint256"}]},
	{"type":"error","name":"NotChallenger","inputs":[{"name":"who","type":"address"},{"name":"","type":"bytes32"}]},
	{"type":"error","name":"Paused","inputs":[]}
]`

func mustABI(t *testing.T, s string) *abi.ABI {
	t.Helper()
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

// encodeError ABI-encodes a revert with the given error signature.
func encodeError(t *testing.T, sig string, types []string, args ...any) []byte {
	t.Helper()
	var arguments abi.Arguments
	for _, ty := range types {
		typ, err := abi.NewType(ty, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		arguments = append(arguments, abi.Argument{Type: typ})
	}
	packed, err := arguments.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(crypto.Keccak256([]byte(sig))[:4], packed...)
}

func TestDecodeRevert(t *testing.T) {
	d := newErrorDecoder([]*abi.ABI{mustABI(t, customErrorsABI)})
	who := common.HexToAddress("0x71562b71999873DB5b286dF957af199Ec94617F7")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, ""},
		{"short", []byte{1, 2}, "malformed revert data 0x0102"},
		{"error string", encodeError(t, "Error(string)", []string{"string"}, "nope"), "nope"},
		{"panic overflow", encodeError(t, "Panic(uint256)", []string{"uint256"}, big.NewInt(0x11)), "panic: arithmetic underflow or overflow (0x11)"},
		{"panic unknown", encodeError(t, "Panic(uint256)", []string{"uint256"}, big.NewInt(0x99)), "panic: unknown panic code (0x99)"},
		{"custom", encodeError(t, "TxTooLarge(uint256,uint256)", []string{"uint256", "uint256"}, big.NewInt(200000), big.NewInt(131072)), "TxTooLarge(size=200000, max=131072)"},
		{"custom unnamed arg", encodeError(t, "NotChallenger(address,bytes32)", []string{"address", "bytes32"}, who, [32]byte{0xab}),
			"NotChallenger(who=0x71562b71999873DB5b286dF957af199Ec94617F7, arg1=0xab00000000000000000000000000000000000000000000000000000000000000)"},
		{"custom no args", crypto.Keccak256([]byte("Paused()"))[:4], "Paused()"},
		{"custom truncated", encodeError(t, "TxTooLarge(uint256,uint256)", []string{"uint256", "uint256"}, big.NewInt(1), big.NewInt(2))[:36],
			"unknown error " + hexutil.Encode(encodeError(t, "TxTooLarge(uint256,uint256)", []string{"uint256", "uint256"}, big.NewInt(1), big.NewInt(2))[:36])},
		{"unknown selector", []byte{0xde, 0xad, 0xbe, 0xef, 1}, "unknown error 0xdeadbeef01"},
		{"malformed error string", []byte{0x08, 0xc3, 0x79, 0xa0, 0xff}, "unknown error 0x08c379a0ff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := d.decode(tt.data); got != tt.want {
				t.Fatalf("decode = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRevertData(t *testing.T) {
	tests := []struct {
		name     string
		err      error
		wantData []byte
		wantOK   bool
	}{
		{"geth revert", &rpcError{code: 3, msg: "execution reverted: nope", data: "0x08c379a0"}, []byte{0x08, 0xc3, 0x79, 0xa0}, true},
		{"wrapped", fmt.Errorf("estimate: %w", &rpcError{code: 3, msg: "execution reverted", data: "0x01"}), []byte{1}, true},
		{"bare revert", &rpcError{code: 3, msg: "execution reverted", data: "0x"}, []byte{}, true},
		{"message only", errors.New("execution reverted: nope"), nil, true},
		{"other error with data", &rpcError{code: -32000, msg: "something", data: "0x01"}, nil, false},
		{"not a revert", errors.New("insufficient funds"), nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, ok := revertData(tt.err)
			if ok != tt.wantOK || string(data) != string(tt.wantData) {
				t.Fatalf("revertData = %x, %v; want %x, %v", data, ok, tt.wantData, tt.wantOK)
			}
		})
	}
}

func TestRevertErrorMessage(t *testing.T) {
	tests := []struct {
		err  *RevertError
		want string
	}{
		{&RevertError{}, "execution reverted"},
		{&RevertError{Reason: "Inbox: TxTooLarge(size=3, max=2)"}, "execution reverted: Inbox: TxTooLarge(size=3, max=2)"},
		{&RevertError{Reason: "nope", TxHash: common.HexToHash("0x01")}, "execution reverted: nope (tx 0x0000000000000000000000000000000000000000000000000000000000000001)"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(fmt.Errorf("wrapped: %w", tt.err), ErrReverted) {
			t.Errorf("%v does not match ErrReverted", tt.err)
		}
	}
}

func TestAddMargin(t *testing.T) {
	tests := []struct {
		est, pct, limit, want uint64
	}{
		{100_000, 20, 30_000_000, 120_000},
		{100_000, 0, 30_000_000, 100_000},
		{21_000, 20, 30_000_000, 25_200},
		{101, 20, 30_000_000, 121},               // rounds down
		{20_000_000, 20, 30_000_000, 24_000_000}, // limit not reached
		{29_000_000, 20, 30_000_000, 30_000_000}, // capped at limit
		{31_000_000, 20, 30_000_000, 31_000_000}, // never below the estimate
		{^uint64(0) / 2, 1000, ^uint64(0), ^uint64(0)},
	}
	for _, tt := range tests {
		if got := addMargin(tt.est, tt.pct, tt.limit); got != tt.want {
			t.Errorf("addMargin(%d, %d, %d) = %d, want %d", tt.est, tt.pct, tt.limit, got, tt.want)
		}
	}
}
