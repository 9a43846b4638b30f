package main

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnet"
)

func devnetCommand() *cli.Command {
	def := devnet.DefaultConfig()
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a complete EtherScale network on an embedded L1 until interrupted",
		Description: `Starts go-ethereum's dev-mode node in process (JSON-RPC on 127.0.0.1), deploys
every contract with the devnet preset, writes DATA-DIR/deployment.json, and
runs the network on it until Ctrl-C:

  - the sequencers: --sequencers 4 (the default) bonded validators of the
    BFT set, each a CometBFT node in this process (homes in
    DATA-DIR/sequencers/I), agreeing on every block, taking turns to post
    batches to L1 (in --da mode), the first one's L2 JSON-RPC on --l2-port;
    --sequencers 1 is the training-wheels sequencer instead (dev key 0, the
    deployer): a batch every --batch-interval, in --da mode;
  - an honest prover (dev key 1, data in DATA-DIR/prover) claiming every
    --prove-every batches and defending correct claims;
  - a watcher (dev key 2, data in DATA-DIR/watcher) countering wrong claims
    and disputing wrong batch roots;
  - the DA committee: n shard nodes (n = 6, any k = 3 rebuild a batch, 4
    attestations certify it) bonded in DACommittee, serving on --shard-port
    and up, data in DATA-DIR/shards/I. With --da shards (the default) the
    sequencer disperses every batch to them and posts the certificate; the
    prover and the watcher read batches back from the shards and challenge
    in DAChallenge when they cannot.

--fault stages one misbehaviour for them to catch (dev key 3 is the
dishonest party): invalid-claim (a wrong claim on the first final batch),
invalid-batch-root (the sequencer's first batch has a wrong state root),
bad-challenger (the prover's first claim is attacked with a wrong value),
withhold (the shards attest the first batch but never serve its data; the
watcher challenges it. With the BFT set a validator reveals the data on L1
from its own copy: the batch stands and the chain goes on. With
--sequencers 1 the sequencer is in on it, nobody answers, the batch is void
and the sequencer and the attesting shards are slashed: the L2 halts),
bad-da-challenge (the first batch's
availability is challenged though the shards serve it: the sequencer reveals
the data in time and takes the challenger's bond), censor (the sequencer
drops every transaction of the last dev key: hand it to the watcher with
'etherscale watch track', which forces it through the inbox), ignore-inbox
(the sequencer never consumes inbox entries: deposit with 'etherscale inbox
deposit', the watcher posts the forced batch after forceGrace and the
sequencer is penalised). These but withhold run with the training-wheels
sequencer (--sequencers 1, chosen for them unless --sequencers is given). The BFT
set's faults: kill-leader (the leader of the next slot is stopped: another
member posts after the leader window and the missed slot is struck),
equivocate (the last validator serves a second signed header per batch:
the others prove it on L1, it is slashed and leaves the set at the next
epoch, the chain goes on), skip-overdue (the last validator proposes
without the inbox entries: the others reject its blocks once an entry is
overdue and include the entries themselves).
The sequencer only posts batches with something in them: send a transfer,
deposit, or use --load.

Restarting on the same --data-dir reuses the chain and the deployment;
--fresh starts over.`,
		Flags: []cli.Flag{
			&cli.PathFlag{Name: "data-dir", Value: def.DataDir, EnvVars: env("DATA_DIR"), Usage: "where the L1 chain and deployment.json live"},
			&cli.Uint64Flag{Name: "block-period", Value: def.BlockPeriod, EnvVars: env("BLOCK_PERIOD"), Usage: "L1 block period in seconds (0 = a block per transaction)"},
			&cli.IntFlag{Name: "http-port", Value: 8545, EnvVars: env("HTTP_PORT"), Usage: "L1 JSON-RPC HTTP port on 127.0.0.1 (0 = any free port)"},
			&cli.IntFlag{Name: "ws-port", Value: 8546, EnvVars: env("WS_PORT"), Usage: "L1 JSON-RPC WebSocket port on 127.0.0.1 (0 = any free port)"},
			&cli.IntFlag{Name: "sequencers", Value: 4, EnvVars: env("SEQUENCERS"), Usage: "bonded sequencers: N ≥ 2 run the BFT set, 1 the training-wheels sequencer"},
			&cli.IntFlag{Name: "l2-port", Value: 8547, EnvVars: env("L2_PORT"), Usage: "sequencer L2 JSON-RPC port on 127.0.0.1 (0 = any free port)"},
			&cli.IntFlag{Name: "watch-port", Value: 8548, EnvVars: env("WATCH_PORT"), Usage: "the watcher's HTTP port on 127.0.0.1: etherscale watch track/status, /metrics (0 = any free port)"},
			&cli.DurationFlag{Name: "batch-interval", Value: def.BatchInterval, EnvVars: env("BATCH_INTERVAL"), Usage: "how often the sequencer posts a batch (when it has something to post)"},
			&cli.IntFlag{Name: "load", Value: 0, EnvVars: env("LOAD"), Usage: "send N signed L2 transfers per second among the user dev keys (4 and up)"},
			&cli.Uint64Flag{Name: "prove-every", Value: def.ProveEvery, Usage: "the honest prover claims every N-th batch"},
			&cli.StringFlag{Name: "fault", Value: "none", EnvVars: env("FAULT"), Usage: "stage a fault: none, invalid-claim, invalid-batch-root, bad-challenger, withhold (either), bad-da-challenge, censor, ignore-inbox (training wheels), kill-leader, equivocate or skip-overdue (BFT set)"},
			&cli.StringFlag{Name: "da", Value: def.DAMode, EnvVars: env("DA"), Usage: "where the sequencer puts batch data: shards (the DA committee) or calldata"},
			&cli.IntFlag{Name: "shard-port", Value: 8550, EnvVars: env("SHARD_PORT"), Usage: "first DA shard's port on 127.0.0.1; member i listens on port+i (0 = any free ports)"},
			&cli.IntFlag{Name: "accounts", Value: def.DevAccounts, Usage: "number of pre-funded dev keys (at least 4)"},
			&cli.BoolFlag{Name: "fresh", Usage: "delete --data-dir first"},
			jsonFlag,
		},
		Action: func(c *cli.Context) error {
			log, err := newLogger(c)
			if err != nil {
				return err
			}
			fault, err := devnet.ParseFault(c.String("fault"))
			if err != nil {
				return fmt.Errorf("--fault: %w", err)
			}
			cfg := def
			cfg.DataDir = c.Path("data-dir")
			cfg.BlockPeriod = c.Uint64("block-period")
			cfg.HTTPPort, cfg.WSPort, cfg.L2Port, cfg.WatchPort = c.Int("http-port"), c.Int("ws-port"), c.Int("l2-port"), c.Int("watch-port")
			cfg.DevAccounts = c.Int("accounts")
			cfg.Fresh = c.Bool("fresh")
			cfg.BatchInterval, cfg.Load, cfg.ProveEvery, cfg.Fault = c.Duration("batch-interval"), c.Int("load"), c.Uint64("prove-every"), fault
			cfg.DAMode, cfg.ShardPort = c.String("da"), c.Int("shard-port")
			cfg.Sequencers = c.Int("sequencers")
			if devnet.TrainingWheelsFault(fault) && !c.IsSet("sequencers") {
				// The faults of one lying sequencer need the one sequencer.
				cfg.Sequencers = 1
				log.Info("this fault is staged by the training-wheels sequencer: running --sequencers 1", "fault", fault)
			}
			cfg.Logger = log
			// Fail on bad service settings before the L1 and the deploy.
			if err := cfg.ValidateServices(); err != nil {
				return err
			}
			d, err := devnet.Start(c.Context, cfg)
			if err != nil {
				return err
			}
			defer d.Close()
			// Commands run next to the devnet find its L1 here (no --l1).
			if err := recordL1(filepath.Join(cfg.DataDir, devnet.DeploymentFile), d.L1HTTP()); err != nil {
				log.Warn("could not record the L1 endpoint in the deployment file", "err", err)
			}
			svc, err := d.StartServices(c.Context)
			if err != nil {
				return err
			}
			defer svc.Close()
			printDevnet(c, d, svc)
			var runErr error
			select {
			case <-c.Context.Done():
			case runErr = <-svc.Failed():
				log.Error("service failed", "err", runErr)
			}
			log.Info("shutting down")
			// Services first: they use the L1 node until they stop.
			return errors.Join(runErr, svc.Close(), d.Close())
		},
	}
}

