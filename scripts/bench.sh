#!/usr/bin/env bash
# Placeholder for the benchmark lab (startup, throughput, module-load scaling; see DESIGN.md).
# The lab is not built yet. Until it is, this prints the one measurement that exists: the spec
# conformance summary of the tier that is built (validate: decode and validation only), and exits
# with that run's status. Optional argument: a spec file or directory instead of the default suite.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

echo "bench.sh: the benchmark lab is not built yet; it comes later. No performance numbers are produced."
echo "bench.sh: conformance of what is built (tier validate: decode + validate, no execution):"
exec "$ROOT/scripts/tandem" wast --tier validate "$@"
