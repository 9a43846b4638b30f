package devnode

import (
	"context"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// requireGeth returns the geth binary, skipping the test when there is none
// locally and failing it in CI, where the binary is always installed.
func requireGeth(t *testing.T) string {
	t.Helper()
	bin, err := FindGeth()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI must run geth integration tests: %v", err)
		}
		t.Skipf("skipping geth integration test: %v", err)
	}
	return bin
}

func TestFindGethEnv(t *testing.T) {
	t.Setenv(GethEnv, "/nonexistent/geth")
	if _, err := FindGeth(); !errors.Is(err, ErrGethNotFound) {
		t.Fatalf("FindGeth with bad $%s = %v, want ErrGethNotFound", GethEnv, err)
	}
}

func TestLogCaptureEndpoint(t *testing.T) {
	l := newLogCapture(64)
	// Split across writes, as pipes deliver it.
	for _, s := range []string{"INFO [01-01|00:00:00.000] Starting\nINFO HTTP serv", "er started    endpoint=127.0.0.1:4242 auth=false\n", "more\n"} {
		if _, err := l.Write([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case ep := <-l.endpoint:
		if ep != "127.0.0.1:4242" {
			t.Fatalf("endpoint = %q", ep)
		}
	default:
		t.Fatal("endpoint not detected")
	}
	if got := l.String(); len(got) > 64 || !strings.HasSuffix(got, "more\n") {
		t.Fatalf("captured %q: want the last 64 bytes", got)
	}
}

func TestProcess(t *testing.T) {
	bin := requireGeth(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()

	funded := crypto.PubkeyToAddress(DevKey(3).PublicKey)
	amount := big.NewInt(5_000_000_000_000_000)
	p, err := StartProcess(ctx, ProcessConfig{Binary: bin, Fund: []common.Address{funded}, FundAmount: amount})
	if err != nil {
		t.Fatalf("StartProcess: %v", err)
	}
	t.Cleanup(func() { _ = p.Stop() })
	if !strings.HasPrefix(p.HTTPEndpoint(), "http://127.0.0.1:") {
		t.Fatalf("HTTPEndpoint = %q", p.HTTPEndpoint())
	}

	c := dial(t, p.HTTPEndpoint())
	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatalf("ChainID: %v", err)
	}
	if id.Cmp(big.NewInt(1337)) != 0 {
		t.Fatalf("chain id = %s, want 1337", id)
	}
	bal, err := c.BalanceAt(ctx, funded, nil)
	if err != nil {
		t.Fatalf("BalanceAt: %v", err)
	}
	if bal.Cmp(amount) != 0 {
		t.Fatalf("funded balance = %s, want %s", bal, amount)
	}
	// The funded key can transact on its own.
	transfer(ctx, t, c, DevKey(3), common.HexToAddress("0xcc"), big.NewInt(1))

	dir := p.DataDir()
	if err := p.Stop(); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if err := p.Stop(); err != nil {
		t.Fatalf("second Stop should be a no-op, got %v", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("temporary datadir %s not removed: %v", dir, err)
	}
}

func TestProcessBadBinary(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// false starts and exits at once: StartProcess must notice instead of
	// waiting for its timeout.
	bin, err := exec.LookPath("false")
	if err != nil {
		t.Skipf("no false binary: %v", err)
	}
	_, err = StartProcess(ctx, ProcessConfig{Binary: bin})
	if !errors.Is(err, ErrProcessExited) {
		t.Fatalf("StartProcess(%s) = %v, want ErrProcessExited", bin, err)
	}
}
