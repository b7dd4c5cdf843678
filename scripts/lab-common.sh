# Sourced by the scripts/lab-*.sh entry points: finds a JDK 25, builds a harness module when its jar or
# classpath is missing or older than the sources, and runs its main classes on that classpath.
# LAB_JAVA_OPTS are passed to the harness JVM (not to the JVMs it forks; engines choose their own flags).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib-jdk.sh
. "$ROOT/scripts/lib-jdk.sh"

lab_usage_profile() { # $1 = the profile argument; exits 2 unless quick or full
  case "${1:-}" in
    quick | full) ;;
    *) echo "$(basename "$0"): first argument must be the profile, quick or full (got '${1:-}')" >&2; exit 2 ;;
  esac
}

# The folder a run writes into: $LAB_OUT_DIR, else lab/results/PROFILE-DATE-TIME.
lab_out_dir() { # $1 = profile
  local dir="${LAB_OUT_DIR:-$ROOT/lab/results/$1-$(date -u +%Y%m%d-%H%M%S)}"
  mkdir -p "$dir"
  (cd "$dir" && pwd)
}

lab_needs_build() { # $1 = module folder
  local jar="$ROOT/$1/target/$1-0.1.0-SNAPSHOT.jar" cp="$ROOT/$1/target/classpath.txt" m sources=("$ROOT/pom.xml")
  [ -f "$jar" ] && [ -f "$cp" ] || return 0
  for m in wasm-core runtime lab truffle-wasm aot-tier "$1"; do
    [ -d "$ROOT/$m" ] && sources+=("$ROOT/$m/pom.xml" "$ROOT/$m/src/main")
  done
  [ -n "$(find "${sources[@]}" -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}

lab_build() { # $1 = module folder
  lab_needs_build "$1" || return 0
  command -v mvn >/dev/null 2>&1 || { echo "lab: $1 is not built and mvn is not on PATH; install Maven 3.8+" >&2; exit 1; }
  echo "lab: building $1 (mvn package -pl $1 -am)..." >&2
  local log goals=(package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DskipTests -pl "$1" -am)
  log="$(mktemp)"
  # Offline first (fast, no network); online when a dependency is not in ~/.m2 yet.
  if ! (cd "$ROOT" && MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED" mvn -q -o -B "${goals[@]}" >"$log" 2>&1) \
     && ! (cd "$ROOT" && MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED" mvn -q -B "${goals[@]}" >"$log" 2>&1); then
    cat "$log" >&2
    rm -f "$log"
    echo "lab: building $1 failed (output above)" >&2
    exit 1
  fi
  rm -f "$log"
  touch "$ROOT/$1/target/$1-0.1.0-SNAPSHOT.jar" # Maven leaves an up-to-date jar untouched
}

lab_run() { # $1 = module folder, $2 = main class, rest = its arguments
  local module="$1" main="$2"
  shift 2
  # shellcheck disable=SC2086  # LAB_JAVA_OPTS is a list of options
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow ${LAB_JAVA_OPTS:-} \
    -Dtandem.root="$ROOT" -cp "$ROOT/$module/target/$module-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/$module/target/classpath.txt")" \
    "$main" "$@"
}
