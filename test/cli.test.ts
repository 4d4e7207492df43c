// The CLI's contract, in-process through main(argv, io): real files, exit codes 0 (pass), 1 (fail),
// 2 (bad input), standard output and error. One case runs the built CLI on a terminal (`script`).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ropa } from "./helpers/cli.js";
import { ROOT, TODAY, copyRegister, editYaml, writeRecord } from "./helpers/register.js";


describe("ropa check", () => {
  it("passes Dignio's register with exit 0", async () => {
    const r = await ropa(["check", "records", "--today", TODAY]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/pass/);
  });

  it("exits 1 and names file:line when a rule is broken", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
    const r = await ropa(["check", "records", "--today", TODAY], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("records/subprocessors/aws.yaml:2");
    expect(r.stdout).toContain("subprocessors.dpa");
  });

  it("--format json gives each finding's identity: its key path by item keys and its subject", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/organisation.yaml", (d) => d.set("taxonomy", d.createNode({ exclude: ["billing-details"] })));
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.set("country", "UK"));
    const r = await ropa(["check", "records", "--today", TODAY, "--format", "json"], dir);
    expect(r.code).toBe(1);
    type Out = { rule: string; record: string; path: unknown[]; key: string[]; subject: object };
    const found = (JSON.parse(r.stdout) as { findings: Out[] }).findings.filter((f) => f.record === "aws");
    const excluded = found.find((f) => f.rule === "records.excluded_category");
    expect(excluded).toMatchObject({ path: ["data_categories", 9], key: ["data_categories", "billing-details"], subject: {} });
    const country = found.find((f) => f.rule === "records.country_code");
    expect(country).toMatchObject({ path: ["country"], key: ["country"], subject: { code: "UK" } });
  });

  it("lists findings by file in code-unit order, as git lists paths, whatever the machine's locale", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
    editYaml(dir, "records/organisation.yaml", (d) => d.delete("dpo"));
    renameSync(join(dir, "records/subprocessors"), join(dir, "records/Subprocessors"));
    const r = await ropa(["check", "records", "--today", TODAY, "--format", "json"], dir);
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file);
    // "S" sorts before "o" by code unit; a locale's collation puts "organisation" first.
    expect([...new Set(files)]).toEqual(["records/Subprocessors/aws.yaml", "records/organisation.yaml"]);
  });

  it("fails on warnings only with --fail-on warning", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.setIn(["privacy_assessment", "assessed_on"], "2025-01-01"));
    expect((await ropa(["check", "records", "--today", TODAY], dir)).code).toBe(0);
    expect((await ropa(["check", "records", "--today", TODAY, "--fail-on", "warning"], dir)).code).toBe(1);
  });

  it("exits 2 with the file and line of broken YAML, and judges nothing", async () => {
    const dir = copyRegister();
    const file = join(dir, "records/products/mydignio.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("name: MyDignio", "name: MyDignio\n  bad: [unclosed"));
    const r = await ropa(["check", "records", "--format", "json"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/records\/products\/mydignio\.yaml:\d+:\d+/);
  });

  it("writes --output whole, and not at all on bad input", async () => {
    const dir = copyRegister();
    const ok = await ropa(["check", "records", "--today", TODAY, "--format", "sarif", "--output", "out.sarif"], dir);
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "out.sarif"), "utf8")).version).toBe("2.1.0");
    writeFileSync(join(dir, "records/organisation.yaml"), "kind: [");
    const bad = await ropa(["check", "records", "--format", "sarif", "--output", "bad.sarif"], dir);
    expect(bad.code).toBe(2);
    expect(existsSync(join(dir, "bad.sarif"))).toBe(false);
  });

  it("exits 2 on a date that does not exist and on unknown options", async () => {
    expect((await ropa(["check", "records", "--today", "2026-02-30"])).code).toBe(2);
    expect((await ropa(["check", "records", "--format", "pdf"])).code).toBe(2);
    expect((await ropa(["check", "no-such-folder"])).code).toBe(2);
  });

  it("says a file is not a register, and refuses an --output folder that does not exist before judging", async () => {
    const file = await ropa(["check", "records/organisation.yaml"]);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain("records/organisation.yaml  error  is a file, not a folder");
    const dir = copyRegister();
    const out = await ropa(["check", "records", "--output", "no/such/folder/report.json"], dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("--output names a file in `no/such/folder`, which is not a folder that exists");
    expect(out.stderr).not.toMatch(/internal error/);
  });

  it("writes no colour codes into an --output file, even from a terminal", () => {
    const dir = copyRegister();
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
    // `script` runs it on a pseudo-terminal, as a user at a terminal would.
    const r = spawnSync("script", ["-qec", `${process.execPath} ${join(ROOT, "bin/ropa.cjs")} check records --today ${TODAY} --output out.txt`, "/dev/null"], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(1);
    const text = readFileSync(join(dir, "out.txt"), "utf8");
    expect(text).toContain("subprocessors.dpa");
    expect(text).not.toMatch(/\u001b\[/);
  });

  it("exits 2, not 0, when the compiled policy is broken", async () => {
    const dir = copyRegister();
    writeFileSync(join(dir, "policy.wasm"), "not wasm");
    writeFileSync(join(dir, "data.json"), "{}");
    writeFileSync(join(dir, "rules.json"), "[]");
    const r = await ropa(["check", "records", "--policies", dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/internal error|does not load/);
  });
});

describe("ropa validate, rules, explain", () => {
  it("validates schema and references only", async () => {
    const r = await ropa(["validate", "records"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/records .* are valid/);
  });

  it("validate refuses the rule ids waivers and promises name that no rule of the bundled or --policies policies has", async () => {
    const dir = copyRegister();
    writeRecord(
      dir,
      "records/waivers/typo.yaml",
      "apiVersion: ropa/v1\nkind: Waiver\nid: typo\nname: A typo\nrule: subprocessors.dpaa\nrecord: aws\nreason: renewal\napproved_by: Dana\napproved_on: 2026-01-10\nexpires_on: 2026-03-01\n",
    );
    editYaml(dir, "records/organisation.yaml", (d) => d.setIn(["promises", "storage.residency_promsie"], "Our own words"));
    const r = await ropa(["validate", "records"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("records/waivers/typo.yaml:5");
    expect(r.stderr).toContain("waives `subprocessors.dpaa`, which is not a rule");
    expect(r.stderr).toContain("`storage.residency_promsie`, which is not a rule");
    // Judged against the named policies' rules.json alone: with `subprocessors.dpaa` in it, only the promise is left.
    mkdirSync(join(dir, "policies"));
    const rules = JSON.parse(readFileSync(join(ROOT, "policies/build/rules.json"), "utf8")) as { id: string }[];
    writeFileSync(join(dir, "policies/rules.json"), JSON.stringify([...rules, { ...rules[0], id: "subprocessors.dpaa" }]));
    const own = await ropa(["validate", "records", "--policies", "policies"], dir);
    expect(own.code).toBe(2);
    expect(own.stderr).not.toContain("subprocessors.dpaa");
    expect(own.stderr).toContain("`storage.residency_promsie`, which is not a rule");
  });

  it("lists every rule and explains one from its METADATA", async () => {
    const rules = JSON.parse(readFileSync(join(ROOT, "policies/build/rules.json"), "utf8")) as { id: string }[];
    const list = await ropa(["rules"]);
    expect(list.code).toBe(0);
    for (const rule of rules) expect(list.stdout).toContain(rule.id);
    const explain = await ropa(["explain", "storage.promised_location"]);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain("GDPR Art. 28(3)(a)");
    expect(explain.stdout).toContain("Stockholm");
    expect((await ropa(["explain", "no.such_rule"])).code).toBe(2);
    expect((await ropa(["explain", "change.record_deleted"])).stdout).toContain("this rule cannot be waived");
    expect(explain.stdout).not.toContain("cannot be waived");
  });
});

describe("ropa check --base and ropa due", () => {
  it("judges the working tree as a change from a git revision", async () => {
    const { Repo } = await import("./helpers/git-repo.js");
    const repo = Repo.withRegister();
    editYaml(repo.dir, "records/activities/website-and-contact.yaml", (d) => d.setIn(["data_categories", 0, "retention", "period"], "P36M"));
    const r = await ropa(["check", "records", "--today", TODAY, "--base", "HEAD"], repo.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("change.dpo_approval");
    expect(r.stdout).toContain("keeps data longer: `contact-details` (before: P12M; now: P36M)");
    // Without --base the same register passes: the rule is about the change.
    expect((await ropa(["check", "records", "--today", TODAY], repo.dir)).code).toBe(0);
    expect((await ropa(["check", "records", "--base", "no-such-rev"], repo.dir)).code).toBe(2);
  });

  it("measures the change from where the branch left the base, not from what the base gained since", async () => {
    const { Repo } = await import("./helpers/git-repo.js");
    const repo = Repo.withRegister();
    repo.branch("change");
    editYaml(repo.dir, "records/products/mydignio.yaml", (d) => d.setIn(["privacy_notice", "version"], "2026-11"));
    repo.commit("Bump the MyDignio notice");
    repo.branch("main", "main");
    repo.write("records/products/pulse.yaml", "apiVersion: ropa/v1\nkind: Product\nid: pulse\nname: Dignio Pulse\n");
    repo.commit("Main gains a product");
    repo.git("checkout", "--quiet", "change");
    const r = await ropa(["check", "records", "--today", TODAY, "--base", "main"], repo.dir);
    // The branch does not have main's new product: that is not a deletion by this change.
    expect(r.stdout).not.toContain("change.record_deleted");
    expect(r.code).toBe(0);
  });

  it("says a change brings no new problems, and how many already present remain, instead of \"No problems\"", async () => {
    const { Repo } = await import("./helpers/git-repo.js");
    const repo = Repo.withRegister();
    editYaml(repo.dir, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
    repo.commit("AWS without its DPA");
    editYaml(repo.dir, "records/products/mydignio.yaml", (d) => d.setIn(["privacy_notice", "version"], "2026-11"));
    const text = await ropa(["check", "records", "--today", TODAY, "--base", "HEAD"], repo.dir);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain("No problems");
    expect(text.stdout).toMatch(/^✔ This change brings no new problems: \d+ records checked against \d+ rules; 1 finding already present at the base remains \(not counted\) — verdict: pass$/m);
    const md = await ropa(["check", "records", "--today", TODAY, "--base", "HEAD", "--format", "markdown"], repo.dir);
    expect(md.stdout).not.toContain("No problems");
    expect(md.stdout).toContain("This change brings no new problems");
    expect(md.stdout).toContain("1 finding already present at the base remains (not counted).");
  });

  it("judges by the compiled policies as committed at the base, not by the work tree's, and says so", async () => {
    const { Repo } = await import("./helpers/git-repo.js");
    const repo = Repo.withRegister();
    editYaml(repo.dir, "records/activities/patient-app.yaml", (d) => {
      (d.get("data_categories") as any).add(d.createNode({ category: "voice-recordings", retention: { period: "P3M", after: "end of the customer contract" } }));
    });
    // The work tree's policies learn the category the base's do not know.
    const data = join(repo.dir, "policies/build/data.json");
    const reference = JSON.parse(readFileSync(data, "utf8"));
    reference.reference.data_categories.categories["voice-recordings"] = { checked_on: "2026-02-01", direct_identifier: false, name: "Voice recordings", source: "https://example.org", special: false };
    writeFileSync(data, JSON.stringify(reference));
    const r = await ropa(["check", "records", "--today", TODAY, "--base", "HEAD", "--policies", "policies/build"], repo.dir);
    expect(r.stdout).toContain("records.known_category");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("The compiled policies differ from those at HEAD: the change is judged by the base's; under the work tree's own, their verdict would be pass.");
  });

  it("lists what becomes due, earliest first", async () => {
    const r = await ropa(["due", "records", "--today", "2027-05-20", "--within", "30", "--format", "json"]);
    expect(r.code).toBe(0);
    const { items } = JSON.parse(r.stdout) as { items: { due: string; rule?: string }[] };
    expect(items.map((i) => [i.due, i.rule])).toEqual([
      ["2027-05-20", "dpia.review"],
      ["2027-05-20", "dpia.review"],
      ["2027-06-16", "subprocessors.assessment"],
    ]);
    expect((await ropa(["due", "records", "--within", "many"])).code).toBe(2);
  });
});
