package ropa.rules.change_test

import data.ropa.main
import data.ropa.rules.change
import data.ropa.test as fixture

pa := "/register/activities/patient-app"

rm := "/register/activities/remote-monitoring"

aws := "/register/subprocessors/aws"

add(path, value) := {"op": "add", "path": path, "value": value}

remove(path) := {"op": "remove", "path": path}

wc := "/register/activities/website-and-contact"

# Sets the retention period of the `i`th data category of activity `id`.
retention(id, i, period) := add(sprintf("/register/activities/%s/data_categories/%d/retention/period", [id, i]), period)

# The one violation of a set of them.
only(vs) := v if {
	count(vs) == 1
	some v in vs
}

# A notice to a customer segment, as recorded in a subprocessor's `customer_notices`.
notice(segment, notified_on) := {"segment": segment, "notified_on": notified_on}

location_notice(segment, location, notified_on, effective_from) := {
	"segment": segment, "locations": [location],
	"notified_on": notified_on, "effective_from": effective_from,
}

# The fixture's segments, named by their id; the processor activities serve them all.
segment_ids := ["no-hospitals", "no-municipalities", "se-regions", "uk-nhs"]

# For each rule, a change that makes it, and only it, fire (defined with the rule's tests below).
firing := {
	"change.subprocessor_notice": new_aws([]),
	"change.location_notice": to_frankfurt([]),
	"change.segment_relocation": to_frankfurt_storage({}),
	"change.record_deleted": fixture.change(with_legacy, fixture.clean),
	"change.dpo_approval": fixture.amended([retention("website-and-contact", 0, "P24M")]),
}

test_each_rule_fires_alone_on_its_change if {
	every rule, doc in firing {
		vs := main.violations with input as doc
		{v.rule | some v in vs} == {rule}
	}
}

test_each_rule_silent_on_a_full_check if {
	# A full check has no base, or the engine's empty register: nothing is new, deleted or changed.
	change.violations == set() with input as fixture.clean
	every doc in firing {
		change.violations == set() with input as object.remove(doc, ["base"])
		change.violations == set() with input as fixture.change({"register": fixture.empty_register}, doc)
	}
}

test_each_rule_silent_when_the_base_is_the_head if {
	main.violations == [] with input as fixture.amended([])
	every doc in firing {
		change.violations == set() with input as fixture.change(doc, doc)
	}
}

test_silent_in_a_shard_judging_the_other_rules if {
	# A change in shards (engine/shard.ts): the shards judge the other rules, and these are judged
	# once over the whole head and base ("only").
	every doc in firing {
		change.violations == set() with input as object.union(doc, {"shard": {"change": "apart"}})
		count(change.violations) > 0 with input as object.union(doc, {"shard": {"change": "only"}})
	}
}

test_silent_when_the_register_is_created if {
	# The change that creates the register has a base with no Organisation.
	base := {"register": object.union(fixture.register, {"organisation": null})}
	every doc in firing {
		change.violations == set() with input as fixture.change(base, doc)
	}
}

# change.location_notice

frankfurt_location := fixture.location("aws-frankfurt", "aws", "eu-central-1", "DE", "Frankfurt")

frankfurt := add("/register/locations/aws-frankfurt", frankfurt_location)

# aws starts processing data in Frankfurt, with these notices to its customers.
to_frankfurt(notices) := fixture.amended([
	frankfurt,
	add(concat("", [aws, "/processing_locations/-"]), "aws-frankfurt"),
	add(concat("", [aws, "/customer_notices"]), notices),
])

in_time(segment) := location_notice(segment, "aws-frankfurt", "2026-10-02", "2026-11-01")

others_in_time := [in_time(s) | some s in ["no-hospitals", "no-municipalities", "se-regions"]]

test_location_notice_fires_for_every_segment_reached if {
	vs := main.violations with input as to_frankfurt([])
	fixture.found(vs) == {["change.location_notice", "aws", ["processing_locations", 2]]}
	count(vs) == 4
	{v.params | some v in vs} == {frankfurt_params(s, 30) |
		some s in segment_ids
	}
}

test_location_notice_silent_when_every_segment_was_told_in_time if {
	# Exactly 30 days before the change takes effect.
	vs := main.violations with input as to_frankfurt([in_time(s) | some s in segment_ids])
	vs == []
}

test_location_notice_fires_when_a_notice_is_late if {
	late := location_notice("uk-nhs", "aws-frankfurt", "2026-10-03", "2026-11-01")
	vs := main.violations with input as to_frankfurt(array.concat(others_in_time, [late]))
	fixture.found(vs) == {["change.location_notice", "aws", ["processing_locations", 2]]}
	[v] := vs
	v.params == frankfurt_params("uk-nhs", 30)
}

frankfurt_params(s, days) := {"location": "aws-frankfurt", "country": "DE", "segment": s, "segment_id": s, "days": days}

