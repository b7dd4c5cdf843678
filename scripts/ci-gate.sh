#!/usr/bin/env bash
# The CI regression gate: a quick benchmark run judged against the committed baseline.
#
#   scripts/ci-gate.sh [--baseline DIR] [--out DIR] [gate options...]
#
# Runs ./scripts/bench.sh --profile quick (report included, with the comparison section), then
# scripts/gate.sh BASELINE RUN, writing the Markdown verdict to the log and to RUN/gate.md.
# Exit status: the gate's (0 passed, 1 regression; see scripts/gate.sh), or bench.sh's when the run fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
baseline="$ROOT/reports/baseline" out="" gate_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --baseline) baseline="${2:-}"; shift 2 || { echo "ci-gate.sh: --baseline needs a folder" >&2; exit 2; } ;;
    --out) out="${2:-}"; shift 2 || { echo "ci-gate.sh: --out needs a folder" >&2; exit 2; } ;;
    *) gate_args+=("$1"); shift ;;
  esac
done
if [ ! -d "$baseline" ] || [ -z "$(ls "$baseline"/*.json 2>/dev/null)" ]; then
  echo "ci-gate.sh: no baseline results in $baseline (record one: ./scripts/bench.sh --out DIR, then copy DIR/*.json)" >&2
  exit 4
fi
out="${out:-$ROOT/reports/out/ci-$(date -u +%Y%m%d-%H%M%S)}"

"$ROOT/scripts/bench.sh" --profile quick --baseline "$baseline" --out "$out"
echo "ci-gate.sh: judging $out against $baseline"
"$ROOT/scripts/gate.sh" "$baseline" "$out" --markdown "$out/gate.md" "${gate_args[@]}"
