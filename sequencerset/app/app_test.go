package app

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/sequencerset/schedule"
)

const (
	testChainID   = 901
	testL1ChainID = 1337
)

var testInbox = common.HexToAddress("0x00000000000000000000000000000000000000b1")

// staticInbox is an InboxView over a fixed list (what a poller would hold).
type staticInbox struct {
	mu      sync.Mutex
	entries []Entry
	sets    map[uint64][]Validator
	forced  []contracts.BatchHeader
}

func (s *staticInbox) Forced(after uint64) []contracts.BatchHeader {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []contracts.BatchHeader
	for _, h := range s.forced {
		if h.Number > after {
			out = append(out, h)
		}
	}
	return out
}

func (s *staticInbox) EpochSet(e uint64) ([]Validator, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	vs, ok := s.sets[e]
	return vs, ok
}

func (s *staticInbox) Entries(from uint64, max int) []Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Entry
	for _, e := range s.entries {
		if e.Index >= from && len(out) < max {
			out = append(out, e)
		}
	}
	return out
}

// network is n validators' apps driven by hand, as CometBFT would.
type network struct {
	t      *testing.T
	apps   []*App
	cons   []ed25519.PrivKey
	l1     []*ecdsa.PrivateKey
	inbox  *staticInbox
	users  []*ecdsa.PrivateKey
	nonces []uint64
	height int64
	// lastExt are the extensions of the last height's votes.
	lastExt abci.ExtendedCommitInfo
	vals    []Validator
	// out are validators no longer in the set: their extensions are
	// not verified by the others.
	out map[int]bool
}

const testNow = 1_700_000_000

func newNetwork(t *testing.T, n int) *network {
	t.Helper()
	ctx := context.Background()
	net := &network{t: t, inbox: &staticInbox{}}
	g := &replay.Genesis{ChainID: testChainID, Alloc: map[common.Address]replay.GenesisAccount{}}
	g.BaseFee = (*hexutil.Big)(big.NewInt(1e6))
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		net.users = append(net.users, k)
		net.nonces = append(net.nonces, 0)
		g.Alloc[crypto.PubkeyToAddress(k.PublicKey)] = replay.NewGenesisBalance(big.NewInt(1e18))
	}
	var vals []Validator
	for i := 0; i < n; i++ {
		c := ed25519.GenPrivKey()
		k, _ := crypto.GenerateKey()
		net.cons = append(net.cons, c)
		net.l1 = append(net.l1, k)
		vals = append(vals, Validator{L1: crypto.PubkeyToAddress(k.PublicKey), PubKey: c.PubKey().Bytes(), Power: 10})
	}
	var root common.Hash
	for i := 0; i < n; i++ {
		db, err := leveldb.OpenFile(t.TempDir(), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		store := replay.NewLevelDBStore(db, []byte("n/"), 1<<20)
		st, err := replay.NewGenesisState(ctx, g, store)
		if err != nil {
			t.Fatal(err)
		}
		root, _ = st.Root()
		a, err := New(Config{
			Rules: g.Rules(), L1ChainID: testL1ChainID, BatchInbox: testInbox,
			MaxBatchTxs: 100, MaxBatchBytes: 100_000, MaxTxBytes: 4096, MaxEntries: 16,
			InclusionWindow: 60, Key: net.l1[i], Inbox: net.inbox, Store: store, Meta: NewLevelDBMeta(db),
		})
		if err != nil {
			t.Fatal(err)
		}
		net.apps = append(net.apps, a)
	}
	// 100-second epochs from time 0: the tests run in epoch 17,000,000.
	sched := schedule.Params{SlotDuration: 10, LeaderWindow: 5, EpochLength: 10, Contract: common.Address{0x5e}}
	gen := Genesis{Schedule: sched, Epoch: sched.Epoch(sched.Slot(testNow)), Validators: vals, StateRoot: root}
	net.vals = vals
	raw, _ := jsonMarshal(gen)
	for _, a := range net.apps {
		if _, err := a.InitChain(ctx, &abci.RequestInitChain{AppStateBytes: raw, InitialHeight: 1}); err != nil {
			t.Fatal(err)
		}
	}
	return net
}

func (net *network) transfer(user int, value int64) []byte {
	net.t.Helper()
	tx, err := types.SignNewTx(net.users[user], types.LatestSignerForChainID(big.NewInt(testChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(testChainID), Nonce: net.nonces[user], GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9),
		Gas: 21000, To: &common.Address{0xaa}, Value: big.NewInt(value),
	})
	if err != nil {
		net.t.Fatal(err)
	}
	net.nonces[user]++
	raw, _ := tx.MarshalBinary()
	return raw
}

