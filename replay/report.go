package replay

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Report is the outcome of replaying a batch in the shape the CLI prints
// (`etherscale replay --json`).
type Report struct {
	GenesisRoot common.Hash  `json:"genesisRoot"`
	StateRoot   common.Hash  `json:"stateRoot"`
	Applied     int          `json:"applied"`
	NoOps       int          `json:"noops"`
	Steps       []ReportStep `json:"steps,omitempty"`
}

// ReportStep is one step of a traced replay.
type ReportStep struct {
	Index   int         `json:"index"`
	Kind    string      `json:"kind"` // "deposit", "forced" or "tx"
	Hash    common.Hash `json:"hash"` // transaction hash, or the entry hash of a deposit
	Applied bool        `json:"applied"`
	Error   string      `json:"error"`     // why the step was a no-op; "" if applied
	Root    common.Hash `json:"stateRoot"` // root after the step
}

// NewReport summarises res, the result of replaying b from genesisRoot. Steps
// are listed only if res was traced.
func NewReport(genesisRoot common.Hash, b *Batch, res *BatchResult, traced bool) *Report {
	r := &Report{GenesisRoot: genesisRoot, StateRoot: res.Root}
	for i, s := range res.Steps {
		if s.Result == nil {
			r.Applied++
		} else {
			r.NoOps++
		}
		if !traced {
			continue
		}
		step := ReportStep{Index: i, Applied: s.Result == nil, Root: s.Root}
		if s.Result != nil {
			step.Error = s.Result.Error()
		}
		if i < len(b.Entries) {
			e := &b.Entries[i]
			if e.Kind == EntryDeposit {
				step.Kind, step.Hash = "deposit", e.Hash()
			} else {
				step.Kind, step.Hash = "forced", crypto.Keccak256Hash(e.RawTx)
			}
		} else {
			step.Kind, step.Hash = "tx", crypto.Keccak256Hash(b.Txs[i-len(b.Entries)])
		}
		r.Steps = append(r.Steps, step)
	}
	return r
}
