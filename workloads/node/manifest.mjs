// Reads and updates workloads/manifest.json for scripts/build-workloads.sh.
//
//   node manifest.mjs rows                       one tab-separated line per workload:
//                                                name simd wasi quick_n quick_checksum default_n default_checksum
//   node manifest.mjs hello                      the hello entry: command path, then the expected line
//   node manifest.mjs record NAME SIZE CHECKSUM  sets sizes.SIZE.checksum of workload NAME
//   node manifest.mjs real-rows                  one tab-separated line per real program and size:
//                                                name size command dirs stdout_sha256 exit arg...
//                                                (dirs: HOST::GUEST specs joined by commas, HOST
//                                                relative to workloads/; "-" for none or unrecorded)
//   node manifest.mjs real-record NAME SIZE SHA256 EXIT
//                                                sets sizes.SIZE.stdout_sha256 and .exit of real NAME
//
// Checks the manifest's shape on every call, so a hand edit that breaks it fails loudly here
// rather than as a confusing checksum mismatch later.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'manifest.json');
const SIZES = ['quick', 'default'];

function fail(message) {
  process.stderr.write(`manifest: ${message}\n`);
  process.exit(2);
}

function load() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`cannot read ${path}: ${e.message}`);
  }
  if (!Array.isArray(manifest.workloads)) fail('"workloads" must be an array');
  const seen = new Set();
  for (const w of manifest.workloads) {
    const where = `workload ${JSON.stringify(w.name)}`;
    if (typeof w.name !== 'string' || !/^[a-z0-9-]+$/.test(w.name)) fail(`${where}: name must be lower-case letters, digits and dashes`);
    if (seen.has(w.name)) fail(`${where}: listed twice`);
    seen.add(w.name);
    for (const key of ['source', 'library', 'command', 'unit', 'stresses'])
      if (typeof w[key] !== 'string' || w[key] === '') fail(`${where}: "${key}" must be a non-empty string`);
    for (const key of ['wasi', 'simd']) if (typeof w[key] !== 'boolean') fail(`${where}: "${key}" must be true or false`);
    for (const size of SIZES) {
      const s = w.sizes?.[size];
      if (!Number.isInteger(s?.n) || s.n < 1 || s.n > 2 ** 31 - 1) fail(`${where}: sizes.${size}.n must be an integer from 1 to 2147483647`);
      if (typeof s.checksum !== 'string' || !/^(-?[0-9]+)?$/.test(s.checksum))
        fail(`${where}: sizes.${size}.checksum must be a decimal string (empty until recorded)`);
    }
  }
  checkReal(manifest.real ?? []);
  if (typeof manifest.hello?.command !== 'string' || typeof manifest.hello?.stdout !== 'string') fail('"hello" needs "command" and "stdout"');
  return manifest;
}

// The "real" array: WASI command modules built from real programs (see real/README.md).
function checkReal(real) {
  if (!Array.isArray(real)) fail('"real" must be an array');
  const seen = new Set();
  for (const r of real) {
    const where = `real program ${JSON.stringify(r.name)}`;
    if (typeof r.name !== 'string' || !/^[a-z0-9-]+$/.test(r.name)) fail(`${where}: name must be lower-case letters, digits and dashes`);
    if (seen.has(r.name)) fail(`${where}: listed twice`);
    seen.add(r.name);
    for (const key of ['command', 'source', 'stresses'])
      if (typeof r[key] !== 'string' || r[key] === '') fail(`${where}: "${key}" must be a non-empty string`);
    if (typeof r.dirs !== 'object' || r.dirs === null || Array.isArray(r.dirs)) fail(`${where}: "dirs" must be an object (guest path: host folder)`);
    for (const [guest, host] of Object.entries(r.dirs))
      if (!guest.startsWith('/') || typeof host !== 'string' || host === '' || host.includes(','))
        fail(`${where}: dirs maps an absolute guest path to a host folder, got ${guest}: ${host}`);
    for (const size of SIZES) {
      const s = r.sizes?.[size];
      if (!Array.isArray(s?.args) || s.args.length === 0 || s.args.some((a) => typeof a !== 'string' || a.includes('\t')))
        fail(`${where}: sizes.${size}.args must be the full argv, argv[0] first, as strings without tabs`);
      if (typeof s.stdout_sha256 !== 'string' || !/^([0-9a-f]{64})?$/.test(s.stdout_sha256))
        fail(`${where}: sizes.${size}.stdout_sha256 must be 64 lower-case hex digits (empty until recorded)`);
      if (!Number.isInteger(s.exit) || s.exit < 0 || s.exit > 255) fail(`${where}: sizes.${size}.exit must be an integer from 0 to 255`);
    }
  }
}

function realRows(manifest) {
  return (manifest.real ?? []).flatMap((r) => SIZES.map((size) => {
    const s = r.sizes[size];
    const dirs = Object.entries(r.dirs).map(([guest, host]) => `${host}::${guest}`).join(',') || '-';
    return [r.name, size, r.command, dirs, s.stdout_sha256 || '-', s.exit, ...s.args].join('\t');
  }));
}

const [command, ...args] = process.argv.slice(2);
const manifest = load();
if (command === 'rows') {
  const lines = manifest.workloads.map((w) =>
    [w.name, w.simd ? 1 : 0, w.wasi ? 1 : 0, ...SIZES.flatMap((s) => [w.sizes[s].n, w.sizes[s].checksum || '-'])].join('\t'));
  process.stdout.write(lines.map((l) => l + '\n').join(''));
} else if (command === 'hello') {
  process.stdout.write(`${manifest.hello.command}\n${manifest.hello.stdout}`);
} else if (command === 'record' && args.length === 3) {
  const [name, size, checksum] = args;
  const w = manifest.workloads.find((x) => x.name === name);
  if (!w) fail(`no workload named ${name}`);
  if (!SIZES.includes(size)) fail(`size must be one of ${SIZES.join(', ')}, got ${size}`);
  if (!/^-?[0-9]+$/.test(checksum)) fail(`checksum must be a decimal integer, got ${checksum}`);
  w.sizes[size].checksum = checksum;
  writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
} else if (command === 'real-rows') {
  process.stdout.write(realRows(manifest).map((l) => l + '\n').join(''));
} else if (command === 'real-record' && args.length === 4) {
  const [name, size, sha, exit] = args;
  const r = (manifest.real ?? []).find((x) => x.name === name);
  if (!r) fail(`no real program named ${name}`);
  if (!SIZES.includes(size)) fail(`size must be one of ${SIZES.join(', ')}, got ${size}`);
  if (!/^[0-9a-f]{64}$/.test(sha)) fail(`stdout_sha256 must be 64 lower-case hex digits, got ${sha}`);
  if (!/^[0-9]+$/.test(exit) || Number(exit) > 255) fail(`exit must be an integer from 0 to 255, got ${exit}`);
  r.sizes[size].stdout_sha256 = sha;
  r.sizes[size].exit = Number(exit);
  writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
} else {
  fail('usage: manifest.mjs rows | hello | record NAME SIZE CHECKSUM | real-rows | real-record NAME SIZE SHA256 EXIT');
}
