package contracts_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/replay"
)

// l2Key returns a deterministic L2 account key.
func l2Key(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("etherscale batch test l2 key %d", i))))
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability
	}
	return k
}

// l2Transfer signs an EIP-1559 transfer on the test L2 chain.
func l2Transfer(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int) []byte {
	t.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(bL2ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(bL2ChainID), Nonce: nonce, To: &to, Value: value, Gas: 21000,
		GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2e9),
	})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// transfers returns n valid transfers from one key, nonces from 0.
func transfers(t testing.TB, n int) [][]byte {
	key := l2Key(0)
	to := crypto.PubkeyToAddress(l2Key(1).PublicKey)
	out := make([][]byte, n)
	for i := range out {
		out[i] = l2Transfer(t, key, uint64(i), to, big.NewInt(int64(i+1)))
	}
	return out
}

func TestBatchInboxConstructorReverts(t *testing.T) {
	e := newBatchEnv(t)
	dep := e.senders[0]
	ib, set := e.inbox.Address(), e.set.Address()
	ok := contracts.BatchInboxParams{ForceGrace: 1, MalformedWindow: 1, MaxBatchTxs: 1, MaxBatchBytes: 1}
	with := func(f func(p *contracts.BatchInboxParams)) contracts.BatchInboxParams {
		p := ok
		f(&p)
		return p
	}
	for _, c := range []struct {
		name       string
		inbox, set common.Address
		p          contracts.BatchInboxParams
	}{
		{"ZeroAddress", common.Address{}, set, ok},
		{"ZeroAddress", ib, common.Address{}, ok},
		{"ZeroForceGrace", ib, set, with(func(p *contracts.BatchInboxParams) { p.ForceGrace = 0 })},
		{"ZeroMalformedWindow", ib, set, with(func(p *contracts.BatchInboxParams) { p.MalformedWindow = 0 })},
		{"ZeroMaxBatchTxs", ib, set, with(func(p *contracts.BatchInboxParams) { p.MaxBatchTxs = 0 })},
		{"ZeroMaxBatchBytes", ib, set, with(func(p *contracts.BatchInboxParams) { p.MaxBatchBytes = 0 })},
	} {
		_, _, err := contracts.DeployBatchInbox(e.ctx, dep, c.inbox, c.set, c.p)
		wantRevertName(t, err, c.name)
	}
	if _, _, err := contracts.DeployBatchInbox(e.ctx, dep, ib, set, ok); err != nil {
		t.Fatal(err)
	}
	// Parameters read back.
	ctx := e.ctx
	if a, _ := e.bi.InboxAddress(ctx); a != ib {
		t.Fatalf("inbox %s", a)
	}
	if a, _ := e.bi.SequencerSetAddress(ctx); a != set {
		t.Fatalf("sequencerSet %s", a)
	}
	if v, _ := e.bi.InclusionWindow(ctx); v != bInclusionWindow {
		t.Fatalf("inclusionWindow %d", v)
	}
	if v, _ := e.bi.ForceGrace(ctx); v != bForceGrace {
		t.Fatalf("forceGrace %d", v)
	}
	if v, _ := e.bi.MalformedWindow(ctx); v != bMalformedWindow {
		t.Fatalf("malformedWindow %d", v)
	}
	if v, _ := e.bi.MaxBatchTxs(ctx); v != bMaxBatchTxs {
		t.Fatalf("maxBatchTxs %d", v)
	}
	if v, _ := e.bi.MaxBatchBytes(ctx); v != bMaxBatchBytes {
		t.Fatalf("maxBatchBytes %d", v)
	}
	if v, _ := e.bi.ForcedBatchPenalty(ctx); v.Cmp(new(big.Int).Div(bMinBond, big.NewInt(10))) != 0 {
		t.Fatalf("forcedBatchPenalty %v", v)
	}
	if h, err := e.bi.ChainHead(ctx); err != nil || h != (contracts.ChainHead{}) {
		t.Fatalf("genesis head %+v %v", h, err)
	}
	if r, err := e.bi.Batch(ctx, 0); err != nil || r != (contracts.BatchRecord{}) {
		t.Fatalf("batch 0 %+v %v", r, err)
	}
}

