package replay

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// ElementKind is the kind of a trace step. Inbox kinds equal their EntryKind,
// so an inbox element's entry hash is keccak256(uint8 kind ‖ payload).
type ElementKind uint8

const (
	ElementDeposit  ElementKind = ElementKind(EntryDeposit)  // inbox deposit
	ElementForcedTx ElementKind = ElementKind(EntryForcedTx) // inbox forced transaction
	ElementTx       ElementKind = 2                          // batch transaction
)

// Element is one step of the trace as the OneStepVerifier sees it.
type Element struct {
	Kind ElementKind
	// Payload is the inbox entry payload (deposit: to ‖ amount, 52 bytes;
	// forced transaction: the raw transaction) or the batch transaction.
	Payload []byte
	// For batch transactions: position and batch context. The verifier
	// contract takes TxCount, TxRoot and Void from the batch header and status
	// it has authenticated; TxIndex is proven against TxRoot.
	TxIndex uint32
	TxCount uint32
	TxRoot  common.Hash
	Void    bool
}

// InboxEntryHash returns the entry hash of an inbox element.
func (e *Element) InboxEntryHash() (common.Hash, error) {
	switch e.Kind {
	case ElementDeposit:
		to, amount, err := parseDepositPayload(e.Payload)
		if err != nil {
			return common.Hash{}, err
		}
		return DepositEntryHash(to, &amount), nil
	case ElementForcedTx:
		return ForcedTxEntryHash(e.Payload), nil
	}
	return common.Hash{}, fmt.Errorf("%w: kind %d is not an inbox entry", ErrInvalidElement, e.Kind)
}

// Witness is the proof data for one step. What it must contain depends on the
// element and on the outcome:
//
//   - batch transaction: TxProof, the Merkle proof of the payload in TxRoot;
//   - deposit: Recipient, the proof of the recipient against the pre-state root;
//   - transaction failing a stateless rule (encoding … signature), or in a
//     void batch: nothing more;
//   - otherwise Sender, the sender's proof against the pre-state root; if the
//     sender passes the nonce and balance rules also Recipient, the
//     recipient's proof against the root after the sender's update (debit
//     and nonce increment).
//
// Unneeded proofs are ignored (nil in Go, all-zero in the ABI encoding).
type Witness struct {
	TxProof   []common.Hash
	Sender    *Proof
	Recipient *Proof
}

// StepProof is everything needed to check one step on L1, with the expected
// outcome.
type StepProof struct {
	Step     int
	PreRoot  common.Hash
	Element  Element
	Witness  Witness
	PostRoot common.Hash
	Result   error // nil if applied
}

// VerifyStep computes the successor of preRoot for one step from the element
// and witness alone: the function the Solidity OneStepVerifier implements. It
// returns the post-state root; invalid transactions yield preRoot. An error
// means the witness or element is malformed (a proof does not verify or is not
// canonical, a wrong transaction inclusion proof, a bad deposit payload).
func VerifyStep(rules *Rules, preRoot common.Hash, el *Element, w *Witness) (common.Hash, error) {
	post, _, err := VerifyStepResult(rules, preRoot, el, w)
	return post, err
}

// VerifyStepResult is VerifyStep that also returns the step result (nil if the
// step applied, otherwise why it was a no-op).
func VerifyStepResult(rules *Rules, preRoot common.Hash, el *Element, w *Witness) (post common.Hash, result error, err error) {
	h := newHasher()
	switch el.Kind {
	case ElementDeposit:
		to, amount, err := parseDepositPayload(el.Payload)
		if err != nil {
			return common.Hash{}, nil, err
		}
		o, err := credit(h, preRoot, preRoot, h.addressKey(to), &amount, w.Recipient)
		return o.post, o.result, err
	case ElementTx:
		if el.TxIndex >= el.TxCount {
			return common.Hash{}, nil, fmt.Errorf("%w: transaction index %d of %d", ErrInvalidElement, el.TxIndex, el.TxCount)
		}
		if !VerifyTxProof(el.TxRoot, el.TxCount, el.TxIndex, el.Payload, w.TxProof) {
			return common.Hash{}, nil, fmt.Errorf("%w: transaction not in txRoot", ErrInvalidWitness)
		}
		if el.Void {
			return preRoot, ErrVoidBatch, nil
		}
	case ElementForcedTx:
	default:
		return common.Hash{}, nil, fmt.Errorf("%w: kind %d", ErrInvalidElement, el.Kind)
	}
	tx, res := DecodeTx(rules, el.Payload)
	if res != nil {
		return preRoot, res, nil
	}
	if w.Sender == nil {
		return common.Hash{}, nil, fmt.Errorf("%w: missing sender proof", ErrInvalidWitness)
	}
	skey := h.addressKey(tx.From)
	sacc, _, err := verifyProof(h, preRoot, skey, w.Sender)
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("%w: sender: %w", ErrInvalidWitness, err)
	}
	if res := checkSender(rules, tx, &sacc); res != nil {
		return preRoot, res, nil
	}
	cost, _ := tx.Cost(&rules.BaseFee)
	sacc.Balance.Sub(&sacc.Balance, &cost)
	sacc.Nonce++
	mid, err := w.Sender.rootAfter(h, skey, sacc)
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("%w: sender: %w", ErrInvalidWitness, err)
	}
	o, err := credit(h, preRoot, mid, h.addressKey(tx.To), &tx.Value, w.Recipient)
	return o.post, o.result, err
}

