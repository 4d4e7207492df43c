# METADATA
# title: Where customers' data is stored
# description: |
#   Customers' data stays where they were promised it would be, and inside the EEA (EU/EEA
#   customers) or the UK or a country UK law treats as adequate (UK customers).
package ropa.rules.storage

import data.ropa.lib

processor_activities[id] := activity if {
	some id, activity in lib.activities
	activity.role == "processor"
}

# Whether storing data of customers under regime `r` in `country` keeps the organisation's promise
# ("within the EU/EEA, and the UK for UK customers"). Whether it is lawful is the transfer rules' matter.
inside(_, country) if data.reference.eea.countries[country]

inside("UK", "GB")

# METADATA
# title: Each customer segment's data is stored where it was promised
# description: A processor activity serving a segment stores that segment's data at the location promised to it.
# custom:
#   id: storage.promised_location
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(3)(a)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   promise: "where customers' data is stored"
#   message: "{record} serves {segment}, who were promised storage at {locations}, but stores data at none of them."
#   remediation: >-
#     Add one of {locations} to the activity's `storage_locations`, or change what the segment was promised
#     (which needs notice to those customers).
violations contains lib.violation(rego.metadata.rule(), id, ["customer_segments", i], params) if {
	lib.promised("storage.promised_location")
	some id, activity in processor_activities
	some i, sid in object.get(activity, "customer_segments", [])
	segment := lib.segments[sid]
	promised := lib.storage_of(segment)
	count(promised) > 0
	count(promised & {l | some l in object.get(activity, "storage_locations", [])}) == 0
	params := {"segment": segment.name, "locations": sort(promised)}
}

# METADATA
# title: Customers' data is stored only where it was promised
# description: A processor activity stores data only at locations promised to the segments it serves.
# custom:
#   id: storage.unpromised_location
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(3)(a), 28(10)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   promise: "where customers' data is stored"
#   message: >-
#     {record} stores customers' data at `{location}`, which none of its customer segments ({segments}) was
#     promised.
#   remediation: "Remove `{location}` from `storage_locations`, or promise it to the segment concerned first."
violations contains lib.violation(rego.metadata.rule(), id, ["storage_locations", i], params) if {
	lib.promised("storage.unpromised_location")
	some id, activity in processor_activities
	served := object.get(activity, "customer_segments", [])
	count(served) > 0
	promised := {l | some s in served; some l in lib.storage_of(lib.segments[s])}
	some i, location in object.get(activity, "storage_locations", [])
	not location in promised
	params := {"location": location, "segments": sort(served)}
}

# METADATA
# title: Segments are promised what the organisation publicly promises
# description: |
#   The location promised to a customer segment must be one the organisation's public privacy
#   statement names for customers of that jurisdiction (`data_residency` in the Organisation record).
# custom:
#   id: storage.residency_promise
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(a) (transparency), 13(1)(f)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   promise: "where customers' data is stored"
#   message: >-
#     {record} ({jurisdiction}) is promised storage at `{location}`, but the public statement promises
#     {jurisdiction} customers {promised}.
#   remediation: >-
#     Promise the segment only locations among {promised} (`storage_locations`), or change the public promise
#     (`data_residency`) first.
violations contains lib.violation(rego.metadata.rule(), sid, path, params) if {
	lib.promised("storage.residency_promise")
	some sid, segment in lib.segments
	lib.active(segment)
	regime := lib.regime(segment.jurisdiction)
	some promise in object.get(lib.organisation, "data_residency", [])
	promise.jurisdiction == regime
	some [path, location] in lib.segment_storage(segment)
	not location in promise.locations
	params := {"jurisdiction": regime, "location": location, "promised": sort(promise.locations)}
}

