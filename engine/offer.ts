// The waiver the check offers a DPO for a blocking finding: which findings may take one, its id, the field
// it covers and how long it runs. Decided here, once, so every report shows the same offer.
import { addDays } from "./due.js";
import type { Register } from "./resolve.js";
import type { Finding, RuleMeta } from "./types.js";
import { waivable } from "./waivers.js";

export interface WaiverOffer {
  /** The waiver's id, also its file name under the register's `waivers/` folder. */
  id: string;
  rule: string;
  record: string;
  /** The dotted path the waiver covers: what the offered findings share, and nothing beside it. */
  field?: string;
  /** What the findings are about (their `subject`): the waiver covers them only while it stays so. */
  subject?: { [name: string]: unknown };
  approved_on: string;
  expires_on: string;
}

/** Days an offered waiver runs, unless the organisation allows fewer (`waiver_max_days`). */
export const OFFER_DAYS = 90;
/** The schema's default for `waiver_max_days`. */
const DEFAULT_MAX_DAYS = 180;
/** Offers shown per change: more than this and the DPO needs a plan, not ten files. */
const MAX_OFFERS = 10;

const SAFE_ID = /^[a-z0-9-]+$/;
/** A step the comment can write on one line inside its fenced block: no line break, no backtick. */
const SAFE_STEP = /^[^`\n\r\u2028\u2029]+$/;

/**
 * One offer per rule and record among the blocking findings. Left out: rules no waiver can cover, and
 * records the head does not hold (a waiver must name a record of the register). The term is bounded by
 * the base's `waiver_max_days`: the change cannot lengthen its own exceptions.
 */
export function waiverOffers(blocking: Finding[], opts: { rules: Map<string, RuleMeta>; head: Register; base?: Register; today: string }): WaiverOffer[] {
  const max = [opts.base, opts.head].map((r) => Number(r?.doc.organisation?.waiver_max_days)).find((n) => Number.isInteger(n) && n > 0) ?? DEFAULT_MAX_DAYS;
  const expires_on = addDays(opts.today, Math.min(OFFER_DAYS, max));
  const groups = new Map<string, Finding[]>();
  for (const f of blocking) {
    const rule = opts.rules.get(f.rule);
    if (!rule || !waivable(rule) || !opts.head.records.has(f.record) || !SAFE_ID.test(f.record)) continue;
    // A waiver matches one subject exactly (waivers.rego): findings about different subjects get one offer each.
    const key = JSON.stringify([f.rule, f.record, subjectOf(f)]);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const perRecord = new Map<string, number>();
  for (const [first] of groups.values()) perRecord.set(`${first!.rule}|${first!.record}`, (perRecord.get(`${first!.rule}|${first!.record}`) ?? 0) + 1);
  return [...groups.values()].slice(0, MAX_OFFERS).map(([first, ...rest]) => {
    const field = sharedField([first!, ...rest]);
    const subject = subjectOf(first!);
    const named = Object.keys(subject).length > 0;
    // Two offers for one rule and record differ by subject, and so do their ids (file names).
    const suffix = named && perRecord.get(`${first!.rule}|${first!.record}`)! > 1 ? `-${idPart(Object.values(subject).map(String).join("-"))}` : "";
    return {
      id: `${first!.record}-${first!.rule.replace(/[._]/g, "-")}`.slice(0, 64 - suffix.length) + suffix,
      rule: first!.rule,
      record: first!.record,
      ...(field ? { field } : {}),
      ...(named ? { subject } : {}),
      approved_on: opts.today,
      expires_on,
    };
  });
}

/**
 * A key path as a waiver's `field`: steps joined by `.`, a `.` inside a step written `\.` and a `\` written
 * `\\`, as waivers.rego matches it (lib.field_of), so an item keyed by text with dots is named unambiguously.
 */
export function fieldOf(key: string[]): string {
  return key.map((step) => step.replace(/\\/g, "\\\\").replace(/\./g, "\\.")).join(".");
}

/** The field path the findings share, item-keyed where the finding says its key; none if a step is empty or has a line break or backtick. */
function sharedField(findings: Finding[]): string | undefined {
  const steps = (f: Finding) => (("key" in f && Array.isArray(f.key) ? f.key : f.path) as unknown[]).map(String);
  let field = steps(findings[0]!);
  for (const f of findings.slice(1)) {
    const other = steps(f);
    const differs = field.findIndex((p, i) => other[i] !== p);
    if (differs >= 0) field = field.slice(0, differs);
  }
  return field.length && field.every((p) => SAFE_STEP.test(p)) ? fieldOf(field) : undefined;
}

function subjectOf(f: Finding): { [name: string]: unknown } {
  return f.subject ?? {};
}

/** Text as a part of a waiver id: lower-case letters, digits and single hyphens. */
function idPart(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 24);
}
