package ropa.lib_test

import data.ropa.lib
import data.ropa.test as fixture

activity := {
	"data_categories": [{"category": "contact-details"}, {"category": "billing-details"}, {"category": "correspondence"}],
	"subprocessors": ["hosting", {"id": "mailer", "categories": ["contact-details", "health-data"]}],
}

test_sends_all_categories_to_an_id_and_only_the_named_ones_to_an_item if {
	lib.sends(activity) == [
		[0, "hosting", {"contact-details", "billing-details", "correspondence"}],
		[1, "mailer", {"contact-details"}],
	]
	lib.activity_subprocessors(activity) == {"hosting", "mailer"}
}

test_sends_nothing_without_subprocessors if {
	lib.sends({"data_categories": [{"category": "contact-details"}]}) == []
}

test_received_by_joins_the_items_naming_one_subprocessor if {
	twice := object.union(activity, {"subprocessors": [
		{"id": "mailer", "categories": ["contact-details"]},
		{"id": "mailer", "categories": ["correspondence"]},
	]})
	lib.received_by(twice, "mailer") == {"contact-details", "correspondence"}
	lib.received_by(twice, "hosting") == set()
}

test_segment_storage_of_a_list_and_of_a_v1_segment if {
	listed := lib.segment_storage({"storage_locations": ["a", "b"]})
	listed == [[["storage_locations", 0], "a"], [["storage_locations", 1], "b"]]
	lib.segment_storage({"storage_location": "a"}) == [[["storage_location"], "a"]]
	lib.segment_storage({}) == []
	lib.storage_of({"storage_locations": ["a", "b"]}) == {"a", "b"}
	lib.storage_of({"storage_location": "a"}) == {"a"}
}

test_excluded_categories_come_from_the_organisation if {
	lib.excluded_categories == set() with input as fixture.clean
	doc := fixture.changed("/register/organisation/taxonomy", {"exclude": ["biometric-data", "genetic-data", "no-such"]})
	lib.excluded_categories == {"biometric-data", "genetic-data"} with input as doc
}

test_excluded_categories_of_a_change_are_the_base_and_the_head_ones if {
	base := fixture.changed("/register/organisation/taxonomy", {"exclude": ["biometric-data"]})
	head := fixture.changed("/register/organisation/taxonomy", {"exclude": ["genetic-data"]})
	lib.excluded_categories == {"biometric-data", "genetic-data"} with input as fixture.change(base, head)
}
