package app

import (
	"context"
	"errors"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/replay"
)

// forcedHeader is the header BatchInbox.postForcedBatch writes for batch
// n on parent, consuming entries [start, end).
func forcedHeader(n uint64, parent common.Hash, start, end, l2Time uint64) contracts.BatchHeader {
	return contracts.BatchHeader{Number: n, ParentHash: parent, QueueStart: start, QueueEnd: end,
		DataHash: crypto.Keccak256Hash(contracts.EmptyBatchData()), DataLength: 1, L2Timestamp: l2Time}
}

// TestAdoptForcedBatch: the set decided batches 1–3 but posted none, and L1
// took a forced batch 1 consuming the overdue deposit. The next block must
// adopt it (a proposal without it, or with another header or other entries,
// is rejected by every validator); the state is rewound to the genesis and
// the deposit applied, the dropped batches' records are gone, and the
// dropped transfers are proposed again in batch 2 on the forced batch.
func TestAdoptForcedBatch(t *testing.T) {
	net := newNetwork(t, 4)
	ctx := context.Background()
	now := time.Unix(testNow, 0)
	deposit := Entry{Index: 0, Kind: uint8(replay.EntryDeposit), Payload: append(common.Address{0xbb}.Bytes(), uint256.NewInt(3).PaddedBytes(32)...), Timestamp: uint64(now.Unix()) - 5}
	net.inbox.entries = []Entry{deposit}
	a, b, c := net.transfer(0, 5), net.transfer(1, 7), net.transfer(0, 9)
	var dropped [][]byte
	for i, txs := range [][][]byte{{a}, {b}, {c}} {
		at := now.Add(time.Duration(i) * time.Second)
		block := net.propose(i, txs, at)
		hash := []byte{'d', byte(i)}
		if n := net.accepts(block, at, hash); n != 4 {
			t.Fatalf("height %d: %d of 4 accept", i+1, n)
		}
		net.decide(block, at, hash)
		dropped = append(dropped, txs...)
	}
	if head, _ := net.apps[0].Head(); head.Number != 3 {
		t.Fatalf("consensus head %d, want 3", head.Number)
	}

	// L1 took a forced batch 1 on the genesis head (the set posted none).
	at := now.Add(40 * time.Second)
	forced := forcedHeader(1, common.Hash{}, 0, 1, uint64(at.Unix())-1)
	net.inbox.forced = []contracts.BatchHeader{forced}
	block := net.propose(1, nil, at)
	var ad *Adoption
	for _, raw := range block {
		if st, err := decodeSystem(raw); err == nil && st.adopt != nil {
			ad = st.adopt
		}
	}
	wantDigest, _ := EntriesDigest([]Entry{deposit})
	if ad == nil || ad.Header.Hash() != forced.Hash() || ad.EntriesDigest != wantDigest {
		t.Fatalf("proposal does not adopt L1's forced batch: %d items, %+v", len(block), ad)
	}
	cert := block[0] // batch 2's certificate, owed whatever else happens
	wrong := *ad
	wrong.Header.L2Timestamp++
	rawWrong, _ := EncodeAdoption(&wrong)
	otherEntries := *ad
	otherEntries.EntriesDigest, _ = EntriesDigest(nil)
	rawOtherEntries, _ := EncodeAdoption(&otherEntries)
	rawAd, _ := EncodeAdoption(ad)
	for name, bad := range map[string][][]byte{
		"the doomed chain goes on":          {cert, net.transfer(2, 1)},
		"another header":                    {cert, rawWrong},
		"another entries digest":            {cert, rawOtherEntries},
		"transactions after the adoption":   {cert, rawAd, net.transfer(2, 1)},
		"an adoption without a certificate": {rawAd},
	} {
		if n := net.accepts(bad, at, []byte("bad "+name)); n != 0 {
			t.Fatalf("%s: %d validators accept", name, n)
		}
	}
	net.nonces[2] -= 2
	if n := net.accepts(block, at, []byte("adopt")); n != 4 {
		t.Fatalf("%d of 4 accept the adoption", n)
	}
	roots := net.decide(block, at, []byte("adopt"))
	for i, a := range net.apps {
		head, _ := a.Head()
		if head.Number != 1 || head.HeaderHash != forced.Hash() || head.QueueEnd != 1 || roots[i] != roots[0] {
			t.Fatalf("validator %d: head %+v root %s after the adoption", i, head, roots[i])
		}
		if _, err := a.Batch(2); !errors.Is(err, ErrNotFound) {
			t.Fatalf("validator %d still holds dropped batch 2: %v", i, err)
		}
		if _, c, err := a.Certified(1); err != nil || c != nil {
			t.Fatalf("validator %d: forced batch 1 has a certificate %+v (%v)", i, c, err)
		}
		acc, err := a.Account(common.Address{0xbb})
		if err != nil || acc.Balance.Uint64() != 3 {
			t.Fatalf("validator %d: deposit not applied: %v %v", i, acc.Balance.Dec(), err)
		}
		if acc, _ := a.Account(crypto.PubkeyToAddress(net.users[0].PublicKey)); acc.Nonce != 0 {
			t.Fatalf("validator %d: dropped transfers still applied (nonce %d)", i, acc.Nonce)
		}
	}
	// The dropped transfers count as accepted: the sender's next nonce
	// goes on after them.
	next := net.transfer(0, 1) // nonce 2
	if resp, _ := net.apps[3].CheckTx(ctx, &abci.RequestCheckTx{Tx: next}); resp.Code != CodeOK {
		t.Fatalf("CheckTx after the requeued transfers: %s", resp.Log)
	}

	// Batch 2 extends the forced batch with the dropped transfers (no
	// certificate is owed: the forced batch needs none).
	at = at.Add(time.Second)
	block = net.propose(2, [][]byte{next}, at)
	if len(block) != 4 {
		t.Fatalf("proposal after the adoption has %d items, want the 3 dropped transfers and the new one", len(block))
	}
	if n := net.accepts(block, at, []byte("after")); n != 4 {
		t.Fatalf("%d of 4 accept the block after the adoption", n)
	}
	net.decide(block, at, []byte("after"))
	batch, err := net.apps[0].Batch(2)
	if err != nil {
		t.Fatal(err)
	}
	if batch.Header.ParentHash != forced.Hash() || batch.Header.TxCount != 4 || batch.Header.QueueStart != 1 {
		t.Fatalf("batch 2 after the adoption: %+v", batch.Header)
	}
	for i, raw := range dropped {
		if string(batch.Txs[i]) != string(raw) {
			t.Fatalf("transaction %d of batch 2 is not dropped transfer %d", i, i)
		}
	}
	if r := net.apps[0].requeue; len(r) != 0 {
		t.Fatalf("%d transactions still requeued after inclusion", len(r))
	}
}

