package sequencerset

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// runLoad sends cfg.Load transfers per second, round-robin among the load
// keys, each to the next key's address. Nonces come from the pending state,
// so the generator and other users of the same keys never race.
func (s *Sequencer) runLoad(ctx context.Context) {
	keys := s.deps.LoadKeys
	chainID := new(big.Int).SetUint64(s.pool.rules.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	// Twice the base fee, no tip: the fee charged is the base fee.
	feeCap := new(big.Int).Mul(s.pool.baseFee().ToBig(), big.NewInt(2))
	t := time.NewTicker(time.Second)
	defer t.Stop()
	next, sent, rejected := 0, 0, 0
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for range s.cfg.Load {
			from, to := keys[next%len(keys)], keys[(next+1)%len(keys)]
			next++
			if err := s.sendTransfer(ctx, signer, chainID, feeCap, from, to); err != nil {
				rejected++
				s.log.Debug("load tx rejected", "err", err)
				continue
			}
			sent++
		}
		if sent%(10*s.cfg.Load) < s.cfg.Load {
			s.log.Debug("load", "sent", sent, "rejected", rejected)
		}
	}
}

func (s *Sequencer) sendTransfer(ctx context.Context, signer types.Signer, chainID, feeCap *big.Int, from, to *ecdsa.PrivateKey) error {
	acc, err := s.pool.account(crypto.PubkeyToAddress(from.PublicKey), true)
	if err != nil {
		return err
	}
	dst := crypto.PubkeyToAddress(to.PublicKey)
	tx, err := types.SignNewTx(from, signer, &types.DynamicFeeTx{
		ChainID: chainID, Nonce: acc.Nonce, GasTipCap: new(big.Int), GasFeeCap: feeCap, Gas: 21000, To: &dst, Value: big.NewInt(1),
	})
	if err != nil {
		return fmt.Errorf("sign load tx: %w", err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	return s.Submit(ctx, raw)
}
