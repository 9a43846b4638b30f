package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
)

// Candidate describes a transaction to send or a call to make.
type Candidate struct {
	// To is the target contract or account; nil creates a contract from
	// Data.
	To *common.Address
	// Data is the calldata, or the init code for a contract creation.
	Data []byte
	// Value is the wei to transfer; nil means 0.
	Value *big.Int
	// GasLimit is used as is when non-zero, skipping estimation (and so the
	// early revert check). 0 means estimate and add Config.GasMarginPercent.
	GasLimit uint64
	// OnSigned, if set, is called with each signed transaction (the first
	// and every fee-bumped replacement) before it is handed to the node: a
	// write-ahead log learns the exact nonce and hash of what may reach the
	// chain even when several sends are in flight. It runs while the
	// Sender holds its nonce lock for the first transaction, so it must be
	// quick and must not call the Sender.
	OnSigned func(tx *types.Transaction)
}

func (c Candidate) validate() error {
	switch {
	case c.Value != nil && c.Value.Sign() < 0:
		return fmt.Errorf("%w: negative value %s", ErrInvalidCandidate, c.Value)
	case c.Value != nil && c.Value.BitLen() > 256:
		return fmt.Errorf("%w: value %s does not fit in 256 bits", ErrInvalidCandidate, c.Value)
	case c.To == nil && len(c.Data) == 0:
		return fmt.Errorf("%w: contract creation without init code", ErrInvalidCandidate)
	}
	return nil
}

func (c Candidate) value() *big.Int {
	if c.Value == nil {
		return new(big.Int)
	}
	return c.Value
}

// String names the candidate in errors and logs: "to 0x…" or
// "(contract creation)".
func (c Candidate) String() string {
	if c.To == nil {
		return "(contract creation)"
	}
	return "to " + c.To.Hex()
}

// Sender signs and sends transactions from one key. It is safe for
// concurrent use: nonces are handed out in call order and each transaction
// is submitted before the next nonce is assigned, so concurrent Sends never
// leave a nonce gap behind a failed submission.
type Sender struct {
	backend Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	cfg     Config
	errs    *errorDecoder
	log     log.Logger

	// mu is held from nonce assignment until the node has accepted the
	// transaction (or definitely refused it).
	mu          sync.Mutex
	nonce       uint64 // next nonce to use; valid if nonceSynced
	nonceSynced bool
}

// New returns a Sender for key on backend. It fetches the chain id and the
// account's pending nonce, retrying transient failures.
func New(ctx context.Context, b Backend, key *ecdsa.PrivateKey, cfg Config) (*Sender, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if b == nil {
		return nil, fmt.Errorf("%w: nil backend", ErrInvalidConfig)
	}
	if key == nil {
		return nil, fmt.Errorf("%w: nil key", ErrInvalidConfig)
	}
	s := &Sender{
		backend: b,
		key:     key,
		from:    crypto.PubkeyToAddress(key.PublicKey),
		cfg:     cfg,
		errs:    newErrorDecoder(cfg.ErrorABIs),
		log:     cfg.Logger,
	}
	if s.log == nil {
		s.log = log.Root()
	}
	s.log = s.log.With("from", s.from)

	chainID, err := retry(ctx, s, "fetch chain id", b.ChainID)
	if err != nil {
		return nil, fmt.Errorf("txmgr: new sender: %w", err)
	}
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, fmt.Errorf("txmgr: new sender: node reported invalid chain id %v", chainID)
	}
	s.chainID = chainID
	s.signer = types.LatestSignerForChainID(chainID)

	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.syncNonceLocked(ctx); err != nil {
		return nil, fmt.Errorf("txmgr: new sender: %w", err)
	}
	return s, nil
}

// From returns the sending address.
func (s *Sender) From() common.Address { return s.from }

// ChainID returns the chain id transactions are signed for.
func (s *Sender) ChainID() *big.Int { return new(big.Int).Set(s.chainID) }

