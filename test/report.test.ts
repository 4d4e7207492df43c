// The reporters, fed by the real engine: a copy of Dignio's register broken on purpose (a subprocessor
// without a DPA, an activity missing two Art. 30 fields, a product whose name tries every trick a user could
// play on a PR comment), judged by the compiled policy, then rendered in every format.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, beforeAll } from "vitest";
import Ajv04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { checkDirectory, RegisterError, type CheckResult, type Finding, type Policy } from "../engine/index.js";
import { code, escapeMarkdown, formatJson, formatMarkdown, formatProblems, formatSarif, formatText, jsonReport, safeUrl } from "../engine/report/index.js";
import { emit } from "../engine/output.js";
import pkg from "../package.json" with { type: "json" };
import { ROOT, TODAY, bundledPolicy, copyRegister, editYaml, writeRecord } from "./helpers/register.js";

const EVIL = "@org/team <script>alert(1)</script> [x](javascript:alert(1)) <!-- ropa-check --> #123 a|b \u001b[31mred\nnext line";
const EVIL_CODE = "`<img src=x onerror=alert(1)>` and `[y](javascript:alert(2))`";
const LONG = "Long name " + "x".repeat(1000);
const LINK_BASE = "https://github.com/o/r/blob/0123abc/";

const product = (id: string, name: string) => `apiVersion: ropa/v1\nkind: Product\nid: ${id}\nname: ${JSON.stringify(name)}\n`;

/** Judges `records/` inside `dir` with paths relative to `dir`, as `ropa check records` run there would. */
async function judge(dir: string, policy: Policy): Promise<CheckResult> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await checkDirectory("records", { policy, today: TODAY });
  } finally {
    process.chdir(cwd);
  }
}

function broken(): string {
  const dir = copyRegister();
  editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
  editYaml(dir, "records/activities/customer-administration.yaml", (d) => {
    d.delete("purposes");
    d.delete("recipients");
  });
  writeRecord(dir, "records/products/evil.yaml", product("evil", EVIL));
  writeRecord(dir, "records/products/evil-code.yaml", product("evil-code", EVIL_CODE));
  writeRecord(dir, "records/products/long.yaml", product("long", LONG));
  return dir;
}

let policy: Policy;
let dir: string;
let result: CheckResult;

beforeAll(async () => {
  policy = bundledPolicy();
  dir = broken();
  result = await judge(dir, policy);
});

describe("the broken register", () => {
  it("has findings of both severities to report", () => {
    expect(result.verdict).toBe("fail");
    expect(result.errors).toBeGreaterThan(3);
    expect(result.warnings).toBeGreaterThan(0);
    const rules = new Set(result.findings.map((f) => f.rule));
    for (const r of ["subprocessors.dpa", "art30.controller_record", "products.privacy_notice", "products.activities"]) expect(rules).toContain(r);
    expect(result.findings.some((f) => f.message.includes("@org/team <script>"))).toBe(true);
  });
});

