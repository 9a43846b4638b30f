package da

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"
)

// Client defaults shared by Disperser and Retriever.
const (
	DefaultRequestTimeout = 5 * time.Second
	DefaultMaxRetries     = 2
	DefaultRetryBackoff   = 100 * time.Millisecond
)

// ClientConfig holds the per-request behaviour of dispersal and retrieval.
type ClientConfig struct {
	// RequestTimeout bounds one HTTP exchange with one member, so a slow
	// member costs at most this much before it is retried or given up on.
	RequestTimeout time.Duration
	// MaxRetries is how many times a transient failure (network error,
	// timeout, 429, 5xx) is retried, with a backoff starting at
	// RetryBackoff and doubling each time. 4xx answers are final.
	MaxRetries   int
	RetryBackoff time.Duration
}

// DefaultClientConfig returns a 5 s request timeout and two retries from 100 ms.
func DefaultClientConfig() ClientConfig {
	return ClientConfig{RequestTimeout: DefaultRequestTimeout, MaxRetries: DefaultMaxRetries, RetryBackoff: DefaultRetryBackoff}
}

// Validate checks the configuration.
func (c *ClientConfig) Validate() error {
	if c.RequestTimeout <= 0 {
		return fmt.Errorf("%w: RequestTimeout must be positive", ErrInvalidConfig)
	}
	if c.MaxRetries < 0 || c.RetryBackoff < 0 {
		return fmt.Errorf("%w: MaxRetries and RetryBackoff must not be negative", ErrInvalidConfig)
	}
	return nil
}

// newHTTPClient returns a client that keeps enough idle connections per
// host for a committee's parallel requests.
func newHTTPClient() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 16
	return &http.Client{Transport: t}
}

// statusError is a non-2xx answer.
type statusError struct {
	status int
	msg    string
	// retryAfter is the server's Retry-After (seconds form), 0 if none.
	retryAfter time.Duration
}

func (e *statusError) Error() string { return fmt.Sprintf("HTTP %d: %s", e.status, e.msg) }
func (e *statusError) Unwrap() error {
	switch e.status {
	case http.StatusNotFound:
		return ErrNotFound
	case http.StatusConflict:
		return ErrConflict
	case http.StatusUnauthorized, http.StatusForbidden:
		return ErrUnauthorized
	}
	return ErrServer
}

// permanentError marks failures not worth retrying.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

func retryable(err error) bool {
	var pe *permanentError
	if errors.As(err, &pe) {
		return false
	}
	var se *statusError
	if errors.As(err, &se) {
		return se.status == http.StatusTooManyRequests || se.status >= 500
	}
	return true
}

// do performs one exchange with a timeout and returns the body of a 200
// answer, reading at most limit bytes.
func (c *ClientConfig) do(ctx context.Context, client *http.Client, newReq func(context.Context) (*http.Request, error), limit int64) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, c.RequestTimeout)
	defer cancel()
	req, err := newReq(ctx)
	if err != nil {
		return nil, &permanentError{err}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		if len(body) > 256 {
			body = body[:256]
		}
		se := &statusError{status: resp.StatusCode, msg: string(body)}
		if secs, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && secs > 0 {
			se.retryAfter = time.Duration(secs) * time.Second
		}
		return nil, se
	}
	if int64(len(body)) > limit {
		return nil, &permanentError{fmt.Errorf("%w: response exceeds %d bytes", ErrMalformed, limit)}
	}
	return body, nil
}

// withRetries runs op until it succeeds, fails permanently, runs out of
// retries or ctx ends.
func (c *ClientConfig) withRetries(ctx context.Context, op func() error) error {
	backoff := c.RetryBackoff
	for attempt := 0; ; attempt++ {
		err := op()
		if err == nil || !retryable(err) || attempt >= c.MaxRetries {
			return err
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%w (last error: %v)", ctx.Err(), err)
		}
		// A busy server's Retry-After is honoured, up to one request
		// timeout: retrying sooner only draws on an empty bucket again.
		wait := backoff
		var se *statusError
		if errors.As(err, &se) && se.retryAfter > wait {
			wait = min(se.retryAfter, c.RequestTimeout)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (last error: %v)", ctx.Err(), err)
		case <-time.After(wait):
		}
		backoff *= 2
	}
}
