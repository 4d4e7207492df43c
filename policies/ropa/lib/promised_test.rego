# METADATA
# title: Promises are the organisation's
# description: |
#   A rule that checks a promise applies only when the organisation states that promise in its
#   `promises`; a rule that checks the law applies to everyone. A change is held to the promises
#   of the register before it too.
package ropa.lib_test

import data.ropa.main
import data.ropa.test as fixture

# The clean register with `ops` applied and no promise stated.
unpromised(ops) := fixture.mutate(array.concat([{"op": "remove", "path": "/register/organisation/promises"}], ops))

# The organisation stores its own data in the United States (as a website behind a US CDN would).
controller_in_the_us := [
	{
		"op": "add", "path": "/register/locations/aws-virginia",
		"value": fixture.location("aws-virginia", "aws", "us-east-1", "US", "N. Virginia"),
	},
	{"op": "add", "path": "/register/activities/website-and-contact/storage_locations/-", "value": "aws-virginia"},
]

test_controller_location_only_for_an_organisation_that_promises_it if {
	promised := fixture.mutate(controller_in_the_us)
	{v.rule | some v in main.violations} == {"storage.controller_location"} with input as promised
	main.violations == [] with input as unpromised(controller_in_the_us)
}

test_residency_declared_only_for_an_organisation_that_promises_it if {
	left_out := [{"op": "remove", "path": "/register/organisation/data_residency/1"}]
	{v.rule | some v in main.violations} == {"storage.residency_declared"} with input as fixture.mutate(left_out)
	main.violations == [] with input as unpromised(left_out)
}

test_telemetry_only_for_an_organisation_that_promises_it if {
	no_block := [{"op": "remove", "path": "/register/activities/usage-statistics/telemetry"}]
	{v.rule | some v in main.violations} == {"telemetry.declared"} with input as fixture.mutate(no_block)
	main.violations == [] with input as unpromised(no_block)
}

test_one_promise_switches_on_its_rule_alone if {
	only := {"telemetry.declared": "Statistics are anonymous."}
	doc := fixture.mutate([
		{"op": "replace", "path": "/register/organisation/promises", "value": only},
		{"op": "remove", "path": "/register/activities/usage-statistics/telemetry"},
		{"op": "remove", "path": "/register/organisation/data_residency/1"},
	])
	{v.rule | some v in main.violations} == {"telemetry.declared"} with input as doc
}

test_law_applies_without_promises if {
	no_dpa := unpromised([{"op": "remove", "path": "/register/segments/uk-nhs/dpa"}])
	{v.rule | some v in main.violations} == {"processor.dpa"} with input as no_dpa
}

test_a_change_is_held_to_the_base_promises if {
	head := unpromised(controller_in_the_us)
	change := fixture.change(fixture.clean, head)

	# Dropping the promise is itself a relaxation for the DPO to approve.
	rules := {v.rule | some v in main.violations} with input as change
	rules == {"storage.controller_location", "change.threshold_relaxed"}
}
