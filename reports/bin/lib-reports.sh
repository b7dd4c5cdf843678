# Sourced by scripts/gate.sh, reports/bin/report and reports/bin/pool-baseline: finds a JDK 25 (exit 3
# if none), builds the reports module and the results model it reads with (results/) when a jar or
# the classpath is missing or older than their sources (exit 7 if that fails: distinct from the
# gate's own codes), and sets REPORTS_CP.
# Expects ROOT (the repository root) to be set.

# shellcheck source=../../scripts/lib-jdk.sh
. "$ROOT/scripts/lib-jdk.sh"

REPORTS_JAR="$ROOT/reports/target/tandem-reports.jar"
REPORTS_CLASSPATH_FILE="$ROOT/reports/target/classpath.txt"

tandem_reports_needs_build() {
  [ -f "$REPORTS_JAR" ] && [ -f "$REPORTS_CLASSPATH_FILE" ] || return 0
  [ -n "$(find "$ROOT/pom.xml" "$ROOT/reports/pom.xml" "$ROOT/reports/src/main" "$ROOT/results/pom.xml" "$ROOT/results/src/main" \
    -newer "$REPORTS_JAR" -type f -print -quit 2>/dev/null)" ]
}

if tandem_reports_needs_build; then
  if ! command -v mvn >/dev/null 2>&1; then
    echo "reports: the reports module is not built and mvn is not on PATH; install Maven 3.8+" >&2
    exit 7
  fi
  echo "reports: building the reports module (mvn package -pl reports -am)..." >&2
  tandem_reports_log="$(mktemp)"
  export MAVEN_OPTS="${MAVEN_OPTS:---enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow}"
  # Offline first (fast, no network); online when a dependency is not in ~/.m2 yet. -am: the results
  # module comes from this tree, never from ~/.m2 (the classpath then names results/target's jar).
  if ! (cd "$ROOT" && mvn -q -o -B package -DskipTests -pl reports -am >"$tandem_reports_log" 2>&1) \
     && ! (cd "$ROOT" && mvn -q -B package -DskipTests -pl reports -am >"$tandem_reports_log" 2>&1); then
    cat "$tandem_reports_log" >&2
    rm -f "$tandem_reports_log"
    echo "reports: building the reports module failed (output above)" >&2
    exit 7
  fi
  rm -f "$tandem_reports_log"
  # Maven leaves an up-to-date jar untouched; mark it as checked against the sources just built.
  touch "$REPORTS_JAR"
fi

REPORTS_CP="$REPORTS_JAR:$(cat "$REPORTS_CLASSPATH_FILE")"
