package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/replay"
)

var devAddr = common.HexToAddress("0x71562b71999873DB5b286dF957af199Ec94617F7")

func mustPreset(t *testing.T, name string) *Config {
	t.Helper()
	c, err := Preset(name, []common.Address{devAddr}, big.NewInt(1e18))
	if err != nil {
		t.Fatalf("preset %s: %v", name, err)
	}
	return c
}

func TestPresetsValidAndRoundTrip(t *testing.T) {
	for _, name := range Presets() {
		t.Run(name, func(t *testing.T) {
			c := mustPreset(t, name)
			enc, err := c.Encode()
			if err != nil {
				t.Fatal(err)
			}
			back, err := Decode(enc)
			if err != nil {
				t.Fatalf("decode own output: %v\n%s", err, enc)
			}
			enc2, _ := back.Encode()
			if !bytes.Equal(enc, enc2) {
				t.Fatalf("round trip differs:\n%s\n---\n%s", enc, enc2)
			}
			if got := back.Genesis.Alloc[devAddr].Balance.ToInt(); got.Cmp(big.NewInt(1e18)) != 0 {
				t.Fatalf("alloc balance %v", got)
			}
		})
	}
}

func TestPresetWindows(t *testing.T) {
	dev := mustPreset(t, PresetDevnet)
	// A whole dispute on the devnet should finish in a few minutes.
	if d := dev.MaxDisputeDuration(); d > 600 {
		t.Fatalf("devnet dispute takes %s", d)
	}
	main := mustPreset(t, PresetMainnet)
	if main.ClaimTimeout < 3600 || main.InclusionWindow < 3600 || main.DA.ChallengeWindow < 3600 {
		t.Fatalf("mainnet windows should be hours or days: %+v", main)
	}
	if _, err := Preset("moon", nil, big.NewInt(0)); !errors.Is(err, ErrUnknownPreset) {
		t.Fatalf("want ErrUnknownPreset, got %v", err)
	}
}

// TestWorstCaseProofGas pins the bound Validate uses: the presets fit half
// the gas cap, and it grows with both limits. (That it bounds real proofs is
// contracts.TestProveMalformedWorstCaseFits, on the simulated chain.)
func TestWorstCaseProofGas(t *testing.T) {
	for _, name := range Presets() {
		c := mustPreset(t, name)
		g := WorstCaseProofGas(c.MaxBatchTxs, c.MaxBatchBytes)
		if g > ProofGasBudget {
			t.Fatalf("%s: %d gas over the budget %d", name, g, ProofGasBudget)
		}
		t.Logf("%s: maxBatchTxs %d, maxBatchBytes %d: worst-case proof ≤ %d gas (%.0f%% of the cap)", name, c.MaxBatchTxs, c.MaxBatchBytes, g, 100*float64(g)/L1TxGasCap)
	}
	// The largest item count a 120 KiB batch can have within the budget.
	const bytes = L1TxPoolMaxBytes - BatchTxReserve
	if WorstCaseProofGas(8192, bytes) > ProofGasBudget || WorstCaseProofGas(16384, bytes) <= ProofGasBudget {
		t.Fatalf("budget boundary moved: 8192 → %d, 16384 → %d", WorstCaseProofGas(8192, bytes), WorstCaseProofGas(16384, bytes))
	}
	if a, b := WorstCaseProofGas(100, 1000), WorstCaseProofGas(200, 1000); a >= b {
		t.Fatalf("not increasing in items: %d, %d", a, b)
	}
	if a, b := WorstCaseProofGas(100, 1000), WorstCaseProofGas(100, 2000); a >= b {
		t.Fatalf("not increasing in bytes: %d, %d", a, b)
	}
	if g := WorstCaseProofGas(1<<62, 1<<62); g <= ProofGasBudget {
		t.Fatalf("huge limits give %d", g)
	}
}

