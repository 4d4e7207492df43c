# Change control, limits: a change is judged by the limits and promises of the register before it
# (lib.organisation, lib.segments); this rule reports a change that relaxes one, for the DPO to approve.
package ropa.rules.change

import data.ropa.lib

# METADATA
# title: A change does not relax a limit the rules read
# description: |
#   A change is judged by the limits and promises of the register before it (the organisation's
#   `access_without_authorisation`, `data_residency` and `country`, each customer segment's
#   `notice_period_days` and `jurisdiction`, the organisation's `promises` and `taxonomy.exclude`),
#   never by values it sets itself. Compares each with the base's: one that lets more through (a
#   shorter notice period, a wider access list, a residency promise naming more places, another
#   country or jurisdiction, a promise changed or dropped, a category no longer excluded) needs the
#   DPO's approval, like a waiver, and binds only later changes. (`waiver_max_days` is approved with
#   the pull request, as waivers are.)
# custom:
#   id: change.threshold_relaxed
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(2), 28(2), 39(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   message: >-
#     {record} relaxes `{field}` (before: {from}; now: {to}). The change is judged by the value before it,
#     and relaxing it needs the DPO's approval.
#   remediation: >-
#     Ask the DPO to approve it: a waiver of `change.threshold_relaxed` for `{record_id}` with `field:
#     {field}`, committed in this pull request and approved by the DPO team; or keep the value.
violations contains lib.violation_about(rego.metadata.rule(), id, path, params, {"field": field}) if {
	some [id, path, field, from, to] in relaxed
	params := {"field": field, "from": from, "to": to, "record_id": id}
}

head_organisation := object.get(input.register, "organisation", {})

head_jurisdictions contains p.jurisdiction if some p in object.get(head_organisation, "data_residency", [])

base_organisation := before("organisation")

# [record, path, field, before, after] of each relaxed limit.
relaxed contains [head_organisation.id, ["access_without_authorisation", i], field, was, now] if {
	field := "access_without_authorisation"
	was := object.get(base_organisation, field, ["technical", "support"])
	now := object.get(head_organisation, field, ["technical", "support"])
	some i, category in now
	not category in was
}

relaxed contains [head_organisation.id, path, "data_residency", before_items, now_items] if {
	some i, promise in object.get(head_organisation, "data_residency", [])
	some was in object.get(base_organisation, "data_residency", [])
	was.jurisdiction == promise.jurisdiction
	some field in ["locations", "cities"]
	now_items := object.get(promise, field, [])
	before_items := object.get(was, field, [])
	some j, item in now_items
	not item in before_items
	path := ["data_residency", i, field, j]
}

relaxed contains [head_organisation.id, path, "data_residency", was.jurisdiction, "no promise"] if {
	some was in object.get(base_organisation, "data_residency", [])
	not was.jurisdiction in head_jurisdictions

	# regal ignore:non-loop-expression
	path := reported_at(head_organisation, ["data_residency"])
}

relaxed contains [head_organisation.id, ["country"], "country", was, now] if {
	was := base_organisation.country
	now := object.get(head_organisation, "country", "not set")
	was != now
}

relaxed contains [head_organisation.id, path, "promises", was, now] if {
	some rule, was in object.get(base_organisation, "promises", {})
	now := object.get(head_organisation, ["promises", rule], "not stated")
	was != now
	path := reported_at(head_organisation, ["promises", rule])
}

relaxed contains [head_organisation.id, path, "taxonomy.exclude", was, now] if {
	was := object.get(base_organisation, ["taxonomy", "exclude"], [])
	now := object.get(head_organisation, ["taxonomy", "exclude"], [])
	some category in was
	not category in now

	# regal ignore:non-loop-expression
	path := reported_at(head_organisation, ["taxonomy", "exclude"])
}

relaxed contains [id, path, "notice_period_days", was, now] if {
	some id, segment in input.register.segments
	old := before("segments")[id]
	was := object.get(old, "notice_period_days", 30)
	now := object.get(segment, "notice_period_days", 30)
	now < was
	path := reported_at(segment, ["notice_period_days"])
}

relaxed contains [id, ["jurisdiction"], "jurisdiction", old.jurisdiction, segment.jurisdiction] if {
	some id, segment in input.register.segments
	old := before("segments")[id]
	old.jurisdiction != segment.jurisdiction
}

# Where a relaxed value is reported: at `path`, or at the nearest part of it the record still has.
reported_at(record, path) := path if object.get(record, path, null) != null

else := array.slice(path, 0, 1) if object.get(record, array.slice(path, 0, 1), null) != null

else := []
