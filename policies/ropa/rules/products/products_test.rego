package ropa.rules.products_test

import data.ropa.main
import data.ropa.rules.products
import data.ropa.test as fixture

academy := {
	"apiVersion": "ropa/v1", "kind": "Product", "id": "dignio-academy", "name": "Dignio Academy",
	"privacy_notice": {"url": "https://www.dignio.com/personvern-academy", "version": "1"},
}

test_privacy_notice_silent_on_clean if {
	vs := products.violations with input as fixture.clean
	fixture.of("products.privacy_notice", vs) == []
}

test_privacy_notice_fires_without_url if {
	vs := main.violations with input as fixture.removed("/register/products/mydignio/privacy_notice/url")
	fixture.found(vs) == {["products.privacy_notice", "mydignio", ["privacy_notice"]]}
	[v] := vs
	v.params == {"what": "address"}
}

test_privacy_notice_fires_without_version if {
	vs := main.violations with input as fixture.removed("/register/products/mydignio/privacy_notice/version")
	fixture.found(vs) == {["products.privacy_notice", "mydignio", ["privacy_notice"]]}
	[v] := vs
	v.params == {"what": "version"}
}

test_privacy_notice_fires_twice_without_notice if {
	vs := main.violations with input as fixture.removed("/register/products/mydignio/privacy_notice")
	fixture.found(vs) == {["products.privacy_notice", "mydignio", ["privacy_notice"]]}
	{v.params.what | some v in vs} == {"address", "version"}
}

test_privacy_notice_ignores_retired_products if {
	retired := {"status": "retired", "retired_on": "2025-01-01", "retired_reason": "closed", "privacy_notice": {}}
	doc := fixture.changed("/register/products/dignio-academy", object.union(academy, retired))
	vs := main.violations with input as doc
	vs == []
}

test_activities_silent_on_clean if {
	vs := products.violations with input as fixture.clean
	fixture.of("products.activities", vs) == []
}

test_activities_fires_for_a_product_no_activity_names if {
	vs := main.violations with input as fixture.changed("/register/products/dignio-academy", academy)
	fixture.found(vs) == {["products.activities", "dignio-academy", []]}
}

test_activities_fires_when_only_retired_activities_name_it if {
	doc := fixture.mutate([
		{"op": "add", "path": "/register/products/dignio-academy", "value": academy},
		{"op": "add", "path": "/register/activities/customer-administration/products/-", "value": "dignio-academy"},
		{"op": "add", "path": "/register/activities/customer-administration/status", "value": "retired"},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["products.activities", "dignio-academy", []]}
}

test_activities_silent_when_an_activity_names_it if {
	doc := fixture.mutate([
		{"op": "add", "path": "/register/products/dignio-academy", "value": academy},
		{"op": "add", "path": "/register/activities/customer-administration/products/-", "value": "dignio-academy"},
	])
	vs := main.violations with input as doc
	vs == []
}
