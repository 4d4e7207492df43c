// Another organisation adopting ropa: `ropa init` starts a register that is green once its placeholders are
// filled; promises are the organisation's own (a promise rule applies only when stated, and reports quote
// only its words); input problems come all at once with "did you mean"; and two unrelated registers —
// Dignio's in records/ and Tallvik's in examples/ — never show each other's words.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { initRegister } from "../engine/register-template.js";
import { checkDirectory, readRegister, readRegisterDir, RegisterError, type CheckResult } from "../engine/index.js";
import { formatJson, formatMarkdown, formatText } from "../engine/report/index.js";
import { explainRule } from "../engine/rules.js";
import { closest } from "../engine/suggest.js";
import { ropa } from "./helpers/cli.js";
import { fillIn } from "./helpers/fill-in.js";
import { ROOT, TODAY, bundledPolicy, copyRegister, editYaml, lineOf, writeRecord } from "./helpers/register.js";

const policy = bundledPolicy();

async function problemsOf(dir: string, rules?: typeof policy.rules) {
  const refused = await readRegister(readRegisterDir(dir), dir, { rules }).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(RegisterError);
  return (refused as RegisterError).problems;
}

describe("ropa init", () => {
  it("writes a register that names each unfilled placeholder, and is green once they are filled", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "ropa-init-")), "register");
    const written = initRegister(dir);
    for (const f of ["records/organisation.yaml", ".github/workflows/register-check.yml", ".github/CODEOWNERS", ".gitignore", "README.md", "schemas/organisation.schema.json"]) expect(written).toContain(f);
    const kinds = new Set(written.filter((f) => f.startsWith("records/")).map((f) => readFileSync(join(dir, f), "utf8").match(/^kind: (\w+)$/m)?.[1]));
    expect(kinds).toEqual(new Set(["Organisation", "ProcessingActivity", "Subprocessor", "StorageLocation", "CustomerSegment", "Product"]));

    // Every `$schema` line resolves inside the new repository.
    for (const f of written.filter((f) => f.endsWith(".yaml"))) {
      const target = /\$schema=(\S+)/.exec(readFileSync(join(dir, f), "utf8"))![1];
      expect(existsSync(resolve(dirname(join(dir, f)), target)), `${f} → ${target}`).toBe(true);
    }
    // Nothing of Dignio.
    for (const f of written) expect(readFileSync(join(dir, f), "utf8"), f).not.toMatch(/dignio/i);

    const records = join(dir, "records");
    const problems = await problemsOf(records);
    expect(problems.every((p) => p.message.endsWith("is not filled in yet")), JSON.stringify(problems)).toBe(true);
    expect(problems).toContainEqual(expect.objectContaining({ file: join(records, "organisation.yaml"), line: lineOf(dir, "records/organisation.yaml", "legal_name:"), message: "`legal_name` is not filled in yet" }));

    fillIn(dir);
    const result = await checkDirectory(records, { policy, today: TODAY });
    expect(result.findings).toEqual([]);
    expect(result.verdict).toBe("pass");
  });

  it("overwrites nothing: refused with every file in the way, and nothing written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ropa-init-"));
    writeRecord(dir, "README.md", "ours\n");
    expect(() => initRegister(dir)).toThrow(RegisterError);
    expect(readdirSync(dir)).toEqual(["README.md"]);
  });
});

