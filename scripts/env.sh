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

