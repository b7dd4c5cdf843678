#!/usr/bin/env bash
# Builds the real-program set (workloads/real/, see workloads/real/README.md) from pinned Debian
# source packages and checks that every engine prints what the manifest's "real" entries say.
#
#   scripts/build-real-workloads.sh [OPTIONS] [NAME...]   all programs, or only those named
#     --quick       check the quick sizes only
#     --engines L   run only these engines, a comma-separated subset of native,node,aot,truffle
#                   (the Truffle tier needs minutes at default sizes)
#     --no-build    fetch and build nothing: check the committed .wasm files and the native
#                   binaries an earlier run left in workloads/build/real/native
#     --record      after an intentional change: write native's stdout hashes and exit codes into
#                   manifest.json, then check the other engines against them
#
# For each program: fetches the pinned source package with 'apt-get source --download-only' into
# workloads/build/real/ (git-ignored) and refuses a .dsc of another version or an orig tarball with
# another sha256; unpacks it; builds real/wasm/NAME.wasm (clang-16 --target=wasm32-wasi -O2,
# committed) and a native binary (gcc -O2, workloads/build/real/native, not committed); then runs
# each size natively, under node (node/run-wasi.mjs) and on both Tandem tiers (scripts/tandem run)
# and compares the stdout's sha256 and the exit code with the manifest. Ends with a table of wall
# and CPU (user+sys) seconds per run.
#
# Needs what scripts/build-workloads.sh needs (clang-16, wasm-ld-16, wasi-libc, compiler-rt for
# wasm32, gcc, node) plus tclsh (SQLite generates its sources with Tcl) and a deb-src entry for
# Debian bookworm; as root it installs what is missing and adds the entry
# (/etc/apt/sources.list.d/tandem-src.sources). Exit: 1 a check failed, 2 usage, 3 tools missing,
# 4 a source package could not be fetched or does not match its pin, 5 a build failed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$root/workloads
real=$dir/real
work=$dir/build/real
downloads=$work/downloads
sources=$work/src
native=$work/native
runs=$work/runs

quick_only=0 record=0 build=1 engines=native,node,aot,truffle
only=()
while [ "$#" -gt 0 ]; do
  case $1 in
    --quick) quick_only=1 ;;
    --record) record=1 ;;
    --no-build) build=0 ;;
    --engines)
      [[ "${2:-}" =~ ^(native|node|aot|truffle)(,(native|node|aot|truffle))*$ ]] ||
        { echo "build-real-workloads: --engines needs a comma-separated list of native, node, aot, truffle" >&2; exit 2; }
      engines=$2
      shift ;;
    -h | --help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "build-real-workloads: unknown option '$1' (try --help)" >&2; exit 2 ;;
    *) only+=("$1") ;;
  esac
  shift
done
if [ "$record" = 1 ] && [[ ",$engines," != *,native,* ]]; then
  echo "build-real-workloads: --record takes the hashes from native, so --engines must include native" >&2
  exit 2
fi
uses() { [[ ",$engines," == *",$1,"* ]]; }

# The pins: program, Debian source package, version, upstream tarball, its sha256. A new version
# is a deliberate change: update the pin, rebuild, check, and re-record the hashes.
PINS="\
lua    lua5.4   5.4.4-3+deb12u1   lua5.4_5.4.4.orig.tar.gz         164c7849653b80ae67bec4b7473b884bf5cc8d2dca05653475ec2ed27b9ebf61
sqlite sqlite3  3.40.1-2+deb12u2  sqlite3_3.40.1.orig.tar.xz       aaa776260ab4dc976db34aa7891819484c8676b5b2783123ebc6301e2ca5d655
bzip2  bzip2    1.0.8-5           bzip2_1.0.8.orig.tar.gz          ab5a03176ee106d3f0fa90e381da478ddae405918153cca248e682cd0c4a2269
zlib   zlib     1:1.2.13.dfsg-1   zlib_1.2.13.dfsg.orig.tar.bz2    71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1
zstd   libzstd  1.5.4+dfsg2-5     libzstd_1.5.4+dfsg2.orig.tar.xz  8cf4bbb65e77ec348d052c8d6230eba66d435bddf64c8b5be2fcb16880c19953"

die() { # code message
  echo "build-real-workloads: $2" >&2
  exit "$1"
}

CLANG=clang-16
# 1 MiB of Wasm stack (wasm-ld's default is 64 KiB; SQLite's parser and Lua's C calls need more).
wasm_flags=(--target=wasm32-wasi -O2 -w -Wl,--strip-debug -Wl,-z,stack-size=1048576)
native_flags=(-O2 -w)

