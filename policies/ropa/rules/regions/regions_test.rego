package ropa.rules.regions_test

import data.ropa.main
import data.ropa.rules.regions
import data.ropa.test as fixture

test_region_matches_silent_on_clean if {
	vs := regions.violations with input as fixture.clean
	fixture.of("regions.region_matches", vs) == []
}

test_region_matches_fires_for_the_wrong_city if {
	vs := main.violations with input as fixture.changed("/register/locations/aws-stockholm/city", "Gothenburg")
	fixture.found(vs) == {["regions.region_matches", "aws-stockholm", ["city"]]}
	[v] := vs
	v.params == {
		"field": "city", "declared": "Gothenburg", "actual": "Stockholm",
		"provider": "Amazon Web Services", "region": "eu-north-1",
	}
}

test_region_matches_ignores_case if {
	vs := main.violations with input as fixture.changed("/register/locations/aws-stockholm/city", "STOCKHOLM")
	vs == []
}

test_region_matches_fires_for_country_and_city if {
	# europe-north1 is Hamina, Finland, not Stockholm.
	gcp := fixture.location("gcp-stockholm", "gcp", "europe-north1", "SE", "Stockholm")
	vs := main.violations with input as fixture.changed("/register/locations/gcp-stockholm", gcp)
	fixture.found(vs) == {
		["regions.region_matches", "gcp-stockholm", ["country"]],
		["regions.region_matches", "gcp-stockholm", ["city"]],
	}
	{[v.params.declared, v.params.actual] | some v in vs} == {["SE", "FI"], ["Stockholm", "Hamina"]}
}

# Where the provider's place label is a country, the city is reference data: Dublin, Oslo pass.
test_region_matches_takes_the_city_behind_a_country_label if {
	places := [
		["aws", "eu-west-1", "IE", "Dublin"],
		["azure", "northeurope", "IE", "Dublin"],
		["azure", "northeurope", "IE", "Ireland"],
		["azure", "norwayeast", "NO", "Oslo"],
		["azure", "westeurope", "NL", "Amsterdam"],
	]
	every p in places {
		place := fixture.location("somewhere", p[0], p[1], p[2], p[3])
		vs := regions.violations with input as fixture.changed("/register/locations/somewhere", place)
		vs == set()
	}
}

test_region_matches_still_fires_for_another_city if {
	place := fixture.location("somewhere", "azure", "norwayeast", "NO", "Bergen")
	vs := regions.violations with input as fixture.changed("/register/locations/somewhere", place)
	fixture.found(vs) == {["regions.region_matches", "somewhere", ["city"]]}
}

test_unknown_region_silent_on_clean if {
	vs := regions.violations with input as fixture.clean
	fixture.of("regions.unknown_region", vs) == []
}

test_unknown_region_fires_for_an_unlisted_region if {
	vs := main.violations with input as fixture.changed("/register/locations/aws-london/region", "eu-west-9")
	fixture.found(vs) == {["regions.unknown_region", "aws-london", ["region"]]}
	[v] := vs
	v.params == {"provider": "aws", "region": "eu-west-9", "providers": ["aws", "azure", "gcp"]}
	v.subject == {"provider": "aws", "region": "eu-west-9"}
}

test_unknown_region_fires_for_an_unknown_provider if {
	# `amazon` is no provider id: the typed-in country is not trusted, the location is an error.
	vs := main.violations with input as fixture.changed("/register/locations/aws-london/provider", "amazon")
	fixture.found(vs) == {["regions.unknown_region", "aws-london", ["provider"]]}
	[v] := vs
	v.params == {"provider": "amazon", "region": "eu-west-2", "providers": ["aws", "azure", "gcp"]}
}

test_unknown_region_silent_for_another_provider_with_the_source_of_its_place if {
	# A private data centre in London, its place stated in the hosting contract: placed by the record.
	doc := fixture.mutate([
		{"op": "add", "path": "/register/locations/aws-london/provider", "value": "dc-london"},
		{"op": "add", "path": "/register/locations/aws-london/place_source", "value": "hosting contract, annex 2"},
	])
	vs := regions.violations with input as doc
	fixture.of("regions.unknown_region", vs) == []
}

test_unknown_region_fires_for_a_listed_cloud_even_with_a_place_source if {
	# A listed cloud's region is always the reference data's: a source cannot vouch for a wrong code.
	doc := fixture.mutate([
		{"op": "add", "path": "/register/locations/aws-london/region", "value": "eu-west-9"},
		{"op": "add", "path": "/register/locations/aws-london/place_source", "value": "our notes"},
	])
	vs := regions.violations with input as doc
	fixture.found(vs) == {["regions.unknown_region", "aws-london", ["region"]]}
}

test_regions_ignore_locations_without_provider if {
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/locations/aws-london/provider"},
		{"op": "remove", "path": "/register/locations/aws-london/region"},
	])
	vs := main.violations with input as doc
	vs == []
}
