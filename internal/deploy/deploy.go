package deploy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
)

// Errors about deployment files and their consistency with the chain.
var (
	ErrChainMismatch = errors.New("L1 chain id does not match")
	ErrMissingField  = errors.New("missing field")
	ErrParamMismatch = errors.New("on-chain parameter differs from the config")
	// ErrCodeVersion means the deployment was made from other contract code
	// than this binary's (contracts.CodeVersion).
	ErrCodeVersion = errors.New("deployed contract code differs from this binary's")
)

// Addresses are the deployed contracts.
type Addresses struct {
	Inbox               common.Address `json:"inbox"`
	SequencerSet        common.Address `json:"sequencerSet"`
	BatchInbox          common.Address `json:"batchInbox"`
	OneStepVerifier     common.Address `json:"oneStepVerifier"`
	DisputeGameFactory  common.Address `json:"disputeGameFactory"`
	AnchorStateRegistry common.Address `json:"anchorStateRegistry"` // deployed by the factory
	DACommittee         common.Address `json:"daCommittee"`
	DAChallenge         common.Address `json:"daChallenge"`
}

// NamedAddress is one deployed contract with its deployment-file name.
type NamedAddress struct {
	Name    string
	Address common.Address
}

// List returns every contract in deployment order, named as in the
// deployment file, so that checks and printing cannot forget one.
func (a Addresses) List() []NamedAddress {
	return []NamedAddress{
		{"inbox", a.Inbox},
		{"sequencerSet", a.SequencerSet},
		{"batchInbox", a.BatchInbox},
		{"oneStepVerifier", a.OneStepVerifier},
		{"disputeGameFactory", a.DisputeGameFactory},
		{"anchorStateRegistry", a.AnchorStateRegistry},
		{"daCommittee", a.DACommittee},
		{"daChallenge", a.DAChallenge},
	}
}

// Deployment is the content of a deployment file.
type Deployment struct {
	L1ChainID   uint64         `json:"l1ChainId"`
	DeployBlock uint64         `json:"deployBlock"` // first block any follower needs to scan
	Deployer    common.Address `json:"deployer"`
	Contracts   Addresses      `json:"contracts"`
	Config      *config.Config `json:"config"`
	// CodeVersion is contracts.CodeVersion() of the binary that deployed:
	// Verify refuses a deployment of other code, whose ABI and rules this
	// binary's clients may not match.
	CodeVersion common.Hash `json:"codeVersion"`
}

// Chain is the L1 read access deploy needs beyond the transactor.
type Chain interface {
	ethereum.ChainIDReader
	ethereum.ChainStateReader
	contracts.Backend
}

