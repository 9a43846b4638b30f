package contracts_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/replay"
)

// Parameters of the game test deployments: bisection.TestParams, so that the
// Go model and the contract play by the same numbers.
const (
	gChallengeWindow = 10
	gKeys            = 8 // 0 deploys, 1…4 play, 5… sequencers
	gFixedGas        = 3_000_000
)

var gGenesisRoot = bisection.H(0xa)

// gameEnv is a factory over a BatchInbox test double (any trace layout), a
// real Inbox, a real SequencerSet and a verifier: the test double returning
// the witness's first word, or the real OneStepVerifier.
type gameEnv struct {
	t        *testing.T
	ctx      context.Context
	env      *simbackend.Env
	senders  []*txmgr.Sender
	params   bisection.Params
	inbox    *contracts.Inbox
	set      *contracts.SequencerSet
	bi       common.Address // GameTestBatchInbox
	biB      *bindings.GameTestBatchInbox
	factory  *contracts.DisputeGameFactory // as key 0
	registry *contracts.AnchorStateRegistry
}

type gameEnvOpts struct {
	params  *bisection.Params
	rules   *replay.Rules // deploy the real OneStepVerifier with these; nil: the GameTestVerifier
	genesis *common.Hash
}

func newGameEnv(t *testing.T, o gameEnvOpts) *gameEnv {
	t.Helper()
	env := simbackend.New(t, gKeys)
	e := &gameEnv{t: t, ctx: context.Background(), env: env}
	cfg := simbackend.SenderConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	for i := 0; i < gKeys; i++ {
		e.senders = append(e.senders, env.SenderWithConfig(t, i, cfg))
	}
	e.params = bisection.TestParams()
	e.params.MaxGameDepth = 4
	if o.params != nil {
		e.params = *o.params
	}
	dep := e.senders[0]
	inboxAddr, _, err := contracts.DeployInbox(e.ctx, dep, 60, 4096)
	must(t, err)
	e.inbox = contracts.NewInbox(inboxAddr, env.Client, dep)
	setAddr, _, err := contracts.DeploySequencerSet(e.ctx, dep, bSetParams())
	must(t, err)
	e.set = contracts.NewSequencerSet(setAddr, env.Client, dep)
	e.biB = bindings.NewGameTestBatchInbox()
	e.bi = e.deployRaw(bindings.GameTestBatchInboxMetaData.Bin, e.biB.PackConstructor(inboxAddr))
	var verifier common.Address
	if o.rules != nil {
		verifier, _, err = contracts.DeployOneStepVerifier(e.ctx, dep, o.rules.ChainID, o.rules.BaseFee.ToBig())
		must(t, err)
	} else {
		verifier = e.deployRaw(bindings.GameTestVerifierMetaData.Bin, nil)
	}
	genesis := gGenesisRoot
	if o.genesis != nil {
		genesis = *o.genesis
	}
	fAddr, _, err := contracts.DeployDisputeGameFactory(e.ctx, dep, e.bi, setAddr, verifier, contracts.DisputeGameParams{
		GenesisRoot: genesis, ChallengeWindow: gChallengeWindow, ClaimTimeout: e.params.ClaimTimeout,
		MaxGameDepth: e.params.MaxGameDepth, BondsByDepth: e.params.BondsByDepth, AnchorAirgap: e.params.AnchorAirgap,
	})
	must(t, err)
	e.factory = contracts.NewDisputeGameFactory(fAddr, env.Client, dep)
	reg, err := e.factory.AnchorRegistry(e.ctx)
	must(t, err)
	e.registry = contracts.NewAnchorStateRegistry(reg, env.Client, dep)
	_, err = e.set.Initialize(e.ctx, []common.Address{fAddr})
	must(t, err)
	// Run the chain clock ahead of the wall clock: every block is then
	// exactly one second after its parent, and AdjustTime(d) lands on
	// parent + d, so tests can place actions at exact times.
	env.AdjustTime(t, 1000*time.Second)
	return e
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (e *gameEnv) deployRaw(bin string, args []byte) common.Address {
	e.t.Helper()
	r, err := e.senders[0].Send(e.ctx, txmgr.Candidate{Data: append(common.FromHex(bin), args...)})
	must(e.t, err)
	return r.ContractAddress
}

func (e *gameEnv) addr(i int) common.Address { return crypto.PubkeyToAddress(e.env.Keys[i].PublicKey) }

// as returns a factory client sending from key i.
func (e *gameEnv) as(i int) *contracts.DisputeGameFactory {
	return contracts.NewDisputeGameFactory(e.factory.Address(), e.env.Client, e.senders[i])
}

// asFixed is as with a fixed gas limit, so reverts are mined at a known time.
func (e *gameEnv) asFixed(i int) *contracts.DisputeGameFactory {
	f := e.as(i)
	f.GasLimit = gFixedGas
	return f
}

// setBatch stores a batch record in the test double.
func (e *gameEnv) setBatch(n uint64, headerHash, signersHash common.Hash, cumTrace, postedAt uint64, void bool) {
	e.t.Helper()
	_, err := e.senders[0].Send(e.ctx, txmgr.Candidate{To: &e.bi, Data: e.biB.PackSetBatch(n, headerHash, signersHash, cumTrace, postedAt, void)})
	must(e.t, err)
}

// txBatch registers batch n as holding `txs` batch-transaction steps (no
// inbox entries) after cumPrev steps, and returns its header.
func (e *gameEnv) txBatch(n, cumPrev, txs uint64, stateRoot common.Hash) *contracts.BatchHeader {
	e.t.Helper()
	h := &contracts.BatchHeader{Number: n, TxCount: uint32(txs), TxRoot: bisection.H(0x7000 + n), StateRoot: stateRoot, L2Timestamp: n}
	e.setBatch(n-1, common.Hash{1}, common.Hash{}, cumPrev, 0, false)
	e.setBatch(n, h.Hash(), common.Hash{}, cumPrev+txs, 0, false)
	return h
}

func (e *gameEnv) now() uint64 {
	e.t.Helper()
	h, err := e.env.Client.HeaderByNumber(e.ctx, nil)
	must(e.t, err)
	return h.Time
}

// at makes the next transaction's block carry timestamp t if t is ahead of
// the chain (otherwise the next block is simply one second later).
func (e *gameEnv) at(t uint64) {
	e.t.Helper()
	if now := e.now(); t > now+1 {
		e.env.AdjustTime(e.t, time.Duration(t-now-1)*time.Second)
	}
}

func (e *gameEnv) blockTime(r *types.Receipt) uint64 {
	e.t.Helper()
	h, err := e.env.Client.HeaderByNumber(e.ctx, r.BlockNumber)
	must(e.t, err)
	return h.Time
}

func (e *gameEnv) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.env.Client.BalanceAt(e.ctx, a, nil)
	must(e.t, err)
	return b
}

// revertName returns the custom error name of a revert ("" for nil).
func revertName(t testing.TB, err error) string {
	t.Helper()
	if err == nil {
		return ""
	}
	var rev *txmgr.RevertError
	if !errors.As(err, &rev) {
		t.Fatalf("not a revert: %v", err)
	}
	name, _, _ := strings.Cut(rev.Reason, "(")
	return name
}

func wantGameRevert(t testing.TB, err error, name string) {
	t.Helper()
	if got := revertName(t, err); got != name {
		t.Fatalf("revert %q (%v), want %s", got, err, name)
	}
}

// TestBatchDisputable pins the boundary the factory enforces (BatchNotFinal
// up to and including postedAt + challengeWindow).
func TestBatchDisputable(t *testing.T) {
	for _, tc := range []struct {
		t    uint64
		want bool
	}{{100, false}, {109, false}, {110, false}, {111, true}} {
		if got := contracts.BatchDisputable(100, 10, tc.t); got != tc.want {
			t.Errorf("BatchDisputable(100, 10, %d) = %v, want %v", tc.t, got, tc.want)
		}
	}
}