describe("text", () => {
  it("groups by file and gives file:line:col, fix and why for every finding, without ANSI when color is off", () => {
    const text = formatText(result, { color: false, rules: policy.rules });
    expect(text).not.toContain("\u001b");
    for (const f of result.findings) {
      expect(text).toContain(`${f.file}:${f.line}:${f.col}`);
      expect(text).toMatch(new RegExp(`${escapeRegExp(`${f.file}:${f.line}:${f.col}`)}\\s+${f.severity}\\s+${escapeRegExp(f.rule)}`));
    }
    expect(text).toContain("    fix: Add `dpa: {reference: …, signed_on: YYYY-MM-DD}` to the subprocessor.");
    expect(text).toContain("    why: GDPR Art. 28(4)");
    // Each file is a heading once, its findings below it.
    const files = [...new Set(result.findings.map((f) => f.file))];
    for (const file of files) expect(text.split("\n").filter((l) => l === file)).toHaveLength(1);
    // The escape sequence in the record's name is shown, not obeyed; its line break does not split the line.
    expect(text).toContain("␛[31mred next line");
    const last = text.split("\n").at(-1)!;
    const files_ = files.length;
    expect(last).toBe(`✖ ${result.errors} errors, ${result.warnings} warning${result.warnings === 1 ? "" : "s"} in ${files_} files — verdict: fail`);
  });

  it("colours only when asked, and still never passes a record's escape codes through", () => {
    const text = formatText(result, { color: true, rules: policy.rules });
    expect(text).toContain("\u001b[31m");
    // Every ESC in the output starts one of the reporter's own SGR codes; the record's `ESC[31m` became `␛[31m`.
    expect(text.match(/\u001b/g)!.length).toBe(text.match(/\u001b\[\d+m/g)!.length);
    expect(text).toContain("␛[31mred");
  });

  it("says so when there is nothing to fix", async () => {
    const clean = await judge(copyRegister(), policy);
    expect(formatText(clean, { color: false, rules: policy.rules })).toBe(`✔ No problems: ${clean.records} records checked against ${policy.rules.size} rules — verdict: pass`);
  });

  it("lists input problems with where, what and the hint", async () => {
    const bad = copyRegister();
    writeRecord(bad, "records/products/twin.yaml", product("mydignio", "Twin"));
    let problems: RegisterError["problems"] = [];
    try {
      await judge(bad, policy);
    } catch (e) {
      if (!(e instanceof RegisterError)) throw e;
      problems = e.problems;
    }
    expect(problems.length).toBeGreaterThan(0);
    const text = formatProblems(problems, false);
    expect(text).not.toContain("\u001b");
    const p = problems[0]!;
    expect(text).toContain(`${p.file}:${p.line}:${p.col}`);
    expect(text).toContain(p.message);
    expect(text).toContain(`  → ${p.hint}`);
    expect(text.split("\n").at(-1)).toMatch(/^✖ 1 problem in the input — nothing was judged/);
    expect(formatProblems(problems, true)).toContain("\u001b[");
  });
});

describe("json", () => {
  it("round-trips, with the summary, the findings and not the register", () => {
    const text = formatJson(result);
    const doc = JSON.parse(text);
    expect(JSON.stringify(doc, null, 2)).toBe(text);
    expect(Object.keys(doc)).toEqual(["tool", "today", "verdict", "summary", "findings"]);
    expect(doc.tool).toEqual({ name: "ropa", version: pkg.version });
    expect(doc.today).toBe(TODAY);
    expect(doc.summary).toEqual({ errors: result.errors, warnings: result.warnings, infos: result.infos, waived: result.waived, records: result.records });
    expect(doc.findings).toHaveLength(result.findings.length);
    const [first] = doc.findings as (Finding & { fingerprint: string })[];
    const f = result.findings[0]!;
    expect(first).toMatchObject({ rule: f.rule, message: f.message, file: f.file, line: f.line, col: f.col, path: f.path, remediation: f.remediation, legal: f.legal });
    expect(first!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(text).not.toContain('"register"');
    // The record's control character is escaped by JSON, not written raw.
    expect(text).not.toContain("\u001b");
  });

  it("is written in pieces, a finding each, that make the same text in a file and on stdout, with or without findings", () => {
    const none = { ...result, findings: [], blocking: [], errors: 0, warnings: 0, infos: 0, waived: 0, verdict: "pass" as const };
    for (const r of [result, none]) {
      const pieces = [...jsonReport(r)];
      expect(pieces.length).toBe(r.findings.length ? r.findings.length + 2 : 1);
      const text = pieces.join("");
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2));
      const file = join(mkdtempSync(join(tmpdir(), "ropa-json-")), "report.json");
      emit(() => {}, jsonReport(r), file);
      expect(readFileSync(file, "utf8")).toBe(text);
      let stdout = "";
      emit((t) => (stdout += t), jsonReport(r));
      expect(stdout).toBe(`${text}\n`);
    }
  });
});

