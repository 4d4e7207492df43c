package ropa.rules.dpia_test

import data.ropa.main
import data.ropa.rules.dpia
import data.ropa.test as fixture

rm := "/register/activities/remote-monitoring"

test_required_silent_on_clean if {
	vs := dpia.violations with input as fixture.clean
	fixture.of("dpia.required", vs) == []
}

test_required_fires_without_dpia if {
	vs := main.violations with input as fixture.removed(concat("", [rm, "/dpia"]))
	fixture.found(vs) == {["dpia.required", "remote-monitoring", ["large_scale"]]}
}

test_required_not_when_not_large_scale if {
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [rm, "/dpia"])},
		{"op": "replace", "path": concat("", [rm, "/large_scale"]), "value": false},
	])
	vs := main.violations with input as doc
	vs == []
}

test_required_not_without_special_categories if {
	vs := main.violations with input as fixture.changed("/register/activities/customer-administration/large_scale", true)
	vs == []
}

test_required_fires_for_controller_activities_too if {
	ca := "/register/activities/customer-administration"
	records := {"category": "health-records", "retention": {"period": "P1Y"}}
	doc := fixture.mutate([
		{"op": "add", "path": concat("", [ca, "/large_scale"]), "value": true},
		{"op": "add", "path": concat("", [ca, "/data_categories/-"]), "value": records},
		{"op": "add", "path": concat("", [ca, "/legal_basis/art9"]), "value": "9(2)(h)"},
		{"op": "add", "path": concat("", [ca, "/security_measures/-"]), "value": "access-logging"},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["dpia.required", "customer-administration", ["large_scale"]]}
}

test_review_silent_on_clean if {
	vs := dpia.violations with input as fixture.clean
	fixture.of("dpia.review", vs) == []
}

test_review_fires_without_review_date if {
	vs := main.violations with input as fixture.removed(concat("", [rm, "/dpia/reviewed_on"]))
	fixture.found(vs) == {["dpia.review", "remote-monitoring", ["dpia", "reviewed_on"]]}
	[v] := vs
	v.params == {"problem": "has no review date"}
}

test_review_fires_after_more_than_12_months if {
	vs := main.violations with input as fixture.changed(concat("", [rm, "/dpia/reviewed_on"]), "2025-11-22")
	fixture.found(vs) == {["dpia.review", "remote-monitoring", ["dpia", "reviewed_on"]]}
	[v] := vs
	v.params == {"problem": "was last reviewed on 2025-11-22, more than 12 months ago"}
}

test_review_silent_at_exactly_12_months if {
	vs := main.violations with input as fixture.changed(concat("", [rm, "/dpia/reviewed_on"]), "2025-11-23")
	vs == []
}

test_review_across_a_year_boundary if {
	doc := fixture.mutate([
		{"op": "replace", "path": "/today", "value": "2027-01-10"},
		{"op": "replace", "path": concat("", [rm, "/dpia/reviewed_on"]), "value": "2026-01-09"},
		{"op": "replace", "path": "/register/activities/patient-app/dpia/reviewed_on", "value": "2026-01-10"},
	])
	vs := dpia.violations with input as doc
	fixture.found(vs) == {["dpia.review", "remote-monitoring", ["dpia", "reviewed_on"]]}
}

test_review_not_reported_when_dpia_missing if {
	vs := dpia.violations with input as fixture.removed(concat("", [rm, "/dpia"]))
	fixture.of("dpia.review", vs) == []
}

test_scale_stated_silent_on_clean if {
	vs := dpia.violations with input as fixture.clean
	fixture.of("dpia.scale_stated", vs) == []
}

test_scale_stated_fires_when_large_scale_is_left_out if {
	# Leaving `large_scale` out must not switch dpia.required off: it is an error of its own,
	# at the first special category (health-measurements, the fourth entry).
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [rm, "/dpia"])},
		{"op": "remove", "path": concat("", [rm, "/large_scale"])},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["dpia.scale_stated", "remote-monitoring", ["data_categories", 3]]}
	[v] := vs
	v.params == {"category": "health-measurements"}
}

test_scale_stated_silent_when_false_is_stated if {
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [rm, "/dpia"])},
		{"op": "replace", "path": concat("", [rm, "/large_scale"]), "value": false},
	])
	dpia.violations == set() with input as doc
}

test_scale_stated_silent_without_special_categories if {
	# Customer administration holds no special category and states no scale.
	vs := dpia.violations with input as fixture.clean
	fixture.of("dpia.scale_stated", vs) == []
	not fixture.customer_administration.large_scale
}
