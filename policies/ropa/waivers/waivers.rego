# METADATA
# title: Waivers
# description: |
#   A waiver is the DPO's time-limited exception to one rule for one record (and field). A valid
#   waiver marks the matching violations as waived, which keeps them visible but lets the change
#   pass; an expired waiver stops applying, and a waiver that matches nothing is pointless.
package ropa.waivers

import data.ropa.facts
import data.ropa.lib

# The longest a waiver may run, set in the Organisation record (default 180 days).
max_days := object.get(lib.organisation, "waiver_max_days", 180)

registered := object.get(input.register, "waivers", {})

valid(waiver) if {
	waiver.approved_on <= input.today
	input.today <= waiver.expires_on
	lib.days(waiver.expires_on) - lib.days(waiver.approved_on) <= max_days
}

matches(id, waiver, violation) if {
	aims_at(id, waiver, violation)
	same_subject(object.get(waiver, "subject", {}), violation)
}

# A waiver covers a finding only while it is about what the DPO approved: the waiver's `subject` is
# the finding's. A waiver of a rule about changes approves the one change it comes with, so it may
# name less (or none) of the subject: what it names must match.
same_subject(subject, violation) if subject == violation.subject

same_subject(subject, violation) if {
	is_change(violation.rule)
	every name, value in subject {
		violation.subject[name] == value
	}
}

# The waiver names the violation's rule, record and place, whatever it is about now.
aims_at(id, waiver, violation) if {
	waiver.rule == violation.rule
	waiver.record == violation.record
	covers(waiver, violation.key)
	approves(id, waiver)
}

# `field` is a dotted path into the record by item keys (a location id, a category, a role; never
# a list index): it covers a violation at that path or below it (`privacy_assessment` covers
# `privacy_assessment.assessed_on`, not the reverse). Without it the waiver covers the whole record.
# A key with a `.` in it is written `\.` (lib.field_of): `promises.access\.limited`.
covers(waiver, _) if not waiver.field

covers(waiver, key) if {
	some i, _ in key
	waiver.field == lib.field_of(array.slice(key, 0, i + 1))
	exact_for_change(waiver.rule, i + 1, count(key))
}

# A waiver of a rule about changes names the reported path exactly: it approves that one change.
exact_for_change(rule, _, _) if not is_change(rule)

exact_for_change(rule, n, n) if is_change(rule)

is_change(rule) if startswith(rule, "change.")

# A waiver of a rule about changes approves the change that adds it, and no later one: once on the
# base branch, it no longer applies.
approves(_, waiver) if not is_change(waiver.rule)

approves(id, waiver) if {
	is_change(waiver.rule)
	lib.changing
	not lib.base_records("waivers")[id]
}

raw contains violation if {
	not only_changes
	some family
	family_violations := data.ropa.rules[family].violations
	judged_here(family)
	some violation in family_violations
}

# The rules about changes alone: no other family is evaluated over the whole head and base.
raw contains violation if {
	only_changes
	some violation in data.ropa.rules.change.violations
}

# A change evaluated in shards (engine/shard.ts) has the rules about changes judged apart, in one
# evaluation of the whole head and base (`input.shard.change` "only"), and the other rules in the
# head's shards, which carry only the base's limits ("apart").
only_changes if input.shard.change == "only"

judged_here(_) if not input.shard.change

judged_here(family) if {
	input.shard.change == "apart"
	family != "change"
}

# The valid waivers, judged once rather than once per violation (in WebAssembly the date arithmetic
# of `valid` per violation and waiver was most of the evaluation of a large register).
valid_waivers[id] := waiver if {
	some id, waiver in registered
	valid(waiver)
}

# The waivers by the rule and record they name: a violation is compared only with those naming its
# own (aims_at requires both), not with every waiver of the register.
by_target[[waiver.rule, waiver.record]] contains id if some id, waiver in registered

waiver_of(violation) := min({id |
	some id in by_target[[violation.rule, violation.record]]
	waiver := valid_waivers[id]
	matches(id, waiver, violation)
})

# Every rule's violations, each valid waiver's id attached to what it covers.
judged contains judge(violation) if some violation in raw

