package txmgr_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// blockFiller deploys a contract whose code loops until it runs out of gas
// and returns a function that, each call, submits one call to it that uses
// a whole block's gas at a high tip: an attacker keeping the honest side's
// transactions out by outbidding them for every block.
func blockFiller(t *testing.T, env *simbackend.Env, tip *big.Int) func() {
	t.Helper()
	ctx := testCtx(t, 2*time.Minute)
	raw := env.Backend.Client()
	key := env.Keys[1]
	signer := types.LatestSignerForChainID(env.ChainID)
	// init: return the 4-byte runtime JUMPDEST PUSH1 0 JUMP (an endless loop).
	initCode := common.FromHex("635b6000566000526004601cf3")
	nonce, err := raw.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	deploy := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: env.ChainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 100_000, Data: initCode})
	if err := raw.SendTransaction(ctx, deploy); err != nil {
		t.Fatal(err)
	}
	env.Commit()
	r, err := raw.TransactionReceipt(ctx, deploy.Hash())
	if err != nil || r.Status != 1 {
		t.Fatalf("deploy the filler: %v %v", r, err)
	}
	burner := r.ContractAddress
	return func() {
		t.Helper()
		head, err := raw.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Four calls of a quarter block each (a transaction may use at most
		// 2^24 gas), leaving fillerSlack: less than the gas limit of the
		// transaction kept out, more than the next block's limit can move.
		for range 4 {
			nonce++
			tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: env.ChainID, Nonce: nonce, GasTipCap: tip,
				GasFeeCap: new(big.Int).Add(new(big.Int).Lsh(head.BaseFee, 1), tip), Gas: (head.GasLimit - fillerSlack) / 4, To: &burner})
			if err := raw.SendTransaction(ctx, tx); err != nil {
				t.Fatal(err)
			}
		}
		// The pool promotes transactions in the background: seal only once
		// all four are pending, or the block may hold three and leave room.
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
			if n, err := raw.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey)); err == nil && n > nonce {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("filler transactions not pending after 5 s")
			}
		}
	}
}

// fillerSlack is the gas the filler leaves in each block; keptOutGas, the
// gas limit of the transaction it keeps out, is above it (by more than a
// block's limit can change, 1/1024), so that transaction never fits beside
// the filler and lands only by outbidding it.
const (
	fillerSlack = 2_000_000
	keptOutGas  = 5_000_000
)

// TestFeeBumpOutbidsBlockFiller: an attacker fills every block with a
// higher tip than ours. Without replacement our transaction never lands;
// with BumpInterval the Sender re-signs the same nonce with 15 % more until
// it outbids the filler, and Send returns the replacement's receipt.
func TestFeeBumpOutbidsBlockFiller(t *testing.T) {
	for _, bump := range []bool{false, true} {
		name := map[bool]string{false: "no bump: stays out", true: "bump: lands"}[bump]
		t.Run(name, func(t *testing.T) {
			env := simbackend.New(t, 2)
			fillerTip := big.NewInt(5e9)
			fill := blockFiller(t, env, fillerTip)
			cfg := simbackend.SenderConfig()
			cfg.PollInterval, cfg.ReceiptTimeout = 10*time.Millisecond, 30*time.Second
			cfg.MinTipCap, cfg.BumpInterval = big.NewInt(1e9), 0
			if bump {
				cfg.BumpInterval = 50 * time.Millisecond
			}
			ctx := testCtx(t, 60*time.Second)
			s := newSender(ctx, t, env.Backend.Client(), env.Keys[0], cfg)
			to := common.HexToAddress("0x0000000000000000000000000000000000000b0b")
			type result struct {
				r   *types.Receipt
				err error
			}
			done := make(chan result, 1)
			sctx, cancel := context.WithCancel(ctx)
			defer cancel()
			var signed []common.Hash // written by the Sender's goroutine, read after done
			go func() {
				r, err := s.Send(sctx, txmgr.Candidate{To: &to, Value: big.NewInt(1), GasLimit: keptOutGas,
					OnSigned: func(tx *types.Transaction) { signed = append(signed, tx.Hash()) }})
				done <- result{r, err}
			}()
			blocks := 0
			for {
				select {
				case res := <-done:
					if !bump {
						if errors.Is(res.err, txmgr.ErrReceiptTimeout) {
							return // still out when the wait ran out (a slow run)
						}
						t.Fatalf("landed without bumping: %+v %v", res.r, res.err)
					}
					if res.err != nil {
						t.Fatalf("Send: %v", res.err)
					}
					tx, _, err := env.Backend.Client().TransactionByHash(ctx, res.r.TxHash)
					if err != nil {
						t.Fatal(err)
					}
					if len(signed) < 2 || !slices.Contains(signed, res.r.TxHash) {
						t.Fatalf("OnSigned saw %d transactions, the last %v; mined %s", len(signed), signed, res.r.TxHash)
					}
					if tx.Nonce() != 0 || tx.GasTipCap().Cmp(fillerTip) <= 0 {
						t.Fatalf("mined nonce %d with tip %s, want nonce 0 above the filler's %s", tx.Nonce(), tx.GasTipCap(), fillerTip)
					}
					t.Logf("landed after %d filled blocks with tip %s wei (filler %s wei)", blocks, tx.GasTipCap(), fillerTip)
					return
				case <-time.After(40 * time.Millisecond):
				}
				if !bump && blocks == 10 {
					return // 10 blocks out: the control case holds
				}
				if blocks == 10 {
					t.Fatal("not landed after 10 filled blocks")
				}
				fill()
				env.Commit()
				blocks++
			}
		})
	}
}
