package ropa.facts_test

import data.ropa.facts
import data.ropa.main
import data.ropa.test as fixture

# The clean register's facts, as one shard would report them.
clean_facts := {
	"subprocessors_used": ["aws"],
	"products_used": ["dignio-prevent", "dignio-website", "mydignio"],
	"rejected_users": [],
	"subprocessor_flows": [
		[
			"aws", "EEA", "controller",
			{"country": "GB", "kind": "processing", "path": ["processing_locations", 1], "place": "aws-london"},
		],
		[
			"aws", "EEA", "processor",
			{"country": "GB", "kind": "processing", "path": ["processing_locations", 1], "place": "aws-london"},
		],
		[
			"aws", "UK", "processor",
			{"country": "LU", "kind": "establishment", "path": ["country"], "place": "country"},
		],
		[
			"aws", "UK", "processor",
			{"country": "SE", "kind": "processing", "path": ["processing_locations", 0], "place": "aws-stockholm"},
		],
	],
	"processor_subjects": [
		["health personnel", "patient-app"], ["health personnel", "remote-monitoring"], ["next of kin", "patient-app"],
		["patients", "patient-app"], ["patients", "remote-monitoring"],
	],
}

# The clean register with no activities, as a shard holding none of them.
no_activities := fixture.changed("/register/activities", {})

test_local_facts_of_the_clean_register if {
	local := facts.local with input as fixture.clean
	object.keys(local) == object.keys(clean_facts)
	every name, fact in local {
		fact == {item | some item in clean_facts[name]}
	}
}

test_a_shard_without_the_activities_is_judged_by_the_given_facts if {
	# Alone, the records look unused.
	alone := main.violations with input as no_activities
	count(fixture.of("subprocessors.unused", alone)) > 0
	count(fixture.of("products.activities", alone)) > 0

	# With the facts of the shards that hold the activities, they are not.
	given := main.violations with input as object.union(no_activities, {"shard": {"facts": clean_facts}})
	fixture.of("subprocessors.unused", given) == []
	fixture.of("products.activities", given) == []
}

test_sharded_facts_replace_the_local_ones if {
	none_used := object.union(clean_facts, {"subprocessors_used": [], "products_used": []})
	doc := object.union(fixture.clean, {"shard": {"facts": none_used}})
	count(fixture.of("subprocessors.unused", main.violations)) > 0 with input as doc
	count(fixture.of("products.activities", main.violations)) > 0 with input as doc
}

test_processor_subjects_keep_three_examples_per_subject if {
	monitoring := fixture.register.activities["remote-monitoring"]
	many := {id: object.union(monitoring, {"id": id}) | some id in ["p1", "p2", "p3", "p4"]}
	local := facts.local with input as fixture.changed("/register/activities", many)
	local.processor_subjects == {[s, id] | some s in ["health personnel", "patients"]; some id in ["p1", "p2", "p3"]}
}

waiver := {
	"apiVersion": "ropa/v1", "kind": "Waiver", "id": "w-nothing", "name": "A waiver of nothing",
	"rule": "dpia.review", "record": "remote-monitoring",
	"approved_by": "DPO", "approved_on": "2026-11-01", "expires_on": "2026-12-01", "reason": "A test.",
}

with_waiver := fixture.changed("/register/waivers/w-nothing", waiver)

test_an_unused_waiver_waits_for_every_shard if {
	# One evaluation knows the waiver matches nothing.
	fixture.of("waivers.unused", main.violations) != [] with input as with_waiver

	# A shard does not: another shard's violations may match it.
	shard := object.union(with_waiver, {"shard": {"facts": clean_facts}})
	fixture.of("waivers.unused", main.violations) == [] with input as shard

	# The last evaluation does, from what every shard matched.
	unused := object.union(with_waiver, {"shard": {"facts": clean_facts, "waivers_used": []}})
	fixture.of("waivers.unused", main.violations) != [] with input as unused
	used := object.union(with_waiver, {"shard": {"facts": clean_facts, "waivers_used": ["w-nothing"]}})
	fixture.of("waivers.unused", main.violations) == [] with input as used
}

# A subprocessor no shard holds (no record names it) is judged in the last evaluation only: a waiver
# its violation matches there is in use, though no shard matched it.
test_the_last_evaluation_counts_the_waivers_its_own_violations_match if {
	no_dpa := object.union(waiver, {"id": "w-dpa", "rule": "subprocessors.dpa", "record": "aws"})
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/subprocessors/aws/dpa"},
		{"op": "add", "path": "/register/waivers/w-dpa", "value": no_dpa},
	])
	last := object.union(doc, {"shard": {"facts": clean_facts, "waivers_used": []}})
	vs := main.violations with input as last
	[v.waiver | some v in fixture.of("subprocessors.dpa", vs)] == ["w-dpa"]
	fixture.of("waivers.unused", vs) == []
}

test_a_shard_reports_its_violations_and_the_waivers_they_matched if {
	result := main.shard with input as with_waiver
	result.violations == main.violations with input as with_waiver
	result.waivers_used == set() with input as with_waiver
}
