#!/usr/bin/env bash
# The statistical regression gate: scripts/gate.sh BASELINE RESULTS [options]
# BASELINE and RESULTS are results JSON files or folders of them (e.g. reports/baseline/ and the
# folder bench.sh wrote). Prints a Markdown summary; --help lists the options (thresholds, level).
# Exit: 0 passed, 1 regression (or a baseline metric that no longer validates, or a scaling exponent
# over the limit), 2 usage, 3 no JDK 25, 4 input missing, 5 input not tandem-results/1,
# 6 nothing comparable, 7 the reports module could not be built.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../reports/bin/lib-reports.sh
. "$ROOT/reports/bin/lib-reports.sh"

exec "$JAVA_HOME/bin/java" -cp "$REPORTS_CP" dev.tandem.reports.gate.GateMain "$@"
