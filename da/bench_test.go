package da

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/klauspost/reedsolomon"
)

var benchParams = []struct{ k, n int }{{3, 6}, {8, 12}, {16, 32}}
var benchSizes = []int{1 << 20, 8 << 20}

// BenchmarkEncode compares EncodeChunks (pad + Reed–Solomon, what the
// ≥ 80 % goal is about) and Encode (plus dataHash and dataRoot) with the raw
// library encoding preallocated shards of the same data.
func BenchmarkEncode(b *testing.B) {
	for _, size := range benchSizes {
		data := testData(size, 1)
		for _, p := range benchParams {
			name := fmt.Sprintf("%dMB/k=%d,n=%d", size>>20, p.k, p.n)
			b.Run(name+"/raw", func(b *testing.B) {
				enc, _ := reedsolomon.New(p.k, p.n-p.k)
				shards, _ := enc.Split(append([]byte(nil), data...))
				b.SetBytes(int64(size))
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if err := enc.Encode(shards); err != nil {
						b.Fatal(err)
					}
				}
			})
			// What a user of the bare library does with batch bytes: Split
			// (which aliases the full shards and allocates padding and
			// parity) and Encode, on data of exactly its own length.
			b.Run(name+"/raw-split", func(b *testing.B) {
				enc, _ := reedsolomon.New(p.k, p.n-p.k)
				b.SetBytes(int64(size))
				for i := 0; i < b.N; i++ {
					shards, err := enc.Split(data[:len(data):len(data)])
					if err != nil {
						b.Fatal(err)
					}
					if err := enc.Encode(shards); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(name+"/chunks", func(b *testing.B) {
				b.SetBytes(int64(size))
				for i := 0; i < b.N; i++ {
					if _, err := EncodeChunks(data, p.k, p.n); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(name+"/commit", func(b *testing.B) {
				b.SetBytes(int64(size))
				for i := 0; i < b.N; i++ {
					if _, err := Encode(data, p.k, p.n); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkReconstruct decodes from the last k chunks (all parity when
// n−k ≥ k, the worst case), ours vs the raw library's ReconstructData. Each
// of ours has a bare-library baseline doing the same job: ours (a fresh
// output per call) vs raw-join-fresh, ours-reuse (one output buffer
// reused) vs raw-join.
func BenchmarkReconstruct(b *testing.B) {
	for _, size := range benchSizes {
		data := testData(size, 2)
		for _, p := range benchParams {
			e, _ := Encode(data, p.k, p.n)
			name := fmt.Sprintf("%dMB/k=%d,n=%d", size>>20, p.k, p.n)
			subset := func() [][]byte {
				s := make([][]byte, p.n)
				for i := p.n - p.k; i < p.n; i++ {
					s[i] = e.Chunks[i]
				}
				return s
			}
			b.Run(name+"/raw", func(b *testing.B) {
				enc, _ := reedsolomon.New(p.k, p.n-p.k)
				b.SetBytes(int64(size))
				for i := 0; i < b.N; i++ {
					if err := enc.ReconstructData(subset()); err != nil {
						b.Fatal(err)
					}
				}
			})
			// The bare library's way to get the batch bytes back:
			// ReconstructData, then Join into one contiguous buffer.
			b.Run(name+"/raw-join", func(b *testing.B) {
				enc, _ := reedsolomon.New(p.k, p.n-p.k)
				b.SetBytes(int64(size))
				var out bytes.Buffer
				for i := 0; i < b.N; i++ {
					shards := subset()
					if err := enc.ReconstructData(shards); err != nil {
						b.Fatal(err)
					}
					out.Reset()
					if err := enc.Join(&out, shards, int(e.DataLength)); err != nil {
						b.Fatal(err)
					}
				}
			})
			// The same with a fresh output per call, sized exactly so that
			// Join never grows it: the bare library's DecodeChunks.
			b.Run(name+"/raw-join-fresh", func(b *testing.B) {
				enc, _ := reedsolomon.New(p.k, p.n-p.k)
				b.SetBytes(int64(size))
				for i := 0; i < b.N; i++ {
					shards := subset()
					if err := enc.ReconstructData(shards); err != nil {
						b.Fatal(err)
					}
					out := bytes.NewBuffer(make([]byte, 0, e.DataLength))
					if err := enc.Join(out, shards, int(e.DataLength)); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(name+"/ours", func(b *testing.B) {
				b.SetBytes(int64(size))
				for i := 0; i < b.N; i++ {
					if _, err := DecodeChunks(subset(), p.k, e.DataLength); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(name+"/ours-reuse", func(b *testing.B) {
				b.SetBytes(int64(size))
				var buf []byte
				for i := 0; i < b.N; i++ {
					var err error
					if buf, err = DecodeChunksInto(buf[:0], subset(), p.k, e.DataLength); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func reportLatency(b *testing.B, d []time.Duration) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	if len(d) == 0 {
		return
	}
	b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(d[(len(d)*99)/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkDisperse: 1 MB to 6 loopback shard servers (k=3, threshold 4),
// until the certificate. Run with -benchtime=100x for stable p99.
func BenchmarkDisperse(b *testing.B) {
	c := newCluster(b, 3, 6, 4, nil)
	d := c.disperser(DefaultClientConfig())
	defer d.Close()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		data := testData(1<<20, int64(i))
		start := time.Now()
		if _, _, err := d.Disperse(context.Background(), data); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		b.StopTimer()
		d.Wait() // stragglers must not overlap the next measurement
		b.StartTimer()
	}
	reportLatency(b, lat)
}

// BenchmarkRetrieve: 1 MB from 6 shards with 0, 1 and n−k = 3 down.
func BenchmarkRetrieve(b *testing.B) {
	for _, down := range []int{0, 1, 3} {
		b.Run(fmt.Sprintf("down=%d", down), func(b *testing.B) {
			c := newCluster(b, 3, 6, 4, nil)
			d := c.disperser(DefaultClientConfig())
			_, enc, err := d.Disperse(context.Background(), testData(1<<20, 5))
			if err != nil {
				b.Fatal(err)
			}
			d.Wait() // all n members must hold chunks before some go down
			for i := 0; i < down; i++ {
				c.servers[i].Kill()
			}
			cc := DefaultClientConfig()
			cc.MaxRetries = 0
			r := c.retriever(cc, false)
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, err := r.Retrieve(context.Background(), enc.Header); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			reportLatency(b, lat)
		})
	}
}
