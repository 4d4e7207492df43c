# METADATA
# description: |
#   Prose built with concat: a rule's words belong in its METADATA `message`, its values in the
#   violation's params (a list stays a list: the engine writes it out). Joining characters (the
#   "-" of a date, the "0" of a padded number) are no prose.
# related_resources:
#   - description: house rules
#     ref: https://github.com/ropa-dev/ropa/blob/main/docs/how-it-works.md
package custom.regal.rules.ropa["no-concat-prose"]

import data.regal.ast
import data.regal.result

report contains violation if {
	some call in ast.found.calls[_]
	ast.ref_to_string(call[0].value) == "concat"
	some arg in array.slice(call, 1, count(call))
	some text in literals(arg)
	regex.match(`[A-Za-z]{2}|\s`, text)

	violation := result.fail(rego.metadata.chain(), result.location(call))
}

# The string literals written into a concat argument: the separator, or the items of the array.
literals(arg) := {arg.value} if arg.type == "string"

literals(arg) := {item.value | some item in arg.value; item.type == "string"} if arg.type == "array"
