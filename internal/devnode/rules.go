package devnode

import "github.com/ethereum/go-ethereum/params"

// ChainConfig returns the fork rules of the embedded node and of the
// simulated backend: geth --dev's dev chain (chain id 1337, every fork active
// from genesis) up to Osaka, without the "Bogota" fork that go-ethereum
// v1.17.8 also enables in dev mode. Bogota carries the unreleased Amsterdam
// repricing (EIP-8037 state-gas metering, EIP-8038), under which a fresh
// storage slot costs several times what it does on mainnet; gas measured under
// it would say nothing about what L1 operations cost. A real `geth --dev`
// process still runs Bogota; only gas numbers differ, and nothing here
// depends on exact gas.
func ChainConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil
	return &cfg
}
