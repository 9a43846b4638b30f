package dawire_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/dawire/dawiretest"
	"github.com/etherscale/etherscale/replay"
)

// TestAuthorizerAndFinalizer: only the active sequencer may store; a
// chunk's batch is final only after its challenge and resolve windows, and
// a dataRoot no batch commits to is final at once.
func TestAuthorizerAndFinalizer(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, 0)
	auth := dawire.NewSequencerAuthorizer(contracts.NewSequencerSet(e.Dep.Contracts.SequencerSet, e.Sim.Client, nil), time.Minute)
	seq := crypto.PubkeyToAddress(e.Sim.Keys[dawiretest.KeySequencer].PublicKey)
	for addr, want := range map[common.Address]bool{seq: true, common.HexToAddress("0x1234"): false} {
		for range 2 { // the second answer comes from the cache
			if ok, err := auth.Authorized(ctx, addr); err != nil || ok != want {
				t.Fatalf("%s: %v, %v (want %v)", addr, ok, err, want)
			}
		}
	}

	txs := [][]byte{e.Transfer(t, 0)}
	pb, _ := e.PostCertificateBatch(t, txs, e.ReplayRoot(t, &replay.Batch{Txs: txs}))
	fin := dawire.NewFinalizer(e.Sim.Client, e.Dep.Contracts.BatchInbox, e.Dep.Contracts.DAChallenge, e.Dep.DeployBlock)
	if ok, err := fin.Finalized(ctx, pb.Header.DataRoot); err != nil || ok {
		t.Fatalf("fresh batch final: %v, %v", ok, err)
	}
	if ok, err := fin.Finalized(ctx, common.HexToHash("0x99")); err != nil || !ok {
		t.Fatalf("unposted root not final: %v, %v", ok, err)
	}
	e.Sim.AdjustTime(t, (dawiretest.ChallengeWindow+dawiretest.ResolveWindow+1)*time.Second)
	if ok, err := fin.Finalized(ctx, pb.Header.DataRoot); err != nil || !ok {
		t.Fatalf("batch past its windows not final: %v, %v", ok, err)
	}
}

// TestStartShardRetention: a shard whose retention is shorter than
// DACommittee.liabilityWindow + MinRetentionMargin is refused at start (its
// attestations would expire before a certificate could be posted, issue 10);
// at the minimum it starts, and its attestations promise now + retention.
func TestStartShardRetention(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, 0)
	key := e.Sim.Keys[dawiretest.KeyFirstMember] // member 0 (its test server also runs)
	need := (dawiretest.ChallengeWindow+dawiretest.ResolveWindow)*time.Second + dawire.MinRetentionMargin
	_, err := dawire.StartShard(ctx, e.Sim.Client, nil, e.Dep, key, dawire.ShardOptions{
		DataDir: t.TempDir(), Listen: "127.0.0.1:0", Retention: need - time.Second,
	}, nil)
	if !errors.Is(err, da.ErrInvalidConfig) || !strings.Contains(err.Error(), "liabilityWindow") {
		t.Fatalf("short retention: %v", err)
	}
	srv, err := dawire.StartShard(ctx, e.Sim.Client, nil, e.Dep, key, dawire.ShardOptions{
		DataDir: t.TempDir(), Listen: "127.0.0.1:0", Retention: need,
	}, nil)
	if err != nil {
		t.Fatalf("minimum retention: %v", err)
	}
	srv.Close()
}
