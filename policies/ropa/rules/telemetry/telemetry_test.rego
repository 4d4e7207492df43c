package ropa.rules.telemetry_test

import data.ropa.main
import data.ropa.rules.telemetry
import data.ropa.test as fixture

us := "/register/activities/usage-statistics"

test_anonymised_aggregated_silent_on_clean if {
	vs := telemetry.violations with input as fixture.clean
	fixture.of("telemetry.anonymised_aggregated", vs) == []
}

test_anonymised_aggregated_fires_when_not_anonymised if {
	vs := main.violations with input as fixture.changed(concat("", [us, "/telemetry/anonymised"]), false)
	fixture.found(vs) == {["telemetry.anonymised_aggregated", "usage-statistics", ["telemetry", "anonymised"]]}
	[v] := vs
	v.params == {"property": "anonymised"}
}

test_anonymised_aggregated_fires_when_aggregation_is_not_declared if {
	vs := main.violations with input as fixture.removed(concat("", [us, "/telemetry/aggregated"]))
	fixture.found(vs) == {["telemetry.anonymised_aggregated", "usage-statistics", ["telemetry", "aggregated"]]}
}

test_no_direct_identifiers_silent_on_clean if {
	vs := telemetry.violations with input as fixture.clean
	fixture.of("telemetry.no_direct_identifiers", vs) == []
}

test_no_direct_identifiers_fires_for_user_accounts if {
	account := {"category": "user-account", "retention": {"period": "P2Y"}}
	vs := main.violations with input as fixture.appended(concat("", [us, "/data_categories"]), account)
	fixture.found(vs) == {["telemetry.no_direct_identifiers", "usage-statistics", ["data_categories", 1]]}
	[v] := vs
	v.params == {"category": "user-account"}
}

test_no_direct_identifiers_only_for_telemetry if {
	# customer-administration holds contact details, and has no telemetry block.
	vs := telemetry.violations with input as fixture.clean
	vs == set()
}

test_no_special_categories_silent_on_clean if {
	vs := telemetry.violations with input as fixture.clean
	fixture.of("telemetry.no_special_categories", vs) == []
}

test_no_special_categories_fires_for_health_data if {
	doc := fixture.mutate([
		{"op": "add", "path": concat("", [us, "/data_categories/-"]), "value": {
			"category": "health-measurements",
			"retention": {"period": "P2Y"},
		}},
		{"op": "add", "path": concat("", [us, "/legal_basis/art9"]), "value": "9(2)(h)"},
		{"op": "add", "path": concat("", [us, "/security_measures/-"]), "value": "access-logging"},
		{"op": "add", "path": concat("", [us, "/large_scale"]), "value": false},
		# Health data of patients meets two DPIA criteria.
		{"op": "add", "path": concat("", [us, "/dpia"]), "value": {"reference": "DPIA-9", "reviewed_on": "2026-10-01"}},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["telemetry.no_special_categories", "usage-statistics", ["data_categories", 1]]}
	[v] := vs
	v.params == {"category": "health-measurements"}
}

test_method_silent_on_clean if {
	vs := telemetry.violations with input as fixture.clean
	fixture.of("telemetry.method", vs) == []
}

test_method_fires_without_method if {
	vs := main.violations with input as fixture.removed(concat("", [us, "/telemetry/method"]))
	fixture.found(vs) == {["telemetry.method", "usage-statistics", ["telemetry"]]}
	[v] := vs
	v.params == {}
}

test_minimum_group_size_silent_on_clean if {
	vs := telemetry.violations with input as fixture.clean
	fixture.of("telemetry.minimum_group_size", vs) == []
	fixture.of("telemetry.group_size_floor", vs) == []
}

test_minimum_group_size_fires_when_not_recorded if {
	vs := main.violations with input as fixture.removed(concat("", [us, "/telemetry/minimum_group_size"]))
	fixture.found(vs) == {["telemetry.minimum_group_size", "usage-statistics", ["telemetry"]]}
	[v] := vs
	v.params == {"floor": 5}
}

test_minimum_group_size_only_for_aggregated_telemetry if {
	# Telemetry that does not claim aggregation is told so by anonymised_aggregated, not asked for a size.
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [us, "/telemetry/minimum_group_size"])},
		{"op": "replace", "path": concat("", [us, "/telemetry/aggregated"]), "value": false},
	])
	vs := telemetry.violations with input as doc
	fixture.of("telemetry.minimum_group_size", vs) == []
}

