// Each record is checked against the JSON Schema of its kind by validators ajv compiled at build time
// (engine/validators.generated.js, from scripts/build-validators.ts), then each error is said in words.
import type { ErrorObject } from "ajv/dist/2020.js";
import common from "./schemas/common.schema.json" with { type: "json" };
import type { Problem } from "./errors.js";
import { pointer, quoted } from "./load.js";
import { didYouMean } from "./suggest.js";
import type { LoadedRecord } from "./types.js";
import * as validators from "./validators.generated.js";

export { SCHEMAS } from "./schemas.js";

/**
 * What the record's schema says is wrong with it, each error in words at the line it concerns; none when it
 * is valid. A value `ropa init` left to fill is said as such, and the schema's complaints about it are not.
 */
export function schemaProblems(record: LoadedRecord): Problem[] {
  const validate = validators[record.kind];
  const unfilled = placeholders(record.data);
  const own = unfilled.slice(0, MAX_PROBLEMS_PER_FILE).map((path): Problem => {
    const pos = positionOf(record, path);
    return { file: record.file, line: pos.line, col: pos.col, message: `\`${quoted(path.join("."))}\` is not filled in yet`, hint: `replace the placeholder with your own value: ${quoted(String(valueAt(record.data, path.map(String))))}` };
  });
  if (validate(record.data)) return own;
  const covered = (e: ErrorObject) => unfilled.some((p) => e.instancePath === pointer(p) || e.instancePath.startsWith(pointer(p) + "/"));
  return [...own, ...explain(record, (validate.errors ?? []).filter((e) => !covered(e)))].sort((a, b) => a.line! - b.line! || a.col! - b.col!);
}

/** The values `ropa init` writes for the user to replace start with this. */
export const PLACEHOLDER = "FILL IN";

/**
 * Paths of the values still holding a placeholder. Most records hold none, and making a path for every value
 * to find that out was a third of validation in a short check: a walk that makes nothing looks first.
 */
function placeholders(data: unknown): (string | number)[][] {
  return holdsPlaceholder(data) ? pathsOfPlaceholders(data, []) : [];
}

function holdsPlaceholder(data: unknown): boolean {
  if (typeof data === "string") return data.startsWith(PLACEHOLDER);
  if (data && typeof data === "object") {
    for (const v of Array.isArray(data) ? data : Object.values(data)) if (holdsPlaceholder(v)) return true;
  }
  return false;
}

function pathsOfPlaceholders(data: unknown, path: (string | number)[]): (string | number)[][] {
  if (typeof data === "string") return data.startsWith(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => pathsOfPlaceholders(v, [...path, i]));
  if (data && typeof data === "object") return Object.entries(data).flatMap(([k, v]) => pathsOfPlaceholders(v, [...path, k]));
  return [];
}

/**
 * The most schema problems said of one file: a list of 80,000 wrong items is one mistake repeated, and
 * saying each (and finding its line) took seconds per file.
 */
export const MAX_PROBLEMS_PER_FILE = 20;

