// Helpers that make real registers on disk for tests: a copy of the bundled records, edited with
// yaml's Document API so comments and layout (and so line numbers) stay as a person would leave them.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument, type Document } from "yaml";
import { loadPolicy, readBundleDir, type Policy } from "../../engine/index.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const RECORDS = join(ROOT, "records");
export const TODAY = "2026-11-23";

let policy: Policy | undefined;
/** The real compiled policy, loaded once per test file. */
export function bundledPolicy(): Policy {
  return (policy ??= loadPolicy(readBundleDir(join(ROOT, "policies/build"))));
}

/** A fresh copy of Dignio's register in a temp dir; returns the folder holding `records/`. */
export function copyRegister(): string {
  const dir = mkdtempSync(join(tmpdir(), "ropa-test-"));
  cpSync(RECORDS, join(dir, "records"), { recursive: true });
  return dir;
}

export function editYaml(dir: string, file: string, edit: (doc: Document) => void): void {
  const path = join(dir, file);
  const doc = parseDocument(readFileSync(path, "utf8"));
  edit(doc);
  writeFileSync(path, doc.toString());
}

export function writeRecord(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** 1-based line of the first line containing `needle` (after line `after`), found by plain text search. */
export function lineOf(dir: string, file: string, needle: string, after = 0): number {
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const i = lines.findIndex((l, n) => n >= after && l.includes(needle));
  if (i < 0) throw new Error(`${needle} not found in ${file}`);
  return i + 1;
}
