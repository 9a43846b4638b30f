package contracts_test

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/simbackend"
)

func TestSequencerSetConstructorReverts(t *testing.T) {
	env := simbackend.New(t, 1)
	sender := env.Sender(t, 0)
	ctx := t.Context()
	with := func(f func(p *contracts.SequencerSetParams)) contracts.SequencerSetParams {
		p := contracts.SequencerSetParams{MinBond: big.NewInt(1), UnbondingPeriod: 10, SlashRewardPercent: 50, SlotDuration: 2, LeaderWindow: 1, EpochLength: 4}
		f(&p)
		return p
	}
	for _, c := range []struct {
		name string
		f    func(p *contracts.SequencerSetParams)
	}{
		{"ZeroMinBond", func(p *contracts.SequencerSetParams) { p.MinBond = big.NewInt(0) }},
		{"ZeroUnbondingPeriod", func(p *contracts.SequencerSetParams) { p.UnbondingPeriod = 0 }},
		{"RewardPercentTooHigh", func(p *contracts.SequencerSetParams) { p.SlashRewardPercent = 101 }},
		{"ZeroSlotDuration", func(p *contracts.SequencerSetParams) { p.SlotDuration = 0; p.LeaderWindow = 0 }},
		{"ZeroEpochLength", func(p *contracts.SequencerSetParams) { p.EpochLength = 0 }},
		{"LeaderWindowTooLong", func(p *contracts.SequencerSetParams) { p.LeaderWindow = 2 }},
		// One epoch is 8 s: an exit takes effect up to 8 s later, so 8 s of
		// unbonding would let the member withdraw while still scheduled.
		{"UnbondingTooShort", func(p *contracts.SequencerSetParams) { p.UnbondingPeriod = 8 }},
	} {
		_, _, err := contracts.DeploySequencerSet(ctx, sender, with(c.f))
		wantRevertName(t, err, c.name)
	}
	if _, _, err := contracts.DeploySequencerSet(ctx, sender, with(func(p *contracts.SequencerSetParams) { p.MinBond = nil })); err == nil {
		t.Fatal("nil minBond accepted")
	}
	// 100 % (everything to the prover) is allowed, and so is 9 s of unbonding.
	if _, _, err := contracts.DeploySequencerSet(ctx, sender, with(func(p *contracts.SequencerSetParams) { p.SlashRewardPercent = 100; p.UnbondingPeriod = 9 })); err != nil {
		t.Fatal(err)
	}
}

func TestSequencerSetInitialize(t *testing.T) {
	env := simbackend.New(t, 2)
	ctx := t.Context()
	dep := env.Sender(t, 0)
	addr, _, err := contracts.DeploySequencerSet(ctx, dep, bSetParams())
	if err != nil {
		t.Fatal(err)
	}
	set := contracts.NewSequencerSet(addr, env.Client, dep)
	other := contracts.NewSequencerSet(addr, env.Client, env.Sender(t, 1))
	fault := common.HexToAddress("0xfa01")

	// Registration before the allowlist exists would be unslashable.
	_, err = other.Register(ctx, bMinBond, []byte{1}, "")
	wantRevertName(t, err, "NotInitialized")

	_, err = other.Initialize(ctx, []common.Address{fault})
	wantRevertName(t, err, "NotDeployer")
	_, err = set.Initialize(ctx, []common.Address{fault, {}})
	wantRevertName(t, err, "ZeroAddress")
	if _, err := set.Initialize(ctx, []common.Address{fault, fault}); err != nil {
		t.Fatal(err)
	}
	_, err = set.Initialize(ctx, []common.Address{dep.From()})
	wantRevertName(t, err, "AlreadyInitialized")

	if ok, err := set.Initialized(ctx); err != nil || !ok {
		t.Fatalf("initialized %v %v", ok, err)
	}
	list, err := set.FaultContracts(ctx)
	if err != nil || len(list) != 1 || list[0] != fault {
		t.Fatalf("fault contracts %v %v", list, err)
	}
	if ok, _ := set.IsFaultContract(ctx, fault); !ok {
		t.Fatal("fault contract not allowlisted")
	}
	if ok, _ := set.IsFaultContract(ctx, dep.From()); ok {
		t.Fatal("deployer allowlisted")
	}
	if d, err := set.Deployer(ctx); err != nil || d != dep.From() {
		t.Fatalf("deployer %s %v", d, err)
	}
	if v, err := set.MinBond(ctx); err != nil || v.Cmp(bMinBond) != 0 {
		t.Fatalf("minBond %v %v", v, err)
	}
	if v, err := set.UnbondingPeriod(ctx); err != nil || v != bUnbonding {
		t.Fatalf("unbondingPeriod %v %v", v, err)
	}
	if v, err := set.SlashRewardPercent(ctx); err != nil || v != bRewardPercent {
		t.Fatalf("slashRewardPercent %v %v", v, err)
	}
}

