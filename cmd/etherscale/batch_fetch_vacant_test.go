package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/da"
)

// TestBatchFetchVacantMembers: the retrieval failures of slashed members
// (vacant committee slots) are listed as vacant, not as faulty members
// with the zero address and the HTTP client's error for an empty URL.
func TestBatchFetchVacantMembers(t *testing.T) {
	bad := common.HexToAddress("0x00000000000000000000000000000000000b0001")
	errs := []*da.MemberError{
		{Index: 0, Err: fmt.Errorf("fetch: %w", da.ErrVacantMember)},
		{Index: 1, Address: bad, Endpoint: "http://127.0.0.1:1", Err: errors.New("chunk not found")},
		{Index: 3, Err: fmt.Errorf("fetch: %w", da.ErrVacantMember)},
	}
	faulty, vacant := splitFaulty(errs)
	if len(faulty) != 1 || faulty[0].Member != 1 || len(vacant) != 2 || vacant[0] != 0 || vacant[1] != 3 {
		t.Fatalf("faulty %v, vacant %v", faulty, vacant)
	}
	var out bytes.Buffer
	app := &cli.App{Writer: &out}
	c := cli.NewContext(app, flag.NewFlagSet("fetch", flag.ContinueOnError), nil)
	if err := printFetchReport(c, &fetchReport{Batch: 1, DAMode: "certificate", DataHash: common.HexToHash("0xabcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"), Faulty: faulty, Vacant: vacant}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"faulty:    member 1 (" + bad.Hex() + "): chunk not found", "vacant:    member 0: slashed or unregistered", "vacant:    member 3: slashed or unregistered"} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	for _, bad := range []string{"0x0000000000000000000000000000000000000000", "unsupported protocol scheme"} {
		if strings.Contains(got, bad) {
			t.Errorf("report shows %q:\n%s", bad, got)
		}
	}
}
