package ropa.rules.records_test

import data.ropa.lib
import data.ropa.main
import data.ropa.rules.records
import data.ropa.test as fixture

legacy := {
	"apiVersion": "ropa/v1", "kind": "Product", "id": "legacy-portal", "name": "Legacy portal",
	"status": "retired", "retired_on": "2025-06-30", "retired_reason": "replaced by MyDignio",
}

uses_legacy := [
	{"op": "add", "path": "/register/products/legacy-portal", "value": legacy},
	{"op": "add", "path": "/register/activities/website-and-contact/products/-", "value": "legacy-portal"},
]

test_retired_reference_silent_on_clean if {
	vs := records.violations with input as fixture.clean
	fixture.of("records.retired_reference", vs) == []
}

test_retired_reference_fires_for_a_retired_product if {
	vs := main.violations with input as fixture.mutate(uses_legacy)
	fixture.found(vs) == {["records.retired_reference", "website-and-contact", ["products", 1]]}
	[v] := vs
	v.params == {"target": "legacy-portal", "field": "products", "retired_on": "2025-06-30"}
}

test_retired_reference_without_a_retirement_date if {
	ops := array.concat(uses_legacy, [{"op": "remove", "path": "/register/products/legacy-portal/retired_on"}])
	vs := main.violations with input as fixture.mutate(ops)
	[v] := vs
	v.params.retired_on == "an unknown date"
}

test_retired_reference_fires_for_a_retired_location if {
	doc := fixture.changed("/register/locations/aws-london/status", "retired")
	vs := records.violations with input as doc
	fixture.found(vs) == {
		["records.retired_reference", "patient-app", ["storage_locations", 1]],
		["records.retired_reference", "remote-monitoring", ["storage_locations", 1]],
	}
}

test_retired_reference_fires_for_a_retired_segment if {
	doc := fixture.changed("/register/segments/se-regions/status", "retired")
	vs := main.violations with input as doc
	fixture.found(vs) == {
		["records.retired_reference", "patient-app", ["customer_segments", 2]],
		["records.retired_reference", "remote-monitoring", ["customer_segments", 2]],
	}
}

test_retired_reference_fires_for_a_retired_subprocessor if {
	doc := fixture.changed("/register/subprocessors/aws/status", "retired")
	vs := main.violations with input as doc
	{v.rule | some v in vs} == {"records.retired_reference"}
	count(vs) == 5
}

test_retired_reference_ignores_retired_activities if {
	ops := array.concat(uses_legacy, [{
		"op": "add", "path": "/register/activities/website-and-contact/status",
		"value": "retired",
	}])
	vs := records.violations with input as fixture.mutate(ops)
	vs == set()
}

test_known_category_silent_on_clean if {
	vs := records.violations with input as fixture.clean
	fixture.of("records.known_category", vs) == []
}

test_known_category_fires_for_an_activity if {
	shoe_size := {"category": "shoe-size", "retention": {"period": "P1Y"}}
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/activities/customer-administration/subprocessors"},
		{"op": "add", "path": "/register/activities/customer-administration/data_categories/-", "value": shoe_size},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["records.known_category", "customer-administration", ["data_categories", 4, "category"]]}
	[v] := vs
	v.params == {"category": "shoe-size"}
}

test_known_category_fires_for_a_subprocessor if {
	vs := main.violations with input as fixture.appended("/register/subprocessors/aws/data_categories", "shoe-size")
	fixture.found(vs) == {["records.known_category", "aws", ["data_categories", 14]]}
}

