# Change control, riskier processing: what change.dpo_approval (change.rego) compares, the longest
# each category of each owner's data was kept and the special categories held, before and after.
package ropa.rules.change

import data.ropa.lib

# How long the base kept each category of each owner's data, over all its activities: [owner,
# category, days, period]. An indefinite retention is longer than any period.
base_holds contains [owner, c.category, kept_days(c.retention), kept(c.retention)] if {
	some activity in base_activities
	some owner in owners(activity)
	some c in object.get(activity, "data_categories", [])
}

# What the base kept each category of each owner's data for, grouped in one pass: [days, period] by
# [owner, category] (scanning base_holds for each of its items was quadratic in the register).
base_kept[[owner, category]] contains [days, period] if {
	some [owner, category, days, period] in base_holds
}

# The longest the base kept each category of each owner's data: [days, period].
base_longest[key] := [days, period] if {
	some key, kept in base_kept
	days := max({d | some [d, _] in kept})
	period := min({p | some [d, p] in kept; d == days})
}

# What a category an activity now holds is compared with: the same activity in the base if it held
# the category, else the longest any activity kept it for the owners whose data this one holds.
compared_with(id, activity, category) := [days, period] if {
	kept_before := {[kept_days(c.retention), kept(c.retention)] |
		some c in object.get(base_activities[id], "data_categories", [])
		c.category == category
	}
	count(kept_before) > 0
	[days, period] := max(kept_before)
} else := max(longest) if {
	longest := {base_longest[[owner, category]] | some owner in owners(activity); existing(owner)}
	count(longest) > 0
}

kept_days(retention) := 1e12 if retention.indefinite

else := days_of[retention.period]

# The days of each retention period either register names, worked out once per period: in
# WebAssembly a function is not memoised, and one regular expression per category of every activity,
# in both registers, was a third of the evaluation of a change at 10,000 records.
days_of[period] := lib.duration_days(period) if some period in periods

periods contains c.retention.period if {
	some activity in edited
	some c in object.get(activity, "data_categories", [])
}

periods contains c.retention.period if {
	some activity in base_activities
	some c in object.get(activity, "data_categories", [])
}

# The activities the change made or edited. One the base has as it is now keeps what it kept, holds
# what it held and on the same legal basis: nothing in it is riskier than before.
edited[id] := activity if {
	judging
	some id, activity in lib.activities
	not base_activities[id] == activity
}

kept(retention) := "indefinite" if retention.indefinite

else := object.get(retention, "period", "not set")

riskier contains [id, ["data_categories", i, "retention"], params] if {
	judging
	some id, activity in edited
	some i, c in object.get(activity, "data_categories", [])
	[was_days, was] := compared_with(id, activity, c.category)
	kept_days(c.retention) > was_days
	params := {"change": "keeps data longer:", "item": c.category, "from": was, "to": kept(c.retention), "record_id": id}
}

riskier contains [id, ["data_categories", i], params] if {
	judging
	some id, activity in edited
	some i, c in object.get(activity, "data_categories", [])
	lib.special(c.category)
	newly_holds(id, activity, c.category)
	params := {
		"change": "adds a special category of data,", "item": c.category, "from": "not held", "to": "held",
		"record_id": id,
	}
}

riskier contains [id, ["legal_basis", article], params] if {
	some id, new in edited
	old := base_activities[id]
	some article in ["art6", "art9"]
	was := object.get(old, ["legal_basis", article], "none")
	now := object.get(new, ["legal_basis", article], "none")
	was != now
	params := {"change": "changes its legal basis,", "item": article, "from": was, "to": now, "record_id": id}
}

# Whether an activity holds a category it did not hold before, or that the base did not hold for
# someone whose data it holds.
newly_holds(id, _, category) if {
	old := base_activities[id]
	not category in lib.activity_categories(old)
}

newly_holds(_, activity, category) if {
	some owner in owners(activity)
	existing(owner)
	not base_longest[[owner, category]]
}
