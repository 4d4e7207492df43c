# METADATA
# title: Entrypoint
# description: Every violation of every rule family, for the engine to turn into findings.
package ropa.main

# METADATA
# entrypoint: true
violations := [v | some family; some v in data.ropa.rules[family].violations]
