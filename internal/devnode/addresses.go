package devnode

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DevAddresses returns the addresses of DevKey(0) to DevKey(n-1), e.g. to fund
// the same keys on L2 in a devnet genesis.
func DevAddresses(n int) []common.Address {
	keys := DevKeys(n)
	out := make([]common.Address, len(keys))
	for i, k := range keys {
		out[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return out
}
