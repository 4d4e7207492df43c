package ropa.waivers_test

import data.ropa.main
import data.ropa.test as fixture
import data.ropa.waivers

# A register with three violations: two of one rule (at the same path of two records) and one with
# an empty path.
broken := fixture.mutate([
	{"op": "remove", "path": "/register/activities/remote-monitoring/dpia"},
	{"op": "remove", "path": "/register/activities/patient-app/dpia"},
	{"op": "remove", "path": "/register/subprocessors/aws/dpa"},
])

unwaived := {
	["dpia.processor_assistance", "remote-monitoring", null],
	["dpia.processor_assistance", "patient-app", null],
	["subprocessors.dpa", "aws", null],
}

# A waiver approved on 2026-11-01 for 75 days (today is 2026-11-23), with `fields` set.
waiver(id, fields) := object.union_n([
	fixture.envelope("Waiver", id, id),
	{
		"reason": "DPIA being written", "approved_by": "Dana DPO",
		"approved_on": "2026-11-01", "expires_on": "2027-01-15",
	},
	fields,
])

monitoring := {"rule": "dpia.processor_assistance", "record": "remote-monitoring"}

# Waivers of `monitoring` that expired yesterday, and that runs a day over the limit (181 days).
expired := object.union(monitoring, {"approved_on": "2026-06-01", "expires_on": "2026-11-22"})

too_long := object.union(monitoring, {"expires_on": "2027-05-01"})

# A waiver of `dpia.processor_assistance` for patient-app that expired on 2026-06-01.
old := waiver(
	"old",
	{
		"rule": "dpia.processor_assistance", "record": "patient-app",
		"approved_on": "2026-01-01", "expires_on": "2026-06-01",
	},
)

# `doc` with these waivers (by id) in the register.
waived(doc, ws) := object.union(doc, {"register": {"waivers": {w.id: w | some w in ws}}})

# The judged violations as [rule, record, waiver or null].
verdicts(vs) := {[v.rule, v.record, object.get(v, "waiver", null)] | some v in vs}

# judged

test_judged_silent_on_clean if {
	waivers.judged == set() with input as fixture.clean
	waivers.violations == set() with input as fixture.clean
}

test_judged_holds_every_violation_as_it_is_without_waivers if {
	vs := waivers.judged with input as broken
	verdicts(vs) == unwaived
	every v in vs {
		object.keys(v) == {"rule", "record", "path", "params", "key", "subject"}
	}
	ws := waivers.judged with input as fixture.removed("/register/waivers")
	ws == set()
}

test_judged_attaches_a_valid_waiver_to_the_violation_it_matches if {
	doc := waived(broken, [waiver("dpia-later", monitoring)])
	vs := waivers.judged with input as doc
	verdicts(vs) == {
		["dpia.processor_assistance", "remote-monitoring", "dpia-later"],
		["dpia.processor_assistance", "patient-app", null],
		["subprocessors.dpa", "aws", null],
	}
	{object.remove(v, ["params"]) | some v in vs; v.waiver} == {{
		"rule": "dpia.processor_assistance", "record": "remote-monitoring", "path": ["large_scale"],
		"key": ["large_scale"], "subject": {}, "waiver": "dpia-later",
	}}
	waivers.violations == set() with input as doc
}

test_judged_attaches_a_waiver_with_the_field_of_the_violation if {
	doc := waived(broken, [waiver("dpia-later", object.union(monitoring, {"field": "large_scale"}))])
	verdicts(waivers.judged) == {
		["dpia.processor_assistance", "remote-monitoring", "dpia-later"],
		["dpia.processor_assistance", "patient-app", null],
		["subprocessors.dpa", "aws", null],
	} with input as doc
	waivers.violations == set() with input as doc
}

test_judged_attaches_a_waiver_without_field_to_a_violation_without_path if {
	doc := waived(broken, [waiver("dpa-later", {"rule": "subprocessors.dpa", "record": "aws"})])
	verdicts(waivers.judged) == {
		["dpia.processor_assistance", "remote-monitoring", null],
		["dpia.processor_assistance", "patient-app", null],
		["subprocessors.dpa", "aws", "dpa-later"],
	} with input as doc
	waivers.violations == set() with input as doc
}

test_judged_attaches_the_first_of_two_matching_waivers if {
	doc := waived(broken, [
		waiver("dpia-later", monitoring),
		waiver("dpia-also-later", object.union(monitoring, {"field": "large_scale"})),
	])
	verdicts(waivers.judged) == {
		["dpia.processor_assistance", "remote-monitoring", "dpia-also-later"],
		["dpia.processor_assistance", "patient-app", null],
		["subprocessors.dpa", "aws", null],
	} with input as doc
	waivers.violations == set() with input as doc
}

