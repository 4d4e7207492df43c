package ropa.rules.processor_test

import data.ropa.main
import data.ropa.rules.processor
import data.ropa.test as fixture

test_controllers_silent_on_clean if {
	vs := processor.violations with input as fixture.clean
	fixture.of("processor.controllers", vs) == []
}

test_controllers_fires_without_customer_segments if {
	vs := main.violations with input as fixture.removed("/register/activities/patient-app/customer_segments")
	fixture.found(vs) == {["processor.controllers", "patient-app", ["role"]]}
}

test_controllers_fires_with_empty_customer_segments if {
	vs := main.violations with input as fixture.changed("/register/activities/patient-app/customer_segments", [])
	fixture.found(vs) == {["processor.controllers", "patient-app", ["role"]]}
}

test_controllers_ignores_controller_activities if {
	vs := processor.violations with input as fixture.clean
	every v in vs {
		v.record != "customer-administration"
	}
}

test_dpa_silent_on_clean if {
	vs := processor.violations with input as fixture.clean
	fixture.of("processor.dpa", vs) == []
}

test_dpa_fires_for_a_served_segment_without_dpa if {
	vs := main.violations with input as fixture.removed("/register/segments/uk-nhs/dpa")
	fixture.found(vs) == {["processor.dpa", "uk-nhs", []]}
}

test_dpa_not_for_a_segment_no_processor_serves if {
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/segments/uk-nhs/dpa"},
		{"op": "remove", "path": "/register/activities/patient-app/customer_segments/3"},
		{"op": "remove", "path": "/register/activities/remote-monitoring/customer_segments/3"},
		{"op": "remove", "path": "/register/activities/patient-app/storage_locations/1"},
		{"op": "remove", "path": "/register/activities/remote-monitoring/storage_locations/1"},
	])
	vs := main.violations with input as doc
	vs == []
}
