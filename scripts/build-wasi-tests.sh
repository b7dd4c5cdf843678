#!/usr/bin/env bash
# Rebuilds the WASI golden programs (wasi/src/test/c/NAME.c -> NAME.wasm, committed beside the
# source) and checks every program that can run natively against its expected output: it builds
# the program with gcc and runs it the way the golden runner runs the .wasm on each tier (same
# arguments, environment, standard input, sandbox contents), then compares stdout and the exit
# status with NAME.stdout and NAME.status.
#
#   scripts/build-wasi-tests.sh            rebuild every .wasm, check natively
#   scripts/build-wasi-tests.sh NAME...    only these programs
#   scripts/build-wasi-tests.sh --record   write NAME.stdout and NAME.status from the native run
#                                          (programs marked "native: no" keep theirs; review the diff)
#
# The golden format (NAME.run, optional) is described in wasi/README.md. Needs clang-16,
# wasm-ld-16, wasi-libc, compiler-rt for wasm32 and gcc; installs what is missing with apt-get
# (one update, then install) when run as root on Debian or Ubuntu.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$root/wasi/src/test/c
record=0
only=()
for arg in "$@"; do
  case $arg in
    --record) record=1 ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "build-wasi-tests: unknown option '$arg' (try --help)" >&2; exit 2 ;;
    *) only+=("$arg") ;;
  esac
done

CLANG=clang-16

missing_packages() {
  command -v "$CLANG" >/dev/null || { echo clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32; return; }
  command -v wasm-ld-16 >/dev/null || echo lld-16
  # clang prints the bare name when the wasm32-wasi sysroot lacks the file.
  [ "$("$CLANG" --target=wasm32-wasi -print-file-name=libc.a)" != libc.a ] || echo wasi-libc
  [ -f "$("$CLANG" --target=wasm32-wasi -print-libgcc-file-name)" ] || echo libclang-rt-16-dev-wasm32
  command -v gcc >/dev/null || echo gcc
}

packages=$(missing_packages | tr '\n' ' ')
if [ -n "${packages// /}" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "build-wasi-tests: missing tools; install these packages (as root: apt-get install $packages)" >&2
    exit 3
  fi
  echo "build-wasi-tests: installing $packages"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q $packages
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

names=("${only[@]}")
if [ ${#names[@]} -eq 0 ]; then
  for c in "$dir"/*.c; do names+=("$(basename "$c" .c)"); done
fi

failures=0
fail() {
  echo "FAIL $*" >&2
  failures=$((failures + 1))
}

# Reads NAME.run into: args, envs, stdin_file, links, native (1 or 0).
read_spec() {
  local name=$1 line key value
  args=() envs=() links=() stdin_file=/dev/null native=1
  [ -f "$dir/$name.run" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in '' | '#'*) continue ;; esac
    key=${line%%:*}
    value=${line#*:}
    value=${value# }
    case $key in
      arg) args+=("$value") ;;
      env) envs+=("$value") ;;
      stdin) stdin_file=$dir/$value ;;
      link) links+=("$value") ;;
      native) [ "${value%%:*}" = no ] && native=0 ;;
      *) fail "$name.run: unknown key '$key'"; return 1 ;;
    esac
  done <"$dir/$name.run"
}

for name in "${names[@]}"; do
  src=$dir/$name.c
  [ -f "$src" ] || { fail "$name: no $src"; continue; }
  "$CLANG" --target=wasm32-wasi -O2 -Wall -Wextra -Werror -Wl,--strip-debug -o "$dir/$name.wasm" "$src"
  read_spec "$name" || continue
  if [ "$native" = 0 ]; then
    echo "built $name.wasm (wasm only: $(sed -n 's/^native: no: //p' "$dir/$name.run"))"
    continue
  fi
  gcc -O2 -Wall -Wextra -Wno-format-truncation -Werror -o "$work/$name" "$src" -lm
  # The layout the golden runner makes: a sandbox (a copy of NAME.dir) and a directory beside it.
  run=$work/run-$name
  mkdir -p "$run/sandbox" "$run/outside"
  printf 'secret\n' >"$run/outside/secret.txt"
  [ -d "$dir/$name.dir" ] && cp -a "$dir/$name.dir/." "$run/sandbox/"
  for link in "${links[@]}"; do
    target=${link#* -> }
    ln -s "${target//\{outside\}/$run/outside}" "$run/sandbox/${link%% -> *}"
  done
  native_args=()
  for a in "${args[@]}"; do native_args+=("${a//\{dir\}/$run/sandbox}"); done
  set +e
  (cd "$run/sandbox" && env -i "${envs[@]}" "$work/$name" "${native_args[@]}" <"$stdin_file" >"$run/stdout" 2>"$run/stderr")
  status=$?
  set -e
  if [ "$record" = 1 ]; then
    cp "$run/stdout" "$dir/$name.stdout"
    echo "$status" >"$dir/$name.status"
    echo "recorded $name: status $status, $(wc -c <"$run/stdout") bytes of stdout"
    continue
  fi
  if [ ! -f "$dir/$name.stdout" ] || [ ! -f "$dir/$name.status" ]; then
    fail "$name: no $name.stdout or $name.status (run with --record after checking the program)"
  elif ! cmp -s "$run/stdout" "$dir/$name.stdout"; then
    fail "$name: native stdout differs from $name.stdout:"
    diff "$dir/$name.stdout" "$run/stdout" | head -20 >&2 || true
  elif [ "$status" != "$(cat "$dir/$name.status")" ]; then
    fail "$name: native exit status $status, expected $(cat "$dir/$name.status")"
  else
    echo "built $name.wasm; native run matches $name.stdout (status $status)"
  fi
done

if [ "$failures" -gt 0 ]; then
  echo "build-wasi-tests: $failures failure(s)" >&2
  exit 1
fi
