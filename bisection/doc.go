// Package bisection is the EtherScale dispute game as pure Go: positions and
// trace indices, the claim tree and the rules for moves, one-step counters,
// resolution and bond credits, exactly as the Solidity DisputeGame applies
// them. The normative text is docs/PROTOCOL.md §7; the contract is tested
// against this package case by case and over random scripts (RandomScript).
// Nothing here touches L1: time is an argument (an L1 block timestamp, in
// seconds) and the one-step verifier's result is an argument of Step.
//
// # Positions
//
// A claim sits at a generalized index g ≥ 1 (Position): depth ⌊log₂ g⌋,
// index g − 2^depth. In a game of depth D (GameDepth: the smallest D ≥ 1
// with 2^D ≥ T for a trace of T steps) a claim at g asserts the state root
// after step t(g) = (index + 1)·2^(D − depth) − 1; the root asserts the root
// after the last step. An attack on g is at 2g, a defence at 2(g + 1). Even
// depths are the root claimant's side, odd depths the challengers'.
//
// # Games
//
// NewGame creates the root claim (and, for a sequencer claim, the opener's
// mandatory attack). Game.Move adds a claim, Game.Step counters a claim at
// depth D with the verifier's result, Game.ResolveClaim resolves a claim's
// subgame in pages of children and records who its bond is owed to (the
// claim's payee), Game.ClaimCredit pays listed claims' bonds to their payee
// (Game.CreditClaims lists the claims owed to an address). Every
// rejected action returns an exported error (ErrWindowClosed, ErrWrongBond,
// …) and leaves the game unchanged; SolidityError names the contract's
// corresponding custom error. StepInputs, PreStateFor, PostStateFor and
// StepCounters expose the step rule on its own.
//
// # Testing helpers
//
// NewTestGame builds trees fluently (NewTestGame(8, H(1)).Attack(0, H(2))…);
// RandomScript generates random games as sequences of Actions with the
// model's result for each, for comparison with the contract. Trace is the
// true trace of a game and Correctness says which claims are right, with no
// reference to any playing strategy: the yardstick for "honest play wins".
package bisection
