#!/usr/bin/env bash
# The throughput harness: every workload x engine, JMH for the JVM engines, self-timed node and native.
#
#   scripts/lab-throughput.sh quick|full [--engines ID,...] [--workloads NAME,...]
#                             [--flame ENGINE:WORKLOAD,...] [--flame-event cpu|alloc]
#
# quick: 3 workloads at their quick size, 4 warm-up + 10 measured iterations (minutes; the CI gate's profile).
# full:  every workload at its default size, 2 warm-up + 3 measured calls; interpreters at the quick size (~30 min).
# Then the real programs (workloads/manifest.json's "real"): quick runs SQLite and Lua at their quick size,
# full every program at its default size; peak, warm-up and whole process (throughput-bench/README.md).
# --workloads may name kernels and real programs.
# --flame adds async-profiler flame graphs (a separate profiling run) for JVM engines, under flame/.
# Writes throughput.json into $LAB_OUT_DIR (default lab/results/PROFILE-DATE-TIME/) and prints its path.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"

lab_usage_profile "${1:-}"
profile="$1"
shift
out="$(lab_out_dir "$profile")"
lab_build throughput-bench
# Real programs are timed as whole processes through the CLI (tandem run): build it when stale, as
# scripts/tandem does (it leaves cli/target/tandem-cli.jar and classpath.txt).
"$ROOT/scripts/tandem" --help >/dev/null
lab_run throughput-bench dev.tandem.throughput.ThroughputHarness --profile "$profile" --out "$out/throughput.json" "$@"
