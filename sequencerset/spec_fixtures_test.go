package sequencerset_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// fixtureCase is one execution-apis .io file: a request and the response
// the reference client gave.
type fixtureCase struct {
	name     string
	method   string
	params   []any
	result   json.RawMessage // nil with err set
	errCode  int
	hasError bool
}

func readFixture(t *testing.T, path string) fixtureCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := fixtureCase{name: strings.TrimSuffix(filepath.ToSlash(path[len(filepath.Join("..", "testdata", "execution-apis"))+1:]), ".io")}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, ">> "):
			var req struct {
				Method string `json:"method"`
				Params []any  `json:"params"`
			}
			if err := json.Unmarshal([]byte(line[3:]), &req); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			c.method, c.params = req.Method, req.Params
		case strings.HasPrefix(line, "<< "):
			var resp struct {
				Result json.RawMessage `json:"result"`
				Error  *struct {
					Code int `json:"code"`
				} `json:"error"`
			}
			if err := json.Unmarshal([]byte(line[3:]), &resp); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			c.result = resp.Result
			if resp.Error != nil {
				c.hasError, c.errCode = true, resp.Error.Code
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return c
}

// notApplicable are fields the fixtures' chain has and this L2 has none of
// (PROTOCOL.md §5.7: no blobs, withdrawals, beacon root or requests).
var notApplicable = map[string]bool{
	"blobGasUsed": true, "excessBlobGas": true, "parentBeaconBlockRoot": true, "requestsHash": true,
	"withdrawals": true, "withdrawalsRoot": true, "baseFeePerBlobGas": true, "blobGasUsedRatio": true,
	"blobGasPrice": true, "blobVersionedHashes": true, "maxFeePerBlobGas": true, "authorizationList": true,
	// Pre-Byzantium receipts carry a root instead of a status; these
	// carry the status (issue 12: no root).
	"root": true,
}

// nullable are fields that are null or an address depending on the
// transaction (a contract creation has no to, a transfer no contract).
var nullable = map[string]bool{"to": true, "contractAddress": true}

// dataKeys are variable-length data.
var dataKeys = map[string]bool{"input": true, "extraData": true, "data": true}

// mayBeEmpty are arrays the fixtures fill and this L2 leaves empty (no
// logs, no access lists).
var mayBeEmpty = map[string]bool{"logs": true, "accessList": true, "storageKeys": true}

var (
	hexRe      = regexp.MustCompile(`^0x[0-9a-fA-F]*$`)
	quantityRe = regexp.MustCompile(`^0x(0|[1-9a-fA-F][0-9a-fA-F]*)$`)
)

// fixedData are the lengths (hex digits) of fixed-size data: hash,
// address, bloom, block nonce.
var fixedData = map[int]bool{64: true, 40: true, 512: true, 16: true}

// quantityKeys are quantities however long (signature values).
var quantityKeys = map[string]bool{"r": true, "s": true, "v": true, "yParity": true, "value": true, "balance": true}

// sameShape reports where ours differs in shape from want.
func sameShape(path, key string, want, got any) []string {
	if nullable[key] && (want == nil || got == nil) {
		if g, ok := got.(string); got != nil && (!ok || len(g) != 42) {
			return []string{fmt.Sprintf("%s: %v, want null or an address", path, got)}
		}
		return nil
	}
	switch w := want.(type) {
	case nil:
		if got != nil {
			return []string{fmt.Sprintf("%s: %v, want null", path, got)}
		}
	case bool:
		if _, ok := got.(bool); !ok {
			return []string{fmt.Sprintf("%s: %v, want a boolean", path, got)}
		}
	case float64:
		if _, ok := got.(float64); !ok {
			return []string{fmt.Sprintf("%s: %v, want a number", path, got)}
		}
	case string:
		g, ok := got.(string)
		if !ok {
			return []string{fmt.Sprintf("%s: %v, want a string", path, got)}
		}
		if !hexRe.MatchString(w) {
			return nil
		}
		if !hexRe.MatchString(g) {
			return []string{fmt.Sprintf("%s: %q, want hex", path, g)}
		}
		digits := len(w) - 2
		switch {
		case dataKeys[key]:
			if len(g)%2 != 0 {
				return []string{fmt.Sprintf("%s: %q, want data (even length)", path, g)}
			}
		case quantityKeys[key] || (quantityRe.MatchString(w) && !fixedData[digits]):
			if !quantityRe.MatchString(g) {
				return []string{fmt.Sprintf("%s: %q, want a quantity (no leading zeros) like %q", path, g, w)}
			}
		case fixedData[digits] && len(g) != len(w):
			return []string{fmt.Sprintf("%s: %q, want %d hex digits like %q", path, g, digits, w)}
		}
	case []any:
		g, ok := got.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %v, want an array", path, got)}
		}
		if len(w) > 0 && len(g) == 0 && !mayBeEmpty[key] {
			return []string{fmt.Sprintf("%s: empty, want elements like %v", path, w[0])}
		}
		if len(w) > 0 && len(g) > 0 {
			return sameShape(path+"[0]", key, w[0], g[0])
		}
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %v, want an object", path, got)}
		}
		var out []string
		for k, wv := range w {
			if notApplicable[k] {
				continue
			}
			gv, ok := g[k]
			if !ok {
				out = append(out, fmt.Sprintf("%s.%s missing", path, k))
				continue
			}
			out = append(out, sameShape(path+"."+k, k, wv, gv)...)
		}
		return out
	}
	return nil
}

