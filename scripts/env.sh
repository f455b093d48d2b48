# Shared environment for the project scripts: tool locations and pinned
# versions. Sourced, not run.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

TRUNK_VERSION="0.21.14"
WASM_SPLIT_VERSION="0.2.4"
# wasm-bindgen-cli must equal the wasm-bindgen version in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
export TRUNK_VERSION WASM_BINDGEN_VERSION WASM_SPLIT_VERSION

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# A CI run builds once from a clean clone: incremental caches would only take
# disk space (over half a gigabyte for the native tests alone).
if [ "${CI:-}" = "true" ]; then
  export CARGO_INCREMENTAL=0
fi

step() { printf '\n==> %s\n' "$*"; }


# Exports REPORT_DIR, the report folder build.rs reads (scripts/build and
# scripts/dev take it from --report), as an absolute path since cargo runs
# build.rs elsewhere. Fails with exit 2 if DIR is not a folder.
use_report_dir() {
  if [ ! -d "$1" ]; then
    echo "$(basename "$0"): $1: not a folder (a report folder holds report.zh.txt)" >&2
    exit 2
  fi
  REPORT_DIR="$(cd "$1" && pwd)"
  export REPORT_DIR
}