// TestBatchInboxTrainingWheels runs the single-sequencer mode end to end with
// real L2 transfers: three batches consuming deposits and a forced
// transaction, state roots from replay, data read back from L1 calldata.
func TestBatchInboxTrainingWheels(t *testing.T) {
	e := newBatchEnv(t)
	ctx := e.ctx
	const seq = 2
	e.register(seq, ether(2))

	// L2 genesis: alice and bob funded; carol is credited by a deposit.
	alice, bob := l2Key(10), l2Key(11)
	aliceAddr, bobAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)
	carol := common.HexToAddress("0xca401")
	genesis := &replay.Genesis{ChainID: bL2ChainID, BaseFee: (*hexutil.Big)(big.NewInt(1e9)), Alloc: map[common.Address]replay.GenesisAccount{
		aliceAddr: replay.NewGenesisBalance(ether(100)),
		bobAddr:   replay.NewGenesisBalance(ether(100)),
	}}
	st, err := replay.NewGenesisState(ctx, genesis, replay.NewMemoryStore())
	if err != nil {
		t.Fatal(err)
	}
	rules := genesis.Rules()

	type plan struct {
		entries []replay.InboxEntry
		txs     [][]byte
		valid   int // how many steps apply (the others are no-ops)
	}
	// Batch 1: a deposit to carol, then three transfers from alice.
	if _, err := e.inbox.Deposit(ctx, carol, ether(1)); err != nil {
		t.Fatal(err)
	}
	b1 := plan{
		entries: []replay.InboxEntry{replay.NewDeposit(carol, uint256.NewInt(1e18))},
		txs:     [][]byte{l2Transfer(t, alice, 0, bobAddr, big.NewInt(1)), l2Transfer(t, alice, 1, carol, big.NewInt(2)), l2Transfer(t, alice, 2, bobAddr, big.NewInt(3))},
		valid:   4,
	}
	// Batch 2: bob's transfer forced through L1, then two more.
	forced := l2Transfer(t, bob, 0, carol, big.NewInt(7))
	if _, err := e.inbox.ForceTransaction(ctx, forced); err != nil {
		t.Fatal(err)
	}
	b2 := plan{
		entries: []replay.InboxEntry{replay.NewForcedTx(forced)},
		txs:     [][]byte{l2Transfer(t, bob, 1, aliceAddr, big.NewInt(5)), l2Transfer(t, alice, 3, carol, big.NewInt(6))},
		valid:   3,
	}
	// Batch 3: no entries; four transactions, one replaying a used nonce (a no-op).
	b3 := plan{
		txs:   [][]byte{l2Transfer(t, alice, 4, bobAddr, big.NewInt(1)), l2Transfer(t, alice, 4, carol, big.NewInt(1)), l2Transfer(t, bob, 2, carol, big.NewInt(1)), l2Transfer(t, alice, 5, carol, big.NewInt(1))},
		valid: 3,
	}

	wantCum := []uint64{4, 7, 11}
	var posted []*contracts.PostedBatch
	for i, p := range []plan{b1, b2, b3} {
		res, err := replay.ReplayBatch(ctx, st, rules, &replay.Batch{Entries: p.entries, Txs: p.txs}, replay.ReplayOptions{})
		if err != nil {
			t.Fatal(err)
		}
		applied := 0
		for _, s := range res.Steps {
			if s.Result == nil {
				applied++
			}
		}
		if applied != p.valid {
			t.Fatalf("batch %d: %d steps applied, want %d", i+1, applied, p.valid)
		}
		head, err := e.bi.ChainHead(ctx)
		if err != nil {
			t.Fatal(err)
		}
		h, data, err := contracts.NewCalldataHeader(head.Number+1, head.HeaderHash, head.QueueEnd, head.QueueEnd+uint64(len(p.entries)), p.txs, res.Root, e.latestTime())
		if err != nil {
			t.Fatal(err)
		}
		pb := e.post(seq, h, data, seq)
		posted = append(posted, pb)

		if pb.Header != *h || pb.HeaderHash != h.Hash() || pb.Poster != e.addr(seq) || pb.CumTrace != wantCum[i] || pb.Forced || pb.DAMode != contracts.DAModeCalldata {
			t.Fatalf("batch %d event %+v", i+1, pb)
		}
		if len(pb.Signers) != 1 || pb.Signers[0] != e.addr(seq) {
			t.Fatalf("batch %d signers %v", i+1, pb.Signers)
		}
		rec, err := e.bi.Batch(ctx, h.Number)
		if err != nil {
			t.Fatal(err)
		}
		if rec.HeaderHash != h.Hash() || rec.CumTrace != wantCum[i] || rec.PostedAt != e.blockTime(new(big.Int).SetUint64(pb.Block)) || rec.Void || rec.Forced || rec.SignersHash != contracts.SignersHash(pb.Signers) {
			t.Fatalf("batch %d record %+v", i+1, rec)
		}
	}

	// Views the dispute game uses.
	if n, err := e.bi.LatestBatch(ctx); err != nil || n != 3 {
		t.Fatalf("latest %d %v", n, err)
	}
	for i, pb := range posted {
		n := uint64(i + 1)
		if c, _ := e.bi.CumTrace(ctx, n); c != wantCum[i] {
			t.Fatalf("cumTrace(%d) = %d", n, c)
		}
		if hh, _ := e.bi.HeaderHash(ctx, n); hh != pb.HeaderHash {
			t.Fatalf("headerHash(%d)", n)
		}
		if v, _ := e.bi.IsVoid(ctx, n); v {
			t.Fatalf("batch %d void", n)
		}
		if f, _ := e.bi.IsForced(ctx, n); f {
			t.Fatalf("batch %d forced", n)
		}
		if at, _ := e.bi.PostedAt(ctx, n); at == 0 {
			t.Fatalf("postedAt(%d) = 0", n)
		}
		if ok, _ := e.bi.CheckSigners(ctx, n, pb.Signers); !ok {
			t.Fatalf("checkSigners(%d)", n)
		}
		if ok, _ := e.bi.CheckSigners(ctx, n, []common.Address{e.addr(3)}); ok {
			t.Fatalf("checkSigners(%d) accepts a wrong list", n)
		}
		// The data comes back from the L1 transaction and is what was posted.
		data, err := e.bi.BatchData(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		txs, err := replay.DecodeBatchData(data)
		if err != nil {
			t.Fatal(err)
		}
		want := []plan{b1, b2, b3}[i].txs
		if len(txs) != len(want) {
			t.Fatalf("batch %d: %d txs read back", n, len(txs))
		}
		for j := range txs {
			if !bytes.Equal(txs[j], want[j]) {
				t.Fatalf("batch %d tx %d differs", n, j)
			}
		}
		if replay.TxRoot(txs) != pb.Header.TxRoot || replay.BatchDataHash(data) != pb.Header.DataHash || uint32(len(data)) != pb.Header.DataLength {
			t.Fatalf("batch %d: header does not commit to the data", n)
		}
		signers, err := e.bi.Signers(ctx, n)
		if err != nil || len(signers) != 1 || signers[0] != e.addr(seq) {
			t.Fatalf("signers(%d) %v %v", n, signers, err)
		}
		// A correct batch cannot be proven malformed.
		_, _, err = e.biAs(5).ProveMalformed(ctx, &pb.Header, pb.Signers, data)
		wantRevertName(t, err, "BatchNotMalformed")
	}
	all, err := e.bi.Batches(ctx, 0, nil)
	if err != nil || len(all) != 3 {
		t.Fatalf("batches %d %v", len(all), err)
	}
	_, err = e.bi.CumTrace(ctx, 4)
	wantRevertName(t, err, "UnknownBatch")
	_, err = e.bi.HeaderHash(ctx, 99)
	wantRevertName(t, err, "UnknownBatch")
	if _, err := e.bi.BatchData(ctx, 4); err == nil {
		t.Fatal("data of a batch that does not exist")
	}
}

