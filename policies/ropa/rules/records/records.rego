# METADATA
# title: Integrity of the register
# description: Records in use point at live records, and data categories come from the taxonomy.
package ropa.rules.records

import data.ropa.lib

# Fields of an activity that name other records, with the collection they name.
activity_references := {
	"subprocessors": "subprocessors",
	"storage_locations": "locations",
	"customer_segments": "segments",
	"products": "products",
}

# METADATA
# title: Active activities use only active records
# description: |
#   A retired subprocessor, location, segment or product is no longer part of the register;
#   an activity still in use that names one states something no longer true.
# custom:
#   id: records.retired_reference
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(d), 30
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   message: "{record} uses `{target}`, which was retired on {retired_on}."
#   remediation: "Remove `{target}` from `{field}`, or put it back in use (`status: active`)."
violations contains lib.violation(rego.metadata.rule(), id, [field, i], params) if {
	some id, activity in lib.activities
	some field, collection in activity_references
	some i, target in object.get(activity, field, [])
	record := input.register[collection][target]
	record.status == "retired"
	params := {"target": target, "field": field, "retired_on": object.get(record, "retired_on", "an unknown date")}
}

# METADATA
# title: Data categories come from the taxonomy
# description: |
#   The taxonomy says which categories are special (Art. 9) or directly identifying; a
#   category outside it cannot be judged.
# custom:
#   id: records.known_category
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(1)(c)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   message: "{record} names the data category `{category}`, which is not in the taxonomy."
#   remediation: "Use one of the categories in policies/reference/data_categories, or add `{category}` there."
violations contains lib.violation(rego.metadata.rule(), id, path, {"category": category}) if {
	some [id, path, category] in category_uses
	not lib.categories[category]
}

category_uses contains [id, ["data_categories", i, "category"], c.category] if {
	some id, activity in lib.activities
	some i, c in object.get(activity, "data_categories", [])
}

category_uses contains [id, ["data_categories", i], category] if {
	some id, sub in lib.subprocessors
	some i, category in object.get(sub, "data_categories", [])
}
