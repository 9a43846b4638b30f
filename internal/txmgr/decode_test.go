package txmgr

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

func TestRevertDecoder(t *testing.T) {
	d := NewRevertDecoder([]*abi.ABI{mustABI(t, customErrorsABI)})
	custom := encodeError(t, "TxTooLarge(uint256,uint256)", []string{"uint256", "uint256"}, big.NewInt(7), big.NewInt(5))

	// A call revert with data is decoded with the custom errors.
	err := d.FromCall(fmt.Errorf("call: %w", &rpcError{code: 3, msg: "execution reverted", data: fmt.Sprintf("0x%x", custom)}))
	var rev *RevertError
	if !errors.As(err, &rev) || rev.Reason != "TxTooLarge(size=7, max=5)" {
		t.Fatalf("FromCall = %v", err)
	}
	// A node that only puts the reason in the message.
	err = d.FromCall(errors.New("execution reverted: nope"))
	if !errors.As(err, &rev) || rev.Reason != "nope" {
		t.Fatalf("FromCall(message only) = %v", err)
	}
	// Non-reverts pass through untouched.
	plain := errors.New("connection refused")
	if got := d.FromCall(plain); got != plain {
		t.Fatalf("FromCall(non-revert) = %v", got)
	}

	// Redecode upgrades a reason produced by a decoder that lacked the ABI.
	bare := newErrorDecoder(nil)
	err = fmt.Errorf("send: %w", &RevertError{Reason: bare.decode(custom), Data: custom})
	if got := d.Redecode(err); !errors.As(got, &rev) || rev.Reason != "TxTooLarge(size=7, max=5)" {
		t.Fatalf("Redecode = %v", got)
	}
	if got := d.Redecode(plain); got != plain {
		t.Fatalf("Redecode(non-revert) = %v", got)
	}
}
