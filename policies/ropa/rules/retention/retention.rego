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
#   message: "{record} keeps `{category}` with no retention period."
#   remediation: "Add `retention: {period: P…, after: …}` to the `{category}` entry."
violations contains lib.violation("retention.defined", id, ["data_categories", i], {"category": c.category}) if {
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
#   message: "{record} keeps `{category}`, a special category, indefinitely."
#   remediation: >-
#     Replace `indefinite: true` with a `period:` (for processor activities, the one the customer's DPA sets).
violations contains lib.violation("retention.special_not_indefinite", id, path, {"category": c.category}) if {
	some id, activity in lib.activities
	some i, c in object.get(activity, "data_categories", [])
	c.retention.indefinite == true
	lib.special(c.category)
	path := ["data_categories", i, "retention"]
}
