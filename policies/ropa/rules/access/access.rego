# METADATA
# title: Access to customer data
# description: >-
#   Only technical and support staff reach customers' data; anyone else only with the customer's
#   authorisation.
package ropa.rules.access

import data.ropa.lib

default_allowed := ["technical", "support"]

allowed := object.get(lib.organisation, "access_without_authorisation", default_allowed)

# METADATA
# title: Access is limited to technical and support roles
# description: |
#   Other staff reach customer data only when the customer authorises it; a role outside the
#   allowed categories must say it needs that authorisation.
# custom:
#   id: access.limited
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(3)(b), 29, 32(4)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_29
#     - ref: UK GDPR Art. 28(3)(b), 29, 32(4)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/28
#   promise: "who may access customer data"
#   message: "{record} gives the role {role} ({category}) access to customer data without the customer's authorisation."
#   remediation: "Set `customer_authorisation: true` for the role, or remove its access."
violations contains lib.violation(rego.metadata.rule(), id, ["access", i], params) if {
	lib.promised("access.limited")
	some id, activity in lib.activities
	activity.role == "processor"
	some i, a in object.get(activity, "access", [])
	not a.category in allowed
	not a.customer_authorisation == true
	params := {"role": a.role, "category": a.category}
}

# METADATA
# title: Processor activities say who has access
# description: The promise about access can only be checked when the roles with access are listed.
# custom:
#   id: access.roles_listed
#   severity: warning
#   legal:
#     - ref: GDPR Art. 32(4)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_32
#     - ref: UK GDPR Art. 32(4)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/32
#   promise: "who may access customer data"
#   message: "{record} does not list the roles that can access the data."
#   remediation: >-
#     Add `access:` with each role, its category (technical, support or other) and whether it needs customer
#     authorisation.
violations contains lib.violation(rego.metadata.rule(), id, [], {}) if {
	lib.promised("access.roles_listed")
	some id, activity in lib.activities
	activity.role == "processor"
	count(object.get(activity, "access", [])) == 0
}

# METADATA
# title: The organisation does not widen the access promise
# description: |
#   `access_without_authorisation` decides which roles access.limited lets through; listing any
#   category beyond technical and support staff widens what the public statement promises, and
#   switches the check off for those roles.
# custom:
#   id: access.promise_widened
#   severity: warning
#   legal:
#     - ref: GDPR Art. 5(1)(a) (transparency), 28(3)(b), 32(4)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_32
#     - ref: UK GDPR Art. 5(1)(a), 28(3)(b), 32(4)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/32
#   promise: "who may access customer data"
#   message: >-
#     {record} lets `{category}` staff reach customer data without the customer's authorisation, wider than
#     its stated access promise (technical and support staff only).
#   remediation: >-
#     Remove `{category}` from `access_without_authorisation` and mark those roles `customer_authorisation:
#     true`, or change the public statement first.
violations contains lib.violation(rego.metadata.rule(), lib.organisation.id, path, {"category": category}) if {
	lib.promised("access.promise_widened")
	some category in object.get(lib.organisation, "access_without_authorisation", [])
	not category in default_allowed
	path := lib.limit_item_path(input.register.organisation, "access_without_authorisation", category)
}
