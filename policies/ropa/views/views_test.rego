package ropa.views_test

import data.ropa.test as fixture
import data.ropa.views

test_transfers_of_the_clean_register if {
	flows := views.transfers with input as fixture.clean
	count(flows) > 0
	every flow in flows {
		flow.covered
	}
}

test_transfers_show_the_mechanism_and_its_assessment if {
	mumbai := object.union(fixture.envelope("StorageLocation", "dc-mumbai", "Mumbai"), {"country": "IN", "city": "Mumbai"})
	scc := {"country": "IN", "mechanism": "scc-2021-914-module-3", "signed_on": "2026-01-01"}
	doc := fixture.mutate([
		{"op": "add", "path": "/register/locations/dc-mumbai", "value": mumbai},
		{"op": "add", "path": "/register/subprocessors/aws/processing_locations/-", "value": "dc-mumbai"},
		{"op": "add", "path": "/register/subprocessors/aws/transfer_mechanisms", "value": [scc]},
	])
	flows := views.transfers with input as doc
	some flow in flows
	[flow.activity, flow.regime, flow.country, flow.place] == ["remote-monitoring", "EEA", "IN", "dc-mumbai"]
	flow.mechanisms == [{"mechanism": "scc-2021-914-module-3", "index": 0, "signed_on": "2026-01-01", "tia": "missing"}]
	some uncovered in flows
	[uncovered.regime, uncovered.country, uncovered.covered] == ["UK", "IN", false]
}

test_transfers_carry_the_categories_each_subprocessor_receives if {
	mumbai := object.union(fixture.envelope("StorageLocation", "dc-mumbai", "Mumbai"), {"country": "IN", "city": "Mumbai"})
	doc := fixture.mutate([
		{"op": "add", "path": "/register/locations/dc-mumbai", "value": mumbai},
		{"op": "add", "path": "/register/subprocessors/aws/processing_locations/-", "value": "dc-mumbai"},
		{
			"op": "replace", "path": "/register/activities/website-and-contact/subprocessors/0",
			"value": {"id": "aws", "categories": ["contact-details"]},
		},
	])
	flows := views.transfers with input as doc
	some flow in flows
	[flow.activity, flow.country] == ["website-and-contact", "IN"]
	flow.categories == ["contact-details"]
	some other in flows
	[other.activity, other.country] == ["customer-administration", "IN"]
	other.categories == ["billing-details", "contact-details", "correspondence", "professional-details"]
}