// Deploy deploys every contract for cfg and returns the deployment. cfg's
// L1ChainID is filled in from the node if zero, and must match it otherwise.
func Deploy(ctx context.Context, chain Chain, tx contracts.Transactor, cfg *config.Config) (*Deployment, error) {
	chainID, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read L1 chain id: %w", err)
	}
	cfg2 := *cfg
	switch {
	case cfg2.L1ChainID == 0:
		cfg2.L1ChainID = chainID.Uint64()
	case cfg2.L1ChainID != chainID.Uint64():
		return nil, fmt.Errorf("%w: config says %d, node at L1 says %d", ErrChainMismatch, cfg2.L1ChainID, chainID)
	}
	if err := cfg2.Validate(); err != nil {
		return nil, err
	}

	// The header's txCount and dataLength are uint32, and so are the
	// BatchInbox limits.
	if cfg2.MaxBatchTxs > math.MaxUint32 {
		return nil, fmt.Errorf("config: maxBatchTxs: %d does not fit the header's 32-bit txCount", cfg2.MaxBatchTxs)
	}
	if cfg2.MaxBatchBytes > math.MaxUint32 {
		return nil, fmt.Errorf("config: maxBatchBytes: %d does not fit the header's 32-bit dataLength", cfg2.MaxBatchBytes)
	}

	// Order: SequencerSet before BatchInbox (BatchInbox reads its minBond and
	// checks signers against it); every fault contract (BatchInbox,
	// DAChallenge, DisputeGameFactory) before SequencerSet's one-shot
	// initialize; DAChallenge before DACommittee's initialize and
	// BatchInbox.setDA, which both need its address.
	inbox, rcpt, err := contracts.DeployInbox(ctx, tx, cfg2.InclusionWindow.Seconds(), uint32(cfg2.MaxTxBytes))
	if err != nil {
		return nil, err
	}
	// Validate bounds slashRewardPercent to 100 and maxStrikes to 255, so
	// they fit the uint8s. Slot 0 starts at the deployment block.
	set, _, err := contracts.DeploySequencerSet(ctx, tx, contracts.SequencerSetParams{
		MinBond:            cfg2.MinBond.Big(),
		UnbondingPeriod:    cfg2.UnbondingPeriod.Seconds(),
		SlashRewardPercent: uint8(cfg2.SlashRewardPct),
		SlotDuration:       cfg2.SlotDuration.Seconds(),
		LeaderWindow:       cfg2.LeaderWindow.Seconds(),
		EpochLength:        cfg2.EpochLength,
		MaxStrikes:         uint8(cfg2.MaxStrikes),
	})
	if err != nil {
		return nil, err
	}
	batchInbox, _, err := contracts.DeployBatchInbox(ctx, tx, inbox, set, contracts.BatchInboxParams{
		ForceGrace:      cfg2.ForceGrace.Seconds(),
		MalformedWindow: cfg2.DA.ChallengeWindow.Seconds(), // one window to challenge a batch's data, whatever the DA mode
		MaxBatchTxs:     uint32(cfg2.MaxBatchTxs),
		MaxBatchBytes:   uint32(cfg2.MaxBatchBytes),
	})
	if err != nil {
		return nil, err
	}
	// Validate bounds n ≤ 256 and threshold ≤ n, so they fit the uint32s.
	committee, _, err := contracts.DeployDACommittee(ctx, tx, contracts.DACommitteeParams{
		N:                  uint32(cfg2.DA.N),
		K:                  uint32(cfg2.DA.K),
		Threshold:          uint32(cfg2.DA.Threshold),
		MemberBond:         cfg2.DA.MemberBond.Big(),
		UnbondingPeriod:    cfg2.UnbondingPeriod.Seconds(), // the same exit delay as sequencers: longer than any challenge
		SlashRewardPercent: uint8(cfg2.SlashRewardPct),
		// An attestation must promise (expiry) to serve its chunk for as
		// long as a batch posted now can be challenged and answered.
		LiabilityWindow: cfg2.DA.ChallengeWindow.Seconds() + cfg2.DA.ResolveWindow.Seconds(),
	})
	if err != nil {
		return nil, err
	}
	daChallenge, _, err := contracts.DeployDAChallenge(ctx, tx, batchInbox, set, committee, contracts.DAChallengeParams{
		ChallengeWindow: cfg2.DA.ChallengeWindow.Seconds(),
		ResolveWindow:   cfg2.DA.ResolveWindow.Seconds(),
		ChallengeBond:   cfg2.DA.ChallengeBond.Big(),
	})
	if err != nil {
		return nil, err
	}
	verifier, _, err := contracts.DeployOneStepVerifier(ctx, tx, cfg2.Genesis.ChainID, cfg2.Genesis.BaseFee.ToInt())
	if err != nil {
		return nil, err
	}
	genesisRoot, err := cfg2.Genesis.Root()
	if err != nil {
		return nil, fmt.Errorf("genesis state root: %w", err)
	}
	bonds := make([]*big.Int, len(cfg2.BondsByDepth))
	for i, b := range cfg2.BondsByDepth {
		bonds[i] = b.Big()
	}
	// Validate bounds maxGameDepth to 63, so it fits the uint8.
	factoryAddr, _, err := contracts.DeployDisputeGameFactory(ctx, tx, batchInbox, set, verifier, contracts.DisputeGameParams{
		GenesisRoot:     genesisRoot,
		ChallengeWindow: cfg2.DA.ChallengeWindow.Seconds(), // equals BatchInbox's malformedWindow: a batch is final after it
		ClaimTimeout:    cfg2.ClaimTimeout.Seconds(),
		MaxGameDepth:    uint8(cfg2.MaxGameDepth),
		BondsByDepth:    bonds,
		AnchorAirgap:    cfg2.AnchorAirgap.Seconds(),
	})
	if err != nil {
		return nil, err
	}
	registry, err := contracts.NewDisputeGameFactory(factoryAddr, chain, nil).AnchorRegistry(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the factory's anchor registry: %w", err)
	}
	addrs := Addresses{
		Inbox:               inbox,
		SequencerSet:        set,
		BatchInbox:          batchInbox,
		OneStepVerifier:     verifier,
		DisputeGameFactory:  factoryAddr,
		AnchorStateRegistry: registry,
		DACommittee:         committee,
		DAChallenge:         daChallenge,
	}
	if _, err := contracts.NewSequencerSet(set, chain, tx).Initialize(ctx, FaultContracts(addrs)); err != nil {
		return nil, fmt.Errorf("initialize SequencerSet: %w", err)
	}
	if _, err := contracts.NewDACommittee(committee, chain, tx).Initialize(ctx, DAFaultContracts(addrs)); err != nil {
		return nil, fmt.Errorf("initialize DACommittee: %w", err)
	}
	if _, err := contracts.NewBatchInbox(batchInbox, chain, tx).SetDA(ctx, committee, daChallenge); err != nil {
		return nil, fmt.Errorf("BatchInbox.setDA: %w", err)
	}
	d := &Deployment{
		L1ChainID:   cfg2.L1ChainID,
		DeployBlock: rcpt.BlockNumber.Uint64(),
		Deployer:    tx.From(),
		Contracts:   addrs,
		Config:      &cfg2,
		CodeVersion: contracts.CodeVersion(),
	}
	return d, nil
}

