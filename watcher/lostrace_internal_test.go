package watcher

import (
	"errors"
	"fmt"
	"testing"

	"github.com/etherscale/etherscale/internal/txmgr"
)

// TestOnlyLostRaces: a pass whose only failures are races another honest
// party won is not logged as a failure; one real error among them is.
func TestOnlyLostRaces(t *testing.T) {
	race := &txmgr.RevertError{Reason: "AlreadySlashed()"}
	real := &txmgr.RevertError{Reason: "InvalidProof()"}
	for _, c := range []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("game 1: slash signers: %w", race), true},
		{errors.Join(fmt.Errorf("game 1: %w", race), fmt.Errorf("game 2: %w", &txmgr.RevertError{Reason: "ClaimAlreadyExists(1)"})), true},
		{errors.Join(fmt.Errorf("game 1: %w", race), fmt.Errorf("game 2: %w", real)), false},
		{fmt.Errorf("game 1: %w", errors.Join(race, errors.New("read claims: timeout"))), false},
		{errors.New("sync follower: unavailable"), false},
	} {
		if got := onlyLostRaces(c.err); got != c.want {
			t.Errorf("onlyLostRaces(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}
