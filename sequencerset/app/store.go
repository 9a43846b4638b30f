package app

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/sequencerset/schedule"
)

// ErrNotFound is returned for a batch the store does not hold.
var ErrNotFound = errors.New("not found")

// Meta is the application's committed position.
type Meta struct {
	Height int64       `json:"height"`
	Root   common.Hash `json:"root"` // the state root: the app hash
	// Head is the consensus chain's latest batch (ahead of L1's: batches
	// are posted after they are decided).
	Head contracts.ChainHead `json:"head"`
	// Base is the L1 batch the chain started from (the genesis head) and
	// BaseRoot the state after it.
	Base     contracts.ChainHead `json:"base"`
	BaseRoot common.Hash         `json:"baseRoot"`
	// Forced lists the numbers of the chain's batches adopted from L1
	// (§5.9.8), ascending (few: one per outage of the set).
	Forced []uint64 `json:"forced,omitempty"`
	// CurBatch and PrevBatch are the batches decided at Height and
	// Height−1 (0: none): extensions of Height+1 sign CurBatch, the block
	// at Height+1 carries PrevBatch's certificate.
	CurBatch  uint64 `json:"curBatch"`
	PrevBatch uint64 `json:"prevBatch"`
	// CurHeader and PrevHeader are their headers (nil: none), which the
	// extensions and certificates of every height sign.
	CurHeader  *contracts.BatchHeader `json:"curHeader,omitempty"`
	PrevHeader *contracts.BatchHeader `json:"prevHeader,omitempty"`
	// Validators is the set of height Height+1, LastValidators that of
	// Height; Pending the set of the latest schedule epoch, in force from
	// height PendingFrom (CometBFT applies updates two heights later).
	Validators     []Validator     `json:"validators"`
	LastValidators []Validator     `json:"lastValidators"`
	Pending        []Validator     `json:"pending,omitempty"`
	PendingFrom    int64           `json:"pendingFrom,omitempty"`
	Schedule       schedule.Params `json:"schedule"`
	Epoch          uint64          `json:"epoch"` // the schedule epoch of the latest set
	// DA is the certificate mode's coding (nil: calldata mode).
	DA *DAParams `json:"da,omitempty"`
}

// Batch is a decided batch: its header and what the node serves and posts.
type Batch struct {
	Height  int64                 `json:"height"`
	Time    uint64                `json:"time"` // the block's time, unix seconds
	Header  contracts.BatchHeader `json:"header"`
	Data    []byte                `json:"data"`
	Entries []Entry               `json:"entries"`
	Txs     [][]byte              `json:"txs"`
	Senders []common.Address      `json:"senders"`
	// Results has one code per step (entries, then txs): 0 applied, 1 a
	// no-op (a forced transaction that did not apply).
	Results     []uint8      `json:"results"`
	Certificate *Certificate `json:"certificate,omitempty"`
	// Forced marks a forced batch adopted from L1, whose header carries
	// no state root (BatchInbox cannot compute it); Root is the state
	// after it.
	Forced bool        `json:"forced,omitempty"`
	Root   common.Hash `json:"root,omitempty"`
}

// StateRoot is the state root after the batch.
func (b *Batch) StateRoot() common.Hash {
	if b.Forced {
		return b.Root
	}
	return b.Header.StateRoot
}

// MetaStore persists the application's position and its batches.
type MetaStore interface {
	LoadMeta() (*Meta, error) // nil, nil before InitChain
	// SaveMeta deletes the batches in drop, then writes m, the non-nil
	// batch and certificate, in one atomic write.
	SaveMeta(m *Meta, batch *Batch, cert *Certificate, drop Drop) error
	LoadBatch(n uint64) (*Batch, error)
	// LoadCertified returns batch n's header and certificate without its
	// data (nil certificate: not certified yet).
	LoadCertified(n uint64) (*contracts.BatchHeader, *Certificate, error)
}

