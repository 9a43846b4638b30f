package contracts

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts/bindings"
)

// DAChallengeParams are the constructor arguments of DAChallenge besides the
// contract addresses.
type DAChallengeParams struct {
	ChallengeWindow uint64 // config da.challengeWindow, seconds
	ResolveWindow   uint64 // config da.resolveWindow, seconds
	ChallengeBond   *big.Int
}

// DAChallengeState is the state of a batch or chunk challenge.
type DAChallengeState struct {
	Challenger   common.Address
	Member       common.Address // chunk challenges only
	ChallengedAt uint64
	Resolved     bool
	Settled      bool
}

// DAChallenge is a typed client for DAChallenge.sol.
type DAChallenge struct {
	bound
	b *bindings.DAChallenge
}

// NewDAChallenge returns a client for the DAChallenge at addr (tx may be nil).
func NewDAChallenge(addr common.Address, backend Backend, tx Transactor) *DAChallenge {
	b := bindings.NewDAChallenge()
	a := b.GetABI()
	return &DAChallenge{bound: bound{name: "DAChallenge", addr: addr, abi: &a, backend: backend, tx: tx}, b: b}
}

// DeployDAChallenge deploys a DAChallenge for the given BatchInbox,
// SequencerSet and DACommittee.
func DeployDAChallenge(ctx context.Context, tx Transactor, batchInbox, sequencerSet, committee common.Address, p DAChallengeParams) (common.Address, *types.Receipt, error) {
	if !validAmount(p.ChallengeBond) {
		return common.Address{}, nil, fmt.Errorf("deploy DAChallenge: challengeBond: %w", ErrNegativeAmount)
	}
	b := bindings.NewDAChallenge()
	code := append(common.FromHex(bindings.DAChallengeMetaData.Bin),
		b.PackConstructor(batchInbox, sequencerSet, committee, p.ChallengeWindow, p.ResolveWindow, p.ChallengeBond)...)
	return deploy(ctx, tx, "DAChallenge", code)
}

// Address returns the contract address.
func (c *DAChallenge) Address() common.Address { return c.addr }

func (c *DAChallenge) send(ctx context.Context, what string, data []byte, value *big.Int) (*types.Receipt, error) {
	rcpt, err := c.transact(ctx, data, value)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return rcpt, nil
}

// Challenge demands the data of certificate batch h.Number, paying bond.
func (c *DAChallenge) Challenge(ctx context.Context, h *BatchHeader, bond *big.Int) (*types.Receipt, error) {
	if h == nil {
		return nil, errNilHeader
	}
	if !validAmount(bond) {
		return nil, fmt.Errorf("challenge: bond: %w", ErrNegativeAmount)
	}
	return c.send(ctx, "challenge", c.b.PackChallenge(h.Encode()), bond)
}

// Resolve answers the challenge on batch n with its full data; the data is
// then in this transaction's input (ChallengeResolved points to it).
func (c *DAChallenge) Resolve(ctx context.Context, n uint64, data []byte) (*types.Receipt, error) {
	return c.send(ctx, "resolve", c.b.PackResolve(n, data), nil)
}

// Settle voids batch n after an unanswered challenge and slashes its signers
// and attesters (the lists must be the batch's).
func (c *DAChallenge) Settle(ctx context.Context, n uint64, signers []common.Address, attesters []Attester) (*types.Receipt, error) {
	return c.send(ctx, "settle", c.b.PackSettle(n, signers, AttesterWords(attesters)), nil)
}

// ChallengeChunk demands the chunk of attesters[position] for batch h.Number.
func (c *DAChallenge) ChallengeChunk(ctx context.Context, h *BatchHeader, attesters []Attester, position uint64, bond *big.Int) (*types.Receipt, error) {
	if h == nil {
		return nil, errNilHeader
	}
	if !validAmount(bond) {
		return nil, fmt.Errorf("challenge chunk: bond: %w", ErrNegativeAmount)
	}
	return c.send(ctx, "challenge chunk", c.b.PackChallengeChunk(h.Encode(), AttesterWords(attesters), new(big.Int).SetUint64(position)), bond)
}

// ResolveChunk answers a chunk challenge with the chunk and its proof.
func (c *DAChallenge) ResolveChunk(ctx context.Context, n uint64, index uint32, chunk []byte, proof []common.Hash) (*types.Receipt, error) {
	p := make([][32]byte, len(proof))
	for i := range proof {
		p[i] = proof[i]
	}
	return c.send(ctx, "resolve chunk", c.b.PackResolveChunk(n, index, chunk, p), nil)
}

