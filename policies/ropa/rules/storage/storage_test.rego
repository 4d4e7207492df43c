package ropa.rules.storage_test

import data.ropa.main
import data.ropa.rules.storage
import data.ropa.test as fixture

pa := "/register/activities/patient-app"

rm := "/register/activities/remote-monitoring"

add_location(id, region, country, city) := {
	"op": "add", "path": concat("/", ["/register/locations", id]),
	"value": fixture.location(id, "aws", region, country, city),
}

frankfurt := add_location("aws-frankfurt", "eu-central-1", "DE", "Frankfurt")

virginia := add_location("aws-virginia", "us-east-1", "US", "N. Virginia")

add(path, value) := {"op": "add", "path": path, "value": value}

test_promised_location_silent_on_clean if {
	vs := storage.violations with input as fixture.clean
	fixture.of("storage.promised_location", vs) == []
}

test_promised_location_fires_when_the_promised_location_is_not_used if {
	vs := main.violations with input as fixture.removed(concat("", [pa, "/storage_locations/1"]))
	fixture.found(vs) == {["storage.promised_location", "patient-app", ["customer_segments", 3]]}
	[v] := vs
	v.params == {"segment": "uk-nhs", "locations": ["aws-london"]}
}

test_unpromised_location_silent_on_clean if {
	vs := storage.violations with input as fixture.clean
	fixture.of("storage.unpromised_location", vs) == []
}

test_unpromised_location_fires_for_an_extra_location if {
	doc := fixture.mutate([frankfurt, add(concat("", [rm, "/storage_locations/-"]), "aws-frankfurt")])
	vs := main.violations with input as doc
	fixture.found(vs) == {["storage.unpromised_location", "remote-monitoring", ["storage_locations", 2]]}
	[v] := vs
	v.params == {"location": "aws-frankfurt", "segments": ["no-hospitals", "no-municipalities", "se-regions", "uk-nhs"]}
}

test_unpromised_location_only_counts_segments_served if {
	# Without uk-nhs, London is promised to none of the segments the activity serves.
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [rm, "/customer_segments/3"])},
		{"op": "remove", "path": concat("", [pa, "/customer_segments/3"])},
		{"op": "remove", "path": concat("", [pa, "/storage_locations/1"])},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["storage.unpromised_location", "remote-monitoring", ["storage_locations", 1]]}
}

test_residency_promise_silent_on_clean if {
	vs := storage.violations with input as fixture.clean
	fixture.of("storage.residency_promise", vs) == []
}