describe("sarif", () => {
  // The SARIF 2.1.0 schema, vendored with its source (test/fixtures/sarif/README.md): draft-04, so Ajv's
  // draft-04 class. Its language-tag pattern is not a valid `u`-mode regular expression, hence unicodeRegExp: false.
  const schema = JSON.parse(readFileSync(join(ROOT, "test/fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8"));
  const addFormats = ajvFormats as unknown as typeof ajvFormats.default;
  const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  const sarif = () => JSON.parse(formatSarif(result, [...policy.rules.values()]));

  it("is valid SARIF 2.1.0", () => {
    const log = sarif();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    // The validator does reject what is not SARIF.
    log.runs[0].results[0].level = "fatal";
    expect(validate(log)).toBe(false);
  });

  it("describes every rule, with help a reviewer can act on", () => {
    const { driver } = sarif().runs[0].tool;
    expect(driver.name).toBe("ropa");
    expect(driver.semanticVersion).toBe(pkg.version);
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.map((r: { id: string }) => r.id).sort()).toEqual([...policy.rules.keys()].sort());
    const dpa = driver.rules.find((r: { id: string }) => r.id === "subprocessors.dpa");
    expect(dpa).toMatchObject({
      name: "SubprocessorsDpa",
      shortDescription: { text: policy.rules.get("subprocessors.dpa")!.title },
      defaultConfiguration: { level: "error" },
      properties: { tags: expect.arrayContaining(["gdpr", "subprocessors"]) },
    });
    expect(dpa.help.markdown).toContain("[GDPR Art. 28(4)](https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28)");
    expect(dpa.help.text).toContain("How to fix: Add `dpa:");
    for (const r of driver.rules) expect(r.defaultConfiguration.level).toBe({ error: "error", warning: "warning", info: "note" }[policy.rules.get(r.id)!.severity]);
  });

  it("places each result on its file and line, relative to the checkout", () => {
    const run = sarif().runs[0];
    expect(run.results).toHaveLength(result.findings.length);
    run.results.forEach((r: any, i: number) => {
      const f = result.findings[i]!;
      expect(r.ruleId).toBe(f.rule);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(f.rule);
      expect(r.level).toBe({ error: "error", warning: "warning", info: "note" }[f.severity]);
      expect(r.message.text).toContain(f.message);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation).toEqual({ uri: f.file, uriBaseId: "%SRCROOT%" });
      expect(loc.artifactLocation.uri).toMatch(/^records\/[a-z/.-]+\.yaml$/);
      expect(loc.region).toEqual({ startLine: f.line, startColumn: f.col });
    });
  });

  it("fingerprints each alert uniquely, and keeps the fingerprint when lines move", async () => {
    const prints = (log: any) => log.runs[0].results.map((r: any) => r.partialFingerprints["ropaFinding/v1"]);
    const before = prints(sarif());
    expect(new Set(before).size).toBe(before.length);
    // Two comment lines on top of the DPA-less subprocessor: its finding moves down two lines.
    const moved = broken();
    writeRecord(moved, "records/subprocessors/aws.yaml", "# moved\n# down\n" + readFileSync(`${dir}/records/subprocessors/aws.yaml`, "utf8"));
    const again = await judge(moved, policy);
    const a = result.findings.findIndex((f) => f.rule === "subprocessors.dpa");
    const b = again.findings.findIndex((f) => f.rule === "subprocessors.dpa");
    expect(again.findings[b]!.line).toBe(result.findings[a]!.line + 2);
    const after = prints(JSON.parse(formatSarif(again, [...policy.rules.values()])));
    expect(after[b]).toBe(before[a]);
    expect([...after].sort()).toEqual([...before].sort());
  });
});

