package da

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Member is one DA committee member: it keeps chunk Index, attests with the
// key of Address and serves at Endpoint (a base URL, e.g. http://host:port).
type Member struct {
	Index    uint32
	Address  common.Address
	Endpoint string
}

// CommitteeSnapshot is the committee at one point in time. Members are
// indexed 0 … n−1 (member i keeps chunk i); Threshold is the number of
// attestations a certificate needs.
type CommitteeSnapshot struct {
	Members   []Member
	Threshold int
}

// Validate checks that member i sits at position i and the threshold is
// reachable.
func (s *CommitteeSnapshot) Validate() error {
	n := len(s.Members)
	if n == 0 || n > MaxChunks {
		return fmt.Errorf("%w: %d members", ErrCommittee, n)
	}
	for i, m := range s.Members {
		if m.Index != uint32(i) {
			return fmt.Errorf("%w: member at position %d has index %d", ErrCommittee, i, m.Index)
		}
	}
	if s.Threshold < 1 || s.Threshold > n {
		return fmt.Errorf("%w: threshold %d of %d members", ErrCommittee, s.Threshold, n)
	}
	return nil
}

// Member returns the member with the given index.
func (s *CommitteeSnapshot) Member(i uint32) (Member, bool) {
	if int64(i) >= int64(len(s.Members)) {
		return Member{}, false
	}
	return s.Members[i], true
}

// Snapshot makes a fixed snapshot a Committee.
func (s *CommitteeSnapshot) Snapshot(context.Context) (*CommitteeSnapshot, error) { return s, nil }

// Committee provides the current committee. The L1-backed implementation
// (reading DACommittee) will be plugged in later; tests and the devnet use a
// fixed *CommitteeSnapshot.
type Committee interface {
	Snapshot(ctx context.Context) (*CommitteeSnapshot, error)
}

// Authorizer decides whether a store request signer is an active sequencer.
// A shard only stores chunks from authorised senders so that outsiders cannot
// fill its disk or obtain attestations.
type Authorizer interface {
	Authorized(ctx context.Context, sender common.Address) (bool, error)
}

// AllowList is a fixed Authorizer.
type AllowList map[common.Address]bool

// Authorized reports whether sender is in the list.
func (a AllowList) Authorized(_ context.Context, sender common.Address) (bool, error) {
	return a[sender], nil
}

// Finalizer tells the shard when the batch committed to by dataRoot is
// final on L1 (its DA challenge window and any dispute over it are over), so
// its chunk may be pruned once also older than the retention period. The L1
// implementation comes with the contracts; nil means "final by age alone".
type Finalizer interface {
	Finalized(ctx context.Context, dataRoot common.Hash) (bool, error)
}
