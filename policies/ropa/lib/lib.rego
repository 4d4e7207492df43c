# METADATA
# title: Register helpers
# description: |
#   Shared views of the register for the rule families: records by kind, the jurisdiction a
#   country falls under, whether data may go to a place, and date arithmetic. Dates are
#   compared as ISO strings and computed with plain arithmetic, because the WebAssembly
#   runtime has no time.* built-ins.
package ropa.lib

# The Organisation record, or {} when the register has none. A change is judged by the limits the
# register before it set (judged_limits), never by the values it sets itself.
default organisation := {}

organisation := judged_limits(input.register.organisation, base_records("organisation"), organisation_limits) if {
	input.register.organisation != null
}

# Records by kind; a retired record no longer counts as in use.
activities[id] := a if {
	some id, a in input.register.activities
	active(a)
}

subprocessors[id] := s if {
	some id, s in input.register.subprocessors
	active(s)
}

locations := input.register.locations

# Customer segments; one the base already had keeps the base's limits.
segments[id] := judged_limits(segment, object.get(base_records("segments"), id, {}), segment_limits) if {
	some id, segment in input.register.segments
}

products[id] := p if {
	some id, p in input.register.products
	active(p)
}

# A record is in use unless retired; a retirement dated after today has not happened yet
# (records.future_date reports the date).
active(record) if object.get(record, "status", "active") == "active"

active(record) if {
	record.status == "retired"
	record.retired_on > input.today
}

# The fields of the Organisation and of a customer segment that the rules read as limits or
# promises: a change is judged by the base's values of these (and change.threshold_relaxed reports
# a change that relaxes them). The organisation's `promises` are read from both (lib.promised).
organisation_limits := {"access_without_authorisation", "country", "data_residency", "waiver_max_days"}

segment_limits := {"jurisdiction", "notice_period_days"}

# `record` with the `fields` of `old` in place of its own: on a change, `old` is the base's
# record (a field the base left out stays out, so its default applies); else `old` is {} and the
# record stays as it is.
judged_limits(record, old, fields) := object.union(object.remove(record, fields), object.filter(old, fields)) if {
	changing
	old != {}
} else := record

# Whether the organisation states, in its record's `promises`, the promise that rule `id` checks. A
# promise rule applies only to an organisation that makes that promise; a change is held to the
# promises of the register before it too, so deleting a promise cannot switch off the rule it breaks.
promised(id) if is_string(organisation.promises[id])

promised(id) if is_string(input.base.organisation.promises[id])

# A violation as the engine expects it; the engine writes the message from METADATA and params.
# `metadata` is the calling rule's `rego.metadata.rule()` (the compiler puts the rule's own
# annotations there), so a rule's id is written once, in its METADATA `custom.id`; the build
# refuses any other first argument. `key` is `path` with each list index replaced by the item's
# key, and `subject` the params that identify what the finding is about; rule, record, key and
# subject are the finding's identity (a renamed record or a reordered list keeps it; a changed
# subject makes it another finding).
violation(metadata, id, path, params) := violation_about(metadata, id, path, params, {})

# A violation whose identity includes `subject` (an object of params, e.g. {"country": "US"}):
# a waiver approved for one subject does not cover the finding once its subject is another.
violation_about(metadata, id, path, params, subject) := object.union(
	{
		"rule": metadata.custom.id, "record": id, "path": path, "params": params,
		"key": key_path(record_of(id), path), "subject": subject,
	},
	unwaivable(metadata),
)

# A rule whose METADATA says `waivable: false` marks its violations so, and no waiver covers them
# (waivers.judge): the register's reader refuses such a waiver too, but the policy does not rely on it.
unwaivable(metadata) := {"waivable": false} if metadata.custom.waivable == false

else := {}

# Every record by id (ids are unique across the register), the Organisation included.
records_by_id[id] := record if {
	some kind in ["activities", "subprocessors", "locations", "segments", "products", "waivers", "categories"]
	some id, record in object.get(input.register, kind, {})
}

records_by_id[input.register.organisation.id] := input.register.organisation

record_of(id) := object.get(records_by_id, id, {})

