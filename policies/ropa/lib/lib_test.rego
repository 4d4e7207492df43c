package ropa.lib_test

import data.ropa.lib
import data.ropa.test as fixture

test_regime_eea_members if {
	lib.regime("NO") == "EEA"
	lib.regime("SE") == "EEA"
	lib.regime("IS") == "EEA"
	lib.regime("GR") == "EEA"
}

test_regime_uk if {
	lib.regime("GB") == "UK"
}

test_regime_undefined_elsewhere if {
	not lib.regime("US")
	not lib.regime("CH")
	not lib.regime("EL")
}

test_months_before_same_year if {
	lib.months_before("2026-11-23", 12) == "2025-11-23"
	lib.months_before("2026-11-23", 0) == "2026-11-23"
	lib.months_before("2026-10-05", 9) == "2026-01-05"
}

test_older_than_months_a_year_and_other_spans if {
	lib.older_than_months("2025-11-22", 12) with input as {"today": "2026-11-23"}
	not lib.older_than_months("2025-11-23", 12) with input as {"today": "2026-11-23"}
	lib.older_than_months("2026-05-22", 6) with input as {"today": "2026-11-23"}
	not lib.older_than_months("2026-05-23", 6) with input as {"today": "2026-11-23"}
}

test_months_before_across_year_boundaries if {
	lib.months_before("2026-01-15", 1) == "2025-12-15"
	lib.months_before("2026-10-05", 10) == "2025-12-05"
	lib.months_before("2026-02-10", 14) == "2024-12-10"
	lib.months_before("2026-12-31", 12) == "2025-12-31"
	lib.months_before("2026-03-31", 12) == "2025-03-31"
	lib.months_before("2026-06-01", 30) == "2023-12-01"
}

test_months_before_keeps_the_day if {
	# 31 February does not exist, but still sorts after every real February date.
	lib.months_before("2026-03-31", 1) == "2026-02-31"
	lib.months_before("2026-03-31", 1) > "2026-02-28"
}

test_older_than_months if {
	lib.older_than_months("2025-11-22", 12) with input as {"today": "2026-11-23"}
	not lib.older_than_months("2025-11-23", 12) with input as {"today": "2026-11-23"}
	not lib.older_than_months("2026-11-23", 12) with input as {"today": "2026-11-23"}
}

test_older_than_months_across_year_boundaries if {
	lib.older_than_months("2025-12-09", 2) with input as {"today": "2026-02-10"}
	not lib.older_than_months("2025-12-10", 2) with input as {"today": "2026-02-10"}
	lib.older_than_months("2024-12-31", 12) with input as {"today": "2026-01-01"}
	not lib.older_than_months("2025-01-01", 12) with input as {"today": "2026-01-01"}
}

test_pad2 if {
	lib.pad2(1) == "01"
	lib.pad2(9) == "09"
	lib.pad2(10) == "10"
	lib.pad2(12) == "12"
}

test_active if {
	lib.active({})
	lib.active({"status": "active"})
	not lib.active({"status": "retired"})
}

test_records_in_use_leave_out_retired_ones if {
	doc := fixture.mutate([
		{"op": "add", "path": "/register/activities/website-and-contact/status", "value": "retired"},
		{"op": "add", "path": "/register/subprocessors/aws/status", "value": "retired"},
		{"op": "add", "path": "/register/products/mydignio/status", "value": "retired"},
	])
	in_use := {"customer-administration", "patient-app", "remote-monitoring", "usage-statistics"}
	object.keys(lib.activities) == in_use with input as doc
	lib.subprocessors == {} with input as doc
	object.keys(lib.products) == {"dignio-prevent", "dignio-website"} with input as doc
}

test_locations_and_segments_are_all_records if {
	object.keys(lib.locations) == {"aws-stockholm", "aws-london"} with input as fixture.clean
	count(lib.segments) == 4 with input as fixture.clean
}

test_organisation if {
	lib.organisation.id == "dignio" with input as fixture.clean
	lib.organisation == {} with input as fixture.changed("/register/organisation", null)
	lib.organisation == {} with input as fixture.removed("/register/organisation")
}

# The METADATA of a rule `x`, as rego.metadata.rule() gives it.
rule_x := {"title": "X", "custom": {"id": "x"}}

