package ropa.rules.art30_test

import data.ropa.main
import data.ropa.rules.art30
import data.ropa.test as fixture

ca := "/register/activities/customer-administration"

test_controller_record_silent_on_clean if {
	vs := art30.violations with input as fixture.clean
	fixture.of("art30.controller_record", vs) == []
}

test_controller_record_fires_without_purposes if {
	vs := main.violations with input as fixture.removed(concat("", [ca, "/purposes"]))
	fixture.found(vs) == {["art30.controller_record", "customer-administration", []]}
	[v] := vs
	v.params == {"field": "purposes", "letter": "b", "what": "the purposes of the processing"}
}

test_controller_record_fires_with_empty_data_subjects if {
	vs := main.violations with input as fixture.changed(concat("", [ca, "/data_subjects"]), [])
	fixture.found(vs) == {["art30.controller_record", "customer-administration", []]}
	[v] := vs
	v.params.field == "data_subjects"
}

test_controller_record_fires_without_recipients if {
	vs := main.violations with input as fixture.removed(concat("", [ca, "/recipients"]))
	fixture.found(vs) == {["art30.controller_record", "customer-administration", []]}
	[v] := vs
	v.params.letter == "d"
}

test_controller_record_accepts_empty_recipients if {
	vs := main.violations with input as fixture.changed(concat("", [ca, "/recipients"]), [])
	vs == []
}

test_controller_record_reports_each_missing_field if {
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [ca, "/data_subjects"])},
		{"op": "add", "path": concat("", [ca, "/security_measures"]), "value": []},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["art30.controller_record", "customer-administration", []]}
	{v.params.field | some v in vs} == {"data_subjects", "security_measures"}
}

test_controller_record_ignores_retired_activities if {
	doc := fixture.mutate([
		{"op": "remove", "path": concat("", [ca, "/purposes"])},
		{"op": "add", "path": concat("", [ca, "/status"]), "value": "retired"},
	])
	vs := main.violations with input as doc
	vs == []
}

test_processor_record_silent_on_clean if {
	vs := art30.violations with input as fixture.clean
	fixture.of("art30.processor_record", vs) == []
}

test_processor_record_fires_without_processing_operations if {
	vs := main.violations with input as fixture.removed("/register/activities/patient-app/processing_operations")
	fixture.found(vs) == {["art30.processor_record", "patient-app", []]}
	[v] := vs
	v.params == {
		"field": "processing_operations", "letter": "b",
		"what": "the categories of processing carried out for the controllers",
	}
}

test_processor_record_fires_with_empty_processing_operations if {
	vs := main.violations with input as fixture.changed("/register/activities/patient-app/processing_operations", [])
	fixture.found(vs) == {["art30.processor_record", "patient-app", []]}
}

test_processor_record_fires_without_security_measures if {
	vs := art30.violations with input as fixture.removed("/register/activities/patient-app/security_measures")
	fixture.found(vs) == {["art30.processor_record", "patient-app", []]}
	[v] := [v | some v in vs]
	v.params.letter == "d"
}

test_organisation_contact_silent_on_clean if {
	vs := art30.violations with input as fixture.clean
	fixture.of("art30.organisation_contact", vs) == []
}

test_organisation_contact_fires_without_dpo if {
	vs := main.violations with input as fixture.removed("/register/organisation/dpo")
	fixture.found(vs) == {["art30.organisation_contact", "dignio", []]}
	[v] := vs
	v.params == {"field": "dpo", "what": "its data protection officer's contact"}
}

test_organisation_contact_fires_without_contact_email if {
	vs := main.violations with input as fixture.removed("/register/organisation/contact/email")
	fixture.found(vs) == {["art30.organisation_contact", "dignio", []]}
	[v] := vs
	v.params.field == "contact"
}

test_organisation_contact_fires_for_both if {
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/organisation/contact"},
		{"op": "remove", "path": "/register/organisation/dpo"},
	])
	vs := main.violations with input as doc
	{[v.rule, v.params.field] | some v in vs} == {
		["art30.organisation_contact", "contact"],
		["art30.organisation_contact", "dpo"],
	}
}
