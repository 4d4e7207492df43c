// Compiles policies/ to WebAssembly and writes what the engine loads into an output folder
// (default policies/build, which is committed so that `npm start` and the action need no Go):
//   policy.wasm  the compiled rules          data.json  the reference data
//   rules.json   every rule's METADATA, which reporters use for titles, articles and fixes
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { ENTRYPOINT, VIEWS_ENTRYPOINT } from "../engine/policy.js";
import { FACTS_ENTRYPOINT, SHARD_ENTRYPOINT } from "../engine/shard.js";
import type { RuleMeta } from "../engine/types.js";
import { OPA } from "./tools.js";

interface Annotation {
  annotations: { scope: string; title?: string; description?: string; custom?: Record<string, unknown> };
  location: { file: string; row: number };
  path: { value: string }[];
}

const SEVERITIES = new Set(["error", "warning", "info"]);

export function buildPolicies(policiesDir: string, outDir: string): RuleMeta[] {
  assertIdsFromMetadata(policiesDir);
  const work = mkdtempSync(join(tmpdir(), "ropa-build-"));
  try {
    const bundle = join(work, "bundle.tar.gz");
    // Run from the folder above, so the file names compiled into the WebAssembly are `policies/…` wherever
    // the clone is, and a fresh build is byte-identical to the committed one.
    execFileSync(OPA, [
      "build", "--bundle", basename(resolve(policiesDir)), "--target", "wasm", "--entrypoint", ENTRYPOINT, "--entrypoint", VIEWS_ENTRYPOINT,
      "--entrypoint", FACTS_ENTRYPOINT, "--entrypoint", SHARD_ENTRYPOINT,
      "--capabilities", join(resolve(policiesDir), "capabilities.json"),
      "--ignore", "build", "--ignore", "*_test.rego", "--ignore", "capabilities.json", "--ignore", "*.md",
      "--output", bundle,
    ], { cwd: dirname(resolve(policiesDir)), stdio: ["ignore", "inherit", "inherit"] });
    // The bundle's members are absolute ("/policy.wasm"); tar strips the slash and extracts into work.
    execFileSync("tar", ["-xzf", bundle, "-C", work], { stdio: "ignore" });
    const rules = readRules(policiesDir);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, "policy.wasm"), readFileSync(join(work, "policy.wasm")));
    writeFileSync(join(outDir, "data.json"), JSON.stringify(JSON.parse(readFileSync(join(work, "data.json"), "utf8")), null, 1) + "\n");
    writeFileSync(join(outDir, "rules.json"), JSON.stringify(rules, null, 2) + "\n");
    return rules;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
/** Rule METADATA as the engine needs it; a rule missing a field fails the build, not a later run. */
function readRules(policiesDir: string): RuleMeta[] {
  const out = execFileSync(OPA, ["inspect", "--annotations", "--format", "json", join(policiesDir, "ropa")], { encoding: "utf8", maxBuffer: 64 << 20 });
  const annotations = (JSON.parse(out).annotations ?? []) as Annotation[];
  const rules: RuleMeta[] = [];
  const problems: string[] = [];
  for (const a of annotations) {
    const custom = a.annotations.custom;
    if (a.annotations.scope !== "rule" || !custom?.id) continue;
    const where = `${a.location.file}:${a.location.row}`;
    const rule: RuleMeta = {
      id: String(custom.id),
      title: a.annotations.title ?? "",
      description: (a.annotations.description ?? "").trim(),
      severity: custom.severity as RuleMeta["severity"],
      legal: (custom.legal as RuleMeta["legal"]) ?? [],
      ...(custom.promise ? { promise: String(custom.promise) } : {}),
      remediation: String(custom.remediation ?? ""),
      message: String(custom.message ?? ""),
      package: a.path.slice(1, -1).map((p) => p.value).join("."),
      ...(custom.waivable === false ? { waivable: false as const } : {}),
    };
    if (!rule.title || !rule.description || !rule.remediation || !rule.message) problems.push(`${where}: rule ${rule.id} needs title, description, custom.message and custom.remediation`);
    if (!SEVERITIES.has(rule.severity)) problems.push(`${where}: rule ${rule.id} has severity ${rule.severity}; use error, warning or info`);
    if (!rule.legal.length && !rule.promise) problems.push(`${where}: rule ${rule.id} names neither a legal basis (custom.legal) nor a promise (custom.promise)`);
    if (rules.some((r) => r.id === rule.id)) problems.push(`${where}: rule id ${rule.id} is used twice`);
    rules.push(rule);
  }
  if (problems.length) throw new Error(`rule METADATA is incomplete:\n${problems.join("\n")}`);
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}

