#!/usr/bin/env bash
# Every lab harness of this folder into one results folder (what reports/ reads as one run):
#
#   scripts/lab-all.sh quick|full [--engines ID,...]
#
# quick takes a few minutes on two cores; full takes hours. Prints the results folder at the end.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"

lab_usage_profile "${1:-}"
LAB_OUT_DIR="$(lab_out_dir "$1")"
export LAB_OUT_DIR
start=$(date +%s)
"$ROOT/scripts/lab-startup.sh" "$@"
"$ROOT/scripts/lab-throughput.sh" "$@"
echo "[lab] all harnesses done in $(( $(date +%s) - start )) s; results in $LAB_OUT_DIR"
