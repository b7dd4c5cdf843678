#!/usr/bin/env bash
# The lab's main job: runs the harnesses on the built-in workloads, writes the HTML report and prints
# its path.
#
#   ./scripts/bench.sh [--profile quick|full] [--engines ID,...] [--workloads NAME,...]
#                      [--baseline FILE|DIR] [--out DIR]
#
# quick (the default) is the CI profile: a few minutes on two cores; full runs every workload at its
# default size. Results (JSON per docs/results-schema.md), flame graphs and index.html go to
# reports/out/<timestamp>/ unless --out says otherwise. With --baseline the report adds a comparison.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

profile=quick out="" baseline="" engines=() workloads=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --profile) profile="${2:-}"; shift 2 || { echo "bench.sh: --profile needs quick or full" >&2; exit 2; } ;;
    --engines) engines=(--engines "${2:-}"); shift 2 || { echo "bench.sh: --engines needs a list" >&2; exit 2; } ;;
    --workloads) workloads=(--workloads "${2:-}"); shift 2 || { echo "bench.sh: --workloads needs a list" >&2; exit 2; } ;;
    --baseline) baseline="${2:-}"; shift 2 || { echo "bench.sh: --baseline needs a file or folder" >&2; exit 2; } ;;
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

start=$SECONDS
"$ROOT/scripts/lab-startup.sh" "$profile" "${engines[@]}"
"$ROOT/scripts/lab-throughput.sh" "$profile" "${engines[@]}" "${workloads[@]}"
if [ -x "$ROOT/scripts/lab-deserialize.sh" ]; then
  "$ROOT/scripts/lab-deserialize.sh" "$profile"
fi
echo "bench.sh: harnesses done in $((SECONDS - start)) s"

report_args=(--out "$LAB_OUT_DIR")
[ -z "$baseline" ] || report_args+=(--baseline "$baseline")
"$ROOT/reports/bin/report" "${report_args[@]}" "$LAB_OUT_DIR"
