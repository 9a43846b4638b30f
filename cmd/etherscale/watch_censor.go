package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/watcher"
)

// The censorship side of `etherscale watch` (docs/PROTOCOL.md §10): the
// service's flags for it, and the two client commands that talk to a
// running watcher over its HTTP address (--metrics-addr).

var (
	sequencerRPCFlag = &cli.StringSliceFlag{
		Name: "sequencer-rpc", EnvVars: env("SEQUENCER_RPC"),
		Usage: "L2 JSON-RPC URL of a sequencer; tracked transactions are submitted to each (repeat or comma-separate)",
	}
	forceAfterFlag = &cli.DurationFlag{
		Name: "force-after", Value: watcher.DefaultConfig().ForceAfter, EnvVars: env("FORCE_AFTER"),
		Usage: "force a tracked transaction through the inbox, at this watcher's expense, when it is still valid and not included this long after it was handed over while batches land",
	}
	forcePerSenderFlag = &cli.IntFlag{
		Name: "force-per-sender", Value: watcher.DefaultConfig().ForcePerSender, EnvVars: env("FORCE_PER_SENDER"),
		Usage: "transactions of one L2 sender forced per 24 h at most (0: track and report, never pay to force)",
	}
	noForcedBatchesFlag = &cli.BoolFlag{
		Name: "no-forced-batches", EnvVars: env("NO_FORCED_BATCHES"),
		Usage: "report overdue inbox entries but do not post the forced batch",
	}
	equivocationRPCFlag = &cli.StringFlag{
		Name: "equivocation-rpc", Value: watcher.EquivocationRegistered, EnvVars: env("EQUIVOCATION_RPC"),
		Usage: "whom the equivocation detector asks for signed batch headers: registered (the --sequencer-rpc URLs and the http(s) endpoints registered in SequencerSet, chosen by whoever bonds), listed (--sequencer-rpc only) or off",
	}
	watcherURLFlag = &cli.StringFlag{
		Name: "watcher", Value: "http://127.0.0.1:8548", EnvVars: env("WATCHER"),
		Usage: "the running watcher's HTTP address (its --metrics-addr)",
	}
)

// censorFlags are watch's flags for the censorship detectors.
func censorFlags() []cli.Flag {
	return []cli.Flag{sequencerRPCFlag, forceAfterFlag, forcePerSenderFlag, noForcedBatchesFlag, equivocationRPCFlag}
}

// censorConfig applies them.
func censorConfig(c *cli.Context, cfg *watcher.Config) {
	for _, u := range c.StringSlice(sequencerRPCFlag.Name) {
		for _, p := range strings.Split(u, ",") {
			if p = strings.TrimSpace(p); p != "" {
				cfg.SequencerRPCs = append(cfg.SequencerRPCs, p)
			}
		}
	}
	cfg.ForceAfter = c.Duration(forceAfterFlag.Name)
	cfg.ForcePerSender = c.Int(forcePerSenderFlag.Name)
	cfg.PostForcedBatches = !c.Bool(noForcedBatchesFlag.Name)
	cfg.EquivocationSources = c.String(equivocationRPCFlag.Name)
}

// optionalFlags returns flags with Required cleared: watch has
// subcommands (track, status) that need none of the service's flags, and
// the service checks them itself (data dir in Config.Validate, --l1 and
// --deployment when it connects).
func optionalFlags(flags []cli.Flag) []cli.Flag {
	out := make([]cli.Flag, len(flags))
	for i, f := range flags {
		switch v := f.(type) {
		case *cli.PathFlag:
			c := *v
			c.Required = false
			out[i] = &c
		case *cli.StringFlag:
			c := *v
			c.Required = false
			out[i] = &c
		default:
			out[i] = f
		}
	}
	return out
}

func watchSubcommands() []*cli.Command {
	return []*cli.Command{
		{
			Name:      "track",
			Usage:     "hand a signed L2 transaction to a running watcher, which makes sure no sequencer keeps it out",
			ArgsUsage: "RAWTX (0x… hex of the signed transaction)",
			Description: `The watcher submits the transaction to every sequencer it knows and, if it is
still valid and not included --force-after later while batches keep landing,
queues it in the L1 Inbox (forceTransaction) at the watcher's expense: the
next batch after inclusionWindow must apply it. Prints the tracking record;
'etherscale watch status' follows it.`,
			Flags: []cli.Flag{watcherURLFlag, jsonFlag},
			Action: func(c *cli.Context) error {
				if c.NArg() != 1 {
					return fmt.Errorf("want one argument: the raw signed transaction (hex)")
				}
				raw, err := hexutil.Decode(strings.TrimSpace(c.Args().First()))
				if err != nil {
					return fmt.Errorf("RAWTX: %w", err)
				}
				var t watcher.TrackedTx
				if err := watcherRPC(c, "etherscale_watchTransaction", []any{hexutil.Bytes(raw)}, &t); err != nil {
					return err
				}
				if c.Bool(jsonFlag.Name) {
					return writeJSON(c.App.Writer, t)
				}
				fmt.Fprintf(c.App.Writer, "tracking %s (sender %s, nonce %d): %s, submitted to %d sequencer(s)\n", t.Hash, t.Sender, t.Nonce, t.State, t.Submitted)
				return nil
			},
		},
		{
			Name:  "status",
			Usage: "what each detector of a running watcher sees now",
			Flags: []cli.Flag{watcherURLFlag, jsonFlag},
			Action: func(c *cli.Context) error {
				var s watcher.Status
				if err := watcherRPC(c, "etherscale_watchStatus", []any{}, &s); err != nil {
					return err
				}
				if c.Bool(jsonFlag.Name) {
					return writeJSON(c.App.Writer, s)
				}
				printStatus(c.App.Writer, &s)
				return nil
			},
		},
	}
}