test_location_notice_needs_the_dates_of_one_notice if {
	# A late notice of Frankfurt is not saved by another notice's later effective date.
	late := location_notice("uk-nhs", "aws-frankfurt", "2026-11-20", "2026-11-21")
	other := location_notice("uk-nhs", "aws-london", "2026-06-01", "2027-06-01")
	vs := main.violations with input as to_frankfurt(array.concat(others_in_time, [late, other]))
	fixture.found(vs) == {["change.location_notice", "aws", ["processing_locations", 2]]}
	[v] := vs
	v.params.segment_id == "uk-nhs"
}

test_location_notice_needs_a_notice_naming_the_location if {
	vs := main.violations with input as to_frankfurt(array.concat(others_in_time, [
		location_notice("uk-nhs", "aws-london", "2026-06-01", "2026-11-01"),
		notice("uk-nhs", "2026-06-01"),
		object.union(in_time("uk-nhs"), {"segment": "se-regions"}),
	]))
	fixture.found(vs) == {["change.location_notice", "aws", ["processing_locations", 2]]}
	[v] := vs
	v.params.segment_id == "uk-nhs"
}

test_location_notice_needs_an_effective_date if {
	undated := object.remove(in_time("uk-nhs"), ["effective_from"])
	vs := main.violations with input as to_frankfurt(array.concat(others_in_time, [undated]))
	fixture.found(vs) == {["change.location_notice", "aws", ["processing_locations", 2]]}
}

test_location_notice_uses_the_segments_notice_period if {
	longer := {"register": {"segments": {"uk-nhs": {"notice_period_days": 31}}}}
	doc := object.union(to_frankfurt([in_time(s) | some s in segment_ids]), longer)
	vs := main.violations with input as fixture.change(object.union(fixture.clean, longer), doc)
	fixture.found(vs) == {["change.location_notice", "aws", ["processing_locations", 2]]}
	[v] := vs
	v.params == frankfurt_params("uk-nhs", 31)
}

test_location_notice_only_for_segments_the_subprocessor_reaches if {
	doc := object.union(to_frankfurt([]), {"register": {"activities": {
		"patient-app": {"subprocessors": []},
		"remote-monitoring": {"customer_segments": ["no-hospitals"]},
	}}})
	vs := change.violations with input as doc
	fixture.found(vs) == {["change.location_notice", "aws", ["processing_locations", 2]]}
	only(vs).params.segment_id == "no-hospitals"
}

test_location_notice_silent_when_a_location_is_dropped_or_moved if {
	locations := concat("", [aws, "/processing_locations"])
	change.violations == set() with input as fixture.amended([add(locations, ["aws-london", "aws-stockholm"])])
	change.violations == set() with input as fixture.amended([add(locations, ["aws-london"])])
}

test_location_notice_silent_for_a_new_subprocessor if {
	# A new subprocessor's locations are part of the notice about the subprocessor itself.
	doc := fixture.change(without_aws, fixture.appended(concat("", [aws, "/processing_locations"]), "aws-frankfurt"))
	vs := change.violations with input as doc
	fixture.of("change.location_notice", vs) == []
	count(fixture.of("change.subprocessor_notice", vs)) == 4
}

test_location_notice_silent_for_a_retired_subprocessor if {
	doc := object.union(to_frankfurt([]), {"register": {"subprocessors": {"aws": {"status": "retired"}}}})
	change.violations == set() with input as doc
}

# change.segment_relocation

# Frankfurt is promised to EEA customers (an earlier change did that); then Swedish regions' data
# moves there from Stockholm.
frankfurt_promised := fixture.mutate([
	frankfurt,
	add("/register/organisation/data_residency/0/locations/-", "aws-frankfurt"),
	add("/register/organisation/data_residency/0/cities/-", "Frankfurt"),
])

to_frankfurt_storage(relocation) := fixture.change(frankfurt_promised, json.patch(frankfurt_promised, [
	add("/register/segments/se-regions/storage_location", "aws-frankfurt"),
	add("/register/segments/se-regions/relocation", relocation),
	add(concat("", [pa, "/storage_locations/-"]), "aws-frankfurt"),
	add(concat("", [rm, "/storage_locations/-"]), "aws-frankfurt"),
]))

test_segment_relocation_fires_without_notice_or_review if {
	doc := json.patch(to_frankfurt_storage({}), [remove("/register/segments/se-regions/relocation")])
	vs := main.violations with input as doc
	fixture.found(vs) == {["change.segment_relocation", "se-regions", ["storage_location"]]}
	[v] := vs
	v.params == {
		"from": ["aws-stockholm"], "to": ["aws-frankfurt"], "missing": ["notified_on", "dpia_review"],
		"from_place": ["aws/eu-north-1/SE"], "to_place": ["aws/eu-central-1/DE"],
	}
}

test_segment_relocation_fires_without_a_dpia_review if {
	vs := main.violations with input as to_frankfurt_storage(object.remove(frankfurt_move, ["dpia_review"]))
	fixture.found(vs) == {["change.segment_relocation", "se-regions", ["storage_location"]]}
	[v] := vs
	v.params.missing == ["dpia_review"]
}

