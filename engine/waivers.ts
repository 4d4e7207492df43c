// A waiver counts only once the DPO approves it, and so does the organisation's `waiver_max_days`, which
// bounds how long any waiver may run. Until then, the register is judged with both as they were on the base.
import { resolveRecords, type Register } from "./resolve.js";
import type { LoadedRecord, RuleMeta } from "./types.js";

/** What a change does to the waivers that needs the DPO's approval. */
export interface WaiverChange {
  /** Waivers added or edited (removing one needs no approval: it only takes an exception away). */
  waivers: string[];
  /** Whether `waiver_max_days` changed: raising it makes longer waivers valid. */
  maxDays: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function waiverChanges(base: Register, head: Register): WaiverChange {
  const waivers = [...head.records.values()].filter((r) => r.kind === "Waiver" && !same(base.records.get(r.id)?.data, r.data)).map((r) => r.id);
  const maxDays = !same(head.doc.organisation?.waiver_max_days, base.doc.organisation?.waiver_max_days);
  return { waivers: waivers.sort(), maxDays };
}

export function needsApproval(change: WaiverChange): boolean {
  return change.waivers.length > 0 || change.maxDays;
}

/** The head register with the unapproved waiver changes put back as they were on the base. */
export function withoutUnapproved(head: Register, base: Register, change: WaiverChange, root: string): Register {
  const drop = new Set(change.waivers);
  const records: LoadedRecord[] = [];
  for (const r of head.records.values()) {
    if (drop.has(r.id)) continue;
    if (r.kind === "Organisation" && change.maxDays) {
      const data = { ...r.data };
      delete data.waiver_max_days;
      const before = base.doc.organisation?.waiver_max_days;
      if (before !== undefined) data.waiver_max_days = before;
      records.push({ ...r, data });
    } else records.push(r);
  }
  for (const id of change.waivers) {
    const before = base.records.get(id);
    if (before?.kind === "Waiver") records.push(before);
  }
  return resolveRecords(records, root);
}

/**
 * Whether a waiver can cover the rule's findings. The rules about waivers judge after waivers apply, so
 * none can reach them; others say so in their METADATA (`custom.waivable: false`), e.g. a record's
 * deletion, which leaves no record for a waiver to name.
 */
export function waivable(rule: RuleMeta): boolean {
  return rule.waivable !== false && rule.package !== "ropa.waivers";
}