// Send executes c as an EIP-1559 transaction and waits until it is included
// and has Config.Confirmations blocks on top:
//
//  1. estimate gas (unless c.GasLimit is set) and add the margin; a revert
//     here returns a *RevertError and nothing is sent;
//  2. price it: tip = max(suggested tip, MinTipCap), fee cap =
//     2×baseFee + tip, limited by MaxFeeCap (ErrFeeCapTooHigh);
//  3. sign with the next nonce and submit, retrying transient failures
//     without ever signing a second transaction for the same nonce if the
//     first may have reached the node;
//  4. poll for the receipt and confirmations (ErrReceiptTimeout).
//
// If the transaction is mined but reverts, Send returns its receipt together
// with a *RevertError carrying the reason (recovered by replaying the call
// on the inclusion block) and the transaction hash.
func (s *Sender) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	r, err := s.send(ctx, c)
	if err != nil {
		return r, fmt.Errorf("txmgr: send transaction %s: %w", c, err)
	}
	return r, nil
}

func (s *Sender) send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	p, err := s.submitCandidate(ctx, c)
	if err != nil {
		return nil, err
	}
	return p.wait(ctx)
}

// Pending is a transaction the node has accepted whose receipt has not been
// awaited yet: Submit hands it out so that a caller can send several
// transactions from one key, with consecutive nonces, before the first is
// mined.
type Pending struct {
	s         *Sender
	tx        *types.Transaction
	uncertain bool
	onSigned  func(*types.Transaction)
	c         Candidate
}

// Submit is the first half of Send: it prices and signs c with the next
// nonce and returns once the node has accepted it; Wait is the second half.
// Nonces follow the order of Submit calls, so transactions submitted one
// after the other execute in that order. A transaction that depends on an
// earlier one still pending cannot be estimated against the latest state:
// give it a GasLimit.
func (s *Sender) Submit(ctx context.Context, c Candidate) (*Pending, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	p, err := s.submitCandidate(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("txmgr: submit transaction %s: %w", c, err)
	}
	return p, nil
}

// Tx returns the transaction as first signed (a fee bump during Wait may
// replace it by another with the same nonce).
func (p *Pending) Tx() *types.Transaction { return p.tx }

// Wait is Send after Submit: it waits for the receipt and confirmations,
// replacing the transaction with higher fees every BumpInterval, and
// reports a mined revert as Send does. Call it once.
func (p *Pending) Wait(ctx context.Context) (*types.Receipt, error) {
	r, err := p.wait(ctx)
	if err != nil {
		return r, fmt.Errorf("txmgr: send transaction %s: %w", p.c, err)
	}
	return r, nil
}

func (s *Sender) submitCandidate(ctx context.Context, c Candidate) (*Pending, error) {
	head, err := retry(ctx, s, "fetch latest header", func(ctx context.Context) (*types.Header, error) {
		return s.backend.HeaderByNumber(ctx, nil)
	})
	if err != nil {
		return nil, err
	}
	if head == nil {
		return nil, errors.New("fetch latest header: node returned none")
	}
	// Estimate first: a revert explains more than a fee limit would.
	gas := c.GasLimit
	if gas == 0 {
		if gas, err = s.estimateGas(ctx, c, head); err != nil {
			return nil, err
		}
	}
	tip, feeCap, err := s.fees(ctx, head)
	if err != nil {
		return nil, err
	}
	tx, uncertain, err := s.submit(ctx, c, gas, tip, feeCap)
	if err != nil {
		return nil, err
	}
	s.log.Debug("Transaction sent", "tx", tx.Hash(), "nonce", tx.Nonce(), "gas", gas, "tip", tip, "feeCap", feeCap)
	return &Pending{s: s, tx: tx, uncertain: uncertain, onSigned: c.OnSigned, c: c}, nil
}

func (p *Pending) wait(ctx context.Context) (*types.Receipt, error) {
	s := p.s
	r, tx, err := s.waitConfirmed(ctx, p.tx, p.uncertain, p.onSigned)
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("mined in block %s: %w", r.BlockNumber, s.minedRevert(ctx, tx, r))
	}
	s.log.Debug("Transaction confirmed", "tx", tx.Hash(), "block", r.BlockNumber, "gasUsed", r.GasUsed)
	return r, nil
}