# Where to report `item`, an item of the list `field` of a limit the base set (judged_limits), in
# the head's `record`: at the item the head has with the same key (item_key: its value, or the
# field that names it), else at the list, else at the record. The judged list is the base's: its
# indexes are not the head's once the change edits the list.
limit_item_path(record, field, item) := [field, j] if {
	key := item_key(item, field, -1)
	j := min({j | some j, now in object.get(record, field, []); item_key(now, field, j) == key})
} else := [field] if object.get(record, field, null) != null

else := []

# `path` into `record` with each list index replaced by the key of the item there: a string item
# is its own key, an object item the field that names it in that list (item_keys), else its id or
# name, else its whole content. Never an index, so reordering a list keeps every key.
key_path(record, path) := [step_key(record, path, i) | some i, _ in path]

# A key path as a waiver's `field` names it: its steps joined by `.`, a `.` inside a step written `\.` and
# a `\` written `\\`, so an item keyed by text with dots (a promise's rule id, an item keyed by its JSON)
# is named unambiguously. The offer writer (engine/offer.ts) writes fields the same way.
field_of(key) := concat(".", [escaped | some step in key; escaped := replace(replace(step, "\\", "\\\\"), ".", "\\.")])

step_key(_, path, i) := path[i] if is_string(path[i])

step_key(record, path, i) := item_key(item, containing_list(path, i), path[i]) if {
	is_number(path[i])
	item := object.get(record, array.slice(path, 0, i + 1), null)
}

containing_list(path, i) := path[i - 1] if i > 0

else := ""

# The field that names an item, by the name of the list it is in.
item_keys := {
	"access": "role",
	"customer_notices": "segment",
	"data_categories": "category",
	"data_residency": "jurisdiction",
	"transfer_mechanisms": "location",
}

item_key(item, list, index) := item if is_string(item)

else := format_int(item, 10) if is_number(item)

else := item[item_keys[list]] if {
	is_string(item[item_keys[list]])
} else := key if {
	key := [k | some f in ["id", "name"]; k := item[f]; is_string(k)][0]
} else := json.marshal(item) if {
	item != null
} else := format_int(index, 10)

# Where a storage location is ({city, country}): its cloud region's place from the reference data,
# never the typed-in one, unless the reference data does not list the region (regions.unknown_region
# warns of those). The second value says which it is.
place(location) := [region, "region"] if {
	region := data.reference.cloud_regions.providers[location.provider].regions[location.region]
} else := [location, "record"]

# The data categories of the taxonomy, with whether each is special (Art. 9) or directly identifying:
# the bundled taxonomy, and the register's own DataCategory records beside it. A register adds
# categories; it cannot change a bundled one (a record with a bundled id keeps the bundled flags).
bundled_categories := data.reference.data_categories.categories

categories[id] := category if some id, category in bundled_categories

categories[id] := category if {
	some id, category in object.get(input.register, "categories", {})
	not bundled_categories[id]
}

special(category) if categories[category].special

direct_identifier(category) if categories[category].direct_identifier

activity_categories(activity) := {c.category | some c in object.get(activity, "data_categories", [])}

has_special_category(activity) if {
	some c in activity_categories(activity)
	special(c)
}

# The subprocessors an activity's data goes to, as [index, subprocessor id, categories it receives]:
# an item that is an id receives every category of the activity, an item `{id, categories}` only
# those of its categories the activity has (subprocessors.sent_categories reports the others).
sends(activity) := [[i, sid, received(activity, item)] |
	some i, item in object.get(activity, "subprocessors", [])
	sid := subprocessor_id(item)
]

subprocessor_id(item) := item if is_string(item)

else := item.id

received(activity, item) := activity_categories(activity) if is_string(item)

else := {c | some c in item.categories} & activity_categories(activity)

# Ids of the subprocessors an activity's data goes to.
activity_subprocessors(activity) := {subprocessor_id(item) | some item in object.get(activity, "subprocessors", [])}

# The categories of an activity's data that reach subprocessor `sid`.
received_by(activity, sid) := {c |
	some [_, s, categories] in sends(activity)
	s == sid
	some c in categories
}