// propose has validator p prepare a block of the mempool txs.
func (net *network) propose(p int, txs [][]byte, at time.Time) [][]byte {
	net.t.Helper()
	resp, err := net.apps[p].PrepareProposal(context.Background(), &abci.RequestPrepareProposal{
		MaxTxBytes: 1 << 20, Txs: txs, LocalLastCommit: net.lastExt, Height: net.height + 1, Time: at,
	})
	if err != nil {
		net.t.Fatal(err)
	}
	return resp.Txs
}

// accepts reports how many validators accept a proposal.
func (net *network) accepts(txs [][]byte, at time.Time, hash []byte) int {
	net.t.Helper()
	n := 0
	for _, a := range net.apps {
		resp, err := a.ProcessProposal(context.Background(), &abci.RequestProcessProposal{Txs: txs, Hash: hash, Height: net.height + 1, Time: at})
		if err != nil {
			net.t.Fatal(err)
		}
		if resp.Status == abci.ResponseProcessProposal_ACCEPT {
			n++
		}
	}
	return n
}

// decide has every validator extend its precommit for the block (and
// every other verify it), as CometBFT does before the block is decided,
// then finalizes and commits it everywhere and returns the app hashes.
func (net *network) decide(txs [][]byte, at time.Time, hash []byte) []common.Hash {
	net.t.Helper()
	ctx := context.Background()
	net.height++
	net.lastExt = abci.ExtendedCommitInfo{}
	for i, a := range net.apps {
		ext, err := a.ExtendVote(ctx, &abci.RequestExtendVote{Height: net.height, Hash: hash})
		if err != nil {
			net.t.Fatal(err)
		}
		if net.out[i] {
			continue
		}
		for j, b := range net.apps {
			resp, err := b.VerifyVoteExtension(ctx, &abci.RequestVerifyVoteExtension{ValidatorAddress: net.cons[i].PubKey().Address(), Height: net.height, VoteExtension: ext.VoteExtension})
			if err != nil || resp.Status != abci.ResponseVerifyVoteExtension_ACCEPT {
				net.t.Fatalf("validator %d rejects %d's extension: %v", j, i, err)
			}
		}
		net.lastExt.Votes = append(net.lastExt.Votes, abci.ExtendedVoteInfo{
			Validator:     abci.Validator{Address: net.cons[i].PubKey().Address(), Power: 10},
			VoteExtension: ext.VoteExtension, BlockIdFlag: cmtproto.BlockIDFlagCommit,
		})
	}
	var roots []common.Hash
	for _, a := range net.apps {
		resp, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: txs, Hash: hash, Height: net.height, Time: at})
		if err != nil {
			net.t.Fatal(err)
		}
		roots = append(roots, common.BytesToHash(resp.AppHash))
		if _, err := a.Commit(ctx, &abci.RequestCommit{}); err != nil {
			net.t.Fatal(err)
		}
	}
	return roots
}

