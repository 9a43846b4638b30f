// Package deploy puts every EtherScale contract on L1 for a rollup config and
// records where they are in a deployment file: the one file every other
// command (sequencer, shard, prover, watcher, dispute CLI) is pointed at.
//
// Contracts added by later work are deployed here too, in dependency order,
// so `etherscale deploy` and `etherscale devnet` always deploy the full set.
package deploy
