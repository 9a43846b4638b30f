package contracts_test

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// delegate sends a real EIP-7702 SetCode (type 4) transaction from key
// sponsor carrying key authority's authorization to run target's code
// (target = zero clears the delegation). The sponsor pays, so the
// authority's own nonce moves only by the authorization.
func (e *batchEnv) delegate(sponsor, authority int, target common.Address) {
	e.t.Helper()
	authNonce, err := e.env.Client.PendingNonceAt(e.ctx, e.addr(authority))
	if err != nil {
		e.t.Fatal(err)
	}
	auth, err := types.SignSetCode(e.key(authority), types.SetCodeAuthorization{
		ChainID: *uint256.MustFromBig(e.env.ChainID), Address: target, Nonce: authNonce,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	nonce, err := e.env.Client.PendingNonceAt(e.ctx, e.addr(sponsor))
	if err != nil {
		e.t.Fatal(err)
	}
	to := e.addr(sponsor)
	tx, err := types.SignNewTx(e.key(sponsor), types.LatestSignerForChainID(e.env.ChainID), &types.SetCodeTx{
		ChainID: uint256.MustFromBig(e.env.ChainID), Nonce: nonce, To: to, Gas: 100_000,
		GasTipCap: uint256.NewInt(1e9), GasFeeCap: uint256.NewInt(100e9),
		AuthList: []types.SetCodeAuthorization{auth},
	})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.env.Client.SendTransaction(e.ctx, tx); err != nil {
		e.t.Fatalf("send SetCode tx: %v", err)
	}
	rcpt, err := e.env.Client.TransactionReceipt(e.ctx, tx.Hash())
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("SetCode tx: %v %+v", err, rcpt)
	}
	if err := e.env.Client.AwaitPool(e.ctx, e.addr(authority)); err != nil {
		e.t.Fatal(err)
	}
}

// freshSender is a sender for key i that reads its nonce now (the
// authorization moved it behind the back of e.senders[i]).
func (e *batchEnv) freshSender(i int) *txmgr.Sender {
	e.t.Helper()
	cfg := simbackend.SenderConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	return e.env.SenderWithConfig(e.t, i, cfg)
}

// TestPostBatchFromDelegatedEOARefused: with EIP-7702 an EOA can delegate
// its code to a forwarder and send a transaction to itself; the forwarder
// calls postBatch with msg.sender = tx.origin = the EOA, but the
// transaction's input is not a postBatch call, so no follower could read the
// batch data back (BatchInbox.DataOf fails) and every follower stalls.
// postBatch in calldata mode now refuses an origin with code,
// OriginHasCode, and the follower only ever meets recoverable batches.
func TestPostBatchFromDelegatedEOARefused(t *testing.T) {
	e := newBatchEnv(t)
	e.register(2, ether(1))
	fwd := e.deployForwarder(0)
	e.delegate(7, 2, fwd)

	// The node runs Prague rules: the delegated EOA's code is the 23-byte
	// designator 0xef0100 ‖ forwarder, which is what EXTCODESIZE sees.
	code, err := e.env.Client.CodeAt(e.ctx, e.addr(2), nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := append([]byte{0xef, 0x01, 0x00}, fwd[:]...); !bytes.Equal(code, want) {
		t.Fatalf("code of the delegated EOA %x, want %x", code, want)
	}

	h, data := e.next(transfers(t, 3), 0)
	input := bindings.NewBatchInbox().PackPostBatch(h.Binding(), e.sign(h, 2), contracts.DAModeCalldata, nil, data)
	poster := e.freshSender(2)
	self, bi := e.addr(2), e.bi.Address()
	// Through the delegated code: tx to itself, input = BatchInbox ‖ postBatch.
	_, err = poster.Send(e.ctx, txmgr.Candidate{To: &self, Data: append(append([]byte{}, bi[:]...), input...)})
	wantRevertName(t, err, "OriginHasCode")
	// Directly, by the same delegated EOA: recoverable, but refused too (the
	// contract cannot see the transaction's target).
	_, err = poster.Send(e.ctx, txmgr.Candidate{To: &bi, Data: input})
	wantRevertName(t, err, "OriginHasCode")
	if n, err := e.bi.LatestBatch(e.ctx); err != nil || n != 0 {
		t.Fatalf("latest batch %d (%v): a batch got through", n, err)
	}

	// Cleared delegation: the EOA posts directly, and the data reads back.
	e.delegate(7, 2, common.Address{})
	if code, err := e.env.Client.CodeAt(e.ctx, e.addr(2), nil); err != nil || len(code) != 0 {
		t.Fatalf("code after clearing %x (%v)", code, err)
	}
	pb, err := contracts.NewBatchInbox(bi, e.env.Client, e.freshSender(2)).PostBatch(e.ctx, h, e.sign(h, 2), data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.bi.DataOf(e.ctx, pb)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("data of the batch: %v", err)
	}
}
