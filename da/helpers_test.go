package da

import (
	"context"
	"crypto/ecdsa"
	"math/rand"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
)

var testDomain = Domain{ChainID: 31337, VerifyingContract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

// deterministic key i (tests and vectors).
func testKey(i int) *ecdsa.PrivateKey {
	var b [32]byte
	b[31] = byte(i + 1)
	b[0] = 0x42
	k, err := crypto.ToECDSA(b[:])
	if err != nil {
		panic(err)
	}
	return k
}

func testData(size int, seed int64) []byte {
	b := make([]byte, size)
	rand.New(rand.NewSource(seed)).Read(b)
	return b
}

type cluster struct {
	t       testing.TB
	k, n    int
	seq     *ecdsa.PrivateKey
	keys    []*ecdsa.PrivateKey
	dirs    []string
	servers []*Server
	snap    *CommitteeSnapshot
	cfgs    []ServerConfig
}

func newCluster(t testing.TB, k, n, threshold int, tweak func(i int, c *ServerConfig)) *cluster {
	t.Helper()
	c := &cluster{t: t, k: k, n: n, seq: testKey(100), snap: &CommitteeSnapshot{Threshold: threshold}}
	for i := 0; i < n; i++ {
		c.keys = append(c.keys, testKey(i))
		c.dirs = append(c.dirs, t.TempDir())
		cfg := DefaultServerConfig()
		cfg.ListenAddr = "127.0.0.1:0"
		cfg.DataDir = c.dirs[i]
		cfg.MemberIndex = uint32(i)
		cfg.K, cfg.N = uint16(k), uint16(n)
		cfg.Domain = testDomain
		cfg.RateLimit, cfg.RateBurst = 1e6, 1e6
		cfg.ClientRate, cfg.ClientBurst = 1e6, 1e6
		cfg.UntrustedPutRate, cfg.UntrustedPutBurst = 1e6, 1e6
		cfg.Logger = log.NewLogger(log.DiscardHandler())
		if tweak != nil {
			tweak(i, &cfg)
		}
		c.cfgs = append(c.cfgs, cfg)
		s := c.start(i, cfg)
		c.servers = append(c.servers, s)
		c.snap.Members = append(c.snap.Members, Member{Index: uint32(i), Address: crypto.PubkeyToAddress(c.keys[i].PublicKey), Endpoint: s.URL()})
	}
	t.Cleanup(func() {
		for _, s := range c.servers {
			s.Kill()
		}
	})
	return c
}

func (c *cluster) start(i int, cfg ServerConfig) *Server {
	c.t.Helper()
	s, err := NewServer(cfg, c.keys[i], AllowList{crypto.PubkeyToAddress(c.seq.PublicKey): true}, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		c.t.Fatal(err)
	}
	return s
}

// restart reopens member i on the same data dir and address.
func (c *cluster) restart(i int) {
	c.t.Helper()
	cfg := c.cfgs[i]
	cfg.ListenAddr = c.servers[i].Addr()
	var s *Server
	var err error
	for try := 0; try < 50; try++ { // the port may linger briefly
		s, err = NewServer(cfg, c.keys[i], AllowList{crypto.PubkeyToAddress(c.seq.PublicKey): true}, nil)
		if err == nil {
			if err = s.Start(context.Background()); err == nil {
				break
			}
			s.Kill()
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		c.t.Fatal(err)
	}
	c.servers[i] = s
}

func fastClient() ClientConfig {
	return ClientConfig{RequestTimeout: 2 * time.Second, MaxRetries: 1, RetryBackoff: 10 * time.Millisecond}
}

func (c *cluster) disperser(cc ClientConfig) *Disperser {
	c.t.Helper()
	d, err := NewDisperser(DisperserConfig{ClientConfig: cc, K: c.k, Domain: testDomain}, c.snap, c.seq, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return d
}

func (c *cluster) retriever(cc ClientConfig, exhaustive bool) *Retriever {
	c.t.Helper()
	r, err := NewRetriever(RetrieverConfig{ClientConfig: cc, MaxDecodeAttempts: 64, Exhaustive: exhaustive}, c.snap, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return r
}

// deadEndpoint returns an address nothing listens on.
func deadEndpoint() string { return "http://127.0.0.1:1" }

var _ = http.StatusOK
