# METADATA
# title: Change control
# description: |
#   Rules that judge the change itself, comparing the register before it (input.base) with the
#   register after it. A full check has an empty base, so these rules only speak on a change.
#   They follow the data, not record ids: what each customer segment's data (and the
#   organisation's own) reaches before and after the change, whatever records carried it.
package ropa.rules.change

import data.ropa.lib

# The register before the change, by kind, when these rules judge one.
before(kind) := lib.base_records(kind) if judging

# A change, judged here: not in a shard that judges the other rules apart from these (engine/shard.ts),
# whose base holds only the limits those read. There the rules find nothing at once (the sets they
# are built from are empty), instead of judging each record of the shard as new.
judging if {
	lib.changing
	not apart
}

apart if input.shard.change == "apart"

# Whose data an activity holds: each customer segment it serves (processor), or the organisation's
# own data about each group of data subjects (controller), as [kind, id].
owners(activity) := {["segment", s] |
	activity.role == "processor"
	some s in object.get(activity, "customer_segments", [])
} | {["organisation", group] |
	activity.role == "controller"
	some group in object.get(activity, "data_subjects", [])
}

# An owner whose data the base already held: a change reaching a new segment's data is its
# onboarding (the new customer signs the DPA as the register stands), not a change to announce.
existing(["segment", s]) if lib.active(before("segments")[s])

existing(["organisation", group]) if base_owners[["organisation", group]]

# Whose data the base's activities hold, found once: a lookup per activity, not a scan of the base.
# (A set that grows with the register is asked `s[x]`, not `x in s`: in WebAssembly `in` walks the
# set and a reference looks the value up; at 10,000 records the rules about a change took 72 s
# with `in` and about 2 s with lookups.)
base_owners contains owner if {
	some activity in base_activities
	some owner in owners(activity)
}

base_activities[id] := activity if {
	some id, activity in before("activities")
	lib.active(activity)
}

# Which customer segments' data each subprocessor reaches, through the processor activities using
# it, as [subprocessor, segment]: after the change, and before it. Flat sets built in one pass each,
# so that a large register stays linear. A subprocessor retired before the change reached nobody.
reach contains [sid, segment] if {
	judging
	some activity in lib.activities
	some pair in reach_of(activity)
	[sid, segment] := pair
}

base_reach contains [sid, segment] if {
	some activity in base_activities
	some [sid, segment] in reach_of(activity)
	lib.active(before("subprocessors")[sid])
}

reach_of(activity) := {[sid, segment] |
	activity.role == "processor"
	some sid in lib.activity_subprocessors(activity)
	some segment in object.get(activity, "customer_segments", [])
}

# The segments a subprocessor reaches after the change but did not before: it is new, back from
# retirement, or newly used for them. Adding a subprocessor used by nothing, and then using it,
# is two changes; the second is where customers' data starts to reach it. A segment new in the
# change is onboarded with the subprocessors as they stand and is owed no notice.
newly_reached contains [sid, segment] if {
	some [sid, segment] in (reach - base_reach)
	existing(["segment", segment])
}

notice_days(segment) := object.get(lib.segments[segment], "notice_period_days", 30)

# Where each segment's data goes through each subprocessor, as [segment, subprocessor, location,
# place]: a subprocessor's processing location reaches a segment unless it is the storage promised
# to other segments only. The place is the resolved one ([provider, region, country]), so that a
# location edited in place, or replaced by another record, is compared by where it is. Found from
# the reach, each pair once, rather than from each activity again.
flows contains [segment, sid, lid, where] if {
	some [sid, segment] in reach
	some lid in object.get(lib.subprocessors[sid], "processing_locations", [])
	goes_to(lid, segment)
	where := place(lib.locations[lid])
}

base_flows contains [segment, sid, where] if {
	some [sid, segment] in base_reach
	some lid in object.get(before("subprocessors")[sid], "processing_locations", [])
	went_to(lid, segment)
	where := place(before("locations")[lid])
}

promised_storage contains lid if {
	some s in lib.segments
	lib.active(s)
	some lid in lib.storage_of(s)
}

