// Compiles policies/ to WebAssembly and writes what the engine loads into an output folder
// (default policies/build, which is committed so that `npm start` and the action need no Go):
//   policy.wasm  the compiled rules          data.json  the reference data
//   rules.json   every rule's METADATA, which reporters use for titles, articles and fixes
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { ENTRYPOINT, VIEWS_ENTRYPOINT } from "../engine/policy.js";
import type { RuleMeta } from "../engine/types.js";
import { OPA } from "./tools.js";

interface Annotation {
  annotations: { scope: string; title?: string; description?: string; custom?: Record<string, unknown> };
  location: { file: string; row: number };
  path: { value: string }[];
}

const SEVERITIES = new Set(["error", "warning", "info"]);

export function buildPolicies(policiesDir: string, outDir: string): RuleMeta[] {
  const work = mkdtempSync(join(tmpdir(), "ropa-build-"));
  try {
    const bundle = join(work, "bundle.tar.gz");
    // Run from the folder above, so the file names compiled into the WebAssembly are `policies/…` wherever
    // the clone is, and a fresh build is byte-identical to the committed one.
    execFileSync(OPA, [
      "build", "--bundle", basename(resolve(policiesDir)), "--target", "wasm", "--entrypoint", ENTRYPOINT, "--entrypoint", VIEWS_ENTRYPOINT,
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

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const root = new URL("..", import.meta.url).pathname;
  const out = process.argv[2] ?? join(root, "policies/build");
  const rules = buildPolicies(join(root, "policies"), out);
  console.log(`build:policies: ${rules.length} rules compiled into ${out}`);
}