test_group_size_floor_fires_for_groups_of_one if {
	vs := main.violations with input as fixture.changed(concat("", [us, "/telemetry/minimum_group_size"]), 1)
	fixture.found(vs) == {["telemetry.group_size_floor", "usage-statistics", ["telemetry", "minimum_group_size"]]}
	[v] := vs
	v.params == {"size": 1, "floor": 5}
}

test_group_size_floor_accepts_the_floor if {
	vs := telemetry.violations with input as fixture.changed(concat("", [us, "/telemetry/minimum_group_size"]), 5)
	vs == set()
}

test_group_size_floor_is_reference_data if {
	doc := fixture.changed(concat("", [us, "/telemetry/minimum_group_size"]), 10)
	vs := telemetry.violations with input as doc with data.reference.anonymisation.group_size_floor as {"size": 11}
	fixture.found(vs) == {["telemetry.group_size_floor", "usage-statistics", ["telemetry", "minimum_group_size"]]}
}

test_online_identifiers_silent_on_clean if {
	vs := telemetry.violations with input as fixture.clean
	fixture.of("telemetry.online_identifiers", vs) == []
}

test_online_identifiers_fire_for_ip_addresses if {
	ips := {"category": "online-identifiers", "retention": {"period": "P13M"}}
	vs := main.violations with input as fixture.appended(concat("", [us, "/data_categories"]), ips)
	fixture.found(vs) == {["telemetry.online_identifiers", "usage-statistics", ["data_categories", 1]]}
	[v] := vs
	v.params == {"category": "online-identifiers"}
}

test_online_identifiers_fire_for_device_identifiers if {
	devices := {"category": "device-data", "retention": {"period": "P13M"}}
	vs := main.violations with input as fixture.appended(concat("", [us, "/data_categories"]), devices)
	fixture.found(vs) == {["telemetry.online_identifiers", "usage-statistics", ["data_categories", 1]]}
}

test_online_identifiers_not_for_telemetry_recorded_as_personal_data if {
	# Statistics that say they are personal data are judged by the promise rule, not by this one.
	ips := {"category": "online-identifiers", "retention": {"period": "P13M"}}
	doc := fixture.mutate([
		{"op": "add", "path": concat("", [us, "/data_categories/-"]), "value": ips},
		{"op": "replace", "path": concat("", [us, "/telemetry/anonymised"]), "value": false},
	])
	vs := telemetry.violations with input as doc
	fixture.of("telemetry.online_identifiers", vs) == []
}

test_online_identifiers_not_outside_telemetry if {
	# website-and-contact keeps online identifiers as personal data, and is no telemetry.
	vs := telemetry.violations with input as fixture.clean
	vs == set()
}

test_declared_silent_on_clean if {
	vs := telemetry.violations with input as fixture.clean
	fixture.of("telemetry.declared", vs) == []
}

test_declared_fires_when_the_block_is_left_out if {
	# Only telemetry.declared: the other promises are not repeated for a block that is not there.
	vs := main.violations with input as fixture.removed(concat("", [us, "/telemetry"]))
	fixture.found(vs) == {["telemetry.declared", "usage-statistics", ["data_categories", 0]]}
	[v] := vs
	v.params == {"field": "data_categories", "evidence": "usage-statistics"}
}

test_declared_fires_for_a_statistics_purpose if {
	# Usage statistics with neither its block nor its category, but a purpose that says what it is.
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [us, "/telemetry"])},
		{"op": "replace", "path": concat("", [us, "/data_categories/0/category"]), "value": "online-identifiers"},
		{"op": "add", "path": concat("", [us, "/purposes/-"]), "value": "Feature Statistics per release"},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["telemetry.declared", "usage-statistics", ["purposes", 1]]}
	[v] := vs
	v.params == {"field": "purposes", "evidence": "Feature Statistics per release"}
}

test_declared_holds_implied_telemetry_to_the_other_promises if {
	# Without its block, usage statistics that lists user accounts is still telemetry.
	account := {"category": "user-account", "retention": {"period": "P2Y"}}
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [us, "/telemetry"])},
		{"op": "add", "path": concat("", [us, "/data_categories/-"]), "value": account},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {
		["telemetry.declared", "usage-statistics", ["data_categories", 0]],
		["telemetry.no_direct_identifiers", "usage-statistics", ["data_categories", 1]],
	}
}

test_declared_one_finding_when_category_and_purpose_both_show_it if {
	path := concat("", [us, "/purposes/-"])
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [us, "/telemetry"])},
		{"op": "add", "path": path, "value": "telemetry of app crashes"},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["telemetry.declared", "usage-statistics", ["data_categories", 0]]}
}