// TestExecutionAPIFixtures replays the execution-apis fixtures of
// testdata/execution-apis (README there) against a sequencer, values
// adapted to its chain, and checks every answer's shape.
func TestExecutionAPIFixtures(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "execution-apis", "*", "*.io"))
	if err != nil || len(paths) < 40 {
		t.Fatalf("fixtures: %d, %v", len(paths), err)
	}
	f := startSequencerWith(t, nil)
	ctx := context.Background()
	user := crypto.PubkeyToAddress(f.user.PublicKey)
	to := common.HexToAddress("0x00000000000000000000000000000000000f1e57")
	dyn, rDyn := walletTransfer(t, ctx, f.l2, f, to, big.NewInt(5), false)
	legacy, _ := walletTransfer(t, ctx, f.l2, f, to, big.NewInt(6), true)
	chainID, err := f.l2.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nextNonce := legacy.Nonce() + 1
	// A raw transaction of the fixture's type, from the funded user.
	rawTx := func(legacyTx bool) string {
		var inner types.TxData = &types.DynamicFeeTx{ChainID: chainID, Nonce: nextNonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(4_000_000_000), Gas: 21000, To: &to, Value: big.NewInt(1)}
		if legacyTx {
			inner = &types.LegacyTx{Nonce: nextNonce, GasPrice: big.NewInt(4_000_000_000), Gas: 21000, To: &to, Value: big.NewInt(1)}
		}
		nextNonce++
		tx, err := types.SignNewTx(f.user, types.LatestSignerForChainID(chainID), inner)
		if err != nil {
			t.Fatal(err)
		}
		enc, _ := tx.MarshalBinary()
		return hexutil.Encode(enc)
	}
	blockA := hexutil.EncodeUint64(rDyn.BlockNumber.Uint64())
	// blockParam is the index of the block parameter of each method.
	blockParam := map[string]int{
		"eth_getBlockByNumber": 0, "eth_getBlockReceipts": 0, "eth_getBlockTransactionCountByNumber": 0,
		"eth_getTransactionByBlockNumberAndIndex": 0, "eth_getBalance": 1, "eth_getTransactionCount": 1,
		"eth_getCode": 1, "eth_getStorageAt": 2, "eth_feeHistory": 1, "eth_createAccessList": 1,
	}
	raw := f.l2.Client()
	for _, p := range paths {
		c := readFixture(t, p)
		found := !c.hasError && string(c.result) != "null"
		adapt := func(i int, v any) any {
			s, ok := v.(string)
			switch {
			case c.method == "eth_sendRawTransaction":
				return rawTx(strings.Contains(c.name, "legacy"))
			case !ok:
				if m, ok := v.(map[string]any); ok {
					for k, fv := range m {
						if fs, ok := fv.(string); ok && k == "from" && len(fs) == 42 {
							m[k] = user.Hex()
						}
						if fs, ok := fv.(string); ok && k == "blockHash" && len(fs) == 66 {
							m[k] = rDyn.BlockHash.Hex()
						}
					}
				}
				return v
			case !found || strings.Contains(c.name, "unknown"):
				return v // an unknown value stays unknown here
			case len(s) == 66 && strings.Contains(c.method, "Transaction") && !strings.Contains(c.method, "Block"):
				if strings.Contains(c.name, "legacy") {
					return legacy.Hash().Hex()
				}
				return dyn.Hash().Hex()
			case len(s) == 66:
				return rDyn.BlockHash.Hex()
			case len(s) == 42 && i == 0:
				return user.Hex()
			case blockParam[c.method] == i && quantityRe.MatchString(s) && s != "0x0":
				if _, ok := blockParam[c.method]; ok {
					return blockA
				}
			}
			return v
		}
		params := make([]any, len(c.params))
		for i, v := range c.params {
			params[i] = adapt(i, v)
		}
		var got json.RawMessage
		err := raw.CallContext(ctx, &got, c.method, params...)
		if c.hasError {
			var rerr rpc.Error
			if err == nil {
				t.Errorf("%s: %s, want error %d", c.name, got, c.errCode)
			} else if !asRPCError(err, &rerr) || rerr.ErrorCode() != c.errCode {
				t.Errorf("%s: %v, want error code %d", c.name, err, c.errCode)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s %v: %v", c.name, params, err)
			continue
		}
		var want, have any
		if err := json.Unmarshal(c.result, &want); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(got, &have); err != nil {
			t.Fatal(err)
		}
		for _, d := range sameShape(c.method, "", want, have) {
			t.Errorf("%s: %s", c.name, d)
		}
	}
}

func asRPCError(err error, target *rpc.Error) bool {
	e, ok := err.(rpc.Error)
	if ok {
		*target = e
	}
	return ok
}
