package replay

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
)

// ErrInputFile marks a malformed transactions or deposits file; the message
// names the file and line.
var ErrInputFile = errors.New("malformed input file")

// maxTxLine bounds one line of a transactions file: a hex transaction of the
// largest batch the Go decoder accepts.
const maxTxLine = 2*MaxBatchDataSize + 16

// ReadTxsFile reads a transactions file: one 0x-hex raw transaction per
// line; blank lines and lines starting with '#' are ignored.
func ReadTxsFile(path string) ([][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read transactions: %w", err)
	}
	defer f.Close()
	return ParseTxs(f, path)
}

// ParseTxs parses the transactions-file format from r; name is used in errors.
func ParseTxs(r io.Reader, name string) ([][]byte, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxTxLine)
	var out [][]byte
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		raw, err := hexutil.Decode(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w: not a 0x-hex transaction: %v", name, line, ErrInputFile, err)
		}
		out = append(out, raw)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w: %v", name, ErrInputFile, err)
	}
	return out, nil
}

// ReadDepositsFile reads a deposits file: a JSON list of
// {"to": "0x…", "amount": "0x…"} (amount also as a decimal string).
func ReadDepositsFile(path string) ([]InboxEntry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deposits: %w", err)
	}
	return ParseDeposits(data, path)
}

// ParseDeposits parses the deposits-file format; name is used in errors,
// which carry the line of the offending entry.
func ParseDeposits(data []byte, name string) ([]InboxEntry, error) {
	lineAt := func(off int64) int { return 1 + bytes.Count(data[:min(int(off), len(data))], []byte{'\n'}) }
	fail := func(off int64, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %w: %s", name, lineAt(off), ErrInputFile, fmt.Sprintf(format, args...))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, fail(dec.InputOffset(), "want a JSON list of deposits")
	}
	var out []InboxEntry
	for i := 0; dec.More(); i++ {
		start := dec.InputOffset()
		var raw struct {
			To     *string `json:"to"`
			Amount *string `json:"amount"`
		}
		dec.DisallowUnknownFields()
		if err := dec.Decode(&raw); err != nil {
			return nil, fail(start, "deposit %d: %v", i, err)
		}
		// InputOffset before Decode points at the separator; report the
		// line where the object itself starts.
		start += int64(len(data[start:]) - len(bytes.TrimLeft(data[start:], " \t\r\n,")))
		if raw.To == nil || !common.IsHexAddress(*raw.To) || !strings.HasPrefix(strings.ToLower(*raw.To), "0x") {
			return nil, fail(start, "deposit %d: \"to\" must be a 0x-prefixed 20-byte hex address", i)
		}
		if raw.Amount == nil {
			return nil, fail(start, "deposit %d: \"amount\" is missing", i)
		}
		amount, err := parseBig(*raw.Amount)
		if err != nil {
			return nil, fail(start, "deposit %d: amount: %v", i, err)
		}
		v, _ := uint256.FromBig(amount)
		out = append(out, NewDeposit(common.HexToAddress(*raw.To), v))
	}
	if _, err := dec.Token(); err != nil {
		return nil, fail(dec.InputOffset(), "unterminated list: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fail(dec.InputOffset(), "trailing data after the list")
	}
	return out, nil
}
