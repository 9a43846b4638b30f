package dawire

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	gethlog "github.com/ethereum/go-ethereum/log"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/deploy"
)

// MinRetentionMargin is how much longer than DACommittee.liabilityWindow
// (challengeWindow + resolveWindow) a shard's retention must be. The shard
// signs expiry = now + retention, and a certificate is accepted only while
// every expiry is at least block.timestamp + liabilityWindow, so the margin
// is what a sequencer has between the attestation and the block of its
// postBatch, less the skew between the shard's clock and L1's. The default
// retention (da.DefaultRetention, 14 days) leaves far more.
const MinRetentionMargin = time.Minute

// ShardOptions are a shard node's settings, apart from its connections.
type ShardOptions struct {
	DataDir string
	// Listen is the address to bind; ignored when Listener is set.
	Listen string
	// Listener, if set, is already bound (a free port picked before the
	// endpoint is registered).
	Listener net.Listener
	// Wrap, if set, wraps the shard's HTTP API (see da.Server.StartOn).
	Wrap func(http.Handler) http.Handler
	// Register bonds the key in DACommittee first unless it is a member.
	Register bool
	Bond     *big.Int // nil: DACommittee's memberBond
	// Endpoint is the URL registered; "" is http://<bound address>.
	Endpoint string
	// Retention is the shard's promise per attestation (expiry = now +
	// Retention); at least liabilityWindow + MinRetentionMargin.
	Retention     time.Duration // 0: da.DefaultRetention
	PruneInterval time.Duration // 0: da.DefaultPruneInterval
	// AuthTTL bounds how long an isActive answer is cached (0: default).
	AuthTTL time.Duration
}

// StartShard binds the shard's address, registers the member if asked,
// reads its index and the committee parameters from DACommittee and starts
// a da.Server wired to L1 (store access for active sequencers, pruning
// after the DA windows). The server runs until Close; ctx bounds the
// start-up and the pruning loop. tx may be nil unless Register is set.
func StartShard(ctx context.Context, l1 L1, tx contracts.Transactor, dep *deploy.Deployment, key *ecdsa.PrivateKey, o ShardOptions, log *slog.Logger) (_ *da.Server, err error) {
	if dep.Contracts.DACommittee == (common.Address{}) || dep.Contracts.DAChallenge == (common.Address{}) {
		return nil, errors.New("the deployment has no DA committee (contracts.daCommittee/daChallenge)")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ln := o.Listener
	if ln == nil {
		if ln, err = net.Listen("tcp", o.Listen); err != nil {
			return nil, fmt.Errorf("listen %s: %w", o.Listen, err)
		}
	}
	// Until the server owns it, the listener is ours to close.
	served := false
	defer func() {
		if !served {
			ln.Close()
		}
	}()
	self := crypto.PubkeyToAddress(key.PublicKey)
	com := contracts.NewDACommittee(dep.Contracts.DACommittee, l1, tx)
	p, err := com.Params(ctx)
	if err != nil {
		return nil, fmt.Errorf("DACommittee parameters: %w", err)
	}
	member, err := com.IsMember(ctx, self)
	if err != nil {
		return nil, fmt.Errorf("DACommittee.isMember(%s): %w", self, err)
	}
	if !member {
		if !o.Register {
			return nil, fmt.Errorf("%s is not an active DACommittee member (use --register)", self)
		}
		if tx == nil || tx.From() != self {
			return nil, errors.New("registering needs a sender for the shard's key")
		}
		bond := o.Bond
		if bond == nil {
			bond = p.MemberBond
		}
		endpoint := o.Endpoint
		if endpoint == "" {
			endpoint = "http://" + ln.Addr().String()
		}
		if _, err := com.Register(ctx, bond, endpoint); err != nil {
			return nil, fmt.Errorf("register in DACommittee: %w", err)
		}
		log.Info("registered as DA committee member", "address", self, "endpoint", endpoint, "bond", bond)
	}
	index, err := com.IndexOf(ctx, self)
	if err != nil {
		return nil, fmt.Errorf("DACommittee.indexOf(%s): %w", self, err)
	}
	cfg := da.DefaultServerConfig()
	cfg.ListenAddr, cfg.DataDir, cfg.MemberIndex = ln.Addr().String(), o.DataDir, index
	cfg.K, cfg.N = uint16(p.K), uint16(p.N)
	cfg.Domain = com.Domain(dep.L1ChainID)
	if o.Retention > 0 {
		cfg.Retention = o.Retention
	}
	if need := time.Duration(p.LiabilityWindow)*time.Second + MinRetentionMargin; cfg.Retention < need {
		return nil, fmt.Errorf("%w: retention %s is shorter than DACommittee.liabilityWindow (%d s, the DA challenge and resolve windows) + %s: "+
			"the shard's attestations would expire before a certificate could be posted", da.ErrInvalidConfig, cfg.Retention, p.LiabilityWindow, MinRetentionMargin)
	}
	if o.PruneInterval > 0 {
		cfg.PruneInterval = o.PruneInterval
	}
	cfg.Logger = gethlog.NewLogger(log.Handler())
	auth := NewSequencerAuthorizer(contracts.NewSequencerSet(dep.Contracts.SequencerSet, l1, nil), o.AuthTTL)
	fin := NewFinalizer(l1, dep.Contracts.BatchInbox, dep.Contracts.DAChallenge, dep.DeployBlock)
	srv, err := da.NewServer(cfg, key, auth, fin)
	if err != nil {
		return nil, err
	}
	var h http.Handler
	if o.Wrap != nil {
		h = o.Wrap(srv.Handler())
	}
	if err := srv.StartOn(ctx, ln, h); err != nil {
		srv.Close()
		return nil, err
	}
	served = true
	log.Info("DA shard running", "member", index, "address", self, "url", srv.URL(), "k", p.K, "n", p.N)
	return srv, nil
}
