package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"strings"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/l1multi"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/watcher"
)

var deploymentFlag = &cli.PathFlag{
	Name: "deployment", Value: "deployment.json", EnvVars: env("DEPLOYMENT"),
	Usage: "deployment file written by `etherscale deploy` or `etherscale devnet`; default: ./deployment.json, else devnet-data/deployment.json",
}

// l1Flags are the flags of every command that acts on a deployed rollup.
func l1Flags() []cli.Flag {
	return []cli.Flag{l1Flag, keyFlag, keyFileFlag, deploymentFlag, jsonFlag}
}

// readFlags are the flags of the read-only commands: l1Flags with the key
// flags hidden. They must not list a key they never use, but scripts that
// pass one to every command keep working.
func readFlags() []cli.Flag {
	hiddenKey, hiddenKeyFile := *keyFlag, *keyFileFlag
	hiddenKey.Hidden, hiddenKeyFile.Hidden = true, true
	return []cli.Flag{l1Flag, &hiddenKey, &hiddenKeyFile, deploymentFlag, jsonFlag}
}

// l1Client is what the services read and send through: the plain
// *ethclient.Client for one --l1 URL, an *l1multi.Client for several.
type l1Client interface {
	watcher.L1
	txmgr.Backend
	Close()
}

// l1Session is what a command acting on a deployed rollup needs: the
// deployment, a client checked to be on its chain, and, when a key was
// given, a transaction sender.
type l1Session struct {
	dep *deploy.Deployment
	// l1 is the connection; client is the same one when it is a single
	// endpoint (always, for the commands whose --l1 takes one URL).
	l1        l1Client
	client    *ethclient.Client
	sender    *txmgr.Sender // nil when no key was given
	senderKey *ecdsa.PublicKey
}

// l1URLs returns the --l1 endpoints: several for the services' slice flag.
func l1URLs(c *cli.Context) []string {
	var raw []string
	for _, f := range c.Command.Flags {
		if f == cli.Flag(l1sFlag) {
			raw = c.StringSlice(l1sFlag.Name)
		}
	}
	if raw == nil {
		raw = []string{c.String(l1Flag.Name)}
	}
	var urls []string
	for _, u := range raw {
		for _, part := range strings.Split(u, ",") {
			if part = strings.TrimSpace(part); part != "" {
				urls = append(urls, part)
			}
		}
	}
	return urls
}

// openL1 loads --deployment, dials --l1 and checks the chain id; with
// needKey it also loads the key and builds a sender.
func openL1(c *cli.Context, needKey bool) (*l1Session, error) { return openL1With(c, needKey, nil) }

// openL1With is openL1 whose multi-endpoint client warns to log.
func openL1With(c *cli.Context, needKey bool, log *slog.Logger) (*l1Session, error) {
	path, err := deploymentPath(c)
	if err != nil {
		return nil, err
	}
	urls := l1URLs(c)
	if len(urls) == 0 {
		// The endpoint the devnet (or deploy, for a local L1) recorded.
		rec, err := recordedL1(path)
		if err != nil {
			return nil, err
		}
		if rec == "" {
			return nil, fmt.Errorf("--l1 is required (%s records no L1 endpoint)", path)
		}
		urls = []string{rec}
	}
	dep, err := deploy.Load(path)
	if err != nil {
		return nil, err
	}
	s := &l1Session{dep: dep}
	if len(urls) == 1 {
		client, err := ethclient.DialContext(c.Context, urls[0])
		if err != nil {
			return nil, fmt.Errorf("connect to L1 %s: %w", urls[0], err)
		}
		s.l1, s.client = client, client
	} else {
		cfg := l1multi.DefaultConfig()
		cfg.Log = log
		m, err := l1multi.Dial(c.Context, urls, cfg)
		if err != nil {
			return nil, fmt.Errorf("connect to L1: %w", err)
		}
		s.l1 = m
	}
	if err := s.checkChain(c.Context); err != nil {
		s.l1.Close()
		return nil, err
	}
	if !needKey {
		return s, nil
	}
	key, err := loadKey(c)
	if err != nil {
		s.l1.Close()
		return nil, err
	}
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	s.senderKey = &key.PublicKey
	if s.sender, err = txmgr.New(c.Context, s.l1, key, tcfg); err != nil {
		s.l1.Close()
		return nil, err
	}
	return s, nil
}

func (s *l1Session) checkChain(ctx context.Context) error {
	id, err := s.l1.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read L1 chain id: %w", err)
	}
	if id.Uint64() != s.dep.L1ChainID {
		return fmt.Errorf("%w: the deployment is for chain %d, --l1 is chain %s", deploy.ErrChainMismatch, s.dep.L1ChainID, id)
	}
	return nil
}

func (s *l1Session) Close() { s.l1.Close() }
