package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/l1multi"
	"github.com/etherscale/etherscale/watcher"
)

var (
	dataDirFlag = &cli.PathFlag{
		Name: "data-dir", Required: true, EnvVars: env("DATA_DIR"),
		Usage: "directory of the service's database (games seen, action log, metrics)",
	}
	metricsAddrFlag = &cli.StringFlag{
		Name: "metrics-addr", EnvVars: env("METRICS_ADDR"),
		Usage: "serve Prometheus metrics on this address (host:port), at /metrics",
	}
	pollIntervalFlag = &cli.DurationFlag{
		Name: "poll-interval", Value: watcher.DefaultConfig().PollInterval, EnvVars: env("POLL_INTERVAL"),
		Usage: "how often to poll the L1 head",
	}
	confirmationsFlag = &cli.Uint64Flag{
		Name: "confirmations", EnvVars: env("CONFIRMATIONS"),
		Usage: "blocks a game event must be buried under before it is scheduled (0 on a devnet)",
	}
	alertWebhookFlag = &cli.StringFlag{
		Name: "alert-webhook", EnvVars: env("ALERT_WEBHOOK"),
		Usage: "POST a JSON alert to this URL on every detected fault",
	}
	stateCacheFlag = &cli.IntFlag{
		Name: "state-cache-mb", Value: watcher.DefaultConfig().StateCacheBytes >> 20, EnvVars: env("STATE_CACHE_MB"),
		Usage: "MB of L2 state tree nodes kept in memory (the state itself is in --data-dir)",
	}
	workersFlag = &cli.IntFlag{
		Name: "workers", Value: watcher.DefaultConfig().Workers, EnvVars: env("WORKERS"),
		Usage: "games played at once, and so transactions in flight: the counters one pass can land in one L1 block",
	}
	onceFlag    = &cli.BoolFlag{Name: "once", EnvVars: env("ONCE"), Usage: "process the current L1 head once and exit"}
	noDAFlag    = &cli.BoolFlag{Name: "no-da", EnvVars: env("NO_DA"), Usage: "do not read certificate-mode batches from the DA committee nor open or answer DA challenges"}
	daGraceFlag = &cli.StringFlag{
		Name: "da-challenge-grace", EnvVars: env("DA_CHALLENGE_GRACE"),
		Usage: "how long after a batch is posted unavailable data is tolerated before a DA challenge (e.g. 3s, 6h); default: a quarter of da.challengeWindow",
	}
)

// serviceFlags are the flags shared by watch and prove.
func serviceFlags() []cli.Flag {
	return append([]cli.Flag{l1sFlag, keyFlag, keyFileFlag, deploymentFlag, jsonFlag}, dataDirFlag, metricsAddrFlag, pollIntervalFlag, confirmationsFlag, alertWebhookFlag, stateCacheFlag, workersFlag, onceFlag, noDAFlag, daGraceFlag)
}

func watchCommand() *cli.Command {
	return &cli.Command{
		Name:  "watch",
		Usage: "run the watchtower: play every dispute game honestly and dispute wrong batch roots",
		Description: `On every new L1 block the watcher replays the batches, plays every game of
the factory for the honest side (counter wrong claims, defend correct ones,
step, resolve, claim credits) and opens a sequencer game on any final batch
whose header stateRoot differs from the replay. It can be killed at any
moment: on restart it re-reads the chain and its action log in --data-dir.`,
		Flags: append(optionalFlags(serviceFlags()), append(censorFlags(),
			&cli.BoolFlag{Name: "no-sequencer-games", EnvVars: env("NO_SEQUENCER_GAMES"), Usage: "do not dispute wrong batch-header roots"},
		)...),
		Subcommands: watchSubcommands(),
		Action: func(c *cli.Context) error {
			cfg := serviceConfig(c)
			cfg.OpenSequencerGames = !c.Bool("no-sequencer-games")
			censorConfig(c, &cfg)
			return runService(c, cfg)
		},
	}
}

func serviceConfig(c *cli.Context) watcher.Config {
	cfg := watcher.DefaultConfig()
	cfg.DataDir = c.Path(dataDirFlag.Name)
	cfg.MetricsAddr = c.String(metricsAddrFlag.Name)
	cfg.PollInterval = c.Duration(pollIntervalFlag.Name)
	cfg.Confirmations = c.Uint64(confirmationsFlag.Name)
	cfg.AlertWebhook = c.String(alertWebhookFlag.Name)
	cfg.StateCacheBytes = c.Int(stateCacheFlag.Name) << 20
	cfg.Workers = c.Int(workersFlag.Name)
	return cfg
}

// runService wires a watcher to the session and runs it until the
// command's context ends (SIGINT, SIGTERM), or for one pass with --once.
func runService(c *cli.Context, cfg watcher.Config) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	s, err := openL1With(c, true, log)
	if err != nil {
		return err
	}
	defer s.Close()
	w, err := watcher.New(cfg, watcher.Deps{
		L1: s.l1, Tx: s.sender, Factory: s.dep.Contracts.DisputeGameFactory, Inbox: s.dep.Contracts.Inbox,
		BatchInbox: s.dep.Contracts.BatchInbox, Genesis: &s.dep.Config.Genesis, DeployBlock: s.dep.DeployBlock, Log: log,
	})
	if err != nil {
		return err
	}
	defer w.Close()
	if m, ok := s.l1.(*l1multi.Client); ok {
		if err := w.Metrics().Registry().Register(m.Collector("etherscale_watcher")); err != nil {
			return fmt.Errorf("L1 endpoint metrics: %w", err)
		}
	}
	if !c.Bool(noDAFlag.Name) {
		// A challenge that someone else answers costs the bond, so a
		// watcher whose own network hiccups must not challenge at the first
		// failed read: wait a part of the window for dispersal stragglers.
		dcfg := watcher.DefaultDAConfig()
		dcfg.ChallengeGrace = s.dep.Config.DA.ChallengeWindow.Seconds() / 4
		if v := c.String(daGraceFlag.Name); v != "" {
			grace, err := config.ParseDuration(v)
			if err != nil {
				return fmt.Errorf("--%s: %w", daGraceFlag.Name, err)
			}
			if grace >= s.dep.Config.DA.ChallengeWindow {
				return fmt.Errorf("--%s: %s leaves no time to challenge within da.challengeWindow (%s)", daGraceFlag.Name, grace, s.dep.Config.DA.ChallengeWindow)
			}
			dcfg.ChallengeGrace = grace.Seconds()
		}
		if err := w.EnableDA(dcfg); err != nil {
			return err
		}
	}
	if !c.Bool(onceFlag.Name) {
		return w.Run(c.Context)
	}
	head, err := s.l1.HeaderByNumber(c.Context, nil)
	if err != nil {
		return fmt.Errorf("read L1 head: %w", err)
	}
	if err := w.Pass(c.Context, head); err != nil {
		return err
	}
	games, err := w.Store().Games()
	if err != nil {
		return err
	}
	if c.Bool(jsonFlag.Name) {
		if games == nil {
			games = []*watcher.GameRecord{}
		}
		return writeJSON(c.App.Writer, games)
	}
	for _, g := range games {
		fmt.Fprintf(c.App.Writer, "game %d  batch %d  %s\n", g.ID, g.Batch, g.Status)
	}
	return nil
}
