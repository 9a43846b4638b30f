package deploy_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/replay"
)

// resolveChain is what the largest-batch test needs of an L1: deploying,
// sending and reading the resolve transaction back.
type resolveChain interface {
	deploy.Chain
	txmgr.Backend
	ethereum.TransactionReader
}

// Keys of the largest-batch test: 1 deploys and sequences, 2 … 2+threshold−1
// attest, 7 challenges.
const (
	lbSequencer   = 1
	lbFirstMember = 2
	lbChallenger  = 7
	lbKeys        = 8
)

// exactBatchTxs returns transactions (non-zero bytes, the costliest
// calldata) whose batch data is exactly size bytes.
func exactBatchTxs(t *testing.T, size int) [][]byte {
	t.Helper()
	const item = 4000
	var txs [][]byte
	for left := size - 4; left > 0; left -= item + 3 {
		txs = append(txs, bytes.Repeat([]byte{byte(len(txs)%250 + 1)}, min(item, left)))
	}
	for range 8 { // the last item absorbs header-size differences
		data, err := replay.EncodeBatchData(txs)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) == size {
			return txs
		}
		last := txs[len(txs)-1]
		txs[len(txs)-1] = bytes.Repeat(last[:1], len(last)+size-len(data))
	}
	t.Fatalf("no batch of exactly %d bytes", size)
	return nil
}

// resolveLargestBatch deploys the devnet preset with maxBatchBytes at the
// largest value config.Validate accepts, posts a certificate batch of exactly
// that size, challenges it and answers the challenge with DAChallenge.resolve
// through chain's transaction pool. It returns the resolve transaction's
// encoded size and gas used.
func resolveLargestBatch(t *testing.T, chain resolveChain, keys []*ecdsa.PrivateKey) (txSize, gasUsed uint64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	tcfg.PollInterval = 20 * time.Millisecond
	senders := make([]*txmgr.Sender, len(keys))
	for i, k := range keys {
		s, err := txmgr.New(ctx, chain, k, tcfg)
		if err != nil {
			t.Fatal(err)
		}
		senders[i] = s
	}
	cfg := devnetConfig(t)
	cfg.MaxBatchBytes = config.MaxBatchBytesBound
	d, err := deploy.Deploy(ctx, chain, senders[lbSequencer], cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	set := contracts.NewSequencerSet(d.Contracts.SequencerSet, chain, senders[lbSequencer])
	if _, err := set.Register(ctx, cfg.MinBond.Big(), []byte("consensus key"), "http://127.0.0.1:1"); err != nil {
		t.Fatalf("register sequencer: %v", err)
	}
	threshold := int(cfg.DA.Threshold)
	for i := range threshold {
		com := contracts.NewDACommittee(d.Contracts.DACommittee, chain, senders[lbFirstMember+i])
		if _, err := com.Register(ctx, cfg.DA.MemberBond.Big(), fmt.Sprintf("http://127.0.0.1:%d", i+1)); err != nil {
			t.Fatalf("register member %d: %v", i, err)
		}
	}

	bi := contracts.NewBatchInbox(d.Contracts.BatchInbox, chain, senders[lbSequencer])
	head, err := bi.ChainHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	txs := exactBatchTxs(t, config.MaxBatchBytesBound)
	h, data, err := contracts.NewCalldataHeader(head.Number+1, head.HeaderHash, head.QueueEnd, head.QueueEnd, txs, common.Hash{0x5e}, head.L2Timestamp)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := da.Encode(data, int(cfg.DA.K), int(cfg.DA.N))
	if err != nil {
		t.Fatal(err)
	}
	h.DataRoot = enc.DataRoot
	committee := contracts.NewDACommittee(d.Contracts.DACommittee, chain, nil)
	l1Head, err := chain.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	expiry := l1Head.Time + cfg.DA.ChallengeWindow.Seconds() + cfg.DA.ResolveWindow.Seconds() + 3600 // a shard's promise
	atts := make([]da.Attestation, threshold)
	for i := range threshold {
		a, err := da.SignAttestation(keys[lbFirstMember+i], committee.Domain(d.L1ChainID), uint32(i), &enc.Header, expiry)
		if err != nil {
			t.Fatal(err)
		}
		atts[i] = *a
	}
	cert, err := contracts.EncodeDACertificate(da.NewCertificate(&enc.Header, atts))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := contracts.SignHeader(keys[lbSequencer], h, d.L1ChainID, d.Contracts.BatchInbox)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bi.PostBatchCertificate(ctx, h, [][]byte{sig}, cert); err != nil {
		t.Fatalf("post the largest certificate batch: %v", err)
	}

	challenger := contracts.NewDAChallenge(d.Contracts.DAChallenge, chain, senders[lbChallenger])
	if _, err := challenger.Challenge(ctx, h, cfg.DA.ChallengeBond.Big()); err != nil {
		t.Fatalf("challenge: %v", err)
	}
	resolver := contracts.NewDAChallenge(d.Contracts.DAChallenge, chain, senders[lbSequencer])
	rcpt, err := resolver.Resolve(ctx, h.Number, data)
	if err != nil {
		t.Fatalf("resolve %d bytes: %v", len(data), err)
	}
	tx, _, err := chain.TransactionByHash(ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if void, err := bi.IsVoid(ctx, h.Number); err != nil || void {
		t.Fatalf("answered batch void: %v, %v", void, err)
	}
	if tx.Size() > config.L1TxPoolMaxBytes || rcpt.GasUsed > config.L1TxGasCap || rcpt.GasUsed > config.ResolveGasBound(uint64(len(data))) {
		t.Fatalf("resolve of %d bytes: %d-byte transaction, %d gas", len(data), tx.Size(), rcpt.GasUsed)
	}
	return tx.Size(), rcpt.GasUsed
}

// TestResolveLargestBatchSimulated: on the simulated backend, a certificate
// batch of exactly the largest maxBatchBytes the config accepts is
// challenged and answered in one resolve transaction (issue 10: larger
// batches could be challenged and never answered).
func TestResolveLargestBatchSimulated(t *testing.T) {
	env := simbackend.New(t, lbKeys)
	size, gas := resolveLargestBatch(t, env.Client, env.Keys)
	t.Logf("resolve of %d bytes: %d-byte transaction (pool limit %d), %d gas (bound %d, cap %d)",
		config.MaxBatchBytesBound, size, config.L1TxPoolMaxBytes, gas, config.ResolveGasBound(config.MaxBatchBytesBound), config.L1TxGasCap)
}

// TestResolveLargestBatchDevNode sends the same resolve transaction through
// the embedded geth dev node's real transaction pool (128 KiB limit) over
// JSON-RPC and sees it mined.
func TestResolveLargestBatchDevNode(t *testing.T) {
	cfg := devnode.DefaultConfig()
	cfg.DevAccounts = lbKeys
	node, err := devnode.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	client, err := ethclient.Dial(node.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	size, gas := resolveLargestBatch(t, client, node.DevKeys())
	t.Logf("dev node: resolve of %d bytes mined: %d-byte transaction, %d gas", config.MaxBatchBytesBound, size, gas)
}
