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

test_special_not_indefinite_allows_other_categories if {
	path := "/register/activities/customer-administration/data_categories/2/retention"
	vs := main.violations with input as fixture.changed(path, {"indefinite": true})
	vs == []
}
