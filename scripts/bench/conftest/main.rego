# METADATA
# title: conftest wrapper for the benchmark
# description: |
#   conftest judges files; ropa's policies judge one document holding the whole register. With
#   `conftest test --combine` every YAML file arrives at once, as `input = [{path, contents}]`:
#   this maps that array to the document the engine builds (engine/check.ts policyInput) and
#   reports each violation of data.ropa.main.violations as one failure. `data.bench.rest` holds
#   the rest of that document (today, and the empty base of a full check), written by run.ts.
package main

# conftest reads YAML 1.1, where an unquoted NO (Norway) is the boolean false: put the code back.
fix(record) := object.union(record, {field: "NO" |
	some field in ["country", "jurisdiction"]
	record[field] == false
})

records(kind) := {file.contents.id: file.contents |
	some file in input
	file.contents.kind == kind
}

fixed(kind) := {id: fix(record) | some id, record in records(kind)}

default organisation := null

organisation := fix(file.contents) if {
	some file in input
	file.contents.kind == "Organisation"
}

register := {
	"organisation": organisation,
	"activities": records("ProcessingActivity"),
	"subprocessors": fixed("Subprocessor"),
	"locations": fixed("StorageLocation"),
	"segments": fixed("CustomerSegment"),
	"products": records("Product"),
	"waivers": records("Waiver"),
}

deny contains sprintf("%s %s %v", [violation.rule, violation.record, violation]) if {
	document := object.union(data.bench.rest, {"register": register})
	some violation in data.ropa.main.violations with input as document
}