// SettleChunk slashes the member of an unanswered chunk challenge.
func (c *DAChallenge) SettleChunk(ctx context.Context, n uint64, index uint32) (*types.Receipt, error) {
	return c.send(ctx, "settle chunk", c.b.PackSettleChunk(n, index), nil)
}

// ClaimCredit pays the sender's refunded bonds and resolver rewards.
func (c *DAChallenge) ClaimCredit(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, "claim credit", c.b.PackClaimCredit(), nil)
}

// IsOpen reports whether a batch challenge on n awaits its answer.
func (c *DAChallenge) IsOpen(ctx context.Context, n uint64) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackIsOpen(n), c.b.UnpackIsOpen)
}

// ChallengesPending reports whether some unanswered batch challenge is still
// inside its resolve window (BatchInbox.daChallengePending asks this).
func (c *DAChallenge) ChallengesPending(ctx context.Context) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackChallengesPending(), c.b.UnpackChallengesPending)
}

// LastOpen returns the most recent batch challenge neither resolved nor
// settled (0: none).
func (c *DAChallenge) LastOpen(ctx context.Context) (uint64, error) {
	return callValue(ctx, &c.bound, c.b.PackLastOpen(), c.b.UnpackLastOpen)
}

// IsUnavailable reports whether the challenge on n expired unanswered.
func (c *DAChallenge) IsUnavailable(ctx context.Context, n uint64) (bool, error) {
	return callValue(ctx, &c.bound, c.b.PackIsUnavailable(n), c.b.UnpackIsUnavailable)
}

// ChallengeOf returns the batch challenge on n (zero challenger: none).
func (c *DAChallenge) ChallengeOf(ctx context.Context, n uint64) (DAChallengeState, error) {
	o, err := callValue(ctx, &c.bound, c.b.PackChallengeOf(n), c.b.UnpackChallengeOf)
	if err != nil {
		return DAChallengeState{}, err
	}
	return DAChallengeState{Challenger: o.Challenger, ChallengedAt: o.ChallengedAt, Resolved: o.Resolved, Settled: o.Settled}, nil
}

// ChunkChallengeOf returns the chunk challenge on (n, index).
func (c *DAChallenge) ChunkChallengeOf(ctx context.Context, n uint64, index uint32) (DAChallengeState, error) {
	o, err := callValue(ctx, &c.bound, c.b.PackChunkChallengeOf(n, index), c.b.UnpackChunkChallengeOf)
	if err != nil {
		return DAChallengeState{}, err
	}
	return DAChallengeState{Challenger: o.Challenger, Member: o.Member, ChallengedAt: o.ChallengedAt, Resolved: o.Resolved, Settled: o.Settled}, nil
}

// Credit returns an account's claimable balance.
func (c *DAChallenge) Credit(ctx context.Context, a common.Address) (*big.Int, error) {
	return callBig(ctx, &c.bound, c.b.PackCredit(a), c.b.UnpackCredit)
}

// Params reads the windows and the bond back.
func (c *DAChallenge) Params(ctx context.Context) (DAChallengeParams, error) {
	var p DAChallengeParams
	var err error
	if p.ChallengeWindow, err = callValue(ctx, &c.bound, c.b.PackChallengeWindow(), c.b.UnpackChallengeWindow); err != nil {
		return p, err
	}
	if p.ResolveWindow, err = callValue(ctx, &c.bound, c.b.PackResolveWindow(), c.b.UnpackResolveWindow); err != nil {
		return p, err
	}
	p.ChallengeBond, err = callBig(ctx, &c.bound, c.b.PackChallengeBond(), c.b.UnpackChallengeBond)
	return p, err
}

// Wiring returns the BatchInbox, SequencerSet and DACommittee addresses.
func (c *DAChallenge) Wiring(ctx context.Context) (batchInbox, sequencerSet, committee common.Address, err error) {
	if batchInbox, err = callValue(ctx, &c.bound, c.b.PackBatchInbox(), c.b.UnpackBatchInbox); err != nil {
		return
	}
	if sequencerSet, err = callValue(ctx, &c.bound, c.b.PackSequencerSet(), c.b.UnpackSequencerSet); err != nil {
		return
	}
	committee, err = callValue(ctx, &c.bound, c.b.PackCommittee(), c.b.UnpackCommittee)
	return
}

// ErrNoResolution means batch n's challenge has no ChallengeResolved event
// whose transaction carries data matching the challenge.
var ErrNoResolution = errors.New("no matching DA challenge resolution")

