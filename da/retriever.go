package da

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/hashicorp/go-multierror"
)

// DefaultMaxDecodeAttempts bounds the k-subsets tried when chunks disagree.
const DefaultMaxDecodeAttempts = 64

// RetrieverConfig configures a Retriever.
type RetrieverConfig struct {
	ClientConfig
	// MaxDecodeAttempts bounds how many k-subsets of verified chunks are
	// decoded when the first does not match dataHash. Honest encodings
	// always decode at the first attempt; only a faulty disperser causes
	// retries, and the bound keeps C(n, k) from exploding.
	MaxDecodeAttempts int
	// Exhaustive makes Retrieve wait for every member's answer (bounded by
	// the timeouts) before returning, so Result names every faulty member;
	// otherwise it returns as soon as the data is verified and lists the
	// members not heard from as Pending.
	Exhaustive bool
}

// DefaultRetrieverConfig returns the client defaults and 64 decode attempts.
func DefaultRetrieverConfig() RetrieverConfig {
	return RetrieverConfig{ClientConfig: DefaultClientConfig(), MaxDecodeAttempts: DefaultMaxDecodeAttempts}
}

// Validate checks the configuration.
func (c *RetrieverConfig) Validate() error {
	if err := c.ClientConfig.Validate(); err != nil {
		return err
	}
	if c.MaxDecodeAttempts < 1 {
		return fmt.Errorf("%w: MaxDecodeAttempts must be positive", ErrInvalidConfig)
	}
	return nil
}

// Retriever reads batch data back from the committee. It is safe for
// concurrent use.
type Retriever struct {
	cfg       RetrieverConfig
	committee Committee
	client    *http.Client
}

// NewRetriever returns a Retriever; client may be nil.
func NewRetriever(cfg RetrieverConfig, committee Committee, client *http.Client) (*Retriever, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if committee == nil {
		return nil, fmt.Errorf("%w: committee is required", ErrInvalidConfig)
	}
	if client == nil {
		client = newHTTPClient()
	}
	return &Retriever{cfg: cfg, committee: committee, client: client}, nil
}

// CloseIdleConnections closes the kept-alive connections to the members,
// so that a member shutting down does not wait for them.
func (r *Retriever) CloseIdleConnections() { r.client.CloseIdleConnections() }

// Result is the outcome of a retrieval.
type Result struct {
	// Data is the batch data, keccak256(Data) == dataHash (nil on failure).
	Data []byte
	// Used are the chunk indices the data was decoded from.
	Used []uint32
	// Faulty lists the members that failed to serve a valid chunk (down,
	// timed out, not found, or a chunk failing its proof), by index.
	Faulty []*MemberError
	// Pending lists the members not heard from when Retrieve returned.
	Pending []uint32
	// Consistent reports whether re-encoding Data reproduces dataRoot. It
	// is false when the disperser committed to chunks that are not the
	// codeword of Data: the data is available, but some members hold
	// useless chunks.
	Consistent bool
	// Attempts is the number of k-subsets decoded.
	Attempts int
}

type fetchResult struct {
	member Member
	rec    *ChunkRecord
	err    error
}