func printStatus(w io.Writer, s *watcher.Status) {
	fmt.Fprintf(w, "L1 block %d (%s)\n", s.L1Block, s.Updated.Format(time.RFC3339))
	fmt.Fprintf(w, "  games            %d open, %d done, %d with a wrong root\n", s.Games.Open, s.Games.Done, s.Games.WrongRoots)
	if s.Withholding.BlockedBatch != 0 {
		fmt.Fprintf(w, "  withholding      follower stopped at batch %d (%s); %d DA challenges opened\n", s.Withholding.BlockedBatch, s.Withholding.Reason, s.Withholding.Challenges)
	} else {
		fmt.Fprintf(w, "  withholding      none now; %d DA challenges opened\n", s.Withholding.Challenges)
	}
	fmt.Fprintf(w, "  inbox            %d entries overdue (oldest unconsumed %d); %d forced batches posted\n", s.Inbox.Overdue, s.Inbox.OldestUnconsumed, s.Inbox.ForcedBatches)
	t := s.Tracking
	fmt.Fprintf(w, "  kept-out txs     %d pending, %d forced, %d consumed, %d included, %d refused\n", t.Pending, t.Forced, t.Consumed, t.Included, t.Refused)
	for _, r := range t.Txs {
		fmt.Fprintf(w, "    %s  %s", r.Hash, r.State)
		if len(r.Excluders) > 0 {
			fmt.Fprintf(w, "  left out of %d batch(es) by %v", len(r.Batches), r.Excluders)
		}
		fmt.Fprintln(w)
	}
	if m := s.MissedSlots; !m.Available {
		fmt.Fprintf(w, "  missed slots     not running: %s\n", m.Note)
	} else {
		fmt.Fprintf(w, "  missed slots     %d struck; slot %d now", m.Total, m.Slot)
		if m.Leader != nil {
			fmt.Fprintf(w, " (leader %s)", m.Leader.Hex())
		}
		fmt.Fprintln(w)
		leaders := make([]string, 0, len(m.Missed))
		for who := range m.Missed {
			leaders = append(leaders, who)
		}
		sort.Strings(leaders)
		for _, who := range leaders {
			fmt.Fprintf(w, "    %s  missed %d slot(s)\n", who, m.Missed[who])
		}
		for _, j := range m.Jailed {
			fmt.Fprintf(w, "    %s  jailed from epoch %d (tx %s)\n", j.Sequencer.Hex(), j.Epoch, j.Tx.Hex())
		}
	}
	if e := s.Equivocation; !e.Available {
		fmt.Fprintf(w, "  equivocation     not running: %s\n", e.Note)
	} else {
		fmt.Fprintf(w, "  equivocation     %d proven by us; %d sequencer RPCs asked\n", e.Proven, e.Sources)
		for _, r := range e.Recent {
			by := "proven by us, tx " + r.Tx.Hex()
			if r.ByOther {
				by = "proven by someone else first"
			}
			fmt.Fprintf(w, "    %s  signed two headers for batch %d (%s)\n", r.Signer.Hex(), r.Number, by)
		}
	}
}

// watcherRPC calls a method of a running watcher.
func watcherRPC(c *cli.Context, method string, params []any, out any) error {
	url := strings.TrimRight(c.String(watcherURLFlag.Name), "/") + "/"
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(c.Context, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
	if err != nil {
		return fmt.Errorf("watcher at %s: %w", url, err)
	}
	defer resp.Body.Close()
	var r struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 4<<20)).Decode(&r); err != nil {
		return fmt.Errorf("watcher at %s: %s: %w", url, resp.Status, err)
	}
	if r.Error != nil {
		return fmt.Errorf("watcher: %s", r.Error.Message)
	}
	return json.Unmarshal(r.Result, out)
}
