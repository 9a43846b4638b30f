package devnet

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// DAMemberKeys returns the keys of a devnet's n DA committee members. They
// are dev keys past any dev account (devnode.MaxDevAccounts + i): funded on
// L1 by the devnet's genesis, never on L2, never handed to users.
func DAMemberKeys(n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = devnode.DevKey(devnode.MaxDevAccounts + i)
	}
	return keys
}

// Shard is one running member of the devnet's DA committee.
type Shard struct {
	Key    *ecdsa.PrivateKey
	Server *da.Server
}

// URL is the shard's base URL, as registered in DACommittee.
func (s *Shard) URL() string { return s.Server.URL() }

// Member is the shard's DACommittee member index: the one number the
// logs, `batch fetch` and the banner use for it.
func (s *Shard) Member() uint32 { return s.Server.MemberIndex() }

// withholder is the colluding committee of FaultWithhold: every member
// attests and stores the marked batches' chunks but answers reads of them
// with 404, as a member that threw the data away would.
type withholder struct {
	mu    sync.Mutex
	roots map[common.Hash]bool
	// first: the shards choose the batch themselves, the first one
	// dispersed to them (the BFT set: no sequencer is in on it).
	first bool
	log   *slog.Logger
}

func newWithholder() *withholder { return &withholder{roots: make(map[common.Hash]bool)} }

func (w *withholder) mark(root common.Hash) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.roots[root] = true
}

func (w *withholder) withheld(root common.Hash) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.roots[root]
}

// wrap puts the withholding in front of a shard's API.
func (w *withholder) wrap(h http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/", h)
	mux.HandleFunc("PUT /v1/chunks/{root}/{index}", func(rw http.ResponseWriter, r *http.Request) {
		if root, _, err := da.ParseChunkPath(r.PathValue("root"), r.PathValue("index")); err == nil && w.first {
			w.mu.Lock()
			if len(w.roots) == 0 {
				w.roots[root] = true
				w.log.Warn("the shards will attest this batch's data but never serve it (fault injected)", "dataRoot", root)
			}
			w.mu.Unlock()
		}
		h.ServeHTTP(rw, r)
	})
	mux.HandleFunc("GET /v1/chunks/{root}/{index}", func(rw http.ResponseWriter, r *http.Request) {
		if root, _, err := da.ParseChunkPath(r.PathValue("root"), r.PathValue("index")); err == nil && w.withheld(root) {
			http.Error(rw, "chunk not found", http.StatusNotFound)
			return
		}
		h.ServeHTTP(rw, r)
	})
	return mux
}

// startCommittee bonds and starts the DA committee's shard nodes, all in
// parallel (each registers from its own key, so the registrations share a
// block). A member that fails to start is logged and left out: the
// committee works while the threshold still starts, and the sequencer's
// dispersal names what is missing when it does not.
func (d *Devnet) startCommittee(ctx context.Context, client *ethclient.Client, wh *withholder, log *slog.Logger) ([]*Shard, error) {
	cfg := d.cfg
	keys := DAMemberKeys(int(d.Deployment.Config.DA.N))
	shards := make([]*Shard, len(keys))
	errs := make([]error, len(keys))
	var wg sync.WaitGroup
	for i, key := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// No "member" attribute here: the shard logs its DACommittee
			// index as member once it knows it (registration order, not
			// i), and the address names it until then.
			shards[i], errs[i] = d.startShard(ctx, client, i, key, wh, log)
		}()
	}
	wg.Wait()
	var up []*Shard
	for i, s := range shards {
		if errs[i] != nil {
			log.Warn("DA shard did not start", "address", crypto.PubkeyToAddress(keys[i].PublicKey), "err", errs[i])
			continue
		}
		up = append(up, s)
	}
	// In committee order, so that Shards[i] reads like member i.
	slices.SortFunc(up, func(a, b *Shard) int { return cmp.Compare(a.Member(), b.Member()) })
	if len(up) == 0 && len(keys) > 0 {
		return nil, fmt.Errorf("devnet: no DA shard started: %w", errors.Join(errs...))
	}
	if cfg.DAMode == DAModeShards && len(up) < int(d.Deployment.Config.DA.Threshold) {
		log.Warn("fewer DA shards than the attestation threshold: certificate batches will fail", "up", len(up), "threshold", d.Deployment.Config.DA.Threshold)
	}
	return up, nil
}

