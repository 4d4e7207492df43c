package ropa.rules.rights_test

import data.ropa.main
import data.ropa.rules.rights
import data.ropa.test as fixture

test_procedure_silent_on_clean if {
	vs := rights.violations with input as fixture.clean
	fixture.of("rights.procedure", vs) == []
}

test_procedure_fires_without_procedure if {
	path := "/register/activities/customer-administration/data_subject_requests/procedure"
	vs := main.violations with input as fixture.removed(path)
	fixture.found(vs) == {["rights.procedure", "customer-administration", []]}
}

test_procedure_fires_without_requests_block if {
	path := "/register/activities/customer-administration/data_subject_requests"
	vs := main.violations with input as fixture.removed(path)
	fixture.found(vs) == {["rights.procedure", "customer-administration", []]}
}

test_response_time_silent_on_clean if {
	vs := rights.violations with input as fixture.clean
	fixture.of("rights.response_time", vs) == []
}

test_response_time_fires_above_30_days if {
	path := "/register/activities/website-and-contact/data_subject_requests/response_days"
	vs := main.violations with input as fixture.changed(path, 45)
	fixture.found(vs) == {[
		"rights.response_time", "website-and-contact",
		["data_subject_requests", "response_days"],
	]}
	[v] := vs
	v.params == {"days": 45}
}

test_response_time_fires_for_processor_activities if {
	path := "/register/activities/remote-monitoring/data_subject_requests/response_days"
	vs := main.violations with input as fixture.changed(path, 31)
	fixture.found(vs) == {[
		"rights.response_time", "remote-monitoring",
		["data_subject_requests", "response_days"],
	]}
}

test_route_to_controller_silent_on_clean if {
	vs := rights.violations with input as fixture.clean
	fixture.of("rights.route_to_controller", vs) == []
}

test_route_to_controller_fires_when_false if {
	path := "/register/activities/remote-monitoring/data_subject_requests/route_to_controller"
	vs := main.violations with input as fixture.changed(path, false)
	fixture.found(vs) == {["rights.route_to_controller", "remote-monitoring", ["data_subject_requests"]]}
}

test_route_to_controller_fires_without_requests_block if {
	path := "/register/activities/patient-app/data_subject_requests"
	vs := main.violations with input as fixture.removed(path)
	fixture.found(vs) == {
		["rights.route_to_controller", "patient-app", ["data_subject_requests"]],
		["rights.procedure", "patient-app", []],
	}
}

test_procedure_fires_for_processor_activities if {
	path := "/register/activities/patient-app/data_subject_requests/procedure"
	vs := main.violations with input as fixture.removed(path)
	fixture.found(vs) == {["rights.procedure", "patient-app", []]}
}

test_response_time_stated_fires_without_response_days if {
	# Leaving the time out must not pass where 45 days fails (Art. 12(3)).
	path := "/register/activities/customer-administration/data_subject_requests/response_days"
	vs := main.violations with input as fixture.removed(path)
	fixture.found(vs) == {["rights.response_time_stated", "customer-administration", ["data_subject_requests"]]}
	[v] := vs
	v.params == {}
}

test_response_time_stated_fires_for_processors if {
	path := "/register/activities/patient-app/data_subject_requests/response_days"
	vs := main.violations with input as fixture.removed(path)
	fixture.found(vs) == {["rights.response_time_stated", "patient-app", ["data_subject_requests"]]}
}

test_response_time_stated_silent_without_requests_block if {
	# rights.procedure speaks for a missing block; the response time is not reported twice.
	path := "/register/activities/customer-administration/data_subject_requests"
	vs := rights.violations with input as fixture.removed(path)
	fixture.of("rights.response_time", vs) == []
	fixture.of("rights.response_time_stated", vs) == []
}