base_promised_storage contains lid if {
	some s in before("segments")
	lib.active(s)
	some lid in lib.storage_of(s)
}

# Whether a processing location reaches a segment's data, after the change and before it. Two
# functions rather than one taking the segments and promised storage as arguments: a call with the
# register's collections as arguments costs with their size (OPA caches calls by their arguments).
goes_to(lid, segment) if lid in lib.storage_of(lib.segments[segment])

goes_to(lid, _) if not promised_storage[lid]

went_to(lid, segment) if lid in lib.storage_of(before("segments")[segment])

went_to(lid, _) if not base_promised_storage[lid]

place(location) := [location.provider, location.region, where.country] if [where, _] := lib.place(location)

# Where a segment's promised storage is, as provider/region/country.
storage_places(segment, locations) := {concat("/", place(locations[lid])) | some lid in lib.storage_of(segment)}

# METADATA
# title: A subprocessor newly reaching customers' data is announced to them in time
# description: |
#   Under a general written authorisation, the processor informs the controllers of a new
#   subprocessor so they can object (Art. 28(2)); the data processing agreement sets how long
#   before (default 30 days, the segment's `notice_period_days` as the base register sets it).
#   Compares the segments each subprocessor reaches before and after the change: each segment the
#   base already served whose data a subprocessor newly reaches (a new one, one back from
#   retirement, or one newly used for that segment) needs a recorded notice of this start. A notice
#   counts when it was sent that long before the start it announces (its `effective_from`, else the
#   subprocessor's); when it names `locations`, they include every location the subprocessor now
#   reaches the segment's data through (and a location edited in place by the change is announced
#   only by a notice the change records); it was sent after the subprocessor's or a using activity's
#   last `retired_on` before it; and, on a change read from git, its `effective_from` is on or after
#   the day the base was committed (`input.change.base_date`): the subprocessor did not reach the
#   segment then, so a notice of an earlier start announced an earlier use, which has since stopped.
#   A notice recorded in advance, for a start after the base, counts.
# custom:
#   id: change.subprocessor_notice
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   message: >-
#     {record} {change} the data of {segment} (at {locations}), who must be told {days} days before it
#     starts (effective from: {effective_from}), and no notice of this start given that early is recorded:
#     one counts if it names these locations (or none), was sent after it last stopped reaching them
#     ({last_stopped}) and takes effect on or after {since}.
#   remediation: >-
#     Record the notice in `customer_notices` (segment `{segment_id}`, `notified_on`, and `effective_from` at
#     least {days} days later and on or after {since}, or the subprocessor's own `effective_from` for a new
#     one; if it names `locations`, every one of {locations}).
violations contains lib.violation_about(rego.metadata.rule(), id, path, params, {"segment": segment}) if {
	some [id, segment] in newly_reached
	sub := lib.subprocessors[id]
	not notified(id, sub, segment)
	[change, path] := how_new(id, sub)
	params := {
		"change": change, "segment": lib.segments[segment].name, "segment_id": segment,
		"days": notice_days(segment), "effective_from": object.get(sub, "effective_from", "not set"),
		"last_stopped": last_stopped(id, segment), "locations": where_reached(id, segment),
		"since": since,
	}
}