func (d *Devnet) startShard(ctx context.Context, client *ethclient.Client, i int, key *ecdsa.PrivateKey, wh *withholder, log *slog.Logger) (*Shard, error) {
	port := 0
	if d.cfg.ShardPort != 0 {
		port = d.cfg.ShardPort + i
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	tx, err := txmgr.New(ctx, client, key, tcfg)
	if err != nil {
		ln.Close()
		return nil, fmt.Errorf("sender: %w", err)
	}
	opts := dawire.ShardOptions{
		DataDir:  filepath.Join(d.cfg.DataDir, "shards", strconv.Itoa(i)),
		Listener: ln, Register: true,
		// The devnet's windows are seconds; so is its retention.
		Retention: 10 * time.Minute, PruneInterval: time.Minute,
	}
	if wh != nil {
		opts.Wrap = wh.wrap
	}
	srv, err := dawire.StartShard(ctx, client, tx, d.Deployment, key, opts, log)
	if err != nil {
		return nil, err
	}
	return &Shard{Key: key, Server: srv}, nil
}

// daMonitor tells the story of DA challenges, which no single service
// tells whole: a challenge opened, answered or expired, the batch voided,
// the stakes slashed.
type daMonitor struct {
	batches   *contracts.BatchInbox
	challenge *contracts.DAChallenge
	committee *contracts.DACommittee
	set       *contracts.SequencerSet
	client    *ethclient.Client
	posted    *l2chain.LogCache[*contracts.PostedBatch]
	log       *slog.Logger
	lone      bool // the training-wheels sequencer: its slashing halts the L2
	from      uint64

	challenged, done map[uint64]bool
}

func newDAMonitor(client *ethclient.Client, d *Devnet, lone bool, log *slog.Logger) *daMonitor {
	c := d.Deployment.Contracts
	return &daMonitor{
		batches: contracts.NewBatchInbox(c.BatchInbox, client, nil), challenge: contracts.NewDAChallenge(c.DAChallenge, client, nil),
		committee: contracts.NewDACommittee(c.DACommittee, client, nil), set: contracts.NewSequencerSet(c.SequencerSet, client, nil),
		client: client, log: log, lone: lone, from: d.Deployment.DeployBlock, challenged: make(map[uint64]bool), done: make(map[uint64]bool),
		posted: l2chain.NewLogCache(d.Deployment.DeployBlock, func(pb *contracts.PostedBatch) uint64 { return pb.Block }),
	}
}

// pass looks at every certificate batch not yet done. Errors are the L1's
// and only delay the story to the next pass.
func (m *daMonitor) pass(ctx context.Context) {
	head, err := m.client.BlockNumber(ctx)
	if err != nil {
		return
	}
	posted, err := m.posted.Update(ctx, head, m.batches.Batches)
	if err != nil {
		return
	}
	for _, pb := range posted {
		n := pb.Header.Number
		if pb.DAMode != contracts.DAModeCertificate || m.done[n] {
			continue
		}
		st, err := m.challenge.ChallengeOf(ctx, n)
		if err != nil || st.Challenger == (common.Address{}) {
			continue
		}
		if !m.challenged[n] {
			m.challenged[n] = true
			m.log.Warn("DA challenge opened: the batch's data must be revealed on L1 within the resolve window", "batch", n, "challenger", st.Challenger)
		}
		switch {
		case st.Resolved:
			if m.logAnswered(ctx, pb) {
				m.done[n] = true
			}
		case st.Settled:
			if m.logSettled(ctx, pb, st) {
				m.done[n] = true
			}
		}
	}
}

// logAnswered is the outcome of an answered DA challenge: the batch
// stands and the challenger's bond goes to the resolver. False if the
// event is not readable yet.
func (m *daMonitor) logAnswered(ctx context.Context, pb *contracts.PostedBatch) bool {
	n := pb.Header.Number
	st, err := m.challenge.ChallengeOf(ctx, n)
	if err != nil {
		return false
	}
	resolver, err := m.challenge.Resolver(ctx, n, pb.Block)
	if err != nil || resolver == (common.Address{}) {
		return false
	}
	p, err := m.challenge.Params(ctx)
	if err != nil {
		return false
	}
	m.log.Info(fmt.Sprintf("OUTCOME DA challenge of batch %d: answered, the data is on L1 and the batch stands", n),
		"batch", n, "winner", resolver, "loser", st.Challenger, "bondsWon", weiString(p.ChallengeBond), "bondsLost", weiString(p.ChallengeBond))
	return true
}

// logSettled is the outcome of an expired DA challenge: the batch is
// void, the signers and attesters lose their stake, the challenger gets
// its bond back and the rewards. False if the events are not readable yet.
func (m *daMonitor) logSettled(ctx context.Context, pb *contracts.PostedBatch, st contracts.DAChallengeState) bool {
	n := pb.Header.Number
	tx, err := m.challenge.SettledTx(ctx, n, pb.Block)
	if err != nil || tx == (common.Hash{}) {
		return false
	}
	seqSlashes, err := m.set.Slashes(ctx, pb.Block, nil)
	if err != nil {
		return false
	}
	memSlashes, err := m.committee.MemberSlashes(ctx, pb.Block, nil)
	if err != nil {
		return false
	}
	atts, err := m.batches.Attesters(ctx, n)
	if err != nil {
		return false
	}
	index := make(map[common.Address]uint32, len(atts))
	for _, a := range atts {
		index[a.Address] = a.Index
	}
	slashed, reward := new(big.Int), new(big.Int)
	var seqs []common.Address
	var members []uint32
	for _, s := range seqSlashes {
		if s.TxHash != tx {
			continue
		}
		seqs = append(seqs, s.Sequencer)
		slashed.Add(slashed, s.Amount)
		reward.Add(reward, s.Reward)
		m.log.Warn("sequencer slashed for withholding", "batch", n, "sequencer", s.Sequencer, "slashed", weiString(s.Amount), "reward", weiString(s.Reward), "rewardTo", s.Prover, "burned", weiString(s.Burned))
	}
	for _, s := range memSlashes {
		if s.TxHash != tx {
			continue
		}
		members = append(members, index[s.Member])
		slashed.Add(slashed, s.Amount)
		reward.Add(reward, s.Reward)
		m.log.Warn("DA member slashed for withholding", "batch", n, "member", index[s.Member], "address", s.Member, "slashed", weiString(s.Amount), "reward", weiString(s.Reward), "rewardTo", s.Prover)
	}
	void, _ := m.batches.IsVoid(ctx, n)
	m.log.Warn(fmt.Sprintf("OUTCOME DA challenge of batch %d: expired unanswered, the batch is void and its signers and attesters are slashed", n),
		"batch", n, "void", void, "winner", st.Challenger, "loser", seqs, "members", members,
		"slashedStake", weiString(slashed), "reward", weiString(reward))
	if m.lone && len(seqs) > 0 {
		m.log.Error("L2 HALTED: the only sequencer was slashed; it refuses new transactions and no batch can reach L1 (restart the devnet with --fresh)",
			"sequencer", seqs)
	}
	return true
}

func weiString(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}
