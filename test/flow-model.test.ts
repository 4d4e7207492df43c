// The finer flow model (issue 14), through the real compiled policies: which categories of an activity
// reach which subprocessor, several promised storage locations per segment, and a taxonomy the
// organisation narrows. Tallvik's register uses the first two; Dignio's stays in the v1 form.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { art30Layout } from "../engine/audit/art30.js";
import { dataMap } from "../engine/audit/datamap.js";
import { dataMapSvg } from "../engine/audit/datamap-svg.js";
import { bundledReference, transferView } from "../engine/audit/register-at.js";
import { changeUnder } from "../engine/change.js";
import { diffRegisters } from "../engine/diff.js";
import { checkDirectory, readRegister, readRegisterDir, RegisterError } from "../engine/index.js";
import { ROOT, TODAY, bundledPolicy, copyRegister, editYaml, lineOf } from "./helpers/register.js";

const TALLVIK = join(ROOT, "examples/tallvik/records");
const read = (dir: string) => readRegister(readRegisterDir(dir), dir);

async function problems(dir: string) {
  try {
    await read(dir);
  } catch (e) {
    if (e instanceof RegisterError) return e.problems;
    throw e;
  }
  return [];
}

describe("categories per subprocessor", () => {
  it("Tallvik sends SendGrid only e-mail addresses and Cloudflare only IP addresses: no data_reach warning", async () => {
    const result = await checkDirectory(TALLVIK, { policy: bundledPolicy(), today: TODAY });
    expect(result.findings).toEqual([]);
  });

  it("the transfer view, the Art. 30 table and the data map follow the categories each subprocessor receives", async () => {
    const register = await read(TALLVIK);
    const { transfers } = transferView(register, TODAY, bundledPolicy());
    const sendgrid = transfers.filter((t) => t.subprocessor === "sendgrid");
    expect(sendgrid.length).toBeGreaterThan(0);
    for (const t of sendgrid) expect(t.categories).toEqual(["contact-details"]);
    const cloudflare = transfers.filter((t) => t.subprocessor === "cloudflare");
    for (const t of cloudflare) expect(t.categories).toEqual(["online-identifiers"]);

    const layout = art30Layout(register, bundledReference(), { referenceFrom: "test", transfers });
    const planning = layout.processor.records.find((r) => r.id === "project-planning")!;
    const engaged = planning.rows.find((r) => r.label.startsWith("Other processors"))!.values;
    expect(engaged.find((v) => v.startsWith("Twilio SendGrid"))).toMatch(/receives only Postal address, e-mail address, phone number$/);
    expect(engaged.find((v) => v.startsWith("Amazon"))).not.toMatch(/receives only/);
    const website = layout.controller.records.find((r) => r.id === "website")!;
    expect(website.rows.find((r) => r.ref === "Art. 30(1)(d)")!.values.join("\n")).toMatch(/Cloudflare.*receives only/);

    const map = dataMap(register, transfers);
    expect(map.edges).toContainEqual(expect.objectContaining({ from: "a:project-planning", to: "s:sendgrid", categories: ["contact-details"] }));
    expect(map.edges.find((e) => e.from === "a:project-planning" && e.to === "s:aws")).not.toHaveProperty("categories");
    expect(dataMapSvg(map).toString()).toContain("<title>receives only contact-details</title>");
  });

  it("an item naming a category the activity does not process is an error at its line", async () => {
    const dir = copyRegister();
    const file = "records/activities/customer-administration.yaml";
    editYaml(dir, file, (d) => d.set("subprocessors", d.createNode([{ id: "aws", categories: ["contact-details", "health-records"] }])));
    const result = await checkDirectory(join(dir, "records"), { policy: bundledPolicy(), today: TODAY });
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([["subprocessors.sent_categories", lineOf(dir, file, "- health-records")]]);
    expect(result.verdict).toBe("fail");
  });

  it("a change whose item sends a category the activity does not process blocks that flow, and only it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ropa-tallvik-"));
    cpSync(TALLVIK, join(dir, "records"), { recursive: true });
    editYaml(dir, "records/activities/project-planning.yaml", (d) => d.setIn(["subprocessors", 1, "categories"], d.createNode(["contact-details", "health-records"])));
    const result = changeUnder({ base: await read(TALLVIK), head: await read(join(dir, "records")), policy: bundledPolicy(), today: TODAY, failOn: "error" });
    expect(result.introduced.map((f) => f.rule)).toEqual(["subprocessors.sent_categories"]);
    expect(result.flows.filter((f) => f.blocked).map((f) => [f.activity.id, f.subprocessor?.id])).toEqual([["project-planning", "sendgrid"]]);
  });

  it("the change summary says which categories newly reach a subprocessor", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ropa-tallvik-"));
    cpSync(TALLVIK, join(dir, "records"), { recursive: true });
    editYaml(dir, "records/activities/project-planning.yaml", (d) => d.setIn(["subprocessors", 1], "sendgrid"));
    const changes = diffRegisters(await read(TALLVIK), await read(join(dir, "records")));
    expect(changes.map((c) => c.summary)).toEqual([expect.stringContaining("starts sending more data categories to Twilio SendGrid (`professional-details`, `user-account`)")]);
  });

  it("an item's misspelt field is an input problem at its line, with the field meant", async () => {
    const dir = copyRegister();
    const file = "records/activities/customer-administration.yaml";
    editYaml(dir, file, (d) => d.set("subprocessors", d.createNode([{ id: "aws", categoies: ["contact-details"] }])));
    expect(await problems(join(dir, "records"))).toEqual([
      expect.objectContaining({ message: "`subprocessors.0` is missing the required field `categories`" }),
      expect.objectContaining({ line: lineOf(dir, file, "categoies:"), message: "unknown field `categoies` in `subprocessors.0`", hint: "did you mean `categories`?" }),
    ]);
  });

  it("a subprocessor named twice is an input problem at the second item", async () => {
    const dir = copyRegister();
    const file = "records/activities/customer-administration.yaml";
    editYaml(dir, file, (d) => d.set("subprocessors", d.createNode(["aws", { id: "aws", categories: ["contact-details"] }])));
    expect(await problems(join(dir, "records"))).toEqual([expect.objectContaining({ line: lineOf(dir, file, "- id: aws"), message: "`aws` is named twice in `subprocessors`" })]);
  });

  it("an item naming an unknown subprocessor is an input problem with a suggestion", async () => {
    const dir = copyRegister();
    const file = "records/activities/customer-administration.yaml";
    editYaml(dir, file, (d) => d.set("subprocessors", d.createNode([{ id: "asw", categories: ["contact-details"] }])));
    const found = await problems(join(dir, "records"));
    expect(found).toEqual([expect.objectContaining({ line: lineOf(dir, file, "id: asw"), message: "`asw` is not the id of any record" })]);
    expect(found[0].hint).toContain("aws");
  });
});

