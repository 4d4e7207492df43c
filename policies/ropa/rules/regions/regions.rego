# METADATA
# title: Cloud regions
# description: A storage location's cloud region must be where the record says it is.
package ropa.rules.regions

import data.ropa.lib

clouds := data.reference.cloud_regions.providers

# METADATA
# title: A cloud region matches its declared country and city
# description: |
#   Region codes are easy to confuse (`europe-north1` is Finland, not Stockholm); the country
#   and city a record declares must be those of the region, from the reference data.
# custom:
#   id: regions.region_matches
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(1)(e), 30(2)(c)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   message: "{record} says its {field} is {declared}, but {provider} region `{region}` is in {actual}."
#   remediation: "Correct `{field}` to {actual}, or use the region code of the place you meant."
violations contains lib.violation(rego.metadata.rule(), id, [field], params) if {
	some id, location in lib.locations
	known := clouds[location.provider].regions[location.region]
	some field in ["country", "city"]
	not matches(known, field, location[field])
	params := {
		"field": field, "declared": location[field], "actual": known[field],
		"provider": clouds[location.provider].name, "region": location.region,
	}
}

# METADATA
# title: A cloud region is known
# description: |
#   A region code the reference data does not list cannot be placed; it may be a typo or a
#   region opened after the data was checked.
# custom:
#   id: regions.unknown_region
#   severity: warning
#   legal:
#     - ref: GDPR Art. 30(1)(e)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   message: "{record} names {provider} region `{region}`, which the reference data does not list."
#   remediation: "Check the region code; if it is right, add it to policies/reference/cloud_regions with its source."
violations contains lib.violation(rego.metadata.rule(), id, ["region"], params) if {
	some id, location in lib.locations
	provider := clouds[location.provider]
	not provider.regions[location.region]
	params := {"provider": provider.name, "region": location.region}
}

# A declared value matches the region's: the country exactly, the city as the reference data's
# city (Dublin for AWS eu-west-1) or the provider's own place label (Azure's "Ireland").
matches(known, field, declared) if lower(known[field]) == lower(declared)

matches(known, "city", declared) if lower(known.label) == lower(declared)
