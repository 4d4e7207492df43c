// `ropa register --at`: the register as it stood at a date or revision, from git objects only, laid out
// as Art. 30 asks (controller's and processor's records apart), in markdown, CSV, HTML and JSON.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { art30Layout, csvField, duration, formatArt30Csv, formatArt30Markdown, type Art30Layout } from "../engine/audit/art30.js";
import { art30Page } from "../engine/audit/html.js";
import { bundledReference, policyAt, referenceAt, registerAtRevision, resolveAt, transferView } from "../engine/audit/register-at.js";
import { readRegister } from "../engine/check.js";
import type { Register } from "../engine/resolve.js";
import { RegisterError } from "../engine/errors.js";
import { GitObjects } from "../engine/git/objects.js";
import { readRegisterDir } from "../engine/source.js";
import { buildScenario, type Scenario } from "./helpers/audit-scenario.js";
import { ropa } from "./helpers/cli.js";
import { ROOT, copyRegister, editYaml } from "./helpers/register.js";

let s: Scenario;
let repo: GitObjects;
beforeAll(() => {
  s = buildScenario();
  repo = new GitObjects(s.repo.dir);
});

async function layoutAt(at: string): Promise<Art30Layout> {
  const rev = await resolveAt(repo, at);
  const register = await registerAtRevision(repo, rev, "records");
  const { reference, from } = await referenceAt(repo, rev.sha, "policies/build");
  const { transfers, note } = transferView(register, rev.date.slice(0, 10), await policyAt(repo, rev.sha, "policies/build"));
  return art30Layout(register, reference, { revision: rev, referenceFrom: from + note, transfers });
}

/** The layout of a register read from a folder, its transfers judged by ropa's policies on `today`. */
function layoutOf(register: Register, today = "2026-11-23"): Art30Layout {
  return art30Layout(register, bundledReference(), { referenceFrom: "test", transfers: transferView(register, today).transfers });
}

const cli = (args: string[]) => ropa(args, ROOT);

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  return rows;
}

describe("the revision a date names", () => {
  it("is the last commit on the branch's first-parent line at or before the end of that day (UTC)", async () => {
    expect((await resolveAt(repo, "2026-01-15")).sha).toBe(s.sha.squash2);
    // The branch's own commit of 2026-01-14 was not on main that day: main was still at PR #1's merge.
    expect((await resolveAt(repo, "2026-01-14")).sha).toBe(s.sha.merge1);
    expect(await resolveAt(repo, "2026-01-10")).toMatchObject({ sha: s.sha.merge1, date: "2026-01-10T12:00:00.000Z", asked: "2026-01-10" });
    expect((await resolveAt(repo, "2026-01-09")).sha).toBe(s.sha.policies1);
  });

  it("can be any revision git knows, and is refused when it does not exist", async () => {
    expect((await resolveAt(repo, s.sha.merge3.slice(0, 10))).sha).toBe(s.sha.merge3);
    expect((await resolveAt(repo, "main~1")).sha).toBe(s.sha.deleteWebsite);
    await expect(resolveAt(repo, "no-such-branch")).rejects.toThrow(RegisterError);
    await expect(resolveAt(repo, "2025-01-01")).rejects.toThrow(/did not exist yet/);
    await expect(resolveAt(repo, "2026-02-30")).rejects.toThrow(/not a real date/);
  });
});

