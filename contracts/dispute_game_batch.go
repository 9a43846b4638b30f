package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/internal/ethbatch"
)

// CallBatcher is a backend that runs many calls in few requests
// (l1multi.Client). outs[i] and errs[i] answer msgs[i]; err is a failure
// of the whole request.
type CallBatcher interface {
	BatchCallContract(ctx context.Context, msgs []ethereum.CallMsg, block *big.Int) (outs [][]byte, errs []error, err error)
}

// callMany runs msgs at block in as few requests as the backend allows:
// through its own batching (CallBatcher), as JSON-RPC batches on the
// rpc.Client of an ethclient-like backend, or one call at a time on any
// other (the simulated backend's plain client). Per-call reverts are
// decoded as call does.
func (b *bound) callMany(ctx context.Context, msgs []ethereum.CallMsg, block *big.Int) ([][]byte, []error, error) {
	var outs [][]byte
	var errs []error
	var err error
	switch be := b.backend.(type) {
	case CallBatcher:
		outs, errs, err = be.BatchCallContract(ctx, msgs, block)
	case ethbatch.Caller:
		outs, errs, err = ethbatch.Call(ctx, be, msgs, block)
	case rpcClientOf:
		outs, errs, err = ethbatch.Call(ctx, be.Client(), msgs, block)
	default:
		outs, errs = make([][]byte, len(msgs)), make([]error, len(msgs))
		for i, m := range msgs {
			if outs[i], errs[i] = b.backend.CallContract(ctx, m, block); errs[i] != nil && ctx.Err() != nil {
				return nil, nil, ctx.Err()
			}
		}
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s calls: %w", b.name, err)
	}
	for i, e := range errs {
		if e != nil {
			errs[i] = fmt.Errorf("%s call: %w", b.name, revertDecoder().FromCall(e))
		}
	}
	return outs, errs, nil
}

// GameState is what the honest agent reads of a game to plan: its record,
// every claim, and the progress of every unresolved claim with children
// (the only ones a paginated resolution can be half-way through).
type GameState struct {
	Info        *GameInfo
	Claims      []GameClaim
	Checkpoints map[uint32]GameCheckpoint
}

// ReadInfos reads the records of games ids at block (nil: latest) in
// batched calls. errs[i] is game i's failure (a revert: no such game).
func (c *DisputeGameFactory) ReadInfos(ctx context.Context, ids []*big.Int, block *big.Int) ([]*GameInfo, []error, error) {
	msgs := make([]ethereum.CallMsg, len(ids))
	for i, id := range ids {
		msgs[i] = ethereum.CallMsg{To: &c.addr, Data: c.b.PackGame(id)}
	}
	outs, errs, err := c.callMany(ctx, msgs, block)
	if err != nil {
		return nil, nil, err
	}
	infos := make([]*GameInfo, len(ids))
	for i := range ids {
		if errs[i] == nil {
			infos[i], errs[i] = c.decodeInfo(ids[i], outs[i])
		}
	}
	return infos, errs, nil
}