func TestSequencerSetRegister(t *testing.T) {
	e := newBatchEnv(t)
	ctx := e.ctx
	s2 := e.setAs(2)

	_, err := s2.Register(ctx, new(big.Int).Sub(bMinBond, big.NewInt(1)), []byte{1}, "x")
	wantRevertName(t, err, "BondTooLow")
	_, err = s2.Register(ctx, bMinBond, nil, "x")
	wantRevertName(t, err, "EmptyConsensusKey")
	// Every node reads all members' keys and endpoints in one epochSet
	// call: both are bounded (64 and 512 bytes).
	_, err = s2.Register(ctx, bMinBond, make([]byte, 65), "x")
	wantRevertName(t, err, "ConsensusKeyTooLong")
	_, err = s2.Register(ctx, bMinBond, []byte{1}, strings.Repeat("x", 513))
	wantRevertName(t, err, "EndpointTooLong")
	if _, err := s2.Register(ctx, big.NewInt(-1), []byte{1}, "x"); err == nil {
		t.Fatal("negative bond accepted")
	}

	e.register(2, ether(2))
	e.register(3, bMinBond)
	_, err = s2.Register(ctx, bMinBond, []byte{1}, "again")
	wantRevertName(t, err, "AlreadyRegistered")

	info, err := e.set.Sequencer(ctx, e.addr(2))
	if err != nil {
		t.Fatal(err)
	}
	if info.Status != contracts.SequencerActive || info.Stake.Cmp(ether(2)) != 0 || string(info.ConsensusKey) != "consensus-key-2" || info.Endpoint != "http://seq2:8545" {
		t.Fatalf("info %+v", info)
	}
	if total, _ := e.set.TotalActiveStake(ctx); total.Cmp(ether(3)) != 0 {
		t.Fatalf("total %v", total)
	}
	active, err := e.set.ActiveSequencers(ctx)
	if err != nil || len(active) != 2 || active[0] != e.addr(2) || active[1] != e.addr(3) {
		t.Fatalf("active %v %v", active, err)
	}
	for _, c := range []struct {
		a    common.Address
		want bool
	}{{e.addr(2), true}, {e.addr(3), true}, {e.addr(4), false}} {
		if ok, err := e.set.IsActive(ctx, c.a); err != nil || ok != c.want {
			t.Fatalf("isActive(%s) %v %v", c.a, ok, err)
		}
		if ok, err := e.set.CanPost(ctx, c.a, e.latestTime()); err != nil || ok != c.want {
			t.Fatalf("canPost(%s) %v %v", c.a, ok, err)
		}
	}
	regs, err := e.set.Registrations(ctx, 0, nil)
	if err != nil || len(regs) != 2 || regs[0].Sequencer != e.addr(2) || regs[0].Stake.Cmp(ether(2)) != 0 {
		t.Fatalf("registrations %v %v", regs, err)
	}
	// The bond is held by the contract.
	if bal := e.balance(e.set.Address()); bal.Cmp(ether(3)) != 0 {
		t.Fatalf("contract balance %v", bal)
	}

	// increaseBond: active members only, non-zero.
	_, err = s2.IncreaseBond(ctx, big.NewInt(0))
	wantRevertName(t, err, "ZeroValue")
	_, err = e.setAs(4).IncreaseBond(ctx, big.NewInt(1))
	wantRevertName(t, err, "NotActive")
	if _, err := s2.IncreaseBond(ctx, big.NewInt(5)); err != nil {
		t.Fatal(err)
	}
	if s := e.stake(e.addr(2)); s.Cmp(new(big.Int).Add(ether(2), big.NewInt(5))) != 0 {
		t.Fatalf("stake after increase %v", s)
	}
	if _, err := e.setAs(6).Register(ctx, bMinBond, bytes.Repeat([]byte{6}, 64), strings.Repeat("x", 512)); err != nil {
		t.Fatalf("a 64-byte key and a 512-byte endpoint: %v", err)
	}
}

