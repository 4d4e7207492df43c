# METADATA
# title: Usage statistics and technical telemetry
# description: |
#   Where the organisation collects usage statistics or technical telemetry as controller, it
#   promises the data is anonymised and aggregated. An activity is held to that promise when it
#   has a `telemetry:` block, and also when its data or purposes show it collects statistics,
#   so that leaving the block out does not switch the promise off.
package ropa.rules.telemetry

import data.ropa.lib

# Why an activity is telemetry whatever blocks it has: [id, path, what shows it]. Dignio's register
# says it with the `usage-statistics` data category; a purpose about statistics or telemetry says
# the same. A purpose is only looked at when no category shows it, for one finding per activity.
implied contains [id, ["data_categories", i], "lists the `usage-statistics` data category"] if {
	some id, activity in lib.activities
	some i, c in activity.data_categories
	c.category == "usage-statistics"
}

implied contains [id, ["purposes", i], concat("", ["has the purpose “", purpose, "”"])] if {
	some id, activity in lib.activities
	not statistics_category(activity)
	some i, purpose in object.get(activity, "purposes", [])
	regex.match(`(?i)statistic|telemetr`, purpose)
}

statistics_category(activity) if "usage-statistics" in lib.activity_categories(activity)

# The activities that collect telemetry, and so are held to the promise.
collecting[id] := activity if {
	some id, activity in lib.activities
	activity.telemetry
}

collecting[id] := lib.activities[id] if some [id, _, _] in implied

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
#   promise: "usage statistics are anonymous and aggregated"
#   message: "{record} {evidence}, so it collects usage statistics, but has no `telemetry:` block."
#   remediation: >-
#     Add `telemetry: {anonymised: true, aggregated: true, method: …, minimum_group_size: …}` to say how the
#     statistics are made anonymous.
violations contains lib.violation("telemetry.declared", id, path, {"evidence": evidence}) if {
	lib.promised("telemetry.declared")
	some [id, path, evidence] in implied
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
#   promise: "usage statistics are anonymous and aggregated"
#   message: "{record} collects telemetry that is not declared {property}."
#   remediation: "Set `telemetry.{property}: true` once the pipeline does so, or stop collecting the data."
violations contains lib.violation("telemetry.anonymised_aggregated", id, ["telemetry", property], params) if {
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
#   promise: "usage statistics are anonymous and aggregated"
#   message: "{record} is telemetry but lists `{category}`, which identifies a person directly."
#   remediation: "Remove `{category}` from the telemetry's data categories; collect counts, not identities."
violations contains lib.violation("telemetry.no_direct_identifiers", id, ["data_categories", i], params) if {
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
#   promise: "usage statistics are anonymous and aggregated"
#   message: "{record} is telemetry but lists `{category}`, a special category of data."
#   remediation: "Remove `{category}` from the telemetry; statistics must not carry health data."
violations contains lib.violation("telemetry.no_special_categories", id, ["data_categories", i], params) if {
	lib.promised("telemetry.no_special_categories")
	some id, activity in collecting
	some i, c in activity.data_categories
	lib.special(c.category)
	params := {"category": c.category}
}

# METADATA
# title: Telemetry says how it is anonymised
# description: |
#   A claim of anonymity should say how: the method, and the smallest group an aggregate
#   covers, so that a reviewer can judge whether individuals can be singled out.
# custom:
#   id: telemetry.method
#   severity: warning
#   legal:
#     - ref: GDPR Art. 5(2), Recital 26
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   message: "{record} does not state the anonymisation {what}."
#   remediation: "Add `telemetry.{field}:`."
violations contains lib.violation("telemetry.method", id, ["telemetry"], {"field": field, "what": what}) if {
	some id, activity in collecting
	activity.telemetry
	some field, what in {"method": "method", "minimum_group_size": "minimum group size"}
	not activity.telemetry[field]
}
