package watcher

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/etherscale/etherscale/replay"
)

// Key layout. Game ids and sequence numbers are zero-padded so that
// iteration order is numeric order.
const (
	keyScanned    = "meta/scanned"    // last block whose factory events were read
	keyActSeq     = "meta/actseq"     // next action sequence number
	keyDeployment = "meta/deployment" // the deployment the records belong to
	prefGame      = "game/"           // game/<id> → GameRecord
	prefClaim     = "claim/"          // claim/<id>/<idx> → inclusion block
	prefLat       = "lat/"            // lat/<id>/<idx> → detection latency (blocks)
	prefAct       = "act/"            // act/<seq> → ActionRecord
	prefMetric    = "metric/"         // metric/<name> → float64 counter value
	prefUnrebuilt = "unrebuilt/"      // unrebuilt/<batch>/<header hash> → alerted (batch-unrebuildable)
	prefData      = "data/"           // data/<header hash> → certificate batch data
)

// Action states. A record is written as ActionSending before the
// transaction is handed to the sender, so a crash leaves a trace of it.
const (
	ActionSending  = "sending"
	ActionMined    = "mined"
	ActionReverted = "reverted"
	ActionFailed   = "failed"  // never mined (refused, dropped, timed out)
	ActionLost     = "lost"    // refused or reverted because another party did the same first
	ActionDropped  = "dropped" // was in flight at a stop, and its nonce was never used
	ActionSettled  = "settled" // was in flight at a stop; not found on chain, the chain re-read supersedes it
)

// GameRecord is what the watcher remembers about one game.
type GameRecord struct {
	ID           uint64         `json:"id"`
	Batch        uint64         `json:"batch"`
	Sequencer    bool           `json:"sequencer"`
	Root         common.Hash    `json:"root"`
	Creator      common.Address `json:"creator"`
	CreatedBlock uint64         `json:"createdBlock"`
	Status       string         `json:"status"`
	ResolvedAt   uint64         `json:"resolvedAt,omitempty"`
	RootCorrect  *bool          `json:"rootCorrect,omitempty"`
	Done         bool           `json:"done"`      // resolved and nothing left to send
	Accounted    bool           `json:"accounted"` // bonds won/lost added to the metrics
	Alerted      bool           `json:"alerted"`
	Anchored     bool           `json:"anchored"`           // the prover moved the anchor to it
	WrongWin     bool           `json:"wrongWin,omitempty"` // resolved DEFENDER_WINS with a root the replay refutes
}

// ActionRecord is one L1 transaction the watcher sent (or tried to).
type ActionRecord struct {
	Seq    uint64      `json:"seq"`
	Scope  string      `json:"scope"` // "game/<id>", "factory" or "anchor"
	Method string      `json:"method"`
	State  string      `json:"state"`
	TxHash common.Hash `json:"txHash,omitempty"`
	Block  uint64      `json:"block,omitempty"`
	Err    string      `json:"err,omitempty"`
	Time   time.Time   `json:"time"`
	// Nonce and FromBlock are the account's next nonce and the L1 head
	// when the send began: a restart that finds the record still
	// "sending" looks the transaction up by them.
	Nonce     uint64         `json:"nonce"`
	FromBlock uint64         `json:"fromBlock"`
	To        common.Address `json:"to"`
}

// Store is the watcher's goleveldb database. goleveldb writes are
// journaled, so a SIGKILL loses at most the write in progress; every
// multi-key update goes through one leveldb.Batch.
type Store struct {
	db *leveldb.DB
	// mu serialises the read-modify-write updates (counters, the action
	// sequence): games are played concurrently.
	mu sync.Mutex
}

// storeBlockCache is the goleveldb block cache of the store: most of its
// bytes are the L2 state's nodes, which the node store caches itself
// (Config.StateCacheBytes); this one holds their tables' bloom filters and
// indexes.
const storeBlockCache = 8 << 20

// OpenStore opens (or creates) the store under dir. It uses the node
// database's options (replay.NodeDBOptions: bloom filters, no compression of
// hash-keyed nodes, no seek-triggered compaction), because the replayed
// state's nodes are most of what it writes: a catch-up commits ~20,000
// nodes per batch of 1,000 transfers.
func OpenStore(dir string) (*Store, error) {
	db, err := leveldb.OpenFile(filepath.Join(dir, "watcher.db"), replay.NodeDBOptions(storeBlockCache))
	if err != nil {
		return nil, fmt.Errorf("open watcher store in %s: %w", dir, err)
	}
	return &Store{db: db}, nil
}

