// What becomes due soon, for the daily re-check: waivers that expire within the window, findings that
// time alone will raise within it (assessments and DPIA reviews turning 12 months old, …), found by
// judging the same register on later dates, and subprocessor changes whose notice period ends in it.
import { judge } from "./check.js";
import type { Policy } from "./policy.js";
import type { Register } from "./resolve.js";
import { findingIdentity } from "./findings.js";
import { byText } from "./text-order.js";
import type { Finding } from "./types.js";
import { positionOf } from "./validate.js";

export interface DueItem {
  /** The first date on which it is due (today for what is already due). */
  due: string;
  what: string;
  record: string;
  file: string;
  line: number;
  rule?: string;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Due within `days` of `today`, earliest first. Only errors and warnings count. A waiver is due on its
 * last day, and stands for what comes back when it ends; a waiver of a `change.*` rule is never due: it
 * approved the change that added it, and nothing comes back when it ends.
 */
export function dueWithin(register: Register, policy: Policy, today: string, days: number): DueItem[] {
  const end = addDays(today, days);
  const items: DueItem[] = [];
  const changeWaiver = (id: string) => String(register.doc.waivers[id]?.rule).startsWith("change.");
  const expiring = new Set<string>();
  for (const [id, w] of Object.entries(register.doc.waivers)) {
    const expires = String(w.expires_on);
    if (changeWaiver(id) || expires < today || expires > end) continue;
    expiring.add(id);
    const record = register.records.get(id)!;
    items.push({ due: expires, what: `waiver ${id} of rule ${w.rule} for record ${w.record} expires on ${expires}`, record: id, file: record.file, line: positionOf(record, ["expires_on"]).line, rule: String(w.rule) });
  }
  // What a waiver covers today, and the waiver's own findings, are said by the waiver's line.
  const covered = (f: Finding) => f.waived || expiring.has(f.record) || changeWaiver(f.record);
  const seen = new Set<string>();
  for (let n = 0; n <= days; n++) {
    const date = addDays(today, n);
    const findings = judge(register, policy, date);
    // What a waiver covers today stays unlisted when the waiver ends within the window.
    if (n === 0) for (const f of findings) if (f.waived) seen.add(findingIdentity(f));
    for (const f of findings) {
      const key = findingIdentity(f);
      if (f.severity === "info" || covered(f) || seen.has(key)) continue;
      seen.add(key);
      items.push({ due: date, what: f.message, record: f.record, file: f.file, line: f.line, rule: f.rule });
    }
  }
  for (const record of register.records.values()) {
    if (record.kind !== "Subprocessor" || record.data.status === "retired") continue;
    const starts = [{ date: record.data.effective_from, path: ["effective_from"], what: `${record.data.name} starts processing data` }];
    const notices = Array.isArray(record.data.customer_notices) ? (record.data.customer_notices as { effective_from?: string; locations?: string[] }[]) : [];
    notices.forEach((n, i) => starts.push({ date: n.effective_from, path: ["customer_notices", String(i)], what: `${record.data.name} starts processing at ${(n.locations ?? []).join(", ") || "the announced location"}` }));
    for (const s of starts) {
      if (typeof s.date !== "string" || s.date <= today || s.date > end) continue;
      items.push({ due: s.date, what: `${s.what}: the customers' notice period ends`, record: record.id, file: record.file, line: positionOf(record, s.path).line });
    }
  }
  return items.sort((a, b) => byText(a.due, b.due) || byText(a.file, b.file) || a.line - b.line);
}
