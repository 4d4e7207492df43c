// The benchmark's register generator: what it writes is a register the engine accepts, with findings in it,
// and the same seed writes the same bytes. (No timings here: speed is measured by `npm run bench`.)
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDirectory } from "../engine/index.js";
import { generateRegister, writeRegister } from "../scripts/bench/generate.js";
import { bundledPolicy, TODAY } from "./helpers/register.js";

const SEED = 7;
const RECORDS = 200;

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function write(seed: number): string {
  const root = mkdtempSync(join(tmpdir(), "ropa-bench-gen-"));
  made.push(root);
  const dir = join(root, "records");
  writeRegister(dir, generateRegister({ records: RECORDS, seed, today: TODAY }).files);
  return dir;
}

function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((p) => p.endsWith(".yaml")).sort();
  return new Map(files.map((p) => [p, readFileSync(join(dir, p))]));
}

describe("bench:generate", () => {
  it("writes a register of the asked size that the engine accepts, with some findings", async () => {
    const dir = write(SEED);
    expect(snapshot(dir).size).toBe(RECORDS);
    // A RegisterError (bad YAML, schema, references) would throw here.
    const result = await checkDirectory(dir, { policy: bundledPolicy(), today: TODAY });
    expect(result.records).toBe(RECORDS);
    expect(result.findings.length).toBeGreaterThan(0);
    expect([...result.register!.records.values()].filter((r) => r.kind === "ProcessingActivity").length).toBeGreaterThan(RECORDS / 2);
  });

  it("writes byte-identical files for the same seed, and different ones for another", () => {
    const a = snapshot(write(SEED));
    const b = snapshot(write(SEED));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, bytes] of a) expect(b.get(path)!.equals(bytes), path).toBe(true);
    const c = snapshot(write(SEED + 1));
    expect([...a].some(([path, bytes]) => !c.get(path)?.equals(bytes))).toBe(true);
  });
});
