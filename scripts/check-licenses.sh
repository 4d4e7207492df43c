#!/usr/bin/env bash
# `npm run licenses`: everything the package ships may be shipped. The CLI's dependencies are bundled into
# dist/ (scripts/build-cli.ts), so the check is its build: scripts/bundle-licenses.ts fails it on a bundled
# package under a licence not allowed, or with no licence text (from the package or, decided per version
# with its source, scripts/licenses/). The action's bundle is checked the same way by its build. Anything
# that `npm install ropa` would still install (production dependencies; today none) is checked here too.
set -euo pipefail
cd "$(dirname "$0")/.."

ALLOWED="MIT;ISC;Apache-2.0;BSD-2-Clause;BSD-3-Clause;0BSD;BlueOak-1.0.0;(MIT OR GPL-3.0-or-later);(MIT AND Zlib)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npx --no-install tsx scripts/build-cli.ts "$out/dist" >/dev/null
echo "licenses: the $(grep -c '^License: ' "$out/dist/licenses.txt") packages bundled into dist/ may ship (dist/licenses.txt)"
if [ -n "$(npm ls --omit=dev --parseable --all 2>/dev/null | tail -n +2)" ]; then
  exec npx --no-install license-checker-rseidelsohn --production --excludePrivatePackages --summary --onlyAllow "$ALLOWED"
fi
echo "licenses: the package installs no dependencies"