test_judged_attaches_nothing_for_another_field_rule_or_record if {
	doc := waived(broken, [
		waiver("other-field", object.union(monitoring, {"field": "dpia"})),
		waiver("other-rule", {"rule": "dpia.review", "record": "remote-monitoring"}),
		waiver("other-record", {"rule": "dpia.processor_assistance", "record": "usage-statistics"}),
		waiver("field-of-no-path", {"rule": "subprocessors.dpa", "record": "aws", "field": "dpa"}),
	])
	verdicts(waivers.judged) == unwaived with input as doc
	fixture.found(waivers.violations) == {
		["waivers.unused", "other-field", ["rule"]],
		["waivers.unused", "other-rule", ["rule"]],
		["waivers.unused", "other-record", ["rule"]],
		["waivers.unused", "field-of-no-path", ["rule"]],
	} with input as doc
}

test_judged_attaches_an_expired_waiver_to_nothing if {
	doc := waived(broken, [waiver("dpia-later", expired)])
	verdicts(waivers.judged) == unwaived with input as doc
	fixture.found(waivers.violations) == {["waivers.expired", "dpia-later", ["expires_on"]]} with input as doc
}

test_judged_attaches_a_too_long_waiver_to_nothing if {
	doc := waived(broken, [waiver("dpia-later", too_long)])
	verdicts(waivers.judged) == unwaived with input as doc
	fixture.found(waivers.violations) == {["waivers.too_long", "dpia-later", ["expires_on"]]} with input as doc
}

test_judged_attaches_a_waiver_not_yet_approved_to_nothing if {
	doc := waived(broken, [waiver("dpia-later", object.union(monitoring, {"approved_on": "2026-11-24"}))])

	# records.future_date also says the approval has not happened yet.
	verdicts(waivers.judged) == unwaived | {["records.future_date", "dpia-later", null]} with input as doc
	waivers.violations == set() with input as doc
}

test_judged_waiver_valid_from_approval_to_expiry_inclusive if {
	first_day := waived(broken, [waiver("dpia-later", object.union(monitoring, {"approved_on": "2026-11-23"}))])
	["dpia.processor_assistance", "remote-monitoring", "dpia-later"] in verdicts(waivers.judged) with input as first_day
	last_day := waived(broken, [waiver("dpia-later", object.union(monitoring, {"expires_on": "2026-11-23"}))])
	["dpia.processor_assistance", "remote-monitoring", "dpia-later"] in verdicts(waivers.judged) with input as last_day
	waivers.violations == set() with input as last_day
}

test_judged_attaches_a_waiver_whose_dotted_field_is_the_violations_path_or_above_it if {
	doc := fixture.changed("/register/subprocessors/aws/privacy_assessment/assessed_on", "2025-01-01")
	reported := fixture.found(main.violations) with input as doc
	["subprocessors.assessment", "aws", ["privacy_assessment", "assessed_on"]] in reported
	at := {"rule": "subprocessors.assessment", "record": "aws"}
	every field in ["privacy_assessment", "privacy_assessment.assessed_on"] {
		ws := [waiver("old-assessment", object.union(at, {"field": field}))]
		["subprocessors.assessment", "aws", "old-assessment"] in verdicts(waivers.judged) with input as waived(doc, ws)
	}
	every field in ["privacy_assessment.assessed_on.year", "privacy_assessment.assessed", "privacy"] {
		ws := [waiver("old-assessment", object.union(at, {"field": field}))]
		["subprocessors.assessment", "aws", null] in verdicts(waivers.judged) with input as waived(doc, ws)
	}
}

# The change of website-and-contact that needs the DPO's approval, at data_categories.contact-details.retention.
longer_contacts := fixture.mutate([{
	"op": "add", "path": "/register/activities/website-and-contact/data_categories/0/retention/period",
	"value": "P24M",
}])

approval(field) := waiver(
	"longer-contacts",
	{"rule": "change.dpo_approval", "record": "website-and-contact", "field": field},
)

test_judged_waives_a_rule_about_changes_at_its_exact_path if {
	doc := fixture.change(fixture.clean, waived(longer_contacts, [approval("data_categories.contact-details.retention")]))
	verdicts(main.violations) == {["change.dpo_approval", "website-and-contact", "longer-contacts"]} with input as doc
	above := fixture.change(fixture.clean, waived(longer_contacts, [approval("data_categories")]))
	verdicts(main.violations) == {
		["change.dpo_approval", "website-and-contact", null],
		["waivers.unused", "longer-contacts", null],
	} with input as above
}

