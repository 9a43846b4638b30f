package app

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"slices"
	"testing"

	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
)

// TestCertificateThresholdVectors: the application's certificate check
// gives the verdict of the vectors BatchInbox is tested against
// (contracts: TestCertificateThresholdVectors), for validator sets whose
// powers validatorsOf would give (contracts.StakePower of each weight).
func TestCertificateThresholdVectors(t *testing.T) {
	data, err := os.ReadFile("../../testdata/certificate/threshold.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors []struct {
		Name    string   `json:"name"`
		Weights []string `json:"weights"`
		Signers []int    `json:"signers"`
		Quorum  bool     `json:"quorum"`
	}
	if err := json.Unmarshal(data, &vectors); err != nil {
		t.Fatal(err)
	}
	hdr := &contracts.BatchHeader{Number: 1, StateRoot: common.Hash{1}}
	digest := contracts.HeaderDigest(hdr.Hash(), testL1ChainID, testInbox)
	tested := 0
	for _, v := range vectors {
		t.Run(v.Name, func(t *testing.T) {
			var vals []Validator
			keys := make(map[common.Address]*ecdsa.PrivateKey)
			for _, s := range v.Weights {
				w, _ := new(big.Int).SetString(s, 10)
				p, err := contracts.StakePower(w)
				if err != nil {
					t.Skipf("no CometBFT validator: %v", err)
				}
				k, _ := crypto.GenerateKey()
				addr := crypto.PubkeyToAddress(k.PublicKey)
				keys[addr] = k
				vals = append(vals, Validator{L1: addr, PubKey: ed25519.GenPrivKey().PubKey().Bytes(), Power: p})
			}
			a := &App{cfg: Config{L1ChainID: testL1ChainID, BatchInbox: testInbox}}
			a.meta.PrevBatch, a.meta.PrevHeader = 1, hdr
			a.last = newValSet(vals)
			c := &Certificate{Batch: 1, HeaderHash: hdr.Hash()}
			for _, i := range v.Signers {
				c.Signers = append(c.Signers, vals[i].L1)
			}
			slices.SortFunc(c.Signers, func(x, y common.Address) int { return x.Cmp(y) })
			for _, s := range c.Signers {
				sig, err := crypto.Sign(digest.Bytes(), keys[s])
				if err != nil {
					t.Fatal(err)
				}
				sig[64] += 27
				c.Sigs = append(c.Sigs, sig)
			}
			err := a.checkCertificate(c)
			if (err == nil) != v.Quorum || (err != nil && !errors.Is(err, ErrBadCertificate)) {
				t.Fatalf("checkCertificate: %v, vector's quorum %v", err, v.Quorum)
			}
			tested++
		})
	}
	if tested < len(vectors)-2 {
		t.Fatalf("only %d of %d vectors apply to the app", tested, len(vectors))
	}
}
