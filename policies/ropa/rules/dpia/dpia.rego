# METADATA
# title: Data protection impact assessments (Art. 35)
# description: Large-scale processing of health data needs a DPIA, kept under review.
package ropa.rules.dpia

import data.ropa.lib

needs_dpia[id] := activity if {
	some id, activity in lib.activities
	activity.large_scale == true
	lib.has_special_category(activity)
}

# METADATA
# title: Large-scale health data has a DPIA
# description: |
#   Processing special categories on a large scale, such as remote patient monitoring,
#   requires a data protection impact assessment; a processor assists the controller with it.
# custom:
#   id: dpia.required
#   severity: error
#   legal:
#     - ref: GDPR Art. 35(3)(b)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#     - ref: GDPR Art. 28(3)(f)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   message: "{record} processes special categories on a large scale with no DPIA recorded."
#   remediation: "Add `dpia: {reference: …, reviewed_on: YYYY-MM-DD}` to the activity."
violations contains lib.violation("dpia.required", id, ["large_scale"], {}) if {
	some id, activity in needs_dpia
	not activity.dpia
}

# METADATA
# title: A DPIA is reviewed within 12 months
# description: The controller reviews whether processing still matches its assessment, at least when risk changes.
# custom:
#   id: dpia.review
#   severity: warning
#   legal:
#     - ref: GDPR Art. 35(11)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#   message: "{record}'s DPIA {problem}."
#   remediation: "Review the DPIA and set `dpia.reviewed_on` to the date of the review."
violations contains lib.violation("dpia.review", id, ["dpia", "reviewed_on"], {"problem": problem}) if {
	some id, activity in needs_dpia
	problem := review_problem(activity.dpia)
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
#   message: >-
#     {record} lists `{category}`, a special category of data, but does not say whether it processes it on a
#     large scale.
#   remediation: >-
#     Add `large_scale: true` (a DPIA is then required) or `large_scale: false` to the activity, as assessed
#     under Art. 35(3)(b).
violations contains lib.violation("dpia.scale_stated", id, ["data_categories", i], {"category": category}) if {
	some id, activity in lib.activities
	not is_boolean(object.get(activity, "large_scale", null))
	specials := {j | some j, c in activity.data_categories; lib.special(c.category)}
	count(specials) > 0
	i := min(specials)
	category := activity.data_categories[i].category
}

review_problem(dpia) := "has no review date" if not dpia.reviewed_on

review_problem(dpia) := concat("", ["was last reviewed on ", dpia.reviewed_on, ", more than 12 months ago"]) if {
	lib.older_than_months(dpia.reviewed_on, 12)
}
