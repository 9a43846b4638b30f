package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// ErrReadOnly is returned when a client built without a Transactor is asked
// to send a transaction.
var ErrReadOnly = errors.New("contract client is read-only (no transactor)")

// ErrNoCode means there is no contract at the address a client points to.
var ErrNoCode = errors.New("no contract code at address")

// Transactor sends L1 transactions and waits for their receipts.
// *txmgr.Sender implements it.
type Transactor interface {
	Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error)
	From() common.Address
}

// Backend is what the typed clients read through: calls, code and logs.
// *ethclient.Client and the simulated backend's client implement it.
type Backend interface {
	ethereum.ContractCaller
	ethereum.LogFilterer
}

// bound is the shared plumbing of every typed client: one contract address,
// its ABI (for revert decoding), a reader and an optional sender.
type bound struct {
	name    string
	addr    common.Address
	abi     *abi.ABI
	backend Backend
	tx      Transactor
}

// Backend returns the client's backend, for a client of another contract
// found through this one.
func (b *bound) Backend() Backend { return b.backend }

func (b *bound) call(ctx context.Context, data []byte) ([]byte, error) {
	out, err := b.backend.CallContract(ctx, ethereum.CallMsg{To: &b.addr, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("%s call: %w", b.name, revertDecoder().FromCall(err))
	}
	return out, nil
}

// callAt is call against the state at block (nil: the latest).
func (b *bound) callAt(ctx context.Context, data []byte, block *big.Int) ([]byte, error) {
	out, err := b.backend.CallContract(ctx, ethereum.CallMsg{To: &b.addr, Data: data}, block)
	if err != nil {
		return nil, fmt.Errorf("%s call: %w", b.name, revertDecoder().FromCall(err))
	}
	return out, nil
}

func (b *bound) transact(ctx context.Context, data []byte, value *big.Int) (*types.Receipt, error) {
	if b.tx == nil {
		return nil, ErrReadOnly
	}
	rcpt, err := b.tx.Send(ctx, txmgr.Candidate{To: &b.addr, Data: data, Value: value})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", b.name, revertDecoder().Redecode(err))
	}
	return rcpt, nil
}

// filter returns this contract's logs with topic0 = id in blocks [from, to],
// plus optional further topics.
func (b *bound) filter(ctx context.Context, id common.Hash, from uint64, to *big.Int, topics ...[]common.Hash) ([]types.Log, error) {
	logs, err := b.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   to,
		Addresses: []common.Address{b.addr},
		Topics:    append([][]common.Hash{{id}}, topics...),
	})
	if err != nil {
		return nil, fmt.Errorf("filter %s logs: %w", b.name, err)
	}
	return logs, nil
}

// events returns the decoded `name` events this contract emitted in blocks
// [from, to] (to nil = latest), in log order.
func events[T any](ctx context.Context, b *bound, name string, from uint64, to *big.Int, decode func(*types.Log) (T, error)) ([]T, error) {
	logs, err := b.filter(ctx, b.abi.Events[name].ID, from, to)
	if err != nil {
		return nil, err
	}
	return decodeLogs(logs, decode)
}

// decodeLogs decodes every log with decode, in order.
func decodeLogs[T any](logs []types.Log, decode func(*types.Log) (T, error)) ([]T, error) {
	out := make([]T, 0, len(logs))
	for i := range logs {
		v, err := decode(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// receiptEvents returns the decoded `name` events this contract emitted in
// the transaction of rcpt (a call may emit them through another contract).
func receiptEvents[T any](b *bound, rcpt *types.Receipt, name string, decode func(*types.Log) (T, error)) ([]T, error) {
	id := b.abi.Events[name].ID
	var out []T
	for _, l := range rcpt.Logs {
		if l.Address != b.addr || len(l.Topics) == 0 || l.Topics[0] != id {
			continue
		}
		v, err := decode(l)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// receiptEvent returns the first `name` event of rcpt, or notFound.
func receiptEvent[T any](b *bound, rcpt *types.Receipt, name string, decode func(*types.Log) (T, error), notFound error) (T, error) {
	all, err := receiptEvents(b, rcpt, name, decode)
	if err != nil || len(all) == 0 {
		var zero T
		if err == nil {
			err = fmt.Errorf("tx %s: %w", rcpt.TxHash, notFound)
		}
		return zero, err
	}
	return all[0], nil
}

// deploy sends a contract creation with the given init code (bytecode ‖ constructor args).
func deploy(ctx context.Context, tx Transactor, name string, initCode []byte) (common.Address, *types.Receipt, error) {
	rcpt, err := tx.Send(ctx, txmgr.Candidate{Data: initCode})
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy %s: %w", name, revertDecoder().Redecode(err))
	}
	return rcpt.ContractAddress, rcpt, nil
}

// CheckCode verifies that addr holds contract code: a deployment file pointing
// at an empty address (wrong network, reset devnet) is caught before any call
// silently returns zero values.
func CheckCode(ctx context.Context, r ethereum.ChainStateReader, addr common.Address) error {
	code, err := r.CodeAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("read code at %s: %w", addr, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w %s", ErrNoCode, addr)
	}
	return nil
}

// CodeVersion identifies the contract code this binary deploys and speaks
// to: keccak256 over the creation bytecode of every contract a deployment
// holds (AnchorStateRegistry's is inside DisputeGameFactory's). A
// deployment made from other code may have another ABI or other rules.
func CodeVersion() common.Hash {
	return crypto.Keccak256Hash(
		common.FromHex(bindings.InboxMetaData.Bin),
		common.FromHex(bindings.SequencerSetMetaData.Bin),
		common.FromHex(bindings.BatchInboxMetaData.Bin),
		common.FromHex(bindings.DACommitteeMetaData.Bin),
		common.FromHex(bindings.DAChallengeMetaData.Bin),
		common.FromHex(bindings.OneStepVerifierMetaData.Bin),
		common.FromHex(bindings.DisputeGameFactoryMetaData.Bin),
	)
}

// LostRace reports whether err is a contract's refusal that means "already
// done by someone else" — what an honest party sees when another honest
// party (a prover next to a watcher, two watchers) sent the same action
// first: a claim, step, resolution, slashing, anchor update, DA challenge,
// answer or settlement. Such an error is not a fault to alert on.
func LostRace(err error) bool {
	var rev *txmgr.RevertError
	if !errors.As(err, &rev) {
		return false
	}
	name, _, _ := strings.Cut(rev.Reason, "(")
	return slices.Contains(lostRaceErrors(), name)
}

// Reverted reports whether err is a revert with the custom error name.
func Reverted(err error, name string) bool {
	var rev *txmgr.RevertError
	if !errors.As(err, &rev) {
		return false
	}
	got, _, _ := strings.Cut(rev.Reason, "(")
	return got == name
}

// lostRaceErrors names the custom errors LostRace accepts (TestLostRace
// checks that the contracts declare each of them).
func lostRaceErrors() []string {
	return []string{
		// DisputeGame, DisputeGameFactory, AnchorStateRegistry
		"ClaimAlreadyExists", "ClaimAlreadyResolved", "DuplicateStep", "AlreadySlashed", "GameNotInProgress",
		"GameAlreadyExists", "AnchorNotNewer",
		// DAChallenge
		"AlreadyChallenged", "NoOpenChallenge", "AlreadySettled", "BatchAlreadyVoid",
		"ChunkAlreadyChallenged", "NoOpenChunkChallenge",
		// BatchInbox: another member of the set (or the watcher's forced
		// batch) posted this number first; another validator proved the
		// same equivocation first.
		"WrongBatchNumber", "EquivocationAlreadyProven",
	}
}
