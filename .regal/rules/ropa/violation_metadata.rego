# METADATA
# description: |
#   A rule reports with `lib.violation(rego.metadata.rule(), …)` and carries METADATA with
#   `custom.id`, `custom.severity` and a legal basis (`custom.legal`) or a promise
#   (`custom.promise`): its id is written once, and every finding says why it matters.
# related_resources:
#   - description: house rules
#     ref: https://github.com/ropa-dev/ropa/blob/main/docs/how-it-works.md
package custom.regal.rules.ropa["violation-metadata"]

import data.regal.ast
import data.regal.result

# Rules that report violations: `violations contains …` in a rule package.
reporting contains rule if {
	some rule in input.rules
	ast.ref_to_string(rule.head.ref) == "violations"
	rule.head.key
}

report contains violation if {
	some rule in reporting
	custom := object.get(rule_metadata(rule), "custom", {})
	some field in missing(custom)
	violation := result.fail(rego.metadata.chain(), result.location_and_description(
		rule.head,
		concat("", ["METADATA of a rule that reports violations lacks ", field]),
	))
}

report contains violation if {
	some rule in reporting
	walk(rule, [_, call])
	is_array(call)
	call[0].type == "ref"
	ast.ref_to_string(call[0].value) in {"lib.violation", "lib.violation_about"}
	not from_metadata(call[1])
	violation := result.fail(rego.metadata.chain(), result.location(call))
}

rule_metadata(rule) := annotation if {
	some annotation in rule.annotations
	annotation.scope == "rule"
} else := {}

missing(custom) := {field |
	some field in ["id", "severity"]
	not custom[field]
} | {"legal or promise" | not custom.legal; not custom.promise}

from_metadata(term) if {
	term.type == "call"
	count(term.value) == 1
	ast.ref_to_string(term.value[0].value) == "rego.metadata.rule"
}
