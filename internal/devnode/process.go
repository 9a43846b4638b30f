package devnode

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// GethEnv names the environment variable that points at the geth binary to
// use, taking precedence over every other location.
const GethEnv = "ETHERSCALE_GETH"

// GethInstallHint tells a developer how to get the geth binary FindGeth
// looks for; CI installs it exactly this way.
const GethInstallHint = "GOBIN=$HOME/.cache/etherscale/bin go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.8 (or set $" + GethEnv + ")"

// Timeouts of the geth process lifecycle.
const (
	// DefaultStartTimeout bounds StartProcess when ctx has no earlier
	// deadline; geth --dev is usually serving within a few seconds.
	DefaultStartTimeout = 60 * time.Second
	// StopTimeout is how long Stop waits after SIGINT before it kills geth.
	StopTimeout = 15 * time.Second
)

// maxLogBytes bounds the captured geth output; the tail is what explains a
// failure, and a long test run must not grow memory without bound.
const maxLogBytes = 256 << 10

// Errors of the geth process helpers.
var (
	ErrGethNotFound  = errors.New("devnode: geth binary not found")
	ErrProcessExited = errors.New("devnode: geth exited")
)

// httpStartedRE matches geth's "HTTP server started endpoint=HOST:PORT" log
// line. Asking geth for port 0 and reading the port it bound avoids the race
// of picking a free port first and hoping nobody takes it before geth does.
var httpStartedRE = regexp.MustCompile(`HTTP server started.*\bendpoint=(\S+)`)

// FindGeth locates a geth binary: $ETHERSCALE_GETH if set, else
// $HOME/.cache/etherscale/bin/geth, else geth on $PATH. The error wraps
// ErrGethNotFound and says how to install one.
func FindGeth() (string, error) {
	if p := os.Getenv(GethEnv); p != "" {
		if err := checkExecutable(p); err != nil {
			return "", fmt.Errorf("%w: $%s=%s: %v; install one with %s", ErrGethNotFound, GethEnv, p, err, GethInstallHint)
		}
		return p, nil
	}
	if home, err := os.UserHomeDir(); err == nil {
		p := filepath.Join(home, ".cache", "etherscale", "bin", "geth")
		if checkExecutable(p) == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("%w; install it with %s", ErrGethNotFound, GethInstallHint)
}

func checkExecutable(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return err
	}
	if fi.IsDir() || fi.Mode().Perm()&0o111 == 0 {
		return errors.New("not an executable file")
	}
	return nil
}

// ProcessConfig configures a `geth --dev` child process.
type ProcessConfig struct {
	// Binary is the geth executable; "" means FindGeth.
	Binary string
	// DataDir is passed as --datadir; "" means a temporary directory that
	// Stop removes.
	DataDir string
	// Period is --dev.period: 0 seals a block per transaction.
	Period uint64
	// Fund lists addresses that receive FundAmount from the dev account
	// before StartProcess returns.
	Fund []common.Address
	// FundAmount is what each Fund address receives; nil means 10^24 wei.
	FundAmount *big.Int
}

// Process is a running `geth --dev` child process.
type Process struct {
	cmd         *exec.Cmd
	dataDir     string
	tempDataDir bool
	endpoint    string
	logs        *logCapture

	exited  chan struct{} // closed once the process has been reaped
	waitErr error         // valid after exited is closed

	stopOnce sync.Once
	stopErr  error
}

