// `ropa migrate` on a register written for ropa/v1 before issue 14: a segment's single `storage_location`
// and a category that has left the bundled taxonomy. Built in a temp dir from Dignio's register (which
// keeps the v1 form); the CLI runs in-process, the check after it through the real compiled policies.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ropa } from "./helpers/cli.js";
import { copyRegister, TODAY, writeRecord } from "./helpers/register.js";

const SEGMENTS = ["no-hospitals", "no-municipalities", "se-regions", "uk-nhs"];

/** Dignio's register as a v1 register had it: patient-communication was bundled, so no record of it. */
function v1Register(): string {
  const dir = copyRegister();
  rmSync(join(dir, "records/categories"), { recursive: true });
  // A maintainer's comment, quotes and Windows line ends: all kept.
  const se = join(dir, "records/segments/se-regions.yaml");
  writeFileSync(se, readFileSync(se, "utf8").replace("storage_location: aws-stockholm", '# promised in the DPA\nstorage_location: "aws-stockholm" # Stockholm'));
  const uk = join(dir, "records/segments/uk-nhs.yaml");
  writeFileSync(uk, readFileSync(uk, "utf8").replace(/\n/g, "\r\n"));
  return dir;
}

/** Every file of the register with its text. */
function snapshot(dir: string): Map<string, string> {
  const root = join(dir, "records");
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(root.length + 1), readFileSync(join(e.parentPath, e.name), "utf8")]),
  );
}

describe("ropa migrate", () => {
  it("--check lists what would change and writes nothing; migrate rewrites in place; check then passes; a second run changes nothing", { timeout: 60_000 }, async () => {
    const dir = v1Register();
    const check = () => ropa(["check", "--today", TODAY], dir);
    expect((await check()).code).toBe(1); // patient-communication is in no taxonomy yet
    const before = snapshot(dir);

    const dry = await ropa(["migrate", "--check"], dir);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain("would change 5 files");
    expect(dry.stdout).toContain("records/segments/se-regions.yaml:9  `storage_location: \"aws-stockholm\"` → `storage_locations: [\"aws-stockholm\"]`");
    expect(dry.stdout).toContain("records/categories/patient-communication.yaml  new DataCategory record `patient-communication`");
    expect(snapshot(dir)).toEqual(before);

    const done = await ropa(["migrate"], dir);
    expect([done.code, done.stderr]).toEqual([0, ""]);
    const after = snapshot(dir);
    // Only the one line changed in each segment, its comment, quotes and line ends kept.
    expect(after.get("segments/se-regions.yaml")).toBe(before.get("segments/se-regions.yaml")!.replace('storage_location: "aws-stockholm" # Stockholm', 'storage_locations: ["aws-stockholm"] # Stockholm'));
    expect(after.get("segments/uk-nhs.yaml")).toBe(before.get("segments/uk-nhs.yaml")!.replace("storage_location: aws-london\r\n", "storage_locations: [aws-london]\r\n"));
    for (const s of SEGMENTS) expect(after.get(`segments/${s}.yaml`)).not.toMatch(/storage_location:/);
    expect(after.get("categories/patient-communication.yaml")).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/engine\/schemas\/data-category\.schema\.json\n/);
    expect(after.get("categories/patient-communication.yaml")).toContain("kind: DataCategory\nid: patient-communication\n");
    for (const f of after.keys()) expect(f).not.toContain(".ropa-migrate");

    const judged = await check();
    expect([judged.code, judged.stdout]).toEqual([0, expect.stringContaining("No problems: 17 records")]);

    const again = await ropa(["migrate", "--check"], dir);
    expect([again.code, again.stdout.trim()]).toEqual([0, "✔ records is in the current form: nothing to migrate"]);
    expect((await ropa(["migrate"], dir)).code).toBe(0);
    expect(snapshot(dir)).toEqual(after);
  });

  it("rewrites a waiver's `storage_location` field to the item the storage rules report at: the waived finding stays waived", { timeout: 60_000 }, async () => {
    const dir = v1Register();
    // UK customers promised Stockholm, which the UK residency promise does not name: waived by the DPO.
    const uk = join(dir, "records/segments/uk-nhs.yaml");
    writeFileSync(uk, readFileSync(uk, "utf8").replace("storage_location: aws-london", "storage_location: aws-stockholm"));
    const waiver = (field: string) =>
      `apiVersion: ropa/v1\nkind: Waiver\nid: uk-in-stockholm\nname: UK customers in Stockholm for now\nrule: storage.residency_promise\nrecord: uk-nhs\nfield: ${field} # the promised location\nreason: the London region is being set up\napproved_by: DPO\napproved_on: 2026-11-01\nexpires_on: 2027-01-15\n`;
    writeRecord(dir, "records/waivers/uk-in-stockholm.yaml", waiver("storage_location"));
    type Out = { code: number; findings: { rule: string; record: string; key: string[]; waived?: unknown }[] };
    const judged = async (): Promise<Out> => {
      const r = await ropa(["check", "--today", TODAY, "--format", "json"], dir);
      return { code: r.code, findings: (JSON.parse(r.stdout) as Out).findings };
    };
    const stored = (o: Out) => o.findings.filter((f) => f.rule === "storage.residency_promise");
    const before = await judged();
    expect(stored(before)).toMatchObject([{ record: "uk-nhs", key: ["storage_location"], waived: expect.anything() }]);

    const done = await ropa(["migrate"], dir);
    expect([done.code, done.stderr]).toEqual([0, ""]);
    expect(done.stdout).toContain("records/waivers/uk-in-stockholm.yaml:7  `field: storage_location` → `field: storage_locations.aws-stockholm`");
    expect(readFileSync(join(dir, "records/waivers/uk-in-stockholm.yaml"), "utf8")).toBe(waiver("storage_locations.aws-stockholm"));
    // (Activities still store at London, promised to no segment now: other findings, not waived.)
    const after = await judged();
    expect(stored(after)).toMatchObject([{ record: "uk-nhs", key: ["storage_locations", "aws-stockholm"], waived: expect.anything() }]);
    expect(after.findings.filter((f) => f.rule === "waivers.unused")).toEqual([]);
  });

  it("writes nothing when a file cannot be read as YAML", async () => {
    const dir = v1Register();
    writeFileSync(join(dir, "records/products/broken.yaml"), "kind: Product\nid: [unclosed\n");
    const before = snapshot(dir);
    const run = await ropa(["migrate"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("records/products/broken.yaml:");
    expect(snapshot(dir)).toEqual(before);
  });

  it("writes nothing when one of the files cannot be written", async () => {
    const dir = v1Register();
    // A file where the new category's folder must go: the segments are planned and written first.
    writeFileSync(join(dir, "records/categories"), "");
    const before = snapshot(dir);
    const run = await ropa(["migrate"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("nothing was changed");
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses a segment that says its storage both ways", async () => {
    const dir = v1Register();
    const file = join(dir, "records/segments/no-hospitals.yaml");
    writeFileSync(file, readFileSync(file, "utf8") + "storage_locations: [aws-london]\n");
    const before = snapshot(dir);
    const run = await ropa(["migrate", "-C", dir], "/");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("records/segments/no-hospitals.yaml:8");
    expect(run.stderr).toContain("both `storage_location` and `storage_locations`");
    expect(snapshot(dir)).toEqual(before);
  });
});
