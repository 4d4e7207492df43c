# METADATA
# title: Processing on customers' behalf (Art. 28)
# description: Processor activities name the controllers they serve, under a data processing agreement.
package ropa.rules.processor

import data.ropa.lib

# METADATA
# title: Processor activity names its controllers
# description: A processor's record names each controller on whose behalf it acts.
# custom:
#   id: processor.controllers
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(3), 30(2)(a)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   message: "{record} is a processor activity but names no customer segment it processes for."
#   remediation: >-
#     Add `customer_segments:` with the ids of the CustomerSegment records whose controllers instructed this
#     processing.
violations contains lib.violation("processor.controllers", id, ["role"], {}) if {
	some id, activity in lib.activities
	activity.role == "processor"
	count(object.get(activity, "customer_segments", [])) == 0
}

# METADATA
# title: Every customer segment served has a data processing agreement
# description: Processing on a controller's behalf must be governed by a contract meeting Art. 28(3).
# custom:
#   id: processor.dpa
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(3)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   message: "{record} is served by processor activities but has no data processing agreement recorded."
#   remediation: "Add `dpa: {template_version: …, reference: …}` to the customer segment."
violations contains lib.violation("processor.dpa", sid, [], {}) if {
	some activity in lib.activities
	activity.role == "processor"
	some sid in object.get(activity, "customer_segments", [])
	not lib.segments[sid].dpa
}