// putKeyJSON writes one JSON value under key.
func (s *Store) putKeyJSON(key string, v any) error {
	b := new(leveldb.Batch)
	if err := putJSON(b, key, v); err != nil {
		return err
	}
	return s.write(b)
}

// jsonPrefix decodes every value under prefix into a fresh mk().
func (s *Store) jsonPrefix(prefix string, mk func() any) ([]any, error) {
	var out []any
	it := s.db.NewIterator(util.BytesPrefix([]byte(prefix)), nil)
	defer it.Release()
	for it.Next() {
		v := mk()
		if err := json.Unmarshal(it.Value(), v); err != nil {
			return nil, fmt.Errorf("decode %s: %w", it.Key(), err)
		}
		out = append(out, v)
	}
	return out, it.Error()
}

// deleteKey removes key.
func (s *Store) deleteKey(key string) error {
	b := new(leveldb.Batch)
	b.Delete([]byte(key))
	return s.write(b)
}

// putKeyU64 writes one number under key.
func (s *Store) putKeyU64(key string, v uint64) error {
	b := new(leveldb.Batch)
	b.Put([]byte(key), u64(v))
	return s.write(b)
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

func (s *Store) getU64(key string) (uint64, bool, error) {
	v, err := s.db.Get([]byte(key), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("read %s: %w", key, err)
	}
	if len(v) != 8 {
		return 0, false, fmt.Errorf("read %s: %d bytes, want 8", key, len(v))
	}
	return binary.BigEndian.Uint64(v), true, nil
}

func (s *Store) getJSON(key string, v any) (bool, error) {
	b, err := s.db.Get([]byte(key), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read %s: %w", key, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("decode %s: %w", key, err)
	}
	return true, nil
}

func putJSON(b *leveldb.Batch, key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	b.Put([]byte(key), data)
	return nil
}

func gameKey(id uint64) string              { return fmt.Sprintf("%s%020d", prefGame, id) }
func claimKey(id uint64, idx uint32) string { return fmt.Sprintf("%s%020d/%010d", prefClaim, id, idx) }
func latKey(id uint64, idx uint32) string   { return fmt.Sprintf("%s%020d/%010d", prefLat, id, idx) }
func actKey(seq uint64) string              { return fmt.Sprintf("%s%020d", prefAct, seq) }
func unrebuiltKey(n uint64, hh common.Hash) string {
	return fmt.Sprintf("%s%020d/%s", prefUnrebuilt, n, hh.Hex())
}

// Unrebuildable reports whether the batch-unrebuildable alert for batch n
// with header hash hh was sent.
func (s *Store) Unrebuildable(n uint64, hh common.Hash) (bool, error) {
	ok, err := s.db.Has([]byte(unrebuiltKey(n, hh)), nil)
	if err != nil {
		return false, fmt.Errorf("read %s: %w", unrebuiltKey(n, hh), err)
	}
	return ok, nil
}

func (s *Store) putUnrebuildable(n uint64, hh common.Hash) error {
	if err := s.db.Put([]byte(unrebuiltKey(n, hh)), []byte{1}, nil); err != nil {
		return fmt.Errorf("write %s: %w", unrebuiltKey(n, hh), err)
	}
	return nil
}

// BatchData returns the stored data of the certificate batch with header
// hash hh (checked against its header when it was stored).
func (s *Store) BatchData(hh common.Hash) ([]byte, bool, error) {
	v, err := s.db.Get([]byte(prefData+hh.Hex()), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read %s%s: %w", prefData, hh.Hex(), err)
	}
	return v, true, nil
}

func (s *Store) putBatchData(hh common.Hash, data []byte) error {
	if err := s.db.Put([]byte(prefData+hh.Hex()), data, nil); err != nil {
		return fmt.Errorf("write %s%s: %w", prefData, hh.Hex(), err)
	}
	return nil
}

// prefState prefixes the L2 state tree's nodes (replay.LevelDBStore) in the
// store's database.
const prefState = "l2state/"

// nodeStore returns the follower's node store: the L2 state in this
// database, with about cacheBytes of nodes cached in memory.
func (s *Store) nodeStore(cacheBytes int) replay.NodeStore {
	return replay.NewLevelDBStore(s.db, []byte(prefState), cacheBytes)
}

// ErrOtherDeployment means a store holds the records of another deployment
// (other contracts): its games, actions and scan mark mean nothing here.
var ErrOtherDeployment = errors.New("watcher store belongs to another deployment")

// storeDeployment identifies a deployment: its game factory and the block
// its scans start at.
type storeDeployment struct {
	Factory     common.Address `json:"factory"`
	DeployBlock uint64         `json:"deployBlock"`
}

// bindDeployment records which deployment the store serves, on first use,
// and refuses one that serves another.
func (s *Store) bindDeployment(d storeDeployment) error {
	var have storeDeployment
	ok, err := s.getJSON(keyDeployment, &have)
	if err != nil {
		return err
	}
	if ok {
		if have != d {
			return fmt.Errorf("%w: records for factory %s from block %d, now %s from block %d", ErrOtherDeployment, have.Factory, have.DeployBlock, d.Factory, d.DeployBlock)
		}
		return nil
	}
	b := new(leveldb.Batch)
	if err := putJSON(b, keyDeployment, d); err != nil {
		return err
	}
	return s.write(b)
}

// Scanned returns the last block whose factory events were recorded.
func (s *Store) Scanned() (uint64, bool, error) { return s.getU64(keyScanned) }

// Game returns a game's record.
func (s *Store) Game(id uint64) (*GameRecord, bool, error) {
	var r GameRecord
	ok, err := s.getJSON(gameKey(id), &r)
	if !ok || err != nil {
		return nil, ok, err
	}
	return &r, true, nil
}

// PutGame stores a game's record.
func (s *Store) PutGame(r *GameRecord) error {
	b := new(leveldb.Batch)
	if err := putJSON(b, gameKey(r.ID), r); err != nil {
		return err
	}
	return s.write(b)
}

// Games returns every game record, by id.
func (s *Store) Games() ([]*GameRecord, error) {
	var out []*GameRecord
	it := s.db.NewIterator(util.BytesPrefix([]byte(prefGame)), nil)
	defer it.Release()
	for it.Next() {
		var r GameRecord
		if err := json.Unmarshal(it.Value(), &r); err != nil {
			return nil, fmt.Errorf("decode %s: %w", it.Key(), err)
		}
		out = append(out, &r)
	}
	return out, it.Error()
}

// gameIDs returns the ids of the recorded games, from the keys alone.
func (s *Store) gameIDs() (map[uint64]bool, error) {
	ids := make(map[uint64]bool)
	it := s.db.NewIterator(util.BytesPrefix([]byte(prefGame)), nil)
	defer it.Release()
	for it.Next() {
		id, err := strconv.ParseUint(strings.TrimPrefix(string(it.Key()), prefGame), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("game key %q: %w", it.Key(), err)
		}
		ids[id] = true
	}
	return ids, it.Error()
}

// ClaimBlock returns the L1 block a claim was included in.
func (s *Store) ClaimBlock(id uint64, idx uint32) (uint64, bool, error) {
	return s.getU64(claimKey(id, idx))
}

// Latency returns the recorded detection latency of a counter to a claim.
func (s *Store) Latency(id uint64, idx uint32) (uint64, bool, error) {
	return s.getU64(latKey(id, idx))
}

// Latencies returns every recorded detection latency, in blocks.
func (s *Store) Latencies() ([]uint64, error) {
	var out []uint64
	it := s.db.NewIterator(util.BytesPrefix([]byte(prefLat)), nil)
	defer it.Release()
	for it.Next() {
		if len(it.Value()) == 8 {
			out = append(out, binary.BigEndian.Uint64(it.Value()))
		}
	}
	return out, it.Error()
}

// Actions returns the action log, in sending order.
func (s *Store) Actions() ([]*ActionRecord, error) {
	var out []*ActionRecord
	it := s.db.NewIterator(util.BytesPrefix([]byte(prefAct)), nil)
	defer it.Release()
	for it.Next() {
		var r ActionRecord
		if err := json.Unmarshal(it.Value(), &r); err != nil {
			return nil, fmt.Errorf("decode %s: %w", it.Key(), err)
		}
		out = append(out, &r)
	}
	return out, it.Error()
}

// beginAction logs an action about to be sent and returns its record.
func (s *Store) beginAction(scope, method string, nonce, fromBlock uint64, to common.Address) (*ActionRecord, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	seq, _, err := s.getU64(keyActSeq)
	if err != nil {
		return nil, err
	}
	r := &ActionRecord{Seq: seq, Scope: scope, Method: method, State: ActionSending, Time: time.Now().UTC(), Nonce: nonce, FromBlock: fromBlock, To: to}
	b := new(leveldb.Batch)
	b.Put([]byte(keyActSeq), u64(seq+1))
	if err := putJSON(b, actKey(seq), r); err != nil {
		return nil, err
	}
	return r, s.write(b)
}

func (s *Store) putAction(r *ActionRecord) error {
	b := new(leveldb.Batch)
	if err := putJSON(b, actKey(r.Seq), r); err != nil {
		return err
	}
	return s.write(b)
}

// Metric returns a persisted counter's value.
func (s *Store) Metric(name string) (float64, error) {
	var v float64
	_, err := s.getJSON(prefMetric+name, &v)
	return v, err
}

func (s *Store) write(b *leveldb.Batch) error {
	// No fsync: a killed process loses nothing the OS already has, and the
	// journal write has reached the OS when Write returns. A power loss can
	// drop the tail, which re-reading the chain covers.
	if err := s.db.Write(b, nil); err != nil {
		return fmt.Errorf("write watcher store: %w", err)
	}
	return nil
}

// update is a batch of changes made together: the counters a report adds
// and the records that say it was counted land in one write, so a crash
// never counts a thing twice.
type update struct {
	s       *Store
	b       *leveldb.Batch
	metrics map[string]float64
	err     error
}

func (s *Store) newUpdate() *update {
	return &update{s: s, b: new(leveldb.Batch), metrics: make(map[string]float64)}
}

func (u *update) game(r *GameRecord) {
	if err := putJSON(u.b, gameKey(r.ID), r); err != nil && u.err == nil {
		u.err = err
	}
}

func (u *update) action(r *ActionRecord) {
	if err := putJSON(u.b, actKey(r.Seq), r); err != nil && u.err == nil {
		u.err = err
	}
}

func (u *update) claimBlock(id uint64, idx uint32, block uint64) {
	u.b.Put([]byte(claimKey(id, idx)), u64(block))
}

func (u *update) latency(id uint64, idx uint32, blocks uint64) {
	u.b.Put([]byte(latKey(id, idx)), u64(blocks))
}

func (u *update) scanned(block uint64) { u.b.Put([]byte(keyScanned), u64(block)) }

// add adds v to a persisted counter.
func (u *update) add(name string, v float64) { u.metrics[name] += v }

// commit writes the batch, folding the counter deltas into the stored
// totals, and returns the deltas for the in-memory metrics.
func (u *update) commit() (map[string]float64, error) {
	if u.err != nil {
		return nil, u.err
	}
	u.s.mu.Lock()
	defer u.s.mu.Unlock()
	for name, d := range u.metrics {
		cur, err := u.s.Metric(name)
		if err != nil {
			return nil, err
		}
		if err := putJSON(u.b, prefMetric+name, cur+d); err != nil {
			return nil, err
		}
	}
	if err := u.s.write(u.b); err != nil {
		return nil, err
	}
	return u.metrics, nil
}

// weiToEther converts for the bond metrics (float64 is fine for a gauge
// of ether amounts; exact amounts are on chain).
func weiToEther(w *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(w), big.NewFloat(1e18)).Float64()
	return f
}

// gameScope names a game in the action log.
func gameScope(id uint64) string { return fmt.Sprintf("game/%d", id) }

// ScopeGame reports the game id of a "game/<id>" scope.
func ScopeGame(scope string) (uint64, bool) {
	rest, ok := strings.CutPrefix(scope, "game/")
	if !ok {
		return 0, false
	}
	var id uint64
	_, err := fmt.Sscanf(rest, "%d", &id)
	return id, err == nil
}
