package httplimit

import (
	"errors"
	"io"
	"net/http"
	"time"
)

// ErrAnswerTooLarge is returned when reading an answer past a Client's
// limit.
var ErrAnswerTooLarge = errors.New("httplimit: answer too large")

// Client returns an HTTP client for asking parties that may be hostile
// (another validator's or sequencer's endpoint): each request ends after
// timeout, redirects are not followed (the answer is the named endpoint's
// or nothing), and reading a body past maxBody bytes fails with
// ErrAnswerTooLarge instead of growing memory.
func Client(timeout time.Duration, maxBody int64) *http.Client {
	return &http.Client{
		Timeout:       timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Transport:     &limitedTransport{next: http.DefaultTransport, max: maxBody},
	}
}

type limitedTransport struct {
	next http.RoundTripper
	max  int64
}

func (t *limitedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if resp.ContentLength > t.max {
		resp.Body.Close()
		return nil, ErrAnswerTooLarge
	}
	resp.Body = &limitedBody{ReadCloser: resp.Body, left: t.max}
	return resp, nil
}

type limitedBody struct {
	io.ReadCloser
	left int64
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		// One byte more tells a body of exactly the limit from a longer one.
		var one [1]byte
		if n, _ := b.ReadCloser.Read(one[:]); n > 0 {
			return 0, ErrAnswerTooLarge
		}
		return b.ReadCloser.Read(p)
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.ReadCloser.Read(p)
	b.left -= int64(n)
	return n, err
}