// TestAdoptionReplaysWithoutAnL1View: a node syncing decided blocks (no
// ProcessProposal, a view that never saw the forced batch) replays an
// adoption block to the same root as the validators that checked it.
func TestAdoptionReplaysWithoutAnL1View(t *testing.T) {
	net := newNetwork(t, 4)
	now := time.Unix(testNow, 0)
	net.inbox.entries = []Entry{{Index: 0, Kind: uint8(replay.EntryDeposit), Payload: append(common.Address{0xbb}.Bytes(), uint256.NewInt(3).PaddedBytes(32)...), Timestamp: uint64(now.Unix()) - 5}}
	block := net.propose(0, [][]byte{net.transfer(0, 5)}, now)
	net.decide(block, now, []byte("1"))
	at := now.Add(time.Minute)
	forced := forcedHeader(1, common.Hash{}, 0, 1, uint64(at.Unix()))
	net.inbox.forced = []contracts.BatchHeader{forced}
	block = net.propose(0, nil, at)
	checked := net.accepts(block, at, []byte("2"))
	if checked != 4 {
		t.Fatalf("%d of 4 accept the adoption", checked)
	}
	net.inbox.forced = nil // what a syncing node's view may hold
	roots := net.decide(block, at, []byte("2-synced"))
	for i, r := range roots {
		if head, _ := net.apps[i].Head(); r != roots[0] || head.HeaderHash != forced.Hash() {
			t.Fatalf("validator %d: root %s head %+v", i, r, head)
		}
	}
}