// LevelDBMeta is a MetaStore in goleveldb under its own key prefix, beside
// the state nodes.
type LevelDBMeta struct{ db *leveldb.DB }

// NewLevelDBMeta returns a MetaStore over db.
func NewLevelDBMeta(db *leveldb.DB) *LevelDBMeta { return &LevelDBMeta{db: db} }

var (
	metaKey     = []byte("app/meta")
	batchPrefix = []byte("app/b")
	certPrefix  = []byte("app/c")
	headPrefix  = []byte("app/h")
)

func headerKey(n uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), headPrefix...), n)
}

func certKey(n uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), certPrefix...), n)
}

func batchKey(n uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), batchPrefix...), n)
}

// LoadMeta implements MetaStore.
func (s *LevelDBMeta) LoadMeta() (*Meta, error) {
	raw, err := s.db.Get(metaKey, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read app meta: %w", err)
	}
	m := new(Meta)
	if err := json.Unmarshal(raw, m); err != nil {
		return nil, fmt.Errorf("decode app meta: %w", err)
	}
	return m, nil
}

// SaveMeta implements MetaStore.
func (s *LevelDBMeta) SaveMeta(m *Meta, b *Batch, c *Certificate, drop Drop) error {
	var wb leveldb.Batch
	for n := drop.From; drop.From > 0 && n <= drop.To; n++ {
		wb.Delete(batchKey(n))
		wb.Delete(headerKey(n))
		wb.Delete(certKey(n))
	}
	raw, err := json.Marshal(m)
	if err != nil {
		return err
	}
	wb.Put(metaKey, raw)
	if b != nil {
		raw, err := json.Marshal(b)
		if err != nil {
			return err
		}
		wb.Put(batchKey(b.Header.Number), raw)
		hraw, err := json.Marshal(&b.Header)
		if err != nil {
			return err
		}
		wb.Put(headerKey(b.Header.Number), hraw)
	}
	if c != nil {
		raw, err := json.Marshal(c)
		if err != nil {
			return err
		}
		wb.Put(certKey(c.Batch), raw)
	}
	if err := s.db.Write(&wb, nil); err != nil {
		return fmt.Errorf("write app meta: %w", err)
	}
	return nil
}

// LoadBatch implements MetaStore.
func (s *LevelDBMeta) LoadBatch(n uint64) (*Batch, error) {
	raw, err := s.db.Get(batchKey(n), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, fmt.Errorf("batch %d: %w", n, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read batch %d: %w", n, err)
	}
	b := new(Batch)
	if err := json.Unmarshal(raw, b); err != nil {
		return nil, fmt.Errorf("decode batch %d: %w", n, err)
	}
	// The certificate is written by a later block, under its own key.
	raw, err = s.db.Get(certKey(n), nil)
	switch {
	case errors.Is(err, leveldb.ErrNotFound):
	case err != nil:
		return nil, fmt.Errorf("read certificate %d: %w", n, err)
	default:
		b.Certificate = new(Certificate)
		if err := json.Unmarshal(raw, b.Certificate); err != nil {
			return nil, fmt.Errorf("decode certificate %d: %w", n, err)
		}
	}
	return b, nil
}

// LoadCertified implements MetaStore.
func (s *LevelDBMeta) LoadCertified(n uint64) (*contracts.BatchHeader, *Certificate, error) {
	raw, err := s.db.Get(headerKey(n), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, nil, fmt.Errorf("batch %d: %w", n, ErrNotFound)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read header %d: %w", n, err)
	}
	h := new(contracts.BatchHeader)
	if err := json.Unmarshal(raw, h); err != nil {
		return nil, nil, fmt.Errorf("decode header %d: %w", n, err)
	}
	raw, err = s.db.Get(certKey(n), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return h, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read certificate %d: %w", n, err)
	}
	c := new(Certificate)
	if err := json.Unmarshal(raw, c); err != nil {
		return nil, nil, fmt.Errorf("decode certificate %d: %w", n, err)
	}
	return h, c, nil
}
