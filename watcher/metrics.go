package watcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/etherscale/etherscale/internal/httplimit"
)

// Persisted counter names (also the metric names, after the namespace).
const (
	mGamesSeen   = "games_seen_total"
	mMoves       = "moves_total"
	mSteps       = "steps_total"
	mResolutions = "resolutions_total"
	mCredits     = "credits_claimed_ether_total"
	mBondsWon    = "bonds_won_ether_total"
	mBondsLost   = "bonds_lost_ether_total"
	mTxFailures  = "l1_tx_failures_total"
	mRacesLost   = "l1_races_lost_total"
	mFaults      = "faults_detected_total"
	mGamesOpened = "games_opened_total"
	mAnchorMoves = "anchor_updates_total"
	// Batches whose data does not match their header.
	mMalformedProofs = "malformed_proofs_total"
	// DA duties (EnableDA).
	mDAChallenges       = "da_challenges_total"
	mDAResolutions      = "da_resolutions_total"
	mDASettlements      = "da_settlements_total"
	mDAChunkResolutions = "da_chunk_resolutions_total"
	mDAChunkSettlements = "da_chunk_settlements_total"
	mDAMemberFaults     = "da_member_faults_total"
	mMissedEvents       = "missed_game_events_total"
	mDeadlinesMissed    = "deadlines_missed_total"
	// Censorship detectors (censorship.go).
	mForcedBatches = "forced_batches_total"
	mTxsForced     = "transactions_forced_total"
	// Detectors 3 and 4 (slots.go, equivocation.go): mSlotsMissed,
	// mJailed, mEquivocations.
	metricsPrefix = "etherscale_watcher_"
)

var counterHelp = map[string]string{
	mGamesSeen:   "Dispute games discovered (GameCreated events).",
	mMoves:       "Moves (attacks and defences) sent.",
	mSteps:       "One-step proofs sent.",
	mResolutions: "resolveClaim calls sent.",
	mCredits:     "Credit claimed from resolved games, in ether.",
	mBondsWon:    "Other parties' bonds paid to us by resolved games, in ether.",
	mBondsLost:   "Our bonds paid to other parties by resolved games, in ether.",
	mTxFailures:  "L1 transactions that failed or reverted, except lost races.",
	mRacesLost:   "L1 transactions refused or reverted because another party had done the same first (a claim, step, resolution, challenge or settlement).",
	mFaults:      "Wrong roots detected (prover claims and batch headers).",
	mGamesOpened: "Games opened by us (prover claims and sequencer games).",
	mAnchorMoves: "AnchorStateRegistry updates sent.",

	mMalformedProofs: "BatchInbox.proveMalformed calls mined: batches voided, their signers slashed.",

	mDAChallenges:       "DA challenges opened on certificate batches whose data the shards did not serve.",
	mDAResolutions:      "DA challenges answered with the batch data (revealed in calldata).",
	mDASettlements:      "Expired DA challenges settled: batch void, signers and attesters slashed.",
	mDAChunkResolutions: "Chunk challenges answered with the chunk and its proof.",
	mDAChunkSettlements: "Expired chunk challenges settled: the member slashed.",
	mDAMemberFaults:     "DA members that failed to serve a valid chunk while we retrieved a batch.",
	mMissedEvents:       "Games the L1 provider's logs did not show, found through the factory's game count.",
	mDeadlinesMissed:    "Counters that reached L1 after the window of the claim they answered had closed: that claim stands. Alert on any.",
	mForcedBatches:      "Forced batches we posted (BatchInbox.postForcedBatch): overdue inbox entries the sequencers left unconsumed past forceGrace.",
	mTxsForced:          "Tracked user transactions kept out of batches and forced by us through Inbox.forceTransaction.",
	mSlotsMissed:        "Leader slots missed (SequencerSet.Struck: the leader did not post in its leader window and another member posted after it). By leader: etherscale_watcher_missed_slots_total.",
	mJailed:             "Sequencers jailed for maxStrikes consecutive missed slots (SequencerSet.Jailed).",
	mEquivocations:      "Equivocations we proved (BatchInbox.proveEquivocation): a sequencer signed two headers with one number; it was slashed and we were credited.",
}

// Metrics are the watcher's Prometheus metrics, on a registry of their
// own so that several watchers can live in one process (tests).
type Metrics struct {
	reg      *prometheus.Registry
	counters map[string]prometheus.Counter
	latency  prometheus.Histogram
	head     prometheus.Gauge
	// anchorWrong is 1 while the on-chain anchor differs from the replay;
	// wrongWins counts games a wrong root won (since the start: the alert
	// is the durable record).
	anchorWrong prometheus.Gauge
	wrongWins   prometheus.Counter
	// nearDeadline counts, as of the last pass, the planned counters whose
	// claim window closes within a quarter of claimTimeout.
	nearDeadline prometheus.Gauge
	// unrebuildable counts the batches the follower cannot rebuild: the one
	// it stops at and every later one (0: it follows L1's latest batch).
	unrebuildable prometheus.Gauge
	blockedBatch  prometheus.Gauge
	// inboxOverdue: inbox entries past inclusionWindow that no batch
	// consumed (detector 1); trackedPending: tracked transactions not yet
	// included or consumed (detector 2).
	inboxOverdue   prometheus.Gauge
	trackedPending prometheus.Gauge
	// missedSlots counts struck slots by leader (detector 3), restored
	// from the store's records.
	missedSlots *prometheus.CounterVec
}

