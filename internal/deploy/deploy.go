package deploy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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
)

// Addresses are the deployed contracts.
type Addresses struct {
	Inbox common.Address `json:"inbox"`
}

// Deployment is the content of a deployment file.
type Deployment struct {
	L1ChainID   uint64         `json:"l1ChainId"`
	DeployBlock uint64         `json:"deployBlock"` // first block any follower needs to scan
	Deployer    common.Address `json:"deployer"`
	Contracts   Addresses      `json:"contracts"`
	Config      *config.Config `json:"config"`
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

	inbox, rcpt, err := contracts.DeployInbox(ctx, tx, cfg2.InclusionWindow.Seconds(), uint32(cfg2.MaxTxBytes))
	if err != nil {
		return nil, err
	}
	d := &Deployment{
		L1ChainID:   cfg2.L1ChainID,
		DeployBlock: rcpt.BlockNumber.Uint64(),
		Deployer:    tx.From(),
		Contracts:   Addresses{Inbox: inbox},
		Config:      &cfg2,
	}
	return d, nil
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
	if err := contracts.CheckCode(ctx, chain, d.Contracts.Inbox); err != nil {
		return fmt.Errorf("inbox: %w", err)
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
	return nil
}

// Validate checks that the deployment file is complete.
func (d *Deployment) Validate() error {
	if d.L1ChainID == 0 {
		return fmt.Errorf("deployment: l1ChainId: %w", ErrMissingField)
	}
	if d.Contracts.Inbox == (common.Address{}) {
		return fmt.Errorf("deployment: contracts.inbox: %w", ErrMissingField)
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
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d := &Deployment{L1ChainID: raw.L1ChainID, DeployBlock: raw.DeployBlock, Deployer: raw.Deployer, Contracts: raw.Contracts}
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
