package txmgr

import (
	"errors"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// RevertDecoder decodes revert reasons for code that talks to contracts
// outside a Sender (read-only contract clients) or knows more contracts than
// the Sender that produced an error. It is safe for concurrent use.
type RevertDecoder struct{ d *errorDecoder }

// NewRevertDecoder returns a decoder that knows the custom errors in abis.
func NewRevertDecoder(abis []*abi.ABI) *RevertDecoder {
	return &RevertDecoder{d: newErrorDecoder(abis)}
}

// FromCall turns an error from eth_call or eth_estimateGas into a
// *RevertError with the decoded reason. Errors that are not reverts are
// returned unchanged.
func (r *RevertDecoder) FromCall(err error) error {
	if re := r.d.asRevert(err); re != nil {
		return re
	}
	return err
}

// Redecode re-renders the reason of a *RevertError in err's chain from its
// data. It changes nothing if err holds no RevertError or the revert carried
// no data.
func (r *RevertDecoder) Redecode(err error) error {
	var rev *RevertError
	if errors.As(err, &rev) && len(rev.Data) > 0 {
		rev.Reason = r.d.decode(rev.Data)
	}
	return err
}