describe("promises are the organisation's", () => {
  it("does not hold an organisation to a promise it does not state: a US CDN with DPF and SCCs passes", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/organisation.yaml", (d) => d.delete("promises"));
    const before = await checkDirectory(join(dir, "records"), { policy, today: TODAY });
    // Law still applies: nothing of the promise rules, but the Art. 28 and 30 rules keep judging.
    expect(before.verdict).toBe("pass");
    writeRecord(dir, "records/locations/cdn-us.yaml", "apiVersion: ropa/v1\nkind: StorageLocation\nid: cdn-us\nname: CDN (US)\nprovider: cloudflare\nregion: us\ncountry: US\ncity: San Francisco\n");
    editYaml(dir, "records/activities/website-and-contact.yaml", (d) => d.set("storage_locations", ["aws-stockholm", "cdn-us"]));
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => {
      d.set("processing_locations", ["aws-stockholm", "aws-london", "cdn-us"]);
      d.set("dpf", { certified: true, uk_extension: true, verified_on: "2026-10-01" });
    });
    const result = await checkDirectory(join(dir, "records"), { policy, today: TODAY });
    expect(result.findings.map((f) => f.rule)).not.toContain("storage.controller_location");
    expect(result.findings.filter((f) => f.promise)).toEqual([]);
    // The same register, with the promise stated, is held to it and quotes its words.
    editYaml(dir, "records/organisation.yaml", (d) => d.set("promises", { "storage.controller_location": "Our own data stays in Europe." }));
    const promised = await checkDirectory(join(dir, "records"), { policy, today: TODAY });
    const finding = promised.findings.find((f) => f.rule === "storage.controller_location")!;
    expect(finding.promise).toBe("Our own data stays in Europe.");
  });

  it("explain quotes the register's promise, or says the rule does not apply to it", async () => {
    const rule = policy.rules.get("storage.promised_location")!;
    const dignio = await readRegister(readRegisterDir(join(ROOT, "records")), "records");
    expect(explainRule(rule, dignio)).toContain("promise (Dignio): “Our data is safely stored in Stockholm");
    const tallvik = await readRegister(readRegisterDir(join(ROOT, "examples/tallvik/records")), "records");
    expect(explainRule(policy.rules.get("telemetry.declared")!, tallvik)).toContain("not stated by Tallvik, so this rule does not apply");
    expect(explainRule(rule)).not.toMatch(/Stockholm|Dignio/);
    for (const r of policy.rules.values()) expect(JSON.stringify(r), r.id).not.toMatch(/Dignio|for EU customers|technical and support personnel/);
  });
});

describe("input problems, all at once", () => {
  it("says schema problems and bad references in one run, with did-you-mean for fields, kinds and ids", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => {
      d.set("legal_nmae", d.get("legal_name"));
      d.delete("legal_name");
    });
    editYaml(dir, "records/activities/patient-app.yaml", (d) => d.set("storage_locations", ["aws-stokholm"]));
    writeRecord(dir, "records/products/typo.yaml", "apiVersion: ropa/v1\nkind: Prodcut\nid: typo\nname: Typo\n");
    const problems = await problemsOf(join(dir, "records"));
    const by = (m: string) => problems.find((p) => p.message.includes(m));
    expect(by("unknown field `legal_nmae`")?.hint).toBe("did you mean `legal_name`?");
    expect(by("unknown kind")?.hint).toBe("did you mean `Product`?");
    expect(by("`aws-stokholm` is not the id of any record")?.hint).toBe("did you mean `aws-stockholm`?");
  });

  it("says unknown rule ids of waivers and promises in the same run as schema problems and bad references: exit 2, each at its line", async () => {
    const dir = copyRegister();
    // A repository, so that the same register can be checked as a change too (`check --base`).
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.org", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.org" } });
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "--no-gpg-sign", "-m", "register");
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => {
      d.set("legal_nmae", d.get("legal_name"));
      d.delete("legal_name");
    });
    editYaml(dir, "records/activities/patient-app.yaml", (d) => d.set("storage_locations", ["aws-stokholm"]));
    writeRecord(
      dir,
      "records/waivers/typo.yaml",
      "apiVersion: ropa/v1\nkind: Waiver\nid: typo\nname: A typo\nrule: subprocessors.dpaa\nrecord: aws\nreason: renewal\napproved_by: Dana\napproved_on: 2026-01-10\nexpires_on: 2026-03-01\n",
    );
    editYaml(dir, "records/organisation.yaml", (d) => d.setIn(["promises", "storage.residency_promsie"], "Our own words"));
    const records = join(dir, "records");
    const problems = await problemsOf(records, policy.rules);
    const by = (m: string) => problems.find((p) => p.message.includes(m));
    expect(by("unknown field `legal_nmae`")).toMatchObject({ file: join(records, "subprocessors/aws.yaml"), line: lineOf(dir, "records/subprocessors/aws.yaml", "legal_nmae:") });
    expect(by("`aws-stokholm` is not the id of any record")).toMatchObject({ line: lineOf(dir, "records/activities/patient-app.yaml", "aws-stokholm") });
    expect(by("waives `subprocessors.dpaa`, which is not a rule")).toMatchObject({ file: join(records, "waivers/typo.yaml"), line: 5, hint: "did you mean `subprocessors.dpa`?" });
    expect(by("`storage.residency_promsie`, which is not a rule")).toMatchObject({ file: join(records, "organisation.yaml"), line: lineOf(dir, "records/organisation.yaml", "storage.residency_promsie:") });
    expect(by("`storage.residency_promsie`, which is not a rule")?.hint).toMatch(/^did you mean `storage\.residency_promise`/);

    // The CLI: one run, exit 2, every one of them at file:line, nothing judged.
    const run = await ropa(["check", records, "--today", TODAY]);
    expect(run.code).toBe(2);
    const change = await ropa(["check", "records", "--base", "main", "--today", TODAY], dir);
    expect(change.code).toBe(2);
    for (const [file, text] of [
      ["subprocessors/aws.yaml", "legal_nmae"],
      ["activities/patient-app.yaml", "aws-stokholm"],
      ["waivers/typo.yaml", "subprocessors.dpaa"],
      ["organisation.yaml", "storage.residency_promsie"],
    ]) {
      for (const r of [run, change]) expect(r.stdout + r.stderr).toMatch(new RegExp(`${file.replace(/[./]/g, "\\$&")}:\\d+:\\d+.*${text.replace(".", "\\.")}`));
    }
  });

  it("suggests only what is near", () => {
    expect(closest("legal_nmae", ["legal_name", "name"])).toBe("legal_name");
    expect(closest("colour", ["country", "contact"])).toBeUndefined();
  });
});