# METADATA
# title: The public residency promise is recorded
# description: |
#   The other storage rules compare the register with the promise of where customers' data is
#   stored; a promise left out of `data_residency`, for a jurisdiction the organisation has
#   customers in, or one that does not name its cities, would switch them off.
# custom:
#   id: storage.residency_declared
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(a) (transparency), 5(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   promise: "where customers' data is stored"
#   message: >-
#     {record} records no complete public promise of where {jurisdiction} customers' data is stored:
#     `{missing}` is missing.
#   remediation: >-
#     Record the public statement's promise in `data_residency`: the `jurisdiction`, the `locations` promised
#     and the `cities` the statement names.
violations contains lib.violation(rego.metadata.rule(), lib.organisation.id, path, params) if {
	lib.promised("storage.residency_declared")
	some [path, params] in undeclared_residency
}

# METADATA
# title: A promised location is in a promised city
# description: |
#   A promise names places, not record ids: each location promised to a jurisdiction must lie in
#   one of the cities the promise names, as its cloud region's reference data places it, so that
#   pointing a location record at another region breaks the promise visibly.
# custom:
#   id: storage.residency_place
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(a) (transparency), 13(1)(f)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   promise: "where customers' data is stored"
#   message: >-
#     {record} is promised to {jurisdiction} customers as storage in {promised}, but region `{region}` lies
#     in {city} ({country}).
#   remediation: >-
#     Point the location at a region in {promised}, or change the public promise (`data_residency`) and tell
#     the customers first.
violations contains lib.violation(rego.metadata.rule(), lid, [field], params) if {
	lib.promised("storage.residency_place")
	some promise in object.get(lib.organisation, "data_residency", [])
	cities := {lower(c) | some c in object.get(promise, "cities", [])}
	count(cities) > 0
	some lid in promise.locations
	[place, source] := lib.place(lib.locations[lid])
	not lower(place.city) in cities
	field := {"region": "region", "record": "city"}[source]
	params := {
		"jurisdiction": promise.jurisdiction, "promised": sort(promise.cities),
		"region": lib.locations[lid].region, "city": place.city, "country": place.country,
	}
}

# METADATA
# title: Customers' data is stored where the organisation promises (EU/EEA, and the UK for UK customers)
# description: |
#   EU/EEA customers' data is stored inside the EEA; UK customers' data inside the UK or the EEA.
#   Derived from the location's country, never typed in. This is the organisation's promise: a
#   location in an adequate country (the UK for EEA data) breaks it without breaking Chapter V,
#   and whether a storage place is a lawful transfer is judged by `subprocessors.transfer`.
# custom:
#   id: storage.jurisdiction
#   severity: error
#   legal:
#     - ref: GDPR Art. 28(3)(a) (the controller's instructions, transfers included)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   promise: "customers' data stays in their jurisdiction"
#   message: >-
#     {record} ({regime} customers) is promised storage at `{location}` in {country}, outside where the
#     organisation promises to keep {regime} customers' data.
#   remediation: >-
#     Promise these customers a location inside the EU/EEA (for UK customers: the UK or the EEA), or change the
#     public promise first.
violations contains lib.violation(rego.metadata.rule(), sid, path, params) if {
	lib.promised("storage.jurisdiction")
	some sid, segment in lib.segments
	lib.active(segment)
	regime := lib.regime(segment.jurisdiction)
	some [path, lid] in lib.segment_storage(segment)
	location := lib.locations[lid]
	not inside(regime, location.country)
	params := {"regime": regime, "location": lid, "country": location.country}
}

# METADATA
# title: The organisation's own data stays in the EEA or the UK
# description: |
#   Data the organisation processes as controller is stored within the EU/EEA or the UK, as it
#   promises; whether a place abroad is a lawful transfer is judged by `subprocessors.transfer`.
# custom:
#   id: storage.controller_location
#   severity: error
#   legal:
#     - ref: GDPR Art. 5(1)(a) (transparency), 13(1)(f)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   promise: "where the organisation's own data is stored"
#   message: "{record} stores data at `{location}` in {country}, outside the EU/EEA and the UK."
#   remediation: "Store the data in a location inside the EU/EEA or the UK."
violations contains lib.violation(rego.metadata.rule(), id, ["storage_locations", i], params) if {
	lib.promised("storage.controller_location")
	some id, activity in lib.activities
	activity.role == "controller"
	some i, lid in object.get(activity, "storage_locations", [])
	country := lib.locations[lid].country
	not lib.regime(country)
	params := {"location": lid, "country": country}
}

# METADATA
# title: Every customer segment, and the organisation, falls under a regime the rules know
# description: |
#   The storage and transfer rules judge data by the regime its controllers are under (EU/EEA GDPR
#   or UK GDPR). A segment, or an organisation for its own data, in any other jurisdiction would
#   pass them all unjudged, so it is named.
# custom:
#   id: storage.jurisdiction_covered
#   severity: warning
#   legal:
#     - ref: GDPR Art. 3, 44
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_3
#   message: >-
#     {record} has the jurisdiction `{country}`, which is neither in the EU/EEA nor the UK, so no
#     storage or transfer rule judges where its data goes.
#   remediation: >-
#     Check the jurisdiction code; for customers under another law (e.g. Switzerland's FADP), add its
#     regime to the reference data and the rules before relying on this check.
violations contains lib.violation_about(rego.metadata.rule(), id, path, params, params) if {
	some [id, path, country] in uncovered

	# A code that is no country at all is records.country_code, an error.
	data.reference.iso3166.countries[country]
	params := {"country": country}
}

# The segments in use under each regime.
customer_regimes[regime] := served if {
	some regime in {lib.regime(s.jurisdiction) | some s in lib.segments; lib.active(s)}
	served := {sid | some sid, s in lib.segments; lib.active(s); lib.regime(s.jurisdiction) == regime}
}

# [path, params] of each residency promise the organisation serves customers under but does not
# record, or records without its cities (one rule body, so that both take the rule's METADATA).
undeclared_residency contains [["data_residency"], params] if {
	promised := {p.jurisdiction | some p in object.get(lib.organisation, "data_residency", [])}
	some regime, _ in customer_regimes
	not regime in promised
	params := {"jurisdiction": regime, "missing": "data_residency"}
}

undeclared_residency contains [path, params] if {
	some promise in object.get(lib.organisation, "data_residency", [])
	count(object.get(promise, "cities", [])) == 0
	path := lib.limit_item_path(input.register.organisation, "data_residency", promise)
	params := {"jurisdiction": promise.jurisdiction, "missing": "cities"}
}

# [record, path, country] of each segment, and of the organisation for its own (controller) data
# (judged by the regime of its country), whose jurisdiction no regime the rules know covers.
uncovered contains [sid, ["jurisdiction"], segment.jurisdiction] if {
	some sid, segment in lib.segments
	lib.active(segment)
	not lib.regime(segment.jurisdiction)
}

uncovered contains [lib.organisation.id, ["country"], lib.organisation.country] if {
	lib.organisation.country
	not lib.regime(lib.organisation.country)
}