describe("the Art. 30 layout", () => {
  it("puts controller and processor activities in separate sections, with every letter of Art. 30", async () => {
    const layout = await layoutAt("2026-01-16");
    expect(layout.revision?.sha).toBe(s.sha.squash2);
    expect(layout.referenceFrom).toBe(`policies/build/data.json at ${s.sha.squash2.slice(0, 12)}`);
    expect(layout.organisation).toMatchObject({ name: "Dignio", legalName: "Dignio AS", country: "NO", dpo: { email: "privacy@dignio.com" } });
    expect(layout.controller.records.map((r) => r.id)).toEqual(["customer-administration", "usage-statistics", "website-and-contact"]);
    expect(layout.processor.records.map((r) => r.id)).toEqual(["patient-app", "remote-monitoring"]);
    const controllerRefs = new Set(layout.controller.records[0]!.rows.map((r) => r.ref));
    for (const letter of "bcdefg") expect(controllerRefs).toContain(`Art. 30(1)(${letter})`);
    const processorRefs = new Set(layout.processor.records[0]!.rows.map((r) => r.ref));
    for (const letter of "abcd") expect(processorRefs).toContain(`Art. 30(2)(${letter})`);
    expect(layout.controller.a.ref).toBe("Art. 30(1)(a)");
    expect(layout.processor.a.ref).toBe("Art. 30(2)(a)");

    const monitoring = layout.processor.records.find((r) => r.id === "remote-monitoring")!;
    const row = (ref: string, label?: string) => monitoring.rows.find((r) => r.ref === ref && (!label || r.label.includes(label)))!.values;
    expect(row("Art. 30(2)(a)", "Controllers")).toContain("UK NHS trusts and care providers: NHS trusts, integrated care boards and care homes in the United Kingdom (United Kingdom); data processing agreement DPA-UK 1.2");
    expect(row("Art. 30(2)(a)", "Other processors")).toEqual(["Amazon Web Services (Amazon Web Services EMEA SARL, Luxembourg)"]);
    // London is outside the EEA: a transfer, under the UK adequacy decision renewed in December 2025.
    expect(row("Art. 30(2)(c)")).toEqual([expect.stringMatching(/^United Kingdom: processed by Amazon Web Services in AWS Europe \(London\)\. Safeguard: Adequacy decision: Commission Implementing Decision of 19 December 2025 renewing/)]);
    const admin = layout.controller.records.find((r) => r.id === "customer-administration")!;
    expect(admin.rows.find((r) => r.ref === "Art. 30(1)(f)")!.values).toContain("Invoicing and payment details of customers: 5 years after end of the financial year");
    expect(admin.rows.find((r) => r.ref === "Art. 30(1)(d)")!.values).toEqual(["accountants and auditors", "tax authorities", "Amazon Web Services (processor: cloud hosting, backups)"]);
  });

  it("lists retired activities apart, from the day they were retired on main", async () => {
    expect((await layoutAt("2026-02-11")).retired).toEqual([]);
    const after = await layoutAt("2026-02-12");
    expect(after.retired).toEqual([expect.objectContaining({ id: "usage-statistics", retiredOn: "2026-02-10", reason: "The statistics are no longer collected." })]);
    expect(after.controller.records.map((r) => r.id)).not.toContain("usage-statistics");
  });

  it("reads the register from git objects, not from the work tree", async () => {
    s.repo.write("records/activities/not-committed.yaml", "kind: [broken");
    try {
      const layout = await layoutAt("2026-03-31");
      expect(layout.revision?.sha).toBe(s.sha.deleteWebsite);
    } finally {
      s.repo.remove("records/activities/not-committed.yaml");
    }
  });

  it("says the data stays in the UK, not the EEA, for a UK organisation with no transfer", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/organisation.yaml", (d) => d.set("country", "GB"));
    editYaml(dir, "records/activities/customer-administration.yaml", (d) => {
      d.set("storage_locations", ["aws-london"]);
      d.delete("subprocessors");
    });
    const register = await readRegister(readRegisterDir(join(dir, "records")), "records");
    const layout = layoutOf(register);
    const row = layout.controller.records.find((r) => r.id === "customer-administration")!.rows.find((r) => r.ref === "Art. 30(1)(e)")!;
    expect(row.values).toEqual(["none: the data stays in the UK"]);
    // Stockholm is outside the UK: a transfer for the UK's law, with the UK's adequacy regulations.
    const other = layout.processor.records.find((r) => r.id === "patient-app")!.rows.find((r) => r.ref === "Art. 30(2)(c)")!;
    expect(other.values.join("\n")).toMatch(/^Sweden: /m);
  });

  it("states the safeguard the policies found, per regime, never \"none recorded\" above a recorded one", async () => {
    const dir = copyRegister();
    writeFileSync(join(dir, "records/locations/aws-virginia.yaml"), "apiVersion: ropa/v1\nkind: StorageLocation\nid: aws-virginia\nname: AWS US East (N. Virginia)\nprovider: aws\nregion: us-east-1\ncountry: US\ncity: N. Virginia\n");
    writeFileSync(
      join(dir, "records/subprocessors/twilio.yaml"),
      [
        "apiVersion: ropa/v1",
        "kind: Subprocessor",
        "id: twilio",
        "name: Twilio",
        "legal_name: Twilio Inc.",
        "country: US",
        "processing_locations: [aws-virginia]",
        "dpf: { certified: true, verified_on: 2026-10-01 }",
        "transfer_mechanisms:",
        "  - { country: US, mechanism: uk-idta, signed_on: 2026-10-01 }",
        "",
      ].join("\n"),
    );
    editYaml(dir, "records/activities/patient-app.yaml", (d) => d.set("subprocessors", ["aws", "twilio"]));
    const layout = layoutOf(await readRegister(readRegisterDir(join(dir, "records")), "records"));
    const row = layout.processor.records.find((r) => r.id === "patient-app")!.rows.find((r) => r.ref === "Art. 30(2)(c)")!.values;
    const us = row.find((v) => v.startsWith("United States: processed by Twilio"))!;
    expect(us).toMatch(/Safeguard: EEA data: Data Privacy Framework certification \(Commission Implementing Decision \(EU\) 2023\/1795\), verified on 2026-10-01\. UK data: UK International Data Transfer Agreement, signed on 2026-10-01; no transfer impact assessment recorded$/);
    expect(row.join("\n")).not.toContain("none recorded");
  });

  it("writes durations in words", () => {
    expect(duration("P3M")).toBe("3 months");
    expect(duration("P1Y6M")).toBe("1 year 6 months");
    expect(duration("P30D")).toBe("30 days");
  });
});

