#!/usr/bin/env node
// Compiles every contracts/src/**/*.sol with the pinned solc-js and fixed
// settings, and writes one artifact per contract to contracts/artifacts.
// The output is deterministic (sorted keys, no metadata hash in the bytecode)
// so that CI can regenerate it and compare byte for byte.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

// Changing any of these changes every artifact: keep them in one place.
const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  metadata: { bytecodeHash: 'none', appendCBOR: false },
  outputSelection: {
    '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
  },
};

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');
const outDir = path.join(root, 'artifacts');

function listSources(dir) {
  let out = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out = out.concat(listSources(p));
    else if (ent.name.endsWith('.sol')) out.push(p);
  }
  return out.sort();
}

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.keys(v).sort().reduce((o, k) => { o[k] = sortKeys(v[k]); return o; }, {});
  }
  return v;
}

const sources = {};
for (const file of listSources(srcDir)) {
  const name = path.relative(root, file).split(path.sep).join('/');
  sources[name] = { content: fs.readFileSync(file, 'utf8') };
}

function findImports(p) {
  const full = path.join(root, p);
  if (fs.existsSync(full)) return { contents: fs.readFileSync(full, 'utf8') };
  return { error: 'import not found: ' + p };
}

const input = { language: 'Solidity', sources, settings: SETTINGS };
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

let failed = false;
for (const e of output.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const written = [];
for (const [sourceName, contracts] of Object.entries(output.contracts || {})) {
  for (const [contractName, c] of Object.entries(contracts)) {
    // Interfaces, abstract contracts and internal-only libraries have nothing to bind.
    if (!c.evm.bytecode.object || c.abi.length === 0) continue;
    const artifact = {
      contractName,
      sourceName,
      compiler: 'solc-js ' + solc.version(),
      settings: { optimizer: SETTINGS.optimizer, evmVersion: SETTINGS.evmVersion },
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    };
    const file = path.join(outDir, contractName + '.json');
    if (fs.existsSync(file)) {
      process.stderr.write('duplicate contract name: ' + contractName + '\n');
      process.exit(1);
    }
    fs.writeFileSync(file, JSON.stringify(sortKeys(artifact), null, 2) + '\n');
    written.push(contractName);
  }
}
process.stdout.write('compiled ' + written.sort().join(', ') + ' with solc ' + solc.version() + '\n');