function explain(record: LoadedRecord, errors: ErrorObject[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  // A failed `if` only repeats its `then`; a failed `oneOf` says more than its branches, so its branches go.
  const oneOfs = errors.filter((e) => e.keyword === "oneOf").map((e) => e.schemaPath + "/");
  const useful = errors.filter((e) => e.keyword !== "if" && !oneOfs.some((o) => e.schemaPath.startsWith(o)));
  let left = 0;
  for (const [i, e] of useful.entries()) {
    if (out.length === MAX_PROBLEMS_PER_FILE) {
      left = useful.length - i;
      break;
    }
    const { path, message, hint } = describe(e, record.data);
    const key = `${pointer(path)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = positionOf(record, path);
    out.push({ file: record.file, line: pos.line, col: pos.col, message, hint });
  }
  out.sort((a, b) => a.line! - b.line! || a.col! - b.col!);
  if (left) out.push({ file: record.file, line: out.at(-1)!.line, col: out.at(-1)!.col, message: `and up to ${left} more schema errors in this file, not named (MAX_PROBLEMS_PER_FILE)`, hint: "fix the ones above, then check again" });
  return out;
}

/** The nearest position along the path: a missing field points at the mapping it belongs in. */
export function positionOf(record: LoadedRecord, path: readonly (string | number)[]) {
  for (let n = path.length; n >= 0; n--) {
    const pos = record.positions.get(pointer(path.slice(0, n)));
    if (pos) return pos;
  }
  return { line: 1, col: 1 };
}

function splitPointer(p: string): string[] {
  return p === "" ? [] : p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The value at `path` in the record, or undefined. */
function valueAt(data: unknown, path: string[]): unknown {
  let v = data;
  for (const key of path) {
    if (!v || typeof v !== "object" || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** The pattern of ids and references (common.schema.json), whose own description is too short to act on. */
const ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$";
/** The pattern of URLs (common.schema.json), which has no description. */
const URL_PATTERN = "^https?://";

const TYPE_HINTS: Record<string, string> = {
  string: "quote the value if YAML reads it as a number, date or boolean",
  boolean: "write `true` or `false`; ropa reads YAML 1.2, where `yes`, `no`, `on` and `off` are text",
  integer: "write a whole number without quotes, e.g. 30; in YAML 1.2 `1:30` is text, not 90",
  number: "write a number without quotes",
  array: "write a list: `[a, b]` on one line, or one `- item` per line below the key",
  object: "write the fields on the lines below the key, indented",
};

function describe(e: ErrorObject, data: unknown): { path: string[]; message: string; hint?: string } {
  const path = splitPointer(e.instancePath);
  // Field names are the user's text: shown with invisible characters made visible, and cut when long.
  const field = path.length ? `\`${quoted(path.join("."))}\`` : "the record";
  const p = e.params as Record<string, unknown>;
  if (e.keyword === "type" && (e.data ?? valueAt(data, path)) === null) {
    return { path, message: `${field} has no value`, hint: "write the value after the colon, or remove the line" };
  }
  switch (e.keyword) {
    case "required":
      return { path, message: `${field} is missing the required field \`${p.missingProperty}\``, hint: `add \`${p.missingProperty}:\`` };
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      const near = didYouMean(name, fieldsOf(e.parentSchema, path.length === 0));
      return { path: [...path, name], message: `unknown field \`${quoted(name)}\`${path.length ? ` in ${field}` : ""}`, hint: near ?? "check the spelling against the schema, or remove the field" };
    }
    case "enum":
      return { path, message: `${field} must be one of: ${(p.allowedValues as unknown[]).map(String).join(", ")}` };
    case "const":
      return { path, message: `${field} must be ${JSON.stringify(p.allowedValue)}` };
    case "type":
      return { path, message: `${field} must be ${article(String(p.type))}`, hint: TYPE_HINTS[String(p.type)] };
    case "format":
      if (p.format === "date") return { path, message: `${field} is not a real calendar date`, hint: "write it as YYYY-MM-DD, e.g. 2026-03-31" };
      if (p.format === "email") return { path, message: `${field} is not an e-mail address`, hint: "write it as name@example.com" };
      if (p.format === "uri") return { path, message: `${field} is not a web address`, hint: "write the full address, starting with https://" };
      return { path, message: `${field} is not a valid ${p.format}` };
    case "pattern":
      if (e.schema === ID_PATTERN) {
        return { path, message: `${field} is not a valid id`, hint: "an id is lower-case letters, digits and dashes, at most 64, e.g. `aws-stockholm`; a reference names the id of another record, never a path" };
      }
      if (e.schema === URL_PATTERN) return { path, message: `${field} is not an http or https address`, hint: "write the full address, starting with https://" };
      return { path, message: `${field} has the wrong form`, hint: (e.parentSchema as { description?: string })?.description };
    case "maxLength":
      return { path, message: `${field} is longer than ${p.limit} characters`, hint: "shorten it; keep long text in a document and give its reference" };
    case "minLength":
      return { path, message: `${field} is empty`, hint: "write the value, or remove the line" };
    case "maximum":
      return { path, message: `${field} must be at most ${p.limit}` };
    case "minimum":
      return { path, message: `${field} must be at least ${p.limit}` };
    case "minItems":
      return { path, message: `${field} must list at least ${p.limit} item${p.limit === 1 ? "" : "s"}`, hint: "write the items, `[a, b]` on one line or one `- item` per line below the key" };
    case "uniqueItems":
      return { path, message: `${field} lists the same value twice (items ${Number(p.j) + 1} and ${Number(p.i) + 1})`, hint: "remove the repeated item" };
    case "oneOf":
      return { path, message: `${field} must have exactly one of the allowed forms`, hint: (e.parentSchema as { description?: string })?.description };
    default:
      return { path, message: `${field} ${e.message}` };
  }
}

/** The fields a schema allows where an unknown one was found; at a record's top, the envelope's too. */
function fieldsOf(schema: unknown, top: boolean): string[] {
  const own = Object.keys((schema as { properties?: object } | undefined)?.properties ?? {});
  const envelope = Object.keys((common as { $defs: { envelope: { properties: object } } }).$defs.envelope.properties);
  return top ? [...own, ...envelope] : own;
}

function article(type: string): string {
  const a = type === "array" || type === "object" || type === "integer" ? "an" : "a";
  return type === "array" ? "a list" : type === "object" ? "a mapping of fields" : `${a} ${type}`;
}
