package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts/bindings"
)

// Anchor is the state root after a batch from which new dispute games start.
type Anchor struct {
	Batch uint64
	Root  common.Hash
}

// AnchorStateRegistry is a typed client for AnchorStateRegistry.sol. The
// registry is deployed by the DisputeGameFactory's constructor
// (DisputeGameFactory.AnchorRegistry gives its address).
type AnchorStateRegistry struct {
	bound
	b *bindings.AnchorStateRegistry
}

// NewAnchorStateRegistry returns a client for the registry at addr; tx may be
// nil for a read-only client.
func NewAnchorStateRegistry(addr common.Address, backend Backend, tx Transactor) *AnchorStateRegistry {
	b := bindings.NewAnchorStateRegistry()
	a := b.GetABI()
	return &AnchorStateRegistry{bound: bound{name: "AnchorStateRegistry", addr: addr, abi: &a, backend: backend, tx: tx}, b: b}
}

// Address returns the contract address.
func (c *AnchorStateRegistry) Address() common.Address { return c.addr }

// Anchor returns the current anchor.
func (c *AnchorStateRegistry) Anchor(ctx context.Context) (Anchor, error) {
	out, err := c.call(ctx, c.b.PackAnchor())
	if err != nil {
		return Anchor{}, err
	}
	a, err := c.b.UnpackAnchor(out)
	if err != nil {
		return Anchor{}, fmt.Errorf("decode AnchorStateRegistry.anchor: %w", err)
	}
	return Anchor{Batch: a.Batch, Root: a.Root}, nil
}

// AnchorAirgap returns the delay between a game's resolution and its claim
// becoming eligible as the anchor.
func (c *AnchorStateRegistry) AnchorAirgap(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.b.PackAnchorAirgap())
	if err != nil {
		return 0, err
	}
	return c.b.UnpackAnchorAirgap(out)
}

// Factory returns the DisputeGameFactory whose games may move the anchor.
func (c *AnchorStateRegistry) Factory(ctx context.Context) (common.Address, error) {
	out, err := c.call(ctx, c.b.PackFactory())
	if err != nil {
		return common.Address{}, err
	}
	return c.b.UnpackFactory(out)
}

// ErrNoAnchorEvent means an anchor update was mined without its event.
var ErrNoAnchorEvent = errors.New("no AnchorUpdated event in receipt")

// Update makes game gameID's claim the anchor (NotDefenderWin,
// AirgapNotElapsed, AnchorNotNewer otherwise) and returns the new anchor.
func (c *AnchorStateRegistry) Update(ctx context.Context, gameID *big.Int) (Anchor, *types.Receipt, error) {
	rcpt, err := c.transact(ctx, c.b.PackUpdate(gameID), nil)
	if err != nil {
		return Anchor{}, rcpt, fmt.Errorf("update anchor from game %v: %w", gameID, err)
	}
	a, err := receiptEvent(&c.bound, rcpt, "AnchorUpdated", func(l *types.Log) (Anchor, error) {
		ev, err := c.b.UnpackAnchorUpdatedEvent(l)
		if err != nil {
			return Anchor{}, fmt.Errorf("decode AnchorStateRegistry.AnchorUpdated in tx %s: %w", l.TxHash, err)
		}
		return Anchor{Batch: ev.Batch, Root: ev.Root}, nil
	}, ErrNoAnchorEvent)
	return a, rcpt, err
}
