# METADATA
# title: Entrypoint
# description: |
#   Every violation of every rule family, with the waiver that covers it if any, and the
#   violations about waivers themselves, for the engine to turn into findings.
package ropa.main

# METADATA
# entrypoint: true
violations := array.concat(
	[violation | some violation in data.ropa.waivers.judged],
	[violation | some violation in data.ropa.waivers.violations],
)

# METADATA
# description: |
#   One shard of a register evaluated in shards (data.ropa.facts): its violations, and the waivers
#   they matched, which the engine unites over the shards for waivers.unused.
# entrypoint: true
shard := {"violations": violations, "waivers_used": data.ropa.waivers.matched}

# METADATA
# description: |
#   The rules about a change, for a change evaluated in shards: one evaluation of the whole head and
#   base with `input.shard.change` "only" (the head's shards judge the other rules). Its presence
#   tells the engine these policies can judge a change in shards.
# entrypoint: true
change := shard if input.shard.change == "only"