// StartProcess starts geth in developer mode with HTTP JSON-RPC on
// 127.0.0.1 (eth, net, web3), no IPC and no networking, waits until it
// answers, and funds cfg.Fund from geth's dev account with
// eth_sendTransaction, waiting for every receipt.
//
// ctx bounds only the startup (at most DefaultStartTimeout); the process runs
// until Stop. On error nothing is left running and the error carries the tail
// of geth's output.
func StartProcess(ctx context.Context, cfg ProcessConfig) (*Process, error) {
	if cfg.FundAmount != nil && cfg.FundAmount.Sign() < 0 {
		return nil, fmt.Errorf("devnode: negative fund amount %s", cfg.FundAmount)
	}
	if cfg.Period > MaxPeriod {
		return nil, fmt.Errorf("devnode: period %ds exceeds %ds", cfg.Period, MaxPeriod)
	}
	bin := cfg.Binary
	if bin == "" {
		var err error
		if bin, err = FindGeth(); err != nil {
			return nil, err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, DefaultStartTimeout)
	defer cancel()

	p := &Process{dataDir: cfg.DataDir, exited: make(chan struct{})}
	if p.dataDir == "" {
		dir, err := os.MkdirTemp("", "etherscale-geth-")
		if err != nil {
			return nil, fmt.Errorf("devnode: create geth datadir: %w", err)
		}
		p.dataDir, p.tempDataDir = dir, true
	}
	p.logs = newLogCapture(maxLogBytes)
	p.cmd = exec.Command(bin,
		"--dev",
		"--dev.period", strconv.FormatUint(cfg.Period, 10),
		"--datadir", p.dataDir,
		"--http",
		"--http.addr", "127.0.0.1",
		"--http.port", "0",
		"--http.api", "eth,net,web3",
		"--authrpc.port", "0",
		"--ipcdisable",
		"--nodiscover",
		"--maxpeers", "0",
		"--port", "0",
		"--verbosity", "3", // the HTTP endpoint is read from an INFO line
	)
	p.cmd.Env = gethEnv()
	p.cmd.Stdout = p.logs
	p.cmd.Stderr = p.logs
	p.cmd.SysProcAttr = sysProcAttr()
	if err := p.cmd.Start(); err != nil {
		p.removeTempDataDir()
		return nil, fmt.Errorf("devnode: start %s: %w", bin, err)
	}
	go func() {
		p.waitErr = p.cmd.Wait()
		close(p.exited)
	}()

	if err := p.awaitReady(ctx); err != nil {
		return nil, p.abort(err)
	}
	if err := p.fund(ctx, cfg.Fund, cfg.FundAmount); err != nil {
		return nil, p.abort(err)
	}
	return p, nil
}

// abort stops a process that failed to start. That it may have exited on
// its own is already what err says, so only other stop failures are added.
func (p *Process) abort(err error) error {
	if stopErr := p.Stop(); stopErr != nil && !errors.Is(stopErr, ErrProcessExited) {
		return errors.Join(err, stopErr)
	}
	return err
}

// gethEnv is the current environment without GETH_* variables, which geth
// reads as flag values and which would otherwise leak a developer's personal
// settings into tests.
func gethEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GETH_") {
			env = append(env, kv)
		}
	}
	return env
}

// awaitReady waits for geth to announce its HTTP endpoint and answer on it.
func (p *Process) awaitReady(ctx context.Context) error {
	select {
	case ep := <-p.logs.endpoint:
		p.endpoint = "http://" + ep
	case <-p.exited:
		return p.exitError("before serving HTTP")
	case <-ctx.Done():
		return p.failure("wait for HTTP server", ctx.Err())
	}
	ticker := time.NewTicker(50 * time.Millisecond)
	defer ticker.Stop()
	for {
		if err := p.ping(ctx); err == nil {
			return nil
		} else if ctx.Err() != nil {
			return p.failure("wait for RPC", err)
		}
		select {
		case <-p.exited:
			return p.exitError("before answering RPC")
		case <-ctx.Done():
			return p.failure("wait for RPC", ctx.Err())
		case <-ticker.C:
		}
	}
}

func (p *Process) ping(ctx context.Context) error {
	c, err := rpc.DialContext(ctx, p.endpoint)
	if err != nil {
		return err
	}
	defer c.Close()
	_, err = ethclient.NewClient(c).ChainID(ctx)
	return err
}

// fund sends amount to each address from geth's unlocked dev account and
// waits until every transfer is mined.
func (p *Process) fund(ctx context.Context, to []common.Address, amount *big.Int) error {
	if len(to) == 0 {
		return nil
	}
	if amount == nil {
		amount = defaultBalance()
	}
	c, err := rpc.DialContext(ctx, p.endpoint)
	if err != nil {
		return p.failure("dial RPC for funding", err)
	}
	defer c.Close()
	var accounts []common.Address
	if err := c.CallContext(ctx, &accounts, "eth_accounts"); err != nil {
		return p.failure("list dev accounts", err)
	}
	if len(accounts) == 0 {
		return p.failure("fund accounts", errors.New("geth has no dev account"))
	}
	hashes := make([]common.Hash, 0, len(to))
	for _, addr := range to {
		var h common.Hash
		tx := map[string]any{"from": accounts[0], "to": addr, "value": (*hexutil.Big)(amount)}
		if err := c.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			return p.failure(fmt.Sprintf("fund %s", addr), err)
		}
		hashes = append(hashes, h)
	}
	ec := ethclient.NewClient(c)
	ticker := time.NewTicker(50 * time.Millisecond)
	defer ticker.Stop()
	for i, h := range hashes {
		for {
			r, err := ec.TransactionReceipt(ctx, h)
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					return p.failure(fmt.Sprintf("fund %s", to[i]), fmt.Errorf("transfer %s failed", h))
				}
				break
			}
			if !receiptPending(err) {
				return p.failure(fmt.Sprintf("receipt of funding %s", to[i]), err)
			}
			select {
			case <-ctx.Done():
				return p.failure(fmt.Sprintf("wait for funding %s", to[i]), ctx.Err())
			case <-p.exited:
				return p.exitError("while funding accounts")
			case <-ticker.C:
			}
		}
	}
	return nil
}

