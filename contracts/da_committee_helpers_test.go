package contracts_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/simbackend"
)

// Parameters of the DA test deployments: 4 members, any 2 chunks
// reconstruct, certificates need 3 attestations.
const (
	daN               = 4
	daK               = 2
	daThreshold       = 3
	daChallengeWindow = 100
	daResolveWindow   = 50
	daUnbonding       = 600
	daFirstMemberKey  = 4 // keys 4…7 are the committee, 8… outsiders
	// daLiability is DACommittee.liabilityWindow: the DA windows.
	daLiability = daChallengeWindow + daResolveWindow
	// daPromise is how far past the chain's time test attestations expire
	// (a shard's retention): room for several posts.
	daPromise = daLiability + 1000
)

var (
	daMemberBond    = ether(2)
	daChallengeBond = ether(1)
)

// daEnv is a batchEnv with DACommittee and DAChallenge wired in: key 1 is on
// both slashing allowlists, keys 2 and 3 are sequencers.
type daEnv struct {
	*batchEnv
	dac  *contracts.DACommittee // as the deployer
	chal *contracts.DAChallenge // as the deployer
}

func newDAEnv(t *testing.T) *daEnv {
	t.Helper()
	const keys = 12
	env := simbackend.New(t, keys)
	e := &batchEnv{t: t, ctx: context.Background(), env: env, chainID: env.ChainID.Uint64()}
	cfg := simbackend.SenderConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	for i := 0; i < keys; i++ {
		e.senders = append(e.senders, env.SenderWithConfig(t, i, cfg))
	}
	dep := e.senders[0]
	must := func(a common.Address, err error) common.Address {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	inboxAddr, rcpt, err := contracts.DeployInbox(e.ctx, dep, bInclusionWindow, bMaxTxSize)
	if err != nil {
		t.Fatal(err)
	}
	e.deployAt = rcpt.BlockNumber.Uint64()
	setAddr, _, err := contracts.DeploySequencerSet(e.ctx, dep, bSetParams())
	must(setAddr, err)
	biAddr, _, err := contracts.DeployBatchInbox(e.ctx, dep, inboxAddr, setAddr, contracts.BatchInboxParams{
		ForceGrace: bForceGrace, MalformedWindow: bMalformedWindow, MaxBatchTxs: bMaxBatchTxs, MaxBatchBytes: bMaxBatchBytes,
	})
	must(biAddr, err)
	dacAddr, _, err := contracts.DeployDACommittee(e.ctx, dep, contracts.DACommitteeParams{
		N: daN, K: daK, Threshold: daThreshold, MemberBond: daMemberBond, UnbondingPeriod: daUnbonding, SlashRewardPercent: bRewardPercent,
		LiabilityWindow: daLiability,
	})
	must(dacAddr, err)
	chalAddr, _, err := contracts.DeployDAChallenge(e.ctx, dep, biAddr, setAddr, dacAddr, contracts.DAChallengeParams{
		ChallengeWindow: daChallengeWindow, ResolveWindow: daResolveWindow, ChallengeBond: daChallengeBond,
	})
	must(chalAddr, err)
	e.inbox = contracts.NewInbox(inboxAddr, env.Client, dep)
	e.set = contracts.NewSequencerSet(setAddr, env.Client, dep)
	e.bi = contracts.NewBatchInbox(biAddr, env.Client, dep)
	e.bi.SetDeployBlock(e.deployAt)
	e.slasher = contracts.NewSequencerSet(setAddr, env.Client, e.senders[1])
	d := &daEnv{batchEnv: e, dac: contracts.NewDACommittee(dacAddr, env.Client, dep), chal: contracts.NewDAChallenge(chalAddr, env.Client, dep)}
	if _, err := e.set.Initialize(e.ctx, []common.Address{biAddr, chalAddr, e.addr(1)}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.dac.Initialize(e.ctx, []common.Address{chalAddr, e.addr(1)}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.bi.SetDA(e.ctx, dacAddr, chalAddr); err != nil {
		t.Fatal(err)
	}
	e.register(2, bMinBond)
	e.register(3, bMinBond)
	return d
}

func (d *daEnv) dacAs(i int) *contracts.DACommittee {
	return contracts.NewDACommittee(d.dac.Address(), d.env.Client, d.senders[i])
}

func (d *daEnv) chalAs(i int) *contracts.DAChallenge {
	return contracts.NewDAChallenge(d.chal.Address(), d.env.Client, d.senders[i])
}

// registerMembers registers keys daFirstMemberKey… as members 0 … count−1.
func (d *daEnv) registerMembers(count int) {
	d.t.Helper()
	for i := 0; i < count; i++ {
		if _, err := d.dacAs(daFirstMemberKey+i).Register(d.ctx, daMemberBond, fmt.Sprintf("http://member%d:8080", i)); err != nil {
			d.t.Fatalf("register member %d: %v", i, err)
		}
	}
}

func (d *daEnv) domain() da.Domain { return d.dac.Domain(d.chainID) }

// certHeader builds the next batch header with its DA commitment: the data
// is coded with (daK, daN) and dataRoot set.
func (d *daEnv) certHeader(txs [][]byte) (*contracts.BatchHeader, []byte, *da.Encoding) {
	d.t.Helper()
	h, data := d.next(txs, 0)
	enc, err := da.Encode(data, daK, daN)
	if err != nil {
		d.t.Fatal(err)
	}
	h.DataRoot = enc.DataRoot
	return h, data, enc
}

// attest returns the attestations of members (indices) over h, by their
// keys, expiring daPromise after the chain's time.
func (d *daEnv) attest(h *contracts.BatchHeader, members ...uint32) []da.Attestation {
	d.t.Helper()
	return d.attestUntil(h, d.latestTime()+daPromise, members...)
}

// attestUntil is attest with a given expiry.
func (d *daEnv) attestUntil(h *contracts.BatchHeader, expiry uint64, members ...uint32) []da.Attestation {
	d.t.Helper()
	dh := &da.Header{DataRoot: h.DataRoot, DataHash: h.DataHash, DataLength: h.DataLength}
	out := make([]da.Attestation, 0, len(members))
	for _, m := range members {
		a, err := da.SignAttestation(d.key(daFirstMemberKey+int(m)), d.domain(), m, dh, expiry)
		if err != nil {
			d.t.Fatal(err)
		}
		out = append(out, *a)
	}
	return out
}

// cert encodes a certificate of members over h (sorted by da.NewCertificate).
func (d *daEnv) cert(h *contracts.BatchHeader, members ...uint32) []byte {
	d.t.Helper()
	return d.certUntil(h, d.latestTime()+daPromise, members...)
}

// certUntil is cert with a given expiry.
func (d *daEnv) certUntil(h *contracts.BatchHeader, expiry uint64, members ...uint32) []byte {
	d.t.Helper()
	dh := &da.Header{DataRoot: h.DataRoot, DataHash: h.DataHash, DataLength: h.DataLength}
	c, err := contracts.EncodeDACertificate(da.NewCertificate(dh, d.attestUntil(h, expiry, members...)))
	if err != nil {
		d.t.Fatal(err)
	}
	return c
}

// postCert posts h in certificate mode from key 2, signed by keys 2 and 3.
func (d *daEnv) postCert(h *contracts.BatchHeader, cert []byte) (*contracts.PostedBatch, error) {
	return d.biAs(2).PostBatchCertificate(d.ctx, h, d.sign(h, 2, 3), cert)
}

// attesters of members 0 … count−1 as registered by registerMembers.
func (d *daEnv) attesters(members ...uint32) []contracts.Attester {
	out := make([]contracts.Attester, len(members))
	for i, m := range members {
		out[i] = contracts.Attester{Index: m, Address: d.addr(daFirstMemberKey + int(m))}
	}
	return out
}

func (d *daEnv) daStake(a common.Address) *big.Int {
	d.t.Helper()
	s, err := d.dac.StakeOf(d.ctx, a)
	if err != nil {
		d.t.Fatal(err)
	}
	return s
}