test_violation_shape if {
	v := lib.violation({"custom": {"id": "a.b"}}, "r", ["x", 0], {"k": "v"})
	v == {
		"rule": "a.b", "record": "r", "path": ["x", 0], "params": {"k": "v"},
		"key": ["x", "0"], "subject": {},
	}
	s := lib.violation_about({"custom": {"id": "a.b"}}, "r", [], {"k": "v", "n": 1}, {"k": "v"})
	s == {"rule": "a.b", "record": "r", "path": [], "params": {"k": "v", "n": 1}, "key": [], "subject": {"k": "v"}}
}

# Each list index becomes the item's key: the field naming it in that list, a string item itself.
test_violation_key_names_items_not_indices if {
	lib.violation(rule_x, "remote-monitoring", ["data_categories", 1, "retention"], {}).key == [
		"data_categories", "national-id", "retention",
	] with input as fixture.clean
	lib.violation(rule_x, "remote-monitoring", ["access", 0, "category"], {}).key == [
		"access", "platform engineers", "category",
	] with input as fixture.clean
	v := lib.violation(rule_x, "aws", ["processing_locations", 1], {}) with input as fixture.clean
	v.key == ["processing_locations", "aws-london"]
	lib.violation(rule_x, "dignio", ["data_residency", 1], {}).key == ["data_residency", "UK"] with input as fixture.clean
}

test_violation_key_of_other_items if {
	doc := fixture.changed("/register/subprocessors/aws/things", [{"id": "a"}, {"name": "b"}, {"n": 1}, 7])
	lib.violation(rule_x, "aws", ["things", 0], {}).key == ["things", "a"] with input as doc
	lib.violation(rule_x, "aws", ["things", 1], {}).key == ["things", "b"] with input as doc
	lib.violation(rule_x, "aws", ["things", 2], {}).key == ["things", `{"n":1}`] with input as doc
	lib.violation(rule_x, "aws", ["things", 3], {}).key == ["things", "7"] with input as doc

	# No such item, or no such record (one the change deleted): the index is all there is.
	lib.violation(rule_x, "aws", ["things", 9], {}).key == ["things", "9"] with input as doc
	lib.violation(rule_x, "gone", [0], {}).key == ["0"] with input as doc
	lib.violation(rule_x, "dignio", [], {}).key == [] with input as doc
}

test_categories if {
	lib.special("health-records")
	not lib.special("contact-details")
	not lib.special("no-such-category")
	lib.direct_identifier("national-id")
	not lib.direct_identifier("usage-statistics")
}

test_activity_categories if {
	lib.activity_categories(fixture.usage_statistics) == {"usage-statistics"}
	lib.activity_categories({}) == set()
	not lib.has_special_category(fixture.usage_statistics)
	lib.has_special_category(fixture.remote_monitoring)
}

test_days_from_the_epoch if {
	lib.days("1970-01-01") == 0
	lib.days("1970-01-02") == 1
	lib.days("1969-12-31") == -1
	lib.days("1971-01-01") == 365
	lib.days("2000-01-01") == 10957
	lib.days("2026-11-23") == 20780
}

test_days_month_lengths if {
	firsts := [lib.days(sprintf("2026-%02d-01", [m])) | some m in numbers.range(1, 12)]
	[d | some i in numbers.range(0, 10); d := firsts[i + 1] - firsts[i]] == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30]
	lib.days("2027-01-01") - lib.days("2026-12-01") == 31
}

test_days_leap_years if {
	lib.days("2000-02-29") == 11016
	lib.days("2000-03-01") == 11017
	lib.days("2024-03-01") - lib.days("2024-02-28") == 2
	lib.days("2023-03-01") - lib.days("2023-02-28") == 1
	lib.days("2025-01-01") - lib.days("2024-01-01") == 366
	lib.days("2024-01-01") - lib.days("2023-01-01") == 365
}

test_days_century_years if {
	# 1900 and 2100 are not leap years; 2000 and 2400 are.
	lib.days("1900-01-01") == -25567
	lib.days("1900-03-01") - lib.days("1900-02-28") == 1
	lib.days("2100-03-01") - lib.days("2100-02-28") == 1
	lib.days("2400-03-01") - lib.days("2400-02-28") == 2
	lib.days("2000-01-01") - lib.days("1900-01-01") == 36524
	lib.days("2100-01-01") - lib.days("2000-01-01") == 36525
	lib.days("2400-01-01") - lib.days("2000-01-01") == 146097
}

