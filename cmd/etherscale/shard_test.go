package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
)

// freeAddr returns a 127.0.0.1 address with a port free a moment ago.
func freeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// syncBuffer is a bytes.Buffer safe for a command's logger and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestShardAndBatchFetch runs `etherscale shard --register` for four
// members (the devnet threshold) on a dev node, disperses and posts a
// certificate batch through them, and reads it back with `batch fetch`:
// from the shards while k of them run, and as unavailable once fewer do.
func TestShardAndBatchFetch(t *testing.T) {
	ctx := context.Background()
	e := newL1Env(t, 8)
	e.registerSequencer(t, 1)
	client, keys, dep, depPath, seqKey := e.client, e.keys, e.dep, e.depPath, e.keys[1]

	// Four shards, keys 2…5, registered by the command itself.
	const shards = 4
	shardCtx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	cancels := make([]context.CancelFunc, shards)
	logs := make([]*syncBuffer, shards)
	defer func() { stop(); wg.Wait() }()
	com := contracts.NewDACommittee(dep.Contracts.DACommittee, client, nil)
	for i := 0; i < shards; i++ {
		c, cancel := context.WithCancel(shardCtx)
		cancels[i] = cancel
		logs[i] = &syncBuffer{}
		// Registration takes the lowest free index, so start them one by
		// one: shard i must be member i.
		e.startShardApp(t, c, &wg, 2+i, logs[i])
		idx, err := com.IndexOf(ctx, crypto.PubkeyToAddress(keys[2+i].PublicKey))
		if err != nil || idx != uint32(i) {
			t.Fatalf("shard %d: index %d, %v", i, idx, err)
		}
	}

	// Post a certificate batch the way a sequencer does.
	bi := contracts.NewBatchInbox(dep.Contracts.BatchInbox, client, e.sender(t, 1))
	head, err := bi.ChainHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h, data, err := contracts.NewCalldataHeader(head.Number+1, head.HeaderHash, head.QueueEnd, head.QueueEnd, nil, crypto.Keccak256Hash([]byte("root")), head.L2Timestamp+1)
	if err != nil {
		t.Fatal(err)
	}
	domain := com.Domain(dep.L1ChainID)
	disp, err := da.NewDisperser(da.DisperserConfig{ClientConfig: da.DefaultClientConfig(), K: int(e.cfg.DA.K), Domain: domain}, com, seqKey, nil)
	if err != nil {
		t.Fatal(err)
	}
	cert, enc, err := disp.Disperse(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	disp.Close()
	h.DataRoot = enc.DataRoot
	rawCert, err := contracts.EncodeDACertificate(cert)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := contracts.SignHeader(seqKey, h, dep.L1ChainID, dep.Contracts.BatchInbox)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bi.PostBatchCertificate(ctx, h, [][]byte{sig}, rawCert); err != nil {
		t.Fatal(err)
	}

	fetch := func(args ...string) (string, error) {
		app := newApp()
		app.Commands = append(app.Commands, &cli.Command{Name: "batch-fetch-test", Subcommands: []*cli.Command{batchFetchCommand()}})
		var out bytes.Buffer
		app.Writer, app.ErrWriter = &out, &out
		app.ExitErrHandler = func(*cli.Context, error) {}
		err := app.RunContext(ctx, append([]string{"etherscale", "batch-fetch-test", "fetch", "--l1", e.url, "--deployment", depPath, "--timeout", "2s"}, args...))
		return out.String(), err
	}
	outFile := filepath.Join(t.TempDir(), "batch.bin")
	out, err := fetch("--out", outFile, "1")
	if err != nil {
		t.Fatalf("fetch: %v\n%s", err, out)
	}
	for _, want := range []string{"certificate mode", "source:    shards", fmt.Sprintf("size:      %d bytes", len(data)), "ok"} {
		if !strings.Contains(out, want) {
			t.Errorf("fetch output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "faulty:") {
		t.Errorf("free indices reported as faulty members:\n%s", out)
	}
	// Two shards stop: k = 3 chunks cannot be had, and no challenge was
	// resolved, so the data is unavailable.
	cancels[0]()
	cancels[1]()
	time.Sleep(200 * time.Millisecond)
	out, err = fetch("1")
	if err == nil || !strings.Contains(out, "data unavailable") || !strings.Contains(out, "faulty:    member 0") || !strings.Contains(out, "faulty:    member 1") {
		t.Fatalf("fetch with two shards: %v\n%s", err, out)
	}
}