// TestValidateRejects checks that nonsense is refused with an error naming the field.
func TestValidateRejects(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(c *Config)
		field  string
		want   error
	}{
		{"zero inclusion window", func(c *Config) { c.InclusionWindow = 0 }, "inclusionWindow", ErrZero},
		{"zero claim timeout", func(c *Config) { c.ClaimTimeout = 0 }, "claimTimeout", ErrZero},
		{"zero slot", func(c *Config) { c.SlotDuration = 0 }, "slotDuration", ErrZero},
		{"zero da challenge window", func(c *Config) { c.DA.ChallengeWindow = 0 }, "da.challengeWindow", ErrZero},
		{"zero da resolve window", func(c *Config) { c.DA.ResolveWindow = 0 }, "da.resolveWindow", ErrZero},
		{"k greater than n", func(c *Config) { c.DA.K = 7; c.DA.Threshold = 7 }, "da.k", ErrRange},
		{"threshold below k", func(c *Config) { c.DA.Threshold = 2 }, "da.threshold", ErrRange},
		{"threshold above n", func(c *Config) { c.DA.Threshold = 7 }, "da.threshold", ErrRange},
		{"too many members", func(c *Config) { c.DA.N = 300 }, "da.n", ErrRange},
		{"zero k", func(c *Config) { c.DA.K = 0 }, "da.k", ErrZero},
		{"leader window = slot", func(c *Config) { c.LeaderWindow = c.SlotDuration }, "leaderWindow", ErrRange},
		{"zero min bond", func(c *Config) { c.MinBond = Wei{} }, "minBond", ErrZero},
		{"min bond below a gwei", func(c *Config) { c.MinBond = NewWei(big.NewInt(999_999_999)) }, "minBond", ErrRange},
		{"reward over 100%", func(c *Config) { c.SlashRewardPct = 101 }, "slashRewardPercent", ErrRange},
		{"no bonds", func(c *Config) { c.BondsByDepth = nil }, "bondsByDepth", ErrZero},
		{"zero bond", func(c *Config) { c.BondsByDepth = []Wei{Ether(1), {}} }, "bondsByDepth[1]", ErrZero},
		{"no reference gas price", func(c *Config) { c.ReferenceGasPrice = Wei{} }, "referenceGasPrice", ErrZero},
		// At 100 gwei, twice 350,000 gas is 0.07 ether: a bond of 0.06
		// would not pay for answering the claim it backs.
		{"bond below the honest counter's gas", func(c *Config) {
			c.ReferenceGasPrice = NewWei(big.NewInt(100e9))
			c.BondsByDepth = []Wei{Ether(1), NewWei(big.NewInt(6e16))}
		}, "bondsByDepth[1]", ErrRange},
		{"depth too large", func(c *Config) { c.MaxGameDepth = 64 }, "maxGameDepth", ErrRange},
		{"unbonding shorter than a dispute", func(c *Config) { c.UnbondingPeriod = 100 }, "unbondingPeriod", ErrTooShort},
		// The devnet preset's longest dispute is 284 s and its epoch 32 s: an
		// unbonding of 300 s outlasts the dispute but not dispute + epoch.
		{"unbonding shorter than a dispute plus an epoch", func(c *Config) { c.UnbondingPeriod = c.MaxDisputeDuration() + c.EpochDuration() }, "unbondingPeriod", ErrTooShort},
		{"strikes beyond 8 bits", func(c *Config) { c.MaxStrikes = 256 }, "maxStrikes", ErrRange},
		{"epoch overflows", func(c *Config) { c.EpochLength = 1 << 63 }, "epochLength", ErrRange},
		{"tx larger than batch", func(c *Config) { c.MaxTxBytes = c.MaxBatchBytes + 1 }, "maxTxBytes", ErrRange},
		{"batch beyond the tx pool", func(c *Config) { c.MaxBatchBytes = L1TxPoolMaxBytes - BatchTxReserve + 1 }, "maxBatchBytes", ErrRange},
		{"batch of 1 MiB", func(c *Config) { c.MaxBatchBytes = 1 << 20 }, "maxBatchBytes", ErrRange},
		{"unprovable item count", func(c *Config) { c.MaxBatchTxs = 32768 }, "maxBatchTxs", ErrRange},
		{"batch too large for one resolve", func(c *Config) { c.MaxBatchBytes = MaxBatchBytesBound + 1 }, "maxBatchBytes", ErrRange},
		{"same chain ids", func(c *Config) { c.Genesis.ChainID = c.L1ChainID }, "genesis.chainId", ErrSameChain},
		{"zero l2 chain id", func(c *Config) { c.Genesis.ChainID = 0 }, "genesis.chainId", replay.ErrGenesisChainID},
		{"no base fee", func(c *Config) { c.Genesis.BaseFee = nil }, "genesis.baseFee", replay.ErrGenesisBaseFee},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustPreset(t, PresetDevnet)
			tt.mutate(c)
			err := c.Validate()
			if err == nil {
				t.Fatal("accepted")
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v is not %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.field) {
				t.Fatalf("error %q does not name field %q", err, tt.field)
			}
		})
	}
}

