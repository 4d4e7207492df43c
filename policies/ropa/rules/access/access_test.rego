package ropa.rules.access_test

import data.ropa.main
import data.ropa.rules.access
import data.ropa.test as fixture

rm := "/register/activities/remote-monitoring"

test_limited_silent_on_clean if {
	vs := access.violations with input as fixture.clean
	fixture.of("access.limited", vs) == []
}

test_limited_fires_for_other_role_without_authorisation if {
	doc := fixture.appended(concat("", [rm, "/access"]), {"role": "sales", "category": "other"})
	vs := main.violations with input as doc
	fixture.found(vs) == {["access.limited", "remote-monitoring", ["access", 3]]}
	[v] := vs
	v.params == {"role": "sales", "category": "other"}
}

test_limited_fires_when_authorisation_is_false if {
	doc := fixture.changed(concat("", [rm, "/access/2/customer_authorisation"]), false)
	vs := main.violations with input as doc
	fixture.found(vs) == {["access.limited", "remote-monitoring", ["access", 2]]}
}

test_limited_fires_when_authorisation_is_absent if {
	doc := fixture.removed(concat("", [rm, "/access/2/customer_authorisation"]))
	vs := main.violations with input as doc
	fixture.found(vs) == {["access.limited", "remote-monitoring", ["access", 2]]}
}

test_limited_follows_the_organisations_allowed_categories if {
	doc := fixture.mutate([
		{"op": "add", "path": "/register/organisation/access_without_authorisation/-", "value": "other"},
		{"op": "remove", "path": concat("", [rm, "/access/2/customer_authorisation"])},
	])
	vs := access.violations with input as doc
	fixture.of("access.limited", vs) == []
}

test_limited_narrower_organisation_list if {
	doc := fixture.changed("/register/organisation/access_without_authorisation", ["technical"])
	vs := main.violations with input as doc
	fixture.found(vs) == {
		["access.limited", "patient-app", ["access", 1]],
		["access.limited", "remote-monitoring", ["access", 1]],
	}
}

test_limited_defaults_to_technical_and_support if {
	allowed := access.allowed with input as fixture.removed("/register/organisation/access_without_authorisation")
	allowed == ["technical", "support"]
	vs := main.violations with input as fixture.removed("/register/organisation/access_without_authorisation")
	vs == []
}

test_limited_ignores_controller_activities if {
	path := "/register/activities/customer-administration/access"
	doc := fixture.changed(path, [{"role": "sales", "category": "other"}])
	vs := main.violations with input as doc
	vs == []
}

test_roles_listed_silent_on_clean if {
	vs := access.violations with input as fixture.clean
	fixture.of("access.roles_listed", vs) == []
}

test_roles_listed_fires_without_access if {
	vs := main.violations with input as fixture.removed("/register/activities/patient-app/access")
	fixture.found(vs) == {["access.roles_listed", "patient-app", []]}
}

test_roles_listed_fires_with_empty_access if {
	vs := main.violations with input as fixture.changed("/register/activities/patient-app/access", [])
	fixture.found(vs) == {["access.roles_listed", "patient-app", []]}
}

test_roles_listed_ignores_retired_activities if {
	doc := fixture.mutate([
		{"op": "remove", "path": "/register/activities/patient-app/access"},
		{"op": "add", "path": "/register/activities/patient-app/status", "value": "retired"},
	])
	vs := access.violations with input as doc
	vs == set()
}

test_promise_widened_silent_on_clean if {
	vs := access.violations with input as fixture.clean
	fixture.of("access.promise_widened", vs) == []
}

test_promise_widened_fires_for_other_staff if {
	# Widening the list lets product managers through access.limited, but not unnoticed.
	doc := fixture.mutate([
		{"op": "add", "path": "/register/organisation/access_without_authorisation/-", "value": "other"},
		{"op": "remove", "path": "/register/activities/remote-monitoring/access/2/customer_authorisation"},
	])
	vs := main.violations with input as doc
	fixture.found(vs) == {["access.promise_widened", "dignio", ["access_without_authorisation", 2]]}
	[v] := vs
	v.params == {"category": "other"}
}

test_promise_widened_silent_for_a_narrower_list if {
	doc := fixture.changed("/register/organisation/access_without_authorisation", ["technical"])
	vs := access.violations with input as doc
	fixture.of("access.promise_widened", vs) == []
}

test_promise_widened_reported_at_the_heads_item if {
	# The base had widened the list; the change reorders it. The finding reads the base's list,
	# and points at `other` where the head has it, not at the base's index (now `support`).
	widened := ["technical", "support", "other"]
	base := fixture.changed("/register/organisation/access_without_authorisation", widened)
	head := fixture.changed("/register/organisation/access_without_authorisation", ["other", "technical", "support"])
	vs := access.violations with input as fixture.change(base, head)
	v := [v | some v in vs; v.rule == "access.promise_widened"][0]
	[v.path, v.key] == [["access_without_authorisation", 0], ["access_without_authorisation", "other"]]

	# Dropped from the head (the base's value is still what is judged): at the list.
	narrowed := fixture.changed("/register/organisation/access_without_authorisation", ["technical"])
	ws := access.violations with input as fixture.change(base, narrowed)
	[w.path | some w in ws; w.rule == "access.promise_widened"] == [["access_without_authorisation"]]
}