// Retrieve fetches chunks from all members in parallel, verifies each
// against h.DataRoot, decodes from the first k good ones and checks
// h.DataHash, trying other k-subsets on mismatch. On failure the error is
// an *UnavailableError wrapping ErrNotEnoughChunks (fewer than k verified
// chunks; the per-member failures are wrapped too) or ErrInvalidEncoding
// (enough verified chunks, but no tried subset matches dataHash — a
// disperser fault), and Result still names the faulty members.
func (r *Retriever) Retrieve(ctx context.Context, h Header) (*Result, error) {
	snap, err := r.committee.Snapshot(ctx)
	if err != nil {
		return nil, fmt.Errorf("da: committee: %w", err)
	}
	if err := snap.Validate(); err != nil {
		return nil, err
	}
	k, n := int(h.K), int(h.N)
	if err := CheckParams(k, n, uint64(h.DataLength)); err != nil {
		return nil, err
	}
	if n != len(snap.Members) {
		return nil, fmt.Errorf("%w: header has n = %d, committee %d members", ErrCommittee, n, len(snap.Members))
	}
	limit := int64(RecordSize(ChunkSize(h.DataLength, k), n))

	fctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := make(chan fetchResult, n)
	for _, m := range snap.Members {
		go func(m Member) {
			rec, err := r.fetch(fctx, m, &h, limit)
			results <- fetchResult{m, rec, err}
		}(m)
	}

	res := &Result{}
	var (
		good     []*ChunkRecord // verified, in arrival order
		answered = make([]bool, n)
		errs     *multierror.Error
		scratch  []byte // output buffer shared by the decode attempts
	)
	for got := 0; got < n; got++ {
		var fr fetchResult
		select {
		case fr = <-results:
		case <-ctx.Done():
			return res, ctx.Err()
		}
		answered[fr.member.Index] = true
		if fr.err != nil {
			me := &MemberError{Index: fr.member.Index, Address: fr.member.Address, Endpoint: fr.member.Endpoint, Err: fr.err}
			res.Faulty = append(res.Faulty, me)
			errs = multierror.Append(errs, me)
			continue
		}
		good = append(good, fr.rec)
		if res.Data == nil && len(good) >= k {
			scratch = r.tryDecode(&h, good, res, scratch)
		}
		if res.Data != nil && !r.cfg.Exhaustive {
			break
		}
	}
	for i, a := range answered {
		if !a {
			res.Pending = append(res.Pending, uint32(i))
		}
	}
	sort.Slice(res.Faulty, func(i, j int) bool { return res.Faulty[i].Index < res.Faulty[j].Index })
	if res.Data != nil {
		if enc, err := Encode(res.Data, k, n); err == nil {
			res.Consistent = enc.DataRoot == h.DataRoot
		}
		return res, nil
	}
	ue := &UnavailableError{K: k, N: n}
	for _, rec := range good {
		ue.Verified = append(ue.Verified, rec.Index)
	}
	sort.Slice(ue.Verified, func(i, j int) bool { return ue.Verified[i] < ue.Verified[j] })
	for _, f := range res.Faulty {
		if retryable(f.Err) {
			ue.Busy = append(ue.Busy, f.Index)
		} else {
			ue.Withheld = append(ue.Withheld, f.Index)
		}
	}
	if len(good) < k {
		ue.Err = fmt.Errorf("%w: %d of %d verified chunks for %s (%d members gave no chunk, %d busy or unreachable): %w",
			ErrNotEnoughChunks, len(good), k, h.DataRoot.Hex(), len(ue.Withheld), len(ue.Busy), errs.ErrorOrNil())
		return res, ue
	}
	ue.InvalidEncoding = true
	ue.Err = fmt.Errorf("%w: %s: %d verified chunks, %d subsets decoded, none matches dataHash %s",
		ErrInvalidEncoding, h.DataRoot.Hex(), len(good), res.Attempts, h.DataHash.Hex())
	return res, ue
}

// UnavailableError is Retrieve's failure when every member has answered:
// it wraps ErrNotEnoughChunks or ErrInvalidEncoding, and sorts the members
// by what their answers prove (PROTOCOL §6.7). A member that answered
// finally without a valid chunk (404, another 4xx but 408 and 429, a chunk
// failing its proof or header, an oversized or undecodable record, an
// unusable endpoint) gave evidence that it does not serve the chunk; a
// member that was busy (429, 408, 5xx), timed out or refused the
// connection gave none: under a flood honest members answer just that.
type UnavailableError struct {
	K, N int
	// Verified, Withheld and Busy are member indices, ascending.
	Verified, Withheld, Busy []uint32
	// InvalidEncoding: at least k verified chunks, no decoded subset
	// matches dataHash (a disperser fault).
	InvalidEncoding bool
	Err             error
}

func (e *UnavailableError) Error() string { return e.Err.Error() }
func (e *UnavailableError) Unwrap() error { return e.Err }

