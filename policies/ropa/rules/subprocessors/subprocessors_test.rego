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

# [regime, country, place] of each transfer violation.
transfers(vs) := {[v.params.regime, v.params.country, v.params.place] |
	some v in fixture.of("subprocessors.transfer", vs)
}

# aws also processes data in a location, under these mechanisms.
aws_in_with(location, mechanisms) := array.concat(
	aws_also_in(location),
	[add(concat("", [aws, "/transfer_mechanisms"]), mechanisms)],
)

tia := {"assessed_on": "2026-06-01", "outcome": "supplementary-measures"}

scc(location, module) := {"location": location, "mechanism": module, "signed_on": "2024-01-01", "tia": tia}

# aws serves controller activities (module 2) and processor activities (module 3).
both_modules(location) := [scc(location, "scc-2021-914-module-2"), scc(location, "scc-2021-914-module-3")]

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
	transfers(vs) == {["EEA", "US", "aws-virginia"], ["UK", "US", "aws-virginia"]}
	some v in vs
	v.params.regime == "EEA"
	v.params.fits == ["art49", "bcr-eu", "dpf", "scc-2021-914-module-3"]
}

test_transfer_dpf_without_uk_extension_covers_only_eea_data if {
	ops := array.concat(aws_also_in(virginia), [add(concat("", [aws, "/dpf"]), {
		"certified": true,
		"verified_on": "2026-11-01",
	})])
	vs := main.violations with input as fixture.mutate(ops)
	transfers(vs) == {["UK", "US", "aws-virginia"]}
	[v] := vs
	v.params.fits == ["art49", "bcr-uk", "dpf_uk_extension", "uk-addendum", "uk-idta"]
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
	transfers(vs) == {["EEA", "US", "aws-virginia"], ["UK", "US", "aws-virginia"]}
}

# A stale DPF verification still covers the transfer, and is a warning of its own.
test_dpf_verified_fires_when_stale if {
	dpf := {"certified": true, "uk_extension": true, "verified_on": "2025-10-01"}
	ops := array.concat(aws_also_in(virginia), [add(concat("", [aws, "/dpf"]), dpf)])
	vs := main.violations with input as fixture.mutate(ops)
	fixture.found(vs) == {["subprocessors.dpf_verified", "aws", ["dpf", "verified_on"]]}
}

test_dpf_verified_fires_for_a_future_date if {
	dpf := {"certified": true, "uk_extension": true, "verified_on": "2027-01-01"}
	ops := array.concat(aws_also_in(virginia), [add(concat("", [aws, "/dpf"]), dpf)])
	vs := main.violations with input as fixture.mutate(ops)

	# records.future_date says as well that the verification has not happened yet.
	fixture.found(vs) == {
		["subprocessors.dpf_verified", "aws", ["dpf", "verified_on"]],
		["records.future_date", "aws", ["dpf", "verified_on"]],
	}
}

test_transfer_covered_by_sccs_and_the_uk_addendum if {
	ops := aws_in_with(virginia, array.concat(both_modules("aws-virginia"), [scc("aws-virginia", "uk-addendum")]))
	vs := main.violations with input as fixture.mutate(ops)
	vs == []
}

# The EU SCCs cover EEA data only; UK data needs the Addendum or the IDTA as well.
test_transfer_eu_sccs_alone_leave_uk_data_uncovered if {
	ops := aws_in_with(virginia, both_modules("aws-virginia"))
	vs := main.violations with input as fixture.mutate(ops)
	transfers(vs) == {["UK", "US", "aws-virginia"]}
}

# The UK Addendum only amends the EU SCCs: alone it covers nothing, and is named as a misfit.
test_transfer_uk_addendum_alone_covers_nothing if {
	ops := aws_in_with(virginia, [scc("aws-virginia", "uk-addendum")])
	vs := main.violations with input as fixture.mutate(ops)
	transfers(vs) == {["EEA", "US", "aws-virginia"], ["UK", "US", "aws-virginia"]}
	misfits := fixture.of("subprocessors.mechanism_fits", vs)
	fixture.found(misfits) == {["subprocessors.mechanism_fits", "aws", ["transfer_mechanisms", 0]]}
}

