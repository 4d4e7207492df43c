import { createHash } from "node:crypto";
import { findingIdentity } from "../findings.js";
import type { Finding } from "../types.js";

/**
 * A stable fingerprint for each finding: its identity (rule, record id, path with list items named by key,
 * what it is about; see findingIdentity), hashed. It survives edits that move lines, reorder a list or
 * rename a record's `name`, so GitHub code scanning (and anything that compares two reports) sees the
 * same problem as the same alert across pushes. Findings that share an identity are told apart by the
 * order they come in.
 */
export function fingerprints(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = findingIdentity(f);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return sha256(n === 0 ? key : `${key}#${n}`);
  });
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
