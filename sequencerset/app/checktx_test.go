package app

import (
	"context"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestCheckTxAcrossCommits: CheckTx counts the transactions it accepted
// against the committed balance, and after a block the recheck (CometBFT
// replays the mempool in order) and new transactions are judged on the new
// committed state, not the balance of the height before.
func TestCheckTxAcrossCommits(t *testing.T) {
	net := newNetwork(t, 4)
	ctx := context.Background()
	now := time.Unix(testNow, 0)
	check := func(raw []byte, typ abci.CheckTxType) uint32 {
		t.Helper()
		resp, err := net.apps[0].CheckTx(ctx, &abci.RequestCheckTx{Tx: raw, Type: typ})
		if err != nil {
			t.Fatal(err)
		}
		return resp.Code
	}
	// User 0 holds 1e18.
	a, b := net.transfer(0, 6e17), net.transfer(0, 3e17)
	// big and small both take nonce 2.
	big := net.transfer(0, 2e17)
	net.nonces[0]--
	small := net.transfer(0, 5e16)
	for _, raw := range [][]byte{a, b} {
		if code := check(raw, abci.CheckTxType_New); code != CodeOK {
			t.Fatalf("CheckTx refused a funded transfer: code %d", code)
		}
	}
	if code := check(big, abci.CheckTxType_New); code != CodeFunds {
		t.Fatalf("CheckTx of a transfer the pending ones leave no funds for: code %d, want %d", code, CodeFunds)
	}
	block := net.propose(0, [][]byte{a}, now)
	if n := net.accepts(block, now, []byte("h1")); n != 4 {
		t.Fatalf("%d of 4 accept the block", n)
	}
	net.decide(block, now, []byte("h1"))
	// The recheck after the block: b is next on the committed state.
	if code := check(b, abci.CheckTxType_Recheck); code != CodeOK {
		t.Fatalf("recheck of the next transfer: code %d", code)
	}
	if code := check(a, abci.CheckTxType_Recheck); code != CodeNonce {
		t.Fatalf("recheck of the committed transfer: code %d, want %d", code, CodeNonce)
	}
	// 4e17 committed, 3e17 pending: 2e17 does not fit, 5e16 does.
	if code := check(big, abci.CheckTxType_New); code != CodeFunds {
		t.Fatalf("CheckTx after the block of a transfer beyond the committed balance: code %d, want %d", code, CodeFunds)
	}
	if code := check(small, abci.CheckTxType_New); code != CodeOK {
		t.Fatalf("CheckTx after the block of a funded transfer: code %d", code)
	}
	if acc, err := net.apps[0].PendingAccount(crypto.PubkeyToAddress(net.users[0].PublicKey)); err != nil || acc.Nonce != 3 {
		t.Fatalf("pending account: nonce %d, %v; want 3", acc.Nonce, err)
	}
}
