package da

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/hashicorp/go-multierror"
)

// DisperserConfig configures a Disperser.
type DisperserConfig struct {
	ClientConfig
	// K is the number of data chunks (rollup config da.k); n is the
	// committee size.
	K int
	// Domain is the EIP-712 domain members sign attestations for.
	Domain Domain
	// MinExpiry, if set, is asked once per dispersal for the earliest
	// expiry (L1 unix seconds) an attestation may carry to count. One that
	// promises less would make the certificate unpostable (DACommittee
	// wants every expiry ≥ now + liabilityWindow), so its member counts as
	// failed and the threshold is sought among the others. A poster passes
	// L1 time + liabilityWindow + the time it needs to post.
	MinExpiry func(ctx context.Context) (uint64, error)
}

// Validate checks the configuration.
func (c *DisperserConfig) Validate() error {
	if err := c.ClientConfig.Validate(); err != nil {
		return err
	}
	if c.K < 1 || c.K > MaxChunks {
		return fmt.Errorf("%w: K = %d", ErrInvalidConfig, c.K)
	}
	if c.Domain.ChainID == 0 {
		return fmt.Errorf("%w: Domain.ChainID is zero", ErrInvalidConfig)
	}
	return nil
}

// Disperser encodes batch data, sends every member its chunk and collects
// attestations into a certificate. It is safe for concurrent use.
type Disperser struct {
	cfg       DisperserConfig
	committee Committee
	key       *ecdsa.PrivateKey
	client    *http.Client

	// Stores still in flight when Disperse returned continue in the
	// background until done or Close; wg tracks them.
	life context.Context
	stop context.CancelFunc
	wg   sync.WaitGroup
}

// NewDisperser returns a Disperser that signs store requests with key (an
// active sequencer key). client may be nil.
func NewDisperser(cfg DisperserConfig, committee Committee, key *ecdsa.PrivateKey, client *http.Client) (*Disperser, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if committee == nil || key == nil {
		return nil, fmt.Errorf("%w: committee and key are required", ErrInvalidConfig)
	}
	if client == nil {
		client = newHTTPClient()
	}
	life, stop := context.WithCancel(context.Background())
	return &Disperser{cfg: cfg, committee: committee, key: key, client: client, life: life, stop: stop}, nil
}

// Wait blocks until the stores left running by earlier Disperse calls are
// done.
func (d *Disperser) Wait() { d.wg.Wait() }

// Close cancels the stores left running in the background and waits for
// them.
func (d *Disperser) Close() {
	d.stop()
	d.wg.Wait()
}

// Disperse encodes data for the current committee, disperses it and returns
// the certificate (and the encoding, whose Header goes into the batch
// header). It returns as soon as the threshold is reached, so the slowest
// members are not on the batch-posting path; the stores still in flight
// continue in the background (bounded by their timeouts and retries, ended
// early by Close), because availability against n−k failures needs every
// member to hold its chunk, not only the threshold.
func (d *Disperser) Disperse(ctx context.Context, data []byte) (*Certificate, *Encoding, error) {
	snap, err := d.committee.Snapshot(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("da: committee: %w", err)
	}
	if err := snap.Validate(); err != nil {
		return nil, nil, err
	}
	// Encoding aliases its input and the stores outlive this call, so the
	// chunks must not share the caller's buffer, which it may reuse.
	enc, err := Encode(bytes.Clone(data), d.cfg.K, len(snap.Members))
	if err != nil {
		return nil, nil, err
	}
	cert, err := d.DisperseEncoding(ctx, snap, enc)
	return cert, enc, err
}

type storeResult struct {
	member Member
	att    *Attestation
	err    error
}

