package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/sequencerset"
	"github.com/etherscale/etherscale/sequencerset/node"
	"github.com/etherscale/etherscale/watcher"
)

// Roles maps the dev keys to the parts they play. The deployer is the
// training-wheels sequencer, as on a real launch.
type Roles struct {
	Sequencer *ecdsa.PrivateKey
	Prover    *ecdsa.PrivateKey
	Watcher   *ecdsa.PrivateKey
	Dishonest *ecdsa.PrivateKey   // the staged faults' key (unused without --fault)
	Users     []*ecdsa.PrivateKey // the rest: free for users and the load generator
	// Censored is the user whose transactions the sequencer drops under
	// FaultCensor (the last of Users, which the load generator leaves
	// alone then); nil otherwise.
	Censored *ecdsa.PrivateKey
}

// minServiceAccounts is the number of dev keys the services need: the
// sequencer, the prover, the watcher and the dishonest key.
const minServiceAccounts = 4

func rolesOf(keys []*ecdsa.PrivateKey) (Roles, error) {
	if len(keys) < minServiceAccounts {
		return Roles{}, fmt.Errorf("devnet: services need at least %d dev accounts, have %d", minServiceAccounts, len(keys))
	}
	return Roles{Sequencer: keys[0], Prover: keys[1], Watcher: keys[2], Dishonest: keys[3], Users: keys[minServiceAccounts:]}, nil
}

// Services are the off-chain parts of a running devnet: the sequencer, an
// honest prover, a watcher and, with a fault, the dishonest party.
type Services struct {
	Roles     Roles
	Sequencer *sequencerset.Sequencer // the training-wheels sequencer (--sequencers 1)
	// Nodes are the BFT set's validators (--sequencers 2 or more).
	Nodes     []*node.Node
	nodeStops []context.CancelFunc
	Prover    *watcher.Watcher
	Watcher   *watcher.Watcher
	// Shards are the DA committee's running members.
	Shards []*Shard

	client *ethclient.Client
	cancel context.CancelFunc
	wg     sync.WaitGroup
	failed chan error
	once   sync.Once
}

// L2URL returns the sequencer's JSON-RPC URL (the first validator's with
// a BFT set).
func (s *Services) L2URL() string { return s.L2URLs()[0] }

// L2URLs returns every sequencer's JSON-RPC URL.
func (s *Services) L2URLs() []string {
	if s.Sequencer != nil {
		return []string{s.Sequencer.URL()}
	}
	out := make([]string, len(s.Nodes))
	for i, n := range s.Nodes {
		out[i] = n.URL()
	}
	return out
}