// TestSequencerSetExitWithdraw checks the unbonding timeline: exit leaves the
// schedule at the next epoch boundary, the bond stays slashable, and withdraw works only after
// unbondingPeriod; then the account may register again.
func TestSequencerSetExitWithdraw(t *testing.T) {
	e := newBatchEnv(t)
	ctx := e.ctx
	s2 := e.setAs(2)
	_, err := s2.Exit(ctx)
	wantRevertName(t, err, "NotActive")
	_, err = s2.Withdraw(ctx)
	wantRevertName(t, err, "NotExiting")

	e.register(2, ether(2))
	e.register(3, ether(1))
	_, err = s2.Withdraw(ctx)
	wantRevertName(t, err, "NotExiting")

	rcpt, err := s2.Exit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Scheduled until the epoch boundary (the next block here), then out.
	if ok, _ := e.set.IsActive(ctx, e.addr(2)); !ok {
		t.Fatal("left the schedule before the epoch boundary")
	}
	e.nextEpoch()
	exitTime := e.blockTime(rcpt.BlockNumber)
	at, err := e.set.WithdrawableAt(ctx, e.addr(2))
	if err != nil || at != exitTime+bUnbonding {
		t.Fatalf("withdrawableAt %d (exit at %d) %v", at, exitTime, err)
	}
	exits, err := e.set.Exits(ctx, 0, nil)
	if err != nil || len(exits) != 1 || exits[0].WithdrawableAt != at || exits[0].Ejected {
		t.Fatalf("exits %+v %v", exits, err)
	}
	if ok, _ := e.set.IsActive(ctx, e.addr(2)); ok {
		t.Fatal("still active after exit")
	}
	if total, _ := e.set.TotalActiveStake(ctx); total.Cmp(ether(1)) != 0 {
		t.Fatalf("total %v", total)
	}
	if active, _ := e.set.ActiveSequencers(ctx); len(active) != 1 || active[0] != e.addr(3) {
		t.Fatalf("active %v", active)
	}
	_, err = s2.Exit(ctx)
	wantRevertName(t, err, "NotActive")
	_, err = s2.Register(ctx, bMinBond, []byte{1}, "")
	wantRevertName(t, err, "AlreadyRegistered")

	// Still slashable while unbonding.
	if _, err := e.slasher.Slash(ctx, e.addr(2), e.addr(5), ether(1)); err != nil {
		t.Fatal(err)
	}
	if s := e.stake(e.addr(2)); s.Cmp(ether(1)) != 0 {
		t.Fatalf("stake after slash while unbonding %v", s)
	}

	e.advanceTo(at - 5)
	_, err = s2.Withdraw(ctx)
	wantRevertName(t, err, "StillUnbonding")

	e.advanceTo(at + 1)
	before := e.balance(e.addr(2))
	rcpt, err = s2.Withdraw(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	want := new(big.Int).Sub(new(big.Int).Add(before, ether(1)), fee)
	if got := e.balance(e.addr(2)); got.Cmp(want) != 0 {
		t.Fatalf("balance after withdraw %v, want %v", got, want)
	}
	info, _ := e.set.Sequencer(ctx, e.addr(2))
	if info.Status != contracts.SequencerNone || info.Stake.Sign() != 0 {
		t.Fatalf("record after withdraw %+v", info)
	}
	_, err = s2.Withdraw(ctx)
	wantRevertName(t, err, "NotExiting")
	e.register(2, bMinBond) // may come back
}

// TestConsensusKeyHeldByOneMember: a consensus key is public (the
// Registered event carries it), and a second member seated with the same
// key would make the BFT set's validator updates name it twice, which
// CometBFT refuses with a consensus failure at the epoch boundary. So a key
// is held by the member that registered it until that member withdraws:
// not freed by its exit (it is still scheduled until the boundary, and
// still slashable), nor by its slashing; free again after the withdrawal.
func TestConsensusKeyHeldByOneMember(t *testing.T) {
	e := newBatchEnv(t)
	ctx := e.ctx
	key := []byte("consensus-key-2")
	holder := func(want common.Address) {
		t.Helper()
		if got, err := e.set.ConsensusKeyHolder(ctx, key); err != nil || got != want {
			t.Fatalf("holder of the key %s (%v), want %s", got, err, want)
		}
	}
	holder(common.Address{})
	e.register(2, ether(2))
	holder(e.addr(2))

	copier := e.setAs(3)
	_, err := copier.Register(ctx, bMinBond, key, "http://copier")
	wantRevertName(t, err, "ConsensusKeyTaken")
	// Other bytes are another key, whatever they decode to.
	if _, err := copier.Register(ctx, bMinBond, append(key, 0), "http://copier"); err != nil {
		t.Fatal(err)
	}

	rcpt, err := e.setAs(2).Exit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.nextEpoch()
	_, err = e.setAs(4).Register(ctx, bMinBond, key, "")
	wantRevertName(t, err, "ConsensusKeyTaken")
	if _, err := e.slasher.Slash(ctx, e.addr(2), e.addr(5), ether(1)); err != nil {
		t.Fatal(err)
	}
	holder(e.addr(2))

	e.advanceTo(e.blockTime(rcpt.BlockNumber) + bUnbonding + 1)
	if _, err := e.setAs(2).Withdraw(ctx); err != nil {
		t.Fatal(err)
	}
	holder(common.Address{})
	if _, err := e.setAs(4).Register(ctx, bMinBond, key, ""); err != nil {
		t.Fatalf("a withdrawn member's key is still taken: %v", err)
	}
	holder(e.addr(4))
}

// TestSequencerSetSlash checks the slashing rules: allowlisted callers only,
// reward share credited as a pull payment, the rest burned (locked), capped at
// the stake, never reverting for an empty stake, and ejection below minBond.
func TestSequencerSetSlash(t *testing.T) {
	e := newBatchEnv(t)
	ctx := e.ctx
	e.register(2, ether(3))
	e.register(3, ether(1))
	prover := e.addr(5)

	_, err := e.setAs(4).Slash(ctx, e.addr(2), prover, ether(1))
	wantRevertName(t, err, "NotFaultContract")
	_, err = e.set.Slash(ctx, e.addr(2), prover, ether(1)) // the deployer is not a fault contract
	wantRevertName(t, err, "NotFaultContract")
	_, err = e.slasher.Slash(ctx, e.addr(2), common.Address{}, ether(1))
	wantRevertName(t, err, "ZeroAddress")

	// 1.5 ETH of 3: stays above minBond, stays active.
	rcpt, err := e.slasher.Slash(ctx, e.addr(2), prover, big.NewInt(15e17))
	if err != nil {
		t.Fatal(err)
	}
	ev, err := e.set.SlashesInReceipt(rcpt)
	if err != nil || len(ev) != 1 {
		t.Fatalf("slash events %v %v", ev, err)
	}
	if ev[0].Amount.Cmp(big.NewInt(15e17)) != 0 || ev[0].Reward.Cmp(big.NewInt(75e16)) != 0 || ev[0].Burned.Cmp(big.NewInt(75e16)) != 0 || ev[0].FaultContract != e.addr(1) || ev[0].Prover != prover {
		t.Fatalf("slash event %+v", ev[0])
	}
	if ok, _ := e.set.IsActive(ctx, e.addr(2)); !ok {
		t.Fatal("ejected above minBond")
	}
	if total, _ := e.set.TotalActiveStake(ctx); total.Cmp(big.NewInt(25e17)) != 0 {
		t.Fatalf("total %v", total)
	}
	// 0.6 more: 0.9 ETH < minBond: ejected, exit clock starts.
	rcpt, err = e.slasher.Slash(ctx, e.addr(2), prover, big.NewInt(6e17))
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := e.set.IsActive(ctx, e.addr(2)); ok {
		t.Fatal("not ejected below minBond")
	}
	exits, _ := e.set.Exits(ctx, rcpt.BlockNumber.Uint64(), nil)
	if len(exits) != 1 || !exits[0].Ejected || exits[0].Sequencer != e.addr(2) {
		t.Fatalf("ejection event %+v", exits)
	}
	if total, _ := e.set.TotalActiveStake(ctx); total.Cmp(ether(1)) != 0 {
		t.Fatalf("total after ejection %v", total)
	}
	// Asking for more than the stake takes the stake.
	if _, err := e.slasher.Slash(ctx, e.addr(2), prover, contracts.SlashAll()); err != nil {
		t.Fatal(err)
	}
	if s := e.stake(e.addr(2)); s.Sign() != 0 {
		t.Fatalf("stake after full slash %v", s)
	}
	// Nothing left, and never registered: no revert, nothing happens.
	rcpt, err = e.slasher.Slash(ctx, e.addr(2), prover, ether(1))
	if err != nil {
		t.Fatal(err)
	}
	if ev, _ := e.set.SlashesInReceipt(rcpt); len(ev) != 0 {
		t.Fatalf("slash of empty stake emitted %v", ev)
	}
	if _, err := e.slasher.Slash(ctx, e.addr(6), prover, ether(1)); err != nil {
		t.Fatal(err)
	}

	// Accounting: 3 ETH slashed in total, half to the prover.
	if c := e.credit(prover); c.Cmp(big.NewInt(15e17)) != 0 {
		t.Fatalf("credit %v", c)
	}
	if b, _ := e.set.TotalBurned(ctx); b.Cmp(big.NewInt(15e17)) != 0 {
		t.Fatalf("burned %v", b)
	}
	slashes, err := e.set.Slashes(ctx, 0, nil)
	if err != nil || len(slashes) != 3 {
		t.Fatalf("slashes %d %v", len(slashes), err)
	}

	// Pull payment.
	_, err = e.setAs(4).ClaimCredit(ctx)
	wantRevertName(t, err, "NoCredit")
	before := e.balance(prover)
	rcpt, err = e.setAs(5).ClaimCredit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	if got, want := e.balance(prover), new(big.Int).Sub(new(big.Int).Add(before, big.NewInt(15e17)), fee); got.Cmp(want) != 0 {
		t.Fatalf("prover balance %v, want %v", got, want)
	}
	_, err = e.setAs(5).ClaimCredit(ctx)
	wantRevertName(t, err, "NoCredit")
	// Invariant: balance = stakes + credits + burned (3 + 1 − 3 slashed + 0 credit + 1.5 burned).
	if bal := e.balance(e.set.Address()); bal.Cmp(big.NewInt(25e17)) != 0 {
		t.Fatalf("contract balance %v", bal)
	}
}

// TestSequencerSetTransferFailed: a member whose address refuses ETH cannot
// withdraw (and the state is unchanged, so it can retry from a fixed wallet).
func TestSequencerSetTransferFailed(t *testing.T) {
	e := newBatchEnv(t)
	ctx := e.ctx
	fwd := e.deployForwarder(2)
	sb := bindings.NewSequencerSet()
	if _, err := e.forward(2, fwd, e.set.Address(), sb.PackRegister([]byte{1}, "fwd"), bMinBond); err != nil {
		t.Fatalf("register through forwarder: %v", err)
	}
	if ok, _ := e.set.IsActive(ctx, fwd); !ok {
		t.Fatal("forwarder not registered")
	}
	if _, err := e.forward(2, fwd, e.set.Address(), sb.PackExit(), nil); err != nil {
		t.Fatal(err)
	}
	at, _ := e.set.WithdrawableAt(ctx, fwd)
	e.advanceTo(at + 1)
	_, err := e.forward(2, fwd, e.set.Address(), sb.PackWithdraw(), nil)
	wantRevertName(t, err, "TransferFailed")
	if s := e.stake(fwd); s.Cmp(bMinBond) != 0 {
		t.Fatalf("stake after failed withdraw %v", s)
	}
}

func (e *batchEnv) blockTime(n *big.Int) uint64 {
	e.t.Helper()
	h, err := e.env.Client.HeaderByNumber(e.ctx, n)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}
