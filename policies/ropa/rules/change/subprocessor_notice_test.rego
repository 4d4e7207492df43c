package ropa.rules.change_test

import data.ropa.main
import data.ropa.rules.change
import data.ropa.test as fixture

# change.subprocessor_notice

# aws is new: the base register does not have it yet.
without_aws := fixture.removed(aws)

new_aws(ops) := fixture.change(without_aws, fixture.mutate(ops))

notices(dates) := add(concat("", [aws, "/customer_notices"]), [notice(s, d) | some s, d in dates])

all_notified(date) := notices({s: date | some s in segment_ids})

test_subprocessor_notice_fires_for_every_segment_reached if {
	vs := main.violations with input as new_aws([])
	fixture.found(vs) == {["change.subprocessor_notice", "aws", ["effective_from"]]}
	count(vs) == 4
	{v.params | some v in vs} == {new_aws_params(s) |
		some s in segment_ids
	}
}

test_subprocessor_notice_silent_when_every_segment_was_told_in_time if {
	# Exactly 30 days before 2019-06-01.
	vs := main.violations with input as new_aws([all_notified("2019-05-02")])
	vs == []
}

test_subprocessor_notice_fires_for_a_segment_told_late_or_not_at_all if {
	dates := {"no-hospitals": "2019-05-02", "no-municipalities": "2019-01-01", "uk-nhs": "2019-05-03"}
	vs := main.violations with input as new_aws([notices(dates)])
	fixture.found(vs) == {["change.subprocessor_notice", "aws", ["effective_from"]]}
	{v.params | some v in vs} == {new_aws_params(s) |
		some s in ["se-regions", "uk-nhs"]
	}
}

test_subprocessor_notice_uses_the_segments_notice_period if {
	# The base's notice period: the change does not set it.
	longer := add("/register/segments/uk-nhs/notice_period_days", 60)
	doc := fixture.change(json.patch(without_aws, [longer]), fixture.mutate([all_notified("2019-05-02"), longer]))
	vs := main.violations with input as doc
	fixture.found(vs) == {["change.subprocessor_notice", "aws", ["effective_from"]]}
	[v] := vs
	v.params.days == 60
	v.params.segment_id == "uk-nhs"
}

test_subprocessor_notice_period_defaults_to_30_days if {
	periods := [
		remove("/register/segments/se-regions/notice_period_days"),
		add("/register/segments/uk-nhs/notice_period_days", 29),
	]
	head := fixture.mutate(array.concat([all_notified("2019-05-03")], periods))
	doc := fixture.change(json.patch(without_aws, periods), head)
	vs := main.violations with input as doc
	fixture.found(vs) == {["change.subprocessor_notice", "aws", ["effective_from"]]}
	{v.params.segment_id: v.params.days | some v in vs} == {"no-hospitals": 30, "no-municipalities": 30, "se-regions": 30}
}

test_subprocessor_notice_fires_without_an_effective_date if {
	vs := main.violations with input as new_aws([all_notified("2019-05-02"), remove(concat("", [aws, "/effective_from"]))])
	fixture.found(vs) == {["change.subprocessor_notice", "aws", []]}
	count(vs) == 4
	{v.params.effective_from | some v in vs} == {"not set"}
}

test_subprocessor_notice_only_for_segments_the_subprocessor_reaches if {
	# Only remote monitoring uses aws, for Swedish regions only.
	ops := [
		remove(concat("", [pa, "/subprocessors"])),
		add(concat("", [rm, "/customer_segments"]), ["se-regions"]),
	]
	vs := change.violations with input as new_aws(ops)
	fixture.found(vs) == {["change.subprocessor_notice", "aws", ["effective_from"]]}
	only(vs).params.segment_id == "se-regions"
}

test_subprocessor_notice_silent_for_a_subprocessor_of_controllers_only if {
	vs := change.violations with input as new_aws([
		remove(concat("", [pa, "/subprocessors"])),
		remove(concat("", [rm, "/subprocessors"])),
	])
	vs == set()
}

test_subprocessor_notice_silent_for_a_retired_subprocessor if {
	change.violations == set() with input as new_aws([add(concat("", [aws, "/status"]), "retired")])
}

test_subprocessor_notice_fires_for_a_subprocessor_back_from_retirement if {
	base := fixture.changed(concat("", [aws, "/status"]), "retired")
	vs := change.violations with input as fixture.change(base, fixture.clean)
	fixture.found(vs) == {["change.subprocessor_notice", "aws", ["effective_from"]]}
	count(vs) == 4
	{v.params.change | some v in vs} == {"is back in use, reaching"}
}

# aws is registered but used by no activity in the base; the change puts it to use.
unused_aws := fixture.mutate([
	remove(concat("", [pa, "/subprocessors"])),
	remove(concat("", [rm, "/subprocessors"])),
])

test_subprocessor_notice_fires_when_an_existing_subprocessor_is_put_to_use if {
	# The audit's split change: adding a subprocessor used by nothing passes, and using it later
	# is where the notice is due, for each segment it newly reaches.
	vs := change.violations with input as fixture.change(unused_aws, fixture.clean)
	fixture.found(vs) == {["change.subprocessor_notice", "aws", ["customer_notices"]]}
	{v.params.segment_id | some v in vs} == {s | some s in segment_ids}
	{[v.params.change, v.params.effective_from] | some v in vs} == {["now reaches", "2019-06-01"]}
}

test_subprocessor_notice_only_for_segments_newly_reached if {
	# Base: aws serves only Swedish regions through remote monitoring.
	base := fixture.mutate([
		remove(concat("", [pa, "/subprocessors"])),
		add(concat("", [rm, "/customer_segments"]), ["se-regions"]),
	])
	vs := change.violations with input as fixture.change(base, fixture.clean)
	{v.params.segment_id | some v in vs} == {"no-hospitals", "no-municipalities", "uk-nhs"}
}

test_subprocessor_notice_needs_a_notice_before_the_new_use if {
	# The subprocessor's own effective_from (2019) is long past: the notice names its own date.
	late := {"segment": "uk-nhs", "notified_on": "2026-11-10", "effective_from": "2026-12-01"}
	told := [{"segment": s, "notified_on": "2026-11-01", "effective_from": "2026-12-01"} |
		some s in ["no-hospitals", "no-municipalities", "se-regions"]
	]
	head := json.patch(fixture.clean, [add(concat("", [aws, "/customer_notices"]), array.concat(told, [late]))])
	vs := change.violations with input as fixture.change(unused_aws, head)
	{v.params.segment_id | some v in vs} == {"uk-nhs"}
}

test_subprocessor_notice_needs_a_date_for_an_existing_subprocessor if {
	undated := [notice(s, "2026-11-01") | some s in segment_ids]
	head := json.patch(fixture.clean, [add(concat("", [aws, "/customer_notices"]), undated)])
	vs := change.violations with input as fixture.change(unused_aws, head)
	count(vs) == 4
}

# What change.subprocessor_notice says of the new aws and a segment it reaches.
new_aws_params(s) := {
	"change": "is a new subprocessor reaching", "segment": s, "segment_id": s, "days": 30,
	"effective_from": "2019-06-01", "last_stopped": "never recorded", "locations": aws_locations(s),
	"since": "the change",
}

# Where each fixture segment's data reaches aws: its own storage, and no other segment's.
aws_locations("uk-nhs") := ["aws-london"]

aws_locations(s) := ["aws-stockholm"] if s != "uk-nhs"
