package l2chain

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/simbackend"
)

// BenchmarkSync: a chain of 100 calldata batches of 20 transfers on the
// simulated backend, synced from scratch (what every pass cost before the
// follower kept its chain) and again with nothing new (what a watcher's
// pass costs now between batches).
func BenchmarkSync(b *testing.B) {
	const batches, perBatch = 100, 20
	ctx := context.Background()
	env := simbackend.New(b, 2)
	cfg, err := config.Preset("devnet", nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	dep, err := deploy.Deploy(ctx, env.Client, env.Sender(b, 0), cfg)
	if err != nil {
		b.Fatal(err)
	}
	seqKey, seq := env.Keys[1], env.Sender(b, 1)
	if _, err := contracts.NewSequencerSet(dep.Contracts.SequencerSet, env.Client, seq).Register(ctx, cfg.MinBond.Big(), crypto.CompressPubkey(&seqKey.PublicKey), ""); err != nil {
		b.Fatal(err)
	}
	user := env.Keys[0]
	if _, err := contracts.NewInbox(dep.Contracts.Inbox, env.Client, env.Sender(b, 0)).Deposit(ctx, crypto.PubkeyToAddress(user.PublicKey), big.NewInt(1e18)); err != nil {
		b.Fatal(err)
	}
	bi := contracts.NewBatchInbox(dep.Contracts.BatchInbox, env.Client, seq)
	signer := types.LatestSignerForChainID(big.NewInt(int64(cfg.Genesis.ChainID)))
	to := common.HexToAddress("0xc0")
	parent := common.Hash{}
	if head, err := bi.ChainHead(ctx); err == nil {
		parent = head.HeaderHash
	} else {
		b.Fatal(err)
	}
	nonce := uint64(0)
	for n := uint64(1); n <= batches; n++ {
		txs := make([][]byte, perBatch)
		for i := range txs {
			tx, err := types.SignNewTx(user, signer, &types.LegacyTx{Nonce: nonce, GasPrice: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(1)})
			if err != nil {
				b.Fatal(err)
			}
			txs[i], _ = tx.MarshalBinary()
			nonce++
		}
		// Batch 1 consumes the deposit (entry 0), the others nothing.
		qs := min(n-1, 1)
		// The root is not checked by BatchInbox; the follower replays anyway.
		h, data, err := contracts.NewCalldataHeader(n, parent, qs, 1, txs, common.Hash{1}, 0)
		if err != nil {
			b.Fatal(err)
		}
		sig, err := contracts.SignHeader(seqKey, h, env.ChainID.Uint64(), dep.Contracts.BatchInbox)
		if err != nil {
			b.Fatal(err)
		}
		pb, err := bi.PostBatch(ctx, h, [][]byte{sig}, data)
		if err != nil {
			b.Fatal(err)
		}
		parent = pb.HeaderHash
	}
	follower := func() *Follower {
		return New(contracts.NewInbox(dep.Contracts.Inbox, env.Client, nil), contracts.NewBatchInbox(dep.Contracts.BatchInbox, env.Client, nil), &cfg.Genesis, dep.DeployBlock)
	}
	b.Run("from-scratch", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			c, err := follower().Sync(ctx)
			if err != nil || c.Head() != batches {
				b.Fatalf("head %v, %v", c, err)
			}
		}
	})
	b.Run("nothing-new", func(b *testing.B) {
		f := follower()
		if _, err := f.Sync(ctx); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			c, err := f.Sync(ctx)
			if err != nil || c.Head() != batches {
				b.Fatalf("head %v, %v", c, err)
			}
		}
	})
}
