package l1multi

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
)

// Collector exports the per-endpoint counters of Stats as Prometheus
// counters labelled by endpoint ("index:scheme://host", never the path that
// may carry an API key): an operator alerts on an endpoint that omits logs,
// returns logs that do not prove, or disagrees with the others.
func (c *Client) Collector(namespace string) prometheus.Collector {
	return &collector{c: c, descs: statDescs(namespace)}
}

type statDesc struct {
	desc *prometheus.Desc
	get  func(EndpointStats) uint64
}

func statDescs(ns string) []statDesc {
	d := func(name, help string, get func(EndpointStats) uint64) statDesc {
		return statDesc{prometheus.NewDesc(prometheus.BuildFQName(ns, "l1", name), help, []string{"endpoint"}, nil), get}
	}
	return []statDesc{
		d("omitted_logs_total", "Logs proved on chain that this L1 endpoint left out of an eth_getLogs answer: it hides events.", func(s EndpointStats) uint64 { return s.OmittedLogs }),
		d("bad_logs_total", "Logs this L1 endpoint returned that did not prove against a canonical block's receipts: it forges events.", func(s EndpointStats) uint64 { return s.BadLogs }),
		d("header_mismatches_total", "Headers by number whose hash differed from the primary endpoint's.", func(s EndpointStats) uint64 { return s.HeaderMismatches }),
		d("call_mismatches_total", "Sampled eth_call results that differed from the primary endpoint's at the same block.", func(s EndpointStats) uint64 { return s.CallMismatches }),
		d("lagging_total", "Times this endpoint's head was too far behind the primary's to be waited for.", func(s EndpointStats) uint64 { return s.Lagging }),
		d("errors_total", "Requests to this endpoint that failed.", func(s EndpointStats) uint64 { return s.Errors }),
	}
}

type collector struct {
	c     *Client
	descs []statDesc
}

func (k *collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range k.descs {
		ch <- d.desc
	}
}

func (k *collector) Collect(ch chan<- prometheus.Metric) {
	for i, s := range k.c.Stats() {
		// The index keeps two endpoints on one host apart.
		name := strconv.Itoa(i) + ":" + s.Name
		for _, d := range k.descs {
			ch <- prometheus.MustNewConstMetric(d.desc, prometheus.CounterValue, float64(d.get(s)), name)
		}
	}
}
