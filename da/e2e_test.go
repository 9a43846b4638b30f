package da

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func faultyIndices(res *Result) []int {
	var out []int
	for _, f := range res.Faulty {
		out = append(out, int(f.Index))
	}
	sort.Ints(out)
	return out
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestDisperseRetrieveFaults covers any n−k members down, corrupt or slow.
func TestDisperseRetrieveFaults(t *testing.T) {
	const k, n, threshold = 3, 6, 4
	data := testData(200_000, 7)
	for _, tc := range []struct {
		name   string
		faulty []int
		mode   string // down | corrupt | slow
	}{
		{"none", nil, ""},
		{"down-first", []int{0, 1, 2}, "down"},
		{"down-last", []int{3, 4, 5}, "down"},
		{"down-mixed", []int{0, 2, 5}, "down"},
		{"corrupt-data", []int{0, 1, 2}, "corrupt"},
		{"corrupt-mixed", []int{1, 3, 4}, "corrupt"},
		{"slow", []int{0, 4, 5}, "slow"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			slow := map[int]bool{}
			if tc.mode == "slow" {
				for _, i := range tc.faulty {
					slow[i] = true
				}
			}
			c := newCluster(t, k, n, threshold, nil)
			for i := range slow {
				c.servers[i].testHookRequest = func(r *http.Request) {
					if r.Method == http.MethodGet {
						select {
						case <-time.After(2 * time.Second):
						case <-r.Context().Done():
						}
					}
				}
			}
			d := c.disperser(fastClient())
			cert, enc, err := d.Disperse(context.Background(), data)
			if err != nil {
				t.Fatal(err)
			}
			d.Wait() // every member holds its chunk before faults are injected
			if err := cert.Verify(testDomain, c.snap); err != nil {
				t.Fatal(err)
			}
			switch tc.mode {
			case "down":
				for _, i := range tc.faulty {
					c.servers[i].Kill()
				}
			case "corrupt":
				for _, i := range tc.faulty {
					corruptStored(t, c, i, enc)
				}
			}
			cc := fastClient()
			cc.RequestTimeout = 300 * time.Millisecond
			cc.MaxRetries = 0
			res, err := c.retriever(cc, true).Retrieve(context.Background(), enc.Header)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(res.Data, data) || !res.Consistent {
				t.Fatalf("wrong data (consistent=%v)", res.Consistent)
			}
			want := append([]int(nil), tc.faulty...)
			sort.Ints(want)
			if got := faultyIndices(res); !equalInts(got, want) {
				t.Fatalf("faulty = %v, want %v (%v)", got, want, res.Faulty)
			}
			if tc.mode == "corrupt" && !errors.Is(res.Faulty[0].Err, ErrInvalidProof) {
				t.Fatalf("corrupt member error = %v", res.Faulty[0].Err)
			}
		})
	}
}

// corruptStored flips a byte of member i's stored chunk, keeping the record
// well-formed so that only the proof check catches it.
func corruptStored(t *testing.T, c *cluster, i int, enc *Encoding) {
	t.Helper()
	rec, _ := enc.Record(i)
	rec.Chunk = append([]byte(nil), rec.Chunk...)
	rec.Chunk[0] ^= 0xff
	b, _ := rec.Encode()
	if err := c.servers[i].Store().db.Put(chunkKey(enc.DataRoot, uint32(i)), b, nil); err != nil {
		t.Fatal(err)
	}
}

