# METADATA
# title: Record of processing activities (Art. 30)
# description: Each activity states what GDPR Art. 30 requires of a controller's or a processor's record.
package ropa.rules.art30

import data.ropa.lib

controller_fields := {
	"purposes": {"letter": "b", "what": "the purposes of the processing"},
	"data_subjects": {"letter": "c", "what": "the categories of data subjects"},
	"data_categories": {"letter": "c", "what": "the categories of personal data"},
	"recipients": {"letter": "d", "what": "the recipients (write `recipients: []` if there are none)"},
	"security_measures": {"letter": "g", "what": "the technical and organisational security measures"},
}

processor_fields := {
	"processing_operations": {"letter": "b", "what": "the categories of processing carried out for the controllers"},
	"security_measures": {"letter": "d", "what": "the technical and organisational security measures"},
}

# METADATA
# title: Controller activity is a complete Art. 30(1) record
# description: |
#   A controller's record must give the purposes, the categories of data subjects and of
#   personal data, the recipients, and a general description of the security measures.
# custom:
#   id: art30.controller_record
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#     - ref: UK GDPR Art. 30(1)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/30
#   message: "{record} does not state {what}, which Art. 30(1)({letter}) requires."
#   remediation: "Add `{field}:` to the activity with the values that apply."
violations contains lib.violation(rego.metadata.rule(), id, [], params) if {
	some id, activity in lib.activities
	activity.role == "controller"
	some field, f in controller_fields
	missing(activity, field)
	params := {"field": field, "letter": f.letter, "what": f.what}
}

# METADATA
# title: Processor activity is a complete Art. 30(2) record
# description: |
#   A processor's record must give the categories of processing carried out on behalf of
#   each controller and a general description of the security measures.
# custom:
#   id: art30.processor_record
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#     - ref: UK GDPR Art. 30(2)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/30
#   message: "{record} does not state {what}, which Art. 30(2)({letter}) requires."
#   remediation: "Add `{field}:` to the activity with the values that apply."
violations contains lib.violation(rego.metadata.rule(), id, [], params) if {
	some id, activity in lib.activities
	activity.role == "processor"
	some field, f in processor_fields
	missing(activity, field)
	params := {"field": field, "letter": f.letter, "what": f.what}
}

# METADATA
# title: The organisation names its contact and its DPO
# description: |
#   Every record of processing starts with the name and contact details of the controller or
#   processor and of its data protection officer.
# custom:
#   id: art30.organisation_contact
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(1)(a), 30(2)(a)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#     - ref: GDPR Art. 37(7)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_37
#     - ref: UK GDPR Art. 30(1)(a), 30(2)(a), 37(7)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/30
#   message: "The organisation record does not give {what}."
#   remediation: "Add `{field}:` with at least an `email:` to the Organisation record."
violations contains lib.violation(rego.metadata.rule(), lib.organisation.id, [], params) if {
	some field, what in {"contact": "a contact address", "dpo": "its data protection officer's contact"}
	not lib.organisation[field].email
	params := {"field": field, "what": what}
}

# Absent, or present but empty; `recipients: []` is a statement that there are none.
missing(activity, field) if not activity[field]

missing(activity, field) if {
	field != "recipients"
	count(activity[field]) == 0
}
