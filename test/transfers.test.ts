// Issue 13's transfer verdicts end to end: Dignio's register changed one way at a time, judged by the
// compiled policies, and what the change summary, `ropa due` and the findings say about transfers.
import { describe, expect, it } from "vitest";
import { checkDirectory, dueWithin, readRegister, readRegisterDir, type Register } from "../engine/index.js";
import { approveAll, judgeChange } from "../engine/judge.js";
import { bundledPolicy, copyRegister, editYaml, TODAY, writeRecord } from "./helpers/register.js";

const read = async (dir: string): Promise<Register> => readRegister(readRegisterDir(`${dir}/records`), `${dir}/records`);

/** A location record of AWS region `region`. */
const location = (dir: string, id: string, region: string, country: string, city: string) =>
  writeRecord(dir, `records/locations/${id}.yaml`, `apiVersion: ropa/v1\nkind: StorageLocation\nid: ${id}\nname: ${id}\nprovider: aws\nregion: ${region}\ncountry: ${country}\ncity: ${city}\n`);

/** A subprocessor for the patient app, with `extra` lines in its record. */
function sms(dir: string, country: string, where: string, ...extra: string[]) {
  writeRecord(
    dir,
    "records/subprocessors/sms.yaml",
    [
      "apiVersion: ropa/v1",
      "kind: Subprocessor",
      "id: sms",
      "name: SMS gateway",
      "legal_name: SMS Gateway Inc.",
      `country: ${country}`,
      `processing_locations: [${where}]`,
      "data_categories: [identification, contact-details, health-measurements, patient-communication, device-data, user-account]",
      "dpa: { reference: SMS DPA, signed_on: 2026-10-01 }",
      "privacy_assessment: { assessed_on: 2026-10-01, outcome: approved }",
      ...extra,
      "",
    ].join("\n"),
  );
  editYaml(dir, "records/activities/patient-app.yaml", (d) => d.set("subprocessors", ["aws", "sms"]));
}

const check = async (dir: string) => (await checkDirectory(`${dir}/records`, { policy: bundledPolicy(), today: TODAY })).findings;

describe("transfers", () => {
  it("reads the importer's establishment: a US company with no DPF or SCCs hosting in Frankfurt is a transfer", async () => {
    const dir = copyRegister();
    location(dir, "aws-frankfurt", "eu-central-1", "DE", "Frankfurt");
    sms(dir, "US", "aws-frankfurt");
    const transfers = (await check(dir)).filter((f) => f.rule === "subprocessors.transfer");
    expect(transfers.map((f) => f.message)).toEqual([
      "SMS gateway (sms) receives EEA customers' data in United States (`country`), and no adequacy decision or transfer mechanism on record covers it as a processor-to-subprocessor transfer.",
      "SMS gateway (sms) receives UK customers' data in United States (`country`), and no adequacy decision or transfer mechanism on record covers it as a processor-to-subprocessor transfer.",
    ]);
  });

  it("names in a fix only what fits the country and the roles: no DPF outside the US, one SCC module", async () => {
    const dir = copyRegister();
    location(dir, "aws-mumbai", "ap-south-1", "IN", "Mumbai");
    sms(dir, "IN", "aws-mumbai");
    const fixes = (await check(dir)).filter((f) => f.rule === "subprocessors.transfer").map((f) => f.remediation);
    expect(fixes).toHaveLength(2);
    for (const fix of fixes) {
      expect(fix).not.toMatch(/dpf|module-1|module-2|module-4/);
    }
    expect(fixes.join("\n")).toContain("`scc-2021-914-module-3`");
  });

  it("calls EEA customers' data stored in London a broken promise, not a breach of Art. 44", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/organisation.yaml", (d) => {
      d.addIn(["data_residency", 0, "locations"], "aws-london");
      d.addIn(["data_residency", 0, "cities"], "London");
    });
    editYaml(dir, "records/segments/se-regions.yaml", (d) => d.set("storage_location", "aws-london"));
    const findings = await check(dir);
    expect(findings.map((f) => f.rule)).toEqual(["storage.jurisdiction"]);
    expect(findings[0]!.legal.map((l) => l.ref).join(" ")).not.toMatch(/44/);
    expect(findings[0]!.message).toContain("outside where the organisation promises to keep EEA customers' data");
  });

  it("takes Dublin as the city of AWS eu-west-1 and Oslo as Azure norwayeast's", async () => {
    const dir = copyRegister();
    location(dir, "aws-dublin", "eu-west-1", "IE", "Dublin");
    writeRecord(dir, "records/locations/azure-oslo.yaml", "apiVersion: ropa/v1\nkind: StorageLocation\nid: azure-oslo\nname: Azure Oslo\nprovider: azure\nregion: norwayeast\ncountry: NO\ncity: Oslo\n");
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.set("processing_locations", ["aws-stockholm", "aws-london", "aws-dublin", "azure-oslo"]));
    expect((await check(dir)).map((f) => f.rule)).toEqual([]);
  });

  it("says in the change summary what covers each transfer, from the policies' view", async () => {
    const dir = copyRegister();
    const base = await read(dir);
    location(dir, "aws-virginia", "us-east-1", "US", "N. Virginia");
    sms(dir, "US", "aws-virginia", "dpf: { certified: true, verified_on: 2026-10-01 }");
    const { result: partly } = await judgeChange({ base, head: await read(dir), policy: bundledPolicy(), approve: approveAll, today: TODAY });
    expect(partly.changes.find((c) => c.id === "sms")!.summary).toContain("N. Virginia (United States) with no transfer mechanism for UK data");
    sms(dir, "US", "aws-virginia", "dpf: { certified: true, uk_extension: true, verified_on: 2026-10-01 }");
    const { result: covered } = await judgeChange({ base, head: await read(dir), policy: bundledPolicy(), approve: approveAll, today: TODAY });
    expect(covered.changes.find((c) => c.id === "sms")!.summary).toContain("N. Virginia (United States) under the EU-US Data Privacy Framework");
  });

  it("lists in `ropa due` a transfer impact assessment that turns 12 months old within the window", async () => {
    const dir = copyRegister();
    location(dir, "aws-mumbai", "ap-south-1", "IN", "Mumbai");
    const tia = "    tia: { assessed_on: 2025-11-30, outcome: supplementary-measures }";
    sms(dir, "IN", "aws-mumbai", "transfer_mechanisms:", "  - country: IN", "    mechanism: scc-2021-914-module-3", "    signed_on: 2025-11-30", tia, "  - country: IN", "    mechanism: uk-idta", "    signed_on: 2025-11-30", tia);
    const items = dueWithin(await read(dir), bundledPolicy(), TODAY, 14).filter((i) => i.rule === "subprocessors.tia");
    expect(items.map((i) => i.due)).toEqual(["2026-12-01", "2026-12-01"]);
  });
});