describe("two organisations, each in its own words", () => {
  const registers = { dignio: join(ROOT, "records"), tallvik: join(ROOT, "examples/tallvik/records") };
  const words = { dignio: [/Dignio/, /Stockholm \(for EU customers\)/, /technical and support personnel/], tallvik: [/Tallvik/, /Frankfurt/, /construction/] };

  async function reports(dir: string): Promise<{ result: CheckResult; text: string }> {
    // A change to each register that makes promise rules and law rules fire, so reports carry words.
    const result = await checkDirectory(dir, { policy, today: TODAY });
    const explain = [...policy.rules.values()].map((r) => explainRule(r, result.register)).join("\n");
    return { result, text: [formatText(result, { color: false, rules: policy.rules }), formatMarkdown(result, { rules: policy.rules }), formatJson(result), explain].join("\n") };
  }

  it("passes both registers", async () => {
    for (const dir of Object.values(registers)) expect((await checkDirectory(dir, { policy, today: TODAY })).verdict).toBe("pass");
  });

  it("never shows one company's words in the other's reports", async () => {
    const dignio = copyRegister();
    editYaml(dignio, "records/subprocessors/aws.yaml", (d) => d.delete("privacy_assessment"));
    const tallvik = mkdtempSync(join(tmpdir(), "ropa-tallvik-"));
    const { cpSync } = await import("node:fs");
    cpSync(registers.tallvik, join(tallvik, "records"), { recursive: true });
    editYaml(tallvik, "records/products/tallvik-planner.yaml", (d) => d.delete("privacy_notice"));
    const [d, t] = [await reports(join(dignio, "records")), await reports(join(tallvik, "records"))];
    expect(d.result.findings.some((f) => f.promise)).toBe(true);
    expect(t.result.findings.find((f) => f.rule === "products.privacy_notice")?.promise).toBe("Every Tallvik app links to its own privacy notice.");
    for (const w of words.tallvik) expect(d.text).not.toMatch(w);
    for (const w of words.dignio) expect(t.text).not.toMatch(w);
  });
});

describe("ropa -C", () => {
  it("runs check and explain on a register elsewhere, with absolute --policies", { timeout: 120_000 }, async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "ropa-cwd-"));
    const clean = await ropa(["check", "-C", join(ROOT, "examples/tallvik"), "--today", TODAY, "--policies", join(ROOT, "policies/build")], elsewhere);
    expect([clean.stderr, clean.code]).toEqual(["", 0]);
    expect(clean.stdout).toContain("No problems: 14 records checked");
    // A finding is shown at its file, read from the repository -C names.
    const tallvik = mkdtempSync(join(tmpdir(), "ropa-tallvik-"));
    const { cpSync } = await import("node:fs");
    cpSync(join(ROOT, "examples/tallvik/records"), join(tallvik, "records"), { recursive: true });
    editYaml(tallvik, "records/products/tallvik-planner.yaml", (d) => d.delete("privacy_notice"));
    const check = await ropa(["check", "-C", tallvik, "--today", TODAY, "--policies", join(ROOT, "policies/build")], elsewhere);
    expect(check.stderr).toBe("");
    expect(check.stdout).toContain(join(tallvik, "records/products/tallvik-planner.yaml"));
    const explain = await ropa(["explain", "products.privacy_notice", "-C", join(ROOT, "examples/tallvik")], elsewhere);
    expect(explain.stdout).toContain("promise (Tallvik): “Every Tallvik app links to its own privacy notice.”");
  });
});
