package l2chain

import (
	"context"
	"testing"

	"github.com/etherscale/etherscale/contracts"
)

// BenchmarkSync: a chain of 100 calldata batches of 20 transfers on the
// simulated backend, synced from scratch (what every pass cost before the
// follower kept its chain) and again with nothing new (what a watcher's
// pass costs now between batches).
func BenchmarkSync(b *testing.B) {
	const batches, perBatch = 100, 20
	ctx := context.Background()
	env, cfg, dep := postTransferBatches(b, batches, perBatch)
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