test_judged_waives_a_rule_about_changes_only_in_the_change_that_adds_the_waiver if {
	# The waiver is on the base already: it approved an earlier change, not this one.
	ws := [approval("data_categories.contact-details.retention")]
	doc := fixture.change(waived(fixture.clean, ws), waived(longer_contacts, ws))
	verdicts(main.violations) == {["change.dpo_approval", "website-and-contact", null]} with input as doc
}

test_unused_silent_for_a_waiver_of_a_rule_about_changes_without_a_base if {
	# A full check (after the merge) has no base, so nothing about changes can match.
	ws := [approval("data_categories.contact-details.retention")]
	full := object.union(waived(longer_contacts, ws), {"base": fixture.empty_register})
	main.violations == [] with input as full
	later := fixture.change(waived(fixture.clean, ws), waived(fixture.clean, ws))
	main.violations == [] with input as later
}

# waivers.expired

test_expired_silent_for_a_current_waiver if {
	vs := waivers.violations with input as waived(broken, [waiver("dpia-later", monitoring)])
	fixture.of("waivers.expired", vs) == []
}

test_expired_fires_the_day_after_expiry if {
	doc := waived(broken, [waiver("dpia-later", expired)])
	vs := main.violations with input as doc
	verdicts(vs) == unwaived | {["waivers.expired", "dpia-later", null]}
	vs[count(vs) - 1] == {
		"rule": "waivers.expired", "record": "dpia-later", "path": ["expires_on"],
		"params": {"expires_on": "2026-11-22"}, "key": ["expires_on"], "subject": {},
	}
}

test_expired_fires_even_when_it_matches_nothing if {
	doc := waived(fixture.clean, [old])
	vs := main.violations with input as doc
	vs == [{
		"rule": "waivers.expired", "record": "old", "path": ["expires_on"], "params": {"expires_on": "2026-06-01"},
		"key": ["expires_on"], "subject": {},
	}]
}

test_expired_cannot_be_waived if {
	doc := waived(fixture.clean, [
		old,
		waiver("keep-old", {"rule": "waivers.expired", "record": "old"}),
	])
	verdicts(main.violations) == {["waivers.expired", "old", null], ["waivers.unused", "keep-old", null]} with input as doc
}

# waivers.too_long

test_too_long_silent_for_the_longest_allowed if {
	# 2026-11-01 to 2027-04-30 is 180 days.
	doc := waived(broken, [waiver("dpia-later", object.union(monitoring, {"expires_on": "2027-04-30"}))])
	["dpia.processor_assistance", "remote-monitoring", "dpia-later"] in verdicts(waivers.judged) with input as doc
	waivers.violations == set() with input as doc
}

test_too_long_fires_a_day_over_the_limit if {
	doc := waived(broken, [waiver("dpia-later", too_long)])
	vs := main.violations with input as doc
	verdicts(vs) == unwaived | {["waivers.too_long", "dpia-later", null]}
	vs[count(vs) - 1] == {
		"rule": "waivers.too_long", "record": "dpia-later", "path": ["expires_on"],
		"params": {"days": 181, "max": 180}, "key": ["expires_on"], "subject": {},
	}
}

test_too_long_across_a_leap_day if {
	# 2027-11-01 to 2028-05-01 is 182 days, with 29 February.
	ws := [waiver("dpia-later", object.union(monitoring, {"approved_on": "2027-11-01", "expires_on": "2028-05-01"}))]
	doc := object.union(waived(broken, ws), {"today": "2027-12-01"})
	vs := waivers.violations with input as doc
	fixture.found(vs) == {["waivers.too_long", "dpia-later", ["expires_on"]]}
	{v.params | some v in vs} == {{"days": 182, "max": 180}}
}

test_too_long_uses_the_organisations_maximum if {
	year := waived(broken, [waiver("dpia-later", object.union(monitoring, {"expires_on": "2027-11-01"}))])
	longer := object.union(year, {"register": {"organisation": {"waiver_max_days": 365}}})
	["dpia.processor_assistance", "remote-monitoring", "dpia-later"] in verdicts(waivers.judged) with input as longer
	waivers.violations == set() with input as longer
	shorter := object.union(year, {"register": {"organisation": {"waiver_max_days": 364}}})
	vs := waivers.violations with input as shorter
	fixture.found(vs) == {["waivers.too_long", "dpia-later", ["expires_on"]]}
	{v.params | some v in vs} == {{"days": 365, "max": 364}}
	verdicts(waivers.judged) == unwaived with input as shorter
}

