#!/usr/bin/env bash
# Installs the pinned peers that `npm run bench` compares against into .tools/bin: the OPA CLI (through
# scripts/install-tools.sh, which pins it, when it is missing) and conftest. Idempotent: a tool already at
# its pinned version is left alone. Never fails the benchmark: when conftest cannot be installed (no Go,
# or the Go module proxy refuses the module) it says so and exits 0, and the benchmark compares
# `opa eval` only.
set -uo pipefail

CONFTEST_VERSION=v0.69.0

root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.tools/bin"
mkdir -p "$bin"

stamp() { cat "$bin/.$1.version" 2>/dev/null || true; }

if [ ! -x "$bin/opa" ]; then
  echo "install-bench-tools: the pinned OPA CLI is missing; running scripts/install-tools.sh (without Chromium)"
  ROPA_SKIP_CHROMIUM=1 bash "$root/scripts/install-tools.sh" || echo "install-bench-tools: install-tools.sh failed; the benchmark needs .tools/bin/opa (or --skip opa)" >&2
fi

if [ -x "$bin/conftest" ] && [ "$(stamp conftest)" = "$CONFTEST_VERSION" ]; then
  echo "install-bench-tools: conftest $CONFTEST_VERSION already installed"
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  echo "install-bench-tools: Go is not on PATH, so conftest $CONFTEST_VERSION cannot be installed; the benchmark compares opa eval only" >&2
  exit 0
fi

echo "install-bench-tools: installing conftest $CONFTEST_VERSION into .tools/bin (go install; a few minutes the first time)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if GOBIN="$bin" GOFLAGS=-mod=mod go install "github.com/open-policy-agent/conftest@$CONFTEST_VERSION" >"$log" 2>&1; then
  echo "$CONFTEST_VERSION" > "$bin/.conftest.version"
  echo "install-bench-tools: conftest $CONFTEST_VERSION installed ($("$bin/conftest" --version 2>/dev/null | tr '\n' ' '))"
else
  cat "$log" >&2
  echo "install-bench-tools: go install of conftest $CONFTEST_VERSION failed (see above); the benchmark compares opa eval only" >&2
  rm -f "$bin/conftest"
fi
exit 0