// stepOutcome is a post-state root and the step result.
type stepOutcome struct {
	post   common.Hash
	result error
}

// credit adds amount to the account under key, proven by p against root. On
// overflow the whole step is a no-op: the post-state is preRoot.
func credit(h *hasher, preRoot, root, key common.Hash, amount *uint256.Int, p *Proof) (stepOutcome, error) {
	if p == nil {
		return stepOutcome{}, fmt.Errorf("%w: missing recipient proof", ErrInvalidWitness)
	}
	acc, _, err := verifyProof(h, root, key, p)
	if err != nil {
		return stepOutcome{}, fmt.Errorf("%w: recipient: %w", ErrInvalidWitness, err)
	}
	if _, of := acc.Balance.AddOverflow(&acc.Balance, amount); of {
		return stepOutcome{preRoot, ErrBalanceOverflow}, nil
	}
	post, err := p.rootAfter(h, key, acc)
	if err != nil {
		return stepOutcome{}, fmt.Errorf("%w: recipient: %w", ErrInvalidWitness, err)
	}
	return stepOutcome{post: post}, nil
}

// StepElement returns the element of step i of a batch. txTree may be nil; it
// is built when needed.
func StepElement(b *Batch, i int, txTree *TxTree) (Element, error) {
	if i < 0 || i >= b.Len() {
		return Element{}, fmt.Errorf("%w: %d of %d", ErrStepIndex, i, b.Len())
	}
	if i < len(b.Entries) {
		e := &b.Entries[i]
		if e.Kind != EntryDeposit && e.Kind != EntryForcedTx {
			return Element{}, fmt.Errorf("%w: entry kind %d", ErrInvalidElement, e.Kind)
		}
		return Element{Kind: ElementKind(e.Kind), Payload: e.Payload()}, nil
	}
	if txTree == nil {
		txTree = NewTxTree(b.Txs)
	}
	j := i - len(b.Entries)
	return Element{
		Kind:    ElementTx,
		Payload: b.Txs[j],
		TxIndex: uint32(j),
		TxCount: uint32(len(b.Txs)),
		TxRoot:  txTree.Root(),
		Void:    b.Void,
	}, nil
}

// BuildStepProof replays a batch from pre (which it does not modify) up to
// step and returns the element, witness and outcome of that step.
func BuildStepProof(ctx context.Context, pre *State, rules *Rules, b *Batch, step int) (*StepProof, error) {
	if step < 0 || step >= b.Len() {
		return nil, fmt.Errorf("%w: %d of %d", ErrStepIndex, step, b.Len())
	}
	st := pre.Copy()
	p := prepareSteps(ctx, rules, b, step+1)
	if err := st.applySteps(ctx, p, step, nil, false); err != nil {
		return nil, err
	}
	// The chunk holding step is decoded once applySteps got past the previous
	// ones, but step may start a new chunk.
	select {
	case <-p.chunks[step/prepareChunk]:
	case <-ctx.Done():
	}
	if err := ctx.Err(); err != nil {
		return nil, err // the workers may have skipped the step
	}
	var txTree *TxTree
	if step >= len(b.Entries) {
		txTree = NewTxTree(b.Txs)
	}
	el, err := StepElement(b, step, txTree)
	if err != nil {
		return nil, err
	}
	pre0, err := st.Root()
	if err != nil {
		return nil, err
	}
	sp := &StepProof{Step: step, PreRoot: pre0, Element: el, PostRoot: pre0}
	if el.Kind == ElementTx {
		if sp.Witness.TxProof, err = txTree.Proof(int(el.TxIndex)); err != nil {
			return nil, err
		}
		if el.Void {
			sp.Result = ErrVoidBatch
			return sp, nil
		}
	}
	if el.Kind == ElementDeposit {
		e := &b.Entries[step]
		if sp.Witness.Recipient, err = st.Prove(e.To); err != nil {
			return nil, err
		}
		if sp.Result, err = st.applyDeposit(e.To, &e.Amount); err != nil {
			return nil, err
		}
		if sp.Result != nil {
			return sp, nil
		}
		sp.PostRoot, err = st.Root()
		return sp, err
	}
	d := &p.res[step]
	if d.err != nil {
		sp.Result = d.err
		return sp, nil
	}
	if d.tx == nil {
		return nil, fmt.Errorf("%w: step %d is not a transaction", ErrInvalidElement, step)
	}
	tx := d.tx
	if sp.Witness.Sender, err = st.Prove(tx.From); err != nil {
		return nil, err
	}
	sender, err := st.Account(tx.From)
	if err != nil {
		return nil, err
	}
	if sp.Result = checkSender(rules, tx, &sender); sp.Result != nil {
		return sp, nil
	}
	// Apply the sender's half, prove the recipient at the intermediate root,
	// then the credit.
	cost, _ := tx.Cost(&rules.BaseFee)
	sender.Balance.Sub(&sender.Balance, &cost)
	sender.Nonce++
	if err := st.SetAccount(tx.From, sender); err != nil {
		return nil, err
	}
	if sp.Witness.Recipient, err = st.Prove(tx.To); err != nil {
		return nil, err
	}
	rcpt, err := st.Account(tx.To)
	if err != nil {
		return nil, err
	}
	if _, of := rcpt.Balance.AddOverflow(&rcpt.Balance, &tx.Value); of {
		sp.Result = ErrBalanceOverflow
		return sp, nil
	}
	if err := st.SetAccount(tx.To, rcpt); err != nil {
		return nil, err
	}
	sp.PostRoot, err = st.Root()
	return sp, err
}
