# METADATA
# title: Subprocessors (Art. 28(2), 28(4), 44-46)
# description: |
#   Suppliers that process personal data have a data processing agreement, process data only
#   where it may go or under a transfer mechanism, and were assessed as privacy-friendly.
package ropa.rules.subprocessors

import data.ropa.lib

# Where a rejected assessment is reported.
assessment_outcome := ["privacy_assessment", "outcome"]

# Which activities use each subprocessor.
# Flat sets, each built in one pass over the activities: a set keyed by subprocessor
# (`users[sid] contains id`) costs a copy per insert and turns quadratic on a large register.
uses contains [sid, id] if {
	some id, activity in lib.activities
	some sid in object.get(activity, "subprocessors", [])
}

used contains sid if some [sid, _] in uses

# Whose customers' data each subprocessor reaches, by regime: [subprocessor, regime].
reached contains [sid, regime] if {
	some id, activity in lib.activities
	some sid in object.get(activity, "subprocessors", [])
	some regime in lib.activity_regimes(activity)
}

users(sid) := {pair[1] | some pair in uses; pair[0] == sid}

# METADATA
# title: A subprocessor has a data processing agreement
# description: A processor engages another processor only under a contract with the same obligations.
# custom:
#   id: subprocessors.dpa
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(4)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   message: "{record} has no data processing agreement recorded."
#   remediation: "Add `dpa: {reference: …, signed_on: YYYY-MM-DD}` to the subprocessor."
violations contains lib.violation("subprocessors.dpa", sid, [], {}) if {
	some sid, sub in lib.subprocessors
	not sub.dpa
}

# METADATA
# title: Data goes abroad only where it may, or under a transfer mechanism
# description: |
#   Each processing location must be in the EEA (EU/EEA data) or the UK (UK data), in a
#   country with an adequacy decision, or covered by a transfer mechanism. The United States
#   is adequate only for companies certified under the EU-US Data Privacy Framework, and for
#   UK data only with its UK Extension.
# custom:
#   id: subprocessors.transfer
#   severity: error
#   legal:
#     - ref: GDPR Art. 44, 45, 46
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_46
#     - ref: UK GDPR Art. 46, DPA 2018 s.17A
#       url: https://www.legislation.gov.uk/eur/2016/679/article/46
#   message: >-
#     {record} processes {regime} customers' data in {country} (`{location}`), which is not adequate for
#     {regime} data{dpf}, and names no transfer mechanism for it.
#   remediation: >-
#     Add a `transfer_mechanisms` entry for `{location}` ({tools}), or record `dpf: {certified: true,
#     uk_extension: true, verified_on: …}` if it is a certified US company.
violations contains lib.violation("subprocessors.transfer", sid, ["processing_locations", i], params) if {
	some sid, sub in lib.subprocessors
	some i, lid in object.get(sub, "processing_locations", [])
	country := lib.locations[lid].country
	some pair in reached
	pair[0] == sid
	regime := pair[1]
	not lib.adequate(regime, country, sub)
	not covered(sub, lid, regime)
	params := {
		"location": lid, "country": country, "regime": regime,
		"dpf": dpf_note(regime, country), "tools": concat(", ", sort(lib.transfer_tools[regime])),
	}
}

# METADATA
# title: Subprocessors were assessed as privacy-friendly within 12 months
# description: >-
#   The organisation promises to choose suppliers that demonstrate privacy-friendly solutions; an assessment
#   goes stale.
# custom:
#   id: subprocessors.assessment
#   severity: warning
#   legal:
#     - ref: GDPR Art. 28(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   promise: "how suppliers are chosen"
#   message: "{record} {problem}."
#   remediation: >-
#     Assess the supplier again and record `privacy_assessment: {assessed_on: YYYY-MM-DD, outcome: …,
#     reference: …}`.
violations contains lib.violation("subprocessors.assessment", sid, path, {"problem": problem}) if {
	lib.promised("subprocessors.assessment")
	some sid, sub in lib.subprocessors
	some [path, problem] in assessment_problems(sub)
}

# METADATA
# title: No subprocessor that failed its privacy assessment
# description: A supplier whose privacy assessment was rejected is not privacy-friendly and must not process data.
# custom:
#   id: subprocessors.assessment_rejected
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   message: "{record} failed its privacy assessment but is used by {activities}."
#   remediation: "Stop using the supplier in those activities, or record a new assessment that approves it."
violations contains lib.violation("subprocessors.assessment_rejected", sid, assessment_outcome, params) if {
	some sid, sub in lib.subprocessors
	sub.privacy_assessment.outcome == "rejected"
	sid in used
	params := {"activities": sort(users(sid))}
}

# METADATA
# title: Every registered subprocessor is used
# description: A subprocessor no activity uses is either missing from an activity or should be retired.
# custom:
#   id: subprocessors.unused
#   severity: warning
#   legal:
#     - ref: GDPR Art. 5(1)(d), 30
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   message: "{record} is registered but no active processing activity uses it."
#   remediation: >-
#     Add it to the `subprocessors` of the activities that use it, or retire it (`status: retired`,
#     `retired_on`, `retired_reason`).
violations contains lib.violation("subprocessors.unused", sid, [], {}) if {
	some sid, _ in lib.subprocessors
	not sid in used
}

# METADATA
# title: A subprocessor is declared to reach the data an activity gives it
# description: |
#   The subprocessor's record lists the data categories it can reach; an activity using it
#   with other categories means either the record or the activity is wrong.
# custom:
#   id: subprocessors.data_reach
#   severity: warning
#   legal:
#     - ref: GDPR Art. 28(3), 28(4)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   message: "{record} passes {categories} to `{subprocessor}`, whose record does not list them."
#   remediation: >-
#     Add {categories} to `data_categories` of `{subprocessor}` (and check its DPA covers them), or stop
#     sending them.
violations contains lib.violation("subprocessors.data_reach", id, ["subprocessors", i], params) if {
	some id, activity in lib.activities
	some i, sid in object.get(activity, "subprocessors", [])

	# Only a subprocessor in use declares its reach; using a retired one is records.retired_reference.
	sub := lib.subprocessors[sid]
	reach := {c | some c in object.get(sub, "data_categories", [])}
	missing := lib.activity_categories(activity) - reach
	count(missing) > 0
	params := {"subprocessor": sid, "categories": sort(missing)}
}

# Whether a transfer mechanism covers the location for data under `regime`.
covered(sub, lid, regime) if {
	some m in object.get(sub, "transfer_mechanisms", [])
	m.location == lid
	m.mechanism in lib.transfer_tools[regime]
}

# Why the United States is not adequate for the recipient, for the message.
dpf_note("EEA", "US") := " without EU-US Data Privacy Framework certification"

dpf_note("UK", "US") := " without the UK Extension to the Data Privacy Framework"

dpf_note(_, country) := "" if country != "US"

# [path, problem] of a missing or stale privacy assessment.
assessment_problems(sub) := {[[], "has no privacy assessment recorded"]} if not sub.privacy_assessment

assessment_problems(sub) := {[["privacy_assessment", "assessed_on"], msg]} if {
	lib.older_than_months(sub.privacy_assessment.assessed_on, 12)
	msg := concat("", ["was last assessed on ", sub.privacy_assessment.assessed_on, ", more than 12 months ago"])
}
