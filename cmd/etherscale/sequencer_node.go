package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"strings"

	"github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/sequencerset"
	"github.com/etherscale/etherscale/sequencerset/node"
)

var homeFlag = &cli.PathFlag{Name: "home", EnvVars: env("HOME_DIR"), Value: "sequencer-home", Usage: "the validator's home: CometBFT config, keys and databases, the application's store"}

// sequencerNodeCommands are the BFT node's commands: init a home,
// derive the shared genesis from L1, run the validator.
func sequencerNodeCommands() []*cli.Command {
	return []*cli.Command{
		{
			Name:  "init",
			Usage: "write a validator's home (CometBFT keys and config) and print what to register",
			Flags: []cli.Flag{homeFlag, jsonFlag,
				&cli.StringFlag{Name: "p2p", Value: "127.0.0.1:26656", Usage: "host:port for peers"},
				&cli.StringFlag{Name: "rpc", Value: "127.0.0.1:8547", Usage: "host:port of the Ethereum JSON-RPC"},
				&cli.StringFlag{Name: "moniker", Usage: "the node's name"},
			},
			Action: sequencerInit,
		},
		{
			Name:  "genesis",
			Usage: "derive the consensus genesis from L1's sequencer set into the home (every operator gets the same file)",
			Flags: append(l1Flags(), homeFlag,
				&cli.StringFlag{Name: "da", Usage: "where the set puts batch data: shards (the DA committee; the default when BatchInbox has one) or calldata"}),
			Action: sequencerGenesis,
		},
		{
			Name:   "run",
			Usage:  "run the validator: CometBFT, the Ethereum JSON-RPC, the batch poster",
			Flags:  append(l1Flags(), homeFlag, &cli.StringFlag{Name: "peers", Usage: "id@host:port,... (default: the endpoints registered in SequencerSet)"}),
			Action: sequencerRun,
		},
	}
}

func sequencerInit(c *cli.Context) error {
	id, err := node.Init(c.Path(homeFlag.Name), node.InitOptions{Moniker: c.String("moniker"), P2PAddr: c.String("p2p"), RPCAddr: c.String("rpc")})
	if err != nil {
		return err
	}
	return printIdentity(c, id)
}

func printIdentity(c *cli.Context, id node.Identity) error {
	out := struct {
		NodeID       string `json:"nodeId"`
		ConsensusKey string `json:"consensusKey"`
		Endpoint     string `json:"endpoint"`
	}{id.NodeID, common.Bytes2Hex(id.ConsensusKey), id.Endpoint()}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, out)
	}
	fmt.Fprintf(c.App.Writer, "home           %s\nnode id        %s\nconsensus key  %s\nendpoint       %s\n\nnext: etherscale sequencer register --home %s (bonds the L1 key with this consensus key and endpoint)\n",
		c.Path(homeFlag.Name), out.NodeID, out.ConsensusKey, out.Endpoint, c.Path(homeFlag.Name))
	return nil
}

func sequencerGenesis(c *cli.Context) error {
	s, err := openL1(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	set := contracts.NewSequencerSet(s.dep.Contracts.SequencerSet, s.client, nil)
	bi := contracts.NewBatchInbox(s.dep.Contracts.BatchInbox, s.client, nil)
	mode := c.String("da")
	if mode == "" {
		mode = sequencerset.DAModeCalldata
		if addr, err := bi.DACommitteeAddress(c.Context); err == nil && addr != (common.Address{}) {
			mode = sequencerset.DAModeShards
		}
	}
	doc, err := node.BuildGenesis(c.Context, set, bi, sequencerset.RollupOf(s.dep), mode)
	if err != nil {
		return err
	}
	path := node.GenesisFile(c.Path(homeFlag.Name))
	if err := doc.SaveAs(path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(raw)
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, map[string]any{"genesis": path, "sha256": common.Bytes2Hex(sum[:]), "validators": len(doc.Validators), "chainId": doc.ChainID, "daMode": mode})
	}
	fmt.Fprintf(c.App.Writer, "genesis     %s\nsha256      %x\nchain id    %s\nDA mode     %s\nvalidators  %d\n", path, sum, doc.ChainID, mode, len(doc.Validators))
	for _, v := range doc.Validators {
		fmt.Fprintf(c.App.Writer, "  %s  power %d\n", v.Name, v.Power)
	}
	return nil
}

func sequencerRun(c *cli.Context) error {
	home := c.Path(homeFlag.Name)
	if _, err := types.GenesisDocFromFile(node.GenesisFile(home)); err != nil {
		return fmt.Errorf("%w (run `etherscale sequencer genesis --home %s` once every validator registered)", err, home)
	}
	addrs, err := node.LoadAddresses(home)
	if err != nil {
		return err
	}
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	s, err := openL1(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	var peers []string
	if v := c.String("peers"); v != "" {
		peers = strings.Split(v, ",")
	}
	n, err := node.New(c.Context, node.Config{
		Home: home, P2PAddr: addrs.P2P, RPCAddr: addrs.RPC, Peers: peers,
		L1: s.client, Tx: s.sender, Key: key, Rollup: sequencerset.RollupOf(s.dep), Log: log,
	})
	if err != nil {
		return err
	}
	return n.Run(c.Context)
}
