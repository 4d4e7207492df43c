# METADATA
# title: Lawfulness of processing (Art. 6, 9)
# description: |
#   Where the organisation is controller it must name its legal basis, and a condition of
#   Art. 9(2) for special categories. Where it is processor, the customer decides the basis.
package ropa.rules.lawfulness

import data.ropa.lib

# METADATA
# title: Controller activity names its Art. 6 legal basis
# description: Processing is lawful only on one of the bases of Art. 6(1).
# custom:
#   id: lawfulness.art6_basis
#   severity: error
#   legal:
#     - ref: GDPR Art. 6(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_6
#     - ref: >-
#         UK GDPR Art. 6(1), with 6(1)(ea) and Annex 1 (recognised legitimate interests) as inserted by the Data
#         (Use and Access) Act 2025
#       url: https://www.legislation.gov.uk/eur/2016/679/article/6
#   message: "{record} is a controller activity with no Art. 6(1) legal basis."
#   remediation: "Add `legal_basis: {art6: \"6(1)(b)\"}` (or the basis that applies) to the activity."
violations contains lib.violation(rego.metadata.rule(), id, ["legal_basis"], {}) if {
	some id, activity in lib.activities
	activity.role == "controller"
	not activity.legal_basis.art6
}

# METADATA
# title: Special categories have an Art. 9(2) condition
# description: |
#   Health data and the other special categories may only be processed under one of the
#   conditions of Art. 9(2), on top of an Art. 6 basis.
# custom:
#   id: lawfulness.art9_condition
#   severity: error
#   legal:
#     - ref: GDPR Art. 9(1), 9(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9
#     - ref: UK GDPR Art. 9(1), 9(2); DPA 2018 s.10, Sch. 1
#       url: https://www.legislation.gov.uk/eur/2016/679/article/9
#   message: "{record} processes special categories of data ({categories}) with no Art. 9(2) condition."
#   remediation: "Add `art9:` to `legal_basis` with the condition that applies, e.g. \"9(2)(h)\" for health care."
violations contains lib.violation(rego.metadata.rule(), id, ["legal_basis"], {"categories": cats}) if {
	some id, activity in lib.activities
	activity.role == "controller"
	not activity.legal_basis.art9
	cats := sort([c | some c in lib.activity_categories(activity); lib.special(c)])
	count(cats) > 0
}

# METADATA
# title: Legitimate interests are backed by an assessment
# description: |
#   Relying on legitimate interests needs a balancing test that the controller can show
#   (Art. 6(1)(f), accountability under Art. 5(2)).
# custom:
#   id: lawfulness.legitimate_interests_assessment
#   severity: warning
#   legal:
#     - ref: GDPR Art. 6(1)(f), 5(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_6
#     - ref: UK GDPR Art. 6(1)(f), 5(2)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/6
#   message: "{record} relies on legitimate interests but names no legitimate interests assessment."
#   remediation: "Add `assessment:` to `legal_basis` with the reference of the balancing test."
violations contains lib.violation(rego.metadata.rule(), id, ["legal_basis", "art6"], {}) if {
	some id, activity in lib.activities
	activity.legal_basis.art6 == "6(1)(f)"
	not activity.legal_basis.assessment
}

# METADATA
# title: A processor does not choose the legal basis
# description: |
#   As processor the organisation acts on the customer's instructions; the customer, as
#   controller, decides the purpose and the legal basis. A basis stated on a processor
#   activity suggests the roles are mixed up.
# custom:
#   id: lawfulness.processor_basis
#   severity: warning
#   legal:
#     - ref: GDPR Art. 28(3)(a), 29
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#     - ref: UK GDPR Art. 28(3)(a), 29
#       url: https://www.legislation.gov.uk/eur/2016/679/article/28
#   message: "{record} is a processor activity but states its own legal basis."
#   remediation: >-
#     Remove `legal_basis:` from the activity, or make it a controller activity if the organisation decides
#     the purpose.
violations contains lib.violation(rego.metadata.rule(), id, ["legal_basis"], {}) if {
	some id, activity in lib.activities
	activity.role == "processor"
	activity.legal_basis
}
