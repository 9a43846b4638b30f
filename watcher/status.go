package watcher

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/etherscale/etherscale/internal/l2chain"
)

// Status is what each detector sees now (`etherscale watch status`, GET
// /status on the metrics address). Every detector of docs/PROTOCOL.md
// §10 has a section; one that cannot run yet says so (Available false)
// rather than reporting nothing, so a reader tells "nothing seen" from
// "not looking".
type Status struct {
	L1Block uint64    `json:"l1Block"`
	Updated time.Time `json:"updated"`
	// Games: invalid roots (the dispute games in play).
	Games GamesStatus `json:"games"`
	// Withholding (detector 5): batches the follower cannot rebuild.
	Withholding WithholdingStatus `json:"withholding"`
	// Inbox (detector 1): overdue entries and the escape hatch.
	Inbox InboxStatus `json:"inbox"`
	// Tracking (detector 2): users' transactions kept out.
	Tracking TrackingStatus `json:"tracking"`
	// MissedSlots (detector 3) and Equivocation (detector 4) need the
	// leader schedule and the BFT node's signed headers.
	MissedSlots  SlotsStatus        `json:"missedSlots"`
	Equivocation EquivocationStatus `json:"equivocation"`
}

// GamesStatus counts the dispute games.
type GamesStatus struct {
	Open       int `json:"open"`
	Done       int `json:"done"`
	WrongRoots int `json:"wrongRoots"` // games whose root the replay refutes
}

// WithholdingStatus is the batch the follower is stopped at, if any.
type WithholdingStatus struct {
	BlockedBatch uint64 `json:"blockedBatch,omitempty"` // 0: following the latest batch
	Reason       string `json:"reason,omitempty"`       // "unavailable", "malformed", "other"
	Challenges   uint64 `json:"daChallenges"`           // DA challenges opened by us, ever
}

// InboxStatus is detector 1's view.
type InboxStatus struct {
	Overdue          uint64 `json:"overdue"`          // entries past inclusionWindow, unconsumed
	OldestUnconsumed uint64 `json:"oldestUnconsumed"` // index of the oldest unconsumed entry
	HatchOpensAfter  uint64 `json:"hatchOpensAfter,omitempty"`
	ForcedBatches    uint64 `json:"forcedBatches"` // posted by us, ever
}

// TrackingStatus is detector 2's view: the tracked transactions by state,
// and the most recent ones.
type TrackingStatus struct {
	Pending  int          `json:"pending"`
	Forced   int          `json:"forced"`
	Consumed int          `json:"consumed"`
	Included int          `json:"included"`
	Refused  int          `json:"refused"`
	Txs      []*TrackedTx `json:"txs,omitempty"` // newest last, at most statusTxs
}

// statusTxs bounds the transactions listed in a status.
const statusTxs = 50

func (t *TrackingStatus) add(r *TrackedTx) {
	switch r.State {
	case TrackPending:
		t.Pending++
	case TrackForced:
		t.Forced++
	case TrackConsumed:
		t.Consumed++
	case TrackIncluded:
		t.Included++
	case TrackRefused:
		t.Refused++
	}
	c := *r
	c.Raw = nil // the status is for people; the raw bytes are in the store
	t.Txs = append(t.Txs, &c)
	if len(t.Txs) > statusTxs {
		t.Txs = t.Txs[1:]
	}
}

// SlotsStatus is detector 3's view (missed leader slots, by leader).
type SlotsStatus struct {
	Available bool              `json:"available"`
	Note      string            `json:"note,omitempty"`
	Missed    map[string]uint64 `json:"missed,omitempty"` // leader address → slots missed
	Total     uint64            `json:"total"`
	// Recent are the latest struck slots (newest last, at most statusTxs);
	// Jailed every jail seen.
	Recent []*MissedSlot `json:"recent,omitempty"`
	Jailed []*JailRecord `json:"jailed,omitempty"`
	// Slot is the current slot (at the pass's L1 head) and Leader its
	// leader (nil: an empty schedule).
	Slot   uint64          `json:"slot"`
	Leader *common.Address `json:"leader,omitempty"`
}

// EquivocationStatus is detector 4's view.
type EquivocationStatus struct {
	Available bool   `json:"available"`
	Note      string `json:"note,omitempty"`
	Proven    uint64 `json:"proven"`
	// Sources is how many sequencer JSON-RPC URLs the last pass asked.
	Sources int                   `json:"sources"`
	Recent  []*EquivocationRecord `json:"recent,omitempty"` // newest last, at most statusTxs
}

// statusBoard holds the latest Status; passes write it, the HTTP handler
// reads it.
type statusBoard struct {
	mu sync.Mutex
	s  Status
}

