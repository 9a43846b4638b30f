package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/loopback"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/sequencerset"
	"github.com/etherscale/etherscale/sequencerset/node"
)

// MaxSequencers is the most bonded sequencers a devnet runs (the set's
// listing bound).
const MaxSequencers = contracts.MaxSequencers

// SequencerKeys returns the L1 keys of a devnet's n BFT sequencers: dev
// keys past the DA members' (devnode.MaxDevAccounts + 100 + i), funded on
// L1 by the devnet's genesis, never on L2.
func SequencerKeys(n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = devnode.DevKey(devnode.MaxDevAccounts + 100 + i)
	}
	return keys
}

// sequencerRPCPort is validator i's JSON-RPC port: --l2-port for the
// first (what wallets use), then l2Port+10+i, clear of the shards'.
func sequencerRPCPort(l2Port, i int) int {
	switch {
	case l2Port == 0:
		return 0
	case i == 0:
		return l2Port
	}
	return l2Port + 10 + i
}

// startBFT registers cfg.Sequencers bonded sequencers (once per
// deployment), writes their homes and the shared genesis, and builds the
// nodes; the caller runs them.
func (d *Devnet) startBFT(ctx context.Context, client *ethclient.Client, log *slog.Logger) ([]*node.Node, error) {
	cfg := d.cfg
	keys := SequencerKeys(cfg.Sequencers)
	set := contracts.NewSequencerSet(d.Deployment.Contracts.SequencerSet, client, nil)
	homes := make([]string, len(keys))
	ids := make([]node.Identity, len(keys))
	for i, key := range keys {
		homes[i] = filepath.Join(cfg.DataDir, "sequencers", strconv.Itoa(i))
		var err error
		if _, serr := os.Stat(filepath.Join(homes[i], "node.json")); serr == nil {
			ids[i], err = node.LoadIdentity(homes[i])
		} else {
			// The devnet's usual ports if free, else others.
			p2p, perr := loopback.Addr(26656 + i)
			rpc, rerr := loopback.Addr(sequencerRPCPort(cfg.L2Port, i))
			if err := errors.Join(perr, rerr); err != nil {
				return nil, fmt.Errorf("devnet: sequencer %d ports: %w", i, err)
			}
			ids[i], err = node.Init(homes[i], node.InitOptions{
				Moniker: fmt.Sprintf("devnet-sequencer-%d", i),
				P2PAddr: p2p,
				RPCAddr: rpc,
			})
		}
		if err != nil {
			return nil, fmt.Errorf("devnet: sequencer %d home: %w", i, err)
		}
		info, err := set.Sequencer(ctx, crypto.PubkeyToAddress(key.PublicKey))
		if err != nil {
			return nil, fmt.Errorf("devnet: sequencer %d: %w", i, err)
		}
		if info.Status != contracts.SequencerNone {
			continue // registered in an earlier run
		}
		tx, err := newSender(ctx, client, key)
		if err != nil {
			return nil, err
		}
		reg := contracts.NewSequencerSet(set.Address(), client, tx)
		if _, err := reg.Register(ctx, d.Deployment.Config.MinBond.Big(), ids[i].ConsensusKey, ids[i].Endpoint()); err != nil {
			return nil, fmt.Errorf("devnet: register sequencer %d: %w", i, err)
		}
		log.Info("sequencer registered", "index", i, "address", crypto.PubkeyToAddress(key.PublicKey), "endpoint", ids[i].Endpoint())
	}
	genesis := node.GenesisFile(homes[0])
	if _, err := os.Stat(genesis); err != nil {
		bi := contracts.NewBatchInbox(d.Deployment.Contracts.BatchInbox, client, nil)
		doc, err := node.BuildGenesis(ctx, set, bi, sequencerset.RollupOf(d.Deployment), cfg.DAMode)
		if err != nil {
			return nil, fmt.Errorf("devnet: %w", err)
		}
		for _, h := range homes {
			if err := doc.SaveAs(node.GenesisFile(h)); err != nil {
				return nil, fmt.Errorf("devnet: %w", err)
			}
		}
		if wait := time.Until(doc.GenesisTime); wait > 0 {
			log.Info("the sequencer set's first epoch starts soon: consensus begins then", "in", wait.Round(time.Second), "validators", len(doc.Validators))
		}
	}
	nodes := make([]*node.Node, len(keys))
	for i, key := range keys {
		tx, err := newSender(ctx, client, key)
		if err != nil {
			return nil, err
		}
		addrs, err := node.LoadAddresses(homes[i])
		if err != nil {
			return nil, err
		}
		var faults node.Faults
		switch {
		case cfg.Fault == FaultEquivocate && i == len(keys)-1:
			faults.Equivocate = true
		case cfg.Fault == FaultSkipOverdue && i == len(keys)-1:
			faults.SkipEntries = true
		}
		nodes[i], err = node.New(ctx, node.Config{
			Home: homes[i], P2PAddr: addrs.P2P, RPCAddr: addrs.RPC, L1: client, Tx: tx, Key: key,
			Rollup: sequencerset.RollupOf(d.Deployment), PollInterval: cfg.PollInterval, Faults: faults,
			Log: log.With("svc", "sequencer", "v", i),
		})
		if err != nil {
			for _, n := range nodes[:i] {
				n.Close()
			}
			return nil, fmt.Errorf("devnet: sequencer %d: %w", i, err)
		}
	}
	return nodes, nil
}

