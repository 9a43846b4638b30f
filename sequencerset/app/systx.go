package app

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/replay"
)

// System transactions are the block items the proposer writes itself: the
// certificate of an earlier batch and the inbox entries a batch consumes.
// They start with systemTxMagic, which no L2 transaction can start with:
// typed transactions start with their type (0x01, 0x02; 0x7f is reserved by
// EIP-2718 and never assigned) and legacy ones with an RLP list (≥ 0xc0).
var systemTxMagic = []byte{0x7f, 'E', 'S'}

const (
	sysCertificate byte = 1
	sysEntries     byte = 2
	sysValidators  byte = 3
	sysAdopt       byte = 4
)

// Adoption is a batch L1 holds that the consensus chain does not: a forced
// batch BatchInbox made after the set failed to post for inclusionWindow +
// forceGrace (PROTOCOL.md §5.9.8). L1's batch chain is the rollup; a block
// carrying an Adoption drops the consensus batches from Header.Number on
// and continues from this one. The inbox entries it consumes
// (queueStart..queueEnd) are not carried: a forced batch consumes every
// overdue entry, which may be far more than a block holds, so each node
// reads them from its L1 view (Inbox entries are append-only) and checks
// them against EntriesDigest, the keccak256 of their entry hashes in order.
type Adoption struct {
	Header        contracts.BatchHeader
	EntriesDigest common.Hash
}

// EntriesDigest is an Adoption's digest of entries.
func EntriesDigest(entries []Entry) (common.Hash, error) {
	buf := make([]byte, 0, 32*len(entries))
	for i := range entries {
		h, err := entries[i].Hash()
		if err != nil {
			return common.Hash{}, err
		}
		buf = append(buf, h[:]...)
	}
	return crypto.Keccak256Hash(buf), nil
}

// ValidatorSet is a new schedule epoch's validators as a block carries them:
// the first block whose time is in a later epoch than the set's switches.
type ValidatorSet struct {
	Epoch      uint64
	Validators []Validator
}

// Errors of system transactions.
var (
	ErrSystemTx       = errors.New("system transaction")
	ErrSystemTxFormat = errors.New("malformed system transaction")
)

// IsSystemTx reports whether raw is a system transaction.
func IsSystemTx(raw []byte) bool { return bytes.HasPrefix(raw, systemTxMagic) }

// Certificate is the signatures of a batch's header: one 65-byte EIP-712
// signature per signer, signers sorted ascending as BatchInbox wants them.
type Certificate struct {
	Batch      uint64
	HeaderHash common.Hash
	Signers    []common.Address
	Sigs       [][]byte
}

// Entry is an inbox entry as carried in a block: what replay needs plus the
// L1 facts a validator checks it against.
type Entry struct {
	Index     uint64
	Kind      uint8
	Payload   []byte
	Timestamp uint64
}

// Replay returns the entry as the STF applies it.
func (e *Entry) Replay() (replay.InboxEntry, error) {
	switch replay.EntryKind(e.Kind) {
	case replay.EntryDeposit:
		if len(e.Payload) != 52 {
			return replay.InboxEntry{}, fmt.Errorf("%w: deposit %d payload of %d bytes", ErrSystemTxFormat, e.Index, len(e.Payload))
		}
		var d replay.InboxEntry
		d.Kind = replay.EntryDeposit
		d.To = common.BytesToAddress(e.Payload[:20])
		d.Amount.SetBytes(e.Payload[20:])
		return d, nil
	case replay.EntryForcedTx:
		return replay.NewForcedTx(e.Payload), nil
	}
	return replay.InboxEntry{}, fmt.Errorf("%w: entry %d has kind %d", ErrSystemTxFormat, e.Index, e.Kind)
}

// Hash is the entry hash Inbox stores (replay.InboxEntry.Hash).
func (e *Entry) Hash() (common.Hash, error) {
	r, err := e.Replay()
	if err != nil {
		return common.Hash{}, err
	}
	return r.Hash(), nil
}

func encodeSystem(kind byte, v any) ([]byte, error) {
	body, err := rlp.EncodeToBytes(v)
	if err != nil {
		return nil, fmt.Errorf("encode system transaction %d: %w", kind, err)
	}
	out := make([]byte, 0, len(systemTxMagic)+1+len(body))
	out = append(out, systemTxMagic...)
	out = append(out, kind)
	return append(out, body...), nil
}