func newStatusBoard(equivocation string) *statusBoard {
	const first = "waiting for the first pass"
	eq := first
	if equivocation == EquivocationOff {
		eq = "turned off (--equivocation-rpc off)"
	}
	return &statusBoard{s: Status{MissedSlots: SlotsStatus{Note: first}, Equivocation: EquivocationStatus{Note: eq}}}
}

func (b *statusBoard) update(f func(*Status)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	f(&b.s)
}

func (b *statusBoard) setInbox(i InboxStatus) {
	b.update(func(s *Status) { i.ForcedBatches = s.Inbox.ForcedBatches; s.Inbox = i })
}

func (b *statusBoard) setTracking(t TrackingStatus) { b.update(func(s *Status) { s.Tracking = t }) }

func (b *statusBoard) get() Status {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := b.s
	s.Tracking.Txs = append([]*TrackedTx(nil), s.Tracking.Txs...)
	s.MissedSlots.Recent = append([]*MissedSlot(nil), s.MissedSlots.Recent...)
	s.Equivocation.Recent = append([]*EquivocationRecord(nil), s.Equivocation.Recent...)
	return s
}

// Status returns what each detector saw in the last pass.
func (w *Watcher) Status() Status { return w.status.get() }

// updateStatus records the parts of the status that come from the pass's
// other duties: games, withholding, counters.
func (w *Watcher) updateStatus(chain *l2chain.Chain, l1Block uint64) {
	var g GamesStatus
	if games, err := w.store.Games(); err == nil {
		for _, r := range games {
			if r.Done {
				g.Done++
			} else {
				g.Open++
			}
			if r.RootCorrect != nil && !*r.RootCorrect {
				g.WrongRoots++
			}
		}
	}
	var wh WithholdingStatus
	if s := chain.Stop; s != nil {
		wh.BlockedBatch, wh.Reason = s.Batch, s.Reason.String()
	}
	chal, _ := w.store.Metric(mDAChallenges)
	forced, _ := w.store.Metric(mForcedBatches)
	wh.Challenges = uint64(chal)
	w.status.update(func(s *Status) {
		s.L1Block, s.Updated, s.Games, s.Withholding = l1Block, time.Now().UTC(), g, wh
		s.Inbox.ForcedBatches = uint64(forced)
	})
}

// maxRPCBody bounds a JSON-RPC request to the watcher (a raw transaction
// is at most the Inbox's maxTxSize; a few of them fit).
const maxRPCBody = 256 << 10

// handleStatus serves GET /status.
func (w *Watcher) handleStatus(rw http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodGet {
		http.Error(rw, "GET only", http.StatusMethodNotAllowed)
		return
	}
	rw.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(rw).Encode(w.Status())
}

type rpcRequest struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// handleRPC serves the watcher's JSON-RPC methods on POST /:
// etherscale_watchTransaction(rawTx) → the tracked record (without the
// raw bytes), and etherscale_watchStatus() → Status. One request per
// call; batches are refused (the methods are not read-heavy, and a batch
// would be a way around the per-client rate limit).
func (w *Watcher) handleRPC(rw http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodPost {
		http.Error(rw, "POST a JSON-RPC request", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(req.Body, maxRPCBody+1))
	if err != nil || len(body) > maxRPCBody {
		http.Error(rw, "request too large", http.StatusRequestEntityTooLarge)
		return
	}
	var r rpcRequest
	reply := func(result any, e *rpcError) {
		out := map[string]any{"jsonrpc": "2.0", "id": r.ID}
		if e != nil {
			out["error"] = e
		} else {
			out["result"] = result
		}
		rw.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(rw).Encode(out)
	}
	if err := json.Unmarshal(body, &r); err != nil {
		reply(nil, &rpcError{-32700, "parse error (batches are not accepted)"})
		return
	}
	switch r.Method {
	case "etherscale_watchTransaction":
		var raw hexutil.Bytes
		if len(r.Params) != 1 || json.Unmarshal(r.Params[0], &raw) != nil {
			reply(nil, &rpcError{-32602, "want one parameter: the raw signed transaction, hex"})
			return
		}
		t, err := w.Track(req.Context(), raw)
		switch {
		case errors.Is(err, ErrTrackInvalid), errors.Is(err, ErrTrackLimit), errors.Is(err, ErrNotSynced):
			reply(nil, &rpcError{-32000, err.Error()})
		case err != nil:
			w.log.Warn("track a transaction", "err", err)
			reply(nil, &rpcError{-32603, "internal error"})
		default:
			c := *t
			c.Raw = nil
			reply(&c, nil)
		}
	case "etherscale_watchStatus":
		reply(w.Status(), nil)
	default:
		reply(nil, &rpcError{-32601, fmt.Sprintf("method %q not found", r.Method)})
	}
}
