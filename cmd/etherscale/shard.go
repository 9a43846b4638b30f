package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/deploy"
)

func shardCommand() *cli.Command {
	return &cli.Command{
		Name:  "shard",
		Usage: "run a DA committee member's shard node (stores and serves its chunk of every certificate batch)",
		Description: `The member is the --key's address in DACommittee; its index and the committee
parameters are read from L1. Only active sequencers (SequencerSet.isActive)
may store chunks. A chunk is pruned once older than --retention and past its
batch's DA challenge and resolve windows. With --register the key is first
bonded in DACommittee (it takes the lowest free index) with --endpoint as the
URL other parties reach this shard at.

Endpoints: PUT/GET /v1/chunks/{dataRoot}/{index}, GET /healthz, GET /metrics.`,
		Flags: append(l1Flags(),
			&cli.PathFlag{Name: "data-dir", Required: true, EnvVars: env("DATA_DIR"), Usage: "directory of the chunk store (goleveldb)"},
			&cli.StringFlag{Name: "listen", Value: da.DefaultListenAddr, EnvVars: env("LISTEN"), Usage: "HTTP listen address (host:port)"},
			&cli.BoolFlag{Name: "register", Usage: "bond the key in DACommittee first, unless it is already a member"},
			&cli.StringFlag{Name: "bond", Usage: "member bond in wei for --register (default: DACommittee's memberBond)"},
			&cli.StringFlag{Name: "endpoint", EnvVars: env("ENDPOINT"), Usage: "public base URL of this shard for --register (default: http://<listen>)"},
			&cli.DurationFlag{Name: "retention", Value: da.DefaultRetention, EnvVars: env("RETENTION"), Usage: "minimum time a chunk is kept"},
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
	opts := shardOptions{
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
	srv, err := startShard(c.Context, s.client, tx, s.dep, key, opts, log)
	if err != nil {
		return err
	}
	<-c.Context.Done()
	return srv.Close()
}

// shardOptions are the shard command's settings, apart from the connections.
type shardOptions struct {
	DataDir, Listen string
	Register        bool
	Bond            *big.Int // nil: DACommittee's memberBond
	Endpoint        string   // for Register; "" = http://<Listen>
	Retention       time.Duration
	PruneInterval   time.Duration
	// AuthTTL bounds how long an isActive answer is cached (0: default).
	AuthTTL time.Duration
}

// startShard registers the member if asked, reads its index and the
// committee parameters from DACommittee and starts a da.Server. The server
// runs until Close; ctx bounds the start-up and the pruning loop.
func startShard(ctx context.Context, l1 dawire.L1, tx contracts.Transactor, dep *deploy.Deployment, key *ecdsa.PrivateKey, o shardOptions, log *slog.Logger) (*da.Server, error) {
	if dep.Contracts.DACommittee == (common.Address{}) || dep.Contracts.DAChallenge == (common.Address{}) {
		return nil, errors.New("the deployment has no DA committee (contracts.daCommittee/daChallenge)")
	}
	self := crypto.PubkeyToAddress(key.PublicKey)
	com := contracts.NewDACommittee(dep.Contracts.DACommittee, l1, tx)
	p, err := com.Params(ctx)
	if err != nil {
		return nil, fmt.Errorf("DACommittee parameters: %w", err)
	}
	member, err := com.IsMember(ctx, self)
	if err != nil {
		return nil, fmt.Errorf("DACommittee.isMember(%s): %w", self, err)
	}
	if !member {
		if !o.Register {
			return nil, fmt.Errorf("%s is not an active DACommittee member (use --register)", self)
		}
		if tx == nil || tx.From() != self {
			return nil, errors.New("--register needs a sender for the shard's key")
		}
		bond := o.Bond
		if bond == nil {
			bond = p.MemberBond
		}
		endpoint := o.Endpoint
		if endpoint == "" {
			endpoint = "http://" + o.Listen
		}
		if _, err := com.Register(ctx, bond, endpoint); err != nil {
			return nil, fmt.Errorf("register in DACommittee: %w", err)
		}
		log.Info("registered as DA committee member", "address", self, "endpoint", endpoint, "bond", bond)
	}
	index, err := com.IndexOf(ctx, self)
	if err != nil {
		return nil, fmt.Errorf("DACommittee.indexOf(%s): %w", self, err)
	}
	cfg := da.DefaultServerConfig()
	cfg.ListenAddr, cfg.DataDir, cfg.MemberIndex = o.Listen, o.DataDir, index
	cfg.K, cfg.N = uint16(p.K), uint16(p.N)
	// The domain's chain id is the deployment's, checked against --l1 by openL1.
	cfg.Domain = com.Domain(dep.L1ChainID)
	if o.Retention > 0 {
		cfg.Retention = o.Retention
	}
	if o.PruneInterval > 0 {
		cfg.PruneInterval = o.PruneInterval
	}
	cfg.Logger = gethlog.NewLogger(log.Handler())
	auth := dawire.NewSequencerAuthorizer(contracts.NewSequencerSet(dep.Contracts.SequencerSet, l1, nil), o.AuthTTL)
	fin := dawire.NewFinalizer(l1, dep.Contracts.BatchInbox, dep.Contracts.DAChallenge, dep.DeployBlock)
	srv, err := da.NewServer(cfg, key, auth, fin)
	if err != nil {
		return nil, err
	}
	if err := srv.Start(ctx); err != nil {
		srv.Close()
		return nil, err
	}
	log.Info("DA shard running", "member", index, "address", self, "url", srv.URL(), "k", p.K, "n", p.N)
	return srv, nil
}
