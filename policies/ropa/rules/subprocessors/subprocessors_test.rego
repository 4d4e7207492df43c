package ropa.rules.subprocessors_test

import data.ropa.main
import data.ropa.rules.subprocessors
import data.ropa.test as fixture

aws := "/register/subprocessors/aws"

add(path, value) := {"op": "add", "path": path, "value": value}

# aws also processes data in a location, which is added to the register.
aws_also_in(location) := [
	add(concat("/", ["/register/locations", location.id]), location),
	add(concat("", [aws, "/processing_locations/-"]), location.id),
]

# A location and a subprocessor added to the register, used by no activity yet.
registered(location, sub) := [
	add(concat("/", ["/register/locations", location.id]), location),
	add(concat("/", ["/register/subprocessors", sub.id]), sub),
]

virginia := fixture.location("aws-virginia", "aws", "us-east-1", "US", "N. Virginia")

zurich := fixture.location("aws-zurich", "aws", "eu-central-2", "CH", "Zurich")

# A data centre outside any adequacy decision, with no cloud provider.
mumbai := object.union(fixture.envelope("StorageLocation", "dc-mumbai", "Mumbai"), {"country": "IN", "city": "Mumbai"})

# A mailing service used by the website only: data of the organisation's own (EEA) regime.
mailer := object.union(fixture.envelope("Subprocessor", "mailer", "Mailer Inc."), {
	"country": "US",
	"processing_locations": ["aws-virginia"],
	"data_categories": ["contact-details", "correspondence", "online-identifiers"],
	"dpa": {"reference": "Mailer DPA", "signed_on": "2025-01-01"},
	"privacy_assessment": {"assessed_on": "2026-01-01", "outcome": "approved"},
})

# [regime, dpf note] of each transfer violation.
transfers(vs) := {[v.params.regime, v.params.dpf] | some v in fixture.of("subprocessors.transfer", vs)}

test_dpa_silent_on_clean if {
	vs := subprocessors.violations with input as fixture.clean
	fixture.of("subprocessors.dpa", vs) == []
}

test_dpa_fires_without_dpa if {
	vs := main.violations with input as fixture.removed(concat("", [aws, "/dpa"]))
	fixture.found(vs) == {["subprocessors.dpa", "aws", []]}
}

test_transfer_silent_on_clean if {
	vs := subprocessors.violations with input as fixture.clean
	fixture.of("subprocessors.transfer", vs) == []
}

test_transfer_fires_for_the_us_without_dpf if {
	vs := main.violations with input as fixture.mutate(aws_also_in(virginia))
	fixture.found(vs) == {["subprocessors.transfer", "aws", ["processing_locations", 2]]}
	transfers(vs) == {
		["EEA", " without EU-US Data Privacy Framework certification"],
		["UK", " without the UK Extension to the Data Privacy Framework"],
	}
	some v in vs
	v.params.location == "aws-virginia"
	v.params.country == "US"
}

test_transfer_dpf_without_uk_extension_covers_only_eea_data if {
	ops := array.concat(aws_also_in(virginia), [add(concat("", [aws, "/dpf"]), {
		"certified": true,
		"verified_on": "2026-11-01",
	})])
	vs := main.violations with input as fixture.mutate(ops)
	fixture.found(vs) == {["subprocessors.transfer", "aws", ["processing_locations", 2]]}
	transfers(vs) == {["UK", " without the UK Extension to the Data Privacy Framework"]}
	[v] := vs
	v.params.tools == "bcr, uk-addendum, uk-idta"
}

test_transfer_dpf_with_uk_extension_covers_both if {
	dpf := {"certified": true, "uk_extension": true, "verified_on": "2026-11-01"}
	ops := array.concat(aws_also_in(virginia), [add(concat("", [aws, "/dpf"]), dpf)])
	vs := main.violations with input as fixture.mutate(ops)
	vs == []
}

test_transfer_uk_extension_needs_certification if {
	dpf := {"certified": false, "uk_extension": true, "verified_on": "2026-11-01"}
	ops := array.concat(aws_also_in(virginia), [add(concat("", [aws, "/dpf"]), dpf)])
	vs := main.violations with input as fixture.mutate(ops)
	transfers(vs) == {
		["EEA", " without EU-US Data Privacy Framework certification"],
		["UK", " without the UK Extension to the Data Privacy Framework"],
	}
}

test_transfer_covered_by_transfer_mechanisms if {
	mechanisms := [
		{"location": "aws-virginia", "mechanism": "scc-2021-914-module-3", "signed_on": "2024-01-01"},
		{"location": "aws-virginia", "mechanism": "uk-addendum", "signed_on": "2024-01-01"},
	]
	ops := array.concat(aws_also_in(virginia), [add(concat("", [aws, "/transfer_mechanisms"]), mechanisms)])
	vs := main.violations with input as fixture.mutate(ops)
	vs == []
}

test_transfer_mechanism_must_fit_the_regime if {
	mechanisms := [{"location": "aws-virginia", "mechanism": "scc-2021-914-module-3", "signed_on": "2024-01-01"}]
	ops := array.concat(aws_also_in(virginia), [add(concat("", [aws, "/transfer_mechanisms"]), mechanisms)])
	vs := main.violations with input as fixture.mutate(ops)
	transfers(vs) == {["UK", " without the UK Extension to the Data Privacy Framework"]}
}

test_transfer_mechanism_must_name_the_location if {
	mechanisms := [
		{"location": "aws-london", "mechanism": "scc-2021-914-module-3", "signed_on": "2024-01-01"},
		{"location": "aws-london", "mechanism": "uk-addendum", "signed_on": "2024-01-01"},
	]
	ops := array.concat(aws_also_in(virginia), [add(concat("", [aws, "/transfer_mechanisms"]), mechanisms)])
	vs := main.violations with input as fixture.mutate(ops)
	count(transfers(vs)) == 2
}

