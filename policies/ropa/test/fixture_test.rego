# METADATA
# title: Test fixture
# description: |
#   A clean register for the policy tests, modelled on records/ (Dignio's register) as the
#   engine hands it to the policies: no rule fires on it. A test changes one thing with
#   `mutate`, `removed`, `changed` or `appended` and expects exactly one rule to fire; the rules
#   about changes get the register before the change too, with `change` or `amended`.
#   The file ends in _test.rego so that `npm run build:policies` leaves it out of the bundle:
#   it uses json.patch, which the WebAssembly runtime does not have.
package ropa.test

today := "2026-11-23"

# The input document for the clean register.
clean := {"today": today, "register": register}

register := {
	"organisation": organisation,
	"activities": {
		"customer-administration": customer_administration,
		"patient-app": patient_app,
		"remote-monitoring": remote_monitoring,
		"usage-statistics": usage_statistics,
		"website-and-contact": website_and_contact,
	},
	"subprocessors": {"aws": aws},
	"locations": {"aws-stockholm": aws_stockholm, "aws-london": aws_london},
	"segments": segments,
	"products": products,
	"waivers": {},
	"categories": {"patient-communication": patient_communication},
}

# The register's own data category, beside the bundled taxonomy.
patient_communication := object.union(
	envelope("DataCategory", "patient-communication", "Messages between patients and care staff"),
	{"special": true, "direct_identifier": false, "fideslang": "user.content.private"},
)

# `clean` changed by JSON Patch operations (RFC 6902), with paths such as
# "/register/activities/remote-monitoring/dpia".
mutate(ops) := json.patch(clean, ops)

removed(path) := mutate([{"op": "remove", "path": path}])

# Sets an object member (adding it if missing); on an array index it inserts before that item.
changed(path, value) := mutate([{"op": "add", "path": path, "value": value}])

appended(path, value) := mutate([{"op": "add", "path": concat("", [path, "/-"]), "value": value}])

# The input document `head` (such as `clean` or one `mutate` made) judged as a change from the
# register of the input document `base`: input.base is the register before the change (in place
# of any base `head` had).
change(base, head) := object.union(object.remove(head, ["base"]), {"base": base.register})

# The change that applies JSON Patch operations to the clean register.
amended(ops) := change(clean, mutate(ops))

# The base of a full check: the engine's empty register, with no Organisation.
empty_register := {
	"organisation": null, "activities": {}, "subprocessors": {},
	"locations": {}, "segments": {}, "products": {}, "waivers": {},
}

# Violations as [rule, record, path] triples, to compare with what a test expects.
found(violations) := {[v.rule, v.record, v.path] | some v in violations}

# The violations of one rule.
of(rule, violations) := [v | some v in violations; v.rule == rule]

envelope(kind, id, name) := {"apiVersion": "ropa/v1", "kind": kind, "id": id, "name": name}

organisation := object.union(envelope("Organisation", "dignio", "Dignio"), {
	"legal_name": "Dignio AS",
	"country": "NO",
	"contact": {"name": "Dignio privacy team", "email": "privacy@dignio.com", "address": "Oslo, Norway"},
	"dpo": {"name": "Data protection officer", "email": "privacy@dignio.com"},
	"data_residency": [
		{
			"jurisdiction": "EEA", "locations": ["aws-stockholm"], "cities": ["Stockholm"],
			"promise": "Stored in Stockholm (EU customers).",
		},
		{
			"jurisdiction": "UK", "locations": ["aws-london"], "cities": ["London"],
			"promise": "Stored in London (UK customers).",
		},
	],
	"access_without_authorisation": ["technical", "support"],
	"promises": promises,
})

# The organisation states every promise a rule checks, so every promise rule applies.
promises[id] := "A promise in the organisation's own words." if some id in promise_rules

promise_rules := [
	"access.limited", "access.promise_widened", "access.roles_listed", "change.segment_relocation",
	"products.privacy_notice", "storage.controller_location", "storage.jurisdiction",
	"storage.promised_location", "storage.residency_declared", "storage.residency_place",
	"storage.residency_promise", "storage.unpromised_location", "subprocessors.assessment",
	"telemetry.anonymised_aggregated", "telemetry.declared", "telemetry.no_direct_identifiers",
	"telemetry.no_special_categories",
]

