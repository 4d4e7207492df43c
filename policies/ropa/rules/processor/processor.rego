# METADATA
# title: Processing on customers' behalf (Art. 28)
# description: Processor activities name the controllers they serve, under a data processing agreement.
package ropa.rules.processor

import data.ropa.facts
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
#     - ref: UK GDPR Art. 28(3), 30(2)(a)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/28
#   message: "{record} is a processor activity but names no customer segment it processes for."
#   remediation: >-
#     Add `customer_segments:` with the ids of the CustomerSegment records whose controllers instructed this
#     processing.
violations contains lib.violation(rego.metadata.rule(), id, ["role"], {}) if {
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
#     - ref: UK GDPR Art. 28(3)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/28
#   message: "{record} is served by processor activities but has no data processing agreement recorded."
#   remediation: "Add `dpa: {template_version: …, reference: …}` to the customer segment."
violations contains lib.violation(rego.metadata.rule(), sid, [], {}) if {
	some activity in lib.activities
	activity.role == "processor"
	some sid in object.get(activity, "customer_segments", [])
	not lib.segments[sid].dpa
}

# METADATA
# title: The customers' data is not put to the organisation's own use
# description: |
#   A controller activity about the same people as the processor activities (patients, say) uses
#   data the organisation holds only on its customers' behalf. A processor acts on the customers'
#   documented instructions (Art. 28(3)(a), 29), and one that decides its own purposes for their
#   data becomes its controller and breaches the agreement (Art. 28(10)). Unless the customers'
#   data processing agreement authorises the use, which the activity then names (`dpa_clause`),
#   such an activity is an error, anonymised statistics included: anonymising is processing too.
# custom:
#   id: processor.own_use
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(3)(a), 28(10), 29
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#     - ref: UK GDPR Art. 28(3)(a), 28(10), 29
#       url: https://www.legislation.gov.uk/eur/2016/679/article/28
#   message: >-
#     {record} is a controller activity about {subjects}, whose data the organisation processes for its
#     customers in processor activities such as {activities}, and names no clause of their data processing
#     agreement that allows this use.
#   remediation: >-
#     Stop using the customers' data for the organisation's own purposes, or add `dpa_clause:` naming the
#     clause of the customers' data processing agreement that authorises it.
violations contains lib.violation(rego.metadata.rule(), id, ["data_subjects", i], params) if {
	some id, activity in lib.activities
	activity.role == "controller"
	not activity.dpa_clause
	shared := [[j, s] | some j, s in activity.data_subjects; customers_subjects[normal(s)]]
	count(shared) > 0
	i := shared[0][0]
	params := {
		"subjects": [s | some [_, s] in shared],
		"activities": sort({a | some [_, s] in shared; some a in subject_examples[normal(s)]}),
	}
}

# METADATA
# title: The organisation is controller only for the purposes it states
# description: |
#   An organisation that says publicly for which purposes it is controller (Organisation
#   `controller_purposes`, and its words under `promises`) is held to it: a controller activity
#   outside those purposes breaks that statement, whatever else makes it lawful.
# custom:
#   id: processor.controller_purposes
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(a) (transparency), 13(1)(c)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#     - ref: UK GDPR Art. 5(1)(a), 13(1)(c)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/5
#   promise: "the purposes for which the organisation is controller"
#   message: "{record} is a controller activity, but the organisation says it is controller only for {purposes}."
#   remediation: >-
#     List the activity under the purpose it serves in the Organisation's `controller_purposes` (and say so in
#     the privacy statement first), or stop the processing.
violations contains lib.violation(rego.metadata.rule(), id, ["role"], params) if {
	controller_purposes_stated
	params := {"purposes": [p.purpose | some p in stated_purposes]}
	listed := {a | some p in stated_purposes; some a in p.activities}
	some id, activity in lib.activities
	activity.role == "controller"
	not listed[id]
}

stated_purposes := object.get(lib.organisation, "controller_purposes", [])

controller_purposes_stated if lib.promised("processor.controller_purposes")

controller_purposes_stated if lib.organisation.controller_purposes

# The processor activities' data subjects, as written (lower case, trimmed), each with a few of
# those activities, sorted once (data.ropa.facts): naming every one in each finding grew with the
# square of the register (a WebAssembly evaluation frees nothing until it ends). The examples are
# found once per subject, not per finding: the shards' facts hold three per subject per shard, and
# scanning them for each finding made this rule a tenth of a 100,000-record check.
customers_subjects contains subject if some [subject, _] in facts.processor_subjects

subject_examples[subject] := array.slice(sort({id | some [s, id] in facts.processor_subjects; s == subject}), 0, 3) if {
	some subject in customers_subjects
}

normal(subject) := lower(trim_space(subject))