judge(violation) := object.union(violation, {"waiver": id}) if {
	not violation.waivable == false
	id := waiver_of(violation)
} else := violation

# METADATA
# title: An expired waiver is renewed or removed
# description: An expired waiver no longer applies; the finding it covered is back, and the waiver should go.
# custom:
#   id: waivers.expired
#   severity: warning
#   legal:
#     - ref: GDPR Art. 5(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   message: "{record} expired on {expires_on} and no longer applies."
#   remediation: "Fix what it covered and retire the waiver, or have the DPO approve a new one."
violations contains lib.violation(rego.metadata.rule(), id, ["expires_on"], {"expires_on": waiver.expires_on}) if {
	some id, waiver in registered
	waiver.expires_on < input.today
}

# METADATA
# title: A waiver runs no longer than allowed
# description: Exceptions are time-limited; a waiver longer than the organisation's maximum does not apply.
# custom:
#   id: waivers.too_long
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   message: "{record} runs {days} days, longer than the {max} days a waiver may run."
#   remediation: "Set `expires_on` at most {max} days after `approved_on`."
violations contains lib.violation(rego.metadata.rule(), id, ["expires_on"], params) if {
	some id, waiver in registered
	span := lib.days(waiver.expires_on) - lib.days(waiver.approved_on)
	span > max_days
	params := {"days": span, "max": max_days}
}

# METADATA
# title: A waiver covers a finding
# description: |
#   A waiver that matches no finding is stale or misspelt (rule, record or field). A waiver of a
#   rule about changes is judged only in the change that adds it: on the base branch it approved
#   its change and has nothing left to match.
# custom:
#   id: waivers.unused
#   severity: warning
#   legal:
#     - ref: GDPR Art. 5(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   message: "{record} waives `{rule}` for `{target}`, but nothing matches it."
#   remediation: >-
#     Check the rule id, record, field and subject (a finding about another country or segment than the one
#     approved is not covered), or retire the waiver if the finding is fixed.
violations contains lib.violation(rego.metadata.rule(), id, ["rule"], params) if {
	some id, waiver in registered
	valid(waiver)
	approves(id, waiver)
	use_known
	not id in used
	not index_fields[id]
	params := {"rule": waiver.rule, "target": waiver.record}
}

# METADATA
# title: A waiver names an item by its key, not its place in a list
# description: |
#   A list index names whatever item is at that place: after a reorder, a waiver of
#   `processing_locations.0` would cover another location than the one the DPO approved. Compares
#   the waiver's `field` with the record: a number where the record has a list is refused, and
#   the item's key is named instead (a location id, a category, a role).
# custom:
#   id: waivers.field_index
#   severity: error
#   waivable: false
#   legal:
#     - ref: GDPR Art. 5(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   message: >-
#     {record} names a list item by its index in `field: {field}`; it would cover whatever comes to stand
#     there.
#   remediation: "Name the item by its key: `field: {key}`."
violations contains lib.violation(rego.metadata.rule(), id, ["field"], {"field": waiver.field, "key": key}) if {
	some id, key in index_fields
	waiver := registered[id]
}

# Each waiver whose `field` names a list item by its index, with the key path to name instead.
index_fields[id] := key if {
	some id, waiver in registered
	segments := split(waiver.field, ".")
	record := lib.record_of(waiver.record)
	walk(record, [path, _])
	count(path) == count(segments)
	some n in path
	is_number(n)
	segments == [format_step(p) | some p in path]
	steps := lib.key_path(record, path)
	key := lib.field_of(steps)
}

format_step(p) := format_int(p, 10) if is_number(p)

else := p

# The waivers that match a violation of this evaluation.
matched contains id if {
	some violation in raw
	some id in by_target[[violation.rule, violation.record]]
	matches(id, registered[id], violation)
}

# The waivers that match a violation anywhere in the register. A register evaluated in shards
# (data.ropa.facts) knows only once every shard's violations are in: the engine then evaluates
# once more with the waivers every shard matched (`input.shard.waivers_used`), and those that
# evaluation's own violations match (about the subprocessors and waivers no shard holds).
used := {id | some id in input.shard.waivers_used} | matched if facts.sharded

else := matched

use_known if not facts.sharded

use_known if is_array(input.shard.waivers_used)
