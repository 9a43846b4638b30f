package replay

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
)

// Errors returned by Genesis validation.
var (
	ErrGenesisChainID   = errors.New("chain id must be non-zero")
	ErrGenesisBaseFee   = errors.New("base fee must be set and fit in 256 bits")
	ErrGenesisBalance   = errors.New("balance must be set and fit in 256 bits")
	ErrGenesisAddress   = errors.New("not a 0x-prefixed 20-byte hex address")
	ErrGenesisDuplicate = errors.New("address listed twice")
	ErrGenesisNumber    = errors.New("not a non-negative 256-bit integer (0x-hex or decimal string)")
)

// GenesisAccount is one pre-funded L2 account.
type GenesisAccount struct {
	Balance *hexutil.Big `json:"balance"`
	Nonce   uint64       `json:"nonce"`
}

// Genesis describes the L2 state the rollup starts from. Its JSON form is the
// one used both by the rollup config and by `etherscale replay --genesis`:
//
//	{"chainId": N, "baseFee": "0x…", "alloc": {"0xaddr": {"balance": "0x…", "nonce": 0}}}
type Genesis struct {
	ChainID uint64                            `json:"chainId"`
	BaseFee *hexutil.Big                      `json:"baseFee"`
	Alloc   map[common.Address]GenesisAccount `json:"alloc"`
}

// UnmarshalJSON decodes the genesis strictly: unknown fields, malformed
// addresses, balances and nonces are errors that name the field, so that a
// typo in a genesis file is reported instead of silently starting another chain.
// Balances and the base fee accept 0x-hex or decimal strings.
func (g *Genesis) UnmarshalJSON(data []byte) error {
	var raw struct {
		ChainID *uint64                    `json:"chainId"`
		BaseFee *string                    `json:"baseFee"`
		Alloc   map[string]json.RawMessage `json:"alloc"`
	}
	dec := json.NewDecoder(bytesReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return fmt.Errorf("genesis: %w", err)
	}
	out := Genesis{Alloc: make(map[common.Address]GenesisAccount, len(raw.Alloc))}
	if raw.ChainID != nil {
		out.ChainID = *raw.ChainID
	}
	if raw.BaseFee != nil {
		v, err := parseBig(*raw.BaseFee)
		if err != nil {
			return fmt.Errorf("genesis.baseFee: %w", err)
		}
		out.BaseFee = (*hexutil.Big)(v)
	}
	keys := make([]string, 0, len(raw.Alloc))
	for k := range raw.Alloc {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !common.IsHexAddress(k) || !strings.HasPrefix(k, "0x") && !strings.HasPrefix(k, "0X") {
			return fmt.Errorf("genesis.alloc[%q]: %w", k, ErrGenesisAddress)
		}
		addr := common.HexToAddress(k)
		if _, dup := out.Alloc[addr]; dup {
			return fmt.Errorf("genesis.alloc[%q]: %w", k, ErrGenesisDuplicate)
		}
		var acc struct {
			Balance *string         `json:"balance"`
			Nonce   json.RawMessage `json:"nonce"`
		}
		adec := json.NewDecoder(bytesReader(raw.Alloc[k]))
		adec.DisallowUnknownFields()
		if err := adec.Decode(&acc); err != nil {
			return fmt.Errorf("genesis.alloc[%s]: %w", addr.Hex(), err)
		}
		if acc.Balance == nil {
			return fmt.Errorf("genesis.alloc[%s].balance: %w", addr.Hex(), ErrGenesisBalance)
		}
		bal, err := parseBig(*acc.Balance)
		if err != nil {
			return fmt.Errorf("genesis.alloc[%s].balance: %w", addr.Hex(), err)
		}
		nonce, err := parseNonce(acc.Nonce)
		if err != nil {
			return fmt.Errorf("genesis.alloc[%s].nonce: %w", addr.Hex(), err)
		}
		out.Alloc[addr] = GenesisAccount{Balance: (*hexutil.Big)(bal), Nonce: nonce}
	}
	*g = out
	return nil
}

// parseBig reads a non-negative 256-bit integer from a 0x-hex or decimal string.
func parseBig(s string) (*big.Int, error) {
	base := 10
	digits := s
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		base, digits = 16, s[2:]
	}
	v, ok := new(big.Int).SetString(digits, base)
	if !ok || digits == "" {
		return nil, fmt.Errorf("%w: %q", ErrGenesisNumber, s)
	}
	if v.Sign() < 0 || v.BitLen() > 256 {
		return nil, fmt.Errorf("%w: %q out of range", ErrGenesisNumber, s)
	}
	return v, nil
}

// parseNonce accepts a JSON number or a 0x-hex/decimal string; absent means 0.
func parseNonce(raw json.RawMessage) (uint64, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return 0, nil
	}
	var n uint64
	if err := json.Unmarshal(raw, &n); err == nil {
		return n, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return 0, fmt.Errorf("%w: %s", ErrGenesisNumber, raw)
	}
	v, err := parseBig(s)
	if err != nil {
		return 0, err
	}
	if !v.IsUint64() {
		return 0, fmt.Errorf("%w: %q exceeds 64 bits", ErrGenesisNumber, s)
	}
	return v.Uint64(), nil
}

// Validate checks the genesis for values the STF cannot work with. Errors
// name the offending field.
func (g *Genesis) Validate() error {
	if g.ChainID == 0 {
		return fmt.Errorf("genesis.chainId: %w", ErrGenesisChainID)
	}
	if g.BaseFee == nil || g.BaseFee.ToInt().Sign() < 0 || g.BaseFee.ToInt().BitLen() > 256 {
		return fmt.Errorf("genesis.baseFee: %w", ErrGenesisBaseFee)
	}
	for _, addr := range g.SortedAddresses() {
		acc := g.Alloc[addr]
		if acc.Balance == nil || acc.Balance.ToInt().Sign() < 0 || acc.Balance.ToInt().BitLen() > 256 {
			return fmt.Errorf("genesis.alloc[%s].balance: %w", addr.Hex(), ErrGenesisBalance)
		}
	}
	return nil
}

// BaseFeeU256 returns the base fee as a uint256. Call Validate first.
func (g *Genesis) BaseFeeU256() *uint256.Int {
	v, _ := uint256.FromBig(g.BaseFee.ToInt())
	return v
}

// SortedAddresses returns the allocated addresses in ascending byte order, so
// that anything iterating the allocation is deterministic.
func (g *Genesis) SortedAddresses() []common.Address {
	out := make([]common.Address, 0, len(g.Alloc))
	for a := range g.Alloc {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return bytesLess(out[i][:], out[j][:]) })
	return out
}

// LoadGenesis reads and validates a genesis JSON file.
func LoadGenesis(path string) (*Genesis, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read genesis: %w", err)
	}
	var g Genesis
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

// NewGenesisBalance is a convenience for building allocations in code.
func NewGenesisBalance(wei *big.Int) GenesisAccount {
	return GenesisAccount{Balance: (*hexutil.Big)(new(big.Int).Set(wei))}
}