// WatcherURL returns the watcher's HTTP address (JSON-RPC
// etherscale_watchTransaction on /, /status, /metrics), waiting up to
// wait for it to listen; "" if it does not.
func (s *Services) WatcherURL(wait time.Duration) string {
	deadline := time.Now().Add(wait)
	for {
		if a := s.Watcher.MetricsAddr(); a != nil {
			return "http://" + a.String()
		}
		if time.Now().After(deadline) {
			return ""
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Failed delivers the first error that stopped a service.
func (s *Services) Failed() <-chan error { return s.failed }

// StartServices registers the sequencer if needed and starts every service
// in the background; Close stops them. ctx bounds the start-up only: the
// services run until Close.
func (d *Devnet) StartServices(ctx context.Context) (_ *Services, err error) {
	cfg := d.cfg
	if err := cfg.ValidateServices(); err != nil {
		return nil, err
	}
	roles, err := rolesOf(d.DevKeys())
	if err != nil {
		return nil, err
	}
	if cfg.Load > 0 && len(roles.Users) == 0 {
		return nil, fmt.Errorf("devnet: --load needs more than %d dev accounts", minServiceAccounts)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	client, err := ethclient.DialContext(ctx, d.L1HTTP())
	if err != nil {
		return nil, fmt.Errorf("devnet: dial L1: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s := &Services{Roles: roles, client: client, cancel: cancel, failed: make(chan error, 4)}
	defer func() {
		if err != nil {
			s.Close()
		}
	}()
	dep := d.Deployment
	sender := func(k *ecdsa.PrivateKey) (*txmgr.Sender, error) {
		tcfg := txmgr.DefaultConfig()
		tcfg.ErrorABIs = contracts.ErrorABIs()
		return txmgr.New(ctx, client, k, tcfg)
	}

	// The committee first: the sequencer must be active before a shard
	// stores its chunks, but the shards must be up before it disperses.
	var wh *withholder
	if cfg.Fault == FaultWithhold {
		wh = newWithholder()
		wh.first, wh.log = cfg.Sequencers > 1, log.With("svc", "shard")
	}
	if s.Shards, err = d.startCommittee(ctx, client, wh, log.With("svc", "shard")); err != nil {
		return nil, err
	}

	if cfg.Sequencers > 1 {
		if s.Nodes, err = d.startBFT(ctx, client, log); err != nil {
			return nil, err
		}
	} else if err := d.startTrainingWheels(ctx, s, client, sender, wh, log); err != nil {
		return nil, err
	}

	wdeps := func(tx contracts.Transactor, l *slog.Logger) watcher.Deps {
		return watcher.Deps{
			L1: client, Tx: tx, Factory: dep.Contracts.DisputeGameFactory, Inbox: dep.Contracts.Inbox,
			BatchInbox: dep.Contracts.BatchInbox, Genesis: &dep.Config.Genesis, DeployBlock: dep.DeployBlock, Log: l,
		}
	}
	for _, w := range []struct {
		name string
		key  *ecdsa.PrivateKey
		out  **watcher.Watcher
		prov uint64
	}{{"prover", roles.Prover, &s.Prover, cfg.ProveEvery}, {"watcher", roles.Watcher, &s.Watcher, 0}} {
		tx, err := sender(w.key)
		if err != nil {
			return nil, fmt.Errorf("devnet: %s sender: %w", w.name, err)
		}
		wcfg := watcher.DefaultConfig()
		wcfg.DataDir, wcfg.PollInterval, wcfg.ProveEvery = filepath.Join(cfg.DataDir, w.name), cfg.PollInterval, w.prov
		// One opener of sequencer games is enough, and two race for the
		// same game: the watcher opens them, the prover only claims (both
		// play every game).
		wcfg.OpenSequencerGames = w.prov == 0
		// The censorship detectors: the watcher takes users'
		// transactions (its HTTP address serves etherscale_watchTransaction
		// and /status), submits them to the sequencer, forces them after
		// ForceAfter, and posts forced batches; the prover does not, so
		// the two do not race for the same forced batch.
		wcfg.PostForcedBatches = w.prov == 0
		wcfg.SequencerRPCs = s.L2URLs()
		// Detector 4 (equivocation) in the watcher only: the prover and
		// the watcher would race to prove the same equivocation (the loser
		// reverts EquivocationAlreadyProven, harmless but wasted gas).
		if w.prov != 0 {
			wcfg.EquivocationSources = watcher.EquivocationOff
		}
		wcfg.ForceAfter = max(2*cfg.BatchInterval, 3*time.Second)
		if w.prov == 0 {
			wcfg.MetricsAddr = net.JoinHostPort("127.0.0.1", strconv.Itoa(cfg.WatchPort))
			wcfg.AlertWebhook = cfg.AlertWebhook
		}
		if *w.out, err = watcher.New(wcfg, wdeps(tx, log.With("svc", w.name))); err != nil {
			return nil, fmt.Errorf("devnet: %s: %w", w.name, err)
		}
		// Both read certificate batches from the shards and answer or
		// settle DA challenges; the watcher challenges first and the
		// prover, later, only if nobody has (two challengers of one
		// batch race, and the loser's transaction reverts).
		dcfg := watcher.DefaultDAConfig()
		dcfg.ChallengeGrace = 2
		if w.prov != 0 {
			dcfg.ChallengeGrace = 5
		}
		if err := (*w.out).EnableDA(dcfg); err != nil {
			return nil, fmt.Errorf("devnet: %s: %w", w.name, err)
		}
	}

	if s.Sequencer != nil {
		s.run(runCtx, "sequencer", s.Sequencer.Run)
	}
	for i, n := range s.Nodes {
		// Each validator has its own stop, for kill-leader.
		nctx, stop := context.WithCancel(runCtx)
		s.nodeStops = append(s.nodeStops, stop)
		s.run(runCtx, fmt.Sprintf("sequencer %d", i), func(context.Context) error { return n.Run(nctx) })
	}
	if len(s.Nodes) > 0 {
		rate := cfg.Load
		if rate == 0 && cfg.Fault != "" {
			rate = 1 // a staged fault needs batches
			log.Info("fault staged without --load: sending 1 transfer per second so there are batches", "fault", cfg.Fault)
		}
		s.run(runCtx, "load", func(ctx context.Context) error {
			return bftLoad(ctx, s.Nodes, s.Roles.Users, dep.Config.Genesis.ChainID, dep.Config.Genesis.BaseFee.ToInt(), rate, log.With("svc", "load"))
		})
		s.run(runCtx, "set-monitor", func(ctx context.Context) error { return d.watchSet(ctx, client, log.With("svc", "monitor")) })
		if cfg.Fault == FaultKillLeader {
			s.run(runCtx, "fault", func(ctx context.Context) error { return d.killLeader(ctx, client, s, log.With("svc", "fault")) })
		}
	}
	s.run(runCtx, "prover", s.Prover.Run)
	s.run(runCtx, "watcher", s.Watcher.Run)
	s.run(runCtx, "monitor", newMonitor(client, d, cfg.PollInterval, log.With("svc", "monitor")).run)
	if cfg.Fault == FaultInvalidClaim || cfg.Fault == FaultBadChallenger || cfg.Fault == FaultBadDAChallenge {
		tx, err := sender(roles.Dishonest)
		if err != nil {
			return nil, fmt.Errorf("devnet: dishonest sender: %w", err)
		}
		l := newLiar(client, dep, tx, crypto.PubkeyToAddress(roles.Prover.PublicKey), cfg.PollInterval, log.With("svc", "dishonest"))
		act := l.invalidClaim
		switch cfg.Fault {
		case FaultBadChallenger:
			act = l.badChallenge
		case FaultBadDAChallenge:
			act = l.badDAChallenge
		}
		s.run(runCtx, "dishonest", func(ctx context.Context) error { l.run(ctx, act); return nil })
	}
	return s, nil
}

// startTrainingWheels builds the training-wheels sequencer (one key, no
// consensus) with the staged fault and registers it.
func (d *Devnet) startTrainingWheels(ctx context.Context, s *Services, client *ethclient.Client, sender func(*ecdsa.PrivateKey) (*txmgr.Sender, error), wh *withholder, log *slog.Logger) error {
	cfg, dep := d.cfg, d.Deployment
	seqTx, err := sender(s.Roles.Sequencer)
	if err != nil {
		return fmt.Errorf("devnet: sequencer sender: %w", err)
	}
	scfg := sequencerset.DefaultConfig()
	scfg.DA.DAMode = cfg.DAMode
	scfg.StateDir = filepath.Join(cfg.DataDir, "sequencer", "state")
	scfg.ListenAddr = net.JoinHostPort("127.0.0.1", strconv.Itoa(cfg.L2Port))
	scfg.BatchInterval, scfg.Load = cfg.BatchInterval, cfg.Load
	if cfg.Fault != "" && scfg.Load == 0 && len(s.Roles.Users) > 0 {
		// The sequencer posts only batches with something in them; a staged
		// fault needs batches to lie about, so a newcomer who only asked for
		// the fault still sees a dispute.
		scfg.Load = 1
		log.Info("fault staged without --load: sending 1 transfer per second so there are batches to dispute", "fault", cfg.Fault)
	}
	var faults sequencerset.Faults
	loadKeys := s.Roles.Users
	switch cfg.Fault {
	case FaultCensor:
		if len(s.Roles.Users) < 2 {
			return fmt.Errorf("devnet: fault %s needs two user keys (dev accounts ≥ %d)", cfg.Fault, minServiceAccounts+2)
		}
		s.Roles.Censored = s.Roles.Users[len(s.Roles.Users)-1]
		loadKeys = s.Roles.Users[:len(s.Roles.Users)-1]
		faults.Censor = crypto.PubkeyToAddress(s.Roles.Censored.PublicKey)
		log.Warn("the sequencer drops every transaction of one user (fault injected)", "censored", faults.Censor)
	case FaultIgnoreInbox:
		faults.IgnoreInbox = true
		log.Warn("the sequencer ignores the inbox (fault injected)")
	}
	if cfg.Fault == FaultInvalidBatchRoot {
		var once sync.Once
		faults.StateRoot = func(n uint64, root common.Hash) common.Hash {
			once.Do(func() { root = wrongRoot("invalid-batch-root", n) })
			return root
		}
	}
	if wh != nil {
		// In on the withholding: the data is not revealed when challenged.
		faults.IgnoreDAChallenges = true
		var once sync.Once
		faults.Dispersed = func(n uint64, root common.Hash) {
			once.Do(func() {
				wh.mark(root)
				log.Warn("batch data dispersed; the shards will attest but never serve it (fault injected)", "batch", n, "dataRoot", root)
			})
		}
	}
	if s.Sequencer, err = sequencerset.New(ctx, scfg, sequencerset.Deps{
		L1: client, Tx: seqTx, Key: s.Roles.Sequencer, Rollup: sequencerset.RollupOf(dep),
		LoadKeys: loadKeys, Faults: faults, Log: log.With("svc", "sequencer"),
	}); err != nil {
		return err
	}
	if err := d.registerSequencer(ctx, client, seqTx, s.Roles.Sequencer, s.Sequencer.URL(), log); err != nil {
		return err
	}
	return nil
}

// run starts one service; an error it returns is reported on Failed.
func (s *Services) run(ctx context.Context, name string, f func(context.Context) error) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := f(ctx); err != nil && ctx.Err() == nil {
			select {
			case s.failed <- fmt.Errorf("devnet: %s: %w", name, err):
			default:
			}
		}
	}()
}

// Close stops every service and waits for them.
func (s *Services) Close() error {
	var errs []error
	s.once.Do(func() {
		s.cancel()
		s.wg.Wait()
		if s.Sequencer != nil {
			errs = append(errs, s.Sequencer.Close())
		}
		for _, w := range []*watcher.Watcher{s.Prover, s.Watcher} {
			if w != nil {
				errs = append(errs, w.Close())
			}
		}
		// The shards last: the sequencer's last dispersal waits for them.
		// Each may wait out its shutdown period: in parallel.
		shardErrs := make([]error, len(s.Shards))
		var wg sync.WaitGroup
		for i, sh := range s.Shards {
			wg.Add(1)
			go func() {
				defer wg.Done()
				shardErrs[i] = sh.Server.Close()
			}()
		}
		wg.Wait()
		errs = append(errs, shardErrs...)
		s.client.Close()
	})
	return errors.Join(errs...)
}

// registerSequencer bonds the sequencer key unless it is active already (a
// restart on the same data dir).
func (d *Devnet) registerSequencer(ctx context.Context, client *ethclient.Client, tx contracts.Transactor, key *ecdsa.PrivateKey, endpoint string, log *slog.Logger) error {
	set := contracts.NewSequencerSet(d.Deployment.Contracts.SequencerSet, client, tx)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	active, err := set.IsActive(ctx, addr)
	if err != nil {
		return fmt.Errorf("devnet: sequencer status: %w", err)
	}
	if active {
		log.Info("sequencer already registered", "address", addr)
		return nil
	}
	// A lone sequencer runs no consensus: its L1 key stands in for the
	// consensus key.
	if _, err := set.Register(ctx, d.Deployment.Config.MinBond.Big(), crypto.CompressPubkey(&key.PublicKey), endpoint); err != nil {
		// A sequencer slashed in an earlier run cannot come back; the
		// rest of the devnet still works, so this is not fatal.
		log.Warn("sequencer registration failed; batches will be refused", "address", addr, "err", err)
		return nil
	}
	log.Info("sequencer registered", "address", addr, "bond", d.Deployment.Config.MinBond.Big())
	return nil
}

// monitor logs the outcome of every game, and the slashing a sequencer
// game brings: the one part of the story no single service tells. It is
// the devnet's one INFO line per outcome (the prover and the watcher log
// theirs at DEBUG).
type monitor struct {
	factory *contracts.DisputeGameFactory
	set     *contracts.SequencerSet
	da      *daMonitor
	poll    time.Duration
	from    uint64 // the deployment block: where events are looked for
	// lone: the training-wheels sequencer is the only one, so its slashing
	// halts the L2.
	lone bool
	log  *slog.Logger
}

func newMonitor(client *ethclient.Client, d *Devnet, poll time.Duration, log *slog.Logger) *monitor {
	c := d.Deployment.Contracts
	lone := d.cfg.Sequencers <= 1
	return &monitor{
		factory: contracts.NewDisputeGameFactory(c.DisputeGameFactory, client, nil),
		set:     contracts.NewSequencerSet(c.SequencerSet, client, nil),
		da:      newDAMonitor(client, d, lone, log), poll: poll, from: d.Deployment.DeployBlock, lone: lone, log: log,
	}
}

func (m *monitor) run(ctx context.Context) error {
	// resolved: outcome logged; done: nothing more to log. A sequencer
	// game's signers are slashed by a later transaction than its
	// resolution, so such a game stays watched until then.
	resolved, done := make(map[int64]bool), make(map[int64]bool)
	t := time.NewTicker(m.poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		m.da.pass(ctx)
		count, err := m.factory.GameCount(ctx)
		if err != nil {
			continue
		}
		for id := int64(0); id < count.Int64(); id++ {
			if done[id] {
				continue
			}
			g := m.factory.Game(big.NewInt(id))
			info, err := g.Info(ctx)
			if err != nil || info.Status == contracts.GameInProgress {
				continue
			}
			if !resolved[id] {
				claims, err := g.Claims(ctx)
				if err != nil {
					continue // an L1 hiccup: the next pass tells it
				}
				resolved[id] = true
				m.logOutcome(info, claims)
			}
			switch {
			case info.SignersSlashed:
				if m.logSlashing(ctx, info) {
					done[id] = true
				}
			case !info.Sequencer || info.Status != contracts.GameChallengerWins:
				done[id] = true
			}
		}
	}
}

// gameOutcome is who won and lost what in a resolved game: every claim's
// bond goes to its payee, so a party's bonds won are the bonds of others
// paid to it and its bonds lost its own bonds paid to others.
type gameOutcome struct {
	winner, loser common.Address
	won, lost     *big.Int // the winning side's bonds won, the loser's bonds lost
}

func outcomeOf(info *contracts.GameInfo, claims []contracts.GameClaim) gameOutcome {
	won, lost := make(map[common.Address]*big.Int), make(map[common.Address]*big.Int)
	add := func(m map[common.Address]*big.Int, a common.Address, v *big.Int) {
		if m[a] == nil {
			m[a] = new(big.Int)
		}
		m[a].Add(m[a], v)
	}
	for i := range claims {
		c := &claims[i]
		if c.Bond == nil || c.Payee == (common.Address{}) || c.Payee == c.Claimant {
			continue
		}
		add(won, c.Payee, c.Bond)
		add(lost, c.Claimant, c.Bond)
	}
	// The root's side: its claimant if the root stood, else whoever
	// countered it (its payee, the claimant of the uncountered child).
	// The other side is the party that lost most bonds to it.
	var o gameOutcome
	if len(claims) > 0 {
		root := &claims[0]
		if info.Status == contracts.GameDefenderWins {
			o.winner = root.Claimant
		} else {
			o.winner, o.loser = root.Payee, root.Claimant
			if o.winner == (common.Address{}) || o.winner == root.Claimant {
				o.winner = root.CounteredBy
			}
		}
	}
	if o.loser == (common.Address{}) {
		for a, v := range lost {
			if a != o.winner && (o.loser == (common.Address{}) || v.Cmp(lost[o.loser]) > 0) {
				o.loser = a
			}
		}
	}
	o.won, o.lost = new(big.Int), new(big.Int)
	// The winning side's bonds won: the root's claimant and whoever else
	// played on its side (a watcher may counter the attacker before the
	// prover does, and take that bond).
	for a, v := range won {
		if a != o.loser {
			o.won.Add(o.won, v)
		}
	}
	if v := lost[o.loser]; v != nil {
		o.lost.Set(v)
	}
	return o
}

func (m *monitor) logOutcome(info *contracts.GameInfo, claims []contracts.GameClaim) {
	o := outcomeOf(info, claims)
	side := "the root claim stood"
	if info.Status == contracts.GameChallengerWins {
		side = "the root claim was wrong"
	}
	if info.Sequencer {
		side += " (sequencer game: the batch's posted root)"
	}
	var loser any = o.loser
	switch {
	case info.Sequencer && info.Status == contracts.GameChallengerWins:
		// The root is the batch's posted root, bonded by nobody: the
		// losers are its signers, whose slashing is the next line.
		loser = "the batch's signers"
	case o.loser == (common.Address{}):
		loser = "none (unchallenged)"
	}
	m.log.Info(fmt.Sprintf("OUTCOME game %s (batch %d): %s, %s", info.ID, info.Batch, info.Status, side),
		"game", info.ID, "batch", info.Batch, "status", info.Status, "sequencerGame", info.Sequencer,
		"winner", o.winner, "loser", loser, "bondsWon", weiString(o.won), "bondsLost", weiString(o.lost), "claims", len(claims))
}

// logSlashing tells the slashing of a lost sequencer claim's signers: who
// lost how much stake, the reward and to whom; it reports false if the
// events are not readable yet (the next pass tries again).
func (m *monitor) logSlashing(ctx context.Context, info *contracts.GameInfo) bool {
	ev, tx, err := m.factory.SlashingOf(ctx, info.ID, m.from)
	if err != nil || ev == nil {
		return false
	}
	slashes, err := m.set.Slashes(ctx, m.from, nil)
	if err != nil {
		return false
	}
	reward, burned := new(big.Int), new(big.Int)
	var signers []common.Address
	for _, s := range slashes {
		if s.TxHash != tx {
			continue
		}
		signers = append(signers, s.Sequencer)
		reward.Add(reward, s.Reward)
		burned.Add(burned, s.Burned)
	}
	m.log.Warn(fmt.Sprintf("OUTCOME game %s (batch %d): sequencer slashed, the batch signers lost their stake", info.ID, info.Batch),
		"game", info.ID, "batch", info.Batch, "loser", signers, "slashedStake", weiString(ev.Slashed),
		"winner", ev.Recipient, "reward", weiString(reward), "burned", weiString(burned))
	if m.lone {
		m.log.Error("L2 HALTED: the only sequencer was slashed; it refuses new transactions and no batch can reach L1 (restart the devnet with --fresh)",
			"sequencer", signers)
	}
	return true
}
