package httplimit

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestClientBoundsAnswers: a hostile endpoint's endless or oversized
// answer, and its redirect, do not get past the client.
func TestClientBoundsAnswers(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big": // no Content-Length: streamed
			w.(http.Flusher).Flush()
			chunk := []byte(strings.Repeat("x", 4096))
			for i := 0; i < 1024; i++ {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/declared":
			w.Header().Set("Content-Length", "1000000")
			_, _ = w.Write(make([]byte, 1000000))
		case "/redirect":
			http.Redirect(w, r, "/ok", http.StatusFound)
		default:
			_, _ = w.Write([]byte(strings.Repeat("y", 100)))
		}
	}))
	defer srv.Close()
	c := Client(2*time.Second, 100)
	read := func(path string) (int, error) {
		resp, err := c.Get(srv.URL + path)
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return 0, errors.New(resp.Status)
		}
		b, err := io.ReadAll(resp.Body)
		return len(b), err
	}
	if n, err := read("/ok"); err != nil || n != 100 {
		t.Fatalf("an answer of exactly the limit: %d bytes, %v", n, err)
	}
	if _, err := read("/big"); !errors.Is(err, ErrAnswerTooLarge) {
		t.Fatalf("streamed 4 MiB answer: %v", err)
	}
	if _, err := read("/declared"); !errors.Is(err, ErrAnswerTooLarge) {
		t.Fatalf("declared 1 MB answer: %v", err)
	}
	if _, err := read("/redirect"); err == nil {
		t.Fatal("a redirect was followed")
	}
}
