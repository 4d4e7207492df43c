# METADATA
# title: Storage limitation (Art. 5(1)(e))
# description: Every category of personal data has a time limit for erasure.
package ropa.rules.retention

import data.ropa.lib

# METADATA
# title: Every data category has a retention period
# description: The record gives, where possible, the envisaged time limits for erasure of each category.
# custom:
#   id: retention.defined
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(1)(f), 5(1)(e)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#     - ref: UK GDPR Art. 30(1)(f), 5(1)(e)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/30
#   message: "{record} keeps `{category}` with no retention period."
#   remediation: "Add `retention: {period: P…, after: …}` to the `{category}` entry."
violations contains lib.violation(rego.metadata.rule(), id, ["data_categories", i], {"category": c.category}) if {
	some id, activity in lib.activities
	some i, c in object.get(activity, "data_categories", [])
	not c.retention
}

# METADATA
# title: Special categories are not kept indefinitely
# description: Health data and other special categories must have an end date.
# custom:
#   id: retention.special_not_indefinite
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(e), 9
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#     - ref: UK GDPR Art. 5(1)(e), 9
#       url: https://www.legislation.gov.uk/eur/2016/679/article/5
#   message: "{record} keeps `{category}`, a special category, indefinitely."
#   remediation: >-
#     Replace `indefinite: true` with a `period:` (for processor activities, the one the customer's DPA sets).
violations contains lib.violation(rego.metadata.rule(), id, path, {"category": c.category}) if {
	some id, activity in lib.activities
	some i, c in object.get(activity, "data_categories", [])
	c.retention.indefinite == true
	lib.special(c.category)
	path := ["data_categories", i, "retention"]
}

# METADATA
# title: Data is not kept indefinitely
# description: |
#   Every category of personal data, not only the special ones, is kept no longer than necessary
#   for its purpose: a record that keeps it with no end date names no time limit for erasure.
#   Where a law sets the period, the record states that period.
# custom:
#   id: retention.indefinite
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(e), 30(1)(f)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#     - ref: UK GDPR Art. 5(1)(e), 30(1)(f)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/5
#   message: "{record} keeps `{category}` indefinitely."
#   remediation: >-
#     Replace `indefinite: true` with the `period:` after which `{category}` is erased (the one a law sets, if
#     a law requires keeping it).
violations contains lib.violation(rego.metadata.rule(), id, path, {"category": c.category}) if {
	some id, activity in lib.activities
	some i, c in object.get(activity, "data_categories", [])
	c.retention.indefinite == true
	not lib.special(c.category)
	path := ["data_categories", i, "retention"]
}

# METADATA
# title: A retention period is shorter than a lifetime
# description: |
#   A period longer than the bound in the reference data (`retention.longest_period`, with its
#   reason and source) outlasts the people the data is about: it is indefinite retention
#   written as a number, such as `P9999Y`, for any category of data.
# custom:
#   id: retention.bounded
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(e), 30(1)(f)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#     - ref: UK GDPR Art. 5(1)(e), 30(1)(f)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/5
#   message: "{record} keeps `{category}` for {period}, longer than the longest retention period accepted ({bound})."
#   remediation: >-
#     Set `period:` of `{category}` to the time the purpose really needs (at most {bound}), or erase the data
#     when the purpose is met.
violations contains lib.violation(rego.metadata.rule(), id, path, params) if {
	some id, activity in lib.activities
	some i, c in object.get(activity, "data_categories", [])
	period_days[c.retention.period] > longest_days
	path := ["data_categories", i, "retention", "period"]
	params := {"category": c.category, "period": c.retention.period, "bound": longest.period}
}

longest := data.reference.retention.longest_period

# Each period the activities write, in days, and the bound's: found once per evaluation (a function is
# evaluated again at every call, a regular expression per category of every activity).
period_days[period] := lib.duration_days(period) if some period in periods

periods contains c.retention.period if {
	some activity in lib.activities
	some c in object.get(activity, "data_categories", [])
}

longest_days := lib.duration_days(longest.period)
