package contracts

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
		{&txmgr.RevertError{Reason: "GameAlreadyExists(gameId=3)"}, true},
		{&txmgr.RevertError{Reason: "AnchorNotNewer()"}, true},
		{fmt.Errorf("challenge: %w", &txmgr.RevertError{Reason: "AlreadyChallenged(number=2)"}), true},
		{&txmgr.RevertError{Reason: "NoOpenChallenge(number=2)"}, true},
		{&txmgr.RevertError{Reason: "AlreadySettled(number=2)"}, true},
		{&txmgr.RevertError{Reason: "NoOpenChunkChallenge(number=2, index=1)"}, true},
		{fmt.Errorf("post: %w", &txmgr.RevertError{Reason: "WrongBatchNumber(expected=5, got=4)"}), true},
		{&txmgr.RevertError{Reason: "EquivocationAlreadyProven(signer=0x01, number=3)"}, true},
		{&txmgr.RevertError{Reason: "CounterWindowClosed()"}, false},
		{&txmgr.RevertError{Reason: "ValidStep()"}, false},
		{&txmgr.RevertError{Reason: "IncorrectBond(value=1, required=2)"}, false},
		{errors.New("connection refused"), false},
		{nil, false},
	} {
		if got := LostRace(tc.err); got != tc.want {
			t.Errorf("LostRace(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

// TestLostRaceNamesAreDeclared: the names LostRace matches are errors the
// contracts declare, so a renamed error cannot silently turn lost races
// back into failures.
func TestLostRaceNamesAreDeclared(t *testing.T) {
	declared := make(map[string]bool)
	for _, a := range ErrorABIs() {
		for name := range a.Errors {
			declared[name] = true
		}
	}
	for _, name := range lostRaceErrors() {
		if !declared[name] {
			t.Errorf("LostRace matches %s, which no contract declares", name)
		}
	}
}
