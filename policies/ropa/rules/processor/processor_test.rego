package ropa.rules.processor_test

import data.ropa.main
import data.ropa.rules.processor
import data.ropa.test as fixture

test_controllers_silent_on_clean if {
	vs := processor.violations with input as fixture.clean
	fixture.of("processor.controllers", vs) == []
}

test_controllers_fires_without_customer_segments if {
	vs := main.violations with input as fixture.removed("/register/activities/patient-app/customer_segments")
	fixture.found(vs) == {["processor.controllers", "patient-app", ["role"]]}
}

test_controllers_fires_with_empty_customer_segments if {
	vs := main.violations with input as fixture.changed("/register/activities/patient-app/customer_segments", [])
	fixture.found(vs) == {["processor.controllers", "patient-app", ["role"]]}
}

test_controllers_ignores_controller_activities if {
	vs := processor.violations with input as fixture.clean
	every v in vs {
		v.record != "customer-administration"
	}
}

test_dpa_silent_on_clean if {
	vs := processor.violations with input as fixture.clean
	fixture.of("processor.dpa", vs) == []
}

test_dpa_fires_for_a_served_segment_without_dpa if {
	vs := main.violations with input as fixture.removed("/register/segments/uk-nhs/dpa")
	fixture.found(vs) == {["processor.dpa", "uk-nhs", []]}
}

test_dpa_not_for_a_segment_no_processor_serves if {
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/segments/uk-nhs/dpa"},
		{"op": "remove", "path": "/register/activities/patient-app/customer_segments/3"},
		{"op": "remove", "path": "/register/activities/remote-monitoring/customer_segments/3"},
		{"op": "remove", "path": "/register/activities/patient-app/storage_locations/1"},
		{"op": "remove", "path": "/register/activities/remote-monitoring/storage_locations/1"},
	])
	vs := main.violations with input as doc
	vs == []
}

# own_use

us := "/register/activities/usage-statistics"

test_own_use_silent_on_clean if {
	vs := processor.violations with input as fixture.clean
	fixture.of("processor.own_use", vs) == []
}

test_own_use_fires_for_a_controller_activity_on_patients if {
	# Usage statistics about patients and health personnel, with no clause of the DPA allowing it.
	vs := main.violations with input as fixture.removed(concat("", [us, "/dpa_clause"]))
	fixture.found(vs) == {["processor.own_use", "usage-statistics", ["data_subjects", 0]]}
	[v] := vs
	v.params == {"subjects": ["patients", "health personnel"], "activities": ["patient-app", "remote-monitoring"]}
}

test_own_use_names_at_most_three_processor_activities if {
	# Five processor activities about patients: the finding names three, in order, not all of them.
	copies := [{"op": "add", "path": concat("", ["/register/activities/", id]), "value": object.union(
		fixture.clean.register.activities["remote-monitoring"],
		{"id": id},
	)} |
		some id in ["a-copy", "b-copy", "c-copy"]
	]
	doc := fixture.mutate(array.concat([{"op": "remove", "path": concat("", [us, "/dpa_clause"])}], copies))
	[v] := [v | some v in processor.violations with input as doc; v.rule == "processor.own_use"]
	v.params.activities == ["a-copy", "b-copy", "c-copy"]
}

test_own_use_matches_subjects_as_written if {
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [us, "/dpa_clause"])},
		{"op": "replace", "path": concat("", [us, "/data_subjects"]), "value": ["website visitors", " Next of Kin "]},
	])
	vs := processor.violations with input as doc
	fixture.found(vs) == {["processor.own_use", "usage-statistics", ["data_subjects", 1]]}
	{v.params.activities | some v in vs} == {["patient-app"]}
}

test_own_use_not_for_other_people if {
	# Customer administration is about the customers' contact persons, not their patients.
	doc := fixture.removed(concat("", [us, "/dpa_clause"]))
	vs := processor.violations with input as doc
	{v.record | some v in vs} == {"usage-statistics"}
}

test_own_use_not_for_retired_processor_activities if {
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [us, "/dpa_clause"])},
		{"op": "add", "path": "/register/activities/patient-app/status", "value": "retired"},
		{"op": "add", "path": "/register/activities/remote-monitoring/status", "value": "retired"},
	])
	vs := processor.violations with input as doc
	fixture.of("processor.own_use", vs) == []
}

# controller_purposes

purposes := [
	{"purpose": "customer administration", "activities": ["customer-administration", "website-and-contact"]},
	{"purpose": "anonymised usage statistics", "activities": ["usage-statistics"]},
]

stated := fixture.changed("/register/organisation/controller_purposes", purposes)

test_controller_purposes_silent_when_kept if {
	vs := processor.violations with input as stated
	vs == set()
}

test_controller_purposes_silent_when_not_stated if {
	# No promise, no rule: fixture.clean states none.
	vs := processor.violations with input as fixture.clean
	fixture.of("processor.controller_purposes", vs) == []
}

test_controller_purposes_fires_for_a_new_purpose if {
	doc := fixture.changed(
		"/register/organisation/controller_purposes",
		[{"purpose": "customer administration", "activities": ["customer-administration", "usage-statistics"]}],
	)
	vs := main.violations with input as doc
	fixture.found(vs) == {["processor.controller_purposes", "website-and-contact", ["role"]]}
	[v] := vs
	v.params == {"purposes": ["customer administration"]}
}

test_controller_purposes_applies_when_only_the_words_are_stated if {
	# The promise in words and no list: every controller activity is outside it (fail closed).
	doc := fixture.changed("/register/organisation/promises", {"processor.controller_purposes": "Only two purposes."})
	vs := processor.violations with input as doc
	{v.record | some v in vs} == {"customer-administration", "usage-statistics", "website-and-contact"}
}

test_controller_purposes_ignores_processor_activities if {
	vs := processor.violations with input as fixture.changed("/register/organisation/controller_purposes", [])
	{v.record | some v in vs} == {"customer-administration", "usage-statistics", "website-and-contact"}
}
