package contracts

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/internal/txmgr"
)

// Submitter is a Transactor that can also hand a transaction to L1 without
// waiting for its receipt, so that one key keeps several in flight with
// consecutive nonces. *txmgr.Sender implements it.
type Submitter interface {
	Transactor
	Submit(ctx context.Context, c txmgr.Candidate) (*txmgr.Pending, error)
}

// ErrNoSubmitter means the client's Transactor cannot submit without
// waiting (it is not a Submitter).
var ErrNoSubmitter = errors.New("contract client's transactor cannot submit without waiting")

// The parts of PostBatchGasLimit, from TestBatchInboxGas,
// TestSequencerSetGas(FullSet) and TestDACertificateGas (docs/BENCHMARKS.md
// "SequencerSet and BatchInbox"), each rounded up: the checks, the three
// new storage words, the first write of a slot's lastPostSlot and the event
// (≤ 175k with one member); each listed member of the schedule (three cold
// reads and the sort, ≤ 15k at 32 members); each signer (ecrecover, its
// word in the event, ≤ 8k); in certificate mode each certificate byte
// (≤ 130 gas: an attestation is 65 signature bytes, recovered and looked up
// in the committee); each 32-byte word of batch data (copy, hash, memory).
const (
	postGasBase      = 175_000
	postGasPerMember = 20_000
	postGasPerSigner = 8_000
	postGasPerCertB  = 400
	postGasPerWord   = 15
)

// PostBatchGasLimit is a gas limit for a postBatch transaction with the
// given input (the packed call), when the epoch's schedule lists members
// and the certificate (certificate mode) has certLen bytes: the calldata's
// intrinsic gas plus a bound on the execution, or the EIP-7623 floor if
// higher. A post that extends one still in flight cannot be estimated (the
// state it will run on does not exist yet); this bound does not need that
// state, and unused gas is not paid for.
func PostBatchGasLimit(input []byte, members, signers, certLen int) uint64 {
	var tokens uint64
	for _, b := range input {
		if b == 0 {
			tokens++
		} else {
			tokens += 4
		}
	}
	const txGas, stdPerToken, floorPerToken = 21_000, 4, 10
	words := uint64(len(input)+31) / 32
	exec := uint64(postGasBase) +
		uint64(max(members, signers, 1))*postGasPerMember +
		uint64(signers)*postGasPerSigner +
		uint64(certLen)*postGasPerCertB +
		words*postGasPerWord + words*words/512
	return max(txGas+stdPerToken*tokens+exec, txGas+floorPerToken*tokens)
}

// PendingPost is a postBatch handed to L1 whose receipt is not in yet.
type PendingPost struct {
	c      *BatchInbox
	Number uint64
	p      *txmgr.Pending
}

// Tx returns the transaction as first signed.
func (p *PendingPost) Tx() *types.Transaction { return p.p.Tx() }

// Wait waits for the post's receipt and returns its BatchPosted event; a
// revert comes back decoded as PostBatchDA's does (LostRace tells a number
// another poster took first).
func (p *PendingPost) Wait(ctx context.Context) (*PostedBatch, error) {
	rcpt, err := p.p.Wait(ctx)
	if err != nil {
		return nil, fmt.Errorf("post batch %d: %s: %w", p.Number, p.c.name, revertDecoder().Redecode(err))
	}
	return p.c.postedFromReceipt(rcpt)
}

// SubmitPostBatchDA sends PostBatchDA's transaction without waiting for its
// receipt and without estimating its gas (PostBatchGasLimit with the
// schedule's members), so that it may extend a batch still in flight from
// the same key. Posts submitted one after the other run in that order.
func (c *BatchInbox) SubmitPostBatchDA(ctx context.Context, h *BatchHeader, sigs [][]byte, daMode uint8, daCert, data []byte, members int) (*PendingPost, error) {
	if h == nil {
		return nil, fmt.Errorf("post batch: %w", errNilHeader)
	}
	sub, ok := c.tx.(Submitter)
	if !ok {
		if c.tx == nil {
			return nil, ErrReadOnly
		}
		return nil, ErrNoSubmitter
	}
	input := c.b.PackPostBatch(h.Binding(), sigs, daMode, daCert, data)
	p, err := sub.Submit(ctx, txmgr.Candidate{To: &c.addr, Data: input, GasLimit: PostBatchGasLimit(input, members, len(sigs), len(daCert))})
	if err != nil {
		return nil, fmt.Errorf("post batch %d: %s: %w", h.Number, c.name, revertDecoder().Redecode(err))
	}
	return &PendingPost{c: c, Number: h.Number, p: p}, nil
}