func TestBlocksBecomeCertifiedBatches(t *testing.T) {
	net := newNetwork(t, 4)
	ctx := context.Background()
	now := time.Unix(testNow, 0)
	a, b := net.transfer(0, 5), net.transfer(1, 7)
	late := net.transfer(0, 1)
	late2 := net.transfer(0, 1) // nonce 2
	for _, raw := range [][]byte{a, b, late} {
		if resp, _ := net.apps[0].CheckTx(ctx, &abci.RequestCheckTx{Tx: raw}); resp.Code != CodeOK {
			t.Fatalf("CheckTx refused a valid transfer: %s", resp.Log)
		}
	}
	// A gap is refused by CheckTx, and a proposer drops a tx that does not
	// apply (late2 without late).
	if resp, _ := net.apps[1].CheckTx(ctx, &abci.RequestCheckTx{Tx: late2}); resp.Code != CodeNonce {
		t.Fatalf("CheckTx of a nonce gap: code %d", resp.Code)
	}
	net.inbox.entries = []Entry{{Index: 0, Kind: uint8(replay.EntryDeposit), Payload: append(common.Address{0xbb}.Bytes(), uint256.NewInt(3).PaddedBytes(32)...), Timestamp: uint64(now.Unix()) - 5}}
	block := net.propose(0, [][]byte{a, b, late2}, now)
	if len(block) != 3 { // entries, a, b
		t.Fatalf("proposal has %d items, want 3", len(block))
	}
	if n := net.accepts(block, now, []byte("h1")); n != 4 {
		t.Fatalf("%d of 4 accept an honest proposal", n)
	}
	roots := net.decide(block, now, []byte("h1"))
	for _, r := range roots[1:] {
		if r != roots[0] {
			t.Fatalf("validators disagree on the root: %v", roots)
		}
	}
	batch, err := net.apps[2].cfg.Meta.LoadBatch(1)
	if err != nil {
		t.Fatal(err)
	}
	if batch.Header.TxCount != 2 || batch.Header.QueueEnd != 1 || batch.Header.StateRoot != roots[0] {
		t.Fatalf("batch 1 header %+v", batch.Header)
	}
	// Height 2 owes no certificate (its extensions sign batch 1).
	empty := net.propose(1, nil, now.Add(time.Second))
	if len(empty) != 0 {
		t.Fatalf("empty proposal has %d items", len(empty))
	}
	net.decide(empty, now.Add(time.Second), []byte("h2"))

	// Height 3 owes batch 1's certificate.
	withCert := net.propose(2, nil, now.Add(2*time.Second))
	if len(withCert) != 1 || !IsSystemTx(withCert[0]) {
		t.Fatalf("height 3 proposal %d items, want the certificate", len(withCert))
	}
	if n := net.accepts(nil, now.Add(2*time.Second), []byte("h3-missing")); n != 0 {
		t.Fatalf("%d validators accept a block without the certificate it owes", n)
	}
	// Two of four signatures (half the power) is not a certificate.
	sys, _ := decodeSystem(withCert[0])
	weak := *sys.cert
	weak.Signers, weak.Sigs = weak.Signers[:2], weak.Sigs[:2]
	rawWeak, _ := EncodeCertificate(&weak)
	if n := net.accepts([][]byte{rawWeak}, now.Add(2*time.Second), []byte("h3-weak")); n != 0 {
		t.Fatalf("%d validators accept a certificate of half the power", n)
	}
	if n := net.accepts(withCert, now.Add(2*time.Second), []byte("h3")); n != 4 {
		t.Fatalf("%d of 4 accept the certificate", n)
	}
	net.decide(withCert, now.Add(2*time.Second), []byte("h3"))
	batch, err = net.apps[3].cfg.Meta.LoadBatch(1)
	if err != nil {
		t.Fatal(err)
	}
	if batch.Certificate == nil || len(batch.Certificate.Sigs) != 4 {
		t.Fatalf("batch 1 certificate %+v", batch.Certificate)
	}
	// The certificate is what BatchInbox checks: each signature recovers
	// to its signer over the header.
	sigs, signers, err := contracts.SortHeaderSignatures(&batch.Header, batch.Certificate.Sigs, testL1ChainID, testInbox)
	if err != nil || len(sigs) != 4 {
		t.Fatalf("certificate does not verify as BatchInbox would: %v", err)
	}
	for i, s := range signers {
		if s != batch.Certificate.Signers[i] {
			t.Fatalf("signer %d: %s, certificate says %s", i, s, batch.Certificate.Signers[i])
		}
	}
}

func TestProposalRules(t *testing.T) {
	net := newNetwork(t, 4)
	ctx := context.Background()
	now := time.Unix(testNow, 0)
	deposit := Entry{Index: 0, Kind: uint8(replay.EntryDeposit), Payload: append(common.Address{0xbb}.Bytes(), uint256.NewInt(3).PaddedBytes(32)...)}

	t.Run("skips an overdue entry", func(t *testing.T) {
		e := deposit
		e.Timestamp = uint64(now.Unix()) - 31 // older than half the 60 s window
		net.inbox.entries = []Entry{e}
		tx := net.transfer(0, 1)
		if n := net.accepts([][]byte{tx}, now, []byte("skip")); n != 0 {
			t.Fatalf("%d validators accept a proposal skipping an overdue entry", n)
		}
		// Young entries may wait for a later block.
		net.inbox.entries[0].Timestamp = uint64(now.Unix()) - 5
		if n := net.accepts([][]byte{tx}, now, []byte("young")); n != 4 {
			t.Fatalf("%d of 4 accept a proposal leaving a young entry", n)
		}
		net.nonces[0]--
	})
	t.Run("an entry L1 does not know", func(t *testing.T) {
		net.inbox.entries = nil
		fake := deposit
		fake.Timestamp = uint64(now.Unix())
		raw, _ := EncodeEntries([]Entry{fake})
		if n := net.accepts([][]byte{raw}, now, []byte("fake")); n != 0 {
			t.Fatalf("%d validators accept an invented deposit", n)
		}
		// Or knows differently (another amount).
		net.inbox.entries = []Entry{fake}
		other := fake
		other.Payload = append(common.Address{0xbb}.Bytes(), uint256.NewInt(1e18).PaddedBytes(32)...)
		raw, _ = EncodeEntries([]Entry{other})
		if n := net.accepts([][]byte{raw}, now, []byte("other")); n != 0 {
			t.Fatalf("%d validators accept a changed deposit", n)
		}
		net.inbox.entries = nil
	})
	t.Run("a transaction that does not apply", func(t *testing.T) {
		tx := net.transfer(1, 1)
		gap := net.transfer(1, 1)
		if n := net.accepts([][]byte{gap}, now, []byte("gap")); n != 0 {
			t.Fatalf("%d validators accept a nonce gap", n)
		}
		if n := net.accepts([][]byte{tx, gap}, now, []byte("ok")); n != 4 {
			t.Fatalf("%d of 4 accept two good transfers", n)
		}
		net.nonces[1] -= 2
	})
	t.Run("system transactions", func(t *testing.T) {
		raw, _ := EncodeEntries([]Entry{deposit})
		if resp, _ := net.apps[0].CheckTx(ctx, &abci.RequestCheckTx{Tx: raw}); resp.Code != CodeSystemTx {
			t.Fatalf("CheckTx of a system transaction: code %d", resp.Code)
		}
		net.inbox.entries = []Entry{deposit}
		tx := net.transfer(2, 1)
		if n := net.accepts([][]byte{tx, raw}, now, []byte("late-entries")); n != 0 {
			t.Fatalf("%d validators accept entries after a transaction", n)
		}
		if n := net.accepts([][]byte{{0x7f, 'E', 'S', 9}}, now, []byte("junk")); n != 0 {
			t.Fatalf("%d validators accept a junk system transaction", n)
		}
		net.inbox.entries = nil
		net.nonces[2]--
	})
	t.Run("a certificate nobody owes", func(t *testing.T) {
		raw, _ := EncodeCertificate(&Certificate{Batch: 1})
		if n := net.accepts([][]byte{raw}, now, []byte("cert")); n != 0 {
			t.Fatalf("%d validators accept an unowed certificate", n)
		}
	})
}

