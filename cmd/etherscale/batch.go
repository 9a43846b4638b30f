package main

import (
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/sequencerset"
)

func batchCommand() *cli.Command {
	return &cli.Command{
		Name:  "batch",
		Usage: "post and inspect L2 batches",
		Subcommands: []*cli.Command{
			batchFetchCommand(),
			{
				Name:  "post",
				Usage: "post the next batch, in calldata mode or through the DA committee (training-wheels sequencer)",
				Description: `Follows L1 to rebuild the L2 state (genesis, every posted batch and the inbox
entries they consumed), consumes every queued inbox entry, applies the
transactions of --txs, and posts the header signed by the key, which must be
an active sequencer (etherscale sequencer register). The header's state root
is the true post-state root unless --state-root overrides it, which stages a
fault for a dispute game to catch.

With --da shards the batch data is dispersed to the DA committee registered
in BatchInbox (the key signs the store requests) and the header is posted in
certificate mode with the committee's certificate instead of the data. If
fewer members than the threshold attest, nothing is posted.`,
				Flags: append(l1Flags(),
					&cli.PathFlag{Name: "txs", Usage: "transactions file: one 0x-hex raw signed L2 transaction per line (default: none)"},
					&cli.StringFlag{Name: "state-root", Usage: "post this state root instead of the true one (staging a fault)"},
					&cli.StringFlag{Name: "da", Value: sequencerset.DAModeCalldata, Usage: "where the batch data goes: calldata, or shards (DA committee certificate)"},
					&cli.DurationFlag{Name: "da-timeout", Value: da.DefaultClientConfig().RequestTimeout, Usage: "per-request timeout for DA committee members"},
				),
				Action: batchPost,
			},
			{
				Name:      "show",
				Usage:     "show a posted batch and its true state root from local replay",
				ArgsUsage: "N",
				Flags:     readFlags(),
				Action:    batchShow,
			},
			{
				Name:      "prove-malformed",
				Usage:     "void a batch whose data does not match its header, slashing its signers",
				ArgsUsage: "N",
				Description: `Reads batch N's header, signers and data (certificate batches from the DA
committee or a challenge resolution), checks the data against the header by
BatchInbox's rules (canonical RLP list of byte strings, txCount, txRoot,
dataLength) and, only if it is malformed, sends BatchInbox.proveMalformed
with the key: the batch becomes void (its transactions no-ops), every signer
is slashed and the key is credited the reward (etherscale watch does this by
itself). It must be mined by the batch's malformed deadline, postedAt +
da.challengeWindow.`,
				Flags:  l1Flags(),
				Action: batchProveMalformed,
			},
			{
				Name:   "list",
				Usage:  "list posted batches, flagging posted roots that differ from local replay",
				Flags:  readFlags(),
				Action: batchList,
			},
		},
	}
}

// follow syncs the L2 chain from the session's deployment, reading
// certificate batches from the DA committee (or a challenge resolution).
// A chain that stops before a batch it cannot rebuild is returned with a
// warning on stderr: games and batches before that one are still shown and
// played, and queries on it or later ones fail naming the stop.
func follow(c *cli.Context, s *l1Session) (*l2chain.Chain, error) {
	inbox := contracts.NewInbox(s.dep.Contracts.Inbox, s.client, nil)
	bi := contracts.NewBatchInbox(s.dep.Contracts.BatchInbox, s.client, nil)
	f := l2chain.New(inbox, bi, &s.dep.Config.Genesis, s.dep.DeployBlock)
	f.SetDataSource(dawire.NewFetcher(s.client, s.dep.Contracts.BatchInbox, s.dep.DeployBlock, da.DefaultRetrieverConfig()))
	chain, err := f.Sync(c.Context)
	if err != nil {
		return nil, err
	}
	if st := chain.Stop; st != nil {
		log, err := newLogger(c)
		if err != nil {
			return nil, err
		}
		msg := "the follower cannot rebuild this batch; later ones are not replayed"
		if st.Reason == l2chain.StopMalformed {
			msg += " (etherscale batch prove-malformed voids it before its malformed deadline)"
		}
		log.Warn(msg, "batch", st.Batch, "reason", st.Reason, "err", st.Err)
	}
	return chain, nil
}