// TestBatchInboxPostChecks covers every postBatch rejection except signatures
// and the queue (tested separately).
func TestBatchInboxPostChecks(t *testing.T) {
	e := newBatchEnvWith(t, batchEnvOpts{maxBatchTxs: 4, maxBatchBytes: 600})
	ctx := e.ctx
	e.register(2, ether(2))
	txs := transfers(t, 3)
	h, data := e.next(txs, 0)
	bi := e.biAs(2)
	sigs := e.sign(h, 2)

	// Not a member.
	_, err := e.biAs(3).PostBatch(ctx, h, sigs, data)
	wantRevertName(t, err, "NotAllowedToPost")

	// Chain extension.
	mod := func(f func(h *contracts.BatchHeader)) *contracts.BatchHeader {
		c := *h
		f(&c)
		return &c
	}
	for _, c := range []struct {
		name string
		h    *contracts.BatchHeader
	}{
		{"WrongBatchNumber", mod(func(h *contracts.BatchHeader) { h.Number = 2 })},
		{"WrongBatchNumber", mod(func(h *contracts.BatchHeader) { h.Number = 0 })},
		{"WrongParentHash", mod(func(h *contracts.BatchHeader) { h.ParentHash = common.Hash{1} })},
		{"TooManyTxs", mod(func(h *contracts.BatchHeader) { h.TxCount = 5 })},
		{"BatchTooLarge", mod(func(h *contracts.BatchHeader) { h.DataLength = 601 })},
	} {
		_, err := bi.PostBatch(ctx, c.h, e.sign(c.h, 2), data)
		wantRevertName(t, err, c.name)
	}

	// Data availability (calldata mode).
	_, err = bi.PostBatchDA(ctx, h, sigs, contracts.DAModeCertificate, []byte{1}, nil)
	wantRevertName(t, err, "DAModeUnsupported")
	_, err = bi.PostBatchDA(ctx, h, sigs, 7, nil, data)
	wantRevertName(t, err, "DAModeUnsupported")
	_, err = bi.PostBatchDA(ctx, h, sigs, contracts.DAModeCalldata, []byte{1}, data)
	wantRevertName(t, err, "UnexpectedDACert")
	withRoot := mod(func(h *contracts.BatchHeader) { h.DataRoot = common.Hash{9} })
	_, err = bi.PostBatch(ctx, withRoot, e.sign(withRoot, 2), data)
	wantRevertName(t, err, "DataRootNotZero")
	_, err = bi.PostBatch(ctx, h, sigs, append(bytes.Clone(data), 0))
	wantRevertName(t, err, "DataLengthMismatch")
	flipped := bytes.Clone(data)
	flipped[len(flipped)-1] ^= 1
	_, err = bi.PostBatch(ctx, h, sigs, flipped)
	wantRevertName(t, err, "DataHashMismatch")

	// Through a contract: the data would not be in the L1 transaction input.
	fwd := e.deployForwarder(3)
	if _, err := e.forward(3, fwd, e.set.Address(), bindings.NewSequencerSet().PackRegister([]byte{1}, ""), bMinBond); err != nil {
		t.Fatal(err)
	}
	e.nextEpoch() // in the schedule from the next epoch
	_, err = e.forward(3, fwd, e.bi.Address(), bindings.NewBatchInbox().PackPostBatch(h.Binding(), sigs, 0, nil, data), nil)
	wantRevertName(t, err, "PosterNotOrigin")

	// Finally the good one, then the timestamp rule.
	e.post(2, h, data, 2)
	h2, data2 := e.next(nil, 0)
	h2.L2Timestamp = h.L2Timestamp - 1
	_, err = bi.PostBatch(ctx, h2, e.sign(h2, 2), data2)
	wantRevertName(t, err, "L2TimestampDecreased")
	h2.L2Timestamp = h.L2Timestamp // equal is fine
	pb := e.post(2, h2, data2, 2)
	if pb.Header.TxCount != 0 || pb.Header.TxRoot != (common.Hash{}) || !bytes.Equal(data2, contracts.EmptyBatchData()) {
		t.Fatalf("empty batch %+v", pb.Header)
	}
}

