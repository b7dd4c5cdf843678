#!/usr/bin/env bash
# Module-load scaling (harness deserialize): generated precompiled modules loaded at once or in
# batches, from one or more threads, unwind info on and off, and the naive-registry ablation.
#
#   scripts/lab-deserialize.sh quick|full [--modules N] [--sets DIR]
#
# quick: 3,000 modules of 10 functions, 6 configurations, one JVM of 3 rounds each (under 2 minutes on
#        two busy cores, plus about 20 s the first time to generate and precompile the modules).
# full:  10,000 modules, 1/2/4 threads, batches, the naive registry, the function-count sweep,
#        14 configurations, two JVMs of 2 rounds each.
# Generated modules are kept in deserialize-bench/target/modules and reused by later runs.
# Writes deserialize.json into $LAB_OUT_DIR (default lab/results/PROFILE-DATE-TIME/) and prints its path.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lab-common.sh"

lab_usage_profile "${1:-}"
profile="$1"
shift
out="$(lab_out_dir "$profile")"
lab_build deserialize-bench
lab_run deserialize-bench dev.tandem.deserialize.DeserializeHarness --profile "$profile" --out "$out/deserialize.json" "$@"
