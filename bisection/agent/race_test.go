package agent

import (
	"errors"
	"fmt"
	"testing"

	"github.com/etherscale/etherscale/internal/txmgr"
)

func TestLostRace(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("move: %w", &txmgr.RevertError{Reason: "ClaimAlreadyExists()"}), true},
		{&txmgr.RevertError{Reason: "ClaimAlreadyResolved()"}, true},
		{&txmgr.RevertError{Reason: "DuplicateStep()"}, true},
		{&txmgr.RevertError{Reason: "AlreadySlashed(gameId=1)"}, true},
		{&txmgr.RevertError{Reason: "CounterWindowClosed()"}, false},
		{&txmgr.RevertError{Reason: "ValidStep()"}, false},
		{errors.New("connection refused"), false},
	} {
		if got := lostRace(tc.err); got != tc.want {
			t.Errorf("lostRace(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
