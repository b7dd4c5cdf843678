// Reads and updates workloads/manifest.json for scripts/build-workloads.sh.
//
//   node manifest.mjs rows                       one tab-separated line per workload:
//                                                name simd wasi quick_n quick_checksum default_n default_checksum
//   node manifest.mjs hello                      the hello entry: command path, then the expected line
//   node manifest.mjs record NAME SIZE CHECKSUM  sets sizes.SIZE.checksum of workload NAME
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
  if (typeof manifest.hello?.command !== 'string' || typeof manifest.hello?.stdout !== 'string') fail('"hello" needs "command" and "stdout"');
  return manifest;
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
} else {
  fail('usage: manifest.mjs rows | hello | record NAME SIZE CHECKSUM');
}