# Module 1 (controller to controller) never covers a processor's transfer to its subprocessor.
test_transfer_scc_module_1_does_not_fit_a_subprocessor if {
	ops := aws_in_with(mumbai, [
		scc("dc-mumbai", "scc-2021-914-module-1"), scc("dc-mumbai", "scc-2021-914-module-2"),
		scc("dc-mumbai", "uk-idta"),
	])
	vs := main.violations with input as fixture.mutate(ops)
	transfers(vs) == {["EEA", "IN", "dc-mumbai"]}
	[t] := fixture.of("subprocessors.transfer", vs)
	t.params.role == "processor"
	[v] := fixture.of("subprocessors.mechanism_fits", vs)
	"scc-2021-914-module-3" in v.params.fits
	not "scc-2021-914-module-1" in v.params.fits
	not "dpf" in v.params.fits
}

test_transfer_mechanism_must_name_the_location if {
	ops := aws_in_with(virginia, [scc("aws-london", "scc-2021-914-module-3"), scc("aws-london", "uk-addendum")])
	vs := main.violations with input as fixture.mutate(ops)
	count(transfers(vs)) == 2
}

test_transfer_mechanism_may_name_the_country if {
	ops := aws_in_with(mumbai, [
		{"country": "IN", "mechanism": "scc-2021-914-module-3", "signed_on": "2024-01-01", "tia": tia},
		{"country": "IN", "mechanism": "scc-2021-914-module-2", "signed_on": "2024-01-01", "tia": tia},
		{"country": "IN", "mechanism": "uk-idta", "signed_on": "2024-01-01", "tia": tia},
	])
	vs := main.violations with input as fixture.mutate(ops)
	vs == []
}

test_transfer_allows_adequate_countries if {
	vs := main.violations with input as fixture.mutate(aws_also_in(zurich))
	vs == []
}

test_transfer_fires_for_a_country_without_adequacy if {
	vs := main.violations with input as fixture.mutate(aws_also_in(mumbai))
	fixture.found(vs) == {["subprocessors.transfer", "aws", ["processing_locations", 2]]}
	transfers(vs) == {["EEA", "IN", "dc-mumbai"], ["UK", "IN", "dc-mumbai"]}
	every v in vs {
		not "dpf" in v.params.fits
		not "dpf_uk_extension" in v.params.fits
	}
}

# The importer's establishment is a destination: a US company with no DPF or SCCs hosting in
# Frankfurt still receives the data in the United States (EDPB Guidelines 05/2021).
test_transfer_to_an_importer_established_abroad if {
	vs := main.violations with input as fixture.changed(concat("", [aws, "/country"]), "US")
	fixture.found(vs) == {["subprocessors.transfer", "aws", ["country"]]}
	transfers(vs) == {["EEA", "US", "country"], ["UK", "US", "country"]}
}

# One finding per country: a US company processing in the US is one transfer, at its location.
test_transfer_one_per_country if {
	ops := array.concat(aws_also_in(virginia), [add(concat("", [aws, "/country"]), "US")])
	vs := main.violations with input as fixture.mutate(ops)
	fixture.found(vs) == {["subprocessors.transfer", "aws", ["processing_locations", 2]]}
}

# Remote access (support staff abroad) is a transfer to where they are.
test_transfer_by_remote_access if {
	support := [{"country": "IN", "purpose": "support"}]
	vs := main.violations with input as fixture.changed(concat("", [aws, "/access_locations"]), support)
	fixture.found(vs) == {["subprocessors.transfer", "aws", ["access_locations", 0]]}
	transfers(vs) == {["EEA", "IN", "support"], ["UK", "IN", "support"]}
}

