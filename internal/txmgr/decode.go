package txmgr

import (
	"errors"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// DecodeRevert turns an error from eth_call or eth_estimateGas made outside a
// Sender (read-only contract clients) into a *RevertError with the decoded
// reason, using abis for custom errors. Errors that are not reverts are
// returned unchanged.
func DecodeRevert(err error, abis []*abi.ABI) error {
	data, ok := revertData(err)
	if !ok {
		return err
	}
	return &RevertError{Reason: newErrorDecoder(abis).decode(data), Data: data}
}

// RedecodeRevert re-renders the reason of a *RevertError in err's chain with
// abis, for callers that know more contracts than the Sender that produced it
// (a typed contract client knows its own custom errors). It changes nothing
// if err holds no RevertError or the revert carried no data.
func RedecodeRevert(err error, abis []*abi.ABI) error {
	var rev *RevertError
	if errors.As(err, &rev) && len(rev.Data) > 0 {
		rev.Reason = newErrorDecoder(abis).decode(rev.Data)
	}
	return err
}
