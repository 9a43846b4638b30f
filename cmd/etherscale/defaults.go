package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/internal/devnet"
)

// Defaults so that commands run next to a devnet need no flags (README,
// "CLI defaults"): the deployment file is ./deployment.json, else the
// devnet's (devnet-data/deployment.json); the L1 endpoint is the one the
// deployment file records under "l1" (which deploy.Decode ignores).

// deploymentPath returns --deployment, or the devnet's deployment file
// when the flag is not set and ./deployment.json does not exist.
func deploymentPath(c *cli.Context) (string, error) {
	path := c.Path(deploymentFlag.Name)
	if c.IsSet(deploymentFlag.Name) {
		return path, nil
	}
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	dev := filepath.Join(devnet.DefaultConfig().DataDir, devnet.DeploymentFile)
	if _, err := os.Stat(dev); err == nil {
		return dev, nil
	}
	return "", fmt.Errorf("no deployment file: give --deployment (looked for %s and %s)", path, dev)
}

// recordedL1 returns the L1 endpoint a deployment file records, "" if none.
func recordedL1(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read deployment: %w", err)
	}
	var rec struct {
		L1 string `json:"l1"`
	}
	if err := json.Unmarshal(data, &rec); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return rec.L1, nil
}

// errRemoteL1 says why a remote endpoint is not recorded.
var errRemoteL1 = errors.New("not recorded: only a loopback endpoint is written into the deployment file (a remote URL may carry an API key, and deployment files are shared)")

// recordL1 writes endpoint into the deployment file at path under "l1",
// atomically, keeping the other keys. Only loopback endpoints are
// recorded: a provider URL often holds an API key in its path.
func recordL1(path, endpoint string) error {
	u, err := url.Parse(endpoint)
	if err != nil {
		return fmt.Errorf("L1 endpoint %q: %w", endpoint, err)
	}
	host := u.Hostname()
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) || u.User != nil {
		return errRemoteL1
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read deployment: %w", err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	enc, err := json.Marshal(endpoint)
	if err != nil {
		return err
	}
	doc["l1"] = enc
	out, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".deployment-*.json")
	if err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(out, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	return nil
}

// humanTime prints a unix time as UTC with the raw seconds after it.
func humanTime(unix uint64) string {
	if unix == 0 {
		return "0"
	}
	return fmt.Sprintf("%s (%d)", time.Unix(int64(unix), 0).UTC().Format(time.RFC3339), unix)
}
