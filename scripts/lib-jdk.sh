# Sourced by the entry points: finds a JDK 25 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME when it is 25+, else the newest JDK 25+ under /usr/lib/jvm (and a few usual places).

tandem_java_feature() { # prints the feature version of the JDK at $1, or nothing
  local rel="$1/release"
  [ -x "$1/bin/java" ] || return 0
  if [ -f "$rel" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel"
  else
    "$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'
  fi
}

tandem_find_jdk() {
  local v best="" bestv=0 d
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(tandem_java_feature "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$d" ] || continue
    v=$(tandem_java_feature "$d")
    [ -n "$v" ] || continue
    if [ "$v" -ge 25 ] && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  done
  if [ -n "$best" ]; then echo "$best"; return 0; fi
  return 1
}

if ! TANDEM_JDK=$(tandem_find_jdk); then
  echo "tandem: no JDK 25 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, searched /usr/lib/jvm); install one (e.g. Temurin 25) or set JAVA_HOME to it" >&2
  exit 3
fi
export JAVA_HOME="$TANDEM_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
