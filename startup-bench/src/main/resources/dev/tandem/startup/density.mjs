// The density harness's V8 side: node --expose-gc density.mjs MODULE.wasm K OUT.json
// Compiles the module once, instantiates it K times keeping every instance alive, and writes the
// time of each instantiation (performance.now()) and the memory the K instances hold beyond their
// linear memories: V8 heap used plus external memory (which counts the ArrayBuffers behind the
// linear memories), after full collections, minus the linear memories' bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

process.removeAllListeners('warning');
const { WASI } = await import('node:wasi');

const [file, countText, out] = process.argv.slice(2);
const k = Number(countText);
if (!file || !Number.isInteger(k) || k < 1 || !out) {
  process.stderr.write('usage: node --expose-gc density.mjs MODULE.wasm K OUT.json\n');
  process.exit(2);
}
if (typeof global.gc !== 'function') {
  process.stderr.write('density.mjs needs node --expose-gc\n');
  process.exit(2);
}

const module = new WebAssembly.Module(readFileSync(file));
const usesWasi = WebAssembly.Module.imports(module).some((i) => i.module === 'wasi_snapshot_preview1');
// Instances are never started, so they can share one WASI import object (wrapped, as lab-runner.mjs explains).
const wasi = usesWasi ? new WASI({ version: 'preview1', args: [file], env: {}, returnOnExit: true }) : null;
const imports = {};
if (wasi) {
  const raw = wasi.wasiImport;
  const wrapped = {};
  for (const [name, fn] of Object.entries(raw)) wrapped[name] = (...args) => Reflect.apply(fn, raw, args);
  imports.wasi_snapshot_preview1 = wrapped;
}

function settle() {
  for (let i = 0; i < 3; i++) global.gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external };
}

for (let i = 0; i < 20; i++) new WebAssembly.Instance(module, imports);
const before = settle();
const live = [];
const nanos = [];
let linear = 0;
for (let i = 0; i < k; i++) {
  const t = performance.now();
  const instance = new WebAssembly.Instance(module, imports);
  nanos.push(Math.round((performance.now() - t) * 1e6));
  live.push(instance);
  const memory = instance.exports.memory;
  if (memory) linear += memory.buffer.byteLength;
}
const after = settle();
writeFileSync(out, JSON.stringify({
  instantiateNanos: nanos,
  heapBytes: after.heap - before.heap,
  offHeapBytes: after.external - before.external,
  metaspaceBytes: 0,
  linearMemoryBytes: linear,
  live: live.length,
}));