describe("markdown", () => {
  const md = () => formatMarkdown(result, { rules: policy.rules, linkBase: LINK_BASE });

  it("reads as a report: verdict, then per severity what, why, fix and where", () => {
    const text = md();
    expect(text.split("\n")[0]).toMatch(/^## ❌ Register check failed: \d+ errors and \d+ warnings?$/);
    expect(text).toContain(`### ❌ Errors (${result.errors})`);
    expect(text).toContain(`### ⚠️ Warnings (${result.warnings})`);
    expect(text).toContain("| | Rule | What is wrong | Why | How to fix | Where |");
    const dpa = result.findings.find((f) => f.rule === "subprocessors.dpa")!;
    const row = text.split("\n").find((l) => l.startsWith("| ❌ | `subprocessors.dpa`"))!;
    expect(row).toBe(
      "| ❌ | `subprocessors.dpa`<br>A subprocessor has a data processing agreement | Amazon Web Services (aws) has no data processing agreement recorded. | " +
        "[GDPR Art. 28(4)](https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28) | Add `dpa: {reference: …, signed_on: YYYY-MM-DD}` to the subprocessor. | " +
        `[records/subprocessors/aws.yaml:${dpa.line}](${LINK_BASE}records/subprocessors/aws.yaml#L${dpa.line}) |`,
    );
    // A promise is quoted in the Why column.
    expect(text).toContain("Promise: [“We have developed privacy notices for all our services.”](https://dignio.com/privacy)");
  });

  it("neutralises everything a record name could do on GitHub", () => {
    const text = md();
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/<img/i);
    expect(text).not.toContain("<!--");
    expect(text).not.toContain("](javascript:");
    expect(text).not.toMatch(/@org/);
    expect(text).not.toMatch(/(^|[^&])#123/);
    expect(text).not.toContain("\u001b");
    // Still there to read, only inert.
    expect(text).toContain("@\u200Dorg/team");
    expect(text).toContain("&lt;\u200Dscript&gt;");
    // Backticks a user wrote become inline code, whose content cannot act either.
    expect(text).toContain("`<\u200Dimg src=x onerror=alert(1)>`");
    // Every table row has exactly the six cells of its header: no pipe or newline from a record split one.
    for (const line of text.split("\n").filter((l) => l.startsWith("|"))) {
      expect(line.split(/(?<!\\)\|/).length - 2, line).toBe(6);
    }
  });

  it("caps each value at 300 characters", () => {
    const row = md()
      .split("\n")
      .find((l) => l.includes("Long name x") && l.includes("products.activities"))!;
    const message = row.split(/(?<!\\)\|/)[3]!.trim();
    expect(message.endsWith("…")).toBe(true);
    expect(Array.from(message).length).toBe(300);
  });

  it("links each promise to the organisation's privacy statement, which must be an http(s) address", async () => {
    const row = formatMarkdown(result, { rules: policy.rules, linkBase: LINK_BASE }).split("\n").find((l) => l.includes("`products.privacy_notice`"))!;
    expect(row).toContain("Promise: [“We have developed privacy notices for all our services.”](https://dignio.com/privacy)");
    const evil = copyRegister();
    editYaml(evil, "records/organisation.yaml", (d) => d.set("privacy_statement_url", "javascript:alert(1)"));
    const refused = await judge(evil, policy).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RegisterError);
    expect((refused as RegisterError).problems.map((p) => p.file)).toEqual(["records/organisation.yaml"]);
  });

  it("quotes the organisation's own words for a promise, and refuses words for a rule that does not exist", async () => {
    const own = broken();
    editYaml(own, "records/organisation.yaml", (d) => d.set("promises", { "products.privacy_notice": "Each of our apps has its own privacy notice." }));
    const md = formatMarkdown(await judge(own, policy), { rules: policy.rules });
    const row = md.split("\n").find((l) => l.includes("`products.privacy_notice`"))!;
    expect(row).toContain("Promise: [“Each of our apps has its own privacy notice.”](https://dignio.com/privacy)");
    expect(md).not.toContain("We have developed privacy notices");
    editYaml(own, "records/organisation.yaml", (d) => d.setIn(["promises", "products.privacy_notices"], "A typo."));
    const refused = (await judge(own, policy).catch((e: unknown) => e)) as RegisterError;
    expect(refused).toBeInstanceOf(RegisterError);
    const line = readFileSync(`${own}/records/organisation.yaml`, "utf8").split("\n").findIndex((l) => l.includes("products.privacy_notices")) + 1;
    expect(refused.problems).toEqual([
      { file: "records/organisation.yaml", line, col: 3, message: "`promises` quotes a promise for `products.privacy_notices`, which is not a rule", hint: "did you mean `products.privacy_notice`?" },
    ]);
  });

  it("links nothing without a link base", () => {
    const text = formatMarkdown(result, { rules: policy.rules });
    expect(text).toContain("| records/subprocessors/aws.yaml:");
    expect(text).not.toContain("](records/");
  });

  it("passes plainly", async () => {
    const clean = await judge(copyRegister(), policy);
    expect(formatMarkdown(clean, { rules: policy.rules })).toBe(
      `## ✅ Register check passed\n\nNo problems: ${clean.records} records checked against ${policy.rules.size} rules on ${TODAY}.`,
    );
  });

  it("leaves findings out from the end to stay under the limit, and says how many", async () => {
    const big = copyRegister();
    for (let i = 0; i < 120; i++) writeRecord(big, `records/products/p${i}.yaml`, product(`p${i}`, `Product ${i} ${"y".repeat(400)}`));
    const many = await judge(big, policy);
    expect(many.findings.length).toBeGreaterThan(300);
    for (const max of [undefined, 20_000, 3_000]) {
      const text = formatMarkdown(many, { rules: policy.rules, maxLength: max });
      expect(text.length).toBeLessThanOrEqual(max ?? 60_000);
      const rows = text.split("\n").filter((l) => /^\| \S+ \| `/.test(l)).length;
      const left = [...text.matchAll(/\*\*(\d+) more (?:errors?|warnings?|notes?) (?:is|are) not shown here\*\*/g)].reduce((n, m) => n + Number(m[1]), 0);
      expect(rows).toBeGreaterThan(0);
      expect(rows + left).toBe(many.findings.length);
      expect(text).toContain("The full report is in the job summary, or run `ropa check --format markdown`.");
      // Errors come first, so what is left out is the least severe.
      expect(text).toContain("### ❌ Errors");
    }
    // Nearly full: the limit is used, not wasted.
    expect(formatMarkdown(many, { rules: policy.rules }).length).toBeGreaterThan(55_000);
  });

  it("counts a limit in UTF-8 bytes when asked, as a job summary is counted", async () => {
    const big = copyRegister();
    for (let i = 0; i < 60; i++) writeRecord(big, `records/products/p${i}.yaml`, product(`p${i}`, `Produkt ${i} ${"ø".repeat(400)}`));
    const many = await judge(big, policy);
    const text = formatMarkdown(many, { rules: policy.rules, maxBytes: 20_000 });
    expect(Buffer.byteLength(text, "utf8")).toBeLessThanOrEqual(20_000);
    // By characters the same text would have been allowed to grow far beyond 20,000 bytes.
    expect(Buffer.byteLength(formatMarkdown(many, { rules: policy.rules, maxLength: 20_000 }), "utf8")).toBeGreaterThan(20_000);
    expect(text).toMatch(/\*\*\d+ more (?:errors|warnings) are not shown here\*\*/);
  });
});

describe("escaping", () => {
  it("makes inline code that backticks inside cannot close", () => {
    expect(code("aws-x")).toBe("`aws-x`");
    expect(code("a`b")).toBe("``a`b``");
    expect(code("`x`")).toBe("`` `x` ``");
    expect(code("a|b")).toBe("<code>a\\|b</code>");
    expect(code("<!-- x -->")).toBe("`<\u200D!-- x -->`");
  });

  it("keeps the engine's code spans and escapes the rest", () => {
    expect(escapeMarkdown("uses `aws-x` *now*")).toBe("uses `aws-x` \\*now\\*");
    expect(escapeMarkdown("a lone ` backtick")).toBe("a lone &#96; backtick");
    expect(escapeMarkdown("![i](https://e.x/a.png) & see https://evil.example or www.evil.example")).toBe(
      "!&#91;i&#93;\u200D(https:\u200D//e.x/a.png) &amp; see https:\u200D//evil.example or www\u200D.evil.example",
    );
    expect(escapeMarkdown("x".repeat(10), 5)).toBe("xxxx…");
    expect(escapeMarkdown("GH-12 and o/r#5")).toBe("GH\u200D-12 and o/r#\u200D5");
  });

  it("breaks every @mention GitHub would see, and leaves e-mail addresses whole so they can be copied", () => {
    expect(escapeMarkdown("@octocat, (@org/team), é@x, -@y and dpo@example.org")).toBe(
      "@\u200Doctocat, (@\u200Dorg/team), é@\u200Dx, -@\u200Dy and dpo@example.org",
    );
  });

  it("links only to http(s)", () => {
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("https://e.x/a (b)")).toBe("https://e.x/a%20%28b%29");
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