// FaultContracts lists the deployed contracts allowed to slash sequencers:
// BatchInbox (malformed batches, the escape hatch's censorship penalty), the
// DisputeGameFactory (sequencer claims that lose their game) and DAChallenge
// (signers of a batch whose data challenge went unanswered).
func FaultContracts(a Addresses) []common.Address {
	return []common.Address{a.BatchInbox, a.DisputeGameFactory, a.DAChallenge}
}

// DAFaultContracts lists the contracts allowed to slash DA committee members:
// DAChallenge (attesters of unavailable data, unanswered chunk challenges).
func DAFaultContracts(a Addresses) []common.Address {
	return []common.Address{a.DAChallenge}
}

// Verify checks the deployment against the chain: right chain, code at every
// address, and on-chain parameters equal to the config.
func (d *Deployment) Verify(ctx context.Context, chain Chain) error {
	chainID, err := chain.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read L1 chain id: %w", err)
	}
	if chainID.Uint64() != d.L1ChainID {
		return fmt.Errorf("%w: deployment is for %d, node is %d", ErrChainMismatch, d.L1ChainID, chainID)
	}
	if v := contracts.CodeVersion(); d.CodeVersion != v {
		return fmt.Errorf("%w: deployment has code version %s, this binary %s (deploy again)", ErrCodeVersion, d.CodeVersion, v)
	}
	for _, c := range d.Contracts.List() {
		if err := contracts.CheckCode(ctx, chain, c.Address); err != nil {
			return fmt.Errorf("%s: %w", c.Name, err)
		}
	}
	inbox := contracts.NewInbox(d.Contracts.Inbox, chain, nil)
	window, err := inbox.InclusionWindow(ctx)
	if err != nil {
		return err
	}
	if window != d.Config.InclusionWindow.Seconds() {
		return fmt.Errorf("%w: Inbox.inclusionWindow = %d, config %d", ErrParamMismatch, window, d.Config.InclusionWindow.Seconds())
	}
	maxTx, err := inbox.MaxTxSize(ctx)
	if err != nil {
		return err
	}
	if uint64(maxTx) != d.Config.MaxTxBytes {
		return fmt.Errorf("%w: Inbox.maxTxSize = %d, config %d", ErrParamMismatch, maxTx, d.Config.MaxTxBytes)
	}
	if err := d.verifySequencerSet(ctx, chain); err != nil {
		return err
	}
	if err := d.verifyBatchInbox(ctx, chain); err != nil {
		return err
	}
	if err := d.verifyDA(ctx, chain); err != nil {
		return err
	}
	return d.verifyGames(ctx, chain)
}