describe("formats", () => {
  /** Dignio's register with hostile text in it. */
  async function hostile(): Promise<Art30Layout> {
    const dir = copyRegister();
    editYaml(dir, "records/activities/customer-administration.yaml", (d) => {
      d.set("name", "=HYPERLINK(\"https://evil.example\",\"click\") <script>alert(1)</script> | pipe");
      d.set("purposes", ["@everyone look", "-2+3", 'say "hi", then\nleave']);
    });
    const register = await readRegister(readRegisterDir(join(dir, "records")), "records");
    return layoutOf(register);
  }

  it("markdown: both sections, and record text escaped", async () => {
    const md = formatArt30Markdown(await hostile());
    expect(md).toContain("## Controller's records (Art. 30(1))");
    expect(md).toContain("## Processor's records (Art. 30(2))");
    expect(md).not.toMatch(/<script/);
    expect(md).toContain("&lt;\u200Dscript&gt;");
    expect(md).toContain("\\| pipe");
    expect(md).not.toContain("@everyone");
  });

  it("CSV: one row per activity, fields quoted, no formula a spreadsheet would run", async () => {
    const rows = readCsv(formatArt30Csv(await hostile()));
    expect(rows[0]![0]).toBe("Record (Art. 30)");
    expect(rows).toHaveLength(1 + 5);
    const admin = rows.find((r) => r[1] === "customer-administration")!;
    expect(admin[0]).toBe("controller, Art. 30(1)");
    expect(admin[2]!.startsWith("'=HYPERLINK")).toBe(true);
    expect(admin[5]).toBe('\'@everyone look; -2+3; say "hi", then\nleave');
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(rows.filter((r) => r[0] === "processor, Art. 30(2)")).toHaveLength(2);
  });

  it("HTML: a standalone page, escaped, with tables that have headers", async () => {
    const html = art30Page(await hostile());
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain(`content="default-src 'none'`);
    expect(html.match(/<table>/g)!.length).toBe(html.match(/<thead>/g)!.length);
  });
});

describe("ropa register (the command)", () => {
  it("prints the register at a date in each format", async () => {
    const md = await cli(["register", "--at", "2026-01-16", "-C", s.repo.dir]);
    expect(md.stderr).toBe("");
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("As it stood for 2026-01-16: commit");
    const json = JSON.parse((await cli(["register", "--at", "2026-02-12", "--format", "json", "-C", s.repo.dir])).stdout) as Art30Layout;
    expect(json.retired.map((r) => r.id)).toEqual(["usage-statistics"]);
    const csv = await cli(["register", "--at", s.sha.merge4, "--format", "csv", "-C", s.repo.dir]);
    expect(csv.code).toBe(0);
    expect(readCsv(csv.stdout)).toHaveLength(6);
  });

  it("exits 2 with a reason on a bad date, a date before the register, or no repository", async () => {
    const bad = await cli(["register", "--at", "2026-13-01", "-C", s.repo.dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("not a real date");
    const early = await cli(["register", "--at", "2020-01-01", "-C", s.repo.dir]);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain("did not exist yet");
    const nowhere = await cli(["register", "--format", "html", "-C", "/"]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain("not a git repository");
  });

  it("gives the same register as the files of that commit", async () => {
    const json = JSON.parse((await cli(["register", "--at", s.sha.squash2, "--format", "json", "-C", s.repo.dir])).stdout) as Art30Layout;
    const london = parseYaml(s.repo.show(s.sha.squash2, "records/locations/uk/aws-london.yaml"));
    expect(london.description).toBe("Hosting for UK customers (NHS).");
    expect(json.revision?.sha).toBe(s.sha.squash2);
    expect(readFileSync(join(ROOT, "records/organisation.yaml"), "utf8")).toContain(json.organisation.legalName);
  });
});
