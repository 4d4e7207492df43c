#!/usr/bin/env bash
# `npm run test:policies`: checks the Rego policies with the pinned tools in .tools/bin.
#   1. opa fmt --list      no file may need formatting
#   2. opa check --strict  every module compiles under strict mode; the modules the bundle ships
#                          (all but *_test.rego) use only built-ins of policies/capabilities.json,
#                          the ones the opa-wasm runtime has
#   3. opa test            every test passes, with at least $MIN_COVERAGE % coverage
#   4. regal lint          no Regal violation (configuration in .regal/config.yaml, the house rules'
#                          own rules in .regal/rules), and `regal test .regal/rules` passes
# Every step runs even when an earlier one fails. The last line is always
# `policies: N passed, N failed` (N counting opa test cases); scripts/test.sh reads it.
# Exits non-zero if any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."

MIN_COVERAGE=90
OPA=.tools/bin/opa
REGAL=.tools/bin/regal
# policies/build holds the compiled bundle: its data.json and rules.json would both load at
# data.build and clash. capabilities.json is the runtime's built-in list, not policy data.
IGNORE=(--ignore build --ignore capabilities.json)

for tool in "$OPA" "$REGAL"; do
  if [ ! -x "$tool" ]; then
    echo "test-policies: $tool is missing; run \`npm run tools\` first" >&2
    echo "policies: 0 passed, 1 failed"
    exit 2
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=()

echo "== opa fmt"
if "$OPA" fmt --list policies >"$tmp/fmt.txt" && [ ! -s "$tmp/fmt.txt" ]; then
  echo "opa fmt: ok"
else
  cat "$tmp/fmt.txt"
  echo "opa fmt: the files above need \`.tools/bin/opa fmt -w policies\`"
  failures+=("opa fmt")
fi

echo "== opa check"
if "$OPA" check --strict "${IGNORE[@]}" policies \
  && "$OPA" check --strict "${IGNORE[@]}" --ignore '*_test.rego' --capabilities policies/capabilities.json policies; then
  echo "opa check: ok"
else
  failures+=("opa check")
fi

echo "== opa test"
set +e
"$OPA" test "${IGNORE[@]}" --format json policies >"$tmp/results.json" 2>"$tmp/test.err"
test_status=$?
"$OPA" test "${IGNORE[@]}" --coverage --format json policies >"$tmp/coverage.json" 2>>"$tmp/test.err"
set -e
# Prints "<passed> <failed>", and the failing tests on stderr.
read -r passed failed < <(node -e '
  const fs = require("fs");
  let results = [];
  try { results = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch {}
  if (!Array.isArray(results)) results = [];
  const failing = results.filter((r) => r.fail || r.error);
  for (const r of failing) {
    const where = r.location ? ` (${r.location.file}:${r.location.row})` : "";
    console.error(`FAIL ${r.package}.${r.name}${where}${r.error ? `: ${r.error.message ?? JSON.stringify(r.error)}` : ""}`);
  }
  console.log(results.filter((r) => !r.fail && !r.error && !r.skip).length, failing.length);
 ' "$tmp/results.json" || echo "0 0")
if [ "$test_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  cat "$tmp/test.err" >&2
  echo "opa test: $passed passed, $failed failed (exit status $test_status)"
  failures+=("opa test")
else
  echo "opa test: $passed passed"
fi
# With failing tests, opa prints the failures instead of a coverage report.
coverage=$(node -e '
  try { const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(c.coverage ?? "none"); }
  catch { console.log("none"); }
' "$tmp/coverage.json")
if [ "$coverage" = "none" ]; then
  echo "opa test: no coverage report (it is only written when every test passes)"
  failures+=("coverage")
elif node -e 'process.exit(Number(process.argv[1]) >= Number(process.argv[2]) ? 0 : 1)' "$coverage" "$MIN_COVERAGE"; then
  echo "opa test: coverage $(printf '%.1f' "$coverage")% (minimum $MIN_COVERAGE%)"
else
  node -e '
    const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const rows = (f) => (f.not_covered ?? []).map((r) => (r.start.row === r.end.row ? r.start.row : `${r.start.row}-${r.end.row}`));
    for (const [file, f] of Object.entries(c.files ?? {})) {
      if (f.coverage < 100) console.log(`  ${file}: ${f.coverage}% (lines not covered: ${rows(f).join(", ")})`);
    }
  ' "$tmp/coverage.json"
  echo "opa test: coverage $(printf '%.1f' "$coverage")% is below the minimum of $MIN_COVERAGE%"
  failures+=("coverage")
fi

echo "== regal lint"
if "$REGAL" lint policies; then
  echo "regal lint: ok"
else
  failures+=("regal lint")
fi
# The house rules' own Regal rules (.regal/rules) have tests too.
if "$REGAL" test .regal/rules >"$tmp/regal-test.txt" 2>&1; then
  echo "regal test: $(tail -1 "$tmp/regal-test.txt")"
else
  cat "$tmp/regal-test.txt"
  failures+=("regal test")
fi

if [ "${#failures[@]}" -gt 0 ]; then
  echo "test-policies: failed: ${failures[*]}" >&2
fi
echo "policies: $passed passed, $failed failed"
[ "${#failures[@]}" -eq 0 ]
