package watcher

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
)

// refreshBlocks bounds how long a game's state is re-used without being
// read again, whatever the change checks say: a reorg that removed a
// step, or a provider that hid an event and kept the claim count, is
// caught within this many blocks (minutes on L1; claim windows are days).
const refreshBlocks = 32

// gameCache is the state each open game was last read in (issue 14 item
// 5). A pass reads only the games that changed since: the factory's
// events since the last read name the games any transaction touched
// (every change of a game's state emits one, with the game id as first
// topic), and every cached game's record — one batched call per game, a
// few requests for all of them — is compared with the cached one, so a
// provider that drops events still cannot hide a new claim or a
// resolution. The changed games are read in full in two or three
// batched round trips. An unchanged game is re-planned from its cached
// state at the new head's time: its windows and deadlines move with the
// clock, not with a read.
type gameCache struct {
	block  uint64 // the block the last read was pinned at; 0: nothing cached
	states map[uint64]*cachedGame
}

type cachedGame struct {
	st    *contracts.GameState
	block uint64 // read at
}

// gameEventTopics are the factory events that change a game already
// created (topic 1 is the game id).
var gameEventTopics = []common.Hash{
	factoryABI.Events["ClaimMoved"].ID, factoryABI.Events["Stepped"].ID, factoryABI.Events["ResolutionProgress"].ID,
	factoryABI.Events["ClaimResolved"].ID, factoryABI.Events["GameResolved"].ID, factoryABI.Events["CreditClaimed"].ID,
	factoryABI.Events["SignersSlashed"].ID,
}

// readStats is what one readGames did, for the log and the tests.
type readStats struct {
	Cached, Reread int
}

// forget drops a game's cached state: the next pass reads it again (after
// we sent something in it, lost a race in it, or failed on it).
func (c *gameCache) forget(id uint64) { delete(c.states, id) }

// readGames returns the state of every game in ids at block at (one
// consistent snapshot), from the cache where nothing changed. A game that
// cannot be read is left out of the map with its error in errs.
func (w *Watcher) readGames(ctx context.Context, ids []uint64, at uint64) (map[uint64]*contracts.GameState, map[uint64]error, readStats, error) {
	c := &w.games
	if c.states == nil {
		c.states = make(map[uint64]*cachedGame)
	}
	var stats readStats
	dirty := make(map[uint64]bool)
	var cached []uint64
	for _, id := range ids {
		e, ok := c.states[id]
		if !ok || e.block+refreshBlocks < at || e.block > at {
			dirty[id] = true
			continue
		}
		cached = append(cached, id)
	}
	if len(cached) > 0 && c.block < at {
		changed, err := w.changedGames(ctx, c.block+1, at)
		if err != nil {
			// Without the events nothing cached can be trusted.
			for _, id := range cached {
				dirty[id] = true
			}
			cached = nil
		}
		for id := range changed {
			dirty[id] = true
		}
	}
	var check []*big.Int
	for _, id := range cached {
		if !dirty[id] {
			check = append(check, new(big.Int).SetUint64(id))
		}
	}
	if len(check) > 0 {
		infos, errs, err := w.factory.ReadInfos(ctx, check, new(big.Int).SetUint64(at))
		if err != nil {
			return nil, nil, stats, err
		}
		for i, id := range check {
			old := c.states[id.Uint64()].st.Info
			if errs[i] != nil || !sameProgress(old, infos[i]) {
				dirty[id.Uint64()] = true
			}
		}
	}
	out := make(map[uint64]*contracts.GameState, len(ids))
	failed := make(map[uint64]error)
	var read []*big.Int
	for _, id := range ids {
		if dirty[id] {
			read = append(read, new(big.Int).SetUint64(id))
			continue
		}
		out[id] = c.states[id].st
		stats.Cached++
	}
	if len(read) > 0 {
		states, errs, err := w.factory.ReadStates(ctx, read, new(big.Int).SetUint64(at))
		if err != nil {
			return nil, nil, stats, err
		}
		for i, id := range read {
			n := id.Uint64()
			if errs[i] != nil {
				failed[n] = errs[i]
				c.forget(n)
				continue
			}
			out[n] = states[i]
			c.states[n] = &cachedGame{st: states[i], block: at}
			stats.Reread++
		}
	}
	// A game not asked for this pass (finished, or waiting for a batch)
	// would miss the events of the blocks until it is asked again.
	asked := make(map[uint64]bool, len(ids))
	for _, id := range ids {
		asked[id] = true
	}
	for id := range c.states {
		if !asked[id] {
			c.forget(id)
		}
	}
	c.block = at
	return out, failed, stats, nil
}

// sameProgress reports whether a game's record shows no new claim and no
// resolution since old.
func sameProgress(old, cur *contracts.GameInfo) bool {
	return cur != nil && old.ClaimCount == cur.ClaimCount && old.Status == cur.Status &&
		old.ResolvedAt == cur.ResolvedAt && old.SignersSlashed == cur.SignersSlashed
}

// changedGames returns the ids of the games the factory's events in blocks
// [from, to] touched.
func (w *Watcher) changedGames(ctx context.Context, from, to uint64) (map[uint64]bool, error) {
	out := make(map[uint64]bool)
	for from <= to {
		end := min(to, from+w.cfg.LogRange-1)
		logs, err := w.deps.L1.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(end),
			Addresses: []common.Address{w.deps.Factory}, Topics: [][]common.Hash{gameEventTopics},
		})
		if err != nil {
			return nil, fmt.Errorf("game events %d…%d: %w", from, end, err)
		}
		for _, l := range logs {
			if len(l.Topics) > 1 {
				out[new(big.Int).SetBytes(l.Topics[1].Bytes()).Uint64()] = true
			}
		}
		from = end + 1
	}
	return out, nil
}