test_transfer_allows_adequate_countries if {
	vs := main.violations with input as fixture.mutate(aws_also_in(zurich))
	vs == []
}

test_transfer_fires_for_a_country_without_adequacy if {
	vs := main.violations with input as fixture.mutate(aws_also_in(mumbai))
	fixture.found(vs) == {["subprocessors.transfer", "aws", ["processing_locations", 2]]}
	transfers(vs) == {["EEA", ""], ["UK", ""]}
}

test_transfer_controller_data_follows_the_organisations_regime if {
	doc := fixture.mutate([
		add("/register/locations/aws-virginia", virginia),
		add("/register/subprocessors/mailer", mailer),
		add("/register/activities/website-and-contact/subprocessors/-", "mailer"),
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["subprocessors.transfer", "mailer", ["processing_locations", 0]]}
	transfers(vs) == {["EEA", " without EU-US Data Privacy Framework certification"]}
}

test_transfer_uk_organisation_controller_data if {
	doc := fixture.mutate([
		add("/register/organisation/country", "GB"),
		add("/register/locations/aws-virginia", virginia),
		add("/register/subprocessors/mailer", mailer),
		add("/register/activities/website-and-contact/subprocessors/-", "mailer"),
	])
	vs := main.violations with input as doc
	transfers(vs) == {["UK", " without the UK Extension to the Data Privacy Framework"]}
}

test_assessment_silent_on_clean if {
	vs := subprocessors.violations with input as fixture.clean
	fixture.of("subprocessors.assessment", vs) == []
}

test_assessment_fires_without_assessment if {
	vs := main.violations with input as fixture.removed(concat("", [aws, "/privacy_assessment"]))
	fixture.found(vs) == {["subprocessors.assessment", "aws", []]}
	[v] := vs
	v.params == {"problem": "has no privacy assessment recorded"}
}

test_assessment_fires_after_more_than_12_months if {
	vs := main.violations with input as fixture.changed(concat("", [aws, "/privacy_assessment/assessed_on"]), "2025-11-22")
	fixture.found(vs) == {["subprocessors.assessment", "aws", ["privacy_assessment", "assessed_on"]]}
	[v] := vs
	v.params == {"problem": "was last assessed on 2025-11-22, more than 12 months ago"}
}

test_assessment_silent_at_exactly_12_months if {
	vs := main.violations with input as fixture.changed(concat("", [aws, "/privacy_assessment/assessed_on"]), "2025-11-23")
	vs == []
}

test_assessment_rejected_silent_on_clean if {
	vs := subprocessors.violations with input as fixture.clean
	fixture.of("subprocessors.assessment_rejected", vs) == []
}

test_assessment_rejected_fires_when_used if {
	vs := main.violations with input as fixture.changed(concat("", [aws, "/privacy_assessment/outcome"]), "rejected")
	fixture.found(vs) == {["subprocessors.assessment_rejected", "aws", ["privacy_assessment", "outcome"]]}
	[v] := vs
	v.params == {"activities": [
		"customer-administration", "patient-app", "remote-monitoring",
		"usage-statistics", "website-and-contact",
	]}
}

test_assessment_rejected_not_for_an_unused_subprocessor if {
	rejected := object.union(mailer, {"privacy_assessment": {"assessed_on": "2026-01-01", "outcome": "rejected"}})
	doc := fixture.mutate(registered(virginia, rejected))
	vs := main.violations with input as doc
	fixture.found(vs) == {["subprocessors.unused", "mailer", []]}
}

test_unused_silent_on_clean if {
	vs := subprocessors.violations with input as fixture.clean
	fixture.of("subprocessors.unused", vs) == []
}

test_unused_fires_for_a_subprocessor_no_activity_uses if {
	zurich_mailer := object.union(mailer, {"processing_locations": ["aws-zurich"]})
	doc := fixture.mutate(registered(zurich, zurich_mailer))
	vs := main.violations with input as doc
	fixture.found(vs) == {["subprocessors.unused", "mailer", []]}
}

test_unused_ignores_retired_subprocessors if {
	retired := object.union(mailer, {"status": "retired", "retired_on": "2025-01-01", "retired_reason": "replaced"})
	doc := fixture.mutate(registered(virginia, retired))
	vs := main.violations with input as doc
	vs == []
}

test_unused_counts_only_active_activities if {
	doc := fixture.mutate([
		add("/register/locations/aws-virginia", virginia),
		add("/register/subprocessors/mailer", mailer),
		add("/register/activities/website-and-contact/subprocessors/-", "mailer"),
		add("/register/activities/website-and-contact/status", "retired"),
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["subprocessors.unused", "mailer", []]}
}

test_data_reach_silent_on_clean if {
	vs := subprocessors.violations with input as fixture.clean
	fixture.of("subprocessors.data_reach", vs) == []
}

test_data_reach_fires_for_a_category_the_subprocessor_does_not_list if {
	vs := main.violations with input as fixture.removed(concat("", [aws, "/data_categories/9"]))
	fixture.found(vs) == {["subprocessors.data_reach", "customer-administration", ["subprocessors", 0]]}
	[v] := vs
	v.params == {"subprocessor": "aws", "categories": ["billing-details"]}
}

test_data_reach_not_for_a_retired_subprocessor if {
	# Using a retired subprocessor is records.retired_reference; its record still lists the categories.
	vs := subprocessors.violations with input as fixture.changed(concat("", [aws, "/status"]), "retired")
	vs == set()
}
