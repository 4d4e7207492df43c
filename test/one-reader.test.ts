// One reader of records (issue 18): the audit (history, evidence) reads git blobs with RecordBlobs, the check
// reads files with loadRecord and schemaProblems; both must give the same records and the same refusals,
// for every file of the bad-input corpus and of a generated register, at any path.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRecord } from "../engine/load.js";
import { RecordBlobs } from "../engine/read.js";
import { decode, MAX_FILE_BYTES } from "../engine/source.js";
import { schemaProblems } from "../engine/validate.js";
import { generateRegister } from "../scripts/bench/generate.js";
import { ROOT } from "./helpers/register.js";

function yamlFiles(dir: string): { path: string; bytes: Buffer }[] {
  const out: { path: string; bytes: Buffer }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push({ path: relative(ROOT, path), bytes: readFileSync(path) });
  }
  return out;
}

/** What the check makes of a file: its record and schema problems, or why it does not load. */
function checkReads(path: string, bytes: Buffer) {
  if (bytes.length > MAX_FILE_BYTES) return "too big";
  const text = decode(bytes, path);
  if (typeof text !== "string") return [text];
  const loaded = loadRecord({ path, text });
  if ("problems" in loaded) return loaded.problems;
  return { kind: loaded.record.kind, data: loaded.record.data, schema: schemaProblems(loaded.record) };
}

function auditReads(blobs: RecordBlobs, oid: string, path: string) {
  const loaded = blobs.load(oid, path);
  if (Array.isArray(loaded)) return loaded;
  return { kind: loaded.kind, data: loaded.data, schema: blobs.validate(loaded, oid) };
}

describe("the audit reads records as the check does", () => {
  const files = [
    ...yamlFiles(join(ROOT, "test/fixtures/bad")),
    ...generateRegister({ records: 200 }).files.map((f) => ({ path: `generated/${f.path}`, bytes: Buffer.from(f.text) })),
  ];
  const blobs = new RecordBlobs(new Map(files.map((f, i) => [`oid${i}`, f.bytes])));

  it("every file of the bad-input corpus and of a generated register, at its own path and at another", () => {
    expect(files.length).toBeGreaterThan(300);
    files.forEach((f, i) => {
      expect(auditReads(blobs, `oid${i}`, f.path), f.path).toEqual(checkReads(f.path, f.bytes));
      // Read again at another path (a moved file): the same record or problems, naming the new path.
      expect(auditReads(blobs, `oid${i}`, `moved/${f.path}`), f.path).toEqual(checkReads(`moved/${f.path}`, f.bytes));
    });
  });

  it("refuses what the check refuses before parsing: a file over the size limit, and one that is not UTF-8", () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 1, "a");
    const latin1 = Buffer.from("apiVersion: ropa/v1\nkind: Product\nid: caf\xe9\n", "latin1");
    const more = new RecordBlobs(new Map([["big", big], ["latin1", latin1]]));
    expect(more.load("big", "r/big.yaml")).toEqual([expect.objectContaining({ file: "r/big.yaml", message: expect.stringContaining("MAX_FILE_BYTES") })]);
    expect(more.load("latin1", "r/l.yaml")).toEqual(checkReads("r/l.yaml", latin1));
    expect(more.data("latin1")).toBeUndefined();
  });
});