# METADATA
# title: A subprocessor's new place of processing is announced to customers in time
# description: |
#   Processing data in a new place changes what the controllers authorised. Compares, for each
#   segment the base already served, the places (provider, region and country, as the reference
#   data resolves the region) its data reaches through each subprocessor before and after the
#   change, whatever location records carry them: a new location, or a location record edited to
#   point elsewhere, needs a notice to that segment naming the location, its notice period before
#   the change takes effect. For a location edited in place, only a notice recorded with that
#   change counts: the earlier notices announced the place it had before. A notice counts only if
#   it was sent after the subprocessor last stopped reaching the segment (a `retired_on`) and, on
#   a change read from git, takes effect on or after the day the base was committed
#   (`input.change.base_date`): the data did not go there then, so a notice of an earlier start
#   announced a use that has since stopped.
# custom:
#   id: change.location_notice
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   message: >-
#     {record} starts processing data at `{location}` ({country}), reaching the data of {segment}, with no
#     notice to them {days} days before the change takes effect.
#   remediation: >-
#     Add to `customer_notices` an entry with `segment: {segment_id}`, `locations: [{location}]`,
#     `notified_on` and an `effective_from` at least {days} days later.
violations contains lib.violation_about(rego.metadata.rule(), id, ["processing_locations", i], params, subject) if {
	some [segment, id, lid, where] in flows
	base_reach[[id, segment]]
	existing(["segment", segment])
	not base_flows[[segment, id, where]]
	sub := lib.subprocessors[id]
	not location_notified(id, sub, segment, lid)
	some i, l in sub.processing_locations
	l == lid
	params := {
		"location": lid, "country": where[2], "segment": lib.segments[segment].name, "segment_id": segment,
		"days": notice_days(segment),
	}
	subject := {"segment": segment, "country": where[2]}
}

# METADATA
# title: Moving a segment's data is announced and assessed
# description: |
#   Moving customers' data to another storage location changes what they were promised: it needs
#   a recorded notice to them and a reference to the DPIA review of the move. Compares the place
#   (provider, region, country) of the segment's storage before and after the change, so that
#   editing the location record in place is a move too. The `relocation` must name the new
#   location in `to` and be recorded for this move: the one behind the location the base already
#   had does not stand for another.
# custom:
#   id: change.segment_relocation
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(3)(a), 35(11)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#   promise: "where customers' data is stored"
#   message: >-
#     The data of {record} moves from {from} ({from_place}) to {to} ({to_place}) without {missing} in a
#     `relocation` recorded for this move.
#   remediation: >-
#     Add `relocation: {to: …, notified_on: YYYY-MM-DD, dpia_review: …}` naming the location moved to (one of
#     {to}) to the customer segment, in the change that moves it.
violations contains lib.violation(rego.metadata.rule(), id, [path[0]], params) if {
	lib.promised("change.segment_relocation")
	some id, segment in lib.segments
	old := before("segments")[id]
	was := storage_places(old, before("locations"))
	now := storage_places(segment, lib.locations)
	moved(old, segment, was, now)
	move := relocation(old, segment)
	missing := [field | some field in ["notified_on", "dpia_review"]; not move[field]]
	count(missing) > 0
	[path, _] := lib.segment_storage(segment)[0]
	params := {
		"from": sort(lib.storage_of(old)), "to": sort(lib.storage_of(segment)), "missing": missing,
		"from_place": sort(was), "to_place": sort(now),
	}
}

