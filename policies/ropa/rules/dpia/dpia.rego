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

review_problem(dpia) := "has no review date" if not dpia.reviewed_on

review_problem(dpia) := concat("", ["was last reviewed on ", dpia.reviewed_on, ", more than 12 months ago"]) if {
	lib.older_than_months(dpia.reviewed_on, 12)
}