// TestBatchInboxSignatures: quorum arithmetic and every malformed signature set.
func TestBatchInboxSignatures(t *testing.T) {
	e := newBatchEnv(t)
	ctx := e.ctx
	for _, k := range []int{2, 3, 4, 5} {
		e.register(k, ether(1))
	}
	h, data := e.next(transfers(t, 2), 0)
	bi := e.biAs(2)
	try := func(sigs [][]byte) error {
		_, err := bi.PostBatch(ctx, h, sigs, data)
		return err
	}
	sig := func(k int) []byte {
		s, err := contracts.SignHeader(e.key(k), h, e.chainID, e.bi.Address())
		if err != nil {
			t.Fatal(err)
		}
		return s
	}

	// 2 of 4 equal stakes: 50 % < 2/3.
	wantRevertName(t, try(e.sign(h, 2, 3)), "InsufficientStake")
	wantRevertName(t, try(nil), "InsufficientStake")

	sorted, signers, err := contracts.SortHeaderSignatures(h, [][]byte{sig(2), sig(3), sig(4)}, e.chainID, e.bi.Address())
	if err != nil {
		t.Fatal(err)
	}
	// Unsorted and duplicated signatures.
	wantRevertName(t, try([][]byte{sorted[1], sorted[0], sorted[2]}), "SignersNotSorted")
	wantRevertName(t, try([][]byte{sorted[0], sorted[0], sorted[1]}), "SignersNotSorted")
	// A signature from outside the set.
	withOutsider, _, err := contracts.SortHeaderSignatures(h, [][]byte{sig(2), sig(3), sig(4), sig(6)}, e.chainID, e.bi.Address())
	if err != nil {
		t.Fatal(err)
	}
	wantRevertName(t, try(withOutsider), "SignerNotActive")
	// Malleated (high-s) twin of a valid signature.
	wantRevertName(t, try([][]byte{highS(t, sorted[0]), sorted[1], sorted[2]}), "SignatureHighS")
	// Wrong length, bad v, garbage.
	wantRevertName(t, try([][]byte{sorted[0][:64], sorted[1], sorted[2]}), "InvalidSignatureLength")
	badV := bytes.Clone(sorted[0])
	badV[64] = 29
	wantRevertName(t, try([][]byte{badV, sorted[1], sorted[2]}), "InvalidSignature")
	zeroR := bytes.Clone(sorted[0])
	copy(zeroR[:32], make([]byte, 32))
	wantRevertName(t, try([][]byte{zeroR, sorted[1], sorted[2]}), "InvalidSignature")
	// A signature over another header recovers to some unrelated address.
	other := *h
	other.StateRoot = common.Hash{0xee}
	otherSig, _ := contracts.SignHeader(e.key(2), &other, e.chainID, e.bi.Address())
	wantRevertName(t, try([][]byte{otherSig}), "SignerNotActive")
	// Signed for another BatchInbox (domain separation).
	foreign, _ := contracts.SignHeader(e.key(2), h, e.chainID, e.set.Address())
	wantRevertName(t, try([][]byte{foreign}), "SignerNotActive")

	// 3 of 4: 75 %.
	pb, err := bi.PostBatch(ctx, h, sorted, data)
	if err != nil {
		t.Fatal(err)
	}
	if len(pb.Signers) != 3 {
		t.Fatalf("signers %v", pb.Signers)
	}
	for i := range signers {
		if pb.Signers[i] != signers[i] {
			t.Fatalf("signers %v, want %v", pb.Signers, signers)
		}
	}
	// The poster need not sign: key 5 posts batch 2 signed by 2, 3, 4.
	h2, data2 := e.next(nil, 0)
	e.post(5, h2, data2, 2, 3, 4)

	// An exited member's signature no longer counts.
	if _, err := e.setAs(5).Exit(ctx); err != nil {
		t.Fatal(err)
	}
	h3, data3 := e.next(nil, 0)
	_, err = bi.PostBatch(ctx, h3, e.sign(h3, 2, 3, 5), data3)
	wantRevertName(t, err, "SignerNotActive")
	e.post(2, h3, data3, 2, 3) // 2 of 3 remaining: exactly 2/3
}

