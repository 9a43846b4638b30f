package contracts_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/replay"
)

var update = flag.Bool("update", false, "rewrite the shared test vectors in testdata/ from the Go implementation")

// inboxVector is one shared Inbox entry vector: Go writes it, and both the Go
// implementation and the Solidity contract are checked against it.
type inboxVector struct {
	Name   string         `json:"name"`
	Kind   uint8          `json:"kind"`
	To     common.Address `json:"to,omitempty"`
	Amount *hexutil.Big   `json:"amount,omitempty"`
	RawTx  hexutil.Bytes  `json:"rawTx,omitempty"`
	Hash   common.Hash    `json:"hash"`
}

const inboxVectorFile = "../testdata/inbox/entry_hashes.json"

func makeInboxVectors() []inboxVector {
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	deposits := []struct {
		name   string
		to     common.Address
		amount *big.Int
	}{
		{"deposit zero to zero address", common.Address{}, new(big.Int)},
		{"deposit one wei", common.HexToAddress("0x00000000000000000000000000000000000000aa"), big.NewInt(1)},
		{"deposit 1 ether to dev key", common.HexToAddress("0x71562b71999873DB5b286dF957af199Ec94617F7"), big.NewInt(1e18)},
		{"deposit max uint256 to 0xff..ff", common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), maxU256},
	}
	var out []inboxVector
	for _, d := range deposits {
		out = append(out, inboxVector{Name: d.name, Kind: 0, To: d.to, Amount: (*hexutil.Big)(d.amount), Hash: replay.DepositEntryHash(d.to, u256(d.amount))})
	}
	for _, f := range []struct {
		name string
		raw  []byte
	}{
		{"forced one byte", []byte{0x02}},
		{"forced 55 bytes (short RLP boundary)", bytes.Repeat([]byte{0x5a}, 55)},
		{"forced 56 bytes", bytes.Repeat([]byte{0xa5}, 56)},
		{"forced 4096 bytes", bytes.Repeat([]byte{0x01, 0x02, 0x03, 0x04}, 1024)},
	} {
		out = append(out, inboxVector{Name: f.name, Kind: 1, RawTx: f.raw, Hash: replay.ForcedTxEntryHash(f.raw)})
	}
	return out
}

func TestInboxSharedVectors(t *testing.T) {
	if *update {
		data, err := json.MarshalIndent(makeInboxVectors(), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(inboxVectorFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(inboxVectorFile, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(inboxVectorFile)
	if err != nil {
		t.Fatalf("%v (regenerate with: go test ./contracts -run TestInboxSharedVectors -update)", err)
	}
	var vectors []inboxVector
	if err := json.Unmarshal(data, &vectors); err != nil {
		t.Fatal(err)
	}
	if len(vectors) == 0 {
		t.Fatal("no vectors")
	}
	e := newInboxEnv(t)
	ctx := context.Background()
	for _, v := range vectors {
		t.Run(v.Name, func(t *testing.T) {
			var goHash, solHash common.Hash
			var err error
			switch v.Kind {
			case 0:
				goHash = replay.DepositEntryHash(v.To, u256(v.Amount.ToInt()))
				solHash, err = e.inbox.DepositHash(ctx, v.To, v.Amount.ToInt())
			case 1:
				goHash = replay.ForcedTxEntryHash(v.RawTx)
				solHash, err = e.inbox.ForcedTxHash(ctx, v.RawTx)
			default:
				t.Fatalf("unknown kind %d", v.Kind)
			}
			if err != nil {
				t.Fatal(err)
			}
			if goHash != v.Hash || solHash != v.Hash {
				t.Fatalf("vector %s, Go %s, Solidity %s", v.Hash, goHash, solHash)
			}
		})
	}
}

func u256(b *big.Int) *uint256.Int {
	v, overflow := uint256.FromBig(b)
	if overflow {
		panic("test amount exceeds 256 bits")
	}
	return v
}
