# Sourced by the entry points: installs Debian packages a fresh machine lacks.
# tandem_apt_install WHO PKG... — as root with apt-get: 'apt-get update' once per process, then
# 'apt-get install -y'. Elsewhere it says which packages to install and returns 1.

tandem_apt_updated=${tandem_apt_updated:-}

tandem_apt_install() {
  local who="$1"; shift
  [ "$#" -gt 0 ] || return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "$who: missing packages; install them (as root: apt-get install -y $*)" >&2
    return 1
  fi
  echo "$who: installing $*"
  if [ -z "$tandem_apt_updated" ]; then
    apt-get update -q >/dev/null && tandem_apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
}
