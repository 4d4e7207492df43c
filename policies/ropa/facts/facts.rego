# METADATA
# title: Facts across records
# description: |
#   What the rules need to know about the register as a whole: which subprocessors and products are
#   in use, which activities use a rejected subprocessor, the transfers to each subprocessor, and
#   the data subjects of the processor activities. One evaluation computes them from its input
#   (`local`). A large register is evaluated in shards (engine/shard.ts): the engine evaluates
#   `local` in every shard, unites what the shards found, and gives the union to every shard as
#   `input.shard.facts`, so a rule about one record reads the whole register's facts however the
#   register was split. Every fact is a set, so that the union of the parts is the whole. (A set of
#   pairs, not a map of sets: building `m[k] contains v` copies the set per insert in WebAssembly.)
#   A shard holds only the subprocessors its records name and the waivers on its records, so a rule
#   about an activity, segment or product reads a subprocessor only through the record naming it,
#   and one about a subprocessor reads the activities only through these facts.
package ropa.facts

import data.ropa.lib
import data.ropa.transfers

# Whether this evaluation is one shard of a larger register.
sharded if input.shard

given := input.shard.facts

# The facts of this evaluation's own records.
local := {
	"subprocessors_used": local_subprocessors_used,
	"rejected_users": local_rejected_users,
	"subprocessor_flows": local_subprocessor_flows,
	"products_used": local_products_used,
	"processor_subjects": local_processor_subjects,
}

# The subprocessors some activity in use names.
subprocessors_used := given.subprocessors_used if sharded

else := local_subprocessors_used

local_subprocessors_used contains sid if {
	some activity in lib.activities
	some sid in lib.activity_subprocessors(activity)
}

# [subprocessor, activity] for each activity using a subprocessor whose assessment rejected it.
rejected_users := given.rejected_users if sharded

else := local_rejected_users

local_rejected_users contains [sid, id] if {
	some id, activity in lib.activities
	some sid in lib.activity_subprocessors(activity)
	lib.subprocessors[sid].privacy_assessment.outcome == "rejected"
}

# The transfers to each subprocessor, as [subprocessor, regime, role, destination]: transfers.flows
# without the activity, which no finding about the subprocessor names.
subprocessor_flows := given.subprocessor_flows if sharded

else := local_subprocessor_flows

local_subprocessor_flows contains [sid, regime, role, dest] if {
	some [_, sid, regime, role, dest] in transfers.flows
}

# The products some activity in use names.
products_used := given.products_used if sharded

else := local_products_used

local_products_used contains id if {
	some activity in lib.activities
	some id in object.get(activity, "products", [])
}

# [subject, activity] for each data subject of a processor activity (trimmed, lower case) and the
# first three such activities by id: enough to name examples, and the same in a union of shards.
processor_subjects := given.processor_subjects if sharded

else := local_processor_subjects

local_processor_subjects contains [subject, id] if {
	some subject in {s | some [s, _] in processor_activity_subjects}
	ids := {id | some [s, id] in processor_activity_subjects; s == subject}
	some id in array.slice(sort(ids), 0, 3)
}

processor_activity_subjects contains [normal(subject), id] if {
	some id, activity in lib.activities
	activity.role == "processor"
	some subject in activity.data_subjects
}

normal(subject) := lower(trim_space(subject))