type devnetInfo struct {
	L1HTTP     string            `json:"l1Http"`
	L2HTTP     string            `json:"l2Http"`
	Watcher    string            `json:"watcher"` // the watcher's HTTP address (watch track/status)
	Fault      string            `json:"fault,omitempty"`
	Roles      map[string]string `json:"roles"`
	L1WS       string            `json:"l1Ws"`
	L1ChainID  uint64            `json:"l1ChainId"`
	L2ChainID  uint64            `json:"l2ChainId"`
	Deployment string            `json:"deployment"`
	Contracts  deploy.Addresses  `json:"contracts"`
	DAMode     string            `json:"daMode"`
	Shards     []shardOut        `json:"shards"`
	Keys       []keyOut          `json:"keys"`
	// Sequencers are the L2 JSON-RPC URLs of every sequencer.
	Sequencers []string `json:"sequencers"`
	// L2HaltsOnFault: the staged fault slashes the only sequencer, after
	// which the L2 refuses new transactions.
	L2HaltsOnFault bool `json:"l2HaltsOnFault,omitempty"`
}

type shardOut struct {
	Member  uint32 `json:"member"` // the DACommittee index, as in the logs
	Address string `json:"address"`
	URL     string `json:"url"`
}

func printDevnet(c *cli.Context, d *devnet.Devnet, svc *devnet.Services) {
	addr := func(k *ecdsa.PrivateKey) string { return crypto.PubkeyToAddress(k.PublicKey).Hex() }
	r := svc.Roles
	info := devnetInfo{
		L1HTTP: d.L1HTTP(), L2HTTP: svc.L2URL(), L1WS: d.L1WS(), Fault: c.String("fault"), Watcher: svc.WatcherURL(5 * time.Second),
		Roles:     map[string]string{"sequencer": addr(r.Sequencer), "prover": addr(r.Prover), "watcher": addr(r.Watcher), "dishonest": addr(r.Dishonest)},
		L1ChainID: d.Deployment.L1ChainID, L2ChainID: d.Deployment.Config.Genesis.ChainID,
		Deployment: d.DeploymentPath(), Contracts: d.Deployment.Contracts, DAMode: c.String("da"),
		Sequencers: svc.L2URLs(),
	}
	info.L2HaltsOnFault = devnet.Halts(devnet.Fault(info.Fault), len(svc.Nodes))
	if r.Censored != nil {
		info.Roles["censored"] = addr(r.Censored)
	}
	for _, sh := range svc.Shards {
		info.Shards = append(info.Shards, shardOut{Member: sh.Member(), Address: addr(sh.Key), URL: sh.URL()})
	}
	for _, k := range d.DevKeys() {
		info.Keys = append(info.Keys, keyOut{Address: crypto.PubkeyToAddress(k.PublicKey).Hex(), Key: hex.EncodeToString(crypto.FromECDSA(k))})
	}
	if c.Bool(jsonFlag.Name) {
		_ = writeJSON(c.App.Writer, info)
		return
	}
	w := c.App.Writer
	fmt.Fprintf(w, "\nEtherScale devnet is running. Ctrl-C stops it.\n\n")
	fmt.Fprintf(w, "  L1 RPC       %s\n  L1 WS        %s\n  L2 RPC       %s\n  watcher      %s (etherscale watch track/status --watcher)\n  L1 chain id  %d\n  L2 chain id  %d\n", info.L1HTTP, info.L1WS, info.L2HTTP, info.Watcher, info.L1ChainID, info.L2ChainID)
	if len(svc.Nodes) > 0 {
		fmt.Fprintf(w, "  sequencers   %d bonded validators (BFT), JSON-RPC %s\n", len(svc.Nodes), strings.Join(info.Sequencers, " "))
		fmt.Fprintf(w, "  deployer     %s (key 0)\n", info.Roles["sequencer"])
	} else {
		fmt.Fprintf(w, "  sequencer    %s (key 0, training wheels)\n", info.Roles["sequencer"])
	}
	fmt.Fprintf(w, "  prover       %s (key 1)\n  watcher      %s (key 2)\n  dishonest    %s (key 3, fault %s)\n",
		info.Roles["prover"], info.Roles["watcher"], info.Roles["dishonest"], info.Fault)
	if info.L2HaltsOnFault {
		fmt.Fprintf(w, "  L2 halts     once the fault is caught: the only sequencer is slashed and the L2 refuses new transactions (\"sequencer halted\"); --fresh starts over\n")
	}
	if c := info.Roles["censored"]; c != "" {
		fmt.Fprintf(w, "  censored     %s (the last key: its transactions are dropped by the sequencer)\n", c)
	}
	fmt.Fprintf(w, "  deployment   %s\n", info.Deployment)
	fmt.Fprintf(w, "  DA mode      %s (k = %d, n = %d, threshold %d)\n", info.DAMode, d.Deployment.Config.DA.K, d.Deployment.Config.DA.N, d.Deployment.Config.DA.Threshold)
	for _, sh := range info.Shards {
		fmt.Fprintf(w, "  DA member %d  %s  %s\n", sh.Member, sh.URL, sh.Address)
	}
	printAddresses(w, d.Deployment.Contracts)
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Funded dev keys (L1 and L2; public, never use them elsewhere; 4 and up are free for you):\n")
	for i, k := range info.Keys {
		fmt.Fprintf(w, "  (%d) %s  %s\n", i, k.Address, k.Key)
	}
	fmt.Fprintln(w)
}
