import { createHash } from "node:crypto";
import type { Finding } from "../types.js";

/**
 * A stable identity for each finding: the rule, the record's id and the path inside the record, hashed.
 * It survives edits that move lines or rename a record's `name`, so GitHub code scanning (and anything
 * that compares two reports) sees the same problem as the same alert across pushes. Where one rule finds
 * several problems at the same place (e.g. two missing fields reported on the record), the message tells
 * them apart, and as a last resort the order they come in.
 */
export function fingerprints(findings: Finding[]): string[] {
  const keys = findings.map((f) => JSON.stringify([f.rule, f.record, f.path]));
  const shared = new Map<string, number>();
  for (const k of keys) shared.set(k, (shared.get(k) ?? 0) + 1);
  const seen = new Map<string, number>();
  return findings.map((f, i) => {
    let key = keys[i]!;
    if (shared.get(key)! > 1) key = JSON.stringify([f.rule, f.record, f.path, f.message]);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return sha256(n === 0 ? key : `${key}#${n}`);
  });
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
