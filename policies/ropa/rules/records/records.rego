# METADATA
# title: Integrity of the register
# description: Records in use point at live records, and data categories come from the taxonomy.
package ropa.rules.records

import data.ropa.lib

# Fields of an activity that name other records, with the collection they name.
activity_references := {
	"subprocessors": "subprocessors",
	"storage_locations": "locations",
	"customer_segments": "segments",
	"products": "products",
}

# METADATA
# title: Active activities use only active records
# description: |
#   A retired subprocessor, location, segment or product is no longer part of the register;
#   an activity still in use that names one states something no longer true.
# custom:
#   id: records.retired_reference
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(d), 30
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   message: "{record} uses `{target}`, which was retired on {retired_on}."
#   remediation: "Remove `{target}` from `{field}`, or put it back in use (`status: active`)."
violations contains lib.violation(rego.metadata.rule(), id, [field, i], params) if {
	some id, activity in lib.activities
	some field, collection in activity_references
	some i, item in object.get(activity, field, [])
	target := lib.subprocessor_id(item)
	record := input.register[collection][target]
	not lib.active(record)
	params := {"target": target, "field": field, "retired_on": object.get(record, "retired_on", "an unknown date")}
}

# METADATA
# title: Data categories come from the taxonomy
# description: |
#   The taxonomy says which categories are special (Art. 9) or directly identifying; a
#   category outside it cannot be judged.
# custom:
#   id: records.known_category
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(1)(c)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   message: "{record} names the data category `{category}`, which is not in the taxonomy."
#   remediation: >-
#     Use a category of the bundled taxonomy (policies/reference/data_categories), or add a DataCategory record
#     with `id: {category}`.
violations contains lib.violation(rego.metadata.rule(), id, path, {"category": category}) if {
	some [id, path, category] in category_uses
	not lib.categories[category]
}

# METADATA
# title: No record uses a data category the organisation excluded
# description: |
#   An organisation narrows the bundled taxonomy to what it processes by listing the categories it
#   does not process in `taxonomy.exclude` of its Organisation record; an activity or subprocessor
#   naming one of them contradicts that record. A change is judged by the base's exclusions as well
#   as its own: taking a category out of the list is change.threshold_relaxed, for the DPO.
# custom:
#   id: records.excluded_category
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(1)(c)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   message: >-
#     {record} names the data category `{category}`, which the Organisation record `{organisation}` excludes
#     from the register's taxonomy.
#   remediation: >-
#     Use another category, or take `{category}` out of `taxonomy.exclude` in the Organisation record
#     `{organisation}` if the organisation does process it.
violations contains lib.violation(rego.metadata.rule(), id, path, params) if {
	some [id, path, category] in category_uses
	category in lib.excluded_categories
	params := {"category": category, "organisation": lib.organisation.id}
}

# METADATA
# title: The organisation excludes only categories of the bundled taxonomy
# description: |
#   `taxonomy.exclude` narrows the bundled taxonomy; an id that names no bundled category (a typo, or a
#   category that left it) narrows nothing, so the categories meant stay usable unnoticed.
# custom:
#   id: records.excluded_unknown
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(1)(c)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   message: "{record} excludes `{category}` from its taxonomy, but the bundled taxonomy has no such category."
#   remediation: "Name a category of the bundled taxonomy (policies/reference/data_categories), or remove `{category}`."
violations contains lib.violation(rego.metadata.rule(), id, path, {"category": category}) if {
	some [id, path, category] in excluded_uses
}