// EncodeCertificate returns c as a system transaction.
func EncodeCertificate(c *Certificate) ([]byte, error) { return encodeSystem(sysCertificate, c) }

// EncodeEntries returns entries as a system transaction.
func EncodeEntries(entries []Entry) ([]byte, error) { return encodeSystem(sysEntries, entries) }

type rlpValidator struct {
	L1     common.Address
	PubKey []byte
	Power  uint64
}

type rlpValidatorSet struct {
	Epoch      uint64
	Validators []rlpValidator
}

// EncodeRLP implements rlp.Encoder (powers are int64 in CometBFT, which
// RLP does not encode; they are never negative).
func (v *ValidatorSet) EncodeRLP(w io.Writer) error {
	out := rlpValidatorSet{Epoch: v.Epoch}
	for _, x := range v.Validators {
		if x.Power < 0 {
			return fmt.Errorf("%w: negative power", ErrSystemTxFormat)
		}
		out.Validators = append(out.Validators, rlpValidator{L1: x.L1, PubKey: x.PubKey, Power: uint64(x.Power)})
	}
	return rlp.Encode(w, &out)
}

// DecodeRLP implements rlp.Decoder.
func (v *ValidatorSet) DecodeRLP(st *rlp.Stream) error {
	var in rlpValidatorSet
	if err := st.Decode(&in); err != nil {
		return err
	}
	v.Epoch, v.Validators = in.Epoch, nil
	for _, x := range in.Validators {
		if x.Power > math.MaxInt64/8 {
			return fmt.Errorf("%w: power %d", ErrSystemTxFormat, x.Power)
		}
		v.Validators = append(v.Validators, Validator{L1: x.L1, PubKey: x.PubKey, Power: int64(x.Power)})
	}
	return nil
}

// EncodeValidatorSet returns v as a system transaction.
func EncodeValidatorSet(v *ValidatorSet) ([]byte, error) { return encodeSystem(sysValidators, v) }

// EncodeAdoption returns ad as a system transaction.
func EncodeAdoption(ad *Adoption) ([]byte, error) { return encodeSystem(sysAdopt, ad) }

// systemTx is a decoded system transaction: exactly one field is set.
type systemTx struct {
	cert    *Certificate
	entries []Entry
	valset  *ValidatorSet
	adopt   *Adoption
}

func decodeSystem(raw []byte) (*systemTx, error) {
	if !IsSystemTx(raw) || len(raw) < len(systemTxMagic)+1 {
		return nil, fmt.Errorf("%w: no system prefix", ErrSystemTxFormat)
	}
	body := raw[len(systemTxMagic)+1:]
	switch raw[len(systemTxMagic)] {
	case sysCertificate:
		c := new(Certificate)
		if err := rlp.DecodeBytes(body, c); err != nil {
			return nil, fmt.Errorf("%w: certificate: %w", ErrSystemTxFormat, err)
		}
		if len(c.Signers) != len(c.Sigs) {
			return nil, fmt.Errorf("%w: %d signers, %d signatures", ErrSystemTxFormat, len(c.Signers), len(c.Sigs))
		}
		return &systemTx{cert: c}, nil
	case sysEntries:
		var es []Entry
		if err := rlp.DecodeBytes(body, &es); err != nil {
			return nil, fmt.Errorf("%w: entries: %w", ErrSystemTxFormat, err)
		}
		if len(es) == 0 {
			return nil, fmt.Errorf("%w: no entries", ErrSystemTxFormat)
		}
		return &systemTx{entries: es}, nil
	case sysValidators:
		v := new(ValidatorSet)
		if err := rlp.DecodeBytes(body, v); err != nil {
			return nil, fmt.Errorf("%w: validator set: %w", ErrSystemTxFormat, err)
		}
		return &systemTx{valset: v}, nil
	case sysAdopt:
		ad := new(Adoption)
		if err := rlp.DecodeBytes(body, ad); err != nil {
			return nil, fmt.Errorf("%w: adoption: %w", ErrSystemTxFormat, err)
		}
		return &systemTx{adopt: ad}, nil
	}
	return nil, fmt.Errorf("%w: kind %d", ErrSystemTxFormat, raw[len(systemTxMagic)])
}