// ResolvedData returns the batch data published by the resolve call that
// answered the challenge on batch n: the ChallengeResolved event names the
// transaction, whose input (resolve(n, data), sent by an EOA) holds the data.
// The data is checked against the event's dataHash. The backend must read
// transactions (ethereum.TransactionReader).
func (c *DAChallenge) ResolvedData(ctx context.Context, n uint64, from uint64) ([]byte, error) {
	reader, ok := c.backend.(ethereum.TransactionReader)
	if !ok {
		return nil, ErrNoTransactionReader
	}
	var topic common.Hash
	new(big.Int).SetUint64(n).FillBytes(topic[:])
	logs, err := c.filter(ctx, c.abi.Events["ChallengeResolved"].ID, from, nil, []common.Hash{topic})
	if err != nil {
		return nil, err
	}
	m := c.abi.Methods["resolve"]
	for i := len(logs) - 1; i >= 0; i-- {
		ev, err := c.b.UnpackChallengeResolvedEvent(&logs[i])
		if err != nil || ev.Number != n {
			continue
		}
		tx, _, err := reader.TransactionByHash(ctx, logs[i].TxHash)
		if err != nil {
			return nil, fmt.Errorf("batch %d: read tx %s: %w", n, logs[i].TxHash, err)
		}
		if data, ok := resolveInputData(m, tx.Data(), ev.DataHash); ok {
			return data, nil
		}
	}
	return nil, fmt.Errorf("batch %d: %w", n, ErrNoResolution)
}

// resolveInputData returns the data argument of input if input is a
// resolve(n, data) call whose data hashes to dataHash. Any other input (a
// forwarder's, say, before ResolverHasCode) is simply not the answer: the
// caller goes on to the next event and at worst reports ErrNoResolution,
// which the follower treats as unavailable data and retries at its next
// sync, so an input it cannot decode never wedges it.
func resolveInputData(m abi.Method, input []byte, dataHash common.Hash) ([]byte, bool) {
	if len(input) < 4 || !bytes.Equal(input[:4], m.ID) {
		return nil, false
	}
	args, err := m.Inputs.Unpack(input[4:])
	if err != nil || len(args) != 2 {
		return nil, false
	}
	data, ok := args[1].([]byte)
	if !ok || crypto.Keccak256Hash(data) != dataHash {
		return nil, false
	}
	return data, true
}

// ChallengedBatch is one Challenged event: batch Number was challenged in
// L1 block Block.
type ChallengedBatch struct {
	Number uint64
	Block  uint64
}

// ChallengedBatches returns the Challenged events in blocks [from, to] (to
// nil = latest), in log order. A certificate batch can only become void
// through such a challenge (or BatchInbox's BatchVoided), so these are the
// batches a follower must ask isVoid about.
func (c *DAChallenge) ChallengedBatches(ctx context.Context, from uint64, to *big.Int) ([]ChallengedBatch, error) {
	return events(ctx, &c.bound, "Challenged", from, to, func(l *types.Log) (ChallengedBatch, error) {
		ev, err := c.b.UnpackChallengedEvent(l)
		if err != nil {
			return ChallengedBatch{}, fmt.Errorf("decode Challenged: %w", err)
		}
		return ChallengedBatch{Number: ev.Number, Block: l.BlockNumber}, nil
	})
}

// Resolver returns who answered batch n's DA challenge (its
// ChallengeResolved event in blocks from onwards; zero if none): the one
// the challenger's bond went to.
func (c *DAChallenge) Resolver(ctx context.Context, n uint64, from uint64) (common.Address, error) {
	l, err := c.batchEvent(ctx, "ChallengeResolved", n, from)
	if err != nil || l == nil || len(l.Topics) < 3 {
		return common.Address{}, err
	}
	return common.BytesToAddress(l.Topics[2][:]), nil
}

// SettledTx returns the transaction that settled batch n's DA challenge
// (its ChallengeSettled event in blocks from onwards; zero if none): the
// slashings of the signers and attesters are its events.
func (c *DAChallenge) SettledTx(ctx context.Context, n uint64, from uint64) (common.Hash, error) {
	l, err := c.batchEvent(ctx, "ChallengeSettled", n, from)
	if err != nil || l == nil {
		return common.Hash{}, err
	}
	return l.TxHash, nil
}

// batchEvent is the first `name` event indexed by batch number n.
func (c *DAChallenge) batchEvent(ctx context.Context, name string, n uint64, from uint64) (*types.Log, error) {
	logs, err := c.filter(ctx, c.abi.Events[name].ID, from, nil, []common.Hash{common.BigToHash(new(big.Int).SetUint64(n))})
	if err != nil || len(logs) == 0 {
		return nil, err
	}
	return &logs[0], nil
}
