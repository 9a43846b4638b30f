package schedule_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/sequencerset/schedule"
)

// TestSharedVectors checks this package against testdata/schedule/leaders.json,
// which contracts.TestScheduleSharedVectors checks against SequencerSet (and
// regenerates with -update).
func TestSharedVectors(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/schedule/leaders.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		SeedTag common.Hash `json:"seedTag"`
		Draws   []struct {
			Name    string            `json:"name"`
			Domain  common.Address    `json:"domain"`
			Members []schedule.Member `json:"members"`
			Slots   []struct {
				Slot   uint64         `json:"slot"`
				Seed   common.Hash    `json:"seed"`
				Leader common.Address `json:"leader"`
			} `json:"slots"`
		} `json:"draws"`
		Times []struct {
			GenesisTime  uint64 `json:"genesisTime"`
			SlotDuration uint64 `json:"slotDuration"`
			LeaderWindow uint64 `json:"leaderWindow"`
			EpochLength  uint64 `json:"epochLength"`
			Times        []struct {
				T         uint64 `json:"t"`
				Slot      uint64 `json:"slot"`
				Epoch     uint64 `json:"epoch"`
				SlotStart uint64 `json:"slotStart"`
				InWindow  bool   `json:"inLeaderWindow"`
			} `json:"times"`
		} `json:"times"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	if f.SeedTag != schedule.SeedTag || len(f.Draws) == 0 || len(f.Times) == 0 {
		t.Fatalf("seed tag %s or no vectors", f.SeedTag)
	}
	for _, d := range f.Draws {
		p := schedule.Params{Contract: d.Domain}
		for _, s := range d.Slots {
			if p.Seed(s.Slot) != s.Seed || p.Leader(d.Members, s.Slot) != s.Leader {
				t.Errorf("%s slot %d: seed %s leader %s, vector %s %s", d.Name, s.Slot, p.Seed(s.Slot), p.Leader(d.Members, s.Slot), s.Seed, s.Leader)
			}
		}
	}
	for _, c := range f.Times {
		p := schedule.Params{GenesisTime: c.GenesisTime, SlotDuration: c.SlotDuration, LeaderWindow: c.LeaderWindow, EpochLength: c.EpochLength}
		if err := p.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, v := range c.Times {
			s := p.Slot(v.T)
			if s != v.Slot || p.Epoch(s) != v.Epoch || p.SlotStart(s) != v.SlotStart || p.InLeaderWindow(v.T) != v.InWindow {
				t.Errorf("%+v at t=%d: slot %d epoch %d start %d window %v", p, v.T, s, p.Epoch(s), p.SlotStart(s), p.InLeaderWindow(v.T))
			}
		}
	}
}
