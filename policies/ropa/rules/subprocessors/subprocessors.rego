# METADATA
# title: Subprocessors (Art. 28(2), 28(4), 44-46)
# description: |
#   Suppliers that process personal data have a data processing agreement, process data only
#   where it may go or under a transfer mechanism, and were assessed as privacy-friendly.
package ropa.rules.subprocessors

import data.ropa.facts
import data.ropa.lib
import data.ropa.transfers

# Where a rejected assessment is reported.
assessment_outcome := ["privacy_assessment", "outcome"]

# Which subprocessors are used, and by which activities a rejected one is: facts of the whole
# register (data.ropa.facts), also when it is evaluated in shards.
# A set (a shard is given the facts as lists), so that a subprocessor is looked up, not found by a walk.
used := {sid | some sid in facts.subprocessors_used}

users(sid) := {id | some [s, id] in facts.rejected_users; s == sid}

# The transfers to each subprocessor, as [subprocessor, regime, role, destination], and grouped by
# subprocessor (a few per subprocessor), so that a mechanism is compared with its own subprocessor's
# transfers rather than with every transfer of the register.
transfers_to := facts.subprocessor_flows

transfers_of[sid] contains [regime, role, dest] if some [sid, regime, role, dest] in transfers_to

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
violations contains lib.violation(rego.metadata.rule(), sid, [], {}) if {
	some sid, sub in lib.subprocessors
	not sub.dpa
}

# METADATA
# title: Every transfer to a subprocessor has a mechanism that fits it
# description: |
#   How to read this rule, step by step:
#   1. Which flows. Every active activity that lists the subprocessor sends it that activity's data (all its
#      categories, or those its `subprocessors` item names; the transfer view lists them per flow).
#   2. Whose law. The organisation's own law always governs what it sends (a processor's transfers are
#      its own, GDPR Art. 44): an organisation established in Norway exports under EU/EEA law. For a
#      processor activity, each customer segment's law applies as well, so UK customers' data that a
#      Norwegian processor sends abroad is judged under both EU/EEA and UK law.
#   3. Where the data goes. The importer's establishment (`country`), every processing location (placed
#      by its cloud region, never by the typed-in country) and every place its staff access the data
#      from (`access_locations`). Disclosure to, or access by, an importer in a third country is a
#      transfer wherever the servers are (EDPB Guidelines 05/2021). A place in the EEA (for EEA law) or
#      the UK (for UK law) is no transfer. One transfer per country; the finding points at the first
#      place named in it.
#   4. What covers it. An adequacy decision in force for that country whose scope covers this recipient
#      (partial decisions: Canada for PIPEDA-subject organisations, Japan for APPI business operators,
#      Korea for PIPA-subject persons, Israel for automated transfers, as `adequacy_scope` records), and,
#      for an exporter in Iceland, Liechtenstein or Norway, incorporated into the EEA Agreement; for the
#      United States the Data Privacy Framework (with the UK Extension for UK data); or a recorded tool
#      that fits: SCC module 2 when the organisation is controller, module 3 when it is processor
#      (modules 1 and 4 never fit a subprocessor); the UK IDTA, or the UK Addendum beside those SCCs;
#      binding corporate rules approved for that regime; an Art. 49 derogation, named, for occasional
#      transfers only.
#   5. Beside this rule: a tool without a current transfer impact assessment (subprocessors.tia), a
#      negative assessment (subprocessors.tia_negative), a DPF certification not verified for 12 months
#      (subprocessors.dpf_verified), a recorded tool that fits no transfer (subprocessors.mechanism_fits).
#   Only recorded, never judged: that a contract was signed as recorded, what an impact assessment
#   found and why, and that the recipient really meets a partial decision's condition. Which reference
#   entries a lawyer must re-check, and by when: docs/legal-model.md.
# custom:
#   id: subprocessors.transfer
#   severity: error
#   legal:
#     - ref: GDPR Art. 44, 45, 46, 49
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_44
#     - ref: UK GDPR Art. 44A, 45A, 46, 49
#       url: https://www.legislation.gov.uk/eur/2016/679/article/44A
#     - ref: EDPB Guidelines 05/2021 (what a transfer is)
#       url: https://edpb.europa.eu/our-work-tools/general-guidance/guidelines-recommendations-best-practices_en
#   message: >-
#     {record} receives {regime} customers' data in {country} (`{place}`), and no adequacy decision or
#     transfer mechanism on record covers it as a {role}-to-subprocessor transfer.
#   remediation: >-
#     Record one that fits: {fits} (a tool in `transfer_mechanisms` with `country: {country_code}`; a
#     condition of the country's adequacy decision only if the recipient meets it); or stop the transfer.
violations contains lib.violation_about(rego.metadata.rule(), sid, dest.path, params, subject) if {
	some [sid, regime, role, dest] in transfers_to
	count(transfers.mechanisms(regime, role, lib.subprocessors[sid], dest)) == 0
	params := {
		"regime": regime, "country": dest.country, "country_code": dest.country, "place": dest.place,
		"role": role, "fits": transfers.fitting(regime, role, dest.country),
	}
	subject := {"regime": regime, "country": dest.country, "role": role}
}

