package bisection

import "errors"

// Errors returned by the game rules. Every rejected action returns one of these
// values, wrapped with details (fmt.Errorf("%w: …")); test with errors.Is. A
// rejected action never changes the game. Each value corresponds to one custom
// error of the Solidity DisputeGame (SolidityError gives the name), and
// docs/PROTOCOL.md §7 fixes the order in which the checks run, so that Go
// and Solidity reject an invalid action with the same error.
var (
	// Positions and depths.
	ErrInvalidPosition = errors.New("invalid position")
	ErrInvalidDepth    = errors.New("invalid game depth")
	ErrMaxDepth        = errors.New("no move below the game depth")
	ErrCannotDefend    = errors.New("cannot defend the root or the last trace index")

	// Game creation.
	ErrInvalidParams       = errors.New("invalid game parameters")
	ErrBatchNotAfterAnchor = errors.New("batch is not after the anchor batch")
	ErrTraceTooLong        = errors.New("trace too long for the maximum game depth")

	// Moves and steps.
	ErrGameOver         = errors.New("game is not in progress")
	ErrNoSuchClaim      = errors.New("no such claim")
	ErrDisputedMismatch = errors.New("disputed value does not match the parent claim")
	ErrWindowClosed     = errors.New("counter window closed")
	ErrWrongBond        = errors.New("incorrect bond amount")
	ErrDuplicateClaim   = errors.New("claim already exists")
	ErrNotMaxDepth      = errors.New("step target is not at the game depth")
	ErrAlreadyCountered = errors.New("claim already countered by a step")
	ErrNoTraceAncestor  = errors.New("no claim at the required trace index in the ancestor chain")
	ErrValidStep        = errors.New("step does not counter the claim")

	// Resolution and credits.
	ErrAlreadyResolved = errors.New("claim already resolved")
	ErrWindowOpen      = errors.New("counter window still open")
	ErrChildUnresolved = errors.New("child claim not resolved")
	ErrGameInProgress  = errors.New("game still in progress")
	ErrNoCredit        = errors.New("no credit to claim")
	ErrNotDefenderWin  = errors.New("game did not resolve DEFENDER_WINS")
	ErrAirgap          = errors.New("anchor airgap not elapsed")
	ErrAnchorNotNewer  = errors.New("batch is not after the current anchor")

	// Conditions the contract cannot meet (msg.sender is never zero, the
	// L1 clock never runs backwards, claim indices never reach 2^32 − 1) but
	// a Go caller can; they are checked first, before any protocol rule.
	ErrZeroAddress    = errors.New("zero address")
	ErrClockBackwards = errors.New("time before the latest action of the game")
	ErrTooManyClaims  = errors.New("too many claims")
	ErrMalformedGame  = errors.New("malformed game state")
)

// solidityErrors names the custom error the DisputeGame contract reverts with
// for each rule error. Go-only errors have no entry.
var solidityErrors = []struct {
	err  error
	name string
}{
	{ErrInvalidPosition, "InvalidPosition"},
	{ErrInvalidDepth, "InvalidGameDepth"},
	{ErrMaxDepth, "GameDepthExceeded"},
	{ErrCannotDefend, "CannotDefend"},
	{ErrBatchNotAfterAnchor, "BatchNotAfterAnchor"},
	{ErrTraceTooLong, "TraceTooLong"},
	{ErrGameOver, "GameNotInProgress"},
	{ErrNoSuchClaim, "ClaimNotFound"},
	{ErrDisputedMismatch, "InvalidDisputedClaim"},
	{ErrWindowClosed, "CounterWindowClosed"},
	{ErrWrongBond, "IncorrectBondAmount"},
	{ErrDuplicateClaim, "ClaimAlreadyExists"},
	{ErrNotMaxDepth, "NotMaxDepth"},
	{ErrAlreadyCountered, "DuplicateStep"},
	{ErrNoTraceAncestor, "NoTraceAncestor"},
	{ErrValidStep, "ValidStep"},
	{ErrAlreadyResolved, "ClaimAlreadyResolved"},
	{ErrWindowOpen, "CounterWindowOpen"},
	{ErrChildUnresolved, "OutOfOrderResolution"},
	{ErrGameInProgress, "GameInProgress"},
	{ErrNoCredit, "NoCreditToClaim"},
	{ErrNotDefenderWin, "NotDefenderWin"},
	{ErrAirgap, "AirgapNotElapsed"},
	{ErrAnchorNotNewer, "AnchorNotNewer"},
}

// SolidityError returns the name of the DisputeGame custom error that
// corresponds to err, or "" if err is nil or has no Solidity counterpart
// (the Go-only errors: zero address, clock running backwards, too many
// claims, malformed game state, invalid parameters).
func SolidityError(err error) string {
	if err == nil {
		return ""
	}
	for _, e := range solidityErrors {
		if errors.Is(err, e.err) {
			return e.name
		}
	}
	return ""
}