func newMetrics() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry(), counters: make(map[string]prometheus.Counter)}
	for name, help := range counterHelp {
		c := prometheus.NewCounter(prometheus.CounterOpts{Name: metricsPrefix + name, Help: help})
		m.counters[name] = c
		m.reg.MustRegister(c)
	}
	m.latency = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    metricsPrefix + "detection_latency_blocks",
		Help:    "L1 blocks from a claim's inclusion to our counter's inclusion.",
		Buckets: []float64{1, 2, 3, 5, 10, 20, 50, 100},
	})
	m.head = prometheus.NewGauge(prometheus.GaugeOpts{Name: metricsPrefix + "l1_head", Help: "Latest L1 block processed."})
	m.anchorWrong = prometheus.NewGauge(prometheus.GaugeOpts{Name: metricsPrefix + "anchor_wrong",
		Help: "1 while the on-chain anchor root differs from the local replay: a wrong root won a game. Page someone."})
	m.wrongWins = prometheus.NewCounter(prometheus.CounterOpts{Name: metricsPrefix + "wrong_roots_won_total",
		Help: "Games seen resolved DEFENDER_WINS with a root the local replay refutes (since this process started)."})
	m.unrebuildable = prometheus.NewGauge(prometheus.GaugeOpts{Name: metricsPrefix + "batches_unrebuildable",
		Help: "Batches the follower cannot rebuild yet: the first one (malformed and not voided, or data unavailable) and every later one. Games on them wait."})
	m.blockedBatch = prometheus.NewGauge(prometheus.GaugeOpts{Name: metricsPrefix + "blocked_batch", Help: "The first batch the follower cannot rebuild (0: none)."})
	m.nearDeadline = prometheus.NewGauge(prometheus.GaugeOpts{Name: metricsPrefix + "counters_near_deadline",
		Help: "Counters planned in the last pass whose claim window closes within a quarter of claimTimeout: the honest side is falling behind."})
	m.inboxOverdue = prometheus.NewGauge(prometheus.GaugeOpts{Name: metricsPrefix + "inbox_overdue_entries",
		Help: "Inbox entries older than inclusionWindow that no batch consumed: the sequencers are ignoring the inbox. The watcher posts the forced batch once forceGrace has passed."})
	m.trackedPending = prometheus.NewGauge(prometheus.GaugeOpts{Name: metricsPrefix + "tracked_transactions_pending",
		Help: "Users' transactions handed to the watcher (etherscale_watchTransaction) not yet included or consumed from the inbox."})
	m.missedSlots = prometheus.NewCounterVec(prometheus.CounterOpts{Name: metricsPrefix + "missed_slots_total",
		Help: "Leader slots missed, by leader (SequencerSet.Struck events)."}, []string{"leader"})
	m.reg.MustRegister(m.missedSlots)
	m.reg.MustRegister(m.latency, m.head, m.unrebuildable, m.blockedBatch, m.anchorWrong, m.wrongWins, m.nearDeadline, m.inboxOverdue, m.trackedPending)
	return m
}

// restore loads the persisted counters and latencies, so the exported
// totals survive restarts.
func (m *Metrics) restore(s *Store) error {
	for name, c := range m.counters {
		v, err := s.Metric(name)
		if err != nil {
			return err
		}
		c.Add(v)
	}
	lats, err := s.Latencies()
	if err != nil {
		return err
	}
	for _, l := range lats {
		m.latency.Observe(float64(l))
	}
	return nil
}

func (m *Metrics) apply(deltas map[string]float64) {
	for name, d := range deltas {
		if c, ok := m.counters[name]; ok && d > 0 {
			c.Add(d)
		}
	}
}

// Registry returns the registry (for tests and embedding).
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// serve exposes the registry on addr until ctx ends.
// extra are further handlers (the status page and the JSON-RPC endpoint)
// behind the same guard.
func (m *Metrics) serve(ctx context.Context, addr string, log *slog.Logger, extra map[string]http.HandlerFunc) (net.Addr, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics listener on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}))
	for path, h := range extra {
		mux.HandleFunc(path, h)
	}
	// A scraper needs little: a few connections, a request every few
	// seconds. The guard keeps a flood off the watcher's descriptors.
	lim := httplimit.Defaults()
	lim.MaxConns, lim.MaxConnsPerClient, lim.ClientRate, lim.ClientBurst = 64, 16, 50, 100
	guard, err := httplimit.New(lim)
	if err != nil {
		ln.Close()
		return nil, err
	}
	srv := guard.Server(mux)
	go func() {
		if err := srv.Serve(guard.Listener(ln)); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server", "err", err)
		}
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	return ln.Addr(), nil
}
