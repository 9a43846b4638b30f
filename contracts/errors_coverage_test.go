package contracts

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEveryCustomErrorIsTested: every custom error a contract in src/
// declares (test doubles in src/test aside) is named in some Go test of the
// repository, so each revert path is asserted by name somewhere. A new
// error without a test fails here.
func TestEveryCustomErrorIsTested(t *testing.T) {
	decl := regexp.MustCompile(`\berror\s+([A-Z][A-Za-z0-9]*)\s*\(`)
	declared := make(map[string]string) // name → file
	err := filepath.WalkDir("src", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "test" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".sol") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range decl.FindAllSubmatch(src, -1) {
			declared[string(m[1])] = path
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(declared) < 50 {
		t.Fatalf("only %d custom errors found: is src/ where it was?", len(declared))
	}
	var tests strings.Builder
	err = filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".git" || d.Name() == "bindings") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") || strings.HasSuffix(path, "errors_coverage_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		tests.Write(src)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	all := tests.String()
	// Defensive reverts no call sequence reaches; each is named in a Go
	// model test of the condition instead.
	unreachable := map[string]string{
		"NoTraceAncestor": "an attack step's pre-state claim always exists in a well-formed tree (bisection/step_test.go corrupts one)",
	}
	for name, file := range declared {
		if _, ok := unreachable[name]; ok {
			continue
		}
		if !regexp.MustCompile(`\b` + name + `\b`).MatchString(all) {
			t.Errorf("%s (declared in %s) is asserted by no test", name, file)
		}
	}
}