customer_administration := object.union(
	envelope("ProcessingActivity", "customer-administration", "Customer administration"),
	{
		"role": "controller",
		"since": "2016-01-01",
		"purposes": ["invoicing customers", "registering and handling complaints and requests"],
		"data_subjects": ["customer contact persons"],
		"data_categories": [
			{"category": "professional-details", "retention": {"period": "P3Y", "after": "end of the relationship"}},
			{"category": "contact-details", "retention": {"period": "P3Y", "after": "end of the relationship"}},
			{"category": "billing-details", "retention": {"period": "P5Y", "after": "end of the financial year"}},
			{"category": "correspondence", "retention": {"period": "P3Y", "after": "the case is closed"}},
		],
		"legal_basis": {"art6": "6(1)(b)", "explanation": "Necessary to perform the contract with the customer."},
		"recipients": ["accountants and auditors", "tax authorities"],
		"storage_locations": ["aws-stockholm"],
		"subprocessors": ["aws"],
		"security_measures": ["encryption-at-rest", "encryption-in-transit", "role-based-access-control"],
		"data_subject_requests": {"procedure": "Answered by the privacy team.", "response_days": 30},
		"products": ["dignio-website"],
	},
)

# Processor activities keep their data until three months after the customer contract ends.
contract_end := {"period": "P3M", "after": "end of the customer contract"}

all_segments := ["no-municipalities", "no-hospitals", "se-regions", "uk-nhs"]

patient_app := object.union(envelope("ProcessingActivity", "patient-app", "Patient app and messaging"), {
	"role": "processor",
	"since": "2018-01-01",
	"customer_segments": all_segments,
	"processing_operations": ["hosting of the app's back end", "delivery of messages and video consultations"],
	"data_subjects": ["patients", "next of kin", "health personnel"],
	"data_categories": [{"category": c, "retention": contract_end} | some c in [
		"identification", "contact-details", "health-measurements",
		"patient-communication", "device-data", "user-account",
	]],
	"recipients": [],
	"products": ["mydignio"],
	"storage_locations": ["aws-stockholm", "aws-london"],
	"subprocessors": ["aws"],
	"security_measures": ["encryption-at-rest", "encryption-in-transit", "access-logging", "multi-factor-authentication"],
	"access": [
		{"role": "platform engineers", "category": "technical"},
		{"role": "customer support", "category": "support"},
	],
	"large_scale": true,
	"dpia": {"reference": "DPIA-2025-02 Patient app", "reviewed_on": "2026-04-20"},
	"data_subject_requests": {
		"procedure": "Passed to the care provider.", "route_to_controller": true,
		"response_days": 30,
	},
})

remote_monitoring := object.union(envelope("ProcessingActivity", "remote-monitoring", "Remote patient monitoring"), {
	"role": "processor",
	"since": "2016-01-01",
	"customer_segments": all_segments,
	"processing_operations": ["hosting and storage of patient data", "technical support at the customer's request"],
	"data_subjects": ["patients", "health personnel"],
	"data_categories": [{"category": c, "retention": contract_end} | some c in [
		"identification", "national-id", "contact-details", "health-measurements",
		"health-records", "medication", "professional-details", "user-account",
	]],
	"recipients": [],
	"products": ["dignio-prevent"],
	"storage_locations": ["aws-stockholm", "aws-london"],
	"subprocessors": ["aws"],
	"security_measures": ["encryption-at-rest", "encryption-in-transit", "access-logging", "backups"],
	"access": [
		{"role": "platform engineers", "category": "technical"},
		{"role": "customer support", "category": "support"},
		{"role": "product managers", "category": "other", "customer_authorisation": true},
	],
	"large_scale": true,
	"dpia": {"reference": "DPIA-2025-01 Remote patient monitoring", "reviewed_on": "2026-02-10"},
	"data_subject_requests": {"procedure": "Forwarded to the customer.", "route_to_controller": true, "response_days": 30},
})

