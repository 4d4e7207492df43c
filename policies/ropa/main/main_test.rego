package ropa.main_test

import data.ropa.main
import data.ropa.test as fixture

test_clean_register_has_no_violations if {
	vs := main.violations with input as fixture.clean
	vs == []
}

test_violations_come_from_every_family if {
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/activities/remote-monitoring/dpia"},
		{"op": "remove", "path": "/register/subprocessors/aws/dpa"},
		{"op": "remove", "path": "/register/organisation/dpo"},
	])
	vs := main.violations with input as doc
	is_array(vs)
	count(vs) == 3
	fixture.found(vs) == {
		["dpia.processor_assistance", "remote-monitoring", ["large_scale"]],
		["subprocessors.dpa", "aws", []],
		["art30.organisation_contact", "dignio", []],
	}
}

test_violations_have_the_shape_the_engine_expects if {
	doc := fixture.removed("/register/activities/customer-administration/purposes")
	vs := main.violations with input as doc
	count(vs) > 0
	every v in vs {
		object.keys(v) == {"rule", "record", "path", "params", "key", "subject"}
		is_string(v.rule)
		is_string(v.record)
		is_array(v.path)
		is_object(v.params)
		is_array(v.key)
		every k in v.key {
			is_string(k)
		}
		is_object(v.subject)
	}
}

test_empty_register_has_no_violations if {
	empty := {"today": fixture.today, "register": {
		"organisation": null, "activities": {}, "subprocessors": {},
		"locations": {}, "segments": {}, "products": {}, "waivers": {},
	}}
	vs := main.violations with input as empty
	vs == []
}

test_today_matters_only_for_dates if {
	later := fixture.changed("/today", "2027-06-16")
	vs := main.violations with input as later
	fixture.found(vs) == {
		["dpia.review", "remote-monitoring", ["dpia", "reviewed_on"]],
		["dpia.review", "patient-app", ["dpia", "reviewed_on"]],
		["subprocessors.assessment", "aws", ["privacy_assessment", "assessed_on"]],
	}
}

waiver(id, rule, record) := object.union(fixture.envelope("Waiver", id, id), {
	"rule": rule, "record": record, "reason": "audit booked", "approved_by": "Dana DPO",
	"approved_on": "2026-11-01", "expires_on": "2026-12-01",
})

test_violations_carry_their_waiver_and_end_with_the_waivers_own if {
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/subprocessors/aws/dpa"},
		{"op": "remove", "path": "/register/organisation/dpo"},
		{"op": "add", "path": "/register/waivers/dpa-later", "value": waiver("dpa-later", "subprocessors.dpa", "aws")},
		{"op": "add", "path": "/register/waivers/idle", "value": waiver("idle", "dpia.required", "patient-app")},
	])
	vs := main.violations with input as doc
	count(vs) == 3
	{v | some v in array.slice(vs, 0, 2)} == {
		{
			"rule": "art30.organisation_contact", "record": "dignio", "path": [],
			"params": {"field": "dpo", "what": "its data protection officer's contact"}, "key": [], "subject": {},
		},
		{
			"rule": "subprocessors.dpa", "record": "aws", "path": [], "params": {}, "key": [], "subject": {},
			"waiver": "dpa-later",
		},
	}
	vs[2] == {
		"rule": "waivers.unused", "record": "idle", "path": ["rule"],
		"params": {"rule": "dpia.required", "target": "patient-app"}, "key": ["rule"], "subject": {},
	}
}

# A change in shards: the rules about changes are judged apart ("only"), the others in the head's
# shards ("apart"); together they are the violations of one evaluation.
test_a_change_in_shards_judges_each_rule_once if {
	doc := fixture.amended([
		{"op": "add", "path": "/register/segments/uk-nhs/notice_period_days", "value": 14},
		{"op": "remove", "path": "/register/organisation/dpo"},
	])
	vs := main.violations with input as doc
	{v.rule | some v in vs} == {"change.threshold_relaxed", "art30.organisation_contact"}
	apart := main.shard with input as object.union(doc, {"shard": {"change": "apart"}})
	{v.rule | some v in apart.violations} == {"art30.organisation_contact"}
	only := main.change with input as object.union(doc, {"shard": {"change": "only"}})
	{v.rule | some v in only.violations} == {"change.threshold_relaxed"}
	not main.change with input as doc
}
