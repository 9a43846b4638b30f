package replay

import "errors"

// Reasons why a transaction is invalid. An invalid transaction in a batch (or a
// forced transaction from the inbox) is a no-op; the step result carries one of
// these values, possibly wrapped with details, so test with errors.Is. The
// checks run in the order listed in docs/PROTOCOL.md §2.2.4 and the first
// failing one is reported: all stateless checks (encoding … signature) come
// before the two stateful ones (nonce, balance), so a one-step proof needs
// account proofs only for transactions that pass every stateless check.
var (
	ErrBadEncoding         = errors.New("malformed transaction encoding")
	ErrTxType              = errors.New("unsupported transaction type")
	ErrWrongChainID        = errors.New("wrong or missing chain id")
	ErrContractCreation    = errors.New("contract creation not supported")
	ErrNonEmptyData        = errors.New("transaction data must be empty")
	ErrNonEmptyAccessList  = errors.New("access list must be empty")
	ErrGasLimit            = errors.New("gas limit below 21000")
	ErrFeeCapBelowBaseFee  = errors.New("fee cap below base fee")
	ErrTipAboveFeeCap      = errors.New("priority fee above fee cap")
	ErrBadSignature        = errors.New("invalid signature")
	ErrHighS               = errors.New("signature s value not in lower half")
	ErrNonce               = errors.New("nonce mismatch")
	ErrInsufficientBalance = errors.New("insufficient balance for value + fee")

	// ErrBalanceOverflow is returned when crediting the recipient would take its
	// balance past 2^256-1. The brief leaves this case open; it cannot happen
	// with a genesis whose total supply fits comfortably in 256 bits, but a
	// state transition function must be total, so the credit makes the whole
	// step a no-op (deposits included).
	ErrBalanceOverflow = errors.New("recipient balance overflow")

	// ErrVoidBatch is the result of every transaction step of a batch voided by
	// a lost data-availability challenge (its inbox entries still apply).
	ErrVoidBatch = errors.New("batch is void")
)

// Errors about malformed inputs other than transactions: proofs, witnesses,
// elements, batch data, stored nodes. These are not step results; they mean the
// caller handed in something that cannot be evaluated.
var (
	ErrInvalidProof   = errors.New("invalid state proof")
	ErrInvalidWitness = errors.New("invalid step witness")
	ErrInvalidElement = errors.New("invalid step element")
	ErrMissingNode    = errors.New("missing state tree node")
	ErrCorruptNode    = errors.New("corrupt state tree node")
	ErrBatchData      = errors.New("malformed batch data")
	ErrStepIndex      = errors.New("step index out of range")
)

// invalidTxErrors lists every transaction invalidity reason in check order. It
// backs ResultCode and the vector files.
var invalidTxErrors = [...]error{
	ErrBadEncoding, ErrTxType, ErrWrongChainID, ErrContractCreation,
	ErrNonEmptyData, ErrNonEmptyAccessList, ErrGasLimit, ErrFeeCapBelowBaseFee,
	ErrTipAboveFeeCap, ErrBadSignature, ErrHighS, ErrNonce,
	ErrInsufficientBalance, ErrBalanceOverflow, ErrVoidBatch,
}

// ResultCode maps a step result to a stable small integer, shared with the
// Solidity verifier and the vector files: 0 means applied, 1.. follow the
// order of the error values above (ErrBadEncoding = 1 … ErrVoidBatch = 15).
// It returns -1 for an error that is not a step result.
func ResultCode(result error) int {
	if result == nil {
		return 0
	}
	for i, e := range invalidTxErrors {
		if errors.Is(result, e) {
			return i + 1
		}
	}
	return -1
}

// ResultName is the short name of a step result as used in the vector files:
// "ok" or the Go name of the error value (e.g. "ErrNonce").
func ResultName(result error) string {
	if result == nil {
		return "ok"
	}
	for i, e := range invalidTxErrors {
		if errors.Is(result, e) {
			return resultNames[i]
		}
	}
	return "unknown"
}

var resultNames = [...]string{
	"ErrBadEncoding", "ErrTxType", "ErrWrongChainID", "ErrContractCreation",
	"ErrNonEmptyData", "ErrNonEmptyAccessList", "ErrGasLimit", "ErrFeeCapBelowBaseFee",
	"ErrTipAboveFeeCap", "ErrBadSignature", "ErrHighS", "ErrNonce",
	"ErrInsufficientBalance", "ErrBalanceOverflow", "ErrVoidBatch",
}
