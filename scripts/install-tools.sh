#!/usr/bin/env bash
# Installs the pinned policy toolchain into .tools/bin: the OPA CLI (builds and tests the policies)
# and Regal (lints them); and Debian's Chromium, which the evidence pack tests open the HTML in
# (through playwright-core; no browser is ever downloaded by npm). Idempotent: a tool already at its
# pinned version, or a Chromium already at /usr/bin/chromium, is left alone.
set -euo pipefail

OPA_VERSION=v1.22.2
# The newest Regal release the Go module proxy serves (built as a dependency, see below).
REGAL_VERSION=v0.42.0

root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.tools/bin"
mkdir -p "$bin"

# Chromium from the distribution's packages: only when missing, and only where apt can install it.
install_chromium() {
  if [ -x /usr/bin/chromium ]; then
    echo "install-tools: chromium already installed ($(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium))"
    return 0
  fi
  if [ "${ROPA_SKIP_CHROMIUM:-}" = "1" ]; then
    echo "install-tools: skipping chromium (ROPA_SKIP_CHROMIUM=1)"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-tools: skipping chromium: apt-get is not available here; install Chromium at /usr/bin/chromium yourself to run the evidence pack browser test" >&2
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-tools: skipping chromium: not root; run 'sudo apt-get install -y --no-install-recommends chromium' to run the evidence pack browser test" >&2
    return 0
  fi
  echo "install-tools: installing chromium with apt-get (Debian's package; a minute or two the first time)"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
}
install_chromium

# Go is needed only to build a tool that is missing: a machine with both tools in place needs none.
need_go() {
  if ! command -v go >/dev/null 2>&1; then
    echo "install-tools: Go is needed to install $1, and 'go' is not on PATH." >&2
    echo "install-tools: install Go 1.22 or newer (https://go.dev/doc/install), then run 'npm run tools' again." >&2
    exit 2
  fi
}

stamp() { cat "$bin/.$1.version" 2>/dev/null || true; }

if [ -x "$bin/opa" ] && [ "$(stamp opa)" = "$OPA_VERSION" ]; then
  echo "install-tools: opa $OPA_VERSION already installed"
else
  need_go "OPA $OPA_VERSION"
  echo "install-tools: installing opa $OPA_VERSION into .tools/bin (go install; a few minutes the first time)"
  GOBIN="$bin" GOFLAGS=-mod=mod go install "github.com/open-policy-agent/opa@$OPA_VERSION"
  echo "$OPA_VERSION" > "$bin/.opa.version"
fi

if [ -x "$bin/regal" ] && [ "$(stamp regal)" = "$REGAL_VERSION" ]; then
  echo "install-tools: regal $REGAL_VERSION already installed"
else
  need_go "Regal $REGAL_VERSION"
  echo "install-tools: installing regal $REGAL_VERSION into .tools/bin (go build; a few minutes the first time)"
  # `go install regal@version` asks the proxy for the module's version list, which it refuses for this
  # module; building it as the dependency of a throwaway module needs only the pinned version.
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  printf 'module regaltool\n\ngo 1.22\n\nrequire github.com/open-policy-agent/regal %s\n' "$REGAL_VERSION" > "$work/go.mod"
  (cd "$work" && GONOSUMDB=github.com/open-policy-agent/regal GOFLAGS=-mod=mod go build -o "$bin/regal" github.com/open-policy-agent/regal)
  echo "$REGAL_VERSION" > "$bin/.regal.version"
fi
