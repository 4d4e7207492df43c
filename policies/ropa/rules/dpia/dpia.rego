# METADATA
# title: Data protection impact assessments (Art. 35)
# description: |
#   Processing likely to result in a high risk needs a DPIA before it starts, kept under review.
#   An activity meets the criteria of the Article 29 Working Party's DPIA guidelines (WP248
#   rev.01, endorsed by the EDPB) that its record shows (special categories, large scale,
#   vulnerable data subjects) or states (`risk_criteria`); two or more call for a DPIA, and so
#   does an entry of the supervisory authority's Art. 35(4) list for the organisation's country.
#   The DPIA is the controller's duty: for a processor activity the organisation assists its
#   customers with theirs (Art. 28(3)(f)).
package ropa.rules.dpia

import data.ropa.lib

reference := data.reference.dpia

# The criteria an activity meets: those it states, and those its record shows.
criteria(activity) := {c | some c in object.get(activity, "risk_criteria", [])} | shown(activity)

shown(activity) := {c | some c, shows in showing(activity); shows}

showing(activity) := {
	"sensitive-data": special(activity),
	"large-scale": object.get(activity, "large_scale", false) == true,
	"vulnerable-subjects": vulnerable(activity),
}

vulnerable(activity) if {
	some subject in activity.data_subjects
	vulnerable_names[subject]
} else := false

# The names the register gives data subjects that name vulnerable people, each name looked at once
# (a rule is evaluated once per evaluation; a function again at every call).
vulnerable_names contains subject if {
	some subject in subject_names
	names_vulnerable(subject)
}

subject_names contains subject if {
	some activity in lib.activities
	some subject in activity.data_subjects
}

# A name names vulnerable people when a term of the reference's list is whole words of it in lower case.
# Found with string functions: compiling a regular expression in WebAssembly cost a fifth of a small
# register's evaluation.
names_vulnerable(subject) if {
	name := words_marked(lower(subject))
	some term in marked_terms
	contains(name, term)
} else := false

marked_terms contains words_marked(lower(term)) if some term in reference.vulnerable_subjects.terms

# The text with `|` around every character that is not a letter, digit or _ (as `\b` in a regular
# expression tells words apart) and at both ends: a marked term is in a marked name only as whole words.
words_marked(text) := concat("", ["|", concat("", [marked(c) | some c in split(text, "")]), "|"])

# A set is looked up by key; `c in word_characters` went through its members one by one in WebAssembly.
marked(c) := c if word_characters[c]

else := concat("", ["|", c, "|"])

word_characters := {c | some c in split("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", "")}

special(activity) if lib.has_special_category(activity)

else := false

# The WP248 criteria among them, sorted for the message.
wp248_among(met) := sort([c | some c in met; reference.criteria[c].wp248])

# The entries of the organisation's national list that the activity falls under.
listed(activity) := listed_meeting(activity, criteria(activity))

listed_meeting(activity, met) := [entry.summary |
	some entry in reference.national_lists[lib.organisation.country].entries
	on_list(activity, met, entry)
]

on_list(activity, met, entry) if {
	every c in object.get(entry, "criteria", []) {
		c in met
	}
	any_met(met, object.get(entry, "any", []))
	any_category(activity, object.get(entry, "categories", []))
	named := {c | some c in object.get(entry, "criteria", [])} | {c | some c in object.get(entry, "any", [])}
	count([c | some c in wp248_among(met); not c in named]) >= entry.others
}

# Each activity's criteria, WP248 criteria and list entries, found once per evaluation: a function is
# evaluated again at every call, and the rules asked for them per rule and, for the list, per entry.
met_by[id] := criteria(activity) if some id, activity in lib.activities

wp248_by[id] := wp248_among(met) if some id, met in met_by

listed_by[id] := listed_meeting(lib.activities[id], met) if some id, met in met_by

any_met(_, []) := true

any_met(met, wanted) if {
	some c in wanted
	c in met
}

any_category(_, []) := true

any_category(activity, categories) if {
	some c in categories
	c in lib.activity_categories(activity)
}

# Activities that need a DPIA: two or more WP248 criteria, or an entry of the national list.
needs_dpia[id] := activity if {
	some id, activity in lib.activities
	count(wp248_by[id]) >= 2
}

needs_dpia[id] := activity if {
	some id, activity in lib.activities
	count(listed_by[id]) > 0
}

# Where a finding about the need points: the stated criteria, else the scale, else the record.
where(activity) := ["risk_criteria"] if activity.risk_criteria

else := ["large_scale"] if is_boolean(activity.large_scale)

else := []

# METADATA
# title: High-risk processing has a DPIA
# description: |
#   A controller activity that meets two or more of the nine WP248 criteria (evaluation or
#   scoring, automated decisions, systematic monitoring, sensitive data, large scale, matching
#   datasets, vulnerable data subjects, innovative technology, preventing the use of a right or
#   service) is likely to result in a high risk, and needs a DPIA before it starts. Large-scale
#   special categories (Art. 35(3)(b)) meet two of them.
# custom:
#   id: dpia.required
#   severity: error
#   legal:
#     - ref: GDPR Art. 35(1), 35(3)(b)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#     - ref: WP248 rev.01 (EDPB), section III.B.a
#       url: https://ec.europa.eu/newsroom/article29/items/611236
#     - ref: UK GDPR Art. 35(1), 35(3)(b)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/35
#   message: "{record} meets the DPIA criteria {criteria}, but no DPIA is recorded."
#   remediation: >-
#     Carry out a DPIA before the processing starts and add `dpia: {reference: …, reviewed_on: YYYY-MM-DD}` to
#     the activity.
violations contains lib.violation(rego.metadata.rule(), id, where(activity), {"criteria": criteria}) if {
	some id, activity in needs_dpia
	activity.role == "controller"
	not activity.dpia
	criteria := wp248_by[id]
	count(criteria) >= 2
}

