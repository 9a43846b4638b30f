package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/dawire"
)

func shardCommand() *cli.Command {
	return &cli.Command{
		Name:  "shard",
		Usage: "run a DA committee member's shard node (stores and serves its chunk of every certificate batch)",
		Description: `The member is the --key's address in DACommittee; its index and the committee
parameters are read from L1. Only active sequencers (SequencerSet.isActive)
may store chunks. Each attestation promises to serve the chunk until
now + --retention (its signed expiry; at least the DA challenge and resolve
windows + 1m); a chunk is pruned once past the latest expiry attested for it
and its batch's DA windows. With --register the key is first
bonded in DACommittee (it takes the lowest free index) with --endpoint as the
URL other parties reach this shard at.

Endpoints: PUT/GET /v1/chunks/{dataRoot}/{index}, GET /healthz, GET /metrics.`,
		Flags: append(l1Flags(),
			&cli.PathFlag{Name: "data-dir", Required: true, EnvVars: env("DATA_DIR"), Usage: "directory of the chunk store (goleveldb)"},
			&cli.StringFlag{Name: "listen", Value: da.DefaultListenAddr, EnvVars: env("LISTEN"), Usage: "HTTP listen address (host:port)"},
			&cli.BoolFlag{Name: "register", Usage: "bond the key in DACommittee first, unless it is already a member"},
			&cli.StringFlag{Name: "bond", Usage: "member bond in wei for --register (default: DACommittee's memberBond)"},
			&cli.StringFlag{Name: "endpoint", EnvVars: env("ENDPOINT"), Usage: "public base URL of this shard for --register (default: http://<listen>)"},
			&cli.DurationFlag{Name: "retention", Value: da.DefaultRetention, EnvVars: env("RETENTION"), Usage: "how long each attestation promises to serve its chunk (signed expiry = now + retention)"},
			&cli.DurationFlag{Name: "prune-interval", Value: da.DefaultPruneInterval, Usage: "how often expired chunks are pruned"},
		),
		Action: runShard,
	}
}

func runShard(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	s, err := openL1(c, c.Bool("register"))
	if err != nil {
		return err
	}
	defer s.Close()
	opts := dawire.ShardOptions{
		DataDir: c.Path("data-dir"), Listen: c.String("listen"), Register: c.Bool("register"),
		Endpoint: c.String("endpoint"), Retention: c.Duration("retention"), PruneInterval: c.Duration("prune-interval"),
	}
	if v := c.String("bond"); v != "" {
		if opts.Bond, err = config.ParseWei(v); err != nil {
			return fmt.Errorf("--bond: %w", err)
		}
	}
	var tx contracts.Transactor
	if s.sender != nil {
		tx = s.sender
	}
	srv, err := dawire.StartShard(c.Context, s.client, tx, s.dep, key, opts, log)
	if err != nil {
		return err
	}
	<-c.Context.Done()
	return srv.Close()
}