describe("several promised storage locations per segment", () => {
  it("a v1 `storage_location` and `storage_locations: [it]` are judged alike", async () => {
    const dir = copyRegister();
    const before = await checkDirectory(join(dir, "records"), { policy: bundledPolicy(), today: TODAY });
    editYaml(dir, "records/segments/se-regions.yaml", (d) => {
      d.set("storage_locations", d.createNode([d.get("storage_location")]));
      d.delete("storage_location");
    });
    const after = await checkDirectory(join(dir, "records"), { policy: bundledPolicy(), today: TODAY });
    expect([before.findings, after.findings]).toEqual([[], []]);
  });

  it("a second promised location outside the promise is an error at its list item", async () => {
    const dir = copyRegister();
    const file = "records/segments/se-regions.yaml";
    editYaml(dir, file, (d) => {
      d.set("storage_locations", d.createNode(["aws-stockholm", "aws-london"]));
      d.delete("storage_location");
    });
    const result = await checkDirectory(join(dir, "records"), { policy: bundledPolicy(), today: TODAY });
    const line = lineOf(dir, file, "- aws-london");
    expect(result.findings.map((f) => [f.rule, f.line, f.path]).sort()).toEqual([
      ["storage.jurisdiction", line, ["storage_locations", 1]],
      ["storage.residency_promise", line, ["storage_locations", 1]],
    ]);
  });

  it("both forms at once are an input problem at the line", async () => {
    const dir = copyRegister();
    const file = "records/segments/se-regions.yaml";
    editYaml(dir, file, (d) => d.set("storage_locations", d.createNode(["aws-stockholm"])));
    expect(await problems(join(dir, "records"))).toEqual([
      expect.objectContaining({ line: lineOf(dir, file, "storage_location:"), message: "the segment has both `storage_location` and `storage_locations`" }),
    ]);
  });
});

describe("a narrowed taxonomy", () => {
  it("a category the organisation excludes is an error where it is used, naming the organisation", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/organisation.yaml", (d) => d.set("taxonomy", d.createNode({ exclude: ["billing-details", "genetic-data"] })));
    const result = await checkDirectory(join(dir, "records"), { policy: bundledPolicy(), today: TODAY });
    expect(result.findings.map((f) => [f.rule, f.record, f.line]).sort()).toEqual([
      ["records.excluded_category", "aws", lineOf(dir, "records/subprocessors/aws.yaml", "- billing-details")],
      ["records.excluded_category", "customer-administration", lineOf(dir, "records/activities/customer-administration.yaml", "category: billing-details")],
    ]);
    expect(result.findings[0].message).toContain("which the Organisation record `dignio` excludes from the register's taxonomy");
  });
});
