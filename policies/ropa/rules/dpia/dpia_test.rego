package ropa.rules.dpia_test

import data.ropa.main
import data.ropa.rules.dpia
import data.ropa.test as fixture

rm := "/register/activities/remote-monitoring"

ca := "/register/activities/customer-administration"

web := "/register/activities/website-and-contact"

# Customer administration with health records of elderly residents (not large-scale): sensitive data and
# vulnerable data subjects, two WP248 criteria, which the old rule (large scale and special
# categories only) let pass.
health_records := {"category": "health-records", "retention": {"period": "P1Y"}}

elderly_health := [
	{"op": "add", "path": concat("", [ca, "/data_categories/-"]), "value": health_records},
	{"op": "add", "path": concat("", [ca, "/data_subjects/-"]), "value": "elderly residents"},
	{"op": "add", "path": concat("", [ca, "/legal_basis/art9"]), "value": "9(2)(h)"},
	{"op": "add", "path": concat("", [ca, "/security_measures/-"]), "value": "access-logging"},
	{"op": "add", "path": concat("", [ca, "/large_scale"]), "value": false},
]

# required

test_required_silent_on_clean if {
	vs := dpia.violations with input as fixture.clean
	vs == set()
}

test_required_fires_for_two_criteria_without_large_scale if {
	vs := main.violations with input as fixture.mutate(elderly_health)
	fixture.found(vs) == {["dpia.required", "customer-administration", ["large_scale"]]}
	[v] := vs
	v.params == {"criteria": ["sensitive-data", "vulnerable-subjects"]}
}

