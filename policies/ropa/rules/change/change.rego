# METADATA
# title: Change control
# description: |
#   Rules that judge the change itself, comparing the register before it (input.base) with the
#   register after it. A full check has an empty base, so these rules only speak on a change.
package ropa.rules.change

import data.ropa.lib

before(kind) := lib.base_records(kind) if lib.changing

# Which customer segments' data each subprocessor reaches, through the processor activities using
# it, as [subprocessor, segment]: after the change, and before it. Flat sets built in one pass each,
# so that a large register stays linear. A subprocessor retired before the change reached nobody.
reach contains [sid, segment] if {
	some activity in lib.activities
	some pair in reach_of(activity)
	[sid, segment] := pair
}

base_reach contains [sid, segment] if {
	some activity in before("activities")
	lib.active(activity)
	some [sid, segment] in reach_of(activity)
	lib.active(before("subprocessors")[sid])
}

reach_of(activity) := {[sid, segment] |
	activity.role == "processor"
	some sid in object.get(activity, "subprocessors", [])
	some segment in object.get(activity, "customer_segments", [])
}

# The segments a subprocessor reaches after the change but did not before: it is new, back from
# retirement, or newly used for them. Adding a subprocessor used by nothing, and then using it,
# is two changes; the second is where customers' data starts to reach it.
newly_reached := reach - base_reach

affected_segments(sid) := {segment | some [s, segment] in reach; s == sid}

notice_days(segment) := object.get(lib.segments[segment], "notice_period_days", 30)

# METADATA
# title: A subprocessor newly reaching customers' data is announced to them in time
# description: |
#   Under a general written authorisation, the processor informs the controllers of a new
#   subprocessor so they can object (Art. 28(2)); the data processing agreement sets how long
#   before (default 30 days). Each segment whose data a subprocessor newly reaches (a new one,
#   one back from retirement, or one newly used for that segment) needs a recorded notice that
#   long before the change takes effect: the notice's `effective_from`, else the subprocessor's.
# custom:
#   id: change.subprocessor_notice
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   message: >-
#     {record} {change} the data of {segment}, who must be told {days} days before it starts, and no notice
#     given that early is recorded{when}.
#   remediation: >-
#     Record the notice in `customer_notices` (segment `{segment_id}`, `notified_on`, and `effective_from` at
#     least {days} days later, or the subprocessor's own `effective_from` for a new one).
violations contains lib.violation(rego.metadata.rule(), id, path, params) if {
	lib.changing
	some [id, segment] in newly_reached
	sub := lib.subprocessors[id]
	not notified(sub, segment)
	[change, path, when] := how_new(id, sub)
	params := {
		"change": change, "segment": lib.segments[segment].name, "segment_id": segment,
		"days": notice_days(segment), "when": when,
	}
}

# METADATA
# title: A subprocessor's new location is announced to customers in time
# description: |
#   Processing data in a new place changes what the controllers authorised; each affected
#   segment needs a notice naming the location, its notice period before the change takes effect.
# custom:
#   id: change.location_notice
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   message: >-
#     {record} starts processing data at `{location}`, reaching the data of {segment}, with no
#     notice to them {days} days before the change takes effect.
#   remediation: >-
#     Add to `customer_notices` an entry with `segment: {segment_id}`, `locations: [{location}]`,
#     `notified_on` and an `effective_from` at least {days} days later.
violations contains lib.violation(rego.metadata.rule(), id, ["processing_locations", i], params) if {
	some id, sub in lib.subprocessors
	old := before("subprocessors")[id]
	some i, location in object.get(sub, "processing_locations", [])
	not location in object.get(old, "processing_locations", [])
	some segment in affected_segments(id)
	not location_notified(sub, segment, location)
	params := {
		"location": location, "segment": lib.segments[segment].name, "segment_id": segment,
		"days": notice_days(segment),
	}
}

# METADATA
# title: Moving a segment's data is announced and assessed
# description: |
#   Moving customers' data to another storage location changes what they were promised: it needs
#   a recorded notice to them and a reference to the DPIA review of the move.
# custom:
#   id: change.segment_relocation
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(3)(a), 35(11)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#   promise: "where customers' data is stored"
#   message: "The data of {record} moves from `{from}` to `{to}` without {missing}{note}."
#   remediation: "Add `relocation: {to: {to}, notified_on: YYYY-MM-DD, dpia_review: …}` to the customer segment."
violations contains lib.violation(rego.metadata.rule(), id, ["storage_location"], params) if {
	lib.promised("change.segment_relocation")
	some id, segment in lib.segments
	old := before("segments")[id]
	old.storage_location != segment.storage_location
	move := relocation(segment)
	missing := [what |
		some field, what in {"notified_on": "a recorded notice to these customers", "dpia_review": "a DPIA review"}
		not move[field]
	]
	count(missing) > 0
	params := {
		"from": old.storage_location, "to": segment.storage_location, "missing": concat(" and ", missing),
		"note": relocation_note(segment),
	}
}

