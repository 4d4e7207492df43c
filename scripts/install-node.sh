#!/usr/bin/env bash
# Installs a pinned Node into .tools/node/<version>/bin/node, to run the action's tests under the runtime
# its action.yml declares (node24): the machine's own Node is 20. Idempotent: nothing is done when that
# version is there. The binary comes from the npm package node-<os>-<arch> (the Node project's official
# build, checked against the registry's integrity by npm), so no other download site is needed.
# Usage: bash scripts/install-node.sh      prints the path of the node binary on its last line
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION=24.22.3   # the newest Node 24 available here on 2026-12-04 (the newest of all was 26.12.1)

os=$(uname -s | tr '[:upper:]' '[:lower:]')
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "install-node: no pinned build for $(uname -m)" >&2; exit 1 ;;
esac
dest=".tools/node/$NODE_VERSION"
node="$dest/bin/node"
if [ -x "$node" ] && [ "$("$node" --version)" = "v$NODE_VERSION" ]; then
  echo "$PWD/$node"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "node-$os-$arch@$NODE_VERSION" >/dev/null && tar xzf ./*.tgz)
mkdir -p "$dest/bin"
install -m 0755 "$tmp/package/bin/node" "$node.tmp"
mv "$node.tmp" "$node"
[ "$("$node" --version)" = "v$NODE_VERSION" ] || { echo "install-node: $node does not report v$NODE_VERSION" >&2; exit 1; }
echo "$PWD/$node"