usage_statistics := object.union(envelope("ProcessingActivity", "usage-statistics", "Usage statistics"), {
	"role": "controller",
	"since": "2016-01-01",
	"purposes": ["learning how the services are used to improve them"],
	"data_subjects": ["patients", "health personnel"],
	"data_categories": [
		{"category": "usage-statistics", "retention": {"period": "P2Y"}},
	],
	"legal_basis": {"art6": "6(1)(f)", "assessment": "LIA-2024-03 Usage statistics"},
	"dpa_clause": "DPA clause 9: anonymised usage statistics",
	"recipients": [],
	"products": ["dignio-prevent", "mydignio"],
	"storage_locations": ["aws-stockholm"],
	"subprocessors": ["aws"],
	"security_measures": ["encryption-at-rest", "encryption-in-transit"],
	"telemetry": {
		"anonymised": true,
		"aggregated": true,
		"method": "Events are counted per feature and day; small counts are suppressed.",
		"minimum_group_size": 10,
	},
	"data_subject_requests": {"procedure": "Answered by the privacy team.", "response_days": 30},
})

website_and_contact := object.union(envelope("ProcessingActivity", "website-and-contact", "Website and contact"), {
	"role": "controller",
	"since": "2016-01-01",
	"purposes": ["answering enquiries and booking demonstrations", "operating the website"],
	"data_subjects": ["website visitors", "prospective customers"],
	"data_categories": [
		{"category": "contact-details", "retention": {"period": "P12M", "after": "the last contact"}},
		{"category": "correspondence", "retention": {"period": "P12M", "after": "the last contact"}},
		{"category": "online-identifiers", "retention": {"period": "P13M"}},
	],
	"legal_basis": {"art6": "6(1)(f)", "assessment": "LIA-2024-01 Website and enquiries"},
	"recipients": [],
	"products": ["dignio-website"],
	"storage_locations": ["aws-stockholm"],
	"subprocessors": ["aws"],
	"security_measures": ["encryption-in-transit"],
	"data_subject_requests": {"procedure": "Answered by the privacy team.", "response_days": 30},
})

aws := object.union(envelope("Subprocessor", "aws", "Amazon Web Services"), {
	"legal_name": "Amazon Web Services EMEA SARL",
	"country": "LU",
	"services": ["cloud hosting", "backups"],
	"processing_locations": ["aws-stockholm", "aws-london"],
	"data_categories": [
		"identification", "national-id", "contact-details", "user-account", "health-measurements",
		"health-records", "medication", "patient-communication", "professional-details", "billing-details",
		"correspondence", "device-data", "online-identifiers", "usage-statistics",
	],
	"dpa": {"reference": "AWS GDPR Data Processing Addendum", "signed_on": "2019-05-02"},
	"privacy_assessment": {"assessed_on": "2026-06-15", "outcome": "approved", "reference": "SUP-2026-004"},
	"effective_from": "2019-06-01",
})

# A cloud region as a StorageLocation record.
location(id, provider, region, country, city) := object.union(
	envelope("StorageLocation", id, id),
	{"provider": provider, "region": region, "country": country, "city": city},
)

aws_stockholm := location("aws-stockholm", "aws", "eu-north-1", "SE", "Stockholm")

aws_london := location("aws-london", "aws", "eu-west-2", "GB", "London")

segment(id, jurisdiction, storage_location) := object.union(envelope("CustomerSegment", id, id), {
	"controllers": concat(" ", ["Care providers of", id]),
	"jurisdiction": jurisdiction,
	"storage_location": storage_location,
	"dpa": {"template_version": concat(" ", ["DPA", jurisdiction]), "reference": "Dignio data processing agreement"},
	"notice_period_days": 30,
})

segments := {
	"no-municipalities": segment("no-municipalities", "NO", "aws-stockholm"),
	"no-hospitals": segment("no-hospitals", "NO", "aws-stockholm"),
	"se-regions": segment("se-regions", "SE", "aws-stockholm"),
	"uk-nhs": segment("uk-nhs", "GB", "aws-london"),
}

product_record(id, name) := object.union(envelope("Product", id, name), {"privacy_notice": {
	"url": concat("", ["https://www.dignio.com/personvern-", id]),
	"version": "2024-1",
	"updated_on": "2024-09-01",
}})

products := {
	"dignio-prevent": product_record("dignio-prevent", "Dignio Prevent"),
	"dignio-website": product_record("dignio-website", "dignio.com"),
	"mydignio": product_record("mydignio", "MyDignio"),
}