// TestMaxBatchBytesResolvable: the largest maxBatchBytes Validate accepts
// is answerable by one resolve transaction within the pool and gas limits,
// one byte more is refused with an error naming the field and the bound, and
// every preset is within it (PROTOCOL §6.8.7, issue 10).
func TestMaxBatchBytesResolvable(t *testing.T) {
	for _, name := range Presets() {
		c := mustPreset(t, name)
		if c.MaxBatchBytes > MaxBatchBytesBound {
			t.Fatalf("preset %s: maxBatchBytes %d above %d", name, c.MaxBatchBytes, MaxBatchBytesBound)
		}
		c.MaxBatchBytes = MaxBatchBytesBound
		if err := c.Validate(); err != nil {
			t.Fatalf("preset %s at the bound: %v", name, err)
		}
		c.MaxBatchBytes++
		err := c.Validate()
		if !errors.Is(err, ErrRange) || !strings.Contains(err.Error(), "maxBatchBytes") || !strings.Contains(err.Error(), "122880") {
			t.Fatalf("preset %s one byte above the bound: %v", name, err)
		}
	}
	if MaxBatchBytesBound+ResolveTxOverhead > L1TxPoolMaxBytes {
		t.Fatalf("bound %d + resolve overhead %d exceeds the 128 KiB pool limit", MaxBatchBytesBound, ResolveTxOverhead)
	}
	g := ResolveGasBound(MaxBatchBytesBound)
	if g > L1TxGasCap-resolveGasMargin || g < 21_000+40*MaxBatchBytesBound {
		t.Fatalf("resolve gas bound %d at the largest batch", g)
	}
	t.Logf("largest batch %d bytes: resolve gas ≤ %d (cap %d)", MaxBatchBytesBound, g, L1TxGasCap)
}

// TestDecodeRejects feeds malformed JSON and checks the message names the field.
func TestDecodeRejects(t *testing.T) {
	good := mustPreset(t, PresetDevnet)
	base, err := good.Encode()
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(base, &doc); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		mutate func(doc map[string]any)
		field  string
	}{
		{"malformed alloc address", func(d map[string]any) {
			d["genesis"].(map[string]any)["alloc"] = map[string]any{"0x1234": map[string]any{"balance": "0x1"}}
		}, `genesis.alloc["0x1234"]`},
		{"address without 0x", func(d map[string]any) {
			d["genesis"].(map[string]any)["alloc"] = map[string]any{"71562b71999873DB5b286dF957af199Ec94617F7": map[string]any{"balance": "0x1"}}
		}, `genesis.alloc["71562b71999873DB5b286dF957af199Ec94617F7"]`},
		{"malformed balance", func(d map[string]any) {
			d["genesis"].(map[string]any)["alloc"] = map[string]any{devAddr.Hex(): map[string]any{"balance": "0xzz"}}
		}, "balance"},
		{"negative balance", func(d map[string]any) {
			d["genesis"].(map[string]any)["alloc"] = map[string]any{devAddr.Hex(): map[string]any{"balance": "-5"}}
		}, "balance"},
		{"balance over 256 bits", func(d map[string]any) {
			d["genesis"].(map[string]any)["alloc"] = map[string]any{devAddr.Hex(): map[string]any{"balance": "0x1" + strings.Repeat("0", 64)}}
		}, "balance"},
		{"missing balance", func(d map[string]any) {
			d["genesis"].(map[string]any)["alloc"] = map[string]any{devAddr.Hex(): map[string]any{"nonce": 1}}
		}, "balance"},
		{"malformed base fee", func(d map[string]any) { d["genesis"].(map[string]any)["baseFee"] = "ten" }, "genesis.baseFee"},
		{"malformed min bond", func(d map[string]any) { d["minBond"] = "1 ether" }, "minBond"},
		{"malformed duration", func(d map[string]any) { d["claimTimeout"] = "soon" }, "claimTimeout"},
		{"unknown field", func(d map[string]any) { d["claimTimout"] = 5 }, "claimTimout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d map[string]any
			_ = json.Unmarshal(base, &d)
			tt.mutate(d)
			data, _ := json.Marshal(d)
			_, err := Decode(data)
			if err == nil {
				t.Fatal("accepted")
			}
			if !strings.Contains(err.Error(), tt.field) {
				t.Fatalf("error %q does not name %q", err, tt.field)
			}
		})
	}
}

func TestDurationAndWeiParsing(t *testing.T) {
	for in, want := range map[string]Duration{"90": 90, "30s": 30, "12h": 43200, "1h30m": 5400, "7d": 604800} {
		got, err := ParseDuration(in)
		if err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "-5s", "1.5s", "abc", "xd"} {
		if _, err := ParseDuration(bad); !errors.Is(err, ErrBadDuration) {
			t.Errorf("ParseDuration(%q) accepted", bad)
		}
	}
	for _, d := range []Duration{0, 1, 59, 3600, 86400, 21 * 86400, 90061} {
		enc, _ := json.Marshal(d)
		var back Duration
		if err := json.Unmarshal(enc, &back); err != nil || back != d {
			t.Errorf("duration %d round trip via %s = %d, %v", d, enc, back, err)
		}
	}
	for in, want := range map[string]int64{"0": 0, "1000": 1000, "0x10": 16, "0X10": 16} {
		got, err := ParseWei(in)
		if err != nil || got.Int64() != want {
			t.Errorf("ParseWei(%q) = %v, %v", in, got, err)
		}
	}
	for _, bad := range []string{"", "0x", "-1", "1e18", "0xg"} {
		if _, err := ParseWei(bad); !errors.Is(err, ErrBadWei) {
			t.Errorf("ParseWei(%q) accepted", bad)
		}
	}
}
