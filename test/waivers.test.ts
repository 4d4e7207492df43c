// Waivers in the engine: which changes need the DPO's approval, the rules no waiver can cover, what the
// PR comment offers, and what the daily re-check lists. Real registers on disk, the real compiled policy.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkDirectory, dueWithin, readRegister, readRegisterDir, RegisterError, waiverChanges, withoutUnapproved, type Register } from "../engine/index.js";
import { approveAll, judgeChange } from "../engine/judge.js";
import { formatComment } from "../engine/report/index.js";
import { bundledPolicy, copyRegister, editYaml, lineOf, TODAY, writeRecord } from "./helpers/register.js";

const waiver = (id: string, fields: string) => `apiVersion: ropa/v1
kind: Waiver
id: ${id}
name: Exception ${id}
reason: The fix is planned (ticket 77).
approved_by: Dana DPO
approved_on: 2026-11-20
${fields}
`;

const read = async (dir: string): Promise<Register> => readRegister(readRegisterDir(`${dir}/records`), `${dir}/records`);

describe("waiver changes that need the DPO's approval", () => {
  it("are waivers added or edited and a changed waiver_max_days, and are put back as on the base until approved", async () => {
    const dir = copyRegister();
    writeRecord(dir, "records/waivers/kept.yaml", waiver("kept", "rule: subprocessors.dpa\nrecord: aws\nexpires_on: 2027-01-31"));
    writeRecord(dir, "records/waivers/edited.yaml", waiver("edited", "rule: dpia.review\nrecord: patient-app\nexpires_on: 2027-01-31"));
    writeRecord(dir, "records/waivers/removed.yaml", waiver("removed", "rule: dpia.review\nrecord: remote-monitoring\nexpires_on: 2027-01-31"));
    const base = await read(dir);
    editYaml(dir, "records/waivers/edited.yaml", (d) => d.set("expires_on", "2027-04-30"));
    writeRecord(dir, "records/waivers/added.yaml", waiver("added", "rule: subprocessors.dpa\nrecord: aws\nexpires_on: 2027-01-31"));
    rmSync(`${dir}/records/waivers/removed.yaml`);
    editYaml(dir, "records/organisation.yaml", (d) => d.set("waiver_max_days", 365));
    const head = await read(dir);

    const change = waiverChanges(base, head);
    expect(change).toEqual({ waivers: ["added", "edited"], maxDays: true });
    const judged = withoutUnapproved(head, base, change, `${dir}/records`);
    expect(Object.keys(judged.doc.waivers).sort()).toEqual(["edited", "kept"]);
    expect(judged.doc.waivers.edited.expires_on).toBe("2027-01-31");
    expect(judged.doc.organisation?.waiver_max_days).toBeUndefined();
    expect(waiverChanges(head, head)).toEqual({ waivers: [], maxDays: false });
  });
});

describe("a waiver of a rule no waiver can cover", () => {
  it("is an error at its rule line", async () => {
    const dir = copyRegister();
    writeRecord(dir, "records/waivers/keep-it.yaml", waiver("keep-it", "rule: waivers.unused\nrecord: aws\nexpires_on: 2027-01-31"));
    const run = checkDirectory(`${dir}/records`, { policy: bundledPolicy(), today: TODAY });
    await expect(run).rejects.toThrow(RegisterError);
    await expect(run).rejects.toMatchObject({
      problems: [{ file: `${dir}/records/waivers/keep-it.yaml`, line: lineOf(dir, "records/waivers/keep-it.yaml", "rule:"), message: "rule `waivers.unused` cannot be waived" }],
    });
  });
});

