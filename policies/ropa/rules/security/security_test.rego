package ropa.rules.security_test

import data.ropa.main
import data.ropa.rules.security
import data.ropa.test as fixture

test_special_categories_silent_on_clean if {
	vs := security.violations with input as fixture.clean
	fixture.of("security.special_categories", vs) == []
}

test_special_categories_fires_without_access_logging if {
	vs := main.violations with input as fixture.removed("/register/activities/remote-monitoring/security_measures/2")
	fixture.found(vs) == {["security.special_categories", "remote-monitoring", ["security_measures"]]}
	[v] := vs
	v.params == {"measures": ["access-logging"]}
}

test_special_categories_lists_every_missing_measure if {
	path := "/register/activities/patient-app/security_measures"
	vs := main.violations with input as fixture.changed(path, ["multi-factor-authentication"])
	fixture.found(vs) == {["security.special_categories", "patient-app", ["security_measures"]]}
	[v] := vs
	v.params == {"measures": ["access-logging", "encryption-at-rest", "encryption-in-transit"]}
}

test_special_categories_fires_without_security_measures if {
	vs := security.violations with input as fixture.removed("/register/activities/patient-app/security_measures")
	fixture.found(vs) == {["security.special_categories", "patient-app", ["security_measures"]]}
}

test_special_categories_not_for_ordinary_data if {
	# website-and-contact has only encryption in transit, and no special categories.
	vs := security.violations with input as fixture.clean
	every v in vs {
		v.record != "website-and-contact"
	}
}
