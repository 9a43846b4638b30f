package contracts_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// TestResolveFromDelegatedEOARefused: DAChallenge.resolve relies on
// msg.sender == tx.origin to put the revealed data in the transaction input,
// where followers and watchers read it (DAChallenge.ResolvedData). With
// EIP-7702 an EOA can delegate its code to a forwarder and send a
// transaction to itself; the forwarder calls resolve with msg.sender =
// tx.origin = the EOA while the input is the forwarder's. The challenge
// would count as answered, the batch would stand, the resolver would take
// the challenger's bond, and no follower could recover the data. resolve now
// refuses an origin with code, ResolverHasCode.
func TestResolveFromDelegatedEOARefused(t *testing.T) {
	d := newDAEnv(t)
	d.registerMembers(daN)
	h, data, _ := d.postCertBatch(daTxs(4, 300))
	n := h.Number
	if _, err := d.chalAs(8).Challenge(d.ctx, h, daChallengeBond); err != nil {
		t.Fatal(err)
	}

	const resolver, sponsor = 10, 11
	fwd := d.deployForwarder(0)
	d.delegate(sponsor, resolver, fwd)
	// Prague rules: EXTCODESIZE of the delegated EOA is the 23-byte designator.
	code, err := d.env.Client.CodeAt(d.ctx, d.addr(resolver), nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := append([]byte{0xef, 0x01, 0x00}, fwd[:]...); !bytes.Equal(code, want) {
		t.Fatalf("code of the delegated EOA %x, want %x", code, want)
	}

	s := d.freshSender(resolver)
	self, chal := d.addr(resolver), d.chal.Address()
	input := bindings.NewDAChallenge().PackResolve(n, data)
	// Through the delegated code: tx to itself, input = DAChallenge ‖ resolve.
	_, err = s.Send(d.ctx, txmgr.Candidate{To: &self, Data: append(append([]byte{}, chal[:]...), input...)})
	wantRevertName(t, err, "ResolverHasCode")
	// Directly, by the same delegated EOA: readable, but refused too (the
	// contract cannot see the transaction's target).
	_, err = contracts.NewDAChallenge(chal, d.env.Client, s).Resolve(d.ctx, n, data)
	wantRevertName(t, err, "ResolverHasCode")
	if open, err := d.chal.IsOpen(d.ctx, n); err != nil || !open {
		t.Fatalf("challenge open %v (%v): an unreadable answer was accepted", open, err)
	}
	if cr, err := d.chal.Credit(d.ctx, self); err != nil || cr.Sign() != 0 {
		t.Fatalf("delegated resolver credited %s", cr)
	}
	if _, err := d.chal.ResolvedData(d.ctx, n, d.deployAt); !errors.Is(err, contracts.ErrNoResolution) {
		t.Fatalf("resolved data before any answer: %v", err)
	}

	// Cleared delegation: a plain resolve works, and the data reads back
	// through the follower's and watcher's path (dawire.Fetcher).
	d.delegate(sponsor, resolver, common.Address{})
	if code, err := d.env.Client.CodeAt(d.ctx, self, nil); err != nil || len(code) != 0 {
		t.Fatalf("code after clearing %x (%v)", code, err)
	}
	if _, err := contracts.NewDAChallenge(chal, d.env.Client, d.freshSender(resolver)).Resolve(d.ctx, n, data); err != nil {
		t.Fatal(err)
	}
	if cr, err := d.chal.Credit(d.ctx, self); err != nil || cr.Cmp(daChallengeBond) != 0 {
		t.Fatalf("resolver credit %s", cr)
	}
	f := dawire.NewFetcher(d.env.Client, d.bi.Address(), d.deployAt, da.DefaultRetrieverConfig())
	defer f.Close()
	got, err := f.FromResolution(d.ctx, n)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("revealed data: %v", err)
	}
}

// TestResolveNonCanonicalInputReadable: solc's decoder accepts resolve
// inputs that are not the canonical ABI encoding (here: the data's offset
// leaves a gap, and its tail is not padded). Such an answer counts, so the
// followers' reader must read it too, or the batch would stand with data
// nobody recovers.
func TestResolveNonCanonicalInputReadable(t *testing.T) {
	d := newDAEnv(t)
	d.registerMembers(daN)
	h, data, _ := d.postCertBatch(daTxs(3, 301))
	if len(data)%32 == 0 {
		t.Fatalf("batch data of %d bytes: want a length that needs padding", len(data))
	}
	if _, err := d.chalAs(8).Challenge(d.ctx, h, daChallengeBond); err != nil {
		t.Fatal(err)
	}
	word := func(x uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(x).Bytes(), 32) }
	sel := bindings.NewDAChallenge().PackResolve(h.Number, nil)[:4]
	input := bytes.Join([][]byte{sel, word(h.Number), word(96), make([]byte, 32), word(uint64(len(data))), data}, nil)
	chal := d.chal.Address()
	if _, err := d.senders[9].Send(d.ctx, txmgr.Candidate{To: &chal, Data: input}); err != nil {
		t.Fatalf("non-canonical resolve: %v", err)
	}
	if st, err := d.chal.ChallengeOf(d.ctx, h.Number); err != nil || !st.Resolved {
		t.Fatalf("challenge state %+v (%v): the contract refused the encoding", st, err)
	}
	f := dawire.NewFetcher(d.env.Client, d.bi.Address(), d.deployAt, da.DefaultRetrieverConfig())
	defer f.Close()
	if got, err := f.FromResolution(d.ctx, h.Number); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("revealed data: %v", err)
	}
}