# METADATA
# title: Processing on the national DPIA list has a DPIA
# description: |
#   The supervisory authority of the organisation's country lists processing that always needs a
#   DPIA (Art. 35(4)): Datatilsynet in Norway, IMY in Sweden, the ICO in the United Kingdom (the
#   lists are reference data, with their sources). A controller activity on the list needs one
#   even when it meets fewer than two WP248 criteria.
# custom:
#   id: dpia.national_list
#   severity: error
#   legal:
#     - ref: GDPR Art. 35(4)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#     - ref: UK GDPR Art. 35(4)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/35
#   message: >-
#     {record} is on {authority}'s list of processing that always needs a DPIA ({entries}), but no DPIA is
#     recorded.
#   remediation: >-
#     Carry out a DPIA before the processing starts and add `dpia: {reference: …, reviewed_on: YYYY-MM-DD}` to
#     the activity.
violations contains lib.violation(rego.metadata.rule(), id, where(activity), params) if {
	some id, activity in needs_dpia
	activity.role == "controller"
	not activity.dpia
	count(wp248_by[id]) < 2
	params := {
		"authority": reference.national_lists[lib.organisation.country].authority,
		"entries": listed_by[id],
	}
}

# METADATA
# title: Processor activities point to the controllers' DPIA
# description: |
#   A DPIA is the controller's duty (Art. 35(1)); a processor assists its controllers with it
#   (Art. 28(3)(f)). A processor activity that meets the criteria is no breach of the
#   organisation's own, but its record names the controllers' DPIA it assisted with, so that the
#   customers' assessment covers the processing the organisation does for them.
# custom:
#   id: dpia.processor_assistance
#   severity: warning
#   legal:
#     - ref: GDPR Art. 28(3)(f), 35(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#     - ref: UK GDPR Art. 28(3)(f), 35(1)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/28
#   message: >-
#     {record} meets the DPIA criteria {criteria} of the customers' processing, but names no DPIA of theirs
#     that the organisation assisted with.
#   remediation: >-
#     Offer the customers the information their DPIA needs, and add `dpia: {reference: …, reviewed_on: …}`
#     naming it (or the assessment the organisation provides for them to adopt).
violations contains lib.violation(rego.metadata.rule(), id, where(activity), {"criteria": criteria}) if {
	some id, activity in needs_dpia
	activity.role == "processor"
	not activity.dpia
	criteria := wp248_by[id]
}

# METADATA
# title: A DPIA is reviewed within 12 months
# description: |
#   The controller reviews whether processing still matches its assessment, at least when the risk
#   changes; for a processor activity, the organisation keeps its part of the customers' DPIA
#   current.
# custom:
#   id: dpia.review
#   severity: warning
#   legal:
#     - ref: GDPR Art. 35(11)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#     - ref: UK GDPR Art. 35(11)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/35
#   message: "The DPIA of {record} was last reviewed on {reviewed_on}, more than 12 months ago."
#   remediation: "Review the DPIA and set `dpia.reviewed_on` to the date of the review."
violations contains lib.violation(rego.metadata.rule(), id, ["dpia", "reviewed_on"], {"reviewed_on": reviewed_on}) if {
	some id, activity in needs_dpia
	reviewed_on := activity.dpia.reviewed_on
	lib.older_than_months(reviewed_on, 12)
}

# METADATA
# title: A DPIA says when it was last reviewed
# description: Without a date, nobody can tell whether the assessment still matches the processing.
# custom:
#   id: dpia.review_date
#   severity: warning
#   legal:
#     - ref: GDPR Art. 35(11)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#     - ref: UK GDPR Art. 35(11)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/35
#   message: "The DPIA of {record} has no review date."
#   remediation: "Add `dpia.reviewed_on:` with the date the DPIA was made or last reviewed."
violations contains lib.violation(rego.metadata.rule(), id, ["dpia"], {}) if {
	some id, activity in needs_dpia
	activity.dpia
	not activity.dpia.reviewed_on
}

# METADATA
# title: Activities with special categories say whether they are large-scale
# description: |
#   Whether a DPIA is required turns on the scale of the processing, so an activity with special
#   categories of data states `large_scale: true` or `false`. A missing value is read neither as
#   false (leaving it out would switch dpia.required off) nor as true (that would demand a DPIA
#   for a scale nobody assessed, in a message about a claim the record never made): the scale is
#   a judgement the record must show, where a reviewer sees it and a change to it is a diff.
# custom:
#   id: dpia.scale_stated
#   severity: error
#   legal:
#     - ref: GDPR Art. 35(1), 35(3)(b)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#     - ref: UK GDPR Art. 35(1), 35(3)(b)
#       url: https://www.legislation.gov.uk/eur/2016/679/article/35
#   message: >-
#     {record} lists `{category}`, a special category of data, but does not say whether it processes it on a
#     large scale.
#   remediation: >-
#     Add `large_scale: true` (a DPIA is then required) or `large_scale: false` to the activity, as assessed
#     under Art. 35(3)(b).
violations contains lib.violation(rego.metadata.rule(), id, ["data_categories", i], {"category": category}) if {
	some id, activity in lib.activities
	not is_boolean(object.get(activity, "large_scale", null))
	specials := {j | some j, c in activity.data_categories; lib.special(c.category)}
	count(specials) > 0
	i := min(specials)
	category := activity.data_categories[i].category
}
