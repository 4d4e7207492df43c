# METADATA
# title: Change control
# description: |
#   Rules that judge the change itself, comparing the register before it (input.base) with the
#   register after it. A full check has an empty base, so these rules only speak on a change.
package ropa.rules.change

import data.ropa.lib

before(kind) := lib.base_records(kind) if lib.changing

# Customer segments whose data a subprocessor reaches, through the processor activities using it.
affected_segments(sid) := {segment |
	some activity in lib.activities
	activity.role == "processor"
	sid in object.get(activity, "subprocessors", [])
	some segment in object.get(activity, "customer_segments", [])
}

notice_days(segment) := object.get(lib.segments[segment], "notice_period_days", 30)

# METADATA
# title: A new subprocessor is announced to customers in time
# description: |
#   Under a general written authorisation, the processor informs the controllers of a new
#   subprocessor so they can object (Art. 28(2)); the data processing agreement sets how long
#   before (default 30 days). Each affected segment needs a recorded notice that long before
#   `effective_from`.
# custom:
#   id: change.subprocessor_notice
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   message: >-
#     {record} is a new subprocessor reaching the data of {segment}, who must be told
#     {days} days before it starts, and no such notice is recorded{when}.
#   remediation: >-
#     Record the notice in `customer_notices` (segment `{segment_id}`, `notified_on`), and set
#     `effective_from` at least {days} days after it.
violations contains lib.violation("change.subprocessor_notice", id, path, params) if {
	lib.changing
	some id, sub in lib.subprocessors
	not before("subprocessors")[id]
	some segment in affected_segments(id)
	not notified(sub, segment, object.get(sub, "effective_from", "0000-01-01"))
	path := effective_path(sub)
	params := {
		"segment": lib.segments[segment].name, "segment_id": segment, "days": notice_days(segment),
		"when": when(sub),
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
violations contains lib.violation("change.location_notice", id, ["processing_locations", i], params) if {
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
#   promise: "Our data is safely stored in Stockholm (for EU customers) and London (for UK customers)."
#   message: "{record}'s data moves from `{from}` to `{to}` without {missing}."
#   remediation: "Add `relocation: {notified_on: YYYY-MM-DD, dpia_review: …}` to the customer segment."
violations contains lib.violation("change.segment_relocation", id, ["storage_location"], params) if {
	some id, segment in lib.segments
	old := before("segments")[id]
	old.storage_location != segment.storage_location
	missing := [what |
		some field, what in {"notified_on": "a recorded notice to these customers", "dpia_review": "a DPIA review"}
		not segment.relocation[field]
	]
	count(missing) > 0
	params := {"from": old.storage_location, "to": segment.storage_location, "missing": concat(" and ", missing)}
}

# METADATA
# title: Records are retired, not deleted
# description: |
#   Deleting a record's file erases it from the register an auditor reads at later dates; a
#   record no longer in use is retired instead (`status: retired`, with date and reason).
# custom:
#   id: change.record_deleted
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(2), 30
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   message: "{record} is deleted; records are retired so that the register's history stays whole."
#   remediation: "Restore the file and set `status: retired`, `retired_on` and `retired_reason` instead."
violations contains lib.violation("change.record_deleted", id, [], {}) if {
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
violations contains lib.violation("change.dpo_approval", id, path, {"what": what, "record_id": id}) if {
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

# Whether `segment` was told of the new subprocessor `sub` in time for `effective`.
notified(sub, segment, effective) if {
	some notice in object.get(sub, "customer_notices", [])
	notice.segment == segment
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
