#!/usr/bin/env bash
# Rebuilds the workload corpus (workloads/, see workloads/README.md) and checks every checksum.
#
#   scripts/build-workloads.sh           rebuilds the Wasm modules (committed) and the native binaries
#                                        (workloads/build/native, not committed), then checks the quick
#                                        and default sizes natively and under node, commands included
#   scripts/build-workloads.sh --quick   the same, checking only the quick sizes
#   scripts/build-workloads.sh --record  after an intentional change to a workload: writes the native
#                                        checksums into manifest.json, then checks node against them
#
# Needs clang-16, wasm-ld-16, wasi-libc, compiler-rt for wasm32, gcc and node; installs what is
# missing with apt-get when run as root on Debian or Ubuntu.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$root/workloads
native=$dir/build/native
quick_only=0
record=0
for arg in "$@"; do
  case $arg in
    --quick) quick_only=1 ;;
    --record) record=1 ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-workloads: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

CLANG=clang-16

# ---- tools ----

missing_packages() {
  command -v "$CLANG" >/dev/null || { echo clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32; return; }
  command -v wasm-ld-16 >/dev/null || echo lld-16
  # clang prints the bare name when it cannot find the file in the wasm32-wasi sysroot.
  [ "$("$CLANG" --target=wasm32-wasi -print-file-name=libc.a)" != libc.a ] || echo wasi-libc
  [ -f "$("$CLANG" --target=wasm32-wasi -print-libgcc-file-name)" ] || echo libclang-rt-16-dev-wasm32
}

ensure_tools() {
  local packages
  packages=$(missing_packages | tr '\n' ' ')
  command -v gcc >/dev/null || packages+="gcc "
  command -v node >/dev/null || packages+="nodejs "
  [ -n "${packages// /}" ] || return 0
  # shellcheck source=lib-apt.sh
  . "$(dirname "${BASH_SOURCE[0]}")/lib-apt.sh"
  # shellcheck disable=SC2086 # one word per package
  tandem_apt_install build-workloads $packages || exit 3
}

# ---- building ----

wasm_flags=(--target=wasm32-wasi -O2 -Wall -Wextra -Wl,--strip-debug)
native_flags=(-O2 -Wall -Wextra)

build() { # name simd default_n
  local name=$1 simd=$2 default_n=$3 src=$dir/src/$1.c extra=()
  local defines=("-DWL_NAME=\"$name\"" "-DWL_DEFAULT_N=$default_n")
  [ "$simd" = 1 ] && extra=(-msimd128)
  "$CLANG" "${wasm_flags[@]}" "${extra[@]}" -nostartfiles -Wl,--no-entry -Wl,--export=setup -Wl,--export=run \
    -o "$dir/wasm/library/$name.wasm" "$src"
  "$CLANG" "${wasm_flags[@]}" "${extra[@]}" "${defines[@]}" -o "$dir/wasm/command/$name.wasm" "$src" "$dir/driver/command.c"
  gcc "${native_flags[@]}" "${defines[@]}" -o "$native/$name" "$src" "$dir/driver/command.c" -lm
  gcc "${native_flags[@]}" -o "$native/$name-bench" "$src" "$dir/driver/bench.c" -lm
  if [ "$simd" = 1 ]; then # the plain-C path defines the answer both intrinsic paths must give
    gcc "${native_flags[@]}" -DWL_SCALAR -o "$native/$name-scalar-bench" "$src" "$dir/driver/bench.c" -lm
  fi
}

# ---- checking ----

failures=0
fail() {
  echo "FAIL $*" >&2
  failures=$((failures + 1))
}

field() { # key line: prints the value of key=value in a bench line
  sed -n "s/.*\b$1=\(-\{0,1\}[0-9]*\).*/\1/p" <<<"$2"
}

describe() { node "$dir/node/run-wasi.mjs" describe "$1"; }

check_interface() { # name wasi
  local name=$1 wasi=$2 lib cmd
  lib=$(describe "$dir/wasm/library/$name.wasm")
  for want in "export memory memory" "export setup function" "export run function"; do
    grep -qx "$want" <<<"$lib" || fail "$name: library module lacks '$want'"
  done
  if [ "$wasi" = 0 ] && grep -q '^import' <<<"$lib"; then
    fail "$name: library module should import nothing but has: $(grep '^import' <<<"$lib" | tr '\n' ' ')"
  fi
  if grep '^import' <<<"$lib" | grep -vq '^import wasi_snapshot_preview1\.'; then
    fail "$name: library module imports something other than WASI"
  fi
  cmd=$(describe "$dir/wasm/command/$name.wasm")
  grep -qx "export _start function" <<<"$cmd" || fail "$name: command module lacks _start"
  if grep '^import' <<<"$cmd" | grep -vq '^import wasi_snapshot_preview1\.'; then
    fail "$name: command module imports something other than WASI"
  fi
}

