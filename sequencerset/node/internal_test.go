package node

import (
	"context"
	"log/slog"
	"math/big"
	"slices"
	"testing"

	cmted25519 "github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/sequencerset/app"
	"github.com/etherscale/etherscale/sequencerset/schedule"
)

// TestPosterQuorumIsTheCertificateRule: a certificate with more than 2/3
// of the consensus set's power must satisfy the poster's (BatchInbox's)
// rule over the same schedule. Members whose stakes carry sub-gwei
// remainders made the two differ when the poster counted wei: signers of
// 10 ETH and 10 ETH + 1 gwei against 10 ETH + 999,999,999 wei hold
// 2·10¹⁰+1 of 3·10¹⁰+1 power (> 2/3) but less than 2/3 of the wei, and the
// poster logged "batch waits for L1's schedule" for ever.
func TestPosterQuorumIsTheCertificateRule(t *testing.T) {
	gwei := func(n, extra int64) *big.Int {
		w := new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9))
		return w.Add(w, big.NewInt(extra))
	}
	members := []contracts.EpochMember{
		{Addr: common.Address{1}, Stake: gwei(1e10, 0), ConsensusKey: testKey(1)},
		{Addr: common.Address{2}, Stake: gwei(1e10+1, 0), ConsensusKey: testKey(2)},
		{Addr: common.Address{3}, Stake: gwei(1e10, 999_999_999), ConsensusKey: testKey(3)},
	}
	vals := validatorsOf(members)
	if len(vals) != len(members) {
		t.Fatalf("%d validators of %d members", len(vals), len(members))
	}
	var signed, total int64
	for i, v := range vals {
		total += v.Power
		if i < 2 {
			signed += v.Power
		}
	}
	if 3*signed <= 2*total {
		t.Fatalf("test set: %d of %d is not more than 2/3 of the power", signed, total)
	}
	params := schedule.Params{SlotDuration: 1, LeaderWindow: 1, EpochLength: 1}
	p := &poster{log: slog.New(slog.DiscardHandler), params: &params, epoch: 5, epochSet: map[common.Address]*big.Int{}}
	for _, m := range members {
		p.epochSet[m.Addr] = m.Stake
	}
	cert := &app.Certificate{Batch: 1, Signers: []common.Address{members[0].Addr, members[1].Addr}, Sigs: [][]byte{{1}, {2}}}
	sigs, ok, err := p.quorum(context.Background(), nil, cert, params.SlotStart(5))
	if err != nil || !ok || len(sigs) != 2 {
		t.Fatalf("poster: %d signatures, quorum %v, err %v; the consensus set's certificate must post", len(sigs), ok, err)
	}
}

func testKey(i byte) []byte {
	return cmted25519.GenPrivKeyFromSecret([]byte{i}).PubKey().Bytes()
}

// TestValidatorsOfSeatsWhatCometBFTAccepts: L1's schedule holds what its
// members registered, and the set seated from it must be one CometBFT
// takes, or every node's consensus fails at the epoch boundary. A member
// that copies another's consensus key (from its Registered event) puts the
// key in the updates twice, which CometBFT refuses; validatorsOf seats
// neither holder (whatever their address order), skips keys that are not
// ed25519 and sub-gwei weights, and keeps everyone else.
func TestValidatorsOfSeatsWhatCometBFTAccepts(t *testing.T) {
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	member := func(a byte, key []byte, stake *big.Int) contracts.EpochMember {
		return contracts.EpochMember{Addr: common.Address{a}, Stake: stake, ConsensusKey: key}
	}
	members := []contracts.EpochMember{
		member(1, testKey(1), eth),
		member(2, testKey(2), eth),
		member(3, testKey(1), eth), // copier of member 1, higher address
		member(4, testKey(4), eth),
		member(5, crypto33(), eth), // a training-wheels key
		member(6, testKey(6), big.NewInt(999_999_999)),
		member(7, testKey(7), eth),
		member(0, testKey(7), eth), // copier of member 7, lower address
	}
	slices.SortFunc(members, func(a, b contracts.EpochMember) int { return a.Addr.Cmp(b.Addr) })

	// What L1 holds, seated as it is: CometBFT refuses it.
	var raw []*cmttypes.Validator
	for _, m := range members {
		if len(m.ConsensusKey) == 32 {
			raw = append(raw, cmttypes.NewValidator(cmted25519.PubKey(m.ConsensusKey), 1))
		}
	}
	if err := cmttypes.NewValidatorSet(nil).UpdateWithChangeSet(raw); err == nil {
		t.Fatal("CometBFT took a set with a duplicated key: the test no longer shows the attack")
	}

	vals := validatorsOf(members)
	var got []common.Address
	var changes []*cmttypes.Validator
	for _, v := range vals {
		got = append(got, v.L1)
		changes = append(changes, cmttypes.NewValidator(cmted25519.PubKey(v.PubKey), v.Power))
	}
	want := []common.Address{{2}, {4}}
	if !slices.Equal(got, want) {
		t.Fatalf("seated %v, want %v", got, want)
	}
	if err := cmttypes.NewValidatorSet(nil).UpdateWithChangeSet(changes); err != nil {
		t.Fatalf("CometBFT refuses the seated set: %v", err)
	}
}

func crypto33() []byte { k := make([]byte, 33); k[0] = 2; return k }

// TestPeerCacheReadsL1OncePerSet: the equivocation watch asks for the
// peers' URLs every 2×PollInterval; L1 is asked once per member of a
// consensus set (again only after a failed lookup or a set change).
func TestPeerCacheReadsL1OncePerSet(t *testing.T) {
	self := common.Address{9}
	set := []app.Validator{{L1: common.Address{1}, Power: 1}, {L1: self, Power: 1}, {L1: common.Address{2}, Power: 1}}
	endpoints := map[common.Address]string{{1}: "http://127.0.0.1:1", {2}: "http://127.0.0.1:2", {3}: "http://127.0.0.1:3"}
	lookups := 0
	down := common.Address{2}
	lookup := func(_ context.Context, a common.Address) (string, error) {
		lookups++
		if a == down {
			return "", context.DeadlineExceeded
		}
		return endpoints[a], nil
	}
	var c peerCache
	ctx := context.Background()
	if got := c.urls(ctx, set, self, lookup); len(got) != 1 || lookups != 2 {
		t.Fatalf("first call: %v after %d lookups", got, lookups)
	}
	down = common.Address{}
	if got := c.urls(ctx, set, self, lookup); len(got) != 2 || lookups != 3 {
		t.Fatalf("after a failed lookup: %v after %d lookups (only the failed one again)", got, lookups)
	}
	for i := 0; i < 10; i++ {
		c.urls(ctx, set, self, lookup)
	}
	if lookups != 3 {
		t.Fatalf("%d lookups for an unchanged set", lookups)
	}
	next := append(slices.Clone(set[:2]), app.Validator{L1: common.Address{3}, Power: 1})
	if got := c.urls(ctx, next, self, lookup); len(got) != 2 || got[1] != endpoints[common.Address{3}] || lookups != 5 {
		t.Fatalf("a new set: %v after %d lookups", got, lookups)
	}
}
