// Judging a change: the head register against the policy, with each finding marked as introduced by the
// change or already present on the base, and what changed said in words.
import { policyInput, summarise, judge, type FailOn, type Summary } from "./check.js";
import { diffRegisters, type RecordChange } from "./diff.js";
import { flowChanges, type FlowChange } from "./flows.js";
import { waiverOffers, type WaiverOffer } from "./offer.js";
import type { Policy } from "./policy.js";
import type { Register } from "./resolve.js";
import type { Finding } from "./types.js";
import { assertRuleReferences } from "./rule-refs.js";

export interface ChangeResult extends Summary {
  today: string;
  register: Register;
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

/** Identity of a finding across two versions of the register: line numbers move, rule + record + message do not. */
export function findingKey(f: Finding): string {
  return `${f.rule}\u0000${f.record}\u0000${f.message}`;
}

export function judgeChange(opts: { base: Register; head: Register; policy: Policy; today: string; failOn?: FailOn }): ChangeResult {
  // The head only: a waiver the base still has must not stop the change that removes it.
  assertRuleReferences(opts.head, opts.policy.rules);
  const findings = judge(opts.head, opts.policy, opts.today, opts.base);
  const before = new Set(judge(opts.base, opts.policy, opts.today).map(findingKey));
  const introduced = findings.filter((f) => !before.has(findingKey(f)));
  const existing = findings.filter((f) => before.has(findingKey(f)));
  const summary = summarise(introduced, opts.failOn ?? "error");
  return {
    ...summary,
    today: opts.today,
    register: opts.head,
    findings,
    introduced,
    existing,
    changes: diffRegisters(opts.base, opts.head, findings, opts.policy.views(policyInput(opts.head, opts.today, opts.base))?.transfers),
    flows: flowChanges(opts.base, opts.head, summary.blocking),
    offers: waiverOffers(summary.blocking, { rules: opts.policy.rules, head: opts.head, base: opts.base, today: opts.today }),
  };
}
