# METADATA
# title: Usage statistics and telemetry
# description: |
#   Where the organisation collects usage statistics or technical telemetry as controller, it
#   promises the data is anonymised and aggregated. An activity with a `telemetry:` block is
#   held to that promise.
package ropa.rules.telemetry

import data.ropa.lib

# The activities that collect telemetry, and so are held to the promise.
collecting[id] := activity if {
	some id, activity in lib.activities
	activity.telemetry
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
#   promise: "The data that is collected by Dignio is aggregated and anonymous."
#   message: "{record} collects telemetry that is not declared {property}."
#   remediation: "Set `telemetry.{property}: true` once the pipeline does so, or stop collecting the data."
violations contains lib.violation("telemetry.anonymised_aggregated", id, ["telemetry", property], params) if {
	some id, activity in collecting
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
#   promise: "The data that is collected by Dignio is aggregated and anonymous."
#   message: "{record} is telemetry but lists `{category}`, which identifies a person directly."
#   remediation: "Remove `{category}` from the telemetry's data categories; collect counts, not identities."
violations contains lib.violation("telemetry.no_direct_identifiers", id, ["data_categories", i], params) if {
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
#   promise: "... use anonymized and aggregated data when the processing of personal data is not necessary."
#   message: "{record} is telemetry but lists `{category}`, a special category of data."
#   remediation: "Remove `{category}` from the telemetry; statistics must not carry health data."
violations contains lib.violation("telemetry.no_special_categories", id, ["data_categories", i], params) if {
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
	some field, what in {"method": "method", "minimum_group_size": "minimum group size"}
	not activity.telemetry[field]
}