# The storage locations promised to a customer segment, as [path, location id]: its
# `storage_locations`, or a v1 register's single `storage_location`.
segment_storage(segment) := [[["storage_locations", i], lid] | some i, lid in segment.storage_locations] if {
	is_array(segment.storage_locations)
}

else := [[["storage_location"], segment.storage_location]] if is_string(segment.storage_location)

else := []

# Ids of the storage locations promised to a customer segment.
storage_of(segment) := {lid | some [_, lid] in segment_storage(segment)}

# The bundled categories the organisation narrowed its taxonomy by (`taxonomy.exclude`); an id that
# names no bundled category excludes nothing (records.excluded_unknown reports it). An exclusion is a
# limit: a change is judged by the base's exclusions as well as its own, so taking one out and using
# the category in the same change still fails (change.threshold_relaxed reports the removal).
excluded_categories contains c if {
	some c in object.get(organisation, ["taxonomy", "exclude"], [])
	bundled_categories[c]
}

excluded_categories contains c if {
	some c in object.get(base_records("organisation"), ["taxonomy", "exclude"], [])
	bundled_categories[c]
}

# The data protection regime a country's customers fall under.
regime(country) := "EEA" if data.reference.eea.countries[country]

regime("GB") := "UK"

# ISO date `months` months before `date`, e.g. months_before("2026-03-31", 12) = "2025-03-31".
# The day is kept as is: ISO strings still compare correctly when it does not exist in that month.
months_before(date, months) := concat("-", [format_int(y, 10), pad2(m), substring(date, 8, 2)]) if {
	total := (((to_number(substring(date, 0, 4)) * 12) + to_number(substring(date, 5, 2))) - 1) - months
	y := floor(total / 12)
	m := (total - (y * 12)) + 1
}

# Whether `date` lies more than `months` months before today. Every rule asks for a year, per record:
# that cut-off is found once per evaluation (a function is evaluated again at every call).
older_than_months(date, 12) if date < a_year_before_today

older_than_months(date, months) if {
	months != 12
	date < months_before(input.today, months)
}

a_year_before_today := months_before(input.today, 12)

pad2(n) := concat("", ["0", format_int(n, 10)]) if n < 10

else := format_int(n, 10)

# Days since 1970-01-01 of an ISO date (H. Hinnant's days_from_civil), in plain arithmetic so the Go
# and WebAssembly runtimes agree.
days(date) := n if {
	y0 := to_number(substring(date, 0, 4))
	m := to_number(substring(date, 5, 2))
	d := to_number(substring(date, 8, 2))
	y := y0 - jan_feb(m)
	era := floor(y / 400)
	yoe := y - (era * 400)
	doy := (floor(((153 * ((m + 9) % 12)) + 2) / 5) + d) - 1
	doe := (((yoe * 365) + floor(yoe / 4)) - floor(yoe / 100)) + doy
	n := ((era * 146097) + doe) - 719468
}

jan_feb(m) := 1 if m <= 2

else := 0

# Rough length in days of an ISO 8601 duration (P1Y2M3W4D, the only form the schema allows), enough to tell
# a longer period from a shorter. A year is 365.25 days and a month a twelfth of it, so that P1Y and P12M are
# the same length; both are exact binary and decimal fractions, so the Go and WebAssembly runtimes agree.
# Read with string functions: compiling a regular expression in WebAssembly cost more than reading them all.
duration_days(iso) := sum([d |
	some part in split(strings.replace_n(unit_ends, trim_prefix(iso, "P")), " ")
	part != ""
	u := substring(part, count(part) - 1, 1)
	d := to_number(trim_suffix(part, u)) * unit[u]
])

unit := {"Y": 365.25, "M": 30.4375, "W": 7, "D": 1}

# Each unit letter followed by a space, to split a duration into its parts ("1Y2M" -> "1Y 2M ").
unit_ends := {"Y": "Y ", "M": "M ", "W": "W ", "D": "D "}

# The register before the change, by kind. A full check, or the change that creates the register,
# has no base Organisation: then no rule about changes applies.
base := object.get(input, "base", {})

changing if base.organisation.id

base_records(kind) := object.get(base, kind, {})