type batchOut struct {
	Number      uint64                 `json:"number"`
	HeaderHash  string                 `json:"headerHash"`
	Header      *contracts.BatchHeader `json:"header,omitempty"`
	Poster      string                 `json:"poster"`
	Signers     []common.Address       `json:"signers,omitempty"`
	L1Block     uint64                 `json:"l1Block"`
	Void        bool                   `json:"void"`
	Forced      bool                   `json:"forced"`
	Entries     int                    `json:"entries"`
	Txs         int                    `json:"txs"`
	StateRoot   string                 `json:"stateRoot"`
	TrueRoot    string                 `json:"trueRoot"`
	RootCorrect bool                   `json:"rootCorrect"`
}

func toBatchOut(b *l2chain.Batch, full bool) batchOut {
	h := b.Posted.Header
	out := batchOut{
		Number: h.Number, HeaderHash: b.Posted.HeaderHash.Hex(), Poster: b.Posted.Poster.Hex(), L1Block: b.Posted.Block,
		Void: b.Input.Void, Forced: b.Posted.Forced, Entries: len(b.Input.Entries), Txs: len(b.Input.Txs),
		StateRoot: h.StateRoot.Hex(), TrueRoot: b.PostRoot.Hex(), RootCorrect: h.StateRoot == b.PostRoot,
	}
	if full {
		out.Header, out.Signers = &h, b.Posted.Signers
	}
	return out
}

func batchPost(c *cli.Context) error {
	var txs [][]byte
	if path := c.Path("txs"); path != "" {
		var err error
		if txs, err = replay.ReadTxsFile(path); err != nil {
			return err
		}
	}
	daMode := c.String("da")
	if daMode != sequencerset.DAModeCalldata && daMode != sequencerset.DAModeShards {
		return fmt.Errorf("--da: want %s or %s, not %q", sequencerset.DAModeCalldata, sequencerset.DAModeShards, daMode)
	}
	var override *common.Hash
	if v := c.String("state-root"); v != "" {
		b := common.FromHex(v)
		if len(b) != common.HashLength {
			return fmt.Errorf("--state-root: want 32 bytes of hex")
		}
		h := common.BytesToHash(b)
		override = &h
	}
	s, err := openL1(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	// The sender holds the key but does not expose it; signing needs it too.
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	pcfg := sequencerset.PosterConfig{DAMode: daMode, Client: da.DefaultClientConfig(), Retriever: da.DefaultRetrieverConfig()}
	pcfg.Client.RequestTimeout = c.Duration("da-timeout")
	pcfg.Retriever.RequestTimeout = c.Duration("da-timeout")
	poster, err := sequencerset.NewPosterWithConfig(s.client, s.sender, key, sequencerset.RollupOf(s.dep), pcfg)
	if err != nil {
		return err
	}
	// Every member should get its chunk, not only the threshold.
	defer poster.Close()
	b, err := poster.Build(c.Context, txs)
	if err != nil {
		return err
	}
	res, entries := b.Result, b.Entries
	root := b.TrueRoot
	if override != nil {
		root = *override
	}
	pb, err := poster.Post(c.Context, b, root)
	if err != nil {
		return err
	}
	out := struct {
		Number     uint64 `json:"number"`
		HeaderHash string `json:"headerHash"`
		StateRoot  string `json:"stateRoot"`
		TrueRoot   string `json:"trueRoot"`
		Entries    int    `json:"entries"`
		Txs        int    `json:"txs"`
		L1Tx       string `json:"l1Tx"`
		DAMode     string `json:"daMode"`
		DataRoot   string `json:"dataRoot"`
	}{pb.Header.Number, pb.HeaderHash.Hex(), root.Hex(), res.Root.Hex(), len(entries), len(txs), pb.TxHash.Hex(), daMode, pb.Header.DataRoot.Hex()}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, out)
	}
	fmt.Fprintf(c.App.Writer, "batch       %d\nheader      %s\nstate root  %s\nentries     %d\ntxs         %d\nL1 tx       %s\nDA mode     %s\ndata root   %s\n", out.Number, out.HeaderHash, out.StateRoot, out.Entries, out.Txs, out.L1Tx, out.DAMode, out.DataRoot)
	if override != nil && root != res.Root {
		fmt.Fprintf(c.App.Writer, "WARNING     the posted root is wrong on purpose; true root %s\n", out.TrueRoot)
	}
	return nil
}