test_jan_feb if {
	lib.jan_feb(1) == 1
	lib.jan_feb(2) == 1
	lib.jan_feb(3) == 0
	lib.jan_feb(12) == 0
}

test_duration_days if {
	lib.duration_days("P30D") == 30
	lib.duration_days("P2W") == 14
	lib.duration_days("P3M") == 91.3125
	lib.duration_days("P3Y") == 1095.75
	lib.duration_days("P1Y2M3W4D") == 451.125
	lib.duration_days("P0D") == 0
	lib.unit == {"Y": 365.25, "M": 30.4375, "W": 7, "D": 1}
}

test_duration_days_a_year_is_twelve_months if {
	lib.duration_days("P1Y") == lib.duration_days("P12M")
	lib.duration_days("P3Y") == lib.duration_days("P36M")
	lib.duration_days("P1Y1M") == lib.duration_days("P13M")
	lib.duration_days("P52W") < lib.duration_days("P1Y")
	lib.duration_days("P366D") > lib.duration_days("P1Y")
	lib.duration_days("P4W") < lib.duration_days("P1M")
}

test_changing_needs_a_base_organisation if {
	not lib.changing with input as fixture.clean
	not lib.changing with input as fixture.change({"register": fixture.empty_register}, fixture.clean)
	lib.changing with input as fixture.amended([])
}

test_base if {
	lib.base == {} with input as fixture.clean
	lib.base == fixture.register with input as fixture.amended([])
	lib.base_records("products") == {} with input as fixture.clean
	lib.base_records("products") == fixture.products with input as fixture.amended([])
	lib.base_records("waivers") == {} with input as fixture.change({"register": {}}, fixture.clean)
}

test_promised_when_the_organisation_states_it if {
	lib.promised("storage.jurisdiction") with input as fixture.clean
}

test_not_promised_when_the_organisation_does_not_state_it if {
	stated := "/register/organisation/promises/storage.jurisdiction"
	not lib.promised("storage.jurisdiction") with input as fixture.removed(stated)
	not lib.promised("storage.jurisdiction") with input as fixture.changed(stated, 1)
}

test_promised_by_the_base_survives_its_deletion_in_the_change if {
	head := fixture.removed("/register/organisation/promises/storage.jurisdiction")
	lib.promised("storage.jurisdiction") with input as fixture.change(fixture.clean, head)
}

test_categories_the_register_adds_count_with_their_flags if {
	lib.special("patient-communication") with input as fixture.clean
	not lib.categories["patient-communication"] with input as fixture.removed("/register/categories")
}

test_categories_the_register_cannot_change_a_bundled_one if {
	relaxed := {"special": false, "direct_identifier": false}
	lib.special("health-records") with input as fixture.changed("/register/categories/health-records", relaxed)
}

# An item of a list the base set, found in the head by its key, not its index.
test_limit_item_path_finds_the_item_by_key if {
	org := {
		"access_without_authorisation": ["other", "technical"],
		"data_residency": [{"jurisdiction": "UK"}, {"jurisdiction": "EEA"}],
	}
	lib.limit_item_path(org, "access_without_authorisation", "technical") == ["access_without_authorisation", 1]
	lib.limit_item_path(org, "data_residency", {"jurisdiction": "EEA", "cities": []}) == ["data_residency", 1]
	lib.limit_item_path(org, "access_without_authorisation", "support") == ["access_without_authorisation"]
	lib.limit_item_path({}, "data_residency", {"jurisdiction": "EEA"}) == []
}

test_field_of_escapes_dots_and_backslashes_in_steps if {
	lib.field_of([]) == ""
	lib.field_of(["data_categories", "health-records", "retention"]) == "data_categories.health-records.retention"
	lib.field_of(["promises", "access.limited"]) == `promises.access\.limited`
	lib.field_of(["access_locations", `{"city":"St. Louis"}`]) == `access_locations.{"city":"St\. Louis"}`
	lib.field_of(["a\\b.c"]) == `a\\b\.c`
}