# METADATA
# title: A recorded transfer mechanism fits the transfer it is for
# description: |
#   SCC module 1 (controller to controller) and module 4 (processor to controller) never fit a transfer
#   to a subprocessor; module 2 fits a controller's, module 3 a processor's. The UK Addendum only amends
#   the EU SCCs, BCRs are approved per regime, and an Art. 49 derogation must be named and the transfer
#   occasional.
# custom:
#   id: subprocessors.mechanism_fits
#   severity: error
#   legal:
#     - ref: GDPR Art. 46(2)(b), 46(2)(c), 47, 49; Decision (EU) 2021/914
#       url: https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj
#     - ref: UK GDPR Art. 46, 49; ICO IDTA and Addendum
#       url: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/international-transfers/
#   message: >-
#     {record} records `{mechanism}` for `{place}`, but it fits none of the transfers it is for
#     ({regimes} customers' data, {roles}-to-subprocessor).
#   remediation: >-
#     Replace it with one that fits: {fits} (the UK Addendum only beside the EU SCCs of that module; an
#     Art. 49 derogation only named in `derogation` and with `occasional: true`).
violations contains lib.violation_about(
	rego.metadata.rule(), sid, ["transfer_mechanisms", i],
	params, subject,
) if {
	some sid, sub in lib.subprocessors
	some i, m in object.get(sub, "transfer_mechanisms", [])
	flows := {[regime, role, dest] |
		some [regime, role, dest] in transfers_of[sid]
		transfers.names(m, dest)
	}
	count(flows) > 0
	not fits_any(flows, m, sub)
	some [_, _, dest] in flows
	params := {
		"mechanism": m.mechanism, "place": dest.place,
		"regimes": sort({r | some [r, _, _] in flows}), "roles": concat("/", sort({r | some [_, r, _] in flows})),
		"fits": sort({t | some [r, role, d] in flows; some t in transfers.fitting(r, role, d.country)}),
	}
	subject := {"mechanism": m.mechanism}
}

# METADATA
# title: A transfer tool is backed by a current transfer impact assessment
# description: |
#   SCCs, BCRs, the UK IDTA and the UK Addendum protect data only where the importer's law lets them
#   work: the exporter assesses that before relying on them and again at least every 12 months.
# custom:
#   id: subprocessors.tia
#   severity: warning
#   legal:
#     - ref: CJEU C-311/18 (Schrems II); SCC clause 14; EDPB Recommendations 01/2020
#       url: https://edpb.europa.eu/our-work-tools/general-guidance/guidelines-recommendations-best-practices_en
#     - ref: UK GDPR Art. 46(1A) (data protection test)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/46
#   message: >-
#     {record} relies on `{mechanism}` for {regime} customers' data in {country} (`{place}`) with a transfer
#     impact assessment that is {status}.
#   remediation: >-
#     Assess the transfer (the importer's laws and practices, supplementary measures) and record
#     `tia: {assessed_on: YYYY-MM-DD, outcome: no-impediment | supplementary-measures | insufficient, reference: …}`
#     on the mechanism.
violations contains lib.violation_about(
	rego.metadata.rule(), sid, ["transfer_mechanisms", v.index],
	params, subject,
) if {
	some [sid, regime, dest, v] in relied_on
	v.tia in {"missing", "stale"}
	params := {"mechanism": v.mechanism, "regime": regime, "country": dest.country, "place": dest.place, "status": v.tia}
	subject := {"regime": regime, "mechanism": v.mechanism}
}

# METADATA
# title: No transfer under a tool its impact assessment found insufficient
# description: |
#   When the assessment finds the importer's law keeps the tool from protecting the data and no
#   supplementary measure closes the gap, the transfer must not take place (or must stop).
# custom:
#   id: subprocessors.tia_negative
#   severity: error
#   legal:
#     - ref: CJEU C-311/18 (Schrems II), paras 134-135; SCC clause 14(f), 16
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-311/18
#     - ref: UK GDPR Art. 46(1A)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/46
#   message: >-
#     {record} relies on `{mechanism}` for {regime} customers' data in {country} (`{place}`), though its
#     transfer impact assessment found the protection insufficient.
#   remediation: >-
#     Stop the transfer, or add supplementary measures and record a new assessment that finds them
#     sufficient.
violations contains lib.violation_about(
	rego.metadata.rule(), sid, ["transfer_mechanisms", v.index, "tia"],
	params, subject,
) if {
	some [sid, regime, dest, v] in relied_on
	v.tia == "negative"
	params := {"mechanism": v.mechanism, "regime": regime, "country": dest.country, "place": dest.place}
	subject := {"regime": regime, "mechanism": v.mechanism}
}