# Partial adequacy: Canada's decision covers PIPEDA-subject organisations only.
test_transfer_partial_adequacy_needs_the_sector if {
	toronto := fixture.location("aws-montreal", "aws", "ca-central-1", "CA", "Montreal")
	vs := main.violations with input as fixture.mutate(aws_also_in(toronto))
	transfers(vs) == {["EEA", "CA", "aws-montreal"], ["UK", "CA", "aws-montreal"]}
	ops := array.concat(aws_also_in(toronto), [add(concat("", [aws, "/adequacy_scope"]), ["ca-pipeda"])])
	covered := main.violations with input as fixture.mutate(ops)
	covered == []
}

# Dignio AS is in Norway: UK customers' data sent to a US subprocessor is also an EU transfer,
# even when only UK customers use it.
test_transfer_norway_and_uk_dual_regime if {
	doc := fixture.mutate([
		add("/register/locations/aws-virginia", virginia),
		add("/register/subprocessors/mailer", mailer),
		add("/register/activities/patient-app/subprocessors/-", "mailer"),
		add("/register/activities/patient-app/customer_segments", ["uk-nhs"]),
	])
	vs := subprocessors.violations with input as doc
	transfers(vs) == {["EEA", "US", "aws-virginia"], ["UK", "US", "aws-virginia"]}
}

test_tia_fires_when_missing if {
	ops := aws_in_with(mumbai, [
		{"location": "dc-mumbai", "mechanism": "scc-2021-914-module-3", "signed_on": "2024-01-01"},
		scc("dc-mumbai", "scc-2021-914-module-2"), scc("dc-mumbai", "uk-idta"),
	])
	vs := main.violations with input as fixture.mutate(ops)
	fixture.found(vs) == {["subprocessors.tia", "aws", ["transfer_mechanisms", 0]]}
	[v] := vs
	v.params.status == "missing"
}

test_tia_fires_when_older_than_12_months if {
	old := {"assessed_on": "2025-10-01", "outcome": "no-impediment"}
	idta := object.union(scc("dc-mumbai", "uk-idta"), {"tia": old})
	ops := aws_in_with(mumbai, array.concat(both_modules("dc-mumbai"), [idta]))
	vs := main.violations with input as fixture.mutate(ops)
	fixture.found(vs) == {["subprocessors.tia", "aws", ["transfer_mechanisms", 2]]}
}

# SCCs recorded beside a DPF certification are a fallback: no impact assessment is asked for.
test_tia_not_asked_for_a_fallback_beside_the_dpf if {
	dpf := {"certified": true, "uk_extension": true, "verified_on": "2026-11-01"}
	plain := {"location": "aws-virginia", "mechanism": "scc-2021-914-module-3", "signed_on": "2024-01-01"}
	ops := array.concat(aws_in_with(virginia, [plain]), [add(concat("", [aws, "/dpf"]), dpf)])
	vs := main.violations with input as fixture.mutate(ops)
	vs == []
}

test_tia_negative_is_an_error if {
	bad := {"assessed_on": "2026-10-01", "outcome": "insufficient"}
	ops := aws_in_with(mumbai, [
		object.union(scc("dc-mumbai", "scc-2021-914-module-3"), {"tia": bad}),
		scc("dc-mumbai", "scc-2021-914-module-2"), scc("dc-mumbai", "uk-idta"),
	])
	vs := main.violations with input as fixture.mutate(ops)
	fixture.found(vs) == {["subprocessors.tia_negative", "aws", ["transfer_mechanisms", 0, "tia"]]}
}

test_transfer_art49_named_and_occasional if {
	art49 := {"country": "IN", "mechanism": "art49", "derogation": "49(1)(c)", "occasional": true}
	ops := aws_in_with(mumbai, [art49])
	vs := main.violations with input as fixture.mutate(ops)
	vs == []
	unnamed := main.violations with input as fixture.mutate(aws_in_with(mumbai, [object.remove(art49, ["derogation"])]))
	count(transfers(unnamed)) == 2
	fixture.of("subprocessors.mechanism_fits", unnamed) != []
}

