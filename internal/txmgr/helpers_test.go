package txmgr_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// Both clients the project uses must satisfy Backend.
var (
	_ txmgr.Backend = (*ethclient.Client)(nil)
	_ txmgr.Backend = (simulated.Client)(nil)
)

// EVM opcodes used by the hand-assembled test contracts.
const (
	opPUSH1    = 0x60
	opMSTORE   = 0x52
	opCODECOPY = 0x39
	opRETURN   = 0xf3
	opREVERT   = 0xfd
)

// copyAndExit assembles code that copies the n bytes following it (the
// prologue is 12 bytes long) to memory and ends with RETURN or REVERT on
// them. It is the whole of both test contracts: as init code it deploys the
// runtime that follows, as runtime it reverts with the data that follows.
func copyAndExit(t *testing.T, exit byte, payload []byte) []byte {
	t.Helper()
	if len(payload) > 255 {
		t.Fatalf("payload of %d bytes too long for PUSH1", len(payload))
	}
	n := byte(len(payload))
	code := []byte{
		opPUSH1, n, opPUSH1, 12, opPUSH1, 0, opCODECOPY, // memory[0:n] = code[12:12+n]
		opPUSH1, n, opPUSH1, 0, exit, // return/revert memory[0:n]
	}
	return append(code, payload...)
}

// deployCode returns init code that deploys runtime.
func deployCode(t *testing.T, runtime []byte) []byte { return copyAndExit(t, opRETURN, runtime) }

// revertingRuntime returns runtime code that reverts with data on any call.
func revertingRuntime(t *testing.T, data []byte) []byte { return copyAndExit(t, opREVERT, data) }

// answerRuntime returns runtime code that returns the 32-byte word 42.
func answerRuntime() []byte {
	return []byte{opPUSH1, 42, opPUSH1, 0, opMSTORE, opPUSH1, 32, opPUSH1, 0, opRETURN}
}

const inboxErrorsABI = `[{"type":"error","name":"TxTooLarge","inputs":[{"name":"size","type":"uint256"},{"name":"max","type":"uint256"}]}]`

func inboxABI(t *testing.T) *abi.ABI {
	t.Helper()
	a, err := abi.JSON(strings.NewReader(inboxErrorsABI))
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

// errorStringData is the revert data of require(false, reason).
func errorStringData(t *testing.T, reason string) []byte {
	t.Helper()
	typ, _ := abi.NewType("string", "", nil)
	packed, err := abi.Arguments{{Type: typ}}.Pack(reason)
	if err != nil {
		t.Fatal(err)
	}
	return append(crypto.Keccak256([]byte("Error(string)"))[:4], packed...)
}

// txTooLargeData is the revert data of TxTooLarge(size, max).
func txTooLargeData(t *testing.T, size, max int64) []byte {
	t.Helper()
	e := inboxABI(t).Errors["TxTooLarge"]
	data, err := e.Inputs.Pack(big.NewInt(size), big.NewInt(max))
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte(nil), e.ID[:4]...), data...)
}

// testConfig is DefaultConfig with timings suited to a local chain.
func testConfig() txmgr.Config {
	cfg := txmgr.DefaultConfig()
	cfg.PollInterval = 20 * time.Millisecond
	cfg.ReceiptTimeout = 30 * time.Second
	cfg.RetryBackoff = 10 * time.Millisecond
	cfg.RPCTimeout = 5 * time.Second
	return cfg
}

func testCtx(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func startDevnode(t *testing.T, cfg devnode.Config) *devnode.Node {
	t.Helper()
	n, err := devnode.Start(cfg)
	if err != nil {
		t.Fatalf("devnode.Start: %v", err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("devnode Close: %v", err)
		}
	})
	return n
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(c.Close)
	return c
}

func newSender(ctx context.Context, t *testing.T, b txmgr.Backend, key *ecdsa.PrivateKey, cfg txmgr.Config) *txmgr.Sender {
	t.Helper()
	s, err := txmgr.New(ctx, b, key, cfg)
	if err != nil {
		t.Fatalf("txmgr.New: %v", err)
	}
	return s
}

// deploy creates a contract with the given runtime and returns its address.
func deploy(ctx context.Context, t *testing.T, s *txmgr.Sender, runtime []byte) common.Address {
	t.Helper()
	r, err := s.Send(ctx, txmgr.Candidate{Data: deployCode(t, runtime)})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if r.ContractAddress == (common.Address{}) {
		t.Fatal("deploy: receipt has no contract address")
	}
	return r.ContractAddress
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