# ---- tools ----

ensure_tools() {
  local packages=""
  command -v "$CLANG" >/dev/null || packages+="clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32 "
  if command -v "$CLANG" >/dev/null; then
    command -v wasm-ld-16 >/dev/null || packages+="lld-16 "
    [ "$("$CLANG" --target=wasm32-wasi -print-file-name=libc.a)" != libc.a ] || packages+="wasi-libc "
    [ -f "$("$CLANG" --target=wasm32-wasi -print-libgcc-file-name)" ] || packages+="libclang-rt-16-dev-wasm32 "
  fi
  command -v gcc >/dev/null || packages+="gcc "
  command -v node >/dev/null || packages+="nodejs "
  command -v tclsh >/dev/null || packages+="tcl "
  command -v make >/dev/null || packages+="make "
  command -v apt-get >/dev/null || die 3 "needs apt-get (Debian or Ubuntu) to fetch the source packages"
  [ -n "${packages// /}" ] || return 0
  # shellcheck source=lib-apt.sh
  . "$(dirname "${BASH_SOURCE[0]}")/lib-apt.sh"
  # shellcheck disable=SC2086 # one word per package
  tandem_apt_install build-real-workloads $packages || exit 3
}

# apt-get source needs a deb-src entry; bookworm is where every pin comes from.
ensure_deb_src() {
  local package=$1 version=$2
  if apt-cache showsrc --only-source "$package" 2>/dev/null | grep -qx "Version: $version"; then
    return 0
  fi
  local entry=/etc/apt/sources.list.d/tandem-src.sources
  if [ ! -f "$entry" ]; then
    [ "$(id -u)" = 0 ] || die 4 "no source package $package $version: add a deb-src entry for Debian bookworm (as root, rerun this script)"
    echo "build-real-workloads: adding $entry (deb-src for Debian bookworm)"
    printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm' 'Components: main' \
      'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' >"$entry"
  fi
  [ "$(id -u)" = 0 ] || die 4 "no source package $package $version in apt's index: run 'apt-get update' as root"
  apt-get update -q >/dev/null || die 4 "apt-get update failed"
  apt-cache showsrc --only-source "$package" 2>/dev/null | grep -qx "Version: $version" ||
    die 4 "apt has no source package $package $version (the pin); it offers: $(apt-cache showsrc --only-source "$package" 2>/dev/null | sed -n 's/^Version: //p' | tr '\n' ' ')"
}

# ---- sources ----

fetch() { # name package version orig sha256: leaves the upstream tree in $sources/NAME
  local name=$1 package=$2 version=$3 orig=$4 sha=$5
  local dsc="${package}_${version#*:}.dsc" got
  mkdir -p "$downloads"
  if [ ! -f "$downloads/$dsc" ] || [ ! -f "$downloads/$orig" ]; then
    ensure_deb_src "$package" "$version"
    echo "build-real-workloads: fetching $package $version"
    (cd "$downloads" && apt-get source --download-only -q "$package=$version" >"$downloads/$package.log" 2>&1) ||
      die 4 "apt-get source $package=$version failed: $(tail -n 1 "$downloads/$package.log")"
  fi
  [ -f "$downloads/$dsc" ] || die 4 "$package: apt-get source left no $dsc"
  got=$(sed -n 's/^Version: //p' "$downloads/$dsc")
  [ "$got" = "$version" ] || die 4 "$package: $dsc is version $got, the pin is $version"
  [ -f "$downloads/$orig" ] || die 4 "$package: apt-get source left no $orig"
  got=$(sha256sum "$downloads/$orig" | cut -d' ' -f1)
  [ "$got" = "$sha" ] || die 4 "$package: $orig has sha256 $got, the pin is $sha"
  # Unpacked once per pin (the stamp names the tarball's sha256); what a build generates in the
  # tree (SQLite's amalgamation) is kept with it.
  [ "$(cat "$sources/$name.unpacked" 2>/dev/null)" != "$sha" ] || return 0
  rm -rf "${sources:?}/$name" "$sources/$name.unpacked"
  mkdir -p "$sources/$name"
  tar xf "$downloads/$orig" -C "$sources/$name" --strip-components=1
  echo "$sha" >"$sources/$name.unpacked"
}

# ---- builds: each writes $real/wasm/NAME.wasm (unless --no-wasm) and $native/NAME ----

wasm() { # out args...: one clang-16 call for the Wasm build
  local out=$1
  shift
  "$CLANG" "${wasm_flags[@]}" -o "$out" "$@" || die 5 "the Wasm build of $(basename "$out" .wasm) failed"
}