// ReadStates reads the full state of games ids at block (nil: latest; a
// number makes every game's reads one consistent snapshot). The records
// and first claim pages of all games go in one round of batches, further
// pages (games of more than 256 claims) in the next, the checkpoints in a
// last one: three round trips for any number of games instead of three
// or more requests per game.
func (c *DisputeGameFactory) ReadStates(ctx context.Context, ids []*big.Int, block *big.Int) ([]*GameState, []error, error) {
	states := make([]*GameState, len(ids))
	errs := make([]error, len(ids))
	fail := func(i int, err error) {
		if errs[i] == nil {
			errs[i] = fmt.Errorf("game %s: %w", ids[i], err)
		}
		states[i] = nil
	}
	// Round 1: record and first page of each game.
	msgs := make([]ethereum.CallMsg, 0, 2*len(ids))
	for _, id := range ids {
		msgs = append(msgs, ethereum.CallMsg{To: &c.addr, Data: c.b.PackGame(id)}, ethereum.CallMsg{To: &c.addr, Data: c.b.PackClaims(id, 0, claimsPage)})
	}
	outs, callErrs, err := c.callMany(ctx, msgs, block)
	if err != nil {
		return nil, nil, err
	}
	type page struct{ game, from int }
	var more []page
	for i, id := range ids {
		if e := firstErr(callErrs[2*i], callErrs[2*i+1]); e != nil {
			fail(i, e)
			continue
		}
		info, err := c.decodeInfo(id, outs[2*i])
		if err != nil {
			fail(i, err)
			continue
		}
		states[i] = &GameState{Info: info, Checkpoints: map[uint32]GameCheckpoint{}}
		n, err := c.appendClaims(states[i], 0, outs[2*i+1])
		if err != nil {
			fail(i, err)
			continue
		}
		if n == claimsPage {
			more = append(more, page{i, claimsPage})
		}
	}
	// Further pages, a round per page depth (rare: 256+ claims).
	for len(more) > 0 {
		msgs = msgs[:0]
		for _, p := range more {
			msgs = append(msgs, ethereum.CallMsg{To: &c.addr, Data: c.b.PackClaims(ids[p.game], uint32(p.from), claimsPage)})
		}
		if outs, callErrs, err = c.callMany(ctx, msgs, block); err != nil {
			return nil, nil, err
		}
		var next []page
		for k, p := range more {
			if callErrs[k] != nil {
				fail(p.game, callErrs[k])
				continue
			}
			n, err := c.appendClaims(states[p.game], uint32(p.from), outs[k])
			if err != nil {
				fail(p.game, err)
				continue
			}
			if n == claimsPage {
				next = append(next, page{p.game, p.from + claimsPage})
			}
		}
		more = next
	}
	// Checkpoints of unresolved claims with children.
	type cp struct {
		game  int
		claim uint32
	}
	var cps []cp
	msgs = msgs[:0]
	for i, s := range states {
		if s == nil {
			continue
		}
		for _, cl := range s.Claims {
			if !cl.Resolved && cl.ChildCount > 0 {
				cps = append(cps, cp{i, cl.Index})
				msgs = append(msgs, ethereum.CallMsg{To: &c.addr, Data: c.b.PackCheckpoint(ids[i], cl.Index)})
			}
		}
	}
	if len(msgs) > 0 {
		if outs, callErrs, err = c.callMany(ctx, msgs, block); err != nil {
			return nil, nil, err
		}
		for k, p := range cps {
			if states[p.game] == nil {
				continue
			}
			if callErrs[k] != nil {
				fail(p.game, fmt.Errorf("checkpoint of claim %d: %w", p.claim, callErrs[k]))
				continue
			}
			v, err := c.b.UnpackCheckpoint(outs[k])
			if err != nil {
				fail(p.game, fmt.Errorf("decode checkpoint of claim %d: %w", p.claim, err))
				continue
			}
			states[p.game].Checkpoints[p.claim] = GameCheckpoint{NextChild: v.NextChild, LeftmostPosition: v.LeftmostPosition, LeftmostIndex: v.LeftmostIndex}
		}
	}
	return states, errs, nil
}

// appendClaims decodes a claims page starting at from into s and returns
// its length.
func (c *DisputeGameFactory) appendClaims(s *GameState, from uint32, out []byte) (int, error) {
	page, err := c.b.UnpackClaims(out)
	if err != nil {
		return 0, fmt.Errorf("decode DisputeGameFactory.claims: %w", err)
	}
	for i := range page {
		s.Claims = append(s.Claims, toGameClaim(from+uint32(i), &page[i]))
	}
	return len(page), nil
}

// ReadState is ReadStates for one game (two or three round trips).
func (g *DisputeGame) ReadState(ctx context.Context, block *big.Int) (*GameState, error) {
	states, errs, err := g.f.ReadStates(ctx, []*big.Int{g.id}, block)
	if err != nil {
		return nil, err
	}
	return states[0], errs[0]
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// rpcClientOf is a backend built on an rpc.Client (*ethclient.Client).
type rpcClientOf interface {
	Client() *rpc.Client
}
