// Writes policies/capabilities.json: the built-ins of the pinned OPA that the WebAssembly runtime
// really has, so that `opa build` rejects a policy calling one that would throw in Node.
// Run after upgrading OPA or @open-policy-agent/opa-wasm: `npm run --silent capabilities`.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { OPA } from "./tools.js";

// Compiled into the module by OPA (v1 internal/compiler/wasm/wasm.go, `builtinsFunctions`).
const NATIVE = `plus minus mul div abs round ceil floor rem array.concat array.flatten array.reverse array.slice
and or intersection union is_number is_string is_boolean is_array is_set is_object is_null type_name
bits.or bits.and bits.negate bits.xor bits.lsh bits.rsh count sum product max min sort all any
base64.is_valid base64.decode base64.encode base64url.encode base64url.decode net.cidr_contains
net.cidr_overlap net.cidr_intersects equal gt gte lt lte neq glob.match json.marshal json.unmarshal
json.is_valid object.filter object.get object.keys object.remove object.union object.union_n concat
format_int indexof substring lower upper contains startswith endswith strings.reverse split replace
strings.replace_n trim trim_left trim_prefix trim_right trim_suffix trim_space internal.template_string
numbers.range to_number walk graph.reachable regex.is_valid regex.match re_match
regex.find_all_string_submatch_n json.remove json.filter internal.member_2 internal.member_3 eq assign`;

// Supplied to the module by @open-policy-agent/opa-wasm 1.10.0 (src/builtins/*.js).
export const SDK_BUILTINS = ["sprintf", "json.is_valid", "regex.split", "yaml.is_valid", "yaml.marshal", "yaml.unmarshal"];

// Replaced by OPA's compiler with the calling rule's annotations (a constant) before the plan is made, so
// it never reaches the runtime: rules take their id from their own METADATA this way (lib.violation).
const COMPILE_TIME = ["rego.metadata.rule"];

const allowed = new Set([...NATIVE.split(/\s+/), ...SDK_BUILTINS, ...COMPILE_TIME]);
const current = JSON.parse(execFileSync(OPA, ["capabilities", "--current"], { encoding: "utf8" }));
current.builtins = current.builtins.filter((b: { name: string }) => allowed.has(b.name));
writeFileSync(new URL("../policies/capabilities.json", import.meta.url), JSON.stringify(current, null, 2) + "\n");
console.log(`capabilities: ${current.builtins.length} built-ins usable from WebAssembly`);