test_too_long_without_an_organisation_allows_180_days if {
	ws := [waiver("w", {"rule": "a.b", "record": "aws", "expires_on": "2027-05-01"})]
	doc := object.union(waived(fixture.clean, ws), {"register": {"organisation": null}})
	vs := waivers.violations with input as doc
	{v.params | some v in vs} == {{"days": 181, "max": 180}}
}

# waivers.unused

test_unused_silent_for_a_waiver_in_use if {
	vs := waivers.violations with input as waived(broken, [waiver("dpia-later", monitoring)])
	fixture.of("waivers.unused", vs) == []
}

test_unused_fires_for_a_valid_waiver_matching_nothing if {
	doc := waived(fixture.clean, [waiver("dpia-later", monitoring)])
	vs := main.violations with input as doc
	vs == [{
		"rule": "waivers.unused", "record": "dpia-later", "path": ["rule"],
		"params": {"rule": "dpia.processor_assistance", "target": "remote-monitoring"}, "key": ["rule"], "subject": {},
	}]
}

test_unused_silent_for_an_expired_or_too_long_or_future_waiver if {
	doc := waived(fixture.clean, [
		waiver("expired", expired),
		waiver("too-long", too_long),
		waiver("future", object.union(monitoring, {"approved_on": "2026-12-01"})),
	])
	vs := waivers.violations with input as doc
	fixture.of("waivers.unused", vs) == []
	fixture.found(vs) == {["waivers.expired", "expired", ["expires_on"]], ["waivers.too_long", "too-long", ["expires_on"]]}
}

test_unused_silent_for_a_waiver_beaten_to_its_violation if {
	# Both match; the violation carries one of them, and neither is unused.
	doc := waived(broken, [waiver("a-first", monitoring), waiver("b-second", monitoring)])
	waivers.violations == set() with input as doc
	["dpia.processor_assistance", "remote-monitoring", "a-first"] in verdicts(waivers.judged) with input as doc
}

# field_index and subject

test_field_index_refuses_a_list_index_and_names_the_key if {
	doc := fixture.change(fixture.clean, waived(longer_contacts, [approval("data_categories.0.retention")]))
	vs := main.violations with input as doc
	["change.dpo_approval", "website-and-contact", null] in verdicts(vs)
	[v] := [v | some v in vs; v.rule == "waivers.field_index"]
	v.record == "longer-contacts"
	v.params == {"field": "data_categories.0.retention", "key": "data_categories.contact-details.retention"}
}

# The UK NHS trusts' jurisdiction written `UK`: a finding about the code `UK`.
uk_code := fixture.changed("/register/segments/uk-nhs/jurisdiction", "UK")

code_waiver(fields) := waiver("uk-code", object.union({"rule": "records.country_code", "record": "uk-nhs"}, fields))

test_subject_covers_only_while_the_finding_is_about_what_was_approved if {
	about := {"subject": {"code": "UK"}}
	approved := waived(uk_code, [code_waiver(about)])
	["records.country_code", "uk-nhs", "uk-code"] in verdicts(waivers.judged) with input as approved

	# The same waiver, after the code was changed to another wrong one: the finding is back.
	other := fixture.changed("/register/segments/uk-nhs/jurisdiction", "EN")
	moved := waived(other, [code_waiver(about)])
	["records.country_code", "uk-nhs", null] in verdicts(waivers.judged) with input as moved
}

test_subject_left_out_covers_no_finding_that_has_one if {
	["records.country_code", "uk-nhs", null] in verdicts(waivers.judged) with input as waived(uk_code, [code_waiver({})])
}

test_subject_a_change_waiver_may_name_less_of_it if {
	doc := fixture.change(fixture.clean, waived(longer_contacts, [approval("data_categories.contact-details.retention")]))
	[v] := [v | some v in main.violations; v.rule == "change.dpo_approval"] with input as doc
	count(v.subject) > 0
	v.waiver == "longer-contacts"
}

test_covers_a_key_with_a_dot_written_escaped if {
	key := ["promises", "access.limited"]
	waivers.covers({"rule": "storage.jurisdiction", "field": `promises.access\.limited`}, key)
	waivers.covers({"rule": "storage.jurisdiction", "field": "promises"}, key)
	waivers.covers({"rule": "change.threshold_relaxed", "field": `promises.access\.limited`}, key)
	not waivers.covers({"rule": "storage.jurisdiction", "field": "promises.access.limited"}, key)
	not waivers.covers({"rule": "storage.jurisdiction", "field": "promises.access"}, key)
	not waivers.covers({"rule": "change.threshold_relaxed", "field": "promises"}, key)
	not waivers.covers({"rule": "storage.jurisdiction", "field": "promises"}, [])
}