native() { # out args...: one gcc call for the native build
  local out=$1
  shift
  gcc "${native_flags[@]}" -o "$out" "$@" || die 5 "the native build of $(basename "$out") failed"
}

build_lua() {
  local s=$sources/lua/src lua_sources=()
  for f in "$s"/*.c; do [ "$(basename "$f")" = luac.c ] || lua_sources+=("$f"); done
  # wasi-port.h replaces Lua's longjmp-based errors (see it for what that costs), shim/ has the
  # empty <setjmp.h> that ldo.c includes.
  wasm "$real/wasm/lua.wasm" -isystem "$real/src/shim" -include "$real/src/lua/wasi-port.h" \
    -D_WASI_EMULATED_SIGNAL -D_WASI_EMULATED_PROCESS_CLOCKS -I"$s" "${lua_sources[@]}" "$real/src/lua/wasi-port.c" \
    -lwasi-emulated-signal -lwasi-emulated-process-clocks
  native "$native/lua" -DLUA_USE_POSIX "${lua_sources[@]}" -lm
}

build_sqlite() {
  local s=$sources/sqlite b=$sources/sqlite/amalgamation
  # The release tree has no sqlite3.c: its own makefile generates it (with tclsh and lemon).
  if [ ! -f "$b/sqlite3.c" ]; then
    echo "build-real-workloads: generating sqlite3.c (configure; make sqlite3.c)"
    mkdir -p "$b"
    (cd "$b" && "$s/configure" --disable-tcl --disable-readline >configure.log 2>&1 && make sqlite3.c >make.log 2>&1) ||
      die 5 "generating sqlite3.c failed (logs in $b)"
  fi
  # memory-vfs.c is the whole OS layer (SQLITE_OS_OTHER): no files, a clock that stands still.
  local flags=(-DSQLITE_OS_OTHER=1 -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_OMIT_RANDOMNESS
    -DSQLITE_TEMP_STORE=3 -I"$b")
  local files=("$b/sqlite3.c" "$s/test/speedtest1.c" "$real/src/sqlite/memory-vfs.c")
  wasm "$real/wasm/sqlite.wasm" "${flags[@]}" "${files[@]}"
  native "$native/sqlite" "${flags[@]}" "${files[@]}" -lm
}

build_bzip2() {
  local s=$sources/bzip2 files=()
  for f in blocksort huffman crctable randtable compress decompress bzlib; do files+=("$s/$f.c"); done
  files+=("$real/src/compress/bzip2-bench.c")
  wasm "$real/wasm/bzip2.wasm" -I"$s" "${files[@]}"
  native "$native/bzip2" -I"$s" "${files[@]}"
}

build_zlib() {
  local s=$sources/zlib files=()
  for f in adler32 compress crc32 deflate inffast inflate inftrees trees uncompr zutil; do files+=("$s/$f.c"); done
  files+=("$real/src/compress/zlib-bench.c")
  wasm "$real/wasm/zlib.wasm" -I"$s" "${files[@]}"
  native "$native/zlib" -I"$s" "${files[@]}"
}

build_zstd() {
  local s=$sources/zstd/lib files
  files=("$s"/common/*.c "$s"/compress/*.c "$s"/decompress/*.c "$real/src/compress/zstd-bench.c")
  # Without threads (ZSTD_MULTITHREAD unset) and without the x86-64 assembly Huffman decoder, so
  # native runs the same C as Wasm.
  local flags=(-DZSTD_DISABLE_ASM -I"$s" -I"$s/common")
  wasm "$real/wasm/zstd.wasm" "${flags[@]}" "${files[@]}"
  native "$native/zstd" "${flags[@]}" "${files[@]}"
}

build_program() { # name
  case $1 in
    lua) build_lua ;;
    sqlite) build_sqlite ;;
    bzip2) build_bzip2 ;;
    zlib) build_zlib ;;
    zstd) build_zstd ;;
    *) die 5 "no build for $1" ;;
  esac
}

# ---- checking ----

failures=0
fail() {
  echo "FAIL $*" >&2
  failures=$((failures + 1))
}

summary=()

# Runs one engine; prints nothing, leaves stdout/stderr/time files in $runs and sets got_sha, got_exit.
run_engine() { # tag cmd...
  local tag=$1
  shift
  local TIMEFORMAT='%R %U %S'
  got_exit=0
  { time "$@" >"$runs/$tag.out" 2>"$runs/$tag.err" </dev/null; } 2>"$runs/$tag.time" || got_exit=$?
  got_sha=$(sha256sum "$runs/$tag.out" | cut -d' ' -f1)
}

check_row() { # name size command dirs sha exit args...
  local name=$1 size=$2 command=$3 dirs=$4 want_sha=$5 want_exit=$6
  shift 6
  local args=("$@") dir_options=() native_args=() spec host guest a
  if [ "$dirs" != - ]; then
    IFS=, read -r -a specs <<<"$dirs"
    for spec in "${specs[@]}"; do dir_options+=(--dir "$dir/${spec%%::*}::${spec#*::}"); done
  fi
  # Natively the guest paths of the arguments become host paths.
  for a in "${args[@]:1}"; do
    if [ "$dirs" != - ]; then
      for spec in "${specs[@]}"; do
        host=$dir/${spec%%::*} guest=${spec#*::}
        case $a in "$guest"/*) a=$host/${a#"$guest"/} ;; "$guest") a=$host ;; esac
      done
    fi
    native_args+=("$a")
  done

  for engine in native node aot truffle; do
    uses "$engine" || continue
    local tag=$name-$size-$engine
    case $engine in
      native) run_engine "$tag" "$native/$name" "${native_args[@]}" ;;
      node) run_engine "$tag" node "$dir/node/run-wasi.mjs" command "${dir_options[@]}" "$dir/$command" "${args[@]:1}" ;;
      aot | truffle) run_engine "$tag" "$root/scripts/tandem" run --tier "$engine" "${dir_options[@]}" "$dir/$command" "${args[@]:1}" ;;
    esac
    if [ "$engine" = native ] && [ "$record" = 1 ]; then
      node "$dir/node/manifest.mjs" real-record "$name" "$size" "$got_sha" "$got_exit"
      want_sha=$got_sha want_exit=$got_exit
    fi
    read -r wall user sys <"$runs/$tag.time"
    local status=ok
    if [ "$want_sha" = - ]; then
      status=unrecorded
      fail "$name $size: no stdout_sha256 in manifest.json (run with --record after checking the output)"
    elif [ "$got_sha" != "$want_sha" ] || [ "$got_exit" != "$want_exit" ]; then
      status=WRONG
      fail "$name $size $engine: exit $got_exit and stdout sha256 $got_sha, expected exit $want_exit and $want_sha (stderr: $(tail -n 2 "$runs/$tag.err" | tr '\n' ' '); outputs in $runs)"
    fi
    summary+=("$(printf '%-8s %-8s %-8s %8s %8s  %s' "$name" "$size" "$engine" "$wall" \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$status")")
  done
}

# ---- main ----

ensure_tools
mkdir -p "$real/wasm" "$native" "$runs"
cd "$dir"
if uses aot || uses truffle; then # builds the CLI now, so that its build is not timed as a run
  "$root/scripts/tandem" run --help >/dev/null
fi

rows=$(node node/manifest.mjs real-rows)
selected() { [ "${#only[@]}" = 0 ] || [[ " ${only[*]} " == *" $1 "* ]]; }
for name in "${only[@]}"; do
  grep -q "^$name " <<<"$PINS" || die 2 "no real program named '$name' (there are: $(cut -d' ' -f1 <<<"$PINS" | tr '\n' ' '))"
done

while read -r name package version orig sha; do
  selected "$name" || continue
  grep -q "^$name"$'\t' <<<"$rows" || die 2 "$name is pinned here but has no entry in manifest.json's \"real\""
  echo "== $name ($package $version)"
  if [ "$build" = 1 ]; then
    fetch "$name" "$package" "$version" "$orig" "$sha"
    build_program "$name"
  fi
  while IFS=$'\t' read -r -a row; do
    [ "${row[0]}" = "$name" ] || continue
    [ "$quick_only" = 0 ] || [ "${row[1]}" = quick ] || continue
    check_row "${row[@]}"
  done <<<"$rows"
done <<<"$PINS"

echo
printf '%-8s %-8s %-8s %8s %8s  %s\n' program size engine wall_s cpu_s stdout+exit
printf '%s\n' "${summary[@]}"

if command -v git >/dev/null && git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
  changed=$(git -C "$root" status --porcelain -- workloads/real/wasm workloads/manifest.json)
  [ -z "$changed" ] || printf '\nnote: rebuilt files differ from the committed ones (commit them if intended):\n%s\n' "$changed"
fi
if [ "$failures" -gt 0 ]; then
  echo "build-real-workloads: $failures check(s) failed" >&2
  exit 1
fi
echo "build-real-workloads: every run printed what the manifest says"
