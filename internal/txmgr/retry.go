package txmgr

import (
	"context"
	"fmt"
	"time"
)

// retry runs fn until it succeeds, fails with an error that is not
// transient, the caller's context ends, or Config.MaxRetries retries have
// been spent, sleeping with exponential backoff in between. Each attempt is
// bounded by Config.RPCTimeout. what names the operation in the error.
func retry[T any](ctx context.Context, s *Sender, what string, fn func(context.Context) (T, error)) (T, error) {
	backoff := s.cfg.RetryBackoff
	for attempt := 0; ; attempt++ {
		v, err := callTimeout(ctx, s, fn)
		if err == nil {
			return v, nil
		}
		if ctx.Err() != nil || attempt >= s.cfg.MaxRetries || !isTransient(err) {
			var zero T
			if attempt > 0 {
				return zero, fmt.Errorf("%s (after %d attempts): %w", what, attempt+1, err)
			}
			return zero, fmt.Errorf("%s: %w", what, err)
		}
		s.log.Debug("Transient RPC error, retrying", "op", what, "attempt", attempt+1, "backoff", backoff, "err", err)
		if sleepErr := sleep(ctx, backoff); sleepErr != nil {
			var zero T
			return zero, fmt.Errorf("%s: %w (while retrying after: %v)", what, sleepErr, err)
		}
		backoff = nextBackoff(backoff)
	}
}

// callTimeout runs fn with Config.RPCTimeout applied, if set. The deadline
// turns a hung connection into a context.DeadlineExceeded error, which is
// transient as long as the caller's own context is still alive.
func callTimeout[T any](ctx context.Context, s *Sender, fn func(context.Context) (T, error)) (T, error) {
	if s.cfg.RPCTimeout <= 0 {
		return fn(ctx)
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RPCTimeout)
	defer cancel()
	return fn(ctx)
}

// withTimeout is callTimeout for calls that return only an error.
func withTimeout(ctx context.Context, s *Sender, fn func(context.Context) error) error {
	_, err := callTimeout(ctx, s, func(ctx context.Context) (struct{}, error) { return struct{}{}, fn(ctx) })
	return err
}

func nextBackoff(d time.Duration) time.Duration {
	return min(2*d, maxBackoff)
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