// verifyGames reads back the verifier's rules and the factory's parameters.
func (d *Deployment) verifyGames(ctx context.Context, chain Chain) error {
	v := contracts.NewOneStepVerifier(d.Contracts.OneStepVerifier, chain, nil)
	chainID, err := v.ChainID(ctx)
	if err != nil {
		return err
	}
	baseFee, err := v.BaseFee(ctx)
	if err != nil {
		return err
	}
	if chainID != d.Config.Genesis.ChainID || baseFee.Cmp(d.Config.Genesis.BaseFee.ToInt()) != 0 {
		return fmt.Errorf("%w: OneStepVerifier rules (chain %d, base fee %s), config (%d, %s)", ErrParamMismatch, chainID, baseFee, d.Config.Genesis.ChainID, d.Config.Genesis.BaseFee.ToInt())
	}
	f := contracts.NewDisputeGameFactory(d.Contracts.DisputeGameFactory, chain, nil)
	reg, err := f.AnchorRegistry(ctx)
	if err != nil {
		return err
	}
	if reg != d.Contracts.AnchorStateRegistry {
		return fmt.Errorf("%w: DisputeGameFactory.anchorRegistry = %s, deployment says %s", ErrParamMismatch, reg, d.Contracts.AnchorStateRegistry)
	}
	p, err := f.Params(ctx)
	if err != nil {
		return err
	}
	c := d.Config
	if p.ClaimTimeout != c.ClaimTimeout.Seconds() || uint64(p.MaxGameDepth) != c.MaxGameDepth ||
		p.ChallengeWindow != c.DA.ChallengeWindow.Seconds() || p.AnchorAirgap != c.AnchorAirgap.Seconds() ||
		len(p.BondsByDepth) != len(c.BondsByDepth) {
		return fmt.Errorf("%w: DisputeGameFactory parameters %+v differ from the config", ErrParamMismatch, p)
	}
	for i, b := range c.BondsByDepth {
		if p.BondsByDepth[i].Cmp(b.Big()) != 0 {
			return fmt.Errorf("%w: DisputeGameFactory.bondsByDepth[%d] = %s, config %s", ErrParamMismatch, i, p.BondsByDepth[i], b)
		}
	}
	return nil
}

func (d *Deployment) verifySequencerSet(ctx context.Context, chain Chain) error {
	set := contracts.NewSequencerSet(d.Contracts.SequencerSet, chain, nil)
	minBond, err := set.MinBond(ctx)
	if err != nil {
		return err
	}
	if minBond.Cmp(d.Config.MinBond.Big()) != 0 {
		return fmt.Errorf("%w: SequencerSet.minBond = %s, config %s", ErrParamMismatch, minBond, d.Config.MinBond)
	}
	unbonding, err := set.UnbondingPeriod(ctx)
	if err != nil {
		return err
	}
	if unbonding != d.Config.UnbondingPeriod.Seconds() {
		return fmt.Errorf("%w: SequencerSet.unbondingPeriod = %d, config %d", ErrParamMismatch, unbonding, d.Config.UnbondingPeriod.Seconds())
	}
	pct, err := set.SlashRewardPercent(ctx)
	if err != nil {
		return err
	}
	if uint64(pct) != d.Config.SlashRewardPct {
		return fmt.Errorf("%w: SequencerSet.slashRewardPercent = %d, config %d", ErrParamMismatch, pct, d.Config.SlashRewardPct)
	}
	sp, err := set.ScheduleParams(ctx)
	if err != nil {
		return err
	}
	if sp.SlotDuration != d.Config.SlotDuration.Seconds() || sp.LeaderWindow != d.Config.LeaderWindow.Seconds() || sp.EpochLength != d.Config.EpochLength {
		return fmt.Errorf("%w: SequencerSet schedule slotDuration %d, leaderWindow %d, epochLength %d; config %d, %d, %d", ErrParamMismatch,
			sp.SlotDuration, sp.LeaderWindow, sp.EpochLength, d.Config.SlotDuration.Seconds(), d.Config.LeaderWindow.Seconds(), d.Config.EpochLength)
	}
	strikes, err := set.MaxStrikes(ctx)
	if err != nil {
		return err
	}
	if uint64(strikes) != d.Config.MaxStrikes {
		return fmt.Errorf("%w: SequencerSet.maxStrikes = %d, config %d", ErrParamMismatch, strikes, d.Config.MaxStrikes)
	}
	// An uninitialized set accepts no registrations, and a wrong allowlist
	// would let a foreign contract slash or leave faults unpunishable.
	initialized, err := set.Initialized(ctx)
	if err != nil {
		return err
	}
	if !initialized {
		return fmt.Errorf("%w: SequencerSet is not initialized", ErrParamMismatch)
	}
	got, err := set.FaultContracts(ctx)
	if err != nil {
		return err
	}
	want := FaultContracts(d.Contracts)
	if len(got) != len(want) {
		return fmt.Errorf("%w: SequencerSet fault contracts %v, want %v", ErrParamMismatch, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			return fmt.Errorf("%w: SequencerSet fault contracts %v, want %v", ErrParamMismatch, got, want)
		}
	}
	return nil
}

