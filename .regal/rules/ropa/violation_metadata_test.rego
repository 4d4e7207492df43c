package custom.regal.rules.ropa["violation-metadata_test"]

import data.custom.regal.rules.ropa["violation-metadata"] as rule

test_complete_metadata_and_id_from_metadata_pass if {
	module := regal.parse_module("p.rego", `package p

import data.ropa.lib

# METADATA
# title: T
# custom:
#   id: p.t
#   severity: error
#   legal:
#     - ref: GDPR Art. 5
violations contains lib.violation(rego.metadata.rule(), "r", [], {}) if input.x`)
	r := rule.report with input as module
	r == set()
}

test_a_promise_stands_for_a_legal_basis if {
	module := regal.parse_module("p.rego", `package p

import data.ropa.lib

# METADATA
# title: T
# custom:
#   id: p.t
#   severity: error
#   promise: what is promised
violations contains lib.violation(rego.metadata.rule(), "r", [], {}) if input.x`)
	r := rule.report with input as module
	r == set()
}

test_a_literal_id_is_reported if {
	module := regal.parse_module("p.rego", `package p

import data.ropa.lib

# METADATA
# title: T
# custom:
#   id: p.t
#   severity: error
#   promise: what is promised
violations contains lib.violation("p.t", "r", [], {}) if input.x`)
	r := rule.report with input as module
	count(r) == 1
}

test_missing_metadata_is_reported_field_by_field if {
	module := regal.parse_module("p.rego", `package p

import data.ropa.lib

violations contains lib.violation(rego.metadata.rule(), "r", [], {}) if input.x`)
	r := rule.report with input as module
	{v.description | some v in r} == {
		"METADATA of a rule that reports violations lacks id",
		"METADATA of a rule that reports violations lacks severity",
		"METADATA of a rule that reports violations lacks legal or promise",
	}
}

test_other_rules_need_no_metadata if {
	module := regal.parse_module("p.rego", `package p

helper contains x if some x in input.xs

violations := [1]`)
	r := rule.report with input as module
	r == set()
}
