package custom.regal.rules.ropa["no-concat-prose_test"]

import data.custom.regal.rules.ropa["no-concat-prose"] as rule

test_prose_in_the_array_is_reported if {
	module := regal.parse_module("p.rego", `package p

msg(c) := concat("", ["keeps ", c, " longer than before"])`)
	r := rule.report with input as module
	count(r) == 1
}

test_prose_as_the_separator_is_reported if {
	module := regal.parse_module("p.rego", `package p

listing(xs) := concat(" or ", xs)`)
	r := rule.report with input as module
	count(r) == 1
}

test_joining_characters_are_no_prose if {
	module := regal.parse_module("p.rego", `package p

date(y, m, d) := concat("-", [y, m, d])

pad(n) := concat("", ["0", n])

roles(flows) := concat("/", sort({r | some [_, r] in flows}))`)
	r := rule.report with input as module
	r == set()
}