func (d *Deployment) verifyBatchInbox(ctx context.Context, chain Chain) error {
	bi := contracts.NewBatchInbox(d.Contracts.BatchInbox, chain, nil)
	inbox, err := bi.InboxAddress(ctx)
	if err != nil {
		return err
	}
	if inbox != d.Contracts.Inbox {
		return fmt.Errorf("%w: BatchInbox.inbox = %s, deployment %s", ErrParamMismatch, inbox, d.Contracts.Inbox)
	}
	set, err := bi.SequencerSetAddress(ctx)
	if err != nil {
		return err
	}
	if set != d.Contracts.SequencerSet {
		return fmt.Errorf("%w: BatchInbox.sequencerSet = %s, deployment %s", ErrParamMismatch, set, d.Contracts.SequencerSet)
	}
	grace, err := bi.ForceGrace(ctx)
	if err != nil {
		return err
	}
	if grace != d.Config.ForceGrace.Seconds() {
		return fmt.Errorf("%w: BatchInbox.forceGrace = %d, config %d", ErrParamMismatch, grace, d.Config.ForceGrace.Seconds())
	}
	window, err := bi.MalformedWindow(ctx)
	if err != nil {
		return err
	}
	if window != d.Config.DA.ChallengeWindow.Seconds() {
		return fmt.Errorf("%w: BatchInbox.malformedWindow = %d, config da.challengeWindow %d", ErrParamMismatch, window, d.Config.DA.ChallengeWindow.Seconds())
	}
	maxTxs, err := bi.MaxBatchTxs(ctx)
	if err != nil {
		return err
	}
	if uint64(maxTxs) != d.Config.MaxBatchTxs {
		return fmt.Errorf("%w: BatchInbox.maxBatchTxs = %d, config %d", ErrParamMismatch, maxTxs, d.Config.MaxBatchTxs)
	}
	maxBytes, err := bi.MaxBatchBytes(ctx)
	if err != nil {
		return err
	}
	if uint64(maxBytes) != d.Config.MaxBatchBytes {
		return fmt.Errorf("%w: BatchInbox.maxBatchBytes = %d, config %d", ErrParamMismatch, maxBytes, d.Config.MaxBatchBytes)
	}
	incl, err := bi.InclusionWindow(ctx)
	if err != nil {
		return err
	}
	if incl != d.Config.InclusionWindow.Seconds() {
		return fmt.Errorf("%w: BatchInbox.inclusionWindow = %d, config %d", ErrParamMismatch, incl, d.Config.InclusionWindow.Seconds())
	}
	return nil
}