// TestOldEntriesBeyondABlock: more overdue entries than one block holds
// (by count, then by payload bytes) piled up while the chain was halted.
// A proposal holding as many as fit is valid and the chain works through
// them; before the exception every proposal skipped an overdue entry and
// was rejected, which stopped the chain for good for the price of a few
// hundred deposits.
func TestOldEntriesBeyondABlock(t *testing.T) {
	net := newNetwork(t, 4)
	now := time.Unix(testNow, 0)
	old := uint64(now.Unix()) - 45 // older than half the 60 s window
	for i := 0; i < 40; i++ {
		net.inbox.entries = append(net.inbox.entries, Entry{Index: uint64(i), Kind: uint8(replay.EntryDeposit),
			Payload: append(common.Address{0xbb}.Bytes(), uint256.NewInt(1).PaddedBytes(32)...), Timestamp: old})
	}
	at := now
	for h := 0; h < 3; h++ {
		block := net.propose(h%4, nil, at)
		if n := net.accepts(block, at, []byte{'c', byte(h)}); n != 4 {
			t.Fatalf("block %d: %d of 4 accept a block full of old entries", h, n)
		}
		net.decide(block, at, []byte{'c', byte(h)})
		at = at.Add(time.Second)
	}
	if head, _ := net.apps[0].Head(); head.QueueEnd != 40 {
		t.Fatalf("consumed %d of 40 entries in 3 blocks of 16", head.QueueEnd)
	}

	// By bytes: forced transactions of 4,000 bytes, 10,000 bytes a block.
	for _, a := range net.apps {
		a.cfg.MaxEntryBytes = 10_000
	}
	for i := 40; i < 46; i++ {
		net.inbox.entries = append(net.inbox.entries, Entry{Index: uint64(i), Kind: uint8(replay.EntryForcedTx), Payload: make([]byte, 4000), Timestamp: old})
	}
	block := net.propose(3, nil, at)
	if n := net.accepts(block, at, []byte("bytes")); n != 4 {
		t.Fatalf("%d of 4 accept a block of old entries full by bytes", n)
	}
	st, err := decodeSystem(block[len(block)-1])
	if err != nil || len(st.entries) != 2 {
		t.Fatalf("block full by bytes carries %v entries (%v), want 2", st, err)
	}
	// One entry fewer than fits is still a skip.
	short, _ := EncodeEntries(st.entries[:1])
	if n := net.accepts(append(block[:len(block)-1:len(block)-1], short), at, []byte("short")); n != 0 {
		t.Fatalf("%d validators accept a block that leaves out an old entry that fits", n)
	}
}

// TestAdoptionOfMoreEntriesThanABlock: a forced batch consumes every
// overdue entry, here 2,000 (far more than a block's 16 or its bytes); the
// adoption carries only their digest, so its block stays small, and every
// validator applies all of them from its L1 view.
func TestAdoptionOfMoreEntriesThanABlock(t *testing.T) {
	net := newNetwork(t, 4)
	at := time.Unix(testNow, 0)
	const n = 2000
	for i := 0; i < n; i++ {
		net.inbox.entries = append(net.inbox.entries, Entry{Index: uint64(i), Kind: uint8(replay.EntryDeposit),
			Payload: append(common.Address{0xbb}.Bytes(), uint256.NewInt(1).PaddedBytes(32)...), Timestamp: uint64(at.Unix()) - 100})
	}
	forced := forcedHeader(1, common.Hash{}, 0, n, uint64(at.Unix()))
	net.inbox.forced = []contracts.BatchHeader{forced}
	block := net.propose(0, nil, at)
	size := 0
	for _, raw := range block {
		size += len(raw)
	}
	if len(block) != 1 || size > 1024 {
		t.Fatalf("adoption block: %d items of %d bytes", len(block), size)
	}
	if got := net.accepts(block, at, []byte("many")); got != 4 {
		t.Fatalf("%d of 4 accept the adoption", got)
	}
	net.decide(block, at, []byte("many"))
	for i, a := range net.apps {
		acc, err := a.Account(common.Address{0xbb})
		if head, _ := a.Head(); err != nil || acc.Balance.Uint64() != n || head.QueueEnd != n {
			t.Fatalf("validator %d: balance %s, queueEnd %d (%v)", i, acc.Balance.Dec(), head.QueueEnd, err)
		}
	}
}
