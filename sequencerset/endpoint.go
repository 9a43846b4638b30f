package sequencerset

import "strings"

// ParseEndpoint splits an endpoint registered in SequencerSet into its
// P2P address (CometBFT's id@host:port, empty if there is none: a
// training-wheels sequencer registers only a URL) and its JSON-RPC URL
// (PROTOCOL §5.9.7). It lives here, not in the node, so the watcher can
// read endpoints without linking CometBFT.
func ParseEndpoint(e string) (p2pAddr, rpcURL string) {
	for _, f := range strings.Fields(e) {
		switch {
		case strings.HasPrefix(f, "http://") || strings.HasPrefix(f, "https://"):
			rpcURL = f
		case strings.Contains(f, "@") && p2pAddr == "":
			p2pAddr = f
		}
	}
	return p2pAddr, rpcURL
}
