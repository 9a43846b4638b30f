package txmgr

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// RevertError reports that a call or transaction reverted, with the reason
// decoded from the revert data.
type RevertError struct {
	// Reason is the decoded revert data: the message of Error(string), the
	// meaning of a Panic(uint256) code, a custom error rendered as
	// Name(arg=value, ...), or hex for data nobody could decode. It is empty
	// if the contract reverted without data, and explains the situation if
	// the reason could not be recovered for a mined transaction.
	Reason string
	// Data is the raw revert data, if any.
	Data []byte
	// TxHash is the reverted transaction; zero if the revert was caught by
	// gas estimation or eth_call before anything was sent.
	TxHash common.Hash
}

// Error renders "execution reverted: <reason>", followed by the transaction
// hash for mined transactions.
func (e *RevertError) Error() string {
	var b strings.Builder
	b.WriteString("execution reverted")
	if e.Reason != "" {
		b.WriteString(": ")
		b.WriteString(e.Reason)
	}
	if e.TxHash != (common.Hash{}) {
		b.WriteString(" (tx ")
		b.WriteString(e.TxHash.Hex())
		b.WriteString(")")
	}
	return b.String()
}

// Is makes errors.Is(err, ErrReverted) true for every RevertError.
func (e *RevertError) Is(target error) bool { return target == ErrReverted }

// Well-known revert selectors emitted by the Solidity compiler.
var (
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// panicMeanings describes the Panic(uint256) codes defined by Solidity.
var panicMeanings = map[uint64]string{
	0x00: "generic compiler panic",
	0x01: "assertion failed",
	0x11: "arithmetic underflow or overflow",
	0x12: "division or modulo by zero",
	0x21: "invalid enum value",
	0x22: "corrupt storage byte array",
	0x31: "pop on empty array",
	0x32: "array index out of bounds",
	0x41: "out of memory",
	0x51: "call to uninitialised function",
}

// revertData extracts revert data from an RPC error. ok reports whether the
// error is a revert at all; data may be empty for a bare revert.
//
// geth (and most clients) answer a reverting eth_call or eth_estimateGas
// with JSON-RPC error code 3, message "execution reverted[: reason]" and the
// hex revert data in the error's data field, which go-ethereum's RPC client
// exposes as rpc.DataError.
func revertData(err error) (data []byte, ok bool) {
	if err == nil {
		return nil, false
	}
	// Judge by the node's own words: our wrapping context must not matter.
	var de rpc.DataError
	if errors.As(err, &de) && (errorCode(err) == 3 || strings.Contains(strings.ToLower(de.Error()), "revert")) {
		switch d := de.ErrorData().(type) {
		case string:
			if b, decErr := hexutil.Decode(d); decErr == nil {
				return b, true
			}
		case []byte:
			return d, true
		}
		return nil, true
	}
	// A revert without data, or one whose data a proxy stripped.
	return nil, strings.Contains(strings.ToLower(innermostMessage(err)), "execution reverted")
}

// errorCode returns the JSON-RPC error code in err's chain, or 0.
func errorCode(err error) int {
	var ce rpc.Error
	if errors.As(err, &ce) {
		return ce.ErrorCode()
	}
	return 0
}

// errorDecoder renders revert data, knowing the custom errors of the
// contracts EtherScale talks to.
type errorDecoder struct {
	custom map[[4]byte]abi.Error
}

func newErrorDecoder(abis []*abi.ABI) *errorDecoder {
	d := &errorDecoder{custom: make(map[[4]byte]abi.Error)}
	for _, a := range abis {
		for _, e := range a.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			if _, dup := d.custom[sel]; !dup { // earlier ABIs win
				d.custom[sel] = e
			}
		}
	}
	return d
}

// decode returns a human-readable reason for revert data. It never fails:
// whatever cannot be decoded is shown as hex.
func (d *errorDecoder) decode(data []byte) string {
	switch {
	case len(data) == 0:
		return ""
	case len(data) < 4:
		return "malformed revert data " + hexutil.Encode(data)
	case bytes.Equal(data[:4], errorSelector):
		if reason, err := abi.UnpackRevert(data); err == nil {
			return reason
		}
	case bytes.Equal(data[:4], panicSelector):
		if len(data) == 4+32 {
			code := new(big.Int).SetBytes(data[4:])
			meaning := "unknown panic code"
			if code.IsUint64() {
				if m, ok := panicMeanings[code.Uint64()]; ok {
					meaning = m
				}
			}
			return fmt.Sprintf("panic: %s (0x%x)", meaning, code)
		}
	default:
		var sel [4]byte
		copy(sel[:], data[:4])
		if e, ok := d.custom[sel]; ok {
			if s, err := renderCustom(e, data[4:]); err == nil {
				return s
			}
		}
	}
	return "unknown error " + hexutil.Encode(data)
}

// renderCustom renders a custom error as Name(arg=value, ...).
func renderCustom(e abi.Error, args []byte) (string, error) {
	values, err := e.Inputs.Unpack(args)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString(e.Name)
	b.WriteByte('(')
	for i, v := range values {
		if i > 0 {
			b.WriteString(", ")
		}
		if i < len(e.Inputs) && e.Inputs[i].Name != "" {
			b.WriteString(e.Inputs[i].Name)
			b.WriteByte('=')
		}
		b.WriteString(formatValue(v))
	}
	b.WriteByte(')')
	return b.String(), nil
}

// formatValue renders an ABI-decoded value the way a Solidity developer
// would write it: integers in decimal, addresses checksummed, bytes as hex.
func formatValue(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case common.Hash:
		return x.Hex()
	case []byte:
		return hexutil.Encode(x)
	case string:
		return strconv.Quote(x)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Array && rv.Type().Elem().Kind() == reflect.Uint8 {
		b := make([]byte, rv.Len())
		reflect.Copy(reflect.ValueOf(b), rv)
		return hexutil.Encode(b)
	}
	return fmt.Sprint(v)
}

// asRevert converts a revert RPC error into a *RevertError, or returns nil.
func (d *errorDecoder) asRevert(err error) *RevertError {
	data, ok := revertData(err)
	if !ok {
		return nil
	}
	reason := d.decode(data)
	if reason == "" {
		// No data: some nodes only put the reason in the message.
		msg := innermostMessage(err)
		if i := strings.Index(strings.ToLower(msg), "execution reverted: "); i >= 0 {
			reason = msg[i+len("execution reverted: "):]
		}
	}
	return &RevertError{Reason: reason, Data: data}
}