// TestBatchInboxQuorumBoundary: exactly 2/3 of the power passes, one gwei
// less does not (3·signed ≥ 2·total over weights in whole gwei), and a
// sub-gwei remainder counts nothing (the BFT sequencer's voting powers).
func TestBatchInboxQuorumBoundary(t *testing.T) {
	e := newBatchEnv(t)
	ctx := e.ctx
	e.register(2, ether(2))
	e.register(3, ether(1))
	h, data := e.next(nil, 0)
	e.post(2, h, data, 2) // 2 of 3 ETH: exactly 2/3

	if _, err := e.setAs(3).IncreaseBond(ctx, big.NewInt(1e9-1)); err != nil {
		t.Fatal(err)
	}
	h2, data2 := e.next(nil, 0)
	e.post(2, h2, data2, 2) // 999,999,999 wei more: the same power

	if _, err := e.setAs(3).IncreaseBond(ctx, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	h3, data3 := e.next(nil, 0)
	_, err := e.biAs(2).PostBatch(ctx, h3, e.sign(h3, 2), data3)
	wantRevertName(t, err, "InsufficientStake") // 2·10⁹ of 3·10⁹+1 gwei
	e.post(3, h3, data3, 2, 3)

	// Training wheels: one member, 1 of 1.
	e2 := newBatchEnv(t)
	e2.register(4, bMinBond)
	h, data = e2.next(transfers(t, 1), 0)
	e2.post(4, h, data, 4)
}

// TestBatchInboxQueue: queue continuity, bounds and overdue coverage.
func TestBatchInboxQueue(t *testing.T) {
	e := newBatchEnv(t)
	ctx := e.ctx
	e.register(2, ether(1))
	bi := e.biAs(2)
	postErr := func(h *contracts.BatchHeader, data []byte) error {
		_, err := bi.PostBatch(ctx, h, e.sign(h, 2), data)
		return err
	}
	e.deposits(3)

	h, data := e.next(nil, 4)
	wantRevertName(t, postErr(h, data), "QueueBeyondInbox")
	h.QueueStart = 1
	wantRevertName(t, postErr(h, data), "QueueDiscontinuity")

	h, data = e.next(nil, 2)
	pb := e.post(2, h, data, 2)
	if pb.CumTrace != 2 {
		t.Fatalf("cumTrace %d", pb.CumTrace)
	}
	h, data = e.next(nil, 1) // ends before it starts
	wantRevertName(t, postErr(h, data), "QueueRangeInvalid")
	h, data = e.next(transfers(t, 2), 2)
	h.QueueStart = 0
	wantRevertName(t, postErr(h, data), "QueueDiscontinuity")

	// Entry 2 becomes overdue: a batch that leaves it out is rejected.
	t2, err := e.inbox.Entry(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	e.advanceTo(t2.Timestamp + bInclusionWindow + 1)
	if n, _ := e.inbox.OverdueCount(ctx); n != 3 {
		t.Fatalf("overdue %d", n)
	}
	e.deposits(1) // entry 3, not overdue
	h, data = e.next(transfers(t, 2), 2)
	wantRevertName(t, postErr(h, data), "OverdueNotConsumed")
	h, data = e.next(transfers(t, 2), 3) // covers the overdue prefix only: fine
	if pb = e.post(2, h, data, 2); pb.CumTrace != 2+1+2 {
		t.Fatalf("cumTrace %d", pb.CumTrace)
	}
	h, data = e.next(transfers(t, 1), 4)
	if pb = e.post(2, h, data, 2); pb.CumTrace != 5+1+1 {
		t.Fatalf("cumTrace %d", pb.CumTrace)
	}
	if head, _ := e.bi.ChainHead(ctx); head.QueueEnd != 4 || head.Number != 3 {
		t.Fatalf("head %+v", head)
	}
}

// TestBatchInboxEscapeHatch: closed until the oldest unconsumed entry is
// overdue by more than forceGrace; then anyone posts a batch of the overdue
// entries and every active sequencer pays the penalty.
func TestBatchInboxEscapeHatch(t *testing.T) {
	e := newBatchEnv(t)
	ctx := e.ctx
	e.register(2, ether(2))
	e.register(3, ether(1))
	watcher := e.biAs(6)

	_, _, err := watcher.PostForcedBatch(ctx)
	wantRevertName(t, err, "NoUnconsumedEntries")
	if eh, _ := e.bi.EscapeHatch(ctx); eh.Pending {
		t.Fatalf("escape hatch %+v", eh)
	}

	// Batch 1 by the sequencers consumes nothing.
	h, data := e.next(transfers(t, 1), 0)
	e.post(2, h, data, 2, 3)
	e.deposits(2)
	first, _ := e.inbox.Entry(ctx, 0)
	eh, err := e.bi.EscapeHatch(ctx)
	if err != nil || !eh.Pending || eh.OldestEntry != 0 || eh.OpensAfter != first.Timestamp+bInclusionWindow+bForceGrace {
		t.Fatalf("escape hatch %+v %v", eh, err)
	}

	_, _, err = watcher.PostForcedBatch(ctx)
	wantRevertName(t, err, "EscapeHatchClosed")
	e.advanceTo(eh.OpensAfter - 5) // overdue, but within the grace period
	_, _, err = watcher.PostForcedBatch(ctx)
	wantRevertName(t, err, "EscapeHatchClosed")
	e.deposits(1) // entry 2: not overdue when the hatch opens

	e.advanceTo(eh.OpensAfter + 1)
	prevHead, _ := e.bi.ChainHead(ctx)
	pb, rcpt, err := watcher.PostForcedBatch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	blockTime := e.blockTime(rcpt.BlockNumber)
	want := contracts.BatchHeader{
		Number: 2, ParentHash: prevHead.HeaderHash, QueueStart: 0, QueueEnd: 2,
		DataHash: crypto.Keccak256Hash(contracts.EmptyBatchData()), DataLength: 1, L2Timestamp: blockTime,
	}
	if pb.Header != want || !pb.Forced || len(pb.Signers) != 0 || pb.CumTrace != 1+2 || pb.Poster != e.addr(6) {
		t.Fatalf("forced batch %+v", pb)
	}
	if f, _ := e.bi.IsForced(ctx, 2); !f {
		t.Fatal("not marked forced")
	}
	if sh, _ := e.bi.SignersHash(ctx, 2); sh != contracts.SignersHash(nil) || sh != crypto.Keccak256Hash(nil) {
		t.Fatalf("signers hash %s", sh)
	}
	if d, err := e.bi.BatchData(ctx, 2); err != nil || !bytes.Equal(d, contracts.EmptyBatchData()) {
		t.Fatalf("forced data %x %v", d, err)
	}
	// Penalty: 0.1 ETH from each active member, half to the watcher.
	penalty := new(big.Int).Div(bMinBond, big.NewInt(10))
	slashes, err := e.set.SlashesInReceipt(rcpt)
	if err != nil || len(slashes) != 2 {
		t.Fatalf("slashes %v %v", slashes, err)
	}
	if s := e.stake(e.addr(2)); s.Cmp(new(big.Int).Sub(ether(2), penalty)) != 0 {
		t.Fatalf("stake 2 %v", s)
	}
	if c := e.credit(e.addr(6)); c.Cmp(penalty) != 0 { // 2 × penalty × 50 %
		t.Fatalf("watcher credit %v", c)
	}
	// Key 3 held exactly minBond: the penalty ejects it.
	if ok, _ := e.set.IsActive(ctx, e.addr(3)); ok {
		t.Fatal("member below minBond still active")
	}
	// A forced batch carries no claim and cannot be malformed.
	_, _, err = watcher.ProveMalformed(ctx, &pb.Header, nil, contracts.EmptyBatchData())
	wantRevertName(t, err, "BatchNotMalformed")
	// The hatch is closed again (entry 2 is not overdue yet) and the
	// sequencers continue from the forced batch.
	_, _, err = watcher.PostForcedBatch(ctx)
	wantRevertName(t, err, "EscapeHatchClosed")
	h, data = e.next(transfers(t, 1), 3)
	if h.L2Timestamp <= blockTime {
		t.Fatalf("l2Timestamp %d after forced %d", h.L2Timestamp, blockTime)
	}
	if pb = e.post(2, h, data, 2); pb.CumTrace != 3+1+1 {
		t.Fatalf("cumTrace %d", pb.CumTrace)
	}
}

// TestBatchInboxProveMalformed: wrong count, wrong txRoot and malformed RLP
// void the batch and slash every signer; the prover is credited.
func TestBatchInboxProveMalformed(t *testing.T) {
	txs := transfers(t, 3)
	good, err := replay.EncodeBatchData(txs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		data   []byte
		tweak  func(h *contracts.BatchHeader)
		reason contracts.VoidReason
	}{
		{"wrong count", good, func(h *contracts.BatchHeader) { h.TxCount = 2 }, contracts.VoidTxCount},
		{"wrong count zero", good, func(h *contracts.BatchHeader) { h.TxCount = 0; h.TxRoot = common.Hash{} }, contracts.VoidTxCount},
		{"wrong txRoot", good, func(h *contracts.BatchHeader) { h.TxRoot = replay.TxRoot(txs[:2]) }, contracts.VoidTxRoot},
		{"malformed RLP", []byte{0xc3, 0x01, 0x02}, func(h *contracts.BatchHeader) {}, contracts.VoidMalformedRLP},
		{"nested list", []byte{0xc2, 0xc1, 0x01}, func(h *contracts.BatchHeader) { h.TxCount = 1 }, contracts.VoidMalformedRLP},
		{"not a list", []byte{0x83, 0x01, 0x02, 0x03}, func(h *contracts.BatchHeader) {}, contracts.VoidMalformedRLP},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newBatchEnv(t)
			ctx := e.ctx
			e.register(2, ether(2))
			e.register(3, ether(2))
			e.register(4, ether(1))
			h, _ := e.next(txs, 0)
			h.DataHash = crypto.Keccak256Hash(c.data)
			h.DataLength = uint32(len(c.data))
			c.tweak(h)
			pb := e.post(2, h, c.data, 2, 3) // 4 of 5 ETH
			prover := e.biAs(6)

			_, _, err := prover.ProveMalformed(ctx, h, pb.Signers[:1], c.data)
			wantRevertName(t, err, "SignersMismatch")
			_, _, err = prover.ProveMalformed(ctx, h, pb.Signers, append(bytes.Clone(c.data), 0))
			wantRevertName(t, err, "DataHashMismatch")
			other := *h
			other.StateRoot = common.Hash{1}
			_, _, err = prover.ProveMalformed(ctx, &other, pb.Signers, c.data)
			wantRevertName(t, err, "HeaderMismatch")
			unknown := *h
			unknown.Number = 2
			_, _, err = prover.ProveMalformed(ctx, &unknown, pb.Signers, c.data)
			wantRevertName(t, err, "UnknownBatch")
			unknown.Number = 0
			_, _, err = prover.ProveMalformed(ctx, &unknown, pb.Signers, c.data)
			wantRevertName(t, err, "UnknownBatch")

			v, rcpt, err := prover.ProveMalformed(ctx, h, pb.Signers, c.data)
			if err != nil {
				t.Fatal(err)
			}
			if v.Number != 1 || v.Reason != c.reason || v.Prover != e.addr(6) {
				t.Fatalf("voided %+v, want reason %s", v, c.reason)
			}
			if void, _ := e.bi.IsVoid(ctx, 1); !void {
				t.Fatal("not void")
			}
			slashes, _ := e.set.SlashesInReceipt(rcpt)
			if len(slashes) != 2 {
				t.Fatalf("slashes %v", slashes)
			}
			for _, k := range []int{2, 3} {
				if s := e.stake(e.addr(k)); s.Sign() != 0 {
					t.Fatalf("signer %d keeps %v", k, s)
				}
				if ok, _ := e.set.IsActive(ctx, e.addr(k)); ok {
					t.Fatalf("signer %d still active", k)
				}
			}
			if s := e.stake(e.addr(4)); s.Cmp(ether(1)) != 0 {
				t.Fatalf("non-signer slashed: %v", s)
			}
			if cr := e.credit(e.addr(6)); cr.Cmp(ether(2)) != 0 { // 50 % of 4 ETH
				t.Fatalf("prover credit %v", cr)
			}
			voids, err := e.bi.Voids(ctx, 0, nil)
			if err != nil || len(voids) != 1 || voids[0].Reason != c.reason {
				t.Fatalf("voids %v %v", voids, err)
			}
			_, _, err = prover.ProveMalformed(ctx, h, pb.Signers, c.data)
			wantRevertName(t, err, "BatchAlreadyVoid")
			// The chain continues past a void batch: its entries and trace length stay.
			e.register(5, ether(1))
			h2, d2 := e.next(nil, 0)
			if pb2 := e.post(4, h2, d2, 4, 5); pb2.CumTrace != uint64(h.TxCount) || pb2.Header.ParentHash != h.Hash() {
				t.Fatalf("after void %+v", pb2)
			}
		})
	}
}

