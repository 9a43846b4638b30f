package replay

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// EntryKind is the kind of an L1 inbox entry. The values are part of the entry
// hash shared with the Solidity Inbox.
type EntryKind uint8

const (
	EntryDeposit  EntryKind = 0 // credit To with Amount
	EntryForcedTx EntryKind = 1 // apply RawTx under the normal transaction rules
)

// depositPayloadSize is the size of a deposit payload: address ‖ uint256.
const depositPayloadSize = 20 + 32

// InboxEntry is one entry of the L1 inbox queue.
type InboxEntry struct {
	Kind   EntryKind
	To     common.Address // deposit recipient
	Amount uint256.Int    // deposit amount in wei
	RawTx  []byte         // forced transaction
}

// NewDeposit returns a deposit entry.
func NewDeposit(to common.Address, amount *uint256.Int) InboxEntry {
	e := InboxEntry{Kind: EntryDeposit, To: to}
	e.Amount.Set(amount)
	return e
}

// NewForcedTx returns a forced-transaction entry.
func NewForcedTx(raw []byte) InboxEntry {
	return InboxEntry{Kind: EntryForcedTx, RawTx: raw}
}

// Payload returns the bytes that follow the kind byte in the entry hash:
// to (20 bytes) ‖ amount (32 bytes, big-endian) for a deposit, the raw
// transaction for a forced transaction.
func (e *InboxEntry) Payload() []byte {
	if e.Kind == EntryDeposit {
		return depositPayload(e.To, &e.Amount)
	}
	return e.RawTx
}

// Hash returns the entry hash: keccak256(abi.encodePacked(uint8 kind, payload)).
func (e *InboxEntry) Hash() common.Hash {
	return crypto.Keccak256Hash([]byte{byte(e.Kind)}, e.Payload())
}

// DepositEntryHash returns keccak256(abi.encodePacked(uint8(0), to, amount)).
func DepositEntryHash(to common.Address, amount *uint256.Int) common.Hash {
	return crypto.Keccak256Hash([]byte{byte(EntryDeposit)}, depositPayload(to, amount))
}

// ForcedTxEntryHash returns keccak256(abi.encodePacked(uint8(1), raw)).
func ForcedTxEntryHash(raw []byte) common.Hash {
	return crypto.Keccak256Hash([]byte{byte(EntryForcedTx)}, raw)
}

func depositPayload(to common.Address, amount *uint256.Int) []byte {
	b := make([]byte, depositPayloadSize)
	copy(b, to[:])
	amount.WriteToSlice(b[20:])
	return b
}

// parseDepositPayload is the inverse of depositPayload.
func parseDepositPayload(b []byte) (common.Address, uint256.Int, error) {
	var amount uint256.Int
	if len(b) != depositPayloadSize {
		return common.Address{}, amount, fmt.Errorf("%w: deposit payload of %d bytes", ErrInvalidElement, len(b))
	}
	amount.SetBytes32(b[20:])
	return common.Address(b[:20]), amount, nil
}