test_required_fires_for_large_scale_special_categories if {
	# Art. 35(3)(b): large scale and special categories are two criteria on their own.
	doc := fixture.mutate([
		{"op": "add", "path": concat("", [ca, "/data_categories/-"]), "value": health_records},
		{"op": "add", "path": concat("", [ca, "/legal_basis/art9"]), "value": "9(2)(h)"},
		{"op": "add", "path": concat("", [ca, "/security_measures/-"]), "value": "access-logging"},
		{"op": "add", "path": concat("", [ca, "/large_scale"]), "value": true},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["dpia.required", "customer-administration", ["large_scale"]]}
	[v] := vs
	v.params == {"criteria": ["large-scale", "sensitive-data"]}
}

test_required_fires_for_stated_criteria if {
	doc := fixture.changed(concat("", [web, "/risk_criteria"]), ["evaluation-or-scoring", "matching-datasets"])
	vs := main.violations with input as doc
	fixture.found(vs) == {["dpia.required", "website-and-contact", ["risk_criteria"]]}
}

test_required_not_for_one_criterion if {
	# Website visitors are not vulnerable: one stated criterion is not enough.
	vs := dpia.violations with input as fixture.changed(concat("", [web, "/risk_criteria"]), ["evaluation-or-scoring"])
	vs == set()
}

test_required_silent_with_a_dpia if {
	doc := fixture.mutate(array.concat(elderly_health, [{
		"op": "add", "path": concat("", [ca, "/dpia"]),
		"value": {"reference": "DPIA-1", "reviewed_on": "2026-10-01"},
	}]))
	vs := main.violations with input as doc
	vs == []
}

test_vulnerable_subjects_read_from_the_record if {
	doc := fixture.mutate([{"op": "add", "path": concat("", [web, "/data_subjects/-"]), "value": "Pupils (12-16)"}])
	dpia.vulnerable(doc.register.activities["website-and-contact"]) with input as doc
	not dpia.vulnerable(fixture.clean.register.activities["website-and-contact"]) with input as fixture.clean

	# Only the register's own names are looked up.
	not dpia.vulnerable({"data_subjects": ["children"]}) with input as fixture.clean
}

test_names_vulnerable_as_whole_words if {
	every name in [
		"Patients", "employees of the customer", "children under 13", "older people", "Elderly (75+)",
		"patients' relatives", "patients’ relatives", "asylum seekers", "the mentally ill", "minor",
		"pupils/students",
	] {
		dpia.names_vulnerable(name)
	}
	every name in [
		"customer contact persons", "health personnel", "outpatients", "childcare workers", "minority owners",
		"older  people", "asylum-seekers", "employee_", "employee_id holders", "website visitors", "",
	] {
		not dpia.names_vulnerable(name)
	}
}

test_words_marked if {
	dpia.words_marked("older people") == "|older| |people|"
	dpia.words_marked("a’b_2") == "|a|’|b_2|"
	dpia.words_marked("") == "||"
}

# national_list

test_national_list_fires_for_norway if {
	# Location data and one WP248 criterion: on Datatilsynet's list, though one criterion short of WP248.
	doc := fixture.changed(concat("", [web, "/risk_criteria"]), ["location-data", "evaluation-or-scoring"])
	vs := main.violations with input as doc
	fixture.found(vs) == {["dpia.national_list", "website-and-contact", ["risk_criteria"]]}
	[v] := vs
	v.params == {"authority": "Datatilsynet", "entries": ["location data, with at least one other criterion"]}
}

test_national_list_alone_for_employee_monitoring if {
	doc := fixture.changed(concat("", [web, "/risk_criteria"]), ["employee-monitoring"])
	vs := dpia.violations with input as doc
	fixture.found(vs) == {["dpia.national_list", "website-and-contact", ["risk_criteria"]]}
}

test_national_list_not_without_the_other_criterion if {
	vs := dpia.violations with input as fixture.changed(concat("", [web, "/risk_criteria"]), ["location-data"])
	vs == set()
}

biometric := {"category": "biometric-data", "retention": {"period": "P1Y"}}

test_national_list_by_category_is_already_two_wp248_criteria if {
	doc := fixture.mutate([
		{"op": "add", "path": concat("", [web, "/risk_criteria"]), "value": ["evaluation-or-scoring"]},
		{"op": "add", "path": concat("", [web, "/data_categories/-"]), "value": biometric},
		{"op": "add", "path": concat("", [web, "/large_scale"]), "value": false},
	])

	# Biometric data is special: with evaluation that is two WP248 criteria already.
	vs := dpia.violations with input as doc
	fixture.found(vs) == {["dpia.required", "website-and-contact", ["risk_criteria"]]}
	count(dpia.listed(doc.register.activities["website-and-contact"])) == 1 with input as doc
}

test_national_list_keyed_by_the_organisation_country if {
	doc := fixture.mutate([
		{"op": "add", "path": concat("", [web, "/risk_criteria"]), "value": ["matching-datasets"]},
		{"op": "replace", "path": "/register/organisation/country", "value": "GB"},
	])
	vs := dpia.violations with input as doc
	fixture.found(vs) == {["dpia.national_list", "website-and-contact", ["risk_criteria"]]}
	{v.params.authority | some v in vs} == {"the ICO"}

	# Datatilsynet's list has no entry for data matching alone.
	no := fixture.changed(concat("", [web, "/risk_criteria"]), ["matching-datasets"])
	dpia.violations == set() with input as no
}

test_national_list_any_of_several_criteria if {
	# The ICO's tracking entry: location or behaviour tracking, with any other criterion.
	doc := fixture.mutate([
		{"op": "add", "path": concat("", [web, "/risk_criteria"]), "value": ["systematic-monitoring"]},
		{"op": "add", "path": concat("", [web, "/data_subjects/-"]), "value": "patients"},
		{"op": "replace", "path": "/register/organisation/country", "value": "GB"},
	])

	# Systematic monitoring of patients meets two WP248 criteria.
	fixture.found(dpia.violations) == {["dpia.required", "website-and-contact", ["risk_criteria"]]} with input as doc
	tracking := fixture.mutate([
		{"op": "add", "path": concat("", [web, "/risk_criteria"]), "value": ["location-data", "third-party-data"]},
		{"op": "replace", "path": "/register/organisation/country", "value": "GB"},
	])
	dpia.violations == set() with input as tracking
}

test_national_list_none_for_an_unlisted_country if {
	doc := fixture.mutate([
		{"op": "add", "path": concat("", [web, "/risk_criteria"]), "value": ["employee-monitoring"]},
		{"op": "replace", "path": "/register/organisation/country", "value": "DK"},
	])
	dpia.violations == set() with input as doc
}

test_where_points_at_the_record_without_criteria_or_scale if {
	dpia.where({}) == []
	dpia.where({"large_scale": false}) == ["large_scale"]
	dpia.where({"large_scale": true, "risk_criteria": ["location-data"]}) == ["risk_criteria"]
}

# processor_assistance

test_processor_assistance_not_an_error_for_processors if {
	# A processor activity without a DPIA: the customers' duty, a warning to point to theirs.
	vs := main.violations with input as fixture.removed(concat("", [rm, "/dpia"]))
	fixture.found(vs) == {["dpia.processor_assistance", "remote-monitoring", ["large_scale"]]}
	[v] := vs
	v.params == {"criteria": ["large-scale", "sensitive-data", "vulnerable-subjects"]}
}

test_processor_assistance_silent_with_the_controllers_dpia if {
	vs := dpia.violations with input as fixture.clean
	fixture.of("dpia.processor_assistance", vs) == []
}

# review

test_review_fires_after_more_than_12_months if {
	vs := main.violations with input as fixture.changed(concat("", [rm, "/dpia/reviewed_on"]), "2025-11-22")
	fixture.found(vs) == {["dpia.review", "remote-monitoring", ["dpia", "reviewed_on"]]}
	[v] := vs
	v.params == {"reviewed_on": "2025-11-22"}
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

test_review_date_fires_without_review_date if {
	vs := main.violations with input as fixture.removed(concat("", [rm, "/dpia/reviewed_on"]))
	fixture.found(vs) == {["dpia.review_date", "remote-monitoring", ["dpia"]]}
}

test_review_not_reported_when_dpia_missing if {
	vs := dpia.violations with input as fixture.removed(concat("", [rm, "/dpia"]))
	fixture.of("dpia.review", vs) == []
	fixture.of("dpia.review_date", vs) == []
}

# scale_stated

test_scale_stated_fires_when_large_scale_is_left_out if {
	# Leaving `large_scale` out is an error of its own, at the first special category
	# (health-measurements, the fourth entry).
	vs := main.violations with input as fixture.removed(concat("", [rm, "/large_scale"]))
	fixture.found(vs) == {["dpia.scale_stated", "remote-monitoring", ["data_categories", 3]]}
	[v] := vs
	v.params == {"category": "health-measurements"}
}

test_scale_stated_silent_when_false_is_stated if {
	doc := fixture.changed(concat("", [rm, "/large_scale"]), false)
	dpia.violations == set() with input as doc
}

test_scale_stated_silent_without_special_categories if {
	# Customer administration holds no special category and states no scale.
	vs := dpia.violations with input as fixture.clean
	fixture.of("dpia.scale_stated", vs) == []
	not fixture.customer_administration.large_scale
}