# METADATA
# title: Records are retired, not deleted
# description: |
#   Deleting a record's file erases it from the register an auditor reads at later dates; a
#   record no longer in use is retired instead (`status: retired`, with date and reason).
#   Compares the record ids of the base with the head's.
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
#   A longer retention period, a new special category of data, or a changed legal basis changes
#   the risk and the lawfulness of processing; the DPO approves it explicitly, with a waiver of
#   this rule for the activity. Retention and special categories follow the data: for each
#   customer segment (and each group of the organisation's own data subjects) the base already
#   had, the longest period each category is kept, and the special categories held, before and
#   after the change, whichever activities hold them (a retired activity and its successor are
#   compared as one). The legal basis is compared per activity.
# custom:
#   id: change.dpo_approval
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(e), 6, 9, 39(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_39
#   message: "{record} {change} `{item}` (before: {from}; now: {to}). This needs the DPO's approval."
#   remediation: >-
#     Ask the DPO to approve it: a waiver of `change.dpo_approval` for `{record_id}`, committed in
#     this pull request and approved by the DPO team.
violations contains lib.violation_about(rego.metadata.rule(), id, path, params, {"item": params.item}) if {
	some [id, path, params] in riskier
}

# Whether `segment` was told, on `notified_on`, at least its notice period before `effective`.
in_time(notified_on, effective, segment) if lib.days(effective) - lib.days(notified_on) >= notice_days(segment)

# Whether `segment` was told of the subprocessor `sub` in time for the change the notice announces:
# its own `effective_from`, else the subprocessor's; for the locations it now reaches the segment
# through; and after the subprocessor last stopped reaching the segment.
notified(id, sub, segment) if {
	some notice in object.get(sub, "customer_notices", [])
	notice.segment == segment
	effective := object.get(notice, "effective_from", object.get(sub, "effective_from", "0000-01-01"))
	in_time(notice.notified_on, effective, segment)
	announces_this_start(id, segment, notice, effective)
	every lid in reached_through(id, segment) {
		names(notice, lid)
		not announced_before_a_move(id, lid, notice)
	}
}

# A notice without `locations` announces the subprocessor wherever it processes.
names(notice, _) if not "locations" in object.keys(notice)

names(notice, location) if location in notice.locations

# The locations through which the subprocessor reaches the segment's data after the change.
reached_through(id, segment) := sort({flow[2] |
	some flow in flows
	[flow[0], flow[1]] == [segment, id]
})

# The same, for the message: a subprocessor can reach a segment through no location of its own
# (all of them the storage promised to other segments).
where_reached(id, segment) := locations if {
	locations := reached_through(id, segment)
	count(locations) > 0
} else := "none of its processing locations"

# Whether one notice to `segment` names `location`, was sent its notice period before the
# `effective_from` it announces, and announces this change: after the subprocessor last stopped
# reaching the segment and, for a location record edited to point elsewhere, recorded with the edit.
location_notified(id, sub, segment, location) if {
	some notice in object.get(sub, "customer_notices", [])
	notice.segment == segment
	location in object.get(notice, "locations", [])
	in_time(notice.notified_on, notice.effective_from, segment)
	announces_this_start(id, segment, notice, notice.effective_from)
	not announced_before_a_move(id, location, notice)
}

# Whether a notice taking effect on `effective` can announce a start the change makes: it was sent
# after the last recorded stop, and takes effect on or after the day of the base, when the base
# (which did not have this reach) is a commit of known date.
announces_this_start(id, segment, notice, effective) if {
	not stopped_since(id, segment, notice.notified_on)
	not before_the_base(effective)
}

before_the_base(date) if date < input.change.base_date

# The earliest date a notice for this change may take effect on, for the message.
default since := "the change"

since := input.change.base_date

announced_before_a_move(id, location, notice) if {
	place(before("locations")[location]) != place(lib.locations[location])
	notice in object.get(before("subprocessors")[id], "customer_notices", [])
}

# The dates the subprocessor `id` stopped reaching `segment`, as far as the registers say: its own
# retirement, or that of an activity that used it for the segment.
stops(id, segment) := {sub.retired_on |
	some sub in [before("subprocessors")[id], lib.subprocessors[id]]
	sub.retired_on <= input.today
} | {activity.retired_on |
	some activity in before("activities")
	not lib.active(activity)
	[id, segment] in reach_of(activity)
}

stopped_since(id, segment, date) if {
	some stop in stops(id, segment)
	stop >= date
}

# The last time the subprocessor stopped reaching the segment, for the message.
last_stopped(id, segment) := max(stops(id, segment)) if count(stops(id, segment)) > 0

else := "never recorded"

# How a subprocessor came to reach a segment: [words, path].
how_new(id, sub) := ["is a new subprocessor reaching", effective_path(sub)] if {
	not before("subprocessors")[id]
} else := ["is back in use, reaching", effective_path(sub)] if {
	not lib.active(before("subprocessors")[id])
} else := ["now reaches", ["customer_notices"]]

effective_path(sub) := ["effective_from"] if sub.effective_from

else := []

# The relocation behind the segment's present storage location: one that names it in `to` and is
# not the relocation that was already behind the base's storage location.
relocation(old, segment) := segment.relocation if {
	segment.relocation.to in lib.storage_of(segment)
	not stale(old, segment.relocation)
} else := {}

stale(old, move) if {
	old.relocation == move
	move.to in lib.storage_of(old)
}

moved(old, segment, _, _) if lib.storage_of(old) != lib.storage_of(segment)

moved(_, _, was, now) if was != now
