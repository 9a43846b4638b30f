package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/txmgr"
)

var deploymentFlag = &cli.PathFlag{
	Name: "deployment", Value: "deployment.json", EnvVars: env("DEPLOYMENT"),
	Usage: "deployment file written by `etherscale deploy` or `etherscale devnet`",
}

// l1Flags are the flags of every command that acts on a deployed rollup.
func l1Flags() []cli.Flag {
	return []cli.Flag{l1Flag, keyFlag, keyFileFlag, deploymentFlag, jsonFlag}
}

// l1Session is what a command acting on a deployed rollup needs: the
// deployment, a client checked to be on its chain, and, when a key was
// given, a transaction sender.
type l1Session struct {
	dep       *deploy.Deployment
	client    *ethclient.Client
	sender    *txmgr.Sender // nil when no key was given
	senderKey *ecdsa.PublicKey
}

// openL1 loads --deployment, dials --l1 and checks the chain id; with
// needKey it also loads the key and builds a sender.
func openL1(c *cli.Context, needKey bool) (*l1Session, error) {
	if c.String(l1Flag.Name) == "" {
		return nil, fmt.Errorf("--l1 is required")
	}
	dep, err := deploy.Load(c.Path(deploymentFlag.Name))
	if err != nil {
		return nil, err
	}
	client, err := ethclient.DialContext(c.Context, c.String(l1Flag.Name))
	if err != nil {
		return nil, fmt.Errorf("connect to L1 %s: %w", c.String(l1Flag.Name), err)
	}
	s := &l1Session{dep: dep, client: client}
	if err := s.checkChain(c.Context); err != nil {
		client.Close()
		return nil, err
	}
	if !needKey {
		return s, nil
	}
	key, err := loadKey(c)
	if err != nil {
		client.Close()
		return nil, err
	}
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	s.senderKey = &key.PublicKey
	if s.sender, err = txmgr.New(c.Context, client, key, tcfg); err != nil {
		client.Close()
		return nil, err
	}
	return s, nil
}

func (s *l1Session) checkChain(ctx context.Context) error {
	id, err := s.client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read L1 chain id: %w", err)
	}
	if id.Uint64() != s.dep.L1ChainID {
		return fmt.Errorf("%w: the deployment is for chain %d, --l1 is chain %s", deploy.ErrChainMismatch, s.dep.L1ChainID, id)
	}
	return nil
}

func (s *l1Session) Close() { s.client.Close() }
