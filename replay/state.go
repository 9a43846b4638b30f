package replay

import (
	"context"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// State is the L2 state: the state tree plus a bounded per-address cache of
// accounts. Reads and writes go through the cache; the tree is only updated
// and rehashed when a root is asked for (once per batch on plain replay, after
// every step when tracing), so each modified node is hashed once however many
// transactions touch it. Clean entries stay cached across batches (hot
// accounts skip the tree walk and the key hash) until the cache outgrows
// stateCacheLimit.
//
// A State is not safe for concurrent use; Copy gives an independent one.
type State struct {
	store NodeStore
	tree  *Tree
	objs  map[common.Address]*stateObject
	h     *hasher
	pre   *prefetcher // during ApplyPrepared
	// prefetched counts the accounts taken from a prefetcher (tests).
	prefetched int
	// walks is a running mean of the nodes an account read walks, times
	// 16: reading ahead pays only on deep trees.
	walks int
}

// stateCacheLimit bounds the number of cached accounts (about 150 bytes each).
const stateCacheLimit = 1 << 16

type stateObject struct {
	key   common.Hash
	acc   Account
	dirty bool
}

// NewState opens the state with the given root over a node store.
func NewState(store NodeStore, root common.Hash) *State {
	return &State{
		store: store,
		tree:  NewTree(store, root),
		objs:  make(map[common.Address]*stateObject),
		h:     newHasher(),
	}
}

// Copy returns an independent copy of the state, sharing the store. Only
// modified accounts are copied; the copy starts with a cold cache.
func (s *State) Copy() *State {
	cp := &State{store: s.store, tree: s.tree.Copy(), objs: make(map[common.Address]*stateObject), h: newHasher()}
	for a, o := range s.objs {
		if o.dirty {
			oc := *o
			cp.objs[a] = &oc
		}
	}
	return cp
}

func (s *State) object(addr common.Address) (*stateObject, error) {
	if o, ok := s.objs[addr]; ok {
		return o, nil
	}
	if v, ok := s.pre.get(s.tree.Root(), addr); ok {
		o := &stateObject{key: v.key, acc: v.acc}
		s.objs[addr] = o
		s.prefetched++
		return o, nil
	}
	key := s.h.addressKey(addr)
	acc, _, walked, err := s.tree.get(key)
	s.walks = s.walks - s.walks/16 + walked // ≈ 16 × the recent mean
	if err != nil {
		return nil, fmt.Errorf("read account %s: %w", addr.Hex(), err)
	}
	o := &stateObject{key: key, acc: acc}
	s.objs[addr] = o
	return o, nil
}

// Account returns the account of addr (zero if it does not exist).
func (s *State) Account(addr common.Address) (Account, error) {
	o, err := s.object(addr)
	if err != nil {
		return Account{}, err
	}
	return o.acc, nil
}

// SetAccount overwrites an account (creating it). The STF never needs it; it
// is for building genesis states and tests.
func (s *State) SetAccount(addr common.Address, acc Account) error {
	o, err := s.object(addr)
	if err != nil {
		return err
	}
	o.acc, o.dirty = acc, true
	return nil
}

// flush writes the modified accounts into the tree and rehashes it.
func (s *State) flush() error {
	var (
		leaves []Leaf
		dirty  []*stateObject
	)
	for _, o := range s.objs {
		if o.dirty {
			leaves = append(leaves, Leaf{Key: o.key, Account: o.acc})
			dirty = append(dirty, o)
		}
	}
	if err := s.tree.Update(leaves); err != nil {
		return fmt.Errorf("update state tree: %w", err)
	}
	for _, o := range dirty {
		o.dirty = false
	}
	if len(s.objs) > stateCacheLimit {
		clear(s.objs) // everything is clean now
	}
	return nil
}

// Root brings the tree up to date and returns the state root.
func (s *State) Root() (common.Hash, error) {
	if err := s.flush(); err != nil {
		return common.Hash{}, err
	}
	return s.tree.Root(), nil
}

// Commit brings the tree up to date and writes its new nodes to the store, so
// that the returned root can be reopened with NewState.
func (s *State) Commit(ctx context.Context) (common.Hash, error) {
	if err := s.flush(); err != nil {
		return common.Hash{}, err
	}
	if err := s.tree.Commit(ctx, s.store); err != nil {
		return common.Hash{}, err
	}
	return s.tree.Root(), nil
}

// Prove returns the state proof of addr against the current root (see Root).
func (s *State) Prove(addr common.Address) (*Proof, error) {
	if err := s.flush(); err != nil {
		return nil, err
	}
	return s.tree.Prove(s.h.addressKey(addr))
}

// CheckTx applies the stateful rules (nonce, then balance) to a transaction
// that passed DecodeTx, without changing the state. Mempools use it to reject
// invalid transactions up front.
func (s *State) CheckTx(rules *Rules, tx *Tx) error {
	sender, err := s.object(tx.From)
	if err != nil {
		return err
	}
	if err := checkSender(rules, tx, &sender.acc); err != nil {
		return err
	}
	if tx.To != tx.From {
		rcpt, err := s.object(tx.To)
		if err != nil {
			return err
		}
		var sum uint256.Int
		if _, of := sum.AddOverflow(&rcpt.acc.Balance, &tx.Value); of {
			return ErrBalanceOverflow
		}
	}
	return nil
}

// checkSender applies the nonce and balance rules and returns nil if the
// sender can pay.
func checkSender(rules *Rules, tx *Tx, acc *Account) error {
	// A nonce of 2^64-1 cannot be incremented (EIP-2681), so no transaction
	// can use it.
	if tx.Nonce != acc.Nonce || acc.Nonce == math.MaxUint64 {
		return fmt.Errorf("%w: have %d, account %d", ErrNonce, tx.Nonce, acc.Nonce)
	}
	cost, overflow := tx.Cost(&rules.BaseFee)
	if overflow || cost.Gt(&acc.Balance) {
		return fmt.Errorf("%w: balance %s", ErrInsufficientBalance, acc.Balance.Dec())
	}
	return nil
}

// applyTx applies a decoded transaction: the stateful checks, then the
// transfer. It returns the step result (nil if applied) or an I/O error.
func (s *State) applyTx(rules *Rules, tx *Tx) (result error, err error) {
	sender, err := s.object(tx.From)
	if err != nil {
		return nil, err
	}
	if res := checkSender(rules, tx, &sender.acc); res != nil {
		return res, nil
	}
	rcpt, err := s.object(tx.To)
	if err != nil {
		return nil, err
	}
	cost, _ := tx.Cost(&rules.BaseFee)
	if rcpt != sender {
		var sum uint256.Int
		if _, of := sum.AddOverflow(&rcpt.acc.Balance, &tx.Value); of {
			return ErrBalanceOverflow, nil
		}
	}
	// Debit value + fee, bump the nonce, credit the value; the fee is burned.
	sender.acc.Balance.Sub(&sender.acc.Balance, &cost)
	sender.acc.Nonce++
	sender.dirty = true
	rcpt.acc.Balance.Add(&rcpt.acc.Balance, &tx.Value)
	rcpt.dirty = true // created even for a zero value
	return nil, nil
}

// applyDeposit credits a deposit, creating the account.
func (s *State) applyDeposit(to common.Address, amount *uint256.Int) (result error, err error) {
	o, err := s.object(to)
	if err != nil {
		return nil, err
	}
	var sum uint256.Int
	if _, of := sum.AddOverflow(&o.acc.Balance, amount); of {
		return ErrBalanceOverflow, nil
	}
	o.acc.Balance = sum
	o.dirty = true
	return nil, nil
}

// NewGenesisState builds the genesis state in store, commits it and returns it.
func NewGenesisState(ctx context.Context, g *Genesis, store NodeStore) (*State, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	s := NewState(store, common.Hash{})
	for _, addr := range g.SortedAddresses() {
		ga := g.Alloc[addr]
		acc := Account{Nonce: uint64(ga.Nonce)}
		acc.Balance.SetFromBig(ga.Balance.ToInt())
		if err := s.SetAccount(addr, acc); err != nil {
			return nil, err
		}
	}
	if _, err := s.Commit(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// Root returns the genesis state root (the first anchor on L1).
func (g *Genesis) Root() (common.Hash, error) {
	s, err := NewGenesisState(context.Background(), g, NewMemoryStore())
	if err != nil {
		return common.Hash{}, err
	}
	return s.tree.Root(), nil
}
