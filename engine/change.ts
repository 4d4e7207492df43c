// A change under one policy: the head register judged with the base beside it, each finding marked as
// introduced by the change or already present on the base, and what changed said in words. The one judge
// (judge.ts) calls this for the trusted policies and, apart, for the change's own.
import { policyInput, summarise, judge, type FailOn, type Summary } from "./check.js";
import { timed } from "./timings.js";
import { diffRegisters, type RecordChange } from "./diff.js";
import { findingIdentity } from "./findings.js";
import { flowChanges, type FlowChange } from "./flows.js";
import { subprocessorIds } from "./model.js";
import { waiverOffers, type WaiverOffer } from "./offer.js";
import type { Policy, TransferFlow } from "./policy.js";
import type { Register } from "./resolve.js";
import type { Finding } from "./types.js";

export interface ChangeResult extends Summary {
  today: string;
  register: Register;
  /** How many records the head register has. */
  records: number;
  /** Every finding on the head register. */
  findings: Finding[];
  /** Findings the change brings in: these decide the verdict. */
  introduced: Finding[];
  /** Findings already on the base, reported but not blamed on the change. */
  existing: Finding[];
  changes: RecordChange[];
  /** What the change does to where data goes (added, removed and blocked flows). */
  flows: FlowChange[];
  /** A ready waiver per rule and record among the blocking findings, for a DPO who accepts the risk for a time. */
  offers: WaiverOffer[];
}

/**
 * Splits the head's findings into those the base already had and those the change brings, by identity
 * (findingIdentity): as many head findings of one identity count as existing as the base had of it.
 */
export function splitFindings(head: Finding[], base: Pick<Finding, "rule" | "record" | "key" | "subject">[]): { introduced: Finding[]; existing: Finding[] } {
  const had = new Map<string, number>();
  for (const f of base) {
    const id = findingIdentity(f);
    had.set(id, (had.get(id) ?? 0) + 1);
  }
  const introduced: Finding[] = [];
  const existing: Finding[] = [];
  for (const f of head) {
    const id = findingIdentity(f);
    const n = had.get(id) ?? 0;
    if (n > 0) {
      had.set(id, n - 1);
      existing.push(f);
    } else introduced.push(f);
  }
  return { introduced, existing };
}

/**
 * The head judged as a change from the base under `policy`. `written` is the head as the change wrote it,
 * for the list of what changed, when `head` is judged without some of it (unapproved waivers).
 */
export function changeUnder(opts: { base: Register; head: Register; written?: Register; policy: Policy; today: string; failOn: FailOn; baseDate?: string }): ChangeResult {
  const findings = judge(opts.head, opts.policy, opts.today, opts.base, opts.baseDate);
  // Of the base, only which findings it had: its violations carry their identity; no message or line is needed.
  const { introduced, existing } = splitFindings(findings, timed("evaluate", () => opts.policy.evaluate(policyInput(opts.base, opts.today))));
  const summary = summarise(introduced, opts.failOn);
  // The transfer view of some activities of a side. A bundle without the views entrypoint shows no mechanism
  // on any flow: nothing is decided here instead.
  const transfersOf =
    (register: Register, base?: Register) =>
    (activities: string[]): TransferFlow[] | undefined =>
      timed("views", () => opts.policy.views(policyInput(register, opts.today, base, base && opts.baseDate), activities)?.transfers);
  const written = opts.written ?? opts.head;
  // The list of changes says what covers a new subprocessor's transfers: those of the activities using it.
  const added = new Set([...written.records.values()].filter((r) => r.kind === "Subprocessor" && !opts.base.records.has(r.id)).map((r) => r.id));
  const users = Object.entries(written.doc.activities).filter(([, a]) => subprocessorIds(a).some((sid) => added.has(sid))).map(([id]) => id);
  return {
    ...summary,
    today: opts.today,
    register: opts.head,
    records: opts.head.records.size,
    findings,
    introduced,
    existing,
    changes: diffRegisters(opts.base, written, findings, transfersOf(written, opts.base)(users)),
    flows: flowChanges(opts.base, opts.head, summary.blocking, { base: (ids) => transfersOf(opts.base)(ids) ?? [], head: (ids) => transfersOf(opts.head, opts.base)(ids) ?? [] }),
    offers: waiverOffers(summary.blocking, { rules: opts.policy.rules, head: opts.head, base: opts.base, today: opts.today }),
  };
}