# METADATA
# title: Records are retired, not deleted
# description: |
#   Deleting a record's file erases it from the register an auditor reads at later dates; a
#   record no longer in use is retired instead (`status: retired`, with date and reason).
# custom:
#   id: change.record_deleted
#   severity: error
#   waivable: false
#   legal:
#     - ref: GDPR Art. 5(2), 30
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   message: "{record} is deleted; records are retired so that the register's history stays whole."
#   remediation: "Restore the file and set `status: retired`, `retired_on` and `retired_reason` instead."
violations contains lib.violation(rego.metadata.rule(), id, [], {}) if {
	some kind in ["activities", "subprocessors", "locations", "segments", "products"]
	some id, _ in before(kind)
	not input.register[kind][id]
}

# METADATA
# title: Riskier processing needs the DPO's approval
# description: |
#   A longer retention period, a new special category of data, or a changed legal basis on an
#   existing activity changes its risk and its lawfulness; the DPO approves it explicitly, with a
#   waiver of this rule for the activity.
# custom:
#   id: change.dpo_approval
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(e), 6, 9, 39(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_39
#   message: "{record}: {what}. This needs the DPO's approval."
#   remediation: >-
#     Ask the DPO to approve it: a waiver of `change.dpo_approval` for `{record_id}`, committed in
#     this pull request and approved by the DPO team.
violations contains lib.violation(rego.metadata.rule(), id, path, {"what": what, "record_id": id}) if {
	some [id, path, what] in riskier
}

# Existing activities changed in a way that raises their risk: [id, path, what changed].
revised_activities[id] := [old, new] if {
	some id, new in lib.activities
	old := before("activities")[id]
}

riskier contains [id, ["data_categories", i, "retention"], what] if {
	some id, [old, new] in revised_activities
	some i, c in object.get(new, "data_categories", [])
	some o in object.get(old, "data_categories", [])
	o.category == c.category
	longer(o.retention, c.retention)
	what := concat("", ["keeps `", c.category, "` longer than before"])
}

riskier contains [id, ["data_categories", i], what] if {
	some id, [old, new] in revised_activities
	some i, c in object.get(new, "data_categories", [])
	lib.special(c.category)
	not c.category in lib.activity_categories(old)
	what := concat("", ["adds `", c.category, "`, a special category of data"])
}

riskier contains [id, ["legal_basis", article], what] if {
	some id, [old, new] in revised_activities
	some article in ["art6", "art9"]
	was := object.get(old, ["legal_basis", article], "none")
	now := object.get(new, ["legal_basis", article], "none")
	was != now
	what := concat("", ["changes its legal basis (", article, ") from ", was, " to ", now])
}

longer(old, new) if {
	not old.indefinite
	new.indefinite
}

longer(old, new) if lib.duration_days(new.period) > lib.duration_days(old.period)

# Whether `segment` was told, on `notified_on`, at least its notice period before `effective`.
in_time(notified_on, effective, segment) if lib.days(effective) - lib.days(notified_on) >= notice_days(segment)

# Whether `segment` was told of the subprocessor `sub` in time for the change the notice announces:
# its own `effective_from`, else the subprocessor's.
notified(sub, segment) if {
	some notice in object.get(sub, "customer_notices", [])
	notice.segment == segment
	effective := object.get(notice, "effective_from", object.get(sub, "effective_from", "0000-01-01"))
	in_time(notice.notified_on, effective, segment)
}

# Whether one notice to `segment` names `location` and was sent its notice period before the
# `effective_from` it announces.
location_notified(sub, segment, location) if {
	some notice in object.get(sub, "customer_notices", [])
	notice.segment == segment
	location in object.get(notice, "locations", [])
	in_time(notice.notified_on, notice.effective_from, segment)
}

effective_path(sub) := ["effective_from"] if sub.effective_from

else := []

when(sub) := concat("", [" before ", sub.effective_from]) if sub.effective_from

else := " (and no `effective_from` is set)"

# How a subprocessor came to reach a segment: [words, path, words on its date].
how_new(id, sub) := ["is a new subprocessor reaching", effective_path(sub), when(sub)] if {
	not before("subprocessors")[id]
} else := ["is back in use, reaching", effective_path(sub), when(sub)] if {
	not lib.active(before("subprocessors")[id])
} else := ["now reaches", ["customer_notices"], ""]

# The relocation behind the segment's present storage location: one that names it in `to`, so
# that the notice and review of an earlier move do not stand for this one.
relocation(segment) := segment.relocation if segment.relocation.to == segment.storage_location

else := {}

relocation_note(segment) := sprintf(" (the recorded `relocation` is for a move to `%s`)", [segment.relocation.to]) if {
	segment.relocation.to != segment.storage_location
} else := " (the recorded `relocation` does not say where to, in `to`)" if {
	segment.relocation
	not segment.relocation.to
} else := ""
