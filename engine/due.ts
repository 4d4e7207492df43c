// What becomes due soon, for the daily re-check: findings that time alone will raise within the window
// (expiring waivers, assessments and DPIA reviews turning 12 months old, …), found by judging the same
// register on later dates, and subprocessor changes whose notice period ends in the window.
import { findingKey } from "./change.js";
import { judge } from "./check.js";
import type { Policy } from "./policy.js";
import type { Register } from "./resolve.js";
import type { Finding } from "./types.js";

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

function item(f: Finding, due: string): DueItem {
  return { due, what: f.waived ? `${f.message} (waived until ${f.waived.expires_on})` : f.message, record: f.record, file: f.file, line: f.line, rule: f.rule };
}

/** Due within `days` of `today`, earliest first. Only errors and warnings count; a waived finding is due when its waiver ends. */
export function dueWithin(register: Register, policy: Policy, today: string, days: number): DueItem[] {
  const relevant = (fs: Finding[]) => fs.filter((f) => f.severity !== "info" && !f.waived);
  const seen = new Set<string>();
  const items: DueItem[] = [];
  for (let n = 0; n <= days; n++) {
    const date = addDays(today, n);
    for (const f of relevant(judge(register, policy, date))) {
      const key = findingKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item(f, date));
    }
  }
  const end = addDays(today, days);
  for (const record of register.records.values()) {
    if (record.kind !== "Subprocessor" || record.data.status === "retired") continue;
    const starts = [{ date: record.data.effective_from, path: ["effective_from"], what: `${record.data.name} starts processing data` }];
    const notices = Array.isArray(record.data.customer_notices) ? (record.data.customer_notices as { effective_from?: string; locations?: string[] }[]) : [];
    notices.forEach((n, i) => starts.push({ date: n.effective_from, path: ["customer_notices", String(i)], what: `${record.data.name} starts processing at ${(n.locations ?? []).join(", ") || "the announced location"}` }));
    for (const s of starts) {
      if (typeof s.date !== "string" || s.date <= today || s.date > end) continue;
      const pos = record.positions.get(`/${s.path.join("/")}`) ?? { line: 1 };
      items.push({ due: s.date, what: `${s.what}: the customers' notice period ends`, record: record.id, file: record.file, line: pos.line });
    }
  }
  return items.sort((a, b) => a.due.localeCompare(b.due) || a.file.localeCompare(b.file) || a.line - b.line);
}