describe("the waiver the PR comment offers", () => {
  it("names the reported path as its field", async () => {
    const dir = copyRegister();
    const base = await read(dir);
    editYaml(dir, "records/activities/website-and-contact.yaml", (d) => d.setIn(["data_categories", 0, "retention", "period"], "P24M"));
    const head = await read(dir);
    const policy = bundledPolicy();
    const { result } = await judgeChange({ base, head, root: "records", policy, approve: approveAll, today: TODAY });
    expect(result.introduced.map((f) => [f.rule, f.path, f.key])).toEqual([["change.dpo_approval", ["data_categories", 0, "retention"], ["data_categories", "contact-details", "retention"]]]);
    const comment = formatComment(result, { rules: policy.rules, judgedBy: "the test" });
    const [yaml] = [...comment.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]));
    expect(yaml).toMatchObject({ rule: "change.dpo_approval", record: "website-and-contact", field: "data_categories.contact-details.retention", expires_on: "2027-02-21" });
    // The engine makes the offer; the comment only writes it out.
    expect(result.offers).toEqual([
      {
        id: "website-and-contact-change-dpo-approval",
        rule: "change.dpo_approval",
        record: "website-and-contact",
        field: "data_categories.contact-details.retention",
        subject: result.introduced[0]!.subject,
        approved_on: TODAY,
        expires_on: "2027-02-21",
      },
    ]);
    expect(yaml.subject).toEqual(result.introduced[0]!.subject);
  });

  it("covers the finding once committed as offered: its field is the path waivers.rego matches", async () => {
    const dir = copyRegister();
    const base = await read(dir);
    editYaml(dir, "records/activities/website-and-contact.yaml", (d) => d.setIn(["data_categories", 0, "retention", "period"], "P24M"));
    const policy = bundledPolicy();
    const [offer] = (await judgeChange({ base, head: await read(dir), policy, approve: approveAll, today: TODAY })).result.offers;
    const { id, ...fields } = offer!;
    writeRecord(dir, `records/waivers/${id}.yaml`, waiver(id, Object.entries(fields).filter(([k]) => k !== "approved_on").map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n")));
    const { result: waived } = await judgeChange({ base, head: await read(dir), policy, approve: approveAll, today: TODAY });
    expect(waived.introduced.map((f) => [f.rule, f.waived?.waiver])).toEqual([["change.dpo_approval", id]]);
    expect(waived.verdict).toBe("pass");
  });

  it("names an item whose key has a dot (a promise's rule id) with `\\.`: committed from the comment it covers that finding", async () => {
    const dir = copyRegister();
    const base = await read(dir);
    editYaml(dir, "records/organisation.yaml", (d) => d.setIn(["promises", "access.roles_listed"], "Something weaker."));
    const policy = bundledPolicy();
    const { result } = await judgeChange({ base, head: await read(dir), policy, approve: approveAll, today: TODAY });
    const [offer] = result.offers.filter((o) => o.rule === "change.threshold_relaxed");
    expect(offer).toMatchObject({ record: "dignio", field: "promises.access\\.roles_listed" });
    const comment = formatComment(result, { rules: policy.rules, judgedBy: "the test" });
    const [, id, text] = [...comment.matchAll(/`records\/waivers\/([a-z0-9-]+)\.yaml`:\n```yaml\n([\s\S]*?)```/g)].find(([, , t]) => t!.includes("rule: change.threshold_relaxed"))!;
    expect(text).toContain('field: "promises.access\\\\.roles_listed"');
    writeRecord(dir, `records/waivers/${id}.yaml`, text!.replace('reason: "…"', "reason: Rewording agreed").replace('approved_by: "…"', "approved_by: Dana DPO"));
    const { result: waived } = await judgeChange({ base, head: await read(dir), policy, approve: approveAll, today: TODAY });
    const relaxed = waived.introduced.filter((f) => f.rule === "change.threshold_relaxed");
    expect(relaxed.map((f) => [f.key, f.waived?.waiver])).toEqual([[["promises", "access.roles_listed"], id]]);
    // Written unescaped, the dots split the rule id: it names no finding, and the waiver is reported unused.
    writeRecord(dir, `records/waivers/${id}.yaml`, readFileSync(join(dir, `records/waivers/${id}.yaml`), "utf8").replace('field: "promises.access\\\\.roles_listed"', "field: promises.access.roles_listed"));
    const { result: unescaped } = await judgeChange({ base, head: await read(dir), policy, approve: approveAll, today: TODAY });
    expect(unescaped.introduced.filter((f) => f.rule === "change.threshold_relaxed" && !f.waived)).toHaveLength(1);
  });

  it("binds to the finding's subject: committed from the comment it covers the transfer, and no longer once the place is in another country", async () => {
    const dir = copyRegister();
    const base = await read(dir);
    const location = (region: string, country: string, city: string) =>
      `apiVersion: ropa/v1\nkind: StorageLocation\nid: aws-extra\nname: AWS extra\nprovider: aws\nregion: ${region}\ncountry: ${country}\ncity: ${city}\n`;
    writeRecord(dir, "records/locations/aws-extra.yaml", location("us-east-1", "US", "Ashburn"));
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.set("processing_locations", [...(d.toJS().processing_locations as string[]), "aws-extra"]));
    const policy = bundledPolicy();
    const { result } = await judgeChange({ base, head: await read(dir), policy, approve: approveAll, today: TODAY });
    const transfers = result.offers.filter((o) => o.rule === "subprocessors.transfer");
    expect(transfers.length).toBeGreaterThan(0);
    for (const o of transfers) expect(o.subject).toMatchObject({ country: "US" });
    // Ids differ when one record gets an offer per subject (one file each).
    expect(new Set(transfers.map((o) => o.id)).size).toBe(transfers.length);
    // Commit each transfer waiver exactly as the PR comment writes it.
    const comment = formatComment(result, { rules: policy.rules, judgedBy: "the test" });
    const offered = [...comment.matchAll(/`records\/waivers\/([a-z0-9-]+)\.yaml`:\n```yaml\n([\s\S]*?)```/g)].filter(([, , text]) => text!.includes("rule: subprocessors.transfer"));
    expect(offered).toHaveLength(transfers.length);
    for (const [, id, text] of offered) writeRecord(dir, `records/waivers/${id}.yaml`, text!.replace('reason: "…"', "reason: Moving back by March").replace('approved_by: "…"', "approved_by: Dana DPO"));
    const covered = await judgeChange({ base, head: await read(dir), policy, approve: approveAll, today: TODAY });
    const transferFindings = covered.result.findings.filter((f) => f.rule === "subprocessors.transfer");
    expect(transferFindings.length).toBe(transfers.length);
    expect(transferFindings.every((f) => f.waived)).toBe(true);
    // A later change, not touching the waivers, moves the same location to another country: not covered.
    const approved = await read(dir);
    writeRecord(dir, "records/locations/aws-extra.yaml", location("ap-south-1", "IN", "Mumbai"));
    const moved = await judgeChange({ base: approved, head: await read(dir), policy, approve: approveAll, today: TODAY });
    const after = moved.result.findings.filter((f) => f.rule === "subprocessors.transfer");
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((f) => f.waived)).toEqual([]);
    expect(moved.result.verdict).toBe("fail");
  });

  it("runs no longer than the base's waiver_max_days, whatever the change sets", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/organisation.yaml", (d) => d.set("waiver_max_days", 30));
    const base = await read(dir);
    editYaml(dir, "records/organisation.yaml", (d) => d.set("waiver_max_days", 365));
    editYaml(dir, "records/activities/website-and-contact.yaml", (d) => d.setIn(["data_categories", 0, "retention", "period"], "P24M"));
    const { result } = await judgeChange({ base, head: await read(dir), policy: bundledPolicy(), approve: approveAll, today: TODAY });
    expect(result.offers.map((o) => o.expires_on)).toEqual(["2026-12-23"]);
  });
});

