// The policies' house rules, enforced by the tools: a rule's id comes from its METADATA alone (the build
// refuses a literal id, so two swapped ids cannot pass), and Regal refuses a rule that builds its message
// with sprintf. Both run on a temporary copy of policies/ with the breakage put in.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertIdsFromMetadata, buildPolicies } from "../scripts/build-policies.js";
import { REGAL } from "../scripts/tools.js";
import { ROOT } from "./helpers/register.js";

const RETENTION = "ropa/rules/retention/retention.rego";
const REPORTS = "violations contains lib.violation(rego.metadata.rule(), ";

/** A copy of policies/ (and .regal/, which configures Regal for it) in a temp dir; returns that dir. */
function copyPolicies(): string {
  const dir = mkdtempSync(join(tmpdir(), "ropa-policies-"));
  cpSync(join(ROOT, "policies"), join(dir, "policies"), { recursive: true, filter: (src) => !src.includes(join("policies", "build")) });
  cpSync(join(ROOT, ".regal"), join(dir, ".regal"), { recursive: true });
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, "policies", file);
  const text = readFileSync(path, "utf8");
  const changed = change(text);
  expect(changed).not.toBe(text);
  writeFileSync(path, changed);
}

/** The 1-based line of the `n`th (0-based) rule body that reports violations in `text`. */
const reportingLine = (text: string, n: number) => text.split("\n").map((l, i) => [l, i + 1] as const).filter(([l]) => l.startsWith(REPORTS))[n][1];

describe("rule ids come from METADATA alone", () => {
  it("the policies pass the check", () => {
    expect(() => assertIdsFromMetadata(join(ROOT, "policies"))).not.toThrow();
  });

  it("the build refuses two swapped ids, naming each line and the id its METADATA gives", () => {
    const dir = copyPolicies();
    const out = join(dir, "out");
    let text = "";
    edit(dir, RETENTION, (t) => {
      // retention.defined and retention.special_not_indefinite, the first two rules, each given the other's id.
      let n = 0;
      text = t.replace(/violations contains lib\.violation\(rego\.metadata\.rule\(\), /g, (whole) => {
        n += 1;
        return n === 1 ? 'violations contains lib.violation("retention.special_not_indefinite", ' : n === 2 ? 'violations contains lib.violation("retention.defined", ' : whole;
      });
      return text;
    });
    const file = join(dir, "policies", RETENTION);
    const lines = text.split("\n");
    const first = lines.findIndex((l) => l.includes('lib.violation("retention.special_not_indefinite"')) + 1;
    const second = lines.findIndex((l) => l.includes('lib.violation("retention.defined"')) + 1;
    expect(() => buildPolicies(join(dir, "policies"), out)).toThrow(
      new RegExp(
        `${file}:${first}: the rule id "retention.special_not_indefinite" is written as a literal \\(its METADATA says "retention.defined"\\)[^]*` +
          `${file}:${second}: the rule id "retention.defined" is written as a literal \\(its METADATA says "retention.special_not_indefinite"\\)`,
      ),
    );
    expect(existsSync(out)).toBe(false);
  });

  it("the build refuses a rule body with no METADATA of its own, which would report nothing", () => {
    const dir = copyPolicies();
    edit(dir, RETENTION, (t) => `${t}\n${REPORTS}"x", [], {}) if input.never\n`);
    const line = reportingLine(readFileSync(join(dir, "policies", RETENTION), "utf8"), 4);
    expect(() => assertIdsFromMetadata(join(dir, "policies"))).toThrow(`${join(dir, "policies", RETENTION)}:${line}: this rule body has no METADATA with custom.id of its own`);
  });
});

describe("Regal enforces the house rules", () => {
  it("fails on a rule that builds its message with sprintf", () => {
    const dir = copyPolicies();
    edit(dir, RETENTION, (t) => t.replace('params := {"category": c.category, "period"', 'params := {"category": sprintf("%s", [c.category]), "period"'));
    const r = spawnSync(REGAL, ["lint", "--format", "json", "policies"], { cwd: dir, encoding: "utf8" });
    expect(r.status).not.toBe(0);
    const found = (JSON.parse(r.stdout).violations as { title: string; location: { file: string } }[]).map((v) => [v.title, v.location.file]);
    expect(found).toEqual([["forbidden-function-call", `policies/${RETENTION}`]]);
  });
});
