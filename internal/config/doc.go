// Package config holds the rollup configuration: the one set of parameters
// (windows, bonds, DA committee shape, L2 genesis) that contracts, sequencers,
// shard nodes, provers and watchers must all agree on.
//
// A Config is written once, by `etherscale config init` or a preset, checked
// with Validate, and then frozen into the deployment file by
// `etherscale deploy`. Durations are whole seconds because that is the unit of
// the L1 contracts; amounts are wei as decimal strings.
package config
