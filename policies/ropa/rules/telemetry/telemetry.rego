# METADATA
# title: Usage statistics and technical telemetry
# description: |
#   Where the organisation collects usage statistics or technical telemetry as controller, it
#   promises the data is anonymised and aggregated. An activity is held to that promise when it
#   has a `telemetry:` block, and also when its data or purposes show it collects statistics,
#   so that leaving the block out does not switch the promise off.
package ropa.rules.telemetry

import data.ropa.lib

# Why an activity is telemetry whatever blocks it has: [id, path, field, value]. A register
# says it with the `usage-statistics` data category; a purpose about statistics or telemetry says
# the same. A purpose is only looked at when no category shows it, for one finding per activity.
implied contains [id, ["data_categories", i], "data_categories", "usage-statistics"] if {
	some id, activity in lib.activities
	some i, c in activity.data_categories
	c.category == "usage-statistics"
}

implied contains [id, ["purposes", i], "purposes", purpose] if {
	some id, activity in lib.activities
	not statistics_category(activity)
	some i, purpose in object.get(activity, "purposes", [])

	# Plain string functions: compiling a regular expression in WebAssembly cost more than this rule's other work.
	some word in ["statistic", "telemetr"]
	contains(lower(purpose), word)
}

statistics_category(activity) if "usage-statistics" in lib.activity_categories(activity)

# The activities that collect telemetry, and so are held to the promise.
collecting[id] := activity if {
	some id, activity in lib.activities
	activity.telemetry
}

collecting[id] := lib.activities[id] if some [id, _, _, _] in implied

# METADATA
# title: Usage statistics are declared as telemetry
# description: |
#   An activity that collects usage statistics says, in a `telemetry:` block, how the promise of
#   anonymous, aggregated statistics is kept.
# custom:
#   id: telemetry.declared
#   severity: error
#   legal:
#     - ref: GDPR Recital 26, Art. 5(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#rct_26
#     - ref: UK GDPR Art. 5(2)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/5
#   promise: "usage statistics are anonymous and aggregated"
#   message: "{record} lists `{evidence}` in `{field}`, so it collects usage statistics, but has no `telemetry:` block."
#   remediation: >-
#     Add `telemetry: {anonymised: true, aggregated: true, method: …, minimum_group_size: …}` to say how the
#     statistics are made anonymous.
violations contains lib.violation(rego.metadata.rule(), id, path, {"field": field, "evidence": evidence}) if {
	lib.promised("telemetry.declared")
	some [id, path, field, evidence] in implied
	not lib.activities[id].telemetry
}

# METADATA
# title: Telemetry is declared anonymised and aggregated
# description: The promise is that statistics are anonymous and aggregated, and so not personal data.
# custom:
#   id: telemetry.anonymised_aggregated
#   severity: error
#   legal:
#     - ref: GDPR Recital 26
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#rct_26
#     - ref: UK GDPR Art. 4(1); DPA 2018 s.3(2), (3)
#       url: https://www.legislation.gov.uk/ukpga/2018/12/section/3
#   promise: "usage statistics are anonymous and aggregated"
#   message: "{record} collects telemetry that is not declared {property}."
#   remediation: "Set `telemetry.{property}: true` once the pipeline does so, or stop collecting the data."
violations contains lib.violation(rego.metadata.rule(), id, ["telemetry", property], params) if {
	lib.promised("telemetry.anonymised_aggregated")
	some id, activity in collecting
	activity.telemetry
	some property in ["anonymised", "aggregated"]
	not activity.telemetry[property] == true
	params := {"property": property}
}

# METADATA
# title: Telemetry holds no direct identifiers
# description: Anonymous statistics cannot include names, contact details, account or national identifiers.
# custom:
#   id: telemetry.no_direct_identifiers
#   severity: error
#   legal:
#     - ref: GDPR Recital 26, Art. 5(1)(c)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#rct_26
#     - ref: UK GDPR Art. 5(1)(c); DPA 2018 s.3(3)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/5
#   promise: "usage statistics are anonymous and aggregated"
#   message: "{record} is telemetry but lists `{category}`, which identifies a person directly."
#   remediation: "Remove `{category}` from the telemetry's data categories; collect counts, not identities."
violations contains lib.violation(rego.metadata.rule(), id, ["data_categories", i], params) if {
	lib.promised("telemetry.no_direct_identifiers")
	some id, activity in collecting
	some i, c in activity.data_categories
	lib.direct_identifier(c.category)
	params := {"category": c.category}
}