/** A term of OPA's JSON AST (`opa parse --format json`). */
interface Term {
  type: string;
  value: unknown;
  location?: { row: number };
}
interface AstRule {
  annotations?: { scope: string; custom?: Record<string, unknown> }[];
  location: { row: number };
}

/**
 * A rule's id is written once, in its METADATA: every `lib.violation(…)` and `lib.violation_about(…)`
 * outside the tests passes `rego.metadata.rule()`, in a rule whose METADATA has a `custom.id`. A literal
 * id could drift from the METADATA beside it; a rule with no METADATA of its own (a second body of an
 * incremental rule) would get `{}` and report nothing at all.
 */
export function assertIdsFromMetadata(policiesDir: string): void {
  const problems: string[] = [];
  for (const file of regoFiles(join(policiesDir, "ropa"))) {
    const module = JSON.parse(execFileSync(OPA, ["parse", "--format", "json", "--json-include", "locations,-comments", file], { encoding: "utf8", maxBuffer: 64 << 20 }));
    for (const rule of (module.rules ?? []) as AstRule[]) {
      const id = rule.annotations?.find((a) => a.scope === "rule")?.custom?.id;
      for (const call of violationCalls(rule)) {
        const [, first] = call.value as Term[];
        const where = `${file}:${call.location?.row ?? rule.location.row}`;
        if (first?.type === "string") {
          const differs = id !== undefined && first.value !== id ? ` (its METADATA says "${String(id)}")` : "";
          problems.push(`${where}: the rule id "${String(first.value)}" is written as a literal${differs}; pass rego.metadata.rule() so that the id comes from METADATA alone`);
        } else if (!isMetadataRuleCall(first)) {
          problems.push(`${where}: lib.violation's first argument must be rego.metadata.rule()`);
        } else if (id === undefined) {
          problems.push(`${where}: this rule body has no METADATA with custom.id of its own, so it would report nothing; give it its own METADATA, or fold it into the body that has it`);
        }
      }
    }
  }
  if (problems.length) throw new Error(`rule ids must come from METADATA:\n${problems.join("\n")}`);
}

/** The policy modules under `dir`, tests left out, in a stable order. */
function regoFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? regoFiles(join(dir, e.name)) : e.name.endsWith(".rego") && !e.name.endsWith("_test.rego") ? [join(dir, e.name)] : []))
    .sort();
}

/** The calls to `lib.violation` and `lib.violation_about` anywhere in a rule. */
function violationCalls(node: unknown, found: Term[] = []): Term[] {
  if (Array.isArray(node)) node.forEach((n) => violationCalls(n, found));
  else if (node && typeof node === "object") {
    const term = node as Term;
    if (term.type === "call" && Array.isArray(term.value) && refIs(term.value[0], ["lib", "violation"], ["lib", "violation_about"])) found.push(term);
    Object.values(node).forEach((n) => violationCalls(n, found));
  }
  return found;
}

function isMetadataRuleCall(term: Term | undefined): boolean {
  return term?.type === "call" && Array.isArray(term.value) && term.value.length === 1 && refIs(term.value[0], ["rego", "metadata", "rule"]);
}

/** Whether `term` is a reference spelled as one of `paths` (its head a variable, the rest strings). */
function refIs(term: Term | undefined, ...paths: string[][]): boolean {
  if (term?.type !== "ref" || !Array.isArray(term.value)) return false;
  const parts = (term.value as Term[]).map((t) => String(t.value));
  return paths.some((p) => p.length === parts.length && p.every((x, i) => x === parts[i]));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const root = new URL("..", import.meta.url).pathname;
  const out = process.argv[2] ?? join(root, "policies/build");
  const rules = buildPolicies(join(root, "policies"), out);
  console.log(`build:policies: ${rules.length} rules compiled into ${out}`);
}
