// The lab's V8 runner: runs a plan (the lab's Plan as JSON) and writes a report (RunReport as JSON),
// timing each phase with performance.now():
//
//   node [V8 FLAGS] lab-runner.mjs PLAN.json REPORT.json
//
// Per round: compile (new WebAssembly.Module: decode, validate and whatever V8 compiles up front;
// with --no-wasm-lazy-compilation that is every function), instantiate (new WebAssembly.Instance,
// with node's WASI for modules that import it), then each call. i64 results are BigInts and are
// written as decimal strings.
//
// A plan with a "command" (a real program: {args, dirs}) gives WASI that argv and those preopened
// directories (guest path -> host path), and the round reports the SHA-256 of the stdout bytes with
// their count; its "stdout" keeps only the first 120 characters. _start's result is the exit status.
//
// node 20's WASI needs two workarounds (see workloads/node/run-wasi.mjs): each WASI import is wrapped
// in a JS closure (V8's fast API call path keeps a stale view of memory after memory.grow), and
// WASI output goes to a file (writes to a non-blocking pipe fail with EAGAIN).
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

process.removeAllListeners('warning'); // "WASI is an experimental feature"
const { WASI } = await import('node:wasi');
const WASI_MODULE = 'wasi_snapshot_preview1';

function fail(message) {
  process.stderr.write(`lab-runner: ${message}\n`);
  process.exit(2);
}

const [planPath, reportPath] = process.argv.slice(2);
if (!planPath || !reportPath) fail('usage: lab-runner.mjs PLAN.json REPORT.json');
const plan = JSON.parse(readFileSync(planPath, 'utf8'));
const file = plan.module.startsWith('file:') ? fileURLToPath(plan.module) : plan.module;
const bytes = readFileSync(file);
const scratch = mkdtempSync(join(tmpdir(), 'lab-runner-'));

const nanos = (ms) => Math.round(ms * 1e6);

function wrapped(wasi) {
  const raw = wasi.wasiImport;
  const out = {};
  for (const [name, fn] of Object.entries(raw)) out[name] = (...args) => Reflect.apply(fn, raw, args);
  return out;
}

function round(index) {
  const phases = [];
  const calls = [];
  const outPath = join(scratch, `stdout-${index}`);
  const stdoutFd = openSync(outPath, 'w');
  const stderrFd = openSync(join(scratch, `stderr-${index}`), 'w');
  try {
    let t = performance.now();
    const module = new WebAssembly.Module(bytes);
    let now = performance.now();
    phases.push({ name: 'compile', nanos: nanos(now - t) });

    t = performance.now();
    const usesWasi = WebAssembly.Module.imports(module).some((i) => i.module === WASI_MODULE);
    const wasi = usesWasi
      ? new WASI({ version: 'preview1', args: plan.command ? plan.command.args : [file], env: {},
          preopens: plan.command ? plan.command.dirs : {}, stdout: stdoutFd, stderr: stderrFd, returnOnExit: true })
      : null;
    const instance = new WebAssembly.Instance(module, usesWasi ? { [WASI_MODULE]: wrapped(wasi) } : {});
    now = performance.now();
    phases.push({ name: 'instantiate', nanos: nanos(now - t) });

    for (const call of plan.calls) {
      const fn = instance.exports[call.export];
      if (typeof fn !== 'function') fail(`no function export named "${call.export}"`);
      for (let r = 0; r < call.reps; r++) {
        let result;
        t = performance.now();
        if (call.export === '_start' && wasi) {
          result = wasi.start(instance); // the exit code, 0 when _start returns
        } else {
          result = fn(...call.args);
        }
        now = performance.now();
        calls.push({ export: call.export, args: call.args, nanos: nanos(now - t), result: String(result ?? 0) });
      }
    }
  } finally {
    closeSync(stdoutFd);
    closeSync(stderrFd);
  }
  if (plan.command) {
    const out = readFileSync(outPath);
    const stdoutSha256 = createHash('sha256').update(out).digest('hex');
    return { phases, calls, stdout: out.subarray(0, 120).toString('utf8'), stdoutSha256, stdoutBytes: out.length };
  }
  return { phases, calls, stdout: readFileSync(outPath, 'utf8') };
}

try {
  const rounds = [];
  for (let i = 0; i < plan.rounds; i++) rounds.push(round(i));
  writeFileSync(reportPath, JSON.stringify({ rounds }));
} catch (e) {
  fail(`${e?.constructor?.name ?? 'Error'}: ${e?.message ?? e}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
