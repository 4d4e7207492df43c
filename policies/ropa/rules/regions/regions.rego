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
# title: A storage location's provider and region are known
# description: |
#   Where data is comes from the reference data's place for the provider's region, never from a
#   typed-in country; a provider or region code the reference data does not list (`amazon` for
#   `aws`, a typo, a region opened since) cannot be placed, so every rule about where data goes
#   would trust the typed-in country. Compares the location's `provider` and `region` with
#   policies/reference/cloud_regions. A provider that is no cloud in the reference data (a private
#   data centre, a SaaS vendor) is placed by the location's own country and city only when the record
#   says where they come from (`place_source`: the contract, DPA annex or subprocessor page); a listed
#   cloud's region is always the reference data's.
# custom:
#   id: regions.unknown_region
#   severity: error
#   legal:
#     - ref: GDPR Art. 30(1)(e), 44
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   message: >-
#     {record} names provider `{provider}` and region `{region}`, which the reference data does not list,
#     so where its data is cannot be judged.
#   remediation: >-
#     Use a provider the reference data knows ({providers}) and one of its region codes; for another
#     provider (a private data centre, a SaaS vendor), keep its country and city and add `place_source:`
#     naming where they are stated (its contract, DPA annex or subprocessor page).
violations contains lib.violation_about(rego.metadata.rule(), id, [field], params, subject) if {
	some id, location in lib.locations
	not clouds[location.provider].regions[location.region]
	not declared(location)
	field := unknown_field(location)
	params := {"provider": location.provider, "region": location.region, "providers": sort(object.keys(clouds))}
	subject := {"provider": location.provider, "region": location.region}
}

# A declared value matches the region's: the country exactly, the city as the reference data's
# city (Dublin for AWS eu-west-1) or the provider's own place label (Azure's "Ireland").
matches(known, field, declared) if lower(known[field]) == lower(declared)

matches(known, "city", declared) if lower(known.label) == lower(declared)

# A place the register states itself, with its source: only for a provider that is no listed cloud.
declared(location) if {
	not clouds[location.provider]
	is_string(location.place_source)
}

unknown_field(location) := "region" if clouds[location.provider]

else := "provider"
