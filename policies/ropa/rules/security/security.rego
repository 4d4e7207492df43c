# METADATA
# title: Security of processing (Art. 32)
# description: Special categories of data are protected by encryption and access logging.
package ropa.rules.security

import data.ropa.lib

required_measures := {"encryption-at-rest", "encryption-in-transit", "access-logging"}

# METADATA
# title: Special categories are encrypted and access is logged
# description: |
#   Health data needs protection appropriate to its risk: encryption at rest and in transit,
#   and a log of who accessed it.
# custom:
#   id: security.special_categories
#   severity: error
#   legal:
#     - ref: GDPR Art. 32(1)(a), 9
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_32
#     - ref: UK GDPR Art. 32(1)(a), 9
#       url: https://www.legislation.gov.uk/eur/2016/679/article/32
#   message: "{record} processes special categories of data without {measures}."
#   remediation: "Add {measures} to `security_measures` once they are in place."
violations contains lib.violation(rego.metadata.rule(), id, ["security_measures"], params) if {
	some id, activity in lib.activities
	lib.has_special_category(activity)
	missing := required_measures - {m | some m in object.get(activity, "security_measures", [])}
	count(missing) > 0
	params := {"measures": sort(missing)}
}
