// Bad input is named at its file and line with what to do, and never judged.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDirectory, RegisterError, type Problem } from "../engine/index.js";
import { TODAY, bundledPolicy, copyRegister, editYaml, lineOf, writeRecord } from "./helpers/register.js";

async function problems(dir: string): Promise<Problem[]> {
  try {
    await checkDirectory(join(dir, "records"), { policy: bundledPolicy(), today: TODAY });
  } catch (e) {
    if (e instanceof RegisterError) return e.problems;
    throw e;
  }
  throw new Error("the register was judged although it is invalid");
}

const rel = (dir: string, p: Problem) => ({ ...p, file: p.file.slice(dir.length + 1) });

describe("input errors", () => {
  it("names a YAML syntax error's line", async () => {
    const dir = copyRegister();
    writeRecord(dir, "records/products/broken.yaml", "apiVersion: ropa/v1\nkind: Product\nid: broken\nname: [unclosed\n");
    const [p] = (await problems(dir)).map((p) => rel(dir, p));
    expect(p.file).toBe("records/products/broken.yaml");
    expect(p.line).toBeGreaterThanOrEqual(4);
    expect(p.message).toMatch(/invalid YAML|flow/i);
  });

  it("names an unknown field at its line and says what to do", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.set("contry", "US"));
    const [p] = (await problems(dir));
    expect(p.line).toBe(lineOf(dir, "records/subprocessors/aws.yaml", "contry:"));
    expect(p.message).toBe("unknown field `contry`");
    expect(p.hint).toBe("did you mean `country`?");
  });

  it("names a date that does not exist", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.setIn(["dpa", "signed_on"], "2026-02-30"));
    const [p] = (await problems(dir));
    expect(p.line).toBe(lineOf(dir, "records/subprocessors/aws.yaml", "signed_on:"));
    expect(p.message).toMatch(/not a real calendar date/);
  });

  it("names a wrong type", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/segments/se-regions.yaml", (d) => d.set("notice_period_days", "thirty"));
    const [p] = (await problems(dir));
    expect(p.message).toMatch(/`notice_period_days` must be an integer/);
  });

  it("names a dangling reference and a reference to the wrong kind at the referring line", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/activities/patient-app.yaml", (d) => d.set("subprocessors", ["aws", "twilio", "aws-london"]));
    const ps = (await problems(dir));
    const file = "records/activities/patient-app.yaml";
    expect(ps.map((p) => [p.line, p.message])).toEqual([
      [lineOf(dir, file, "- twilio"), "`twilio` is not the id of any record"],
      [lineOf(dir, file, "- aws-london"), expect.stringMatching(/`aws-london` is a StorageLocation .* but a Subprocessor is expected/)],
    ]);
  });

  it("names a duplicate id in the second file", async () => {
    const dir = copyRegister();
    writeRecord(dir, "records/products/zz-copy.yaml", "apiVersion: ropa/v1\nkind: Product\nid: mydignio\nname: Copy\n");
    const [p] = (await problems(dir)).map((p) => rel(dir, p));
    expect(p).toMatchObject({ file: "records/products/zz-copy.yaml", line: 3 });
    expect(p.message).toMatch(/already used by .*mydignio\.yaml/);
  });

  it("rejects duplicate keys, several documents, empty files and unknown kinds", async () => {
    const dir = copyRegister();
    writeRecord(dir, "records/a.yaml", "apiVersion: ropa/v1\nkind: Product\nid: a\nname: A\nname: B\n");
    writeRecord(dir, "records/b.yaml", "apiVersion: ropa/v1\nkind: Product\nid: b\nname: B\n---\nkind: Product\n");
    writeRecord(dir, "records/c.yaml", "");
    writeRecord(dir, "records/d.yaml", "apiVersion: ropa/v1\nkind: Supplier\nid: d\nname: D\n");
    const byFile = new Map((await problems(dir)).map((p) => [rel(dir, p).file, p]));
    expect(byFile.get("records/a.yaml")).toMatchObject({ line: 5, message: "the same key appears twice in one mapping" });
    expect(byFile.get("records/b.yaml")).toMatchObject({ line: 5, message: "the file holds more than one YAML document" });
    expect(byFile.get("records/c.yaml")?.message).toBe("the file is empty");
    expect(byFile.get("records/d.yaml")).toMatchObject({ line: 2, message: 'unknown kind "Supplier"' });
  });
});
