package ropa.rules.change_test

import data.ropa.rules.change
import data.ropa.test as fixture

# A notice counts only for the start it announces: the locations it names, and a start after the
# base (input.change.base_date, the day the base was committed, when the change is read from git).

# `doc` judged as a change whose base was committed on `day`.
dated(doc, day) := object.union(doc, {"change": {"base_date": day}})

# Notices to every segment, naming `locations` (none: the subprocessor wherever it processes).
notices_naming(locations, notified_on, effective_from) := [object.union(
	{"segment": s, "notified_on": notified_on, "effective_from": effective_from},
	naming(locations),
) |
	some s in segment_ids
]

naming([]) := {}

naming(locations) := {"locations": locations} if count(locations) > 0

with_notices(doc, notices) := json.patch(doc, [add(concat("", [aws, "/customer_notices"]), notices)])

segments_of(vs) := {v.params.segment_id | some v in vs}

test_subprocessor_notice_covers_only_the_locations_it_names if {
	# aws is new and processes in Frankfurt too: a notice naming Stockholm and London does not
	# announce Frankfurt, where every segment's data now goes.
	named := notices_naming(["aws-stockholm", "aws-london"], "2019-05-02", "2019-06-01")
	head := fixture.mutate([
		frankfurt,
		add(concat("", [aws, "/processing_locations/-"]), "aws-frankfurt"),
		add(concat("", [aws, "/customer_notices"]), named),
	])
	vs := change.violations with input as fixture.change(without_aws, head)
	fixture.found(vs) == {["change.subprocessor_notice", "aws", ["effective_from"]]}
	segments_of(vs) == {s | some s in segment_ids}
	{v.params.segment_id: v.params.locations | some v in vs}["se-regions"] == ["aws-frankfurt", "aws-stockholm"]

	# Naming every location it reaches them through, or none, announces it.
	every locations in [["aws-stockholm", "aws-london", "aws-frankfurt"], []] {
		ok := with_notices(head, notices_naming(locations, "2019-05-02", "2019-06-01"))
		change.violations == set() with input as fixture.change(without_aws, ok)
	}
}

test_subprocessor_notice_naming_other_locations_leaves_the_segment_untold if {
	# The notices name Stockholm only: the UK segment's data reaches aws in London.
	head := with_notices(fixture.clean, notices_naming(["aws-stockholm"], "2019-05-02", "2019-06-01"))
	vs := change.violations with input as fixture.change(without_aws, head)
	segments_of(vs) == {"uk-nhs"}
	only(vs).params.locations == ["aws-london"]
}

test_subprocessor_notice_of_a_location_moved_by_the_change_needs_a_new_notice if {
	# aws, unused, was announced for Stockholm; the change puts it to use and points the Stockholm
	# record at Frankfurt: the notices in the base announced another place.
	base := with_notices(unused_aws, notices_naming(["aws-stockholm", "aws-london"], "2026-11-01", "2026-12-01"))
	frankfurt_region := {"region": "eu-central-1", "country": "DE", "city": "Frankfurt"}
	moved := {"register": {"locations": {"aws-stockholm": frankfurt_region}}}
	head := object.union(with_notices(fixture.clean, base.register.subprocessors.aws.customer_notices), moved)
	vs := change.violations with input as fixture.change(base, head)
	segments_of(fixture.of("change.subprocessor_notice", vs)) == {"no-hospitals", "no-municipalities", "se-regions"}

	# The same notices, recorded with the change, announce the new place (the segments stored
	# there are moved too, which change.segment_relocation reports).
	ws := change.violations with input as fixture.change(unused_aws, head)
	fixture.of("change.subprocessor_notice", ws) == []
}

# aws, registered but used by no activity in the base, is put to use, with notices sent
# 2026-11-01 of a start on 2026-12-01, recorded in advance in an earlier change.
in_advance := fixture.change(unused_aws, with_notices(fixture.clean, notices_naming([], "2026-11-01", "2026-12-01")))

test_subprocessor_notice_recorded_in_advance_counts if {
	change.violations == set() with input as in_advance
	change.violations == set() with input as dated(in_advance, "2026-11-20")
	change.violations == set() with input as dated(in_advance, "2026-12-01")
}

test_subprocessor_notice_of_a_start_before_the_base_does_not_count if {
	# On 2026-12-02 aws did not reach the segments: a start announced for 2026-12-01 was an
	# earlier one, which has stopped since.
	vs := change.violations with input as dated(in_advance, "2026-12-02")
	segments_of(vs) == {s | some s in segment_ids}
	{v.params.since | some v in vs} == {"2026-12-02"}
}

test_subprocessor_notice_of_a_use_stopped_with_no_retirement_does_not_count if {
	# The notices of aws's first start (2019) stay on its record after it stopped serving the
	# segments, with no `retired_on`; using it again needs new ones.
	old := with_notices(fixture.clean, notices_naming([], "2019-05-02", "2019-06-01"))
	doc := fixture.change(unused_aws, old)
	vs := change.violations with input as dated(doc, "2026-11-20")
	segments_of(vs) == {s | some s in segment_ids}
	{[v.params.change, v.params.last_stopped] | some v in vs} == {["now reaches", "never recorded"]}

	# Without the base's date, as before.
	change.violations == set() with input as doc
}

test_location_notice_of_a_start_before_the_base_does_not_count if {
	doc := to_frankfurt([in_time(s) | some s in segment_ids])
	change.violations == set() with input as dated(doc, "2026-11-01")
	vs := change.violations with input as dated(doc, "2026-11-02")
	fixture.found(vs) == {["change.location_notice", "aws", ["processing_locations", 2]]}
	segments_of(vs) == {s | some s in segment_ids}
}

# Notices only to the segments whose data a change reaches.

# Before the change, the UK segment's data was stored in Stockholm, and aws processed there only.
uk_in_stockholm := fixture.mutate([
	add("/register/segments/uk-nhs/storage_location", "aws-stockholm"),
	add(concat("", [aws, "/processing_locations"]), ["aws-stockholm"]),
])

test_moving_uk_customers_to_london_is_announced_to_them_alone if {
	vs := change.violations with input as fixture.change(uk_in_stockholm, fixture.clean)
	fixture.found(vs) == {
		["change.location_notice", "aws", ["processing_locations", 1]],
		["change.segment_relocation", "uk-nhs", ["storage_location"]],
	}
	v := only(fixture.of("change.location_notice", vs))
	[v.params.segment_id, v.params.location] == ["uk-nhs", "aws-london"]
}

test_moving_uk_customers_to_a_london_location_already_in_use_owes_no_notice if {
	# London was already a place of aws for every segment; now it is the UK's storage, and the
	# others' data no longer goes there: only the UK segment's move is reported.
	base := fixture.mutate([add("/register/segments/uk-nhs/storage_location", "aws-stockholm")])
	vs := change.violations with input as fixture.change(base, fixture.clean)
	fixture.found(vs) == {["change.segment_relocation", "uk-nhs", ["storage_location"]]}
}

test_subprocessor_notice_for_a_segment_reached_through_no_location_of_its_own if {
	# aws, new, processes only in London, the UK segment's storage: the other segments' data
	# reaches aws through none of its locations, and the message says so.
	head := json.patch(fixture.clean, [add(concat("", [aws, "/processing_locations"]), ["aws-london"])])
	vs := change.violations with input as fixture.change(without_aws, head)
	{v.params.segment_id: v.params.locations | some v in vs} == {
		"no-hospitals": "none of its processing locations",
		"no-municipalities": "none of its processing locations",
		"se-regions": "none of its processing locations",
		"uk-nhs": ["aws-london"],
	}
}