// TestValidatorSetFollowsL1Epochs: the first block of a later epoch must
// carry L1's schedule of it; a member L1 dropped (slashed, exited) leaves
// the CometBFT set two heights later and its extensions stop counting.
func TestValidatorSetFollowsL1Epochs(t *testing.T) {
	net := newNetwork(t, 4)
	ctx := context.Background()
	start := time.Unix(testNow, 0)
	e := net.apps[0].meta.Epoch
	next := start.Add(100 * time.Second)
	three := append([]Validator(nil), net.vals[:3]...)
	net.inbox.sets = map[uint64][]Validator{e + 1: three}

	// Within the epoch nothing is due.
	if n := net.accepts(nil, start, []byte("same")); n != 4 {
		t.Fatalf("%d of 4 accept an empty block in the set's epoch", n)
	}
	// In the next epoch the set is due: a proposal without it, or with
	// another set, is refused.
	if n := net.accepts(nil, next, []byte("no-set")); n != 0 {
		t.Fatalf("%d validators accept a block keeping the old set in a new epoch", n)
	}
	forged, _ := EncodeValidatorSet(&ValidatorSet{Epoch: e + 1, Validators: net.vals})
	if n := net.accepts([][]byte{forged}, next, []byte("forged")); n != 0 {
		t.Fatalf("%d validators accept a set L1 does not schedule", n)
	}
	block := net.propose(0, nil, next)
	if len(block) != 1 {
		t.Fatalf("proposal has %d items, want the validator set", len(block))
	}
	if n := net.accepts(block, next, []byte("set")); n != 4 {
		t.Fatalf("%d of 4 accept L1's set", n)
	}
	resp, err := net.apps[1].FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: block, Hash: []byte("set"), Height: net.height + 1, Time: next})
	if err != nil {
		t.Fatal(err)
	}
	var removed int
	for _, u := range resp.ValidatorUpdates {
		if u.Power == 0 {
			removed++
		}
	}
	if len(resp.ValidatorUpdates) != 4 || removed != 1 {
		t.Fatalf("updates %v, want three kept and one removed", resp.ValidatorUpdates)
	}
	// Undo the lone FinalizeBlock: decide runs it on every validator.
	net.apps[1].staged = nil
	net.decide(block, next, []byte("set"))
	net.decide(nil, next.Add(time.Second), []byte("h2"))
	// From height 3 on the removed validator's extension is refused.
	ext, err := net.apps[3].ExtendVote(ctx, &abci.RequestExtendVote{Height: net.height + 1})
	if err != nil {
		t.Fatal(err)
	}
	r, err := net.apps[0].VerifyVoteExtension(ctx, &abci.RequestVerifyVoteExtension{ValidatorAddress: net.cons[3].PubKey().Address(), Height: net.height + 1, VoteExtension: ext.VoteExtension})
	if err != nil || r.Status != abci.ResponseVerifyVoteExtension_REJECT {
		t.Fatalf("a removed validator's extension: %v, %v", r, err)
	}
	if got := len(net.apps[0].cur.list); got != 3 {
		t.Fatalf("set of %d after the switch", got)
	}
}