// Call executes c with eth_call on the latest block and returns its output.
// A revert is returned as a *RevertError, decoded like Send's.
func (s *Sender) Call(ctx context.Context, c Candidate) ([]byte, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	msg := s.callMsg(c)
	msg.Gas = c.GasLimit
	out, err := retry(ctx, s, "eth_call", func(ctx context.Context) ([]byte, error) {
		return s.backend.CallContract(ctx, msg, nil)
	})
	if err != nil {
		if re := s.errs.asRevert(err); re != nil {
			err = re
		}
		return nil, fmt.Errorf("txmgr: call %s: %w", c, err)
	}
	return out, nil
}

func (s *Sender) callMsg(c Candidate) ethereum.CallMsg {
	return ethereum.CallMsg{From: s.from, To: c.To, Value: c.value(), Data: c.Data}
}

// fees prices a transaction for inclusion in the next few blocks: doubling
// the base fee keeps it includable through six consecutive full blocks.
func (s *Sender) fees(ctx context.Context, head *types.Header) (tip, feeCap *big.Int, err error) {
	if head.BaseFee == nil {
		return nil, nil, errors.New("latest block has no base fee: chain is not on EIP-1559")
	}
	tip, err = retry(ctx, s, "suggest tip", s.backend.SuggestGasTipCap)
	if err != nil {
		return nil, nil, err
	}
	if tip == nil || tip.Sign() < 0 {
		tip = new(big.Int)
	}
	if s.cfg.MinTipCap != nil && tip.Cmp(s.cfg.MinTipCap) < 0 {
		tip = new(big.Int).Set(s.cfg.MinTipCap)
	}
	feeCap = new(big.Int).Add(new(big.Int).Lsh(head.BaseFee, 1), tip)
	if limit := s.cfg.MaxFeeCap; limit != nil && feeCap.Cmp(limit) > 0 {
		if needed := new(big.Int).Add(head.BaseFee, tip); needed.Cmp(limit) > 0 {
			return nil, nil, fmt.Errorf("%w: base fee %s + tip %s = %s wei exceeds %s wei",
				ErrFeeCapTooHigh, head.BaseFee, tip, needed, limit)
		}
		// Still includable now, just with less headroom for base fee rises.
		feeCap = new(big.Int).Set(limit)
	}
	return tip, feeCap, nil
}

// estimateGas estimates c and adds the configured margin, without pushing
// the limit above what a block (or, after EIP-7825, a transaction) allows.
func (s *Sender) estimateGas(ctx context.Context, c Candidate, head *types.Header) (uint64, error) {
	msg := s.callMsg(c)
	est, err := retry(ctx, s, "estimate gas", func(ctx context.Context) (uint64, error) {
		return s.backend.EstimateGas(ctx, msg)
	})
	if err != nil {
		if re := s.errs.asRevert(err); re != nil {
			return 0, fmt.Errorf("estimate gas: %w", re)
		}
		return 0, err
	}
	return addMargin(est, s.cfg.GasMarginPercent, min(head.GasLimit, params.MaxTxGas)), nil
}

// addMargin returns est plus pct percent, capped at limit but never below
// est: if even the bare estimate does not fit, the node is the one to say
// so.
func addMargin(est, pct, limit uint64) uint64 {
	margin := new(big.Int).Mul(new(big.Int).SetUint64(est), new(big.Int).SetUint64(pct))
	margin.Div(margin, big.NewInt(100))
	total := margin.Add(margin, new(big.Int).SetUint64(est))
	if !total.IsUint64() || total.Uint64() > limit {
		return max(est, limit)
	}
	return total.Uint64()
}

