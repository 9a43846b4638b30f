package trace

import (
	"context"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/replay"
)

// Run: go test ./bisection/trace -run '^$' -bench TraceAndProof -benchtime 3x

const (
	benchAccounts  = 1000
	benchTransfers = 10_000
)

var (
	benchOnce  sync.Once
	benchGen   *replay.Genesis
	benchBatch BatchInput
)

// loadBench signs, once, 10,000 transfers among 1,000 funded accounts.
func loadBench(tb testing.TB) {
	benchOnce.Do(func() {
		gen, keys := genesis(tb, benchAccounts)
		addrs := make([]common.Address, len(keys))
		for i, k := range keys {
			addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
		}
		rng := rand.New(rand.NewPCG(1, 2))
		nonces := make([]uint64, benchAccounts)
		txs := make([][]byte, 0, benchTransfers)
		for range benchTransfers {
			from, to := rng.IntN(benchAccounts), rng.IntN(benchAccounts)
			txs = append(txs, transfer(tb, keys[from], testChainID, nonces[from], addrs[to], big.NewInt(int64(1+rng.IntN(1e6)))))
			nonces[from]++
		}
		benchGen, benchBatch = gen, BatchInput{Txs: txs}
	})
}

func benchProvider(b *testing.B) *ReplayProvider {
	ctx := context.Background()
	store := replay.NewMemoryStore()
	st, err := replay.NewGenesisState(ctx, benchGen, store)
	if err != nil {
		b.Fatal(err)
	}
	root, err := st.Root()
	if err != nil {
		b.Fatal(err)
	}
	p, err := NewReplayProvider(ctx, benchGen.Rules(), store, root, []BatchInput{benchBatch})
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkTraceAndProof measures the honest party's replay cost for a batch
// of 10,000 transfers: the traced replay (a root after every step), then one
// step proof at a random index (re-replaying the batch up to it from the
// committed pre-batch state, and ABI-encoding it).
func BenchmarkTraceAndProof(b *testing.B) {
	loadBench(b)
	b.Run("trace", func(b *testing.B) {
		for b.Loop() {
			benchProvider(b)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchTransfers, "ns/step")
	})
	b.Run("proof", func(b *testing.B) {
		p := benchProvider(b)
		rng := rand.New(rand.NewPCG(3, 4))
		ctx := context.Background()
		for b.Loop() {
			if _, _, _, err := p.StepProof(ctx, rng.Uint64N(p.Length())); err != nil {
				b.Fatal(err)
			}
		}
	})
}
