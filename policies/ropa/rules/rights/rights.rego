# METADATA
# title: Data subjects' rights
# description: Requests from data subjects are answered within a month, and a processor passes them to the controller.
package ropa.rules.rights

import data.ropa.lib

# METADATA
# title: Activities have a request procedure
# description: |
#   A controller must be able to act on access, rectification, erasure and the other rights; a
#   processor must be able to help its controllers do so.
# custom:
#   id: rights.procedure
#   severity: error
#   legal:
#     - ref: GDPR Art. 12(2), 15-22
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12
#     - ref: GDPR Art. 28(3)(e)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#     - ref: >-
#         UK GDPR Art. 12(2), 15-21, 22A-22D (as amended by the Data (Use and Access) Act 2025); DPA 2018 s.164A
#         (complaints)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/12
#   message: "{record} does not say how data subjects' requests are handled."
#   remediation: "Add `data_subject_requests: {procedure: …, response_days: 30}` to the activity."
violations contains lib.violation(rego.metadata.rule(), id, [], {}) if {
	some id, activity in lib.activities
	not activity.data_subject_requests.procedure
}

# METADATA
# title: Requests are answered within one month
# description: Information on action taken on a request is given without undue delay and within one month.
# custom:
#   id: rights.response_time
#   severity: error
#   legal:
#     - ref: GDPR Art. 12(3)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12
#     - ref: UK GDPR Art. 12(3), 12A (inserted by the Data (Use and Access) Act 2025)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/12
#   message: "{record} answers data subjects' requests in {days} days; the limit is one month."
#   remediation: >-
#     Set `data_subject_requests.response_days` to 30 or fewer (an extension under Art. 12(3) is decided case by
#     case, not in the procedure; a processor's days are those within which it helps the controller answer).
violations contains lib.violation(rego.metadata.rule(), id, ["data_subject_requests", "response_days"], params) if {
	some id, activity in lib.activities
	days := activity.data_subject_requests.response_days
	days > 30
	params := {"days": days}
}

# METADATA
# title: Activities say how fast requests are answered
# description: |
#   Without a response time, nobody can tell whether requests are answered within the month of
#   Art. 12(3). An activity with no request block at all is left to rights.procedure.
# custom:
#   id: rights.response_time_stated
#   severity: error
#   legal:
#     - ref: GDPR Art. 12(3)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12
#     - ref: UK GDPR Art. 12(3), 12A (inserted by the Data (Use and Access) Act 2025)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/12
#   message: "{record} does not say within how many days data subjects' requests are answered."
#   remediation: "Add `data_subject_requests.response_days:` (30 or fewer) to the activity."
violations contains lib.violation(rego.metadata.rule(), id, ["data_subject_requests"], {}) if {
	some id, activity in lib.activities
	activity.data_subject_requests
	not activity.data_subject_requests.response_days
}

# METADATA
# title: Processor activities pass requests to the controller
# description: A processor assists the controller in answering requests, and does not answer them on its own.
# custom:
#   id: rights.route_to_controller
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(3)(e)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#     - ref: UK GDPR Art. 28(3)(e)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/28
#   message: "{record} is a processor activity that does not route data subjects' requests to the controller."
#   remediation: "Add `data_subject_requests: {route_to_controller: true, procedure: …}` to the activity."
violations contains lib.violation(rego.metadata.rule(), id, ["data_subject_requests"], {}) if {
	some id, activity in lib.activities
	activity.role == "processor"
	not activity.data_subject_requests.route_to_controller == true
}
