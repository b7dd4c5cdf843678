#!/usr/bin/env bash
# Regenerates the checked-in .wasm files from their .wat sources (wabt's wat2wasm).
# The tests read only the .wasm files, so the build needs no wabt.
set -euo pipefail
cd "$(dirname "$0")"
for wat in *.wat; do
  wat2wasm "$wat" -o "${wat%.wat}.wasm"
done
