package replay

import (
	"errors"
	"strings"
	"testing"
)

func TestParseTxs(t *testing.T) {
	txs, err := ParseTxs(strings.NewReader("# a comment\n\n0x02f8\n  0xc0  \n"), "txs.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(txs) != 2 || string(txs[0]) != "\x02\xf8" || string(txs[1]) != "\xc0" {
		t.Fatalf("parsed %x", txs)
	}
	for _, tc := range []struct{ in, want string }{
		{"0x02\nzz\n", "txs.txt:2:"},
		{"\n\n# c\n0x0\n", "txs.txt:4:"},
		{"02f8\n", "txs.txt:1:"},
	} {
		_, err := ParseTxs(strings.NewReader(tc.in), "txs.txt")
		if !errors.Is(err, ErrInputFile) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ParseTxs(%q) = %v, want prefix %q", tc.in, err, tc.want)
		}
	}
}

func TestParseDeposits(t *testing.T) {
	good := `[
  {"to": "0x00000000000000000000000000000000000000aa", "amount": "0x10"},
  {"to": "0x00000000000000000000000000000000000000bb", "amount": "1000"}
]`
	entries, err := ParseDeposits([]byte(good), "d.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 || entries[0].Amount.Uint64() != 16 || entries[1].Amount.Uint64() != 1000 || entries[1].Kind != EntryDeposit {
		t.Fatalf("entries %+v", entries)
	}
	if e, err := ParseDeposits([]byte("[]"), "d.json"); err != nil || len(e) != 0 {
		t.Fatalf("empty list: %v %v", e, err)
	}
	for _, tc := range []struct{ name, in, want string }{
		{"not a list", `{"to": "0x00"}`, "d.json:1:"},
		{"bad address on line 3", "[\n {\"to\": \"0x00000000000000000000000000000000000000aa\", \"amount\": \"1\"},\n {\"to\": \"0x12\", \"amount\": \"1\"}\n]", "d.json:3:"},
		{"missing amount", "[\n\n {\"to\": \"0x00000000000000000000000000000000000000aa\"}]", "d.json:3:"},
		{"negative amount", `[{"to": "0x00000000000000000000000000000000000000aa", "amount": "-1"}]`, "d.json:1:"},
		{"amount too large", `[{"to": "0x00000000000000000000000000000000000000aa", "amount": "0x1` + strings.Repeat("0", 64) + `"}]`, "d.json:1:"},
		{"unknown field", `[{"to": "0x00000000000000000000000000000000000000aa", "amount": "1", "from": "x"}]`, "d.json:1:"},
		{"unterminated", `[{"to": "0x00000000000000000000000000000000000000aa", "amount": "1"}`, "d.json:1:"},
		{"trailing", `[] []`, "d.json:1:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseDeposits([]byte(tc.in), "d.json")
			if !errors.Is(err, ErrInputFile) || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("got %v, want prefix %q", err, tc.want)
			}
		})
	}
}

// FuzzParseInputFiles checks that no input file makes the parsers panic and
// that every rejection is reported as ErrInputFile.
func FuzzParseInputFiles(f *testing.F) {
	f.Add([]byte(`[{"to": "0x00000000000000000000000000000000000000aa", "amount": "0x10"}]`))
	f.Add([]byte("0x02f8\n# c\n"))
	f.Add([]byte("[\n{\"to\":\"0x12\"}\n]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := ParseDeposits(data, "f"); err != nil && !errors.Is(err, ErrInputFile) {
			t.Fatalf("deposits: unexpected error kind %v", err)
		}
		if _, err := ParseTxs(strings.NewReader(string(data)), "f"); err != nil && !errors.Is(err, ErrInputFile) {
			t.Fatalf("txs: unexpected error kind %v", err)
		}
	})
}