# METADATA
# title: Telemetry holds no health data
# description: Usage statistics must not carry data concerning health or other special categories.
# custom:
#   id: telemetry.no_special_categories
#   severity: error
#   legal:
#     - ref: GDPR Art. 9(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9
#     - ref: UK GDPR Art. 9(1)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/9
#   promise: "usage statistics are anonymous and aggregated"
#   message: "{record} is telemetry but lists `{category}`, a special category of data."
#   remediation: "Remove `{category}` from the telemetry; statistics must not carry health data."
violations contains lib.violation(rego.metadata.rule(), id, ["data_categories", i], params) if {
	lib.promised("telemetry.no_special_categories")
	some id, activity in collecting
	some i, c in activity.data_categories
	lib.special(c.category)
	params := {"category": c.category}
}

# METADATA
# title: Telemetry says how it is anonymised
# description: |
#   A claim of anonymity should say how, so that a reviewer can judge whether individuals can
#   still be singled out, linked or inferred (Article 29 Working Party, Opinion 05/2014 on
#   anonymisation techniques).
# custom:
#   id: telemetry.method
#   severity: warning
#   legal:
#     - ref: GDPR Art. 5(2), Recital 26
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#     - ref: UK GDPR Art. 5(2)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/5
#   message: "{record} does not state the anonymisation method."
#   remediation: "Add `telemetry.method:` saying how the statistics are made anonymous."
violations contains lib.violation(rego.metadata.rule(), id, ["telemetry"], {}) if {
	some id, activity in collecting
	activity.telemetry
	not activity.telemetry.method
}

# METADATA
# title: Anonymous telemetry holds no online identifiers
# description: |
#   IP addresses, cookie and device identifiers are identifiers (Art. 4(1), Recital 30): a
#   dynamic IP address is personal data for a holder with legal means to link it to a person
#   (CJEU C-582/14 Breyer). Statistics that keep them are personal data, whatever the
#   `telemetry:` block claims, and the rest of the Regulation applies to them.
# custom:
#   id: telemetry.online_identifiers
#   severity: error
#   legal:
#     - ref: GDPR Art. 4(1), Recitals 26, 30
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_4
#     - ref: CJEU C-582/14 Breyer (2016)
#       url: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62014CJ0582
#     - ref: UK GDPR Art. 4(1); DPA 2018 s.3(3) (an online identifier)
#       url: https://www.legislation.gov.uk/ukpga/2018/12/section/3
#   message: >-
#     {record} is declared anonymised telemetry but lists `{category}`, an online identifier: data that
#     keeps it is personal data.
#   remediation: >-
#     Drop `{category}` before the statistics are stored (count events without the identifier), or record the
#     activity as personal data (`telemetry.anonymised: false`) with its legal basis and retention.
violations contains lib.violation(rego.metadata.rule(), id, ["data_categories", i], params) if {
	some id, activity in collecting
	activity.telemetry.anonymised == true
	some i, c in activity.data_categories
	lib.categories[c.category].online_identifier
	params := {"category": c.category}
}

# METADATA
# title: Aggregated telemetry records its minimum group size
# description: |
#   Aggregates protect people only if no group is small enough to single one out: a count
#   of one is one person's data. An activity that declares its telemetry aggregated states the
#   smallest group an aggregate may cover, so that the threshold can be checked.
# custom:
#   id: telemetry.minimum_group_size
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(2), Recital 26
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#rct_26
#     - ref: UK GDPR Art. 5(2)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/5
#   message: "{record} declares its telemetry aggregated but does not record the minimum group size."
#   remediation: >-
#     Add `telemetry.minimum_group_size:` (at least {floor}): the smallest number of people an aggregate may
#     count before it is suppressed.
violations contains lib.violation(rego.metadata.rule(), id, ["telemetry"], {"floor": group_floor.size}) if {
	some id, activity in collecting
	activity.telemetry.aggregated == true
	not activity.telemetry.minimum_group_size
}

# METADATA
# title: Aggregates do not count too few people
# description: |
#   A minimum group size below the floor of the reference data (`anonymisation.group_size_floor`,
#   with its reason and source) leaves aggregates that single people out: a group of 1 is no
#   aggregation at all.
# custom:
#   id: telemetry.group_size_floor
#   severity: error
#   legal:
#     - ref: GDPR Recital 26, Art. 4(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#rct_26
#     - ref: UK GDPR Art. 4(1); DPA 2018 s.3(3)
#       url: https://www.legislation.gov.uk/ukpga/2018/12/section/3
#   message: "{record} aggregates telemetry over groups as small as {size}, below the floor of {floor}."
#   remediation: "Raise `telemetry.minimum_group_size` to at least {floor} and suppress smaller counts."
violations contains lib.violation(rego.metadata.rule(), id, ["telemetry", "minimum_group_size"], params) if {
	some id, activity in collecting
	activity.telemetry.aggregated == true
	size := activity.telemetry.minimum_group_size
	size < group_floor.size
	params := {"size": size, "floor": group_floor.size}
}

group_floor := data.reference.anonymisation.group_size_floor