// verifyDA reads back DACommittee's and DAChallenge's parameters and wiring,
// and BatchInbox's DA addresses.
func (d *Deployment) verifyDA(ctx context.Context, chain Chain) error {
	c := d.Config
	committee := contracts.NewDACommittee(d.Contracts.DACommittee, chain, nil)
	p, err := committee.Params(ctx)
	if err != nil {
		return err
	}
	if uint64(p.N) != c.DA.N || uint64(p.K) != c.DA.K || uint64(p.Threshold) != c.DA.Threshold ||
		p.MemberBond.Cmp(c.DA.MemberBond.Big()) != 0 || p.UnbondingPeriod != c.UnbondingPeriod.Seconds() ||
		uint64(p.SlashRewardPercent) != c.SlashRewardPct ||
		p.LiabilityWindow != c.DA.ChallengeWindow.Seconds()+c.DA.ResolveWindow.Seconds() {
		return fmt.Errorf("%w: DACommittee parameters %+v differ from the config", ErrParamMismatch, p)
	}
	initialized, err := committee.Initialized(ctx)
	if err != nil {
		return err
	}
	got, err := committee.FaultContracts(ctx)
	if err != nil {
		return err
	}
	if want := DAFaultContracts(d.Contracts); !initialized || !sameAddresses(got, want) {
		return fmt.Errorf("%w: DACommittee fault contracts %v (initialized %v), want %v", ErrParamMismatch, got, initialized, want)
	}
	ch := contracts.NewDAChallenge(d.Contracts.DAChallenge, chain, nil)
	cp, err := ch.Params(ctx)
	if err != nil {
		return err
	}
	if cp.ChallengeWindow != c.DA.ChallengeWindow.Seconds() || cp.ResolveWindow != c.DA.ResolveWindow.Seconds() ||
		cp.ChallengeBond.Cmp(c.DA.ChallengeBond.Big()) != 0 {
		return fmt.Errorf("%w: DAChallenge parameters %+v differ from the config", ErrParamMismatch, cp)
	}
	bi, set, com, err := ch.Wiring(ctx)
	if err != nil {
		return err
	}
	if bi != d.Contracts.BatchInbox || set != d.Contracts.SequencerSet || com != d.Contracts.DACommittee {
		return fmt.Errorf("%w: DAChallenge wired to (%s, %s, %s)", ErrParamMismatch, bi, set, com)
	}
	inbox := contracts.NewBatchInbox(d.Contracts.BatchInbox, chain, nil)
	biCommittee, err := inbox.DACommitteeAddress(ctx)
	if err != nil {
		return err
	}
	biChallenge, err := inbox.DAChallengeAddress(ctx)
	if err != nil {
		return err
	}
	if biCommittee != d.Contracts.DACommittee || biChallenge != d.Contracts.DAChallenge {
		return fmt.Errorf("%w: BatchInbox DA contracts (%s, %s), deployment (%s, %s)", ErrParamMismatch, biCommittee, biChallenge, d.Contracts.DACommittee, d.Contracts.DAChallenge)
	}
	return nil
}

func sameAddresses(a, b []common.Address) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Validate checks that the deployment file is complete.
func (d *Deployment) Validate() error {
	if d.L1ChainID == 0 {
		return fmt.Errorf("deployment: l1ChainId: %w", ErrMissingField)
	}
	for _, c := range d.Contracts.List() {
		if c.Address == (common.Address{}) {
			return fmt.Errorf("deployment: contracts.%s: %w", c.Name, ErrMissingField)
		}
	}
	if d.Config == nil {
		return fmt.Errorf("deployment: config: %w", ErrMissingField)
	}
	if d.Config.L1ChainID != d.L1ChainID {
		return fmt.Errorf("deployment: config.l1ChainId %d vs l1ChainId %d: %w", d.Config.L1ChainID, d.L1ChainID, ErrChainMismatch)
	}
	return d.Config.Validate()
}

// Save writes the deployment file atomically (write to a temp file, rename),
// so a crash never leaves a half-written file behind.
func (d *Deployment) Save(path string) error {
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("encode deployment: %w", err)
	}
	data = append(data, '\n')
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, ".deployment-*.json")
	if err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	return nil
}

// Load reads and validates a deployment file.
func Load(path string) (*Deployment, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deployment: %w", err)
	}
	return Decode(data, path)
}

// Decode parses a deployment file's content; name is used in errors.
func Decode(data []byte, name string) (*Deployment, error) {
	var raw struct {
		L1ChainID   uint64          `json:"l1ChainId"`
		DeployBlock uint64          `json:"deployBlock"`
		Deployer    common.Address  `json:"deployer"`
		Contracts   Addresses       `json:"contracts"`
		Config      json.RawMessage `json:"config"`
		CodeVersion common.Hash     `json:"codeVersion"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d := &Deployment{L1ChainID: raw.L1ChainID, DeployBlock: raw.DeployBlock, Deployer: raw.Deployer, Contracts: raw.Contracts, CodeVersion: raw.CodeVersion}
	if len(raw.Config) == 0 {
		return nil, fmt.Errorf("%s: deployment: config: %w", name, ErrMissingField)
	}
	cfg, err := config.Decode(raw.Config)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d.Config = cfg
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}