# METADATA
# title: Evidence is dated today or earlier
# description: |
#   A contract signed, a certification verified, an assessment made, a notice sent, an approval
#   given or a record retired are facts with a date; one dated after today has not happened, and
#   counting it would let a record pass on evidence that does not exist yet. Compares every
#   `signed_on`, `verified_on`, `assessed_on`, `notified_on`, `approved_on` and `retired_on` with
#   today. A record retired on a future date is still in force for every rule until then.
# custom:
#   id: records.future_date
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(d), 5(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   message: "{record} dates `{field}` {date}, after today ({today}): it has not happened yet."
#   remediation: >-
#     Record the date it happened; until it has, leave it out (a planned retirement stays `status: active`
#     until the day).
violations contains lib.violation(rego.metadata.rule(), id, path, params) if {
	some [id, path, date] in odd_leaves
	field := path[count(path) - 1]
	evidence_dates[field]
	params := {"field": field, "date": date, "today": input.today}
}

# METADATA
# title: A Data Privacy Framework certification is verified after the framework began
# description: |
#   The EU-US Data Privacy Framework exists since 10 July 2023 (Decision (EU) 2023/1795); a
#   certification verified before that date verified something else (Privacy Shield, struck down
#   in 2020) and shows nothing. Compares `dpf.verified_on` with that date.
# custom:
#   id: records.dpf_verified_before_framework
#   severity: error
#   legal:
#     - ref: GDPR Art. 45; Decision (EU) 2023/1795
#       url: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32023D1795
#   message: >-
#     {record} says its Data Privacy Framework certification was verified on {date}, before the framework
#     began on {start}.
#   remediation: >-
#     Check the certification on the Data Privacy Framework list and record the day you did in
#     `dpf.verified_on`.
violations contains lib.violation(rego.metadata.rule(), id, ["dpf", "verified_on"], params) if {
	some id, sub in input.register.subprocessors
	sub.dpf.verified_on < dpf_start
	params := {"date": sub.dpf.verified_on, "start": dpf_start}
}

# METADATA
# title: Countries are ISO 3166-1 alpha-2 codes
# description: |
#   The storage and transfer rules look countries up by their ISO 3166-1 alpha-2 code; a code
#   that names no country (`UK` for the United Kingdom, whose code is `GB`) matches no regime and
#   no adequacy decision, and would switch those rules off. Compares every `country`, and each
#   customer segment's `jurisdiction`, with the ISO list in the reference data.
# custom:
#   id: records.country_code
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(1)(e), 44
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   message: "{record} has `{field}: {code}`, which is no ISO 3166-1 alpha-2 country code (did you mean {meant}?)."
#   remediation: "Write the country's ISO 3166-1 alpha-2 code ({meant}); the codes are in policies/reference/iso3166."
violations contains lib.violation_about(rego.metadata.rule(), id, path, params, {"code": code}) if {
	some [id, path, code] in country_fields
	not data.reference.iso3166.countries[code]
	params := {"field": path[count(path) - 1], "code": code, "meant": meant(code)}
}

country_fields contains [id, path, code] if {
	some [id, path, code] in odd_leaves
	path[count(path) - 1] == "country"
}

country_fields contains [id, ["jurisdiction"], segment.jurisdiction] if {
	some id, segment in input.register.segments
}

# The leaves of every record that break one of the two rules above: an evidence date after today, a
# `country` that is no ISO code, with their paths. Records nest a few levels, so the first four are
# read by name, building no path (in WebAssembly a walk built and kept every node's path until the
# evaluation ended: half of a large register's evaluation); whatever is deeper is walked.
odd_leaves contains [id, [f], v] if {
	some id, record in lib.records_by_id
	some f, v in record
	odd(f, v)
}

odd_leaves contains [id, [f, k], v] if {
	some id, record in lib.records_by_id
	some f, x in record
	some k, v in x
	odd(k, v)
}

odd_leaves contains [id, [f, k, j], v] if {
	some id, record in lib.records_by_id
	some f, x in record
	some k, y in x
	some j, v in y
	odd(j, v)
}

odd_leaves contains [id, [f, k, j, m], v] if {
	some id, record in lib.records_by_id
	some f, x in record
	some k, y in x
	some j, z in y
	some m, v in z
	odd(m, v)
}

odd_leaves contains [id, array.concat([f, k, j, m], path), v] if {
	some id, record in lib.records_by_id
	some f, x in record
	some k, y in x
	some j, z in y
	some m, deeper in z
	not is_string(deeper)
	walk(deeper, [path, v])
	count(path) > 0
	odd(path[count(path) - 1], v)
}

odd(field, value) if {
	evidence_dates[field]
	is_string(value)
	value > input.today
}

odd("country", value) if {
	is_string(value)
	not data.reference.iso3166.countries[value]
}

meant(code) := known if known := data.reference.iso3166.exceptionally_reserved[code].meant

else := "one of the ISO codes"

# Fields that record something that has happened: a date after today is not evidence yet.
evidence_dates := {"signed_on", "verified_on", "assessed_on", "notified_on", "approved_on", "retired_on"}

# The day the EU-US Data Privacy Framework took effect: Commission Implementing Decision (EU)
# 2023/1795 of 10 July 2023 (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32023D1795).
dpf_start := "2023-07-10"

category_uses contains [id, ["data_categories", i, "category"], c.category] if {
	some id, activity in lib.activities
	some i, c in object.get(activity, "data_categories", [])
}

category_uses contains [id, ["data_categories", i], category] if {
	some id, sub in lib.subprocessors
	some i, category in object.get(sub, "data_categories", [])
}

# An exclusion narrows the bundled taxonomy: one naming no bundled category narrows nothing.
excluded_uses contains [lib.organisation.id, ["taxonomy", "exclude", i], category] if {
	some i, category in object.get(lib.organisation, ["taxonomy", "exclude"], [])
	not lib.bundled_categories[category]
}