// submit signs c with the next nonce and hands it to the node. uncertain
// reports that the node answered "nonce too low" after an earlier attempt
// may have delivered the transaction: it is presumed mined, but could have
// been superseded.
func (s *Sender) submit(ctx context.Context, c Candidate, gas uint64, tip, feeCap *big.Int) (tx *types.Transaction, uncertain bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.nonceSynced {
		if err := s.syncNonceLocked(ctx); err != nil {
			return nil, false, err
		}
	}
	for resynced := false; ; resynced = true {
		tx, err = types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
			ChainID:   s.chainID,
			Nonce:     s.nonce,
			GasTipCap: tip,
			GasFeeCap: feeCap,
			Gas:       gas,
			To:        c.To,
			Value:     c.value(),
			Data:      c.Data,
		})
		if err != nil {
			return nil, false, fmt.Errorf("sign transaction: %w", err)
		}
		if c.OnSigned != nil {
			c.OnSigned(tx)
		}
		uncertain, err = s.sendRaw(ctx, tx)
		if err == nil {
			s.nonce++
			return tx, uncertain, nil
		}
		if isNonceConflict(err) && !resynced {
			// This transaction is not on the node (sendRaw would have said
			// so), so a different one holds the nonce: catch up and re-sign.
			s.log.Warn("Nonce conflict, resynchronising", "nonce", tx.Nonce(), "err", err)
			if syncErr := s.syncNonceLocked(ctx); syncErr != nil {
				return nil, false, fmt.Errorf("send transaction %s (nonce %d): %w; %w", tx.Hash(), tx.Nonce(), err, syncErr)
			}
			continue
		}
		// The node's view of the nonce is authoritative again: this one
		// was refused, or — after exhausted retries — maybe delivered.
		if syncErr := s.syncNonceLocked(ctx); syncErr != nil {
			s.log.Warn("Nonce resynchronisation failed, will retry on next send", "err", syncErr)
		}
		return nil, false, fmt.Errorf("send transaction %s (nonce %d): %w", tx.Hash(), tx.Nonce(), err)
	}
}

// sendRaw submits tx, retrying transient failures. A transient failure may
// hide a delivered transaction (the response was lost, not the request), so
// the retries recognise the node's answers for a transaction it already has:
// "already known" while it is pending, "nonce too low" once it is mined.
// Only the identical signed transaction is ever resubmitted.
func (s *Sender) sendRaw(ctx context.Context, tx *types.Transaction) (uncertain bool, err error) {
	mayHaveArrived := false
	backoff := s.cfg.RetryBackoff
	for attempt := 0; ; attempt++ {
		err := withTimeout(ctx, s, func(ctx context.Context) error { return s.backend.SendTransaction(ctx, tx) })
		switch {
		case err == nil:
			return false, nil
		case isAlreadyKnown(err):
			s.log.Debug("Node already has transaction", "tx", tx.Hash())
			return false, nil
		case mayHaveArrived && isNonceTooLow(err):
			s.log.Debug("Nonce consumed after uncertain submission, presuming transaction mined", "tx", tx.Hash())
			return true, nil
		case ctx.Err() == nil && attempt < s.cfg.MaxRetries && isTransient(err):
			mayHaveArrived = true
			s.log.Debug("Transient error sending transaction, retrying", "tx", tx.Hash(), "attempt", attempt+1, "backoff", backoff, "err", err)
			if sleepErr := sleep(ctx, backoff); sleepErr != nil {
				return false, fmt.Errorf("%w (after %v)", sleepErr, err)
			}
			backoff = nextBackoff(backoff)
		default:
			if attempt > 0 {
				return false, fmt.Errorf("after %d attempts: %w", attempt+1, err)
			}
			return false, err
		}
	}
}

// syncNonceLocked reloads the next nonce from the node's pending state.
func (s *Sender) syncNonceLocked(ctx context.Context) error {
	n, err := retry(ctx, s, "fetch pending nonce", func(ctx context.Context) (uint64, error) {
		return s.backend.PendingNonceAt(ctx, s.from)
	})
	if err != nil {
		s.nonceSynced = false
		return err
	}
	if s.nonceSynced && n != s.nonce {
		s.log.Info("Nonce resynchronised", "local", s.nonce, "node", n)
	}
	s.nonce, s.nonceSynced = n, true
	return nil
}

// invalidateNonce makes the next Send reload the nonce from the node, for
// when the local count can no longer be trusted.
func (s *Sender) invalidateNonce() {
	s.mu.Lock()
	s.nonceSynced = false
	s.mu.Unlock()
}

