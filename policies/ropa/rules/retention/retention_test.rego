package ropa.rules.retention_test

import data.ropa.main
import data.ropa.rules.retention
import data.ropa.test as fixture

test_defined_silent_on_clean if {
	vs := retention.violations with input as fixture.clean
	fixture.of("retention.defined", vs) == []
}

test_defined_fires_without_retention if {
	path := "/register/activities/customer-administration/data_categories/0/retention"
	vs := main.violations with input as fixture.removed(path)
	fixture.found(vs) == {["retention.defined", "customer-administration", ["data_categories", 0]]}
	[v] := vs
	v.params == {"category": "professional-details"}
}

test_defined_fires_for_processor_activities if {
	path := "/register/activities/remote-monitoring/data_categories/4/retention"
	vs := main.violations with input as fixture.removed(path)
	fixture.found(vs) == {["retention.defined", "remote-monitoring", ["data_categories", 4]]}
}

test_special_not_indefinite_silent_on_clean if {
	vs := retention.violations with input as fixture.clean
	fixture.of("retention.special_not_indefinite", vs) == []
}

test_special_not_indefinite_fires_for_health_records if {
	path := "/register/activities/remote-monitoring/data_categories/4/retention"
	vs := main.violations with input as fixture.changed(path, {"indefinite": true})
	fixture.found(vs) == {[
		"retention.special_not_indefinite", "remote-monitoring",
		["data_categories", 4, "retention"],
	]}
	[v] := vs
	v.params == {"category": "health-records"}
}

test_special_not_indefinite_leaves_other_categories_to_indefinite if {
	path := "/register/activities/customer-administration/data_categories/2/retention"
	vs := main.violations with input as fixture.changed(path, {"indefinite": true})
	fixture.found(vs) == {["retention.indefinite", "customer-administration", ["data_categories", 2, "retention"]]}
	[v] := vs
	v.params == {"category": "billing-details"}
}

test_indefinite_silent_on_clean if {
	vs := retention.violations with input as fixture.clean
	fixture.of("retention.indefinite", vs) == []
}

test_indefinite_leaves_special_categories_to_their_rule if {
	path := "/register/activities/remote-monitoring/data_categories/4/retention"
	vs := retention.violations with input as fixture.changed(path, {"indefinite": true})
	fixture.of("retention.indefinite", vs) == []
}

test_bounded_silent_on_clean if {
	vs := retention.violations with input as fixture.clean
	fixture.of("retention.bounded", vs) == []
}

test_bounded_fires_for_an_absurd_period_of_special_data if {
	path := "/register/activities/remote-monitoring/data_categories/4/retention/period"
	vs := main.violations with input as fixture.changed(path, "P9999Y")
	fixture.found(vs) == {["retention.bounded", "remote-monitoring", ["data_categories", 4, "retention", "period"]]}
	[v] := vs
	v.params == {"category": "health-records", "period": "P9999Y", "bound": "P100Y"}
}

test_bounded_fires_for_other_categories_too if {
	path := "/register/activities/website-and-contact/data_categories/0/retention/period"
	vs := main.violations with input as fixture.changed(path, "P1201M")
	fixture.found(vs) == {["retention.bounded", "website-and-contact", ["data_categories", 0, "retention", "period"]]}
}

test_bounded_accepts_the_bound_itself if {
	path := "/register/activities/website-and-contact/data_categories/0/retention/period"
	vs := retention.violations with input as fixture.changed(path, "P1200M")
	fixture.of("retention.bounded", vs) == []
}

test_bounded_bound_is_reference_data if {
	path := "/register/activities/website-and-contact/data_categories/0/retention/period"
	vs := retention.violations with input as fixture.changed(path, "P11Y")
		with data.reference.retention.longest_period as {"period": "P10Y"}
	fixture.found(vs) == {["retention.bounded", "website-and-contact", ["data_categories", 0, "retention", "period"]]}
}