# METADATA
# title: A Data Privacy Framework certification relied on was verified within 12 months
# description: |
#   A US recipient's certification must be renewed every year and can lapse or be withdrawn; a
#   transfer that rests on it is only as good as the last look at the DPF list.
# custom:
#   id: subprocessors.dpf_verified
#   severity: warning
#   legal:
#     - ref: GDPR Art. 45; Decision (EU) 2023/1795
#       url: https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj
#     - ref: UK GDPR Art. 45A; SI 2023/1028
#       url: https://www.legislation.gov.uk/uksi/2023/1028
#   message: >-
#     {record}'s Data Privacy Framework certification, relied on for its transfers, was last verified on
#     {verified_on}.
#   remediation: >-
#     Check the company on the DPF list (dataprivacyframework.gov) and record the date in
#     `dpf.verified_on`.
violations contains lib.violation(rego.metadata.rule(), sid, ["dpf", "verified_on"], params) if {
	some [sid, _, _, v] in relied_on
	v.mechanism == "dpf"
	v.stale
	params := {"verified_on": v.verified_on}
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
#   message: "{record} has no privacy assessment from the last 12 months (last assessed: {assessed_on})."
#   remediation: >-
#     Assess the supplier again and record `privacy_assessment: {assessed_on: YYYY-MM-DD, outcome: …,
#     reference: …}`.
violations contains lib.violation(rego.metadata.rule(), sid, path, {"assessed_on": last}) if {
	lib.promised("subprocessors.assessment")
	some sid, sub in lib.subprocessors
	some [path, last] in assessment_problems(sub)
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
violations contains lib.violation(rego.metadata.rule(), sid, assessment_outcome, params) if {
	some sid, sub in lib.subprocessors
	sub.privacy_assessment.outcome == "rejected"
	used[sid]
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
violations contains lib.violation(rego.metadata.rule(), sid, [], {}) if {
	some sid, _ in lib.subprocessors
	not used[sid]
}

# METADATA
# title: A subprocessor is declared to reach the data an activity gives it
# description: |
#   The subprocessor's record lists the data categories it can reach; an activity sending it
#   other categories (all of the activity's, or those its `subprocessors` item names) means either
#   the record or the activity is wrong.
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
violations contains lib.violation(rego.metadata.rule(), id, ["subprocessors", i], params) if {
	some id, activity in lib.activities
	some [i, sid, received] in lib.sends(activity)

	# Only a subprocessor in use declares its reach; using a retired one is records.retired_reference.
	sub := lib.subprocessors[sid]
	reach := {c | some c in object.get(sub, "data_categories", [])}
	missing := received - reach
	count(missing) > 0
	params := {"subprocessor": sid, "categories": sort(missing)}
}

# METADATA
# title: An activity sends a subprocessor only categories it processes
# description: |
#   An activity's `subprocessors` item `{id, categories}` says which of its data categories reach that
#   subprocessor; a category the activity does not process cannot be sent, and naming one means the
#   item or the activity's `data_categories` is wrong.
# custom:
#   id: subprocessors.sent_categories
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(1)(c), 30(1)(d)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   message: "{record} sends `{category}` to `{subprocessor}`, but the activity does not process `{category}`."
#   remediation: >-
#     Name only categories in the activity's `data_categories` ({categories}), or add `{category}` to them.
violations contains lib.violation(rego.metadata.rule(), id, ["subprocessors", i, "categories", j], params) if {
	some id, activity in lib.activities
	some i, item in object.get(activity, "subprocessors", [])
	some j, category in object.get(item, "categories", [])
	processed := lib.activity_categories(activity)
	not category in processed
	params := {"subprocessor": item.id, "category": category, "categories": sort(processed)}
}

# What each transfer relies on: [subprocessor, regime, destination, mechanism view]. Where an adequacy
# decision (the DPF included) covers it, that alone: a tool recorded beside it is a fallback, not relied on.
relied_on contains [sid, regime, dest, v] if {
	some [sid, regime, role, dest] in transfers_to
	covering := transfers.mechanisms(regime, role, lib.subprocessors[sid], dest)
	adequate := [m | some m in covering; m.mechanism in {"adequacy", "dpf"}]
	some v in relied(covering, adequate)
}

relied(covering, adequate) := adequate if count(adequate) > 0

else := covering

fits_any(flows, m, sub) if {
	some [regime, role, dest] in flows
	transfers.fits(regime, role, m, sub, dest)
}

# [path, date of the last assessment] of a missing or stale privacy assessment ("none" when missing).
assessment_problems(sub) := {[[], "none"]} if not sub.privacy_assessment

assessment_problems(sub) := {[["privacy_assessment", "assessed_on"], date]} if {
	date := sub.privacy_assessment.assessed_on
	lib.older_than_months(date, 12)
}
