package ropa.rules.change_test

import data.ropa.rules.change
import data.ropa.test as fixture

# change.threshold_relaxed: one relaxing and one stricter change per limit it watches.

relaxed_fields(ops) := {r[2] | some r in found} if {
	# regal ignore:with-outside-test-context
	found := change.relaxed with input as fixture.amended(ops)
}

set(path, value) := {"op": "add", "path": concat("", ["/register/", path]), "value": value}

test_threshold_relaxed_shorter_notice_period if {
	relaxed_fields([set("segments/uk-nhs/notice_period_days", 14)]) == {"notice_period_days"}
}

test_threshold_relaxed_longer_notice_period_is_not_reported if {
	relaxed_fields([set("segments/uk-nhs/notice_period_days", 60)]) == set()
}

test_threshold_relaxed_wider_access if {
	ops := [set("organisation/access_without_authorisation", ["technical", "support", "sales"])]
	relaxed_fields(ops) == {"access_without_authorisation"}
}

test_threshold_relaxed_narrower_access_is_not_reported if {
	relaxed_fields([set("organisation/access_without_authorisation", ["technical"])]) == set()
}

test_threshold_relaxed_other_country if {
	relaxed_fields([set("organisation/country", "SE")]) == {"country"}
}

test_threshold_relaxed_residency_naming_more_places if {
	relaxed_fields([set("organisation/data_residency/0/cities/-", "Dublin")]) == {"data_residency"}
}

test_threshold_relaxed_residency_promise_dropped if {
	ops := [{"op": "remove", "path": "/register/organisation/data_residency/1"}]
	relaxed_fields(ops) == {"data_residency"}
}

test_threshold_relaxed_residency_naming_fewer_places_is_not_reported if {
	relaxed_fields([set("organisation/data_residency/0/cities", [])]) == set()
}

test_threshold_relaxed_other_segment_jurisdiction if {
	relaxed_fields([set("segments/se-regions/jurisdiction", "NO")]) == {"jurisdiction"}
}

test_threshold_relaxed_promise_reworded if {
	relaxed_fields([set("organisation/promises/access.limited", "Something weaker.")]) == {"promises"}
}

test_threshold_relaxed_promise_dropped if {
	relaxed_fields([{"op": "remove", "path": "/register/organisation/promises/access.limited"}]) == {"promises"}
}

excluding(categories) := fixture.changed("/register/organisation/taxonomy", {"exclude": categories})

test_threshold_relaxed_exclusion_taken_out if {
	doc := fixture.change(excluding(["genetic-data", "biometric-data"]), excluding(["biometric-data"]))
	found := change.violations with input as doc
	[v] := [v | some v in found; v.rule == "change.threshold_relaxed"]
	[v.path, v.key, v.params.field] == [["taxonomy", "exclude"], ["taxonomy", "exclude"], "taxonomy.exclude"]
	[v.params.from, v.params.to] == [["genetic-data", "biometric-data"], ["biometric-data"]]
}

test_threshold_relaxed_taxonomy_dropped_is_reported_at_the_organisation if {
	found := change.relaxed with input as fixture.change(excluding(["genetic-data"]), fixture.clean)
	found == {["dignio", [], "taxonomy.exclude", ["genetic-data"], []]}
}

test_threshold_relaxed_exclusion_added_is_not_reported if {
	found := change.relaxed with input as fixture.change(fixture.clean, excluding(["genetic-data"]))
	found == set()
}

test_threshold_relaxed_unchanged_register_is_not_reported if {
	relaxed_fields([]) == set()
}
