// A waiver counts only once the DPO approves it. Until then, the register is judged with the waivers a
// change adds or edits put back as they were on the base.
import type { RecordChange } from "./diff.js";
import { resolveRecords, type Register } from "./resolve.js";

/** Waivers the change adds or edits (removing one needs no approval: it only takes an exception away). */
export function changedWaivers(changes: RecordChange[]): string[] {
  return changes.filter((c) => c.kind === "Waiver" && (c.change === "added" || c.change === "changed")).map((c) => c.id);
}

export function withBaseWaivers(head: Register, base: Register, ids: string[], root: string): Register {
  const drop = new Set(ids);
  const records = [...head.records.values()].filter((r) => !drop.has(r.id));
  for (const id of ids) {
    const before = base.records.get(id);
    if (before) records.push(before);
  }
  return resolveRecords(records, root);
}