// receiptPending reports whether a receipt lookup error only means "not
// mined yet". geth answers "transaction indexing is in progress" instead of
// null while its indexer has not caught up, which on a fresh dev chain is
// the case until the first block is sealed.
func receiptPending(err error) bool {
	return errors.Is(err, ethereum.NotFound) || strings.Contains(err.Error(), "transaction indexing is in progress")
}

// HTTPEndpoint returns geth's JSON-RPC URL, "http://127.0.0.1:PORT".
func (p *Process) HTTPEndpoint() string { return p.endpoint }

// DataDir returns the directory geth runs in.
func (p *Process) DataDir() string { return p.dataDir }

// Logs returns the tail of geth's combined stdout and stderr.
func (p *Process) Logs() string { return p.logs.String() }

// Stop interrupts geth, kills it if it has not exited after StopTimeout,
// and removes a temporary data directory. It reports an error if geth had
// already exited on its own, because that means it crashed under the test.
// Stop is idempotent; later calls return the first call's result.
func (p *Process) Stop() error {
	p.stopOnce.Do(func() {
		select {
		case <-p.exited:
			p.stopErr = p.exitError("before Stop")
		default:
			p.stopErr = p.interruptAndWait()
		}
		p.removeTempDataDir()
	})
	return p.stopErr
}

func (p *Process) interruptAndWait() error {
	if err := p.cmd.Process.Signal(os.Interrupt); err != nil {
		// Signal fails only if the process is already gone; Wait tells.
		<-p.exited
		return nil
	}
	timer := time.NewTimer(StopTimeout)
	defer timer.Stop()
	select {
	case <-p.exited:
		return nil
	case <-timer.C:
	}
	killErr := p.cmd.Process.Kill()
	<-p.exited
	if killErr != nil {
		return fmt.Errorf("devnode: kill geth after %s: %w", StopTimeout, killErr)
	}
	return fmt.Errorf("devnode: geth ignored SIGINT for %s and was killed\n%s", StopTimeout, p.logs.Tail(20))
}

func (p *Process) removeTempDataDir() {
	if p.tempDataDir {
		// Best effort: a leftover temp dir is harmless and the caller cannot
		// do anything better about it.
		_ = os.RemoveAll(p.dataDir)
	}
}

func (p *Process) exitError(when string) error {
	return fmt.Errorf("%w %s (%v)\n%s", ErrProcessExited, when, p.waitErr, p.logs.Tail(20))
}

func (p *Process) failure(what string, err error) error {
	return fmt.Errorf("devnode: geth: %s: %w\n%s", what, err, p.logs.Tail(20))
}

// logCapture keeps the tail of geth's output and reports the HTTP endpoint
// once geth logs it. exec copies both pipes into it from separate
// goroutines, hence the mutex.
type logCapture struct {
	mu       sync.Mutex
	buf      []byte
	max      int
	line     []byte // incomplete last line
	found    bool
	endpoint chan string
}

func newLogCapture(max int) *logCapture {
	return &logCapture{max: max, endpoint: make(chan string, 1)}
}

func (l *logCapture) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = append(l.buf, b...)
	if over := len(l.buf) - l.max; over > 0 {
		l.buf = append(l.buf[:0], l.buf[over:]...)
	}
	if !l.found {
		l.line = append(l.line, b...)
		for {
			i := bytes.IndexByte(l.line, '\n')
			if i < 0 {
				break
			}
			if m := httpStartedRE.FindSubmatch(l.line[:i]); m != nil {
				l.found = true
				l.endpoint <- string(m[1])
				l.line = nil
				break
			}
			l.line = l.line[i+1:]
		}
		if len(l.line) > l.max {
			l.line = nil // a runaway line cannot be the one we look for
		}
	}
	return len(b), nil
}

func (l *logCapture) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return string(l.buf)
}

// Tail returns the last n lines of output, indented for error messages.
func (l *logCapture) Tail(n int) string {
	lines := strings.Split(strings.TrimRight(l.String(), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return "geth output (tail):\n\t" + strings.Join(lines, "\n\t")
}
