#!/usr/bin/env bash
# The setup step (README, CI): installs the system packages the tests use that a fresh machine
# lacks, so that scripts/test.sh itself installs nothing. Today that is headless Chromium and a font
# for the report's browser test (reports/). As root with apt-get (Debian, Ubuntu) it installs them;
# elsewhere it names them and exits 0, and that one test is skipped with its reason. Safe to run
# again: it installs only what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib-apt.sh
. "$ROOT/scripts/lib-apt.sh"

needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ] || needed+=(fontconfig fonts-dejavu-core)

if [ "${#needed[@]}" -eq 0 ]; then
  echo "setup.sh: nothing to install (chromium and a font are here)"
  exit 0
fi
tandem_apt_install setup.sh "${needed[@]}" \
  || echo "setup.sh: note: without ${needed[*]} the report's browser test is skipped"
