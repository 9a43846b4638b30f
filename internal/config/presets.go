package config

import (
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/etherscale/etherscale/replay"
)

// ErrUnknownPreset is returned by Preset for a name it does not know.
var ErrUnknownPreset = errors.New("unknown preset")

// Preset names.
const (
	PresetDevnet  = "devnet"
	PresetMainnet = "mainnet"
)

// Presets lists the preset names, sorted.
func Presets() []string {
	out := []string{PresetDevnet, PresetMainnet}
	sort.Strings(out)
	return out
}

// Preset returns a complete, valid config. The funded addresses get
// fundEach wei on L2 at genesis (devnet uses the L1 dev keys, so the same key
// works on both layers).
func Preset(name string, funded []common.Address, fundEach *big.Int) (*Config, error) {
	var c *Config
	switch name {
	case PresetDevnet:
		c = devnet()
	case PresetMainnet:
		c = mainnet()
	default:
		return nil, fmt.Errorf("%w %q (have %v)", ErrUnknownPreset, name, Presets())
	}
	for _, a := range funded {
		c.Genesis.Alloc[a] = replay.NewGenesisBalance(fundEach)
	}
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("preset %s: %w", name, err)
	}
	return c, nil
}

// devnet windows are seconds, so a complete dispute (DA window, then every
// level of a game) plays out in a couple of minutes on a 1-second-block L1.
func devnet() *Config {
	return &Config{
		L1ChainID: 1337,
		Genesis: replay.Genesis{
			ChainID: 42069,
			BaseFee: (*hexutil.Big)(big.NewInt(1_000_000_000)),
			Alloc:   map[common.Address]replay.GenesisAccount{},
		},
		// A calldata batch travels in one L1 transaction, and so does the
		// answer to a DA challenge on a certificate batch; geth's pool
		// refuses transactions over 128 KiB; 120 KiB leaves room for the
		// header, signatures and ABI framing (Validate allows exactly 120 KiB, MaxBatchBytesBound).
		MaxBatchBytes:   120 * 1024,
		MaxBatchTxs:     1024,
		MaxTxBytes:      4096,
		InclusionWindow: 20,
		ForceGrace:      20,
		SlotDuration:    4,
		LeaderWindow:    2,
		EpochLength:     8,
		MaxStrikes:      3,
		MinBond:         Ether(1),
		UnbondingPeriod: 600,
		SlashRewardPct:  50,
		DA: DAConfig{
			K:               3,
			N:               6,
			Threshold:       4,
			MemberBond:      Ether(1),
			ChallengeBond:   NewWei(big.NewInt(1e17)),
			ChallengeWindow: 10,
			ResolveWindow:   10,
		},
		ClaimTimeout: 8,
		MaxGameDepth: 32,
		BondsByDepth: []Wei{NewWei(big.NewInt(1e17)), NewWei(big.NewInt(5e16))},
		AnchorAirgap: 5,
		// The dev node's fees are about a gwei.
		ReferenceGasPrice: NewWei(big.NewInt(1e9)),
	}
}

// mainnet windows are hours or days: long enough for an honest party to get a
// transaction in through congestion or an outage.
func mainnet() *Config {
	return &Config{
		L1ChainID: 1,
		Genesis: replay.Genesis{
			ChainID: 842069,
			BaseFee: (*hexutil.Big)(big.NewInt(10_000_000)),
			Alloc:   map[common.Address]replay.GenesisAccount{},
		},
		// The same bound as devnet: a certificate batch is answered by one
		// DAChallenge.resolve transaction with the whole data, and a
		// calldata batch travels in one postBatch; both must fit geth's
		// 128 KiB pool limit (Validate refuses more than 120 KiB).
		MaxBatchBytes:   120 * 1024,
		MaxBatchTxs:     8192,
		MaxTxBytes:      16 * 1024,
		InclusionWindow: 12 * 3600,
		ForceGrace:      12 * 3600,
		SlotDuration:    60,
		LeaderWindow:    40,
		EpochLength:     1440,
		MaxStrikes:      10,
		MinBond:         Ether(10),
		UnbondingPeriod: 21 * 86400,
		SlashRewardPct:  50,
		DA: DAConfig{
			K:               8,
			N:               16,
			Threshold:       12,
			MemberBond:      Ether(10),
			ChallengeBond:   Ether(1),
			ChallengeWindow: 86400,
			ResolveWindow:   86400,
		},
		ClaimTimeout: 12 * 3600,
		MaxGameDepth: 32,
		BondsByDepth: []Wei{Ether(1), NewWei(big.NewInt(5e17)), NewWei(big.NewInt(2e17))},
		AnchorAirgap: 86400,
		// A congested mainnet, not a quiet one: bonds must pay for the
		// honest side's gas when an attacker makes gas expensive.
		ReferenceGasPrice: NewWei(big.NewInt(100e9)),
	}
}