// waitConfirmed polls until tx, or a replacement of it, has a receipt with
// enough confirmations, and returns the receipt and the transaction mined.
// Every BumpInterval without a receipt it replaces the transaction with a
// better-paying one for the same nonce (bump); all versions are polled,
// since any of them may be the one mined. Poll failures are not fatal: the
// loop keeps trying until ReceiptTimeout and reports the last failure if it
// gives up. uncertain makes it watch for the nonce being consumed by a
// different transaction, which would otherwise look like a very slow
// inclusion.
func (s *Sender) waitConfirmed(ctx context.Context, tx *types.Transaction, uncertain bool, onSigned func(*types.Transaction)) (*types.Receipt, *types.Transaction, error) {
	wctx, cancel := context.WithTimeout(ctx, s.cfg.ReceiptTimeout)
	defer cancel()
	ticker := time.NewTicker(s.cfg.PollInterval)
	defer ticker.Stop()
	var (
		lastErr       error
		consumedSince time.Time
		grace         = max(5*s.cfg.PollInterval, time.Second)
		sent          = []*types.Transaction{tx}
		lastSent      = time.Now()
		settled       bool // a version holds the nonce on chain: stop replacing
	)
	for {
		for _, v := range sent {
			r, err := s.pollReceipt(wctx, v)
			switch {
			case err != nil:
				lastErr = err
			case r != nil:
				return r, v, nil
			}
		}
		if uncertain {
			n, err := callTimeout(wctx, s, func(ctx context.Context) (uint64, error) {
				return s.backend.NonceAt(ctx, s.from, nil)
			})
			switch {
			case err != nil:
				lastErr = err
			case n <= tx.Nonce():
				consumedSince = time.Time{}
			case consumedSince.IsZero():
				// Receipts become visible with the block that consumes the
				// nonce; the grace only absorbs load-balanced nodes that lag.
				consumedSince = time.Now()
			case time.Since(consumedSince) > grace:
				s.invalidateNonce()
				return nil, nil, fmt.Errorf("%w: nonce %d of transaction %s", ErrNonceConsumed, tx.Nonce(), tx.Hash())
			}
		} else if s.cfg.BumpInterval > 0 && !settled && time.Since(lastSent) >= s.cfg.BumpInterval {
			lastSent = time.Now()
			next, consumed, err := s.bump(wctx, sent[len(sent)-1], onSigned)
			switch {
			case err != nil:
				lastErr = err
				s.log.Warn("Fee bump failed; the transaction keeps waiting", "tx", sent[len(sent)-1].Hash(), "nonce", tx.Nonce(), "err", err)
			case consumed:
				settled = true
			case next != nil:
				sent = append(sent, next)
			}
		}
		select {
		case <-wctx.Done():
			if ctx.Err() != nil {
				return nil, nil, fmt.Errorf("wait for transaction %s: %w", tx.Hash(), ctx.Err())
			}
			// A transaction that never shows up may have been dropped by
			// the node; make the next Send ask the node for the nonce.
			s.invalidateNonce()
			if lastErr != nil {
				return nil, nil, fmt.Errorf("%w: transaction %s after %s (last error: %v)", ErrReceiptTimeout, tx.Hash(), s.cfg.ReceiptTimeout, lastErr)
			}
			return nil, nil, fmt.Errorf("%w: transaction %s after %s", ErrReceiptTimeout, tx.Hash(), s.cfg.ReceiptTimeout)
		case <-ticker.C:
		}
	}
}

