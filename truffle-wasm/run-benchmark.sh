#!/usr/bin/env bash
# Runs the Truffle tier's JMH benchmark (LoopKernelBenchmark: the loop kernel compiled by Graal
# against engine.Compilation=false) in JVMs started with the JVMCI flags of target/jvm.args.
# Extra arguments go to JMH, e.g.: truffle-wasm/run-benchmark.sh -rf json -rff /tmp/kernel.json
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/lib-jdk.sh
. "$ROOT/scripts/lib-jdk.sh"
cd "$ROOT"

MVN_ARGS=(-q -B process-test-classes dependency:build-classpath -pl truffle-wasm -am
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt)
mvn -o "${MVN_ARGS[@]}" >/dev/null 2>&1 || mvn "${MVN_ARGS[@]}"

MODULE="$ROOT/truffle-wasm"
# shellcheck disable=SC2046  # jvm.args is a list of flags
exec "$JAVA_HOME/bin/java" $(cat "$MODULE/target/jvm.args") \
  -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/test-classpath.txt")" \
  org.openjdk.jmh.Main LoopKernelBenchmark "$@"