test_segment_relocation_fires_without_a_notice if {
	vs := main.violations with input as to_frankfurt_storage(object.remove(frankfurt_move, ["notified_on"]))
	fixture.found(vs) == {["change.segment_relocation", "se-regions", ["storage_location"]]}
	[v] := vs
	v.params.missing == ["notified_on"]
}

test_segment_relocation_silent_with_notice_and_review if {
	vs := main.violations with input as to_frankfurt_storage(frankfurt_move)
	vs == []
}

frankfurt_move := {
	"to": "aws-frankfurt", "notified_on": "2026-09-01", "effective_from": "2026-11-01",
	"dpia_review": "DPIA-2026-03 Frankfurt",
}

test_segment_relocation_fires_for_an_earlier_move if {
	# The notice and review of an earlier move to Frankfurt do not cover a later move to London.
	base := json.patch(object.remove(to_frankfurt_storage(frankfurt_move), ["base"]), [
		add("/register/organisation/data_residency/0/locations/-", "aws-london"),
		add("/register/organisation/data_residency/0/cities/-", "London"),
	])
	head := json.patch(base, [add("/register/segments/se-regions/storage_location", "aws-london")])
	vs := change.violations with input as fixture.change(base, head)

	# Their data now reaches London through aws too: that is a new place for them.
	fixture.found(vs) == {
		["change.segment_relocation", "se-regions", ["storage_location"]],
		["change.location_notice", "aws", ["processing_locations", 1]],
	}
	v := only(fixture.of("change.segment_relocation", vs))
	v.params.missing == ["notified_on", "dpia_review"]
}

test_segment_relocation_needs_to_say_where_to if {
	vs := change.violations with input as to_frankfurt_storage(object.remove(frankfurt_move, ["to"]))
	fixture.found(vs) == {["change.segment_relocation", "se-regions", ["storage_location"]]}
	v := only(vs)
	v.params.missing == ["notified_on", "dpia_review"]
}

test_segment_relocation_silent_for_a_new_segment if {
	base := json.patch(frankfurt_promised, [remove("/register/segments/se-regions")])
	doc := fixture.change(base, to_frankfurt_storage({}))
	vs := change.violations with input as doc
	vs == set()
}

# change.record_deleted

legacy := {
	"apiVersion": "ropa/v1", "kind": "Product", "id": "legacy-portal", "name": "Legacy portal",
	"status": "retired", "retired_on": "2025-06-30", "retired_reason": "replaced by MyDignio",
}

with_legacy := fixture.changed("/register/products/legacy-portal", legacy)

test_record_deleted_fires_for_a_deleted_retired_record if {
	vs := main.violations with input as fixture.change(with_legacy, fixture.clean)
	vs == [{
		"rule": "change.record_deleted", "record": "legacy-portal", "path": [], "params": {},
		"key": [], "subject": {}, "waivable": false,
	}]
}

# The rule cannot be waived (`waivable: false`): a waiver of it, valid and added with the change,
# covers nothing, even where the register's reader has not refused it first.
test_record_deleted_is_not_waived_by_a_waiver_of_it if {
	waiver := object.union(fixture.envelope("Waiver", "keep-history", "Delete the legacy portal"), {
		"rule": "change.record_deleted", "record": "legacy-portal", "approved_by": "DPO",
		"approved_on": "2026-11-01", "expires_on": "2027-01-15", "reason": "Deleted by mistake.",
	})
	head := fixture.changed("/register/waivers/keep-history", waiver)
	vs := main.violations with input as fixture.change(with_legacy, head)
	some v in vs
	v.rule == "change.record_deleted"
	not v.waiver
}

test_record_deleted_fires_for_every_kind if {
	doc := fixture.amended([
		remove("/register/activities/usage-statistics"),
		remove(aws),
		remove("/register/locations/aws-london"),
		remove("/register/segments/uk-nhs"),
		remove("/register/products/dignio-website"),
	])
	vs := change.violations with input as doc
	fixture.found(vs) == {
		["change.record_deleted", "usage-statistics", []],
		["change.record_deleted", "aws", []],
		["change.record_deleted", "aws-london", []],
		["change.record_deleted", "uk-nhs", []],
		["change.record_deleted", "dignio-website", []],
	}
}

test_record_deleted_fires_when_a_kind_is_missing if {
	vs := change.violations with input as fixture.amended([remove("/register/products")])
	fixture.found(vs) == {
		["change.record_deleted", "dignio-prevent", []],
		["change.record_deleted", "dignio-website", []],
		["change.record_deleted", "mydignio", []],
	}
}

test_record_deleted_silent_when_a_record_is_retired if {
	doc := fixture.amended([
		add("/register/products/dignio-website/status", "retired"),
		add("/register/products/dignio-website/retired_on", "2026-11-01"),
	])
	vs := change.violations with input as doc
	vs == set()
}

test_record_deleted_silent_for_a_deleted_waiver if {
	waiver := object.union(fixture.envelope("Waiver", "old", "old"), {"rule": "a.b", "record": "aws"})
	base := fixture.changed("/register/waivers/old", waiver)
	change.violations == set() with input as fixture.change(base, fixture.clean)
}
