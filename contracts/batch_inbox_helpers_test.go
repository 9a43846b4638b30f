package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// Parameters of the batch test deployments.
const (
	bInclusionWindow = 60 // Inbox: entries overdue after 60 s
	bForceGrace      = 30 // escape hatch 30 s later
	bMalformedWindow = 120
	bUnbonding       = 600
	bRewardPercent   = 50
	bMaxTxSize       = 4096
	bMaxBatchTxs     = 2000
	bMaxBatchBytes   = 1 << 20
	bL2ChainID       = 42069
)

var bMinBond = ether(1)

// bSetParams are the SequencerSet parameters of the test deployments: slots
// and epochs of one second (every simulated block starts a new epoch, so a
// registration counts from the next block), no exclusive leader window and
// no jailing, so tests about batches can post from any member. The schedule
// tests deploy their own.
func bSetParams() contracts.SequencerSetParams {
	return contracts.SequencerSetParams{
		MinBond: bMinBond, UnbondingPeriod: bUnbonding, SlashRewardPercent: bRewardPercent,
		SlotDuration: 1, LeaderWindow: 0, EpochLength: 1, MaxStrikes: 0,
	}
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// batchEnv is an Inbox, a SequencerSet and a BatchInbox on a simulated chain.
// Key 0 deploys, key 1 is an EOA on the fault-contract allowlist (so tests can
// slash directly), keys 2… are available as sequencers and outsiders.
type batchEnv struct {
	t        testing.TB
	ctx      context.Context
	env      *simbackend.Env
	senders  []*txmgr.Sender // one per key, so nonces never clash
	inbox    *contracts.Inbox
	set      *contracts.SequencerSet // as the deployer
	bi       *contracts.BatchInbox   // as the deployer
	slasher  *contracts.SequencerSet // as key 1
	chainID  uint64
	deployAt uint64
}

type batchEnvOpts struct {
	keys          int
	setParams     contracts.SequencerSetParams // zero: bSetParams
	maxBatchTxs   uint32
	maxBatchBytes uint32
}

func newBatchEnv(t *testing.T) *batchEnv {
	return newBatchEnvWith(t, batchEnvOpts{})
}

func newBatchEnvWith(t testing.TB, o batchEnvOpts) *batchEnv {
	t.Helper()
	if o.keys == 0 {
		o.keys = 8
	}
	if o.maxBatchTxs == 0 {
		o.maxBatchTxs = bMaxBatchTxs
	}
	if o.maxBatchBytes == 0 {
		o.maxBatchBytes = bMaxBatchBytes
	}
	if o.setParams.MinBond == nil {
		o.setParams = bSetParams()
	}
	env := simbackend.New(t, o.keys)
	e := &batchEnv{t: t, ctx: context.Background(), env: env, chainID: env.ChainID.Uint64()}
	cfg := simbackend.SenderConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	for i := 0; i < o.keys; i++ {
		e.senders = append(e.senders, env.SenderWithConfig(t, i, cfg))
	}
	dep := e.senders[0]
	inboxAddr, rcpt, err := contracts.DeployInbox(e.ctx, dep, bInclusionWindow, bMaxTxSize)
	if err != nil {
		t.Fatal(err)
	}
	e.deployAt = rcpt.BlockNumber.Uint64()
	setAddr, _, err := contracts.DeploySequencerSet(e.ctx, dep, o.setParams)
	if err != nil {
		t.Fatal(err)
	}
	biAddr, _, err := contracts.DeployBatchInbox(e.ctx, dep, inboxAddr, setAddr, contracts.BatchInboxParams{
		ForceGrace: bForceGrace, MalformedWindow: bMalformedWindow, MaxBatchTxs: o.maxBatchTxs, MaxBatchBytes: o.maxBatchBytes,
	})
	if err != nil {
		t.Fatal(err)
	}
	e.inbox = contracts.NewInbox(inboxAddr, env.Client, dep)
	e.set = contracts.NewSequencerSet(setAddr, env.Client, dep)
	e.bi = contracts.NewBatchInbox(biAddr, env.Client, dep)
	e.bi.SetDeployBlock(e.deployAt)
	e.slasher = contracts.NewSequencerSet(setAddr, env.Client, e.senders[1])
	if _, err := e.set.Initialize(e.ctx, []common.Address{biAddr, e.addr(1)}); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *batchEnv) addr(i int) common.Address   { return crypto.PubkeyToAddress(e.env.Keys[i].PublicKey) }
func (e *batchEnv) key(i int) *ecdsa.PrivateKey { return e.env.Keys[i] }

// setAs and biAs return clients that send from key i.
func (e *batchEnv) setAs(i int) *contracts.SequencerSet {
	return contracts.NewSequencerSet(e.set.Address(), e.env.Client, e.senders[i])
}

func (e *batchEnv) biAs(i int) *contracts.BatchInbox {
	c := contracts.NewBatchInbox(e.bi.Address(), e.env.Client, e.senders[i])
	c.SetDeployBlock(e.deployAt)
	return c
}

// register makes key i a sequencer with the given bond, and seals one more
// block so that the member is in the schedule of the latest block (the test
// deployments have one-second epochs; a registration counts from the next
// epoch unless the schedule was empty).
func (e *batchEnv) register(i int, bond *big.Int) {
	e.t.Helper()
	if _, err := e.setAs(i).Register(e.ctx, bond, []byte(fmt.Sprintf("consensus-key-%d", i)), fmt.Sprintf("http://seq%d:8545", i)); err != nil {
		e.t.Fatalf("register key %d: %v", i, err)
	}
	e.nextEpoch()
}

// nextEpoch seals blocks until the latest block is in a later epoch of the
// SequencerSet's schedule than it was.
func (e *batchEnv) nextEpoch() {
	e.t.Helper()
	p, err := e.set.ScheduleParams(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	now := e.latestTime()
	next := p.SlotStart(p.EpochFirstSlot(p.Epoch(p.Slot(now)) + 1))
	if next <= now {
		next = now + 1
	}
	e.advanceTo(next)
}

// next builds the header extending the chain head with txs and the inbox
// entries up to queueEnd.
func (e *batchEnv) next(txs [][]byte, queueEnd uint64) (*contracts.BatchHeader, []byte) {
	e.t.Helper()
	head, err := e.bi.ChainHead(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	stateRoot := crypto.Keccak256Hash([]byte(fmt.Sprintf("state after %d", head.Number+1)))
	h, data, err := contracts.NewCalldataHeader(head.Number+1, head.HeaderHash, head.QueueEnd, queueEnd, txs, stateRoot, head.L2Timestamp+1)
	if err != nil {
		e.t.Fatal(err)
	}
	return h, data
}

// sign returns the sorted signatures of keys over h.
func (e *batchEnv) sign(h *contracts.BatchHeader, keys ...int) [][]byte {
	e.t.Helper()
	sigs := make([][]byte, 0, len(keys))
	for _, k := range keys {
		sig, err := contracts.SignHeader(e.key(k), h, e.chainID, e.bi.Address())
		if err != nil {
			e.t.Fatal(err)
		}
		sigs = append(sigs, sig)
	}
	sorted, _, err := contracts.SortHeaderSignatures(h, sigs, e.chainID, e.bi.Address())
	if err != nil {
		e.t.Fatal(err)
	}
	return sorted
}

// post posts h from key poster, signed by keys.
func (e *batchEnv) post(poster int, h *contracts.BatchHeader, data []byte, keys ...int) *contracts.PostedBatch {
	e.t.Helper()
	pb, err := e.biAs(poster).PostBatch(e.ctx, h, e.sign(h, keys...), data)
	if err != nil {
		e.t.Fatalf("post batch %d: %v", h.Number, err)
	}
	return pb
}

// deposits queues n zero-value deposits.
func (e *batchEnv) deposits(n int) {
	e.t.Helper()
	for i := 0; i < n; i++ {
		if _, err := e.inbox.Deposit(e.ctx, common.BigToAddress(big.NewInt(int64(1000+i))), big.NewInt(1)); err != nil {
			e.t.Fatal(err)
		}
	}
}

// latestTime returns the latest block's timestamp.
func (e *batchEnv) latestTime() uint64 {
	e.t.Helper()
	h, err := e.env.Client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// advanceTo seals a block with timestamp t (which must be ahead of the chain).
func (e *batchEnv) advanceTo(t uint64) {
	e.t.Helper()
	now := e.latestTime()
	if t <= now {
		e.t.Fatalf("advanceTo(%d): chain is already at %d", t, now)
	}
	e.env.AdjustTime(e.t, time.Duration(t-now)*time.Second)
}

func (e *batchEnv) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.env.Client.BalanceAt(e.ctx, a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *batchEnv) stake(a common.Address) *big.Int {
	e.t.Helper()
	s, err := e.set.StakeOf(e.ctx, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

func (e *batchEnv) credit(a common.Address) *big.Int {
	e.t.Helper()
	c, err := e.set.Credit(e.ctx, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

// deployForwarder deploys a minimal contract (hand-assembled EVM code) that
// forwards any call: calldata = target (20 bytes) ‖ payload; it calls target
// with payload and msg.value and bubbles the result or the revert data. With
// calldata shorter than 20 bytes (a plain ETH transfer) it runs out of gas,
// so it also serves as a recipient that refuses payments.
// Used to reach code paths that need msg.sender ≠ tx.origin.
func (e *batchEnv) deployForwarder(from int) common.Address {
	e.t.Helper()
	runtime := []byte{
		0x60, 0x14, 0x36, 0x03, // size = calldatasize − 20
		0x60, 0x14, 0x5f, 0x37, // calldatacopy(0, 20, size)
		0x5f, 0x5f, // retSize, retOffset
		0x60, 0x14, 0x36, 0x03, // argsSize
		0x5f,                         // argsOffset
		0x34,                         // value = callvalue
		0x5f, 0x35, 0x60, 0x60, 0x1c, // target = calldataload(0) >> 96
		0x5a, 0xf1, // call(gas, …)
		0x3d, 0x5f, 0x5f, 0x3e, // returndatacopy(0, 0, returndatasize)
		0x60, 0x21, 0x57, // jumpi(ok, success)
		0x3d, 0x5f, 0xfd, // revert(0, returndatasize)
		0x5b, 0x3d, 0x5f, 0xf3, // ok: return(0, returndatasize)
	}
	initCode := append([]byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x09, 0x5f, 0x39, 0x5f, 0xf3}, runtime...)
	rcpt, err := e.senders[from].Send(e.ctx, txmgr.Candidate{Data: initCode})
	if err != nil {
		e.t.Fatal(err)
	}
	return rcpt.ContractAddress
}

// forward sends payload to target through the forwarder fwd, from key i.
func (e *batchEnv) forward(i int, fwd, target common.Address, payload []byte, value *big.Int) (*types.Receipt, error) {
	data := append(append([]byte{}, target[:]...), payload...)
	return e.senders[i].Send(e.ctx, txmgr.Candidate{To: &fwd, Data: data, Value: value})
}

// wantRevertName asserts err is a revert of exactly the custom error name
// (wantRevert matches a prefix, so InvalidSignature would also accept
// InvalidSignatureLength).
func wantRevertName(t *testing.T, err error, name string) {
	t.Helper()
	if err == nil {
		t.Fatalf("expected revert %s, got success", name)
	}
	var rev *txmgr.RevertError
	if !errors.As(err, &rev) {
		t.Fatalf("expected *txmgr.RevertError for %s, got %T: %v", name, err, err)
	}
	if rev.Reason != name && !strings.HasPrefix(rev.Reason, name+"(") {
		t.Fatalf("revert reason %q, want %s", rev.Reason, name)
	}
}
