// Package dawiretest sets up a rollup with a live DA committee for tests:
// the contracts deployed on the simulated backend, one sequencer, and n
// real da.Servers on 127.0.0.1 (goleveldb in t.TempDir()) registered in
// DACommittee with the dawire Authorizer and Finalizer.
package dawiretest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/replay"
)

// Key roles in Env.Sim.Keys.
const (
	KeyDeployer    = 0
	KeySequencer   = 1
	KeyFirstMember = 2 // members are keys 2 … 2+n−1
)

// Windows used instead of the devnet preset's seconds, so that test time
// spent on HTTP does not close them; tests cross them with AdjustTime.
const (
	ChallengeWindow = 100
	ResolveWindow   = 50
)

// Env is a deployed rollup with a running committee.
type Env struct {
	Sim     *simbackend.Env
	Cfg     *config.Config
	Dep     *deploy.Deployment
	Servers []*da.Server
	// BI posts as the sequencer.
	BI *contracts.BatchInbox
	// User is an L2 key funded with 1 ether in the genesis.
	User *ecdsa.PrivateKey
	ctx  context.Context

	mu       sync.Mutex
	withheld map[withheldChunk]bool
}

type withheldChunk struct {
	root   common.Hash
	member int
}

// New deploys the devnet preset (k = 3, n = 6, threshold 4) with longer DA
// windows and starts the committee. extraKeys are funded keys after the
// members, for watchers and users.
func New(t *testing.T, extraKeys int) *Env {
	t.Helper()
	return NewWith(t, extraKeys, nil)
}

// NewWith is New with each shard's server config edited by tweak (if set)
// before it starts.
func NewWith(t *testing.T, extraKeys int, tweak func(member int, c *da.ServerConfig)) *Env {
	t.Helper()
	return NewWithConfig(t, extraKeys, nil, tweak)
}

// NewWithConfig is NewWith with the rollup config edited by edit (if set)
// after the test windows are applied and before the deployment: for tests
// that need other windows or timeouts.
func NewWithConfig(t *testing.T, extraKeys int, edit func(*config.Config), tweak func(member int, c *da.ServerConfig)) *Env {
	t.Helper()
	ctx := context.Background()
	// The L2 user funded in the genesis (an L2 key only).
	userKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("dawiretest user")))
	if err != nil {
		t.Fatal(err)
	}
	user := crypto.PubkeyToAddress(userKey.PublicKey)
	cfg, err := config.Preset("devnet", []common.Address{user}, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
	if err != nil {
		t.Fatal(err)
	}
	cfg.DA.ChallengeWindow, cfg.DA.ResolveWindow = ChallengeWindow, ResolveWindow
	if edit != nil {
		edit(cfg)
	}
	n := int(cfg.DA.N)
	sim := simbackend.New(t, KeyFirstMember+n+extraKeys)
	dep, err := deploy.Deploy(ctx, sim.Client, sender(t, sim, KeyDeployer), cfg)
	if err != nil {
		t.Fatal(err)
	}
	e := &Env{Sim: sim, Cfg: cfg, Dep: dep, User: userKey, ctx: ctx, withheld: make(map[withheldChunk]bool)}
	seqKey := sim.Keys[KeySequencer]
	seq := sender(t, sim, KeySequencer)
	set := contracts.NewSequencerSet(dep.Contracts.SequencerSet, sim.Client, seq)
	if _, err := set.Register(ctx, cfg.MinBond.Big(), crypto.CompressPubkey(&seqKey.PublicKey), ""); err != nil {
		t.Fatal(err)
	}
	e.BI = contracts.NewBatchInbox(dep.Contracts.BatchInbox, sim.Client, seq)
	e.BI.SetDeployBlock(dep.DeployBlock)

	// Members register in order, so member i takes index i (the lowest
	// free one); its server must know the index before it starts, and the
	// endpoint registered is the port it bound.
	for i := 0; i < n; i++ {
		key := sim.Keys[KeyFirstMember+i]
		com := contracts.NewDACommittee(dep.Contracts.DACommittee, sim.Client, sender(t, sim, KeyFirstMember+i))
		scfg := da.DefaultServerConfig()
		scfg.ListenAddr, scfg.DataDir, scfg.MemberIndex = "127.0.0.1:0", t.TempDir(), uint32(i)
		scfg.K, scfg.N = uint16(cfg.DA.K), uint16(cfg.DA.N)
		scfg.Domain = com.Domain(sim.ChainID.Uint64())
		if tweak != nil {
			tweak(i, &scfg)
		}
		auth := dawire.NewSequencerAuthorizer(contracts.NewSequencerSet(dep.Contracts.SequencerSet, sim.Client, nil), 0)
		fin := dawire.NewFinalizer(sim.Client, dep.Contracts.BatchInbox, dep.Contracts.DAChallenge, dep.DeployBlock)
		srv, err := da.NewServer(scfg, key, auth, fin)
		if err != nil {
			t.Fatal(err)
		}
		ln, err := net.Listen("tcp", scfg.ListenAddr)
		if err != nil {
			t.Fatal(err)
		}
		if err := srv.StartOn(ctx, ln, e.withholding(i, srv.Handler())); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { srv.Kill() })
		if _, err := com.Register(ctx, cfg.DA.MemberBond.Big(), srv.URL()); err != nil {
			t.Fatalf("register member %d: %v", i, err)
		}
		e.Servers = append(e.Servers, srv)
	}
	return e
}