// TestBatchInboxMalformedWindow: a malformed batch can be voided only until
// malformedDeadline, after which its void flag is final.
func TestBatchInboxMalformedWindow(t *testing.T) {
	e := newBatchEnv(t)
	ctx := e.ctx
	e.register(2, ether(1))
	txs := transfers(t, 2)
	h, data := e.next(txs, 0)
	h.TxCount = 3 // lies about the count
	pb := e.post(2, h, data, 2)
	deadline, err := e.bi.MalformedDeadline(ctx, 1)
	posted, _ := e.bi.PostedAt(ctx, 1)
	if err != nil || deadline != posted+bMalformedWindow {
		t.Fatalf("deadline %d (posted %d) %v", deadline, posted, err)
	}
	e.advanceTo(deadline + 1)
	_, _, err = e.biAs(6).ProveMalformed(ctx, h, pb.Signers, data)
	wantRevertName(t, err, "MalformedWindowClosed")
	if v, _ := e.bi.IsVoid(ctx, 1); v {
		t.Fatal("void after the window")
	}
	_, err = e.bi.MalformedDeadline(ctx, 2)
	wantRevertName(t, err, "UnknownBatch")
}

// TestBatchInboxBatchDataErrors: the calldata reader rejects what is not a
// postBatch call of this batch, and never panics on garbage.
func TestBatchInboxBatchDataErrors(t *testing.T) {
	e := newBatchEnv(t)
	for _, in := range [][]byte{nil, {1, 2, 3}, bindings.NewBatchInbox().PackPostForcedBatch(), append(bindings.NewBatchInbox().PackPostBatch(bindings.BatchHeader{}, nil, 0, nil, nil)[:4], 0xff)} {
		if _, _, err := e.bi.DecodePostBatchInput(in); err == nil {
			t.Fatalf("decoded %x", in)
		}
	}
	h := &contracts.BatchHeader{Number: 3, TxCount: 1}
	in := bindings.NewBatchInbox().PackPostBatch(h.Binding(), [][]byte{{1}}, 0, nil, []byte{0xc1, 0x01})
	got, data, err := e.bi.DecodePostBatchInput(in)
	if err != nil || *got != *h || !bytes.Equal(data, []byte{0xc1, 0x01}) {
		t.Fatalf("decode %+v %x %v", got, data, err)
	}
	inCert := bindings.NewBatchInbox().PackPostBatch(h.Binding(), nil, 1, []byte{1}, nil)
	if _, _, err := e.bi.DecodePostBatchInput(inCert); err == nil {
		t.Fatal("certificate-mode input decoded as calldata batch")
	}
	// Nil inputs are errors, not panics.
	if _, err := e.bi.HashHeader(e.ctx, nil); err == nil {
		t.Fatal("nil header hashed")
	}
	if _, err := e.bi.SigningDigest(e.ctx, nil); err == nil {
		t.Fatal("nil header digested")
	}
	if _, err := e.bi.PostBatch(e.ctx, nil, nil, nil); err == nil {
		t.Fatal("nil header posted")
	}
	if _, _, err := e.bi.ProveMalformed(e.ctx, nil, nil, nil); err == nil {
		t.Fatal("nil header proven")
	}
	if _, err := e.bi.DataOf(e.ctx, nil); err == nil {
		t.Fatal("nil batch read")
	}
	// A read-only client on a backend without transaction access.
	ro := contracts.NewBatchInbox(e.bi.Address(), logsOnly{e.env.Client}, nil)
	e.register(2, bMinBond)
	hh, d := e.next(nil, 0)
	pb := e.post(2, hh, d, 2)
	if _, err := ro.DataOf(e.ctx, pb); err == nil {
		t.Fatal("read data without a transaction reader")
	}
	if _, err := ro.PostBatch(e.ctx, hh, nil, d); err == nil {
		t.Fatal("read-only client sent a transaction")
	}
}

// logsOnly hides everything but calls and logs of a client.
type logsOnly struct{ c *simbackend.AutoCommitClient }

func (l logsOnly) CallContract(ctx context.Context, m ethereum.CallMsg, b *big.Int) ([]byte, error) {
	return l.c.CallContract(ctx, m, b)
}

func (l logsOnly) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return l.c.FilterLogs(ctx, q)
}

func (l logsOnly) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return l.c.SubscribeFilterLogs(ctx, q, ch)
}

// highS returns the malleated twin of a low-s signature: (r, n − s, v ^ 1).
func highS(t *testing.T, sig []byte) []byte {
	t.Helper()
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	out := bytes.Clone(sig)
	s.FillBytes(out[32:64])
	out[64] = 27 + 28 - out[64] // 27 ↔ 28
	return out
}