// Conclusive reports whether the answers prove that retrying cannot get
// the data from the committee: fewer than k members remain that might still
// serve a valid chunk (at least n−k+1 gave evidence), or the encoding is
// invalid and no member is left to try. Busy members count as possibly
// serving: a flood that makes every shard answer 429 is never conclusive.
func (e *UnavailableError) Conclusive() bool {
	if e.InvalidEncoding {
		return len(e.Busy) == 0
	}
	return e.N-len(e.Withheld) < e.K
}

// tryDecode decodes the k-subsets of good whose last member is the newest
// chunk (so that over successive calls every subset is tried once), until
// one matches dataHash or the attempt budget is spent. Attempts decode into
// scratch, so that a faulty disperser forcing many attempts costs one
// output allocation rather than one per attempt; it returns the buffer for
// the next call, or nil once res.Data holds it, since the caller's data
// must never be decoded over.
func (r *Retriever) tryDecode(h *Header, good []*ChunkRecord, res *Result, scratch []byte) []byte {
	k, n := int(h.K), int(h.N)
	newest := good[len(good)-1]
	prev := good[:len(good)-1]
	forEachCombination(len(prev), k-1, func(idx []int) bool {
		if res.Attempts >= r.cfg.MaxDecodeAttempts {
			return false
		}
		res.Attempts++
		shards := make([][]byte, n)
		used := make([]uint32, 0, k)
		for _, i := range idx {
			shards[prev[i].Index] = prev[i].Chunk
			used = append(used, prev[i].Index)
		}
		shards[newest.Index] = newest.Chunk
		used = append(used, newest.Index)
		data, err := DecodeChunksInto(scratch[:0], shards, k, h.DataLength)
		scratch = data
		if err != nil || crypto.Keccak256Hash(data) != h.DataHash {
			return true
		}
		sort.Slice(used, func(i, j int) bool { return used[i] < used[j] })
		// Clipped: the capacity past the data holds decoded padding.
		res.Data, res.Used = data[:len(data):len(data)], used
		scratch = nil
		return false
	})
	return scratch
}

// forEachCombination calls fn with each r-subset of 0..m−1 (as increasing
// indices, lexicographic order) until fn returns false.
func forEachCombination(m, r int, fn func([]int) bool) {
	if r < 0 || r > m {
		return
	}
	idx := make([]int, r)
	for i := range idx {
		idx[i] = i
	}
	for {
		if !fn(idx) {
			return
		}
		i := r - 1
		for i >= 0 && idx[i] == m-r+i {
			i--
		}
		if i < 0 {
			return
		}
		idx[i]++
		for j := i + 1; j < r; j++ {
			idx[j] = idx[j-1] + 1
		}
	}
}

// fetch gets member m's chunk and checks it belongs to h.
func (r *Retriever) fetch(ctx context.Context, m Member, h *Header, limit int64) (*ChunkRecord, error) {
	if m.Address == (common.Address{}) || m.Endpoint == "" {
		// Asking would only fail on an empty URL ("unsupported protocol
		// scheme"), and count as busy although nobody will ever answer.
		return nil, &permanentError{ErrVacantMember}
	}
	url := strings.TrimRight(m.Endpoint, "/") + ChunkPath(h.DataRoot, m.Index)
	newReq := func(ctx context.Context) (*http.Request, error) {
		return http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	}
	var rec *ChunkRecord
	err := r.cfg.withRetries(ctx, func() error {
		body, err := r.cfg.do(ctx, r.client, newReq, limit)
		if err != nil {
			return err
		}
		got, err := DecodeChunkRecord(body)
		if err != nil {
			return &permanentError{err}
		}
		if got.Header != *h || got.Index != m.Index {
			return &permanentError{fmt.Errorf("%w: served record for %s/%d with other header fields", ErrMalformed, got.DataRoot.Hex(), got.Index)}
		}
		if err := got.Verify(); err != nil {
			return &permanentError{err}
		}
		rec = got
		return nil
	})
	if err != nil && errors.Is(err, context.Canceled) && ctx.Err() != nil {
		return nil, err
	}
	return rec, err
}
