package l2chain

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts"
)

// ErrNotMalformed means a batch's data matches its header: proveMalformed
// would revert (BatchNotMalformed), so it is not sent.
var ErrNotMalformed = errors.New("batch data matches its header")

// BatchData returns the data of posted batch pb: from its postBatch
// calldata, the empty list for a forced batch, or from ds for a certificate
// batch (checked there against the header's dataHash).
func BatchData(ctx context.Context, bi *contracts.BatchInbox, ds DataSource, pb *contracts.PostedBatch) ([]byte, error) {
	if pb.DAMode == contracts.DAModeCertificate && !pb.Forced {
		if ds == nil {
			return nil, fmt.Errorf("batch %d: %w", pb.Header.Number, ErrNoDataSource)
		}
		data, err := ds.CertificateData(ctx, pb)
		if err != nil {
			return nil, fmt.Errorf("data of batch %d: %w", pb.Header.Number, err)
		}
		return data, nil
	}
	data, err := bi.DataOf(ctx, pb)
	if err != nil {
		return nil, fmt.Errorf("data of batch %d: %w", pb.Header.Number, err)
	}
	return data, nil
}

// MalformedProof is a mined BatchInbox.proveMalformed.
type MalformedProof struct {
	Posted  *contracts.PostedBatch
	Reason  contracts.VoidReason // what the local check found
	Voided  *contracts.VoidedBatch
	Receipt *types.Receipt
}

// ProveMalformed voids batch n with bi (whose transactor pays): it reads
// the batch's header, signers and data (certificate data from ds), checks
// the data locally by the contract's rules, and sends proveMalformed only
// if they find it malformed (ErrNotMalformed otherwise: a proof of a
// well-formed batch only pays for a revert). The contract decides; its
// refusals (BatchAlreadyVoid, MalformedWindowClosed) come back by name from
// the gas estimate, before anything is sent.
func ProveMalformed(ctx context.Context, bi *contracts.BatchInbox, ds DataSource, n uint64) (*MalformedProof, error) {
	pb, err := bi.PostedBatch(ctx, n)
	if err != nil {
		return nil, fmt.Errorf("batch %d: %w", n, err)
	}
	if pb.Forced {
		return nil, fmt.Errorf("batch %d is a forced batch (its data is the empty list): %w", n, ErrNotMalformed)
	}
	data, err := BatchData(ctx, bi, ds, pb)
	if err != nil {
		return nil, err
	}
	_, err = CheckBatchData(&pb.Header, data)
	var m *MalformedError
	if !errors.As(err, &m) {
		return nil, fmt.Errorf("batch %d: %w", n, ErrNotMalformed)
	}
	v, rcpt, err := bi.ProveMalformed(ctx, &pb.Header, pb.Signers, data)
	if err != nil {
		return nil, err
	}
	return &MalformedProof{Posted: pb, Reason: m.Reason, Voided: v, Receipt: rcpt}, nil
}