func sender(t *testing.T, sim *simbackend.Env, i int) contracts.Transactor {
	cfg := simbackend.SenderConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	return sim.SenderWithConfig(t, i, cfg)
}

// Sender returns a transactor for key i that decodes contract errors.
func (e *Env) Sender(t *testing.T, i int) contracts.Transactor { return sender(t, e.Sim, i) }

// Committee returns a read-only DACommittee client.
func (e *Env) Committee() *contracts.DACommittee {
	return contracts.NewDACommittee(e.Dep.Contracts.DACommittee, e.Sim.Client, nil)
}

// Challenge returns a DAChallenge client sending with tx (nil: read-only).
func (e *Env) Challenge(tx contracts.Transactor) *contracts.DAChallenge {
	return contracts.NewDAChallenge(e.Dep.Contracts.DAChallenge, e.Sim.Client, tx)
}

// RetrieverConfig is quick to give up on a dead shard.
func RetrieverConfig() da.RetrieverConfig {
	c := da.DefaultRetrieverConfig()
	c.RequestTimeout, c.MaxRetries, c.RetryBackoff = 2*time.Second, 0, 0
	return c
}

// PostCertificateBatch disperses the next batch (no inbox entries, txs,
// the given state root) to the committee and posts it in certificate mode,
// the way a sequencer does: da.Disperser, EncodeDACertificate,
// PostBatchCertificate. It returns the posted batch and its data.
func (e *Env) PostCertificateBatch(t *testing.T, txs [][]byte, stateRoot [32]byte) (*contracts.PostedBatch, []byte) {
	t.Helper()
	pb, data, err := e.PostCertificateBatchAs(e.ctx, e.BI, e.Sim.Keys[KeySequencer], txs, stateRoot)
	if err != nil {
		t.Fatal(err)
	}
	return pb, data
}

// PostCertificateBatchAs is PostCertificateBatch by another sequencer: key
// disperses and signs, bi posts (it sends as key's account). Failures are
// returned, for tests whose posters may be refused (an adversary's).
func (e *Env) PostCertificateBatchAs(ctx context.Context, bi *contracts.BatchInbox, key *ecdsa.PrivateKey, txs [][]byte, stateRoot [32]byte) (*contracts.PostedBatch, []byte, error) {
	head, err := bi.ChainHead(ctx)
	if err != nil {
		return nil, nil, err
	}
	h, data, err := contracts.NewCalldataHeader(head.Number+1, head.HeaderHash, head.QueueEnd, head.QueueEnd, txs, stateRoot, head.L2Timestamp+1)
	if err != nil {
		return nil, nil, err
	}
	com := e.Committee()
	dcfg := da.DisperserConfig{ClientConfig: RetrieverConfig().ClientConfig, K: int(e.Cfg.DA.K), Domain: com.Domain(e.Sim.ChainID.Uint64())}
	disp, err := da.NewDisperser(dcfg, com, key, nil)
	if err != nil {
		return nil, nil, err
	}
	cert, enc, err := disp.Disperse(ctx, data)
	if err != nil {
		disp.Close()
		return nil, nil, fmt.Errorf("disperse: %w", err)
	}
	// Every member gets its chunk before the test starts killing shards.
	disp.Wait()
	disp.Close()
	h.DataRoot = enc.DataRoot
	raw, err := contracts.EncodeDACertificate(cert)
	if err != nil {
		return nil, nil, err
	}
	sig, err := contracts.SignHeader(key, h, e.Sim.ChainID.Uint64(), e.Dep.Contracts.BatchInbox)
	if err != nil {
		return nil, nil, err
	}
	pb, err := bi.PostBatchCertificate(ctx, h, [][]byte{sig}, raw)
	if err != nil {
		return nil, nil, err
	}
	return pb, data, nil
}