// batchNumberArg is the one positional argument of batch show and batch
// prove-malformed (flags may come after it).
func batchNumberArg(c *cli.Context) (uint64, error) {
	args, err := argsWithFlags(c)
	if err != nil {
		return 0, err
	}
	if len(args) != 1 {
		return 0, fmt.Errorf("want one argument, the batch number")
	}
	n, err := strconv.ParseUint(args[0], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("invalid batch number %q: %w", args[0], err)
	}
	return n, nil
}

func batchShow(c *cli.Context) error {
	n, err := batchNumberArg(c)
	if err != nil {
		return err
	}
	s, err := openL1(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	chain, err := follow(c, s)
	if err != nil {
		return err
	}
	b, err := chain.Batch(n)
	if err != nil {
		return err
	}
	out := toBatchOut(b, true)
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, out)
	}
	w := c.App.Writer
	h := out.Header
	fmt.Fprintf(w, "batch        %d\nheader hash  %s\nparent       %s\nqueue        [%d, %d)\ntxs          %d (txRoot %s)\ndata         %d bytes, hash %s\nl2 time      %s\nposter       %s\nsigners      %v\nL1 block     %d\nvoid         %v\nforced       %v\n",
		h.Number, out.HeaderHash, h.ParentHash.Hex(), h.QueueStart, h.QueueEnd, h.TxCount, h.TxRoot.Hex(), h.DataLength, h.DataHash.Hex(), humanTime(h.L2Timestamp), out.Poster, out.Signers, out.L1Block, out.Void, out.Forced)
	fmt.Fprintf(w, "state root   %s\ntrue root    %s\n", out.StateRoot, out.TrueRoot)
	if !out.RootCorrect {
		fmt.Fprintln(w, "             WRONG: the posted root differs from local replay")
	}
	return nil
}

type malformedOut struct {
	Number  uint64         `json:"number"`
	Reason  string         `json:"reason"`
	Prover  common.Address `json:"prover"`
	Signers []string       `json:"signers"`
	L1Tx    string         `json:"l1Tx"`
	L1Block uint64         `json:"l1Block"`
}

func batchProveMalformed(c *cli.Context) error {
	n, err := batchNumberArg(c)
	if err != nil {
		return err
	}
	s, err := openL1(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	bi := contracts.NewBatchInbox(s.dep.Contracts.BatchInbox, s.client, s.sender)
	bi.SetDeployBlock(s.dep.DeployBlock)
	ds := dawire.NewFetcher(s.client, s.dep.Contracts.BatchInbox, s.dep.DeployBlock, da.DefaultRetrieverConfig())
	defer ds.Close()
	p, err := l2chain.ProveMalformed(c.Context, bi, ds, n)
	if err != nil {
		return err
	}
	out := malformedOut{Number: n, Reason: p.Voided.Reason.String(), Prover: p.Voided.Prover, L1Tx: p.Receipt.TxHash.Hex(), L1Block: p.Receipt.BlockNumber.Uint64()}
	for _, a := range p.Posted.Signers {
		out.Signers = append(out.Signers, a.Hex())
	}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, out)
	}
	fmt.Fprintf(c.App.Writer, "batch       %d\nvoid        yes (%s)\nslashed     %v\nprover      %s\nL1 tx       %s\n", out.Number, out.Reason, out.Signers, out.Prover.Hex(), out.L1Tx)
	return nil
}

func batchList(c *cli.Context) error {
	s, err := openL1(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	chain, err := follow(c, s)
	if err != nil {
		return err
	}
	outs := make([]batchOut, 0, len(chain.Batches))
	for _, b := range chain.Batches {
		outs = append(outs, toBatchOut(b, false))
	}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, outs)
	}
	fmt.Fprintf(c.App.Writer, "%6s  %-66s  %7s  %4s  %s\n", "batch", "state root", "entries", "txs", "replay check")
	for _, o := range outs {
		mark := "ok"
		if !o.RootCorrect {
			mark = "WRONG (true " + o.TrueRoot + ")"
		}
		if o.Void {
			mark += " void"
		}
		fmt.Fprintf(c.App.Writer, "%6d  %s  %7d  %4d  %s\n", o.Number, o.StateRoot, o.Entries, o.Txs, mark)
	}
	return nil
}