// bump signs and submits a replacement of prev: same nonce, gas, target and
// data, tip and fee cap raised by BumpPercent, the fee cap at least
// 2×baseFee + tip. It returns no transaction (and no error) when MaxFeeCap
// leaves no room for a replacement the pool would take, and consumed when
// the nonce is already used (a version was mined: the caller's polls find
// it).
func (s *Sender) bump(ctx context.Context, prev *types.Transaction, onSigned func(*types.Transaction)) (next *types.Transaction, consumed bool, err error) {
	head, err := callTimeout(ctx, s, func(ctx context.Context) (*types.Header, error) { return s.backend.HeaderByNumber(ctx, nil) })
	if err != nil {
		return nil, false, fmt.Errorf("fetch latest header: %w", err)
	}
	if head == nil || head.BaseFee == nil {
		return nil, false, errors.New("latest block has no base fee")
	}
	raise := func(v *big.Int) *big.Int {
		out := new(big.Int).Mul(v, big.NewInt(100+BumpPercent))
		out.Div(out, big.NewInt(100))
		if out.Cmp(v) <= 0 {
			out.Add(v, common.Big1)
		}
		return out
	}
	tip := raise(prev.GasTipCap())
	feeCap := raise(prev.GasFeeCap())
	if floor := new(big.Int).Add(new(big.Int).Lsh(head.BaseFee, 1), tip); feeCap.Cmp(floor) < 0 {
		feeCap = floor
	}
	if limit := s.cfg.MaxFeeCap; limit != nil && feeCap.Cmp(limit) > 0 {
		feeCap = new(big.Int).Set(limit)
		if tip.Cmp(feeCap) > 0 {
			tip = new(big.Int).Set(feeCap)
		}
		// Below a 10 % raise of both the pool would refuse it anyway.
		if minCap := new(big.Int).Div(new(big.Int).Mul(prev.GasFeeCap(), big.NewInt(110)), big.NewInt(100)); feeCap.Cmp(minCap) < 0 {
			return nil, false, nil
		}
	}
	next, err = types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: prev.Nonce(), GasTipCap: tip, GasFeeCap: feeCap, Gas: prev.Gas(),
		To: prev.To(), Value: prev.Value(), Data: prev.Data(),
	})
	if err != nil {
		return nil, false, fmt.Errorf("sign replacement: %w", err)
	}
	if onSigned != nil {
		onSigned(next)
	}
	uncertain, err := s.sendRaw(ctx, next)
	switch {
	case err != nil && isNonceTooLow(err):
		return nil, true, nil
	case err != nil:
		return nil, false, fmt.Errorf("send replacement %s (nonce %d): %w", next.Hash(), next.Nonce(), err)
	case uncertain:
		return nil, true, nil
	}
	s.log.Info("Transaction replaced with higher fees", "old", prev.Hash(), "new", next.Hash(), "nonce", next.Nonce(), "tip", tip, "feeCap", feeCap, "baseFee", head.BaseFee)
	return next, false, nil
}

// pollReceipt returns tx's receipt once it has enough confirmations, nil if
// it is not there yet. The head is read before the receipt so that a reorg
// in between can only make the count conservative.
func (s *Sender) pollReceipt(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	r, err := callTimeout(ctx, s, func(ctx context.Context) (*types.Receipt, error) {
		return s.backend.TransactionReceipt(ctx, tx.Hash())
	})
	if err != nil {
		if isReceiptPending(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("fetch receipt: %w", err)
	}
	if r == nil || r.BlockNumber == nil {
		return nil, nil
	}
	// Even with no confirmations asked for, the node's head must include
	// the receipt's block: geth can serve a receipt a moment before it
	// moves its head, and a caller's next call (a deployment reading the
	// contract just deployed) would then run against the state before it.
	// The head is read after the receipt, so it cannot predate it.
	head, err := callTimeout(ctx, s, s.backend.BlockNumber)
	if err != nil {
		return nil, fmt.Errorf("fetch block number: %w", err)
	}
	if head < r.BlockNumber.Uint64()+s.cfg.Confirmations {
		return nil, nil
	}
	return r, nil
}

// minedRevert explains a status-0 receipt by replaying the transaction as
// eth_call on the state of its block. The replay runs after the block
// rather than at the transaction's exact position, which reproduces the
// revert for all but the most state-dependent failures.
func (s *Sender) minedRevert(ctx context.Context, tx *types.Transaction, r *types.Receipt) *RevertError {
	msg := ethereum.CallMsg{From: s.from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	_, err := retry(ctx, s, "replay failed transaction", func(ctx context.Context) ([]byte, error) {
		return s.backend.CallContract(ctx, msg, r.BlockNumber)
	})
	re := s.errs.asRevert(err)
	switch {
	case re != nil:
	case err != nil:
		// Typically "out of gas", which is not a revert but is the answer.
		re = &RevertError{Reason: innermostMessage(err)}
	default:
		re = &RevertError{Reason: fmt.Sprintf("reason unavailable: replay on block %s succeeded", r.BlockNumber)}
	}
	re.TxHash = tx.Hash()
	return re
}

// innermostMessage returns the message of the deepest error in err's chain,
// which for RPC failures is the node's own text without our context.
func innermostMessage(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}