func TestRetrieveNotEnough(t *testing.T) {
	c := newCluster(t, 3, 6, 4, nil)
	data := testData(10_000, 8)
	d := c.disperser(fastClient())
	_, enc, err := d.Disperse(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	d.Wait()
	for _, i := range []int{0, 2, 4, 5} {
		c.servers[i].Kill()
	}
	cc := fastClient()
	cc.MaxRetries = 0
	res, err := c.retriever(cc, false).Retrieve(context.Background(), enc.Header)
	if !errors.Is(err, ErrNotEnoughChunks) {
		t.Fatalf("err = %v", err)
	}
	if got := faultyIndices(res); !equalInts(got, []int{0, 2, 4, 5}) {
		t.Fatalf("faulty = %v", got)
	}
	var me *MemberError
	if !errors.As(err, &me) {
		t.Fatalf("error does not wrap member errors: %v", err)
	}
}

func TestDisperseThresholdNotReached(t *testing.T) {
	c := newCluster(t, 3, 6, 4, nil)
	for _, i := range []int{1, 3, 5} {
		c.servers[i].Kill()
		c.snap.Members[i].Endpoint = deadEndpoint()
	}
	cc := fastClient()
	cc.MaxRetries = 0
	_, _, err := c.disperser(cc).Disperse(context.Background(), testData(1000, 9))
	if !errors.Is(err, ErrThresholdNotReached) {
		t.Fatalf("err = %v", err)
	}
	var me *MemberError
	if !errors.As(err, &me) {
		t.Fatalf("no member error in %v", err)
	}
	t.Log(err)
}

// TestInconsistentEncoding: the disperser commits to chunks that are not one
// codeword, each with a valid proof. Readers detect it through dataHash.
func TestInconsistentEncoding(t *testing.T) {
	const k, n = 3, 6
	data := testData(5000, 10)
	for _, tc := range []struct {
		name      string
		bad       []int
		recovered bool
	}{
		{"one data chunk", []int{0}, true},
		{"n-k chunks", []int{0, 3, 5}, true},
		{"more than n-k", []int{0, 1, 2, 3}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newCluster(t, k, n, n, nil)
			chunks, _ := EncodeChunks(data, k, n)
			for _, i := range tc.bad {
				chunks[i] = testData(len(chunks[i]), int64(100+i))
			}
			enc, err := NewEncoding(data, k, chunks)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.disperser(fastClient()).DisperseEncoding(context.Background(), c.snap, enc); err != nil {
				t.Fatal(err) // members cannot tell: every proof is valid
			}
			res, err := c.retriever(fastClient(), true).Retrieve(context.Background(), enc.Header)
			if !tc.recovered {
				if !errors.Is(err, ErrInvalidEncoding) {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(res.Data, data) || res.Consistent {
				t.Fatalf("data ok=%v consistent=%v", bytes.Equal(res.Data, data), res.Consistent)
			}
			// Attempts share a decode buffer; the one handed out is
			// clipped so its padding stays out of reach.
			if cap(res.Data) != len(res.Data) {
				t.Fatalf("data capacity %d, length %d", cap(res.Data), len(res.Data))
			}
			if len(res.Faulty) != 0 {
				t.Fatalf("members blamed for a disperser fault: %v", res.Faulty)
			}
		})
	}
}

// TestRestartMidDispersal kills a member right after it durably stored (and
// before its answer), restarts it on the same directory, and checks the
// chunk survived and the threshold was reached through the others.
func TestRestartMidDispersal(t *testing.T) {
	c := newCluster(t, 3, 6, 4, nil)
	var once sync.Once
	killed := make(chan struct{})
	c.servers[0].testHookStored = func() {
		once.Do(func() {
			go func() { c.servers[0].Kill(); close(killed) }()
			time.Sleep(50 * time.Millisecond) // let Kill drop the connection
		})
	}
	data := testData(100_000, 11)
	cc := fastClient()
	cc.MaxRetries = 0
	d := c.disperser(cc)
	cert, enc, err := d.Disperse(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if err := cert.Verify(testDomain, c.snap); err != nil {
		t.Fatal(err)
	}
	d.Wait()
	<-killed
	c.restart(0)
	got, err := c.servers[0].Store().Get(enc.DataRoot, 0)
	if err != nil {
		t.Fatalf("chunk lost across restart: %v", err)
	}
	rec, err := DecodeChunkRecord(got)
	if err != nil || rec.Verify() != nil {
		t.Fatalf("stored record invalid: %v", err)
	}
	// Attested chunks of the others survive a clean restart too.
	c.servers[1].Close()
	c.restart(1)
	res, err := c.retriever(fastClient(), true).Retrieve(context.Background(), enc.Header)
	if err != nil || !bytes.Equal(res.Data, data) || len(res.Faulty) != 0 {
		t.Fatalf("retrieve after restart: %v faulty=%v", err, res.Faulty)
	}
}

// TestRetrieveVacantMembers: committee slots with no member (slashed,
// exited: zero address, no endpoint) are not asked, count as giving no
// chunk (not as busy), and the error names them as vacant, without the
// HTTP client's "unsupported protocol scheme" for an empty URL.
func TestRetrieveVacantMembers(t *testing.T) {
	c := newCluster(t, 3, 6, 4, nil)
	d := c.disperser(fastClient())
	_, enc, err := d.Disperse(context.Background(), testData(5_000, 9))
	if err != nil {
		t.Fatal(err)
	}
	d.Wait()
	for _, i := range []int{0, 1, 2, 3} {
		c.snap.Members[i].Address, c.snap.Members[i].Endpoint = common.Address{}, ""
	}
	_, err = c.retriever(fastClient(), true).Retrieve(context.Background(), enc.Header)
	var ue *UnavailableError
	if !errors.As(err, &ue) || !errors.Is(err, ErrNotEnoughChunks) {
		t.Fatalf("err = %v", err)
	}
	if !errors.Is(err, ErrVacantMember) || strings.Contains(err.Error(), "unsupported protocol scheme") || strings.Contains(err.Error(), "0x0000") {
		t.Fatalf("vacant members not named as such: %v", err)
	}
	if len(ue.Busy) != 0 || !equalInts(toInts(ue.Withheld), []int{0, 1, 2, 3}) {
		t.Fatalf("busy %v withheld %v, want the vacant slots as giving no chunk", ue.Busy, ue.Withheld)
	}
}

func toInts(v []uint32) []int {
	out := make([]int, len(v))
	for i, x := range v {
		out[i] = int(x)
	}
	return out
}
