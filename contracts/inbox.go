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

// Inbox entry kinds, as in Inbox.sol.
const (
	EntryKindDeposit  uint8 = 0
	EntryKindForcedTx uint8 = 1
)

// ErrNoEntryEvent means a deposit or force transaction was mined but its
// EntryQueued event was not in the receipt (wrong address or ABI mismatch).
var ErrNoEntryEvent = errors.New("no EntryQueued event in receipt")

// Entry is what the Inbox stores on chain for one queued entry.
type Entry struct {
	Hash      common.Hash
	Timestamp uint64
}

// QueuedEntry is one EntryQueued event: the full payload a watcher needs to
// rebuild the entry (and check it against Entry.Hash).
type QueuedEntry struct {
	Index     uint64
	Kind      uint8
	Sender    common.Address
	Payload   []byte // deposit: to (20 bytes) ‖ amount (32 bytes); forced tx: the raw transaction
	Hash      common.Hash
	Timestamp uint64
	Block     uint64
	TxHash    common.Hash
}

// Deposit decodes a deposit payload.
func (e *QueuedEntry) Deposit() (to common.Address, amount *big.Int, err error) {
	if e.Kind != EntryKindDeposit || len(e.Payload) != 52 {
		return common.Address{}, nil, fmt.Errorf("entry %d is not a well-formed deposit (kind %d, %d bytes)", e.Index, e.Kind, len(e.Payload))
	}
	return common.BytesToAddress(e.Payload[:20]), new(big.Int).SetBytes(e.Payload[20:]), nil
}

// Inbox is a typed client for Inbox.sol.
type Inbox struct {
	bound
	b *bindings.Inbox
}

// NewInbox returns a client for the Inbox at addr. tx may be nil for a
// read-only client.
func NewInbox(addr common.Address, backend Backend, tx Transactor) *Inbox {
	b := bindings.NewInbox()
	a := b.GetABI()
	return &Inbox{bound: bound{name: "Inbox", addr: addr, abi: &a, backend: backend, tx: tx}, b: b}
}

// DeployInbox deploys a new Inbox.
func DeployInbox(ctx context.Context, tx Transactor, inclusionWindow uint64, maxTxSize uint32) (common.Address, *types.Receipt, error) {
	b := bindings.NewInbox()
	code := append(common.FromHex(bindings.InboxMetaData.Bin), b.PackConstructor(inclusionWindow, maxTxSize)...)
	return deploy(ctx, tx, "Inbox", code)
}

// Address returns the contract address.
func (c *Inbox) Address() common.Address { return c.addr }

// Deposit queues a deposit of amount wei to `to` on L2 and returns the entry.
func (c *Inbox) Deposit(ctx context.Context, to common.Address, amount *big.Int) (*QueuedEntry, error) {
	rcpt, err := c.transact(ctx, c.b.PackDeposit(to), amount)
	if err != nil {
		return nil, fmt.Errorf("deposit: %w", err)
	}
	return c.entryFromReceipt(rcpt)
}

// ForceTransaction queues a raw signed L2 transaction and returns the entry.
func (c *Inbox) ForceTransaction(ctx context.Context, rawTx []byte) (*QueuedEntry, error) {
	rcpt, err := c.transact(ctx, c.b.PackForceTransaction(rawTx), nil)
	if err != nil {
		return nil, fmt.Errorf("force transaction: %w", err)
	}
	return c.entryFromReceipt(rcpt)
}

// Length returns how many entries were ever queued.
func (c *Inbox) Length(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.b.PackLength())
	if err != nil {
		return 0, err
	}
	return c.b.UnpackLength(out)
}

// Entry returns the stored hash and timestamp of entry i.
func (c *Inbox) Entry(ctx context.Context, i uint64) (Entry, error) {
	out, err := c.call(ctx, c.b.PackEntry(i))
	if err != nil {
		return Entry{}, err
	}
	e, err := c.b.UnpackEntry(out)
	if err != nil {
		return Entry{}, fmt.Errorf("decode Inbox.entry: %w", err)
	}
	return Entry{Hash: e.Hash, Timestamp: e.Timestamp}, nil
}

// IsOverdue reports whether entry i has waited longer than the inclusion window.
func (c *Inbox) IsOverdue(ctx context.Context, i uint64) (bool, error) {
	out, err := c.call(ctx, c.b.PackIsOverdue(i))
	if err != nil {
		return false, err
	}
	return c.b.UnpackIsOverdue(out)
}

// OverdueCount returns how many entries (a prefix of the queue) are overdue now.
func (c *Inbox) OverdueCount(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.b.PackOverdueCount())
	if err != nil {
		return 0, err
	}
	return c.b.UnpackOverdueCount(out)
}

// InclusionWindow returns the contract's inclusion window in seconds.
func (c *Inbox) InclusionWindow(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.b.PackInclusionWindow())
	if err != nil {
		return 0, err
	}
	return c.b.UnpackInclusionWindow(out)
}

// MaxTxSize returns the largest raw transaction forceTransaction accepts.
func (c *Inbox) MaxTxSize(ctx context.Context) (uint32, error) {
	out, err := c.call(ctx, c.b.PackMaxTxSize())
	if err != nil {
		return 0, err
	}
	return c.b.UnpackMaxTxSize(out)
}

// DepositHash asks the contract for the entry hash of a deposit; used to
// cross-check the Go implementation.
func (c *Inbox) DepositHash(ctx context.Context, to common.Address, amount *big.Int) (common.Hash, error) {
	out, err := c.call(ctx, c.b.PackDepositHash(to, amount))
	if err != nil {
		return common.Hash{}, err
	}
	h, err := c.b.UnpackDepositHash(out)
	return common.Hash(h), err
}

// ForcedTxHash asks the contract for the entry hash of a forced transaction.
func (c *Inbox) ForcedTxHash(ctx context.Context, rawTx []byte) (common.Hash, error) {
	out, err := c.call(ctx, c.b.PackForcedTxHash(rawTx))
	if err != nil {
		return common.Hash{}, err
	}
	h, err := c.b.UnpackForcedTxHash(out)
	return common.Hash(h), err
}

// Entries returns the EntryQueued events in blocks [from, to] (to nil = latest),
// in queue order.
func (c *Inbox) Entries(ctx context.Context, from uint64, to *big.Int) ([]*QueuedEntry, error) {
	return events(ctx, &c.bound, "EntryQueued", from, to, c.decodeEntry)
}

func (c *Inbox) entryFromReceipt(rcpt *types.Receipt) (*QueuedEntry, error) {
	return receiptEvent(&c.bound, rcpt, "EntryQueued", c.decodeEntry, ErrNoEntryEvent)
}

func (c *Inbox) decodeEntry(l *types.Log) (*QueuedEntry, error) {
	ev, err := c.b.UnpackEntryQueuedEvent(l)
	if err != nil {
		return nil, fmt.Errorf("decode Inbox.EntryQueued in tx %s: %w", l.TxHash, err)
	}
	return &QueuedEntry{
		Index:     ev.Index,
		Kind:      ev.Kind,
		Sender:    ev.Sender,
		Payload:   ev.Payload,
		Hash:      common.Hash(ev.EntryHash),
		Timestamp: ev.Timestamp,
		Block:     l.BlockNumber,
		TxHash:    l.TxHash,
	}, nil
}