// DisperseEncoding sends an already built encoding to the members of snap.
// Disperse is the normal entry point; this one exists for re-dispersal and
// for fault-injection tests.
func (d *Disperser) DisperseEncoding(ctx context.Context, snap *CommitteeSnapshot, enc *Encoding) (*Certificate, error) {
	if err := snap.Validate(); err != nil {
		return nil, err
	}
	if int(enc.N) != len(snap.Members) {
		return nil, fmt.Errorf("%w: encoding has %d chunks, committee %d members", ErrCommittee, enc.N, len(snap.Members))
	}
	var minExpiry uint64
	if d.cfg.MinExpiry != nil {
		var err error
		if minExpiry, err = d.cfg.MinExpiry(ctx); err != nil {
			return nil, fmt.Errorf("da: earliest acceptable expiry: %w", err)
		}
	}
	// The stores outlive ctx's cancellation once Disperse has returned
	// (see Disperse); before that, ctx ending fails the dispersal.
	sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stopAfterClose := context.AfterFunc(d.life, cancel)
	results := make(chan storeResult, len(snap.Members))
	var pending sync.WaitGroup
	for _, m := range snap.Members {
		pending.Add(1)
		d.wg.Add(1)
		go func(m Member) {
			defer d.wg.Done()
			defer pending.Done()
			att, err := d.store(sctx, m, enc, minExpiry)
			results <- storeResult{m, att, err}
		}(m)
	}
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		pending.Wait()
		stopAfterClose()
		cancel()
	}()
	var (
		atts []Attestation
		errs *multierror.Error
	)
	for range snap.Members {
		var r storeResult
		select {
		case r = <-results:
		case <-ctx.Done():
			cancel()
			return nil, fmt.Errorf("%w: %d of %d attestations: %w", ErrThresholdNotReached, len(atts), snap.Threshold, ctx.Err())
		}
		if r.err != nil {
			errs = multierror.Append(errs, &MemberError{Index: r.member.Index, Address: r.member.Address, Endpoint: r.member.Endpoint, Err: r.err})
			continue
		}
		atts = append(atts, *r.att)
		if len(atts) >= snap.Threshold {
			return NewCertificate(&enc.Header, atts), nil
		}
	}
	return nil, fmt.Errorf("%w: %d of %d attestations for %s: %w", ErrThresholdNotReached, len(atts), snap.Threshold, enc.DataRoot.Hex(), errs.ErrorOrNil())
}

// store sends chunk m.Index to member m and checks the attestation: its
// signer and that its expiry is at least minExpiry.
func (d *Disperser) store(ctx context.Context, m Member, enc *Encoding, minExpiry uint64) (*Attestation, error) {
	rec, err := enc.Record(int(m.Index))
	if err != nil {
		return nil, err
	}
	body, err := rec.Encode()
	if err != nil {
		return nil, err
	}
	sig, err := SignHash(d.key, crypto.Keccak256Hash(body))
	if err != nil {
		return nil, err
	}
	url := strings.TrimRight(m.Endpoint, "/") + ChunkPath(enc.DataRoot, m.Index)
	newReq := func(ctx context.Context) (*http.Request, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPut, url, bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/octet-stream")
		req.Header.Set(SignatureHeader, hexutil.Encode(sig))
		return req, nil
	}
	var att *Attestation
	err = d.cfg.withRetries(ctx, func() error {
		resp, err := d.cfg.do(ctx, d.client, newReq, 4096)
		if err != nil {
			return err
		}
		var a Attestation
		if err := json.Unmarshal(resp, &a); err != nil {
			return &permanentError{fmt.Errorf("%w: %v", ErrBadAttestation, err)}
		}
		if a.Member != m.Index {
			return &permanentError{fmt.Errorf("%w: for member %d", ErrBadAttestation, a.Member)}
		}
		signer, err := a.Signer(d.cfg.Domain, &enc.Header)
		if err != nil {
			return &permanentError{fmt.Errorf("%w: %v", ErrBadAttestation, err)}
		}
		if signer != m.Address {
			return &permanentError{fmt.Errorf("%w: signed by %s", ErrBadAttestation, signer.Hex())}
		}
		if a.Expiry < minExpiry {
			return &permanentError{fmt.Errorf("%w: expiry %d is before %d, too soon to post the certificate (shard retention too short?)", ErrBadAttestation, a.Expiry, minExpiry)}
		}
		att = &a
		return nil
	})
	return att, err
}
