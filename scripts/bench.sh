#!/usr/bin/env bash
# The lab's main job: runs the harnesses on the built-in workloads, writes the HTML report and prints
# its path.
#
#   ./scripts/bench.sh [--profile quick|full] [--engines ID,...] [--workloads NAME,...]
#                      [--baseline FILE|DIR] [--out DIR] [--flame ENGINE:WORKLOAD,...|none]
#
# quick (the default) is the CI profile: under 10 minutes on two cores; full runs every workload at
# its default size (under an hour). Results (JSON per docs/results-schema.md), flame graphs (cpu, by
# default of the two Tandem tiers on nbody) and index.html go to reports/out/<timestamp>/ unless --out
# says otherwise. With --baseline the report adds a comparison (scripts/gate.sh gives the verdict).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
usage() { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

profile=quick out="" baseline="" engines=() workloads=() flame="tandem-truffle-jit:nbody,tandem-aot-memory:nbody"
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --profile) profile="${2:-}"; shift 2 || { echo "bench.sh: --profile needs quick or full" >&2; exit 2; } ;;
    --engines) engines=(--engines "${2:-}"); shift 2 || { echo "bench.sh: --engines needs a list" >&2; exit 2; } ;;
    --workloads) workloads=(--workloads "${2:-}"); shift 2 || { echo "bench.sh: --workloads needs a list" >&2; exit 2; } ;;
    --baseline) baseline="${2:-}"; shift 2 || { echo "bench.sh: --baseline needs a file or folder" >&2; exit 2; } ;;
    --flame) flame="${2:-}"; shift 2 || { echo "bench.sh: --flame needs ENGINE:WORKLOAD pairs or none" >&2; exit 2; } ;;
    --out) out="${2:-}"; shift 2 || { echo "bench.sh: --out needs a folder" >&2; exit 2; } ;;
    *) echo "bench.sh: unknown argument: $1 (see ./scripts/bench.sh --help)" >&2; exit 2 ;;
  esac
done
case "$profile" in quick | full) ;; *) echo "bench.sh: --profile must be quick or full, got '$profile'" >&2; exit 2 ;; esac
if [ -n "$baseline" ] && [ ! -e "$baseline" ]; then
  echo "bench.sh: no such baseline: $baseline" >&2
  exit 4
fi

out="${out:-$ROOT/reports/out/$(date -u +%Y%m%d-%H%M%S)}"
mkdir -p "$out"
export LAB_OUT_DIR
LAB_OUT_DIR="$(cd "$out" && pwd)"
echo "bench.sh: profile $profile, results in $LAB_OUT_DIR"

flames=()
[ "$flame" = none ] || flames=(--flame "$flame")

start=$SECONDS
echo "bench.sh: [1/3] start-up, whole-process start-up and density"
"$ROOT/scripts/lab-startup.sh" "$profile" "${engines[@]}"
echo "bench.sh: [2/3] throughput ($((SECONDS - start)) s so far)"
"$ROOT/scripts/lab-throughput.sh" "$profile" "${engines[@]}" "${workloads[@]}" "${flames[@]}"
echo "bench.sh: [3/3] module-load scaling ($((SECONDS - start)) s so far)"
"$ROOT/scripts/lab-deserialize.sh" "$profile"
echo "bench.sh: harnesses done in $((SECONDS - start)) s"

report_args=(--out "$LAB_OUT_DIR")
[ -z "$baseline" ] || report_args+=(--baseline "$baseline")
"$ROOT/reports/bin/report" "${report_args[@]}" "$LAB_OUT_DIR"