describe("what the daily re-check lists", () => {
  it("names a waiver expiring within the window on its last day, once, and leaves out waivers of change rules", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
    writeRecord(dir, "records/waivers/aws-dpa.yaml", waiver("aws-dpa", "rule: subprocessors.dpa\nrecord: aws\nexpires_on: 2026-12-01"));
    writeRecord(dir, "records/waivers/approved.yaml", waiver("approved", "rule: change.dpo_approval\nrecord: patient-app\nexpires_on: 2026-12-01"));
    const register = await read(dir);
    const items = dueWithin(register, bundledPolicy(), TODAY, 14);
    expect(items.filter((i) => i.file.includes("waivers/") || i.record === "aws")).toEqual([
      {
        due: "2026-12-01",
        what: "waiver aws-dpa of rule subprocessors.dpa for record aws expires on 2026-12-01",
        record: "aws-dpa",
        file: `${dir}/records/waivers/aws-dpa.yaml`,
        line: lineOf(dir, "records/waivers/aws-dpa.yaml", "expires_on"),
        rule: "subprocessors.dpa",
      },
    ]);
    // Outside the window it is not due yet.
    expect(dueWithin(register, bundledPolicy(), TODAY, 7).filter((i) => i.record === "aws-dpa")).toEqual([]);
  });
});
