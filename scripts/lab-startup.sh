#!/usr/bin/env bash
# The start-up harnesses, one results file each:
#   startup.json          in-process phases of hello, cold (fresh JVM per sample, JMH single-shot) and warm
#   startup-process.json  whole process running hello: wall time and peak RSS, per engine
#   density.json          K live instances of hello in one process: time and bytes per instance
#
#   scripts/lab-startup.sh quick|full [--engines ID,...]
#
# quick: 3 cold forks, 5 process runs, K = 100 and 1,000 (a couple of minutes).
# full:  30 cold forks, 25 process runs, K up to 10,000.
# Writes into $LAB_OUT_DIR (default lab/results/PROFILE-DATE-TIME/) and prints the paths.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"

lab_usage_profile "${1:-}"
profile="$1"
shift
out="$(lab_out_dir "$profile")"
lab_build startup-bench
lab_run startup-bench dev.tandem.startup.StartupHarness --profile "$profile" --out "$out/startup.json" "$@"
lab_run startup-bench dev.tandem.startup.ProcessHarness --profile "$profile" --out "$out/startup-process.json" "$@"
lab_run startup-bench dev.tandem.startup.DensityHarness --profile "$profile" --out "$out/density.json" "$@"
