#!/usr/bin/env node
// Compiles the contracts (contracts/EvidenceRegistry.sol, contracts/CaseLifecycle.sol) with the pinned
// solc-js (package.json) through the standard JSON API, fully offline, and writes the ABI and bytecode
// that the web3j wrappers are generated from, for each contract <Name>:
//   src/main/resources/contracts/<Name>.abi   (JSON)
//   src/main/resources/contracts/<Name>.bin   (hex, no 0x, no newline: what web3j codegen expects)
//
//   node contracts/scripts/compile.mjs           write the artifacts
//   node contracts/scripts/compile.mjs --check   recompile and fail if the committed artifacts differ
//
// Output is deterministic: exact compiler version, optimizer 200 runs, evmVersion "london" (what the
// Besu genesis enables: no PUSH0), and no metadata hash in the bytecode (bytecodeHash "none"), so
// the same sources always give byte-identical artifacts.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const moduleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const nodeModules = path.join(moduleDir, 'node_modules');
const EXPECTED_SOLC = '0.8.37';
const CONTRACTS = ['EvidenceRegistry', 'CaseLifecycle'];
const outDir = path.join(moduleDir, 'src', 'main', 'resources', 'contracts');
const wrapperDir = path.join(moduleDir, 'src', 'main', 'java', 'org', 'judicialchain', 'besu', 'contracts', 'generated');

function fail(message) {
  console.error(`compile.mjs: ${message}`);
  process.exit(1);
}

let solc;
try {
  solc = require(path.join(nodeModules, 'solc'));
} catch (e) {
  fail(`solc-js is not installed (${e.message}). Run "npm ci" in ${moduleDir} (or "mvn -pl besu-config initialize").`);
}
const version = solc.version();
if (!version.startsWith(EXPECTED_SOLC + '+')) {
  fail(`expected solc ${EXPECTED_SOLC} but node_modules has ${version}; run "npm ci" in ${moduleDir}.`);
}

const sources = {};
for (const name of CONTRACTS) {
  const file = path.join(moduleDir, 'contracts', `${name}.sol`);
  sources[`contracts/${name}.sol`] = { content: fs.readFileSync(file, 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'london',
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};

// Imports such as "@openzeppelin/contracts/..." come from node_modules only: never from the network.
function findImports(importPath) {
  const candidates = [path.join(nodeModules, importPath), path.join(moduleDir, importPath)];
  for (const candidate of candidates) {
    const resolved = path.resolve(candidate);
    if ((resolved.startsWith(nodeModules + path.sep) || resolved.startsWith(moduleDir + path.sep))
        && fs.existsSync(resolved)) {
      return { contents: fs.readFileSync(resolved, 'utf8') };
    }
  }
  return { error: `import not found in ${nodeModules}: ${importPath} (run "npm ci")` };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
for (const w of (output.errors || []).filter((e) => e.severity !== 'error')) {
  console.error(w.formattedMessage || w.message);
}
if (errors.length > 0) {
  for (const e of errors) console.error(e.formattedMessage || e.message);
  fail(`compilation failed with ${errors.length} error(s) (solc ${version}).`);
}

const artifacts = {};
for (const name of CONTRACTS) {
  const contract = output.contracts?.[`contracts/${name}.sol`]?.[name];
  if (!contract || !contract.evm?.bytecode?.object) fail(`no bytecode produced for ${name}.`);
  artifacts[`${name}.abi`] = JSON.stringify(contract.abi, null, 2) + '\n';
  artifacts[`${name}.bin`] = contract.evm.bytecode.object;
}

if (process.argv.includes('--check')) {
  const problems = [];
  for (const [file, content] of Object.entries(artifacts)) {
    const target = path.join(outDir, file);
    if (!fs.existsSync(target)) problems.push(`${file} is missing`);
    else if (fs.readFileSync(target, 'utf8') !== content) problems.push(`${file} differs from what solc ${version} produces`);
  }
  // The generated wrapper embeds the bytecode too: it must match as well.
  for (const name of CONTRACTS) {
    const wrapper = path.join(wrapperDir, `${name}.java`);
    if (!fs.existsSync(wrapper)) { problems.push(`generated wrapper ${name}.java is missing`); continue; }
    const java = fs.readFileSync(wrapper, 'utf8');
    const m = java.match(/BINARY\s*=\s*((?:"[0-9a-fA-F]*"\s*\+?\s*)+);/);
    const embedded = m ? m[1].replace(/[\s"+]/g, '') : null;
    if (embedded !== artifacts[`${name}.bin`]) problems.push(`${name}.java embeds a different bytecode than ${name}.bin`);
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`  - ${p}`);
    fail('committed contract artifacts are stale. Run besu-config/contracts/scripts/regenerate.sh and commit the result.');
  }
  console.log(`compile.mjs: contract artifacts are up to date (solc ${version}).`);
} else {
  fs.mkdirSync(outDir, { recursive: true });
  for (const [file, content] of Object.entries(artifacts)) {
    fs.writeFileSync(path.join(outDir, file), content);
    console.log(`compile.mjs: wrote ${path.relative(moduleDir, path.join(outDir, file))}`);
  }
}
