package node

import (
	"sync"
	"time"

	dbm "github.com/cometbft/cometbft-db"
	cmtcfg "github.com/cometbft/cometbft/config"
)

// lateCloseDelay is how long CometBFT's databases stay open after the node
// stopped. Its consensus reactor's queryMaj23Routine sleeps up to three
// times PeerQueryMaj23SleepDuration (2 s) between checking that the
// reactor runs and reading the block store, so a store closed at Stop
// panics the whole process with "leveldb: closed" (NOTES.md pitfall 2;
// seen when the devnet's kill-leader stopped one of four in-process
// validators).
const lateCloseDelay = 10 * time.Second

// lateCloser hands CometBFT databases whose Close only marks them; the
// real close happens lateCloseDelay after release.
type lateCloser struct {
	mu  sync.Mutex
	dbs []dbm.DB
}

type lateDB struct{ dbm.DB }

// Close is a no-op: lateCloser.release closes the database later.
func (lateDB) Close() error { return nil }

func (l *lateCloser) provider(ctx *cmtcfg.DBContext) (dbm.DB, error) {
	db, err := cmtcfg.DefaultDBProvider(ctx)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	l.dbs = append(l.dbs, db)
	l.mu.Unlock()
	return lateDB{db}, nil
}

// release closes the databases after lateCloseDelay, in the background.
func (l *lateCloser) release() {
	l.mu.Lock()
	dbs := l.dbs
	l.dbs = nil
	l.mu.Unlock()
	time.AfterFunc(lateCloseDelay, func() {
		for _, db := range dbs {
			_ = db.Close()
		}
	})
}
