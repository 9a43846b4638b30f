package main

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
)

// TestBatchPostDAShards posts a batch with `batch post --da shards` through
// four shards (the devnet threshold) on a dev node, reads it back with
// `batch fetch` and `batch show` (the follower replays it from the shards),
// then stops one shard: the next `batch post --da shards` fails on the
// threshold and posts nothing.
func TestBatchPostDAShards(t *testing.T) {
	ctx := context.Background()
	e := newL1Env(t, 8)
	url, keys, dep, depPath, client := e.url, e.keys, e.dep, e.depPath, e.client
	seqKey, userKey := keys[1], keys[6]
	l1 := func(key bool) []string {
		args := []string{"--l1", url, "--deployment", depPath}
		if key {
			args = append(args, "--key", hexKey(seqKey))
		}
		return args
	}
	if out, err := run(t, append([]string{"sequencer", "register"}, l1(true)...)...); err != nil {
		t.Fatalf("register: %v\n%s", err, out)
	}
	// One inbox entry, so the batch consumes something and moves the state.
	if out, err := run(t, "inbox", "deposit", "--to", crypto.PubkeyToAddress(userKey.PublicKey).Hex(), "--amount", "1000000000",
		"--l1", url, "--deployment", depPath, "--key", hexKey(userKey)); err != nil {
		t.Fatalf("deposit: %v\n%s", err, out)
	}

	// Four shards, keys 2…5, registered by the command itself, one by one
	// so that shard i is member i.
	const shards = 4
	var wg sync.WaitGroup
	cancels := make([]context.CancelFunc, shards)
	defer func() {
		for _, c := range cancels {
			if c != nil {
				c()
			}
		}
		wg.Wait()
	}()
	for i := 0; i < shards; i++ {
		c, cancel := context.WithCancel(ctx)
		cancels[i] = cancel
		e.startShardApp(t, c, &wg, 2+i, &syncBuffer{})
	}

	var posted struct {
		Number    uint64 `json:"number"`
		StateRoot string `json:"stateRoot"`
		TrueRoot  string `json:"trueRoot"`
		Entries   int    `json:"entries"`
		DAMode    string `json:"daMode"`
		DataRoot  string `json:"dataRoot"`
	}
	runJSON(t, &posted, append([]string{"batch", "post", "--da", "shards", "--da-timeout", "2s"}, l1(true)...)...)
	if posted.Number != 1 || posted.DAMode != "shards" || posted.Entries != 1 || posted.StateRoot != posted.TrueRoot {
		t.Fatalf("posted %+v", posted)
	}
	bi := contracts.NewBatchInbox(dep.Contracts.BatchInbox, client, nil)
	rec, err := bi.Batch(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if rec.DAMode != contracts.DAModeCertificate {
		t.Fatalf("batch 1 DA mode %d, want certificate", rec.DAMode)
	}
	if root := common.HexToHash(posted.DataRoot); root == (common.Hash{}) {
		t.Fatalf("zero data root in certificate mode: %+v", posted)
	}

	// From the shards, checked against the header.
	out, err := run(t, append([]string{"batch", "fetch", "--timeout", "2s"}, append(l1(false), "1")...)...)
	if err != nil {
		t.Fatalf("fetch: %v\n%s", err, out)
	}
	for _, want := range []string{"certificate mode", "source:    shards", "ok"} {
		if !strings.Contains(out, want) {
			t.Errorf("fetch output lacks %q:\n%s", want, out)
		}
	}
	// The follower replays it from the shards to the posted root.
	var shown batchOut
	runJSON(t, &shown, append([]string{"batch", "show"}, append(l1(false), "1")...)...)
	if !shown.RootCorrect || shown.TrueRoot != posted.TrueRoot || shown.Entries != 1 || shown.Header.DataRoot != common.HexToHash(posted.DataRoot) {
		t.Fatalf("show %+v, posted %+v", shown, posted)
	}

	// One shard stops: 3 attestations < threshold 4, nothing is posted.
	cancels[3]()
	time.Sleep(200 * time.Millisecond)
	out, err = run(t, append([]string{"batch", "post", "--da", "shards", "--da-timeout", "2s"}, l1(true)...)...)
	if err == nil || !errors.Is(err, da.ErrThresholdNotReached) || !strings.Contains(err.Error(), "threshold not reached") {
		t.Fatalf("post with 3 shards: %v\n%s", err, out)
	}
	head, err := bi.ChainHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number != 1 {
		t.Fatalf("latest batch %d after a failed dispersal, want 1", head.Number)
	}
}
