// Package schedule is the Go twin of SequencerSet's leader schedule
// (docs/PROTOCOL.md §5.6): slots, epochs and the stake-weighted leader of a
// slot, computed exactly as the contract computes them, so that a node can
// tell who leads a slot without asking L1 and the contract's answer can be
// checked (testdata/schedule/leaders.json, TestDrawLeaderMatchesGo and FuzzDrawLeader in
// contracts/).
//
// Everything here is a pure function of its arguments:
//
//	slot   s = ⌊(t − genesisTime) / slotDuration⌋      (0 for t ≤ genesisTime)
//	epoch  e = ⌊s / epochLength⌋
//	seed     = keccak256(abi.encode(SeedTag, contract, uint256(s)))
//	leader   = the member m_i, members sorted by address ascending with zero
//	           stakes left out, for which Σ_{j<i} w_j ≤ seed mod W < Σ_{j≤i} w_j,
//	           W = Σ w_j
//
// The member list is the epoch's active set with its weights, as
// SequencerSet.epochSet returns it; the order it comes in does not matter.
package schedule
