package ropa.rules.lawfulness_test

import data.ropa.main
import data.ropa.rules.lawfulness
import data.ropa.test as fixture

ca := "/register/activities/customer-administration"

# customer-administration with health records, and the security measures they need.
with_health_records := [
	{"op": "add", "path": concat("", [ca, "/data_categories/-"]), "value": health_records},
	{"op": "add", "path": concat("", [ca, "/security_measures/-"]), "value": "access-logging"},
	{"op": "add", "path": concat("", [ca, "/large_scale"]), "value": false},
]

health_records := {"category": "health-records", "retention": {"period": "P1Y"}}

test_art6_basis_silent_on_clean if {
	vs := lawfulness.violations with input as fixture.clean
	fixture.of("lawfulness.art6_basis", vs) == []
}

test_art6_basis_fires_without_art6 if {
	vs := main.violations with input as fixture.removed(concat("", [ca, "/legal_basis/art6"]))
	fixture.found(vs) == {["lawfulness.art6_basis", "customer-administration", ["legal_basis"]]}
}

test_art6_basis_fires_without_legal_basis if {
	vs := main.violations with input as fixture.removed(concat("", [ca, "/legal_basis"]))
	fixture.found(vs) == {["lawfulness.art6_basis", "customer-administration", ["legal_basis"]]}
}

test_art9_condition_silent_on_clean if {
	vs := lawfulness.violations with input as fixture.clean
	fixture.of("lawfulness.art9_condition", vs) == []
}

test_art9_condition_fires_for_special_categories if {
	vs := main.violations with input as fixture.mutate(with_health_records)
	fixture.found(vs) == {["lawfulness.art9_condition", "customer-administration", ["legal_basis"]]}
	[v] := vs
	v.params == {"categories": ["health-records"]}
}

test_art9_condition_satisfied_by_a_condition if {
	art9 := {"op": "add", "path": concat("", [ca, "/legal_basis/art9"]), "value": "9(2)(h)"}
	ops := array.concat(with_health_records, [art9])
	vs := main.violations with input as fixture.mutate(ops)
	vs == []
}

test_art9_condition_not_for_processors if {
	vs := lawfulness.violations with input as fixture.clean
	every v in vs {
		v.record != "remote-monitoring"
	}
}

test_legitimate_interests_assessment_silent_on_clean if {
	vs := lawfulness.violations with input as fixture.clean
	fixture.of("lawfulness.legitimate_interests_assessment", vs) == []
}

test_legitimate_interests_assessment_fires_without_assessment if {
	path := "/register/activities/website-and-contact/legal_basis/assessment"
	vs := main.violations with input as fixture.removed(path)
	fixture.found(vs) == {[
		"lawfulness.legitimate_interests_assessment", "website-and-contact",
		["legal_basis", "art6"],
	]}
}

test_legitimate_interests_assessment_only_for_6_1_f if {
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/activities/website-and-contact/legal_basis/assessment"},
		{"op": "replace", "path": "/register/activities/website-and-contact/legal_basis/art6", "value": "6(1)(a)"},
	])
	vs := main.violations with input as doc
	vs == []
}

test_processor_basis_silent_on_clean if {
	vs := lawfulness.violations with input as fixture.clean
	fixture.of("lawfulness.processor_basis", vs) == []
}

test_processor_basis_fires_when_a_processor_states_a_basis if {
	path := "/register/activities/remote-monitoring/legal_basis"
	vs := main.violations with input as fixture.changed(path, {"art6": "6(1)(c)"})
	fixture.found(vs) == {["lawfulness.processor_basis", "remote-monitoring", ["legal_basis"]]}
}