compare() { # name where size expected got
  if [ "$4" = - ]; then
    fail "$1 $3: no checksum recorded in manifest.json (run with --record after checking the change)"
  elif [ "$4" != "$5" ]; then
    fail "$1 $2 $3: expected checksum ${4}, got ${5:-nothing}"
  fi
}

ms() { awk -v ns="$1" 'BEGIN { if (ns == "") print "-"; else printf "%.0f", ns / 1e6 }'; }

# Runs one size-set through a bench-style runner and checks each line; sets ns_by_size.
check_runs() { # name where expected_q expected_d runner...
  local name=$1 where=$2 expected_q=$3 expected_d=$4 out
  shift 4
  local sizes=("$quick_n")
  [ "$quick_only" = 1 ] || sizes+=("$default_n")
  if ! out=$("$@" "${sizes[@]}" 2>&1); then
    fail "$name $where: runner failed: $(tail -n 3 <<<"$out" | tr '\n' ' ')"
    return
  fi
  local q d
  q=$(sed -n 2p <<<"$out")
  compare "$name" "$where" quick "$expected_q" "$(field checksum "$q")"
  ns_q=$(field ns "$q")
  ns_d=
  if [ "$quick_only" = 0 ]; then
    d=$(sed -n 3p <<<"$out")
    compare "$name" "$where" default "$expected_d" "$(field checksum "$d")"
    ns_d=$(field ns "$d")
  fi
}

check_command() { # name where expected_line runner...
  local name=$1 where=$2 expected=$3 out
  shift 3
  out=$("$@" 2>&1) || { fail "$name $where command: exited with $?: $out"; return; }
  [ "$out" = "$expected" ] || fail "$name $where command: expected '$expected', got '$out'"
}

# ---- main ----

ensure_tools
mkdir -p "$native" "$dir/wasm/library" "$dir/wasm/command"
cd "$dir"

read -r hello_path < <(node node/manifest.mjs hello)
hello_line=$(node node/manifest.mjs hello | sed -n 2p)
"$CLANG" "${wasm_flags[@]}" -nostartfiles -o "$hello_path" src/hello.c
gcc "${native_flags[@]}" -o "$native/hello" src/hello.c
[ "$(describe "$hello_path")" = $'import wasi_snapshot_preview1.fd_write function\nexport memory memory\nexport _start function' ] ||
  fail "hello: expected exactly one import (fd_write) and exports memory and _start"
check_command hello native "$hello_line" "$native/hello"
check_command hello node "$hello_line" node node/run-wasi.mjs command "$hello_path"

rows=$(node node/manifest.mjs rows)
summary=()
while IFS=$'\t' read -r name simd wasi quick_n quick_ck default_n default_ck; do
  echo "== $name"
  build "$name" "$simd" "$default_n"
  check_interface "$name" "$wasi"

  if [ "$record" = 1 ]; then
    out=$("$native/$name-bench" "$quick_n" "$default_n")
    quick_ck=$(field checksum "$(sed -n 2p <<<"$out")")
    default_ck=$(field checksum "$(sed -n 3p <<<"$out")")
    node node/manifest.mjs record "$name" quick "$quick_ck"
    node node/manifest.mjs record "$name" default "$default_ck"
  fi

  check_runs "$name" native "$quick_ck" "$default_ck" "$native/$name-bench"
  native_q=$ns_q native_d=$ns_d
  if [ "$simd" = 1 ]; then
    check_runs "$name" native-scalar "$quick_ck" "$default_ck" "$native/$name-scalar-bench"
  fi
  check_runs "$name" node "$quick_ck" "$default_ck" node node/run-wasi.mjs library "wasm/library/$name.wasm"
  node_q=$ns_q node_d=$ns_d
  if [ "$quick_only" = 0 ]; then
    expected="$name n=$default_n checksum=$default_ck"
    check_command "$name" native "$expected" "$native/$name"
    check_command "$name" node "$expected" node node/run-wasi.mjs command "wasm/command/$name.wasm"
  fi
  summary+=("$(printf '%-15s %10s %7s %7s %10s %7s %7s' "$name" "$quick_n" "$(ms "$native_q")" "$(ms "$node_q")" \
    "$default_n" "$(ms "$native_d")" "$(ms "$node_d")")")
done <<<"$rows"

echo
printf '%-15s %10s %7s %7s %10s %7s %7s\n' workload quick_n native node default_n native node
printf '%-15s %10s %7s %7s %10s %7s %7s\n' '' '' ms ms '' ms ms
printf '%s\n' "${summary[@]}"

if command -v git >/dev/null && git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
  changed=$(git -C "$root" status --porcelain -- workloads/wasm workloads/manifest.json)
  [ -z "$changed" ] || printf '\nnote: rebuilt files differ from the committed ones (commit them if intended):\n%s\n' "$changed"
fi

if [ "$failures" -gt 0 ]; then
  echo "build-workloads: $failures check(s) failed" >&2
  exit 1
fi
echo "build-workloads: all checksums match"
