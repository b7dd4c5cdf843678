#!/usr/bin/env bash
# The test command (README and CI): builds every module and runs all tests on JDK 25 with Maven.
# Works from a fresh clone: Maven downloads what ~/.m2 lacks from Maven Central. It installs no
# system packages: scripts/setup.sh does that (the README's test command runs it first). Extra arguments
# go to Maven (e.g. ./scripts/test.sh -pl conformance -am). The spec suite is looked up as the
# tests do: -Dtandem.spec.dir, else $TANDEM_SPEC_DIR, else ../shared/spec/wasm-2.0/json.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib-jdk.sh
. "$ROOT/scripts/lib-jdk.sh"

if ! command -v mvn >/dev/null 2>&1; then
  echo "test.sh: mvn is not on PATH; install Maven 3.8 or newer" >&2
  exit 1
fi
# Maven's own libraries (jansi, guava) use native access and sun.misc.Unsafe; JDK 25 warns about
# both unless allowed, and those warnings would bury the test output.
export MAVEN_OPTS="${MAVEN_OPTS:---enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow}"

spec_dir="${TANDEM_SPEC_DIR:-$(dirname "$ROOT")/shared/spec/wasm-2.0/json}"
echo "test.sh: JDK $JAVA_HOME"
if [ -d "$spec_dir" ]; then
  echo "test.sh: spec suite $spec_dir"
else
  echo "test.sh: note: no spec suite at $spec_dir; the spec tests will be skipped (set TANDEM_SPEC_DIR)"
fi

# The report's test renders a page in headless Chromium, and its charts need a font; scripts/setup.sh
# installs both. Without them that one test is skipped with its reason.
missing=""
command -v chromium >/dev/null 2>&1 || missing="chromium"
command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ] || missing="${missing:+$missing and }a font"
[ -z "$missing" ] \
  || echo "test.sh: note: no $missing here: the report's browser test will be skipped (./scripts/setup.sh installs them)"

cd "$ROOT"
start=$SECONDS
# --fail-at-end: a failing module does not hide the results of the modules that do not depend on it.
if mvn -B --fail-at-end test "$@"; then
  echo "test.sh: PASSED: all tests passed ($((SECONDS - start)) s)"
else
  rc=$?
  echo "test.sh: FAILED: mvn exited with $rc after $((SECONDS - start)) s; the failing tests are listed above" >&2
  exit "$rc"
fi