test_residency_promise_fires_for_a_location_outside_the_public_promise if {
	doc := fixture.mutate([
		frankfurt,
		add("/register/segments/se-regions/storage_location", "aws-frankfurt"),
		add(concat("", [pa, "/storage_locations/-"]), "aws-frankfurt"),
		add(concat("", [rm, "/storage_locations/-"]), "aws-frankfurt"),
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["storage.residency_promise", "se-regions", ["storage_location"]]}
	[v] := vs
	v.params == {"jurisdiction": "EEA", "location": "aws-frankfurt", "promised": ["aws-stockholm"]}
}

test_residency_promise_fires_for_every_segment_of_the_jurisdiction if {
	doc := fixture.changed("/register/organisation/data_residency/0", eea_promise_of_london)
	vs := main.violations with input as doc
	fixture.found(vs) == {
		["storage.residency_promise", "no-hospitals", ["storage_location"]],
		["storage.residency_promise", "no-municipalities", ["storage_location"]],
		["storage.residency_promise", "se-regions", ["storage_location"]],
	}
}

# The EEA promise changed to London, as a whole: locations and cities.
eea_promise_of_london := {"jurisdiction": "EEA", "locations": ["aws-london"], "cities": ["London"]}

test_residency_promise_needs_a_public_promise if {
	vs := storage.violations with input as fixture.removed("/register/organisation/data_residency")
	fixture.of("storage.residency_promise", vs) == []
}

test_residency_promise_ignores_retired_segments if {
	doc := fixture.mutate([
		add("/register/organisation/data_residency/0", eea_promise_of_london),
		{"op": "remove", "path": "/register/organisation/data_residency/1"},
		add("/register/segments/se-regions/status", "retired"),
		add("/register/segments/no-hospitals/status", "retired"),
		add("/register/segments/no-municipalities/status", "retired"),
	])
	vs := storage.violations with input as doc
	vs == set()
}

test_jurisdiction_silent_on_clean if {
	vs := storage.violations with input as fixture.clean
	fixture.of("storage.jurisdiction", vs) == []
}

test_jurisdiction_fires_for_eea_customers_stored_in_the_uk if {
	doc := fixture.mutate([
		add("/register/organisation/data_residency/0/locations/-", "aws-london"),
		add("/register/organisation/data_residency/0/cities/-", "London"),
		add("/register/segments/se-regions/storage_location", "aws-london"),
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["storage.jurisdiction", "se-regions", ["storage_location"]]}
	[v] := vs
	v.params == {"regime": "EEA", "location": "aws-london", "country": "GB"}
}

test_jurisdiction_allows_uk_customers_in_an_adequate_country if {
	doc := fixture.mutate([
		add("/register/organisation/data_residency/1/locations/-", "aws-stockholm"),
		add("/register/organisation/data_residency/1/cities/-", "Stockholm"),
		add("/register/segments/uk-nhs/storage_location", "aws-stockholm"),
		{"op": "remove", "path": concat("", [pa, "/storage_locations/1"])},
		{"op": "remove", "path": concat("", [rm, "/storage_locations/1"])},
	])
	vs := main.violations with input as doc
	vs == []
}

test_jurisdiction_fires_for_uk_customers_in_the_us if {
	doc := fixture.mutate([
		virginia,
		add("/register/organisation/data_residency/1/locations/-", "aws-virginia"),
		add("/register/organisation/data_residency/1/cities/-", "N. Virginia"),
		add("/register/segments/uk-nhs/storage_location", "aws-virginia"),
		{"op": "replace", "path": concat("", [pa, "/storage_locations/1"]), "value": "aws-virginia"},
		{"op": "replace", "path": concat("", [rm, "/storage_locations/1"]), "value": "aws-virginia"},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["storage.jurisdiction", "uk-nhs", ["storage_location"]]}
	[v] := vs
	v.params.regime == "UK"
}

test_controller_location_silent_on_clean if {
	vs := storage.violations with input as fixture.clean
	fixture.of("storage.controller_location", vs) == []
}

test_controller_location_fires_outside_the_eea_and_uk if {
	doc := fixture.mutate([virginia, add("/register/activities/website-and-contact/storage_locations/-", "aws-virginia")])
	vs := main.violations with input as doc
	fixture.found(vs) == {["storage.controller_location", "website-and-contact", ["storage_locations", 1]]}
	[v] := vs
	v.params == {"location": "aws-virginia", "country": "US"}
}

test_controller_location_allows_the_uk if {
	doc := fixture.appended("/register/activities/website-and-contact/storage_locations", "aws-london")
	vs := main.violations with input as doc
	vs == []
}

test_residency_declared_silent_on_clean if {
	vs := storage.violations with input as fixture.clean
	fixture.of("storage.residency_declared", vs) == []
}

test_residency_declared_fires_without_data_residency if {
	# Deleting the promise must not silence storage.residency_promise: one error per jurisdiction served.
	vs := main.violations with input as fixture.removed("/register/organisation/data_residency")
	fixture.found(vs) == {["storage.residency_declared", "dignio", ["data_residency"]]}
	{v.params | some v in vs} == {
		{"jurisdiction": "EEA", "missing": "data_residency"},
		{"jurisdiction": "UK", "missing": "data_residency"},
	}
}

test_residency_declared_fires_for_a_jurisdiction_left_out if {
	vs := main.violations with input as fixture.removed("/register/organisation/data_residency/1")
	fixture.found(vs) == {["storage.residency_declared", "dignio", ["data_residency"]]}
}

test_residency_declared_silent_for_a_jurisdiction_without_segments if {
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/organisation/data_residency/1"},
		add("/register/segments/uk-nhs/status", "retired"),
	])
	vs := storage.violations with input as doc
	fixture.of("storage.residency_declared", vs) == []
}

test_residency_declared_fires_for_a_promise_without_cities if {
	vs := main.violations with input as fixture.removed("/register/organisation/data_residency/0/cities")
	fixture.found(vs) == {["storage.residency_declared", "dignio", ["data_residency", 0]]}
	[v] := vs
	v.params == {"jurisdiction": "EEA", "missing": "cities"}
}

test_residency_place_silent_on_clean if {
	vs := storage.violations with input as fixture.clean
	fixture.of("storage.residency_place", vs) == []
}

test_residency_place_fires_when_the_promised_location_moves_region if {
	# The audit's case: aws-stockholm pointed at Ireland, consistently, keeps its id and passes
	# every check by id.
	ireland := fixture.location("aws-stockholm", "aws", "eu-west-1", "IE", "Dublin")
	vs := main.violations with input as fixture.changed("/register/locations/aws-stockholm", ireland)
	fixture.found(vs) == {["storage.residency_place", "aws-stockholm", ["region"]]}
	[v] := vs
	v.params == {
		"jurisdiction": "EEA", "promised": ["Stockholm"],
		"region": "eu-west-1", "city": "Dublin", "country": "IE",
	}
}

test_residency_place_trusts_the_region_not_the_typed_in_city if {
	# Typed-in Stockholm does not hide Ireland; regions.region_matches reports the mismatch as well.
	ireland := fixture.location("aws-stockholm", "aws", "eu-west-1", "SE", "Stockholm")
	vs := storage.violations with input as fixture.changed("/register/locations/aws-stockholm", ireland)
	fixture.found(vs) == {["storage.residency_place", "aws-stockholm", ["region"]]}
}

test_residency_place_uses_the_record_for_an_unknown_region if {
	# A data centre the reference data cannot place: its own city is compared (and
	# regions.unknown_region says the place cannot be trusted).
	paris := fixture.location("aws-stockholm", "own", "dc-1", "FR", "Paris")
	vs := main.violations with input as fixture.changed("/register/locations/aws-stockholm", paris)
	fixture.found(vs) == {
		["storage.residency_place", "aws-stockholm", ["city"]],
		["regions.unknown_region", "aws-stockholm", ["provider"]],
	}
	[v] := fixture.of("storage.residency_place", vs)
	[v.params.city, v.params.country] == ["Paris", "FR"]
}

test_residency_place_matches_cities_in_any_case if {
	vs := storage.violations with input as fixture.changed("/register/organisation/data_residency/0/cities", ["STOCKHOLM"])
	vs == set()
}

test_jurisdiction_covered_silent_on_clean if {
	vs := storage.violations with input as fixture.clean
	fixture.of("storage.jurisdiction_covered", vs) == []
}

test_jurisdiction_covered_names_a_segment_under_another_law if {
	vs := main.violations with input as fixture.mutate([add("/register/segments/se-regions/jurisdiction", "CH")])
	[v] := fixture.of("storage.jurisdiction_covered", vs)
	[v.record, v.path, v.params] == ["se-regions", ["jurisdiction"], {"country": "CH"}]
}

test_jurisdiction_covered_names_an_organisation_under_another_law if {
	vs := main.violations with input as fixture.mutate([add("/register/organisation/country", "CH")])
	[v] := fixture.of("storage.jurisdiction_covered", vs)
	[v.record, v.path, v.params] == ["dignio", ["country"], {"country": "CH"}]
}

# Segments promised several locations (`storage_locations`).
uk_nhs := "/register/segments/uk-nhs"

promised_london_and_frankfurt := [
	frankfurt,
	{"op": "remove", "path": concat("", [uk_nhs, "/storage_location"])},
	add(concat("", [uk_nhs, "/storage_locations"]), ["aws-frankfurt", "aws-london"]),
	add("/register/organisation/data_residency/1/locations/-", "aws-frankfurt"),
]

test_promised_location_accepts_any_of_the_promised_locations if {
	vs := main.violations with input as fixture.mutate(promised_london_and_frankfurt)
	fixture.of("storage.promised_location", vs) == []
}

test_promised_location_fires_when_none_of_them_is_used if {
	not_in_london := {"op": "remove", "path": concat("", [pa, "/storage_locations/1"])}
	ops := array.concat(promised_london_and_frankfurt, [not_in_london])
	vs := main.violations with input as fixture.mutate(ops)
	[v] := fixture.of("storage.promised_location", vs)
	[v.record, v.path] == ["patient-app", ["customer_segments", 3]]
	v.params == {"segment": "uk-nhs", "locations": ["aws-frankfurt", "aws-london"]}
}

test_unpromised_location_accepts_any_of_the_promised_locations if {
	ops := array.concat(promised_london_and_frankfurt, [add(concat("", [rm, "/storage_locations/-"]), "aws-frankfurt")])
	vs := main.violations with input as fixture.mutate(ops)
	fixture.of("storage.unpromised_location", vs) == []
}

test_residency_and_jurisdiction_point_at_the_listed_location if {
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/segments/se-regions/storage_location"},
		add("/register/segments/se-regions/storage_locations", ["aws-stockholm", "aws-london"]),
	])
	vs := storage.violations with input as doc
	fixture.found(vs) == {
		["storage.residency_promise", "se-regions", ["storage_locations", 1]],
		["storage.jurisdiction", "se-regions", ["storage_locations", 1]],
	}
	every v in vs {
		v.params.location == "aws-london"
	}
}
