#!/usr/bin/env bash
# `npm test`: every suite, then one line summing them: `N passed, N failed`, and how long it took.
# Suites: the type check, the policy checks (opa fmt/check/test, Regal), vitest. The freshness of the
# committed builds (policies/build, actions/check/dist) is `npm run check-dist`, a CI job of its own.
set -uo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

bash scripts/install-tools.sh >/dev/null || { echo "0 passed, 1 failed"; exit 2; }

passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The type check and the policy checks run beside vitest (each is mostly one thread, and vitest's tests
# often wait on child processes); their output is printed after it, whole.
npx --no-install tsc -p . >"$tmp/typecheck.txt" 2>&1 &
typecheck=$!
bash scripts/test-policies.sh >"$tmp/policies.txt" 2>&1 &
policies=$!

echo "== vitest"
npx --no-install vitest run --reporter=default --reporter=json --outputFile="$tmp/vitest.json"
vstatus=$?
if [ -s "$tmp/vitest.json" ]; then
  read -r vp vf < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && r.testResults.filter(t=>t.status==="failed"&&!t.assertionResults.length).length))' "$tmp/vitest.json")
  passed=$((passed + vp)); failed=$((failed + vf))
  if [ "$vstatus" -ne 0 ] && [ "$vf" -eq 0 ]; then failed=$((failed + 1)); fi
else
  failed=$((failed + 1))
fi

echo "== typecheck"
if wait "$typecheck"; then passed=$((passed + 1)); cat "$tmp/typecheck.txt"; echo "typecheck: 1 passed, 0 failed"; else failed=$((failed + 1)); cat "$tmp/typecheck.txt"; echo "typecheck: 0 passed, 1 failed"; fi

echo "== policies"
wait "$policies"
status=$?
cat "$tmp/policies.txt"
line=$(grep -E '^policies: [0-9]+ passed, [0-9]+ failed' "$tmp/policies.txt" | tail -1)
if [ -n "$line" ]; then
  passed=$((passed + $(echo "$line" | sed -E 's/.* ([0-9]+) passed.*/\1/')))
  failed=$((failed + $(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')))
fi
# fmt, check or Regal failing counts as a failure even when every opa test passed.
if [ "$status" -ne 0 ] && [ "${line#*, }" = "0 failed" ]; then failed=$((failed + 1)); fi
[ -z "$line" ] && failed=$((failed + 1))

echo "$passed passed, $failed failed"
echo "npm test took $(( $(date +%s) - started )) s"
[ "$failed" -eq 0 ]