test_known_category_fires_for_both if {
	shoe_size := {"category": "shoe-size", "retention": {"period": "P1Y"}}
	doc := fixture.mutate([
		{"op": "add", "path": "/register/subprocessors/aws/data_categories/-", "value": "shoe-size"},
		{"op": "add", "path": "/register/activities/customer-administration/data_categories/-", "value": shoe_size},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {
		["records.known_category", "aws", ["data_categories", 14]],
		["records.known_category", "customer-administration", ["data_categories", 4, "category"]],
	}
}

# future_date

test_future_date_silent_on_clean if {
	vs := records.violations with input as fixture.clean
	fixture.of("records.future_date", vs) == []
}

test_future_date_fires_for_a_contract_signed_after_today if {
	vs := records.violations with input as fixture.changed("/register/subprocessors/aws/dpa/signed_on", "2099-01-01")
	fixture.found(vs) == {["records.future_date", "aws", ["dpa", "signed_on"]]}
	[v] := fixture.of("records.future_date", vs)
	v.params == {"field": "signed_on", "date": "2099-01-01", "today": fixture.today}
}

test_future_date_fires_for_a_date_nested_in_a_list if {
	notices := [{"segment": "uk-nhs", "notified_on": "2099-01-01", "effective_from": "2099-03-01"}]
	vs := records.violations with input as fixture.changed("/register/subprocessors/aws/customer_notices", notices)
	["records.future_date", "aws", ["customer_notices", 0, "notified_on"]] in fixture.found(vs)
}

test_future_date_accepts_today_itself if {
	vs := records.violations with input as fixture.changed("/register/subprocessors/aws/dpa/signed_on", fixture.today)
	fixture.of("records.future_date", vs) == []
}

test_future_retirement_keeps_the_record_in_force_and_is_an_error if {
	doc := fixture.mutate([
		{"op": "add", "path": "/register/activities/usage-statistics/status", "value": "retired"},
		{"op": "add", "path": "/register/activities/usage-statistics/retired_on", "value": "2099-12-31"},
	])
	vs := records.violations with input as doc
	fixture.found(vs) == {["records.future_date", "usage-statistics", ["retired_on"]]}
	lib.active(doc.register.activities["usage-statistics"]) with input as doc
}

# dpf_verified_before_framework

test_dpf_verified_before_the_framework_existed if {
	doc := fixture.changed("/register/subprocessors/aws/dpf", {"certified": true, "verified_on": "2015-03-01"})
	vs := records.violations with input as doc
	fixture.found(vs) == {["records.dpf_verified_before_framework", "aws", ["dpf", "verified_on"]]}
}

test_dpf_verified_on_the_first_day_counts if {
	doc := fixture.changed("/register/subprocessors/aws/dpf", {"certified": true, "verified_on": "2023-07-10"})
	vs := records.violations with input as doc
	fixture.of("records.dpf_verified_before_framework", vs) == []
}

# country_code

test_country_code_says_gb_for_uk if {
	vs := records.violations with input as fixture.changed("/register/segments/uk-nhs/jurisdiction", "UK")
	fixture.found(vs) == {["records.country_code", "uk-nhs", ["jurisdiction"]]}
	[v] := fixture.of("records.country_code", vs)
	v.params.meant == "GB"
	v.subject == {"code": "UK"}
}

test_country_code_names_the_iso_codes_for_an_unknown_one if {
	vs := records.violations with input as fixture.changed("/register/subprocessors/aws/country", "XX")
	[v] := fixture.of("records.country_code", vs)
	v.params == {"field": "country", "code": "XX", "meant": "one of the ISO codes"}
}

test_retired_reference_to_a_subprocessor_named_with_its_categories if {
	doc := fixture.mutate([
		{"op": "add", "path": "/register/subprocessors/aws/status", "value": "retired"},
		{"op": "add", "path": "/register/subprocessors/aws/retired_on", "value": "2026-01-01"},
		{
			"op": "replace", "path": "/register/activities/website-and-contact/subprocessors/0",
			"value": {"id": "aws", "categories": ["contact-details"]},
		},
	])
	vs := records.violations with input as doc
	some v in fixture.of("records.retired_reference", vs)
	[v.record, v.path, v.params.target] == ["website-and-contact", ["subprocessors", 0], "aws"]
}

test_excluded_category_silent_on_clean if {
	vs := records.violations with input as fixture.clean
	fixture.of("records.excluded_category", vs) == []
	fixture.of("records.excluded_unknown", vs) == []
}

test_excluded_category_fires_where_activities_and_subprocessors_name_it if {
	doc := fixture.changed("/register/organisation/taxonomy", {"exclude": ["billing-details"]})
	vs := main.violations with input as doc
	fixture.found(vs) == {
		["records.excluded_category", "customer-administration", ["data_categories", 2, "category"]],
		["records.excluded_category", "aws", ["data_categories", 9]],
	}
	every v in vs {
		v.params == {"category": "billing-details", "organisation": "dignio"}
	}
}

test_excluded_category_judges_a_change_by_the_exclusions_of_the_base if {
	# The change takes `billing-details` out of `taxonomy.exclude` and uses it: the base's exclusion judges.
	base := fixture.changed("/register/organisation/taxonomy", {"exclude": ["billing-details"]})
	vs := records.violations with input as fixture.change(base, fixture.clean)
	{[v.record, v.path] | some v in fixture.of("records.excluded_category", vs)} == {
		["customer-administration", ["data_categories", 2, "category"]],
		["aws", ["data_categories", 9]],
	}
}

test_excluded_category_judges_a_change_by_the_exclusions_it_adds if {
	head := fixture.changed("/register/organisation/taxonomy", {"exclude": ["billing-details"]})
	vs := records.violations with input as fixture.change(fixture.clean, head)
	count(fixture.of("records.excluded_category", vs)) == 2
}

test_excluded_unknown_fires_for_a_category_the_bundled_taxonomy_lacks if {
	# The register's own category is no bundled one: it is left out by not recording it.
	doc := fixture.changed("/register/organisation/taxonomy", {"exclude": ["genetic-data", "patient-communication"]})
	vs := main.violations with input as doc
	fixture.found(vs) == {["records.excluded_unknown", "dignio", ["taxonomy", "exclude", 1]]}
}

# Leaves at every depth are found, each once, at its path: the first levels are read by name, the
# deeper ones walked.
test_future_date_and_country_found_at_every_depth if {
	odd := {"signed_on": "2099-01-01", "country": "XX", "verified_on": "2020-01-01"}
	deep := object.union(odd, {"d": object.union(odd, {"e": odd})})
	listed := object.union(odd, {"x": odd, "l": [object.union(odd, {"c": deep})]})
	nested := object.union(odd, {"a": object.union(odd, {"b": listed})})
	vs := records.violations with input as fixture.changed("/register/subprocessors/aws/evidence", nested)
	found := {[v.rule, v.path] | some v in vs; v.record == "aws"}
	found == {[rule, array.concat(at, [field])] |
		some at in [
			["evidence"], ["evidence", "a"], ["evidence", "a", "b"], ["evidence", "a", "b", "x"], ["evidence", "a", "b", "l", 0],
			["evidence", "a", "b", "l", 0, "c"], ["evidence", "a", "b", "l", 0, "c", "d"],
			["evidence", "a", "b", "l", 0, "c", "d", "e"],
		]
		some [rule, field] in [["records.future_date", "signed_on"], ["records.country_code", "country"]]
	}
}