test_transfer_controller_data_follows_the_organisations_regime if {
	doc := fixture.mutate([
		add("/register/locations/aws-virginia", virginia),
		add("/register/subprocessors/mailer", mailer),
		add("/register/activities/website-and-contact/subprocessors/-", "mailer"),
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["subprocessors.transfer", "mailer", ["processing_locations", 0]]}
	transfers(vs) == {["EEA", "US", "aws-virginia"]}
	every v in vs {
		v.params.role == "controller"
		"scc-2021-914-module-2" in v.params.fits
	}
}

test_transfer_uk_organisation_controller_data if {
	doc := fixture.mutate([
		add("/register/organisation/country", "GB"),
		add("/register/locations/aws-virginia", virginia),
		add("/register/subprocessors/mailer", mailer),
		add("/register/activities/website-and-contact/subprocessors/-", "mailer"),
	])
	vs := subprocessors.violations with input as doc
	transfers(vs) == {["UK", "US", "aws-virginia"]}
}

test_assessment_silent_on_clean if {
	vs := subprocessors.violations with input as fixture.clean
	fixture.of("subprocessors.assessment", vs) == []
}

test_assessment_fires_without_assessment if {
	vs := main.violations with input as fixture.removed(concat("", [aws, "/privacy_assessment"]))
	fixture.found(vs) == {["subprocessors.assessment", "aws", []]}
	[v] := vs
	v.params == {"assessed_on": "none"}
}

test_assessment_fires_after_more_than_12_months if {
	vs := main.violations with input as fixture.changed(concat("", [aws, "/privacy_assessment/assessed_on"]), "2025-11-22")
	fixture.found(vs) == {["subprocessors.assessment", "aws", ["privacy_assessment", "assessed_on"]]}
	[v] := vs
	v.params == {"assessed_on": "2025-11-22"}
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

# customer-administration sends aws only the categories named.
sends_aws_only(categories) := [{
	"op": "replace", "path": "/register/activities/customer-administration/subprocessors/0",
	"value": {"id": "aws", "categories": categories},
}]

# aws's record no longer lists billing details.
aws_without_billing := {"op": "remove", "path": concat("", [aws, "/data_categories/9"])}

test_data_reach_follows_the_categories_an_activity_sends if {
	# aws no longer lists billing details, and customer administration no longer sends them.
	ops := array.concat(sends_aws_only(["contact-details", "correspondence"]), [aws_without_billing])
	vs := main.violations with input as fixture.mutate(ops)
	vs == []
}

test_data_reach_fires_for_a_category_the_item_sends if {
	ops := array.concat(sends_aws_only(["billing-details"]), [aws_without_billing])
	vs := main.violations with input as fixture.mutate(ops)
	fixture.found(vs) == {["subprocessors.data_reach", "customer-administration", ["subprocessors", 0]]}
	[v] := vs
	v.params == {"subprocessor": "aws", "categories": ["billing-details"]}
	v.key == ["subprocessors", "aws"]
}

test_sent_categories_silent_on_clean if {
	vs := subprocessors.violations with input as fixture.clean
	fixture.of("subprocessors.sent_categories", vs) == []
}

test_sent_categories_fires_for_a_category_the_activity_does_not_process if {
	vs := main.violations with input as fixture.mutate(sends_aws_only(["contact-details", "health-records"]))
	path := ["subprocessors", 0, "categories", 1]
	fixture.found(vs) == {["subprocessors.sent_categories", "customer-administration", path]}
	[v] := vs
	v.params == {
		"subprocessor": "aws", "category": "health-records",
		"categories": ["billing-details", "contact-details", "correspondence", "professional-details"],
	}
}