func newSender(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey) (*txmgr.Sender, error) {
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	return txmgr.New(ctx, client, key, tcfg)
}

// bftLoad sends rate transfers per second among the user keys to the
// validators' JSON-RPC in turn, as wallets would.
func bftLoad(ctx context.Context, nodes []*node.Node, users []*ecdsa.PrivateKey, chainID uint64, feeCap *big.Int, rate int, log *slog.Logger) error {
	if rate <= 0 || len(users) < 2 {
		return nil
	}
	clients := make([]*ethclient.Client, len(nodes))
	for i, n := range nodes {
		c, err := ethclient.DialContext(ctx, n.URL())
		if err != nil {
			return err
		}
		defer c.Close()
		clients[i] = c
	}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	t := time.NewTicker(time.Second / time.Duration(rate))
	defer t.Stop()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		// Each user keeps to one validator: its pending nonce there counts
		// its own transfers at once (gossip to the others takes a moment).
		from, to := users[i%len(users)], users[(i+1)%len(users)]
		c := clients[(i%len(users))%len(clients)]
		addr := crypto.PubkeyToAddress(from.PublicKey)
		nonce, err := c.PendingNonceAt(ctx, addr)
		if err != nil {
			continue
		}
		dest := crypto.PubkeyToAddress(to.PublicKey)
		tx, err := types.SignNewTx(from, signer, &types.DynamicFeeTx{Nonce: nonce, GasTipCap: new(big.Int), GasFeeCap: feeCap, Gas: 21000, To: &dest, Value: big.NewInt(1)})
		if err != nil {
			return err
		}
		if err := c.SendTransaction(ctx, tx); err != nil && !errors.Is(ctx.Err(), context.Canceled) {
			log.Debug("load transfer refused", "err", err)
		}
	}
}

// killLeader is FaultKillLeader: once the chain posts, the validator that
// leads the next slot is stopped for good.
func (d *Devnet) killLeader(ctx context.Context, client *ethclient.Client, s *Services, log *slog.Logger) error {
	bi := contracts.NewBatchInbox(d.Deployment.Contracts.BatchInbox, client, nil)
	set := contracts.NewSequencerSet(d.Deployment.Contracts.SequencerSet, client, nil)
	t := time.NewTicker(d.cfg.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		head, err := bi.ChainHead(ctx)
		if err != nil || head.Number == 0 {
			continue
		}
		slot, err := set.CurrentSlot(ctx)
		if err != nil {
			continue
		}
		leader, err := set.LeaderOf(ctx, slot+1)
		if err != nil {
			continue
		}
		for i, k := range SequencerKeys(len(s.Nodes)) {
			if crypto.PubkeyToAddress(k.PublicKey) == leader {
				s.nodeStops[i]()
				log.Warn("killed the leader of the next slot (fault injected): the others must post after its leader window", "validator", i, "address", leader, "slot", slot+1)
				return nil
			}
		}
	}
}

// watchSet tells the BFT set's story on L1: missed slots struck, members
// jailed, equivocations proven (slashes).
func (d *Devnet) watchSet(ctx context.Context, client *ethclient.Client, log *slog.Logger) error {
	set := contracts.NewSequencerSet(d.Deployment.Contracts.SequencerSet, client, nil)
	from := d.Deployment.DeployBlock
	t := time.NewTicker(2 * d.cfg.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		h, err := client.HeaderByNumber(ctx, nil)
		if err != nil || h.Number.Uint64() < from {
			continue
		}
		to := h.Number
		strikes, err1 := set.Strikes(ctx, from, to)
		jails, err2 := set.Jails(ctx, from, to)
		slashes, err3 := set.Slashes(ctx, from, to)
		if err := errors.Join(err1, err2, err3); err != nil {
			continue
		}
		for _, e := range strikes {
			log.Warn("missed slot: its leader did not post in its window, another member did (strike)", "leader", e.Sequencer, "slot", e.Slot, "strikes", e.Strikes)
		}
		for _, e := range jails {
			log.Warn("sequencer jailed: out of the schedule until it unjails", "sequencer", e.Sequencer, "epoch", e.Epoch)
		}
		for _, e := range slashes {
			log.Warn("sequencer slashed", "sequencer", e.Sequencer, "amount", e.Amount, "prover", e.Prover)
		}
		from = to.Uint64() + 1
	}
}
