// Runs workload modules under node (V8) for checking checksums and, later, as the lab's V8 peer.
//
//   node run-wasi.mjs command [--dir HOST::GUEST]... FILE.wasm [ARG...]
//                                                          runs _start under WASI with FILE as argv[0],
//                                                          HOST preopened as GUEST, prints its output,
//                                                          exits with its exit code
//   node run-wasi.mjs library FILE.wasm [-r REPS] N [N...] calls setup() once, then run(N) REPS times
//                                                          per N; prints the native bench driver's lines:
//                                                            setup ns=T
//                                                            n=N checksum=C ns=T
//   node run-wasi.mjs describe FILE.wasm                   prints "import MODULE.NAME KIND" and
//                                                          "export NAME KIND", one per line
//
// Two workarounds for node 20's WASI, both needed by every caller:
// - Calling a WASI function directly from Wasm takes V8's fast-API-call path, which keeps a stale
//   view of memory after memory.grow and crashes; a JS closure around each import avoids that path
//   (the alternative is running node with --no-turbo-fast-api-calls).
// - WASI writes to a pipe fail with EAGAIN when the pipe is non-blocking, so the module's stdout
//   and stderr go to temporary files that are copied to ours afterwards.
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.removeAllListeners('warning'); // "WASI is an experimental feature" on every run
const { WASI } = await import('node:wasi');

const WASI_MODULE = 'wasi_snapshot_preview1';

function fail(message) {
  process.stderr.write(`run-wasi: ${message}\n`);
  process.exit(2);
}

function usage() {
  fail('usage: run-wasi.mjs command [--dir HOST::GUEST]... FILE.wasm [ARG...] | library FILE.wasm [-r REPS] N [N...] | describe FILE.wasm');
}

function compile(file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
  try {
    return new WebAssembly.Module(bytes);
  } catch (e) {
    fail(`${file} is not a valid module: ${e.message}`);
  }
}

function wrapped(wasi) {
  const raw = wasi.wasiImport;
  const out = {};
  for (const [name, fn] of Object.entries(raw)) out[name] = (...args) => Reflect.apply(fn, raw, args);
  return out;
}

// Runs body(wasi) with the module's stdout and stderr captured in files, then copies them out.
function withCapturedOutput(args, body, preopens = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'run-wasi-'));
  const outPath = join(dir, 'stdout');
  const errPath = join(dir, 'stderr');
  const stdout = openSync(outPath, 'w');
  const stderr = openSync(errPath, 'w');
  try {
    const wasi = new WASI({ version: 'preview1', args, env: {}, preopens, stdout, stderr, returnOnExit: true });
    return body(wasi);
  } finally {
    closeSync(stdout);
    closeSync(stderr);
    process.stdout.write(readFileSync(outPath));
    process.stderr.write(readFileSync(errPath));
    rmSync(dir, { recursive: true, force: true });
  }
}

function importsWasi(module) {
  return WebAssembly.Module.imports(module).some((i) => i.module === WASI_MODULE);
}

// --dir HOST::GUEST options before FILE, as `tandem run` takes them: { GUEST: HOST }.
function preopenOptions(rest) {
  const preopens = {};
  while (rest[0] === '--dir') {
    const spec = rest[1] ?? '';
    const at = spec.indexOf('::');
    if (at <= 0 || at + 2 === spec.length) fail(`--dir needs HOST::GUEST, got '${spec}'`);
    preopens[spec.slice(at + 2)] = spec.slice(0, at);
    rest = rest.slice(2);
  }
  return { preopens, rest };
}

function runCommand(rest) {
  const { preopens, rest: [file, ...args] } = preopenOptions(rest);
  if (!file) usage();
  const module = compile(file);
  const code = withCapturedOutput([file, ...args], (wasi) => {
    const instance = new WebAssembly.Instance(module, { [WASI_MODULE]: wrapped(wasi) });
    return wasi.start(instance);
  }, preopens);
  process.exitCode = code;
}

function parseCount(text, what) {
  if (!/^[1-9][0-9]*$/.test(text) || Number(text) > 2 ** 31 - 1) fail(`${what} must be an integer from 1 to 2147483647, got '${text}'`);
  return Number(text);
}

function runLibrary(file, rest) {
  let reps = 1;
  if (rest[0] === '-r') {
    if (rest.length < 2) usage();
    reps = parseCount(rest[1], 'REPS');
    rest = rest.slice(2);
  }
  if (rest.length === 0) usage();
  const sizes = rest.map((text) => parseCount(text, 'N'));
  const module = compile(file);
  const exported = new Set(WebAssembly.Module.exports(module).filter((e) => e.kind === 'function').map((e) => e.name));
  if (!exported.has('setup') || !exported.has('run')) fail(`${file} does not export setup and run (is it a command module?)`);
  const lines = [];
  withCapturedOutput([file], (wasi) => {
    const imports = importsWasi(module) ? { [WASI_MODULE]: wrapped(wasi) } : {};
    const instance = new WebAssembly.Instance(module, imports);
    const { setup, run } = instance.exports;
    if (importsWasi(module)) wasi.initialize(instance);
    let start = process.hrtime.bigint();
    setup();
    lines.push(`setup ns=${process.hrtime.bigint() - start}`);
    for (const n of sizes) {
      for (let r = 0; r < reps; r++) {
        start = process.hrtime.bigint();
        const checksum = run(n);
        const elapsed = process.hrtime.bigint() - start;
        lines.push(`n=${n} checksum=${checksum} ns=${elapsed}`);
      }
    }
  });
  process.stdout.write(lines.map((l) => l + '\n').join(''));
}

function describe(file) {
  const module = compile(file);
  const lines = [];
  for (const i of WebAssembly.Module.imports(module)) lines.push(`import ${i.module}.${i.name} ${i.kind}`);
  for (const e of WebAssembly.Module.exports(module)) lines.push(`export ${e.name} ${e.kind}`);
  process.stdout.write(lines.map((l) => l + '\n').join(''));
}

const [mode, file, ...rest] = process.argv.slice(2);
if (!file) usage();
if (mode === 'command') runCommand([file, ...rest]);
else if (mode === 'library') runLibrary(file, rest);
else if (mode === 'describe') describe(file);
else usage();
