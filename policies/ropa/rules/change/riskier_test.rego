package ropa.rules.change_test

import data.ropa.main
import data.ropa.rules.change
import data.ropa.test as fixture

# change.dpo_approval

test_dpo_approval_fires_for_a_longer_retention if {
	vs := main.violations with input as fixture.amended([retention("website-and-contact", 0, "P24M")])
	fixture.found(vs) == {["change.dpo_approval", "website-and-contact", ["data_categories", 0, "retention"]]}
	[v] := vs
	v.params == {
		"change": "keeps data longer:", "item": "contact-details", "from": "P12M", "to": "P24M",
		"record_id": "website-and-contact",
	}
}

test_dpo_approval_compares_periods_in_any_unit if {
	# P12M, P12M and P5Y before.
	longer := [
		["website-and-contact", 0, "P1Y1D"],
		["website-and-contact", 1, "P53W"],
		["customer-administration", 2, "P5Y1M"],
	]
	every change_of in longer {
		[id, i, period] := change_of

		# regal ignore:non-loop-expression
		vs := change.violations with input as fixture.amended([retention(id, i, period)])
		fixture.found(vs) == {["change.dpo_approval", id, ["data_categories", i, "retention"]]}
	}
}

test_dpo_approval_silent_for_the_same_or_a_shorter_period_written_otherwise if {
	same := [
		["website-and-contact", 0, "P1Y"],
		["website-and-contact", 0, "P52W"],
		["customer-administration", 0, "P36M"],
		["customer-administration", 2, "P60M"],
		["usage-statistics", 0, "P24M"],
		["website-and-contact", 0, "P6M"],
	]
	every change_of in same {
		[activity, i, period] := change_of

		# regal ignore:non-loop-expression
		change.violations == set() with input as fixture.amended([retention(activity, i, period)])
	}
}

test_dpo_approval_fires_when_retention_becomes_indefinite if {
	forever := {"indefinite": true}
	doc := fixture.amended([add("/register/activities/usage-statistics/data_categories/0/retention", forever)])

	# retention.indefinite judges the end state; this rule judges the change.
	vs := change.violations with input as doc
	fixture.found(vs) == {["change.dpo_approval", "usage-statistics", ["data_categories", 0, "retention"]]}
	some v in vs
	[v.params.item, v.params.to] == ["usage-statistics", "indefinite"]
}

test_dpo_approval_silent_when_indefinite_retention_gets_a_period if {
	base := fixture.changed("/register/activities/usage-statistics/data_categories/0/retention", {"indefinite": true})
	vs := change.violations with input as fixture.change(base, fixture.clean)
	vs == set()
	ws := change.violations with input as fixture.change(base, base)
	ws == set()
}

test_dpo_approval_fires_for_a_new_special_category if {
	category := {"category": "health-records", "retention": fixture.contract_end}
	vs := main.violations with input as fixture.amended([add(concat("", [pa, "/data_categories/-"]), category)])
	fixture.found(vs) == {["change.dpo_approval", "patient-app", ["data_categories", 6]]}
	[v] := vs
	v.params == {
		"change": "adds a special category of data,", "item": "health-records", "from": "not held", "to": "held",
		"record_id": "patient-app",
	}
}

test_dpo_approval_silent_for_a_new_ordinary_category if {
	category := {"category": "online-identifiers", "retention": fixture.contract_end}
	vs := change.violations with input as fixture.amended([add(concat("", [pa, "/data_categories/-"]), category)])
	vs == set()
}

test_dpo_approval_silent_when_a_special_category_moves if {
	# health-records was already held: listing it elsewhere adds nothing.
	doc := fixture.amended([
		remove(concat("", [rm, "/data_categories/4"])),
		add(concat("", [rm, "/data_categories/0"]), {"category": "health-records", "retention": fixture.contract_end}),
	])
	vs := change.violations with input as doc
	vs == set()
}

test_dpo_approval_fires_for_a_changed_legal_basis if {
	vs := change.violations with input as fixture.amended([add(concat("", [wc, "/legal_basis/art6"]), "6(1)(a)")])
	fixture.found(vs) == {["change.dpo_approval", "website-and-contact", ["legal_basis", "art6"]]}
	only(vs).params == {
		"change": "changes its legal basis,", "item": "art6", "from": "6(1)(f)", "to": "6(1)(a)",
		"record_id": "website-and-contact",
	}
}

test_dpo_approval_fires_for_a_new_art9_condition if {
	vs := change.violations with input as fixture.amended([add(concat("", [wc, "/legal_basis/art9"]), "9(2)(a)")])
	fixture.found(vs) == {["change.dpo_approval", "website-and-contact", ["legal_basis", "art9"]]}
	[only(vs).params.from, only(vs).params.to] == ["none", "9(2)(a)"]
}

test_dpo_approval_fires_once_per_change if {
	doc := fixture.amended([
		retention("website-and-contact", 0, "P24M"),
		retention("website-and-contact", 2, "P2Y"),
		add(concat("", [wc, "/legal_basis/art6"]), "6(1)(a)"),
	])
	vs := change.violations with input as doc
	fixture.found(vs) == {
		["change.dpo_approval", "website-and-contact", ["data_categories", 0, "retention"]],
		["change.dpo_approval", "website-and-contact", ["data_categories", 2, "retention"]],
		["change.dpo_approval", "website-and-contact", ["legal_basis", "art6"]],
	}
}

test_dpo_approval_silent_for_a_new_activity if {
	base := fixture.removed("/register/activities/usage-statistics")
	vs := change.violations with input as fixture.change(base, fixture.clean)
	vs == set()
}

test_dpo_approval_silent_for_a_retired_activity if {
	doc := fixture.amended([
		add(concat("", [wc, "/status"]), "retired"),
		retention("website-and-contact", 0, "P24M"),
	])
	vs := change.violations with input as doc
	vs == set()
}

test_segment_relocation_not_for_the_same_location_written_as_a_list if {
	# `ropa migrate` rewrites `storage_location: x` as `storage_locations: [x]`: no move.
	head := fixture.mutate([
		{"op": "remove", "path": "/register/segments/se-regions/storage_location"},
		add("/register/segments/se-regions/storage_locations", ["aws-stockholm"]),
	])
	vs := change.violations with input as fixture.change(fixture.clean, head)
	vs == set()
}

test_segment_relocation_fires_for_a_location_added_to_the_list if {
	head := json.patch(frankfurt_promised, [
		{"op": "remove", "path": "/register/segments/se-regions/storage_location"},
		add("/register/segments/se-regions/storage_locations", ["aws-stockholm", "aws-frankfurt"]),
		add(concat("", [pa, "/storage_locations/-"]), "aws-frankfurt"),
	])
	vs := change.violations with input as fixture.change(frankfurt_promised, head)
	some v in vs
	[v.rule, v.record, v.path] == ["change.segment_relocation", "se-regions", ["storage_locations"]]
	v.params.from == ["aws-stockholm"]
	v.params.to == ["aws-frankfurt", "aws-stockholm"]
}
