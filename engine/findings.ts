import { countryName } from "./diff.js";
import { PolicyError } from "./policy.js";
import { promiseFor } from "./rule-refs.js";
import { byText, canonical } from "./text-order.js";
import { positionOf } from "./validate.js";
import type { Register } from "./resolve.js";
import { KINDS, type Finding, type RuleMeta, type Severity, type SourceFile, type Violation } from "./types.js";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Joins each violation with its rule's METADATA and the line it points at. A record the change deleted
 * is found in the base register. Sorted by file, line, rule.
 */
export function toFindings(violations: Violation[], rules: Map<string, RuleMeta>, register: Register, base?: Register): Finding[] {
  const statement = register.doc.organisation?.privacy_statement_url;
  const findings = violations.map((v): Finding => {
    const rule = rules.get(v.rule)!;
    const record = register.records.get(v.record) ?? base?.records.get(v.record);
    // The policy names records of the register only; anything else is a policy bug, never a silent pass.
    if (!record) throw new PolicyError(`rule ${v.rule} reported ${JSON.stringify(v.record)}, which is not a record of the register`);
    const pos = positionOf(record, v.path);
    const waiver = v.waiver ? register.records.get(v.waiver)?.data : undefined;
    const params = { ...v.params, record: recordLabel(record.data) };
    const promise = promiseFor(rule, register, base);
    return {
      rule: rule.id,
      title: rule.title,
      severity: rule.severity,
      message: fill(rule.message, params),
      legal: rule.legal,
      ...(promise ? { promise, ...(typeof statement === "string" ? { promise_url: statement } : {}) } : {}),
      remediation: fill(rule.remediation, params),
      record: v.record,
      kind: record.kind,
      file: record.file,
      line: pos.line,
      col: pos.col,
      path: v.path,
      key: v.key,
      subject: v.subject,
      ...(waiver
        ? { waived: { waiver: v.waiver!, approved_by: String(waiver.approved_by), expires_on: String(waiver.expires_on), reason: String(waiver.reason) } }
        : {}),
    };
  });
  return findings.sort(
    (a, b) => byText(a.file, b.file) || a.line - b.line || ORDER[a.severity] - ORDER[b.severity] || byText(a.rule, b.rule) || byText(a.message, b.message),
  );
}

/**
 * What an earlier check of the same files under the same policy on the same day found (CheckCache), checked
 * like the policy's own result: each finding of a rule of this policy, with its severity and title, in one
 * of these files, at a line. Anything else is undefined, and the register is read and judged again.
 */
export function keptCheck(kept: unknown, rules: Map<string, RuleMeta>, files: SourceFile[]): { records: number; findings: Finding[] } | undefined {
  const { records, findings } = (kept ?? {}) as { records?: unknown; findings?: unknown };
  if (!Number.isInteger(records) || !Array.isArray(findings)) return undefined;
  const paths = new Set(files.map((f) => f.path));
  const text = (v: unknown) => typeof v === "string";
  const place = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  for (const f of findings as Partial<Finding>[]) {
    const rule = f && text(f.rule) ? rules.get(f.rule!) : undefined;
    const ok =
      rule &&
      f.severity === rule.severity &&
      f.title === rule.title &&
      paths.has(f.file!) &&
      text(f.record) &&
      (KINDS as readonly unknown[]).includes(f.kind) &&
      text(f.message) &&
      text(f.remediation) &&
      Array.isArray(f.legal) &&
      place(f.line) &&
      place(f.col) &&
      Array.isArray(f.path) &&
      Array.isArray(f.key) &&
      f.key.every(text) &&
      f.subject &&
      typeof f.subject === "object" &&
      !Array.isArray(f.subject) &&
      (f.waived === undefined || (typeof f.waived === "object" && text(f.waived?.waiver)));
    if (!ok) return undefined;
  }
  return { records: records as number, findings: findings as Finding[] };
}

/**
 * A finding's identity across versions of the register: its rule, the record's id, the path with list items
 * named by key, and what it is about. Lines, the record's name, the message's words and the order of a list
 * do not enter it, so a rename or a reordering keeps it, and a new problem that reads like an old one
 * does not take the old one's place. Used wherever findings of two judgements are matched: introduced
 * or existing, due, evidence, SARIF and JSON fingerprints.
 */
export function findingIdentity(f: Pick<Finding, "rule" | "record" | "key" | "subject">): string {
  return canonical([f.rule, f.record, f.key, f.subject]);
}

function recordLabel(data: { [k: string]: unknown }): string {
  return typeof data.name === "string" ? `${data.name} (${data.id})` : String(data.id);
}

/** Fills {name} placeholders; lists read as `a`, `b` and `c`. Unknown placeholders stay visible rather than vanish. */
export function fill(template: string, params: { [k: string]: unknown }): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in params)) return whole;
    const value = params[key];
    if (Array.isArray(value)) return listing(value.map((v) => `\`${String(v)}\``));
    // Policies speak in ISO codes; a reader wants the country's name.
    if (key === "country" && typeof value === "string" && /^[A-Z]{2}$/.test(value)) return countryName(value);
    return String(value);
  });
}

function listing(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