// PostCalldataAs posts the next batch (no inbox entries, txs, the given
// state root) in calldata mode, signed by key and sent by bi (which sends as
// key's account). tamper, if set, may edit the header before it is signed
// and returns the data to post (the data it was given, or other bytes: the
// header's dataHash and dataLength are not recomputed).
func (e *Env) PostCalldataAs(ctx context.Context, bi *contracts.BatchInbox, key *ecdsa.PrivateKey, txs [][]byte, stateRoot [32]byte, tamper func(*contracts.BatchHeader, []byte) []byte) (*contracts.PostedBatch, error) {
	head, err := bi.ChainHead(ctx)
	if err != nil {
		return nil, err
	}
	h, data, err := contracts.NewCalldataHeader(head.Number+1, head.HeaderHash, head.QueueEnd, head.QueueEnd, txs, stateRoot, head.L2Timestamp+1)
	if err != nil {
		return nil, err
	}
	if tamper != nil {
		data = tamper(h, data)
	}
	sig, err := contracts.SignHeader(key, h, e.Sim.ChainID.Uint64(), e.Dep.Contracts.BatchInbox)
	if err != nil {
		return nil, err
	}
	return bi.PostBatch(ctx, h, [][]byte{sig}, data)
}

// Transfer signs an L2 transfer of 1 wei from the user.
func (e *Env) Transfer(t *testing.T, nonce uint64) []byte {
	t.Helper()
	to := common.HexToAddress("0xc0")
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(e.Cfg.Genesis.ChainID))
	tx, err := types.SignNewTx(e.User, signer, &types.LegacyTx{Nonce: nonce, GasPrice: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// ReplayRoot is the state root after replaying batches over the genesis.
func (e *Env) ReplayRoot(t *testing.T, batches ...*replay.Batch) [32]byte {
	t.Helper()
	st, err := replay.NewGenesisState(e.ctx, &e.Cfg.Genesis, replay.NewMemoryStore())
	if err != nil {
		t.Fatal(err)
	}
	var root [32]byte
	for _, b := range batches {
		res, err := replay.ReplayBatch(e.ctx, st, e.Cfg.Genesis.Rules(), b, replay.ReplayOptions{})
		if err != nil {
			t.Fatal(err)
		}
		root = res.Root
	}
	return root
}

// Withhold makes the given shards answer reads of root's chunks with 404,
// as members that threw the data away would: evidence of withholding, where
// a killed shard (Kill) only refuses connections.
func (e *Env) Withhold(root common.Hash, members ...int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, m := range members {
		e.withheld[withheldChunk{root, m}] = true
	}
}

// withholding puts Withhold in front of member i's API.
func (e *Env) withholding(i int, h http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/", h)
	mux.HandleFunc("GET /v1/chunks/{root}/{index}", func(w http.ResponseWriter, r *http.Request) {
		if root, _, err := da.ParseChunkPath(r.PathValue("root"), r.PathValue("index")); err == nil {
			e.mu.Lock()
			withheld := e.withheld[withheldChunk{root, i}]
			e.mu.Unlock()
			if withheld {
				http.Error(w, "chunk not found", http.StatusNotFound)
				return
			}
		}
		h.ServeHTTP(w, r)
	})
	return mux
}

// Kill stops the given shards abruptly.
func (e *Env) Kill(t *testing.T, members ...int) {
	t.Helper()
	for _, m := range members {
		if err := e.Servers[m].Kill(); err != nil {
			t.Fatalf("kill shard %d: %v", m, err)
		}
	}
}
