// Records that name rules by id (a waiver's `rule`, the organisation's `promises`) are checked against the
// rules of the policy that judges them: a name that does nothing is the user's error, never a silent no-op.
// Checked as the register is read (../check.ts readRegister), so these come with its schema and reference
// problems in one run.
import { RegisterError, type Problem } from "./errors.js";
import type { Register } from "./resolve.js";
import type { LoadedRecord, RuleMeta } from "./types.js";
import { didYouMean } from "./suggest.js";
import { positionOf } from "./validate.js";
import { waivable } from "./waivers.js";

/** A waiver of a rule that does not exist or that no waiver can cover, and a promise quoted for a rule that does not exist. */
export function ruleReferenceProblems(records: Iterable<LoadedRecord>, rules: Map<string, RuleMeta>): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    if (r.kind === "Waiver") {
      const id = String(r.data.rule);
      const rule = rules.get(id);
      if (!rule) problems.push({ file: r.file, ...positionOf(r, ["rule"]), message: `the waiver waives \`${id}\`, which is not a rule`, hint: didYouMean(id, rules.keys()) ?? "use a rule id that `ropa rules` lists, the one the finding names" });
      else if (!waivable(rule)) problems.push({ file: r.file, ...positionOf(r, ["rule"]), message: `rule \`${rule.id}\` cannot be waived`, hint: "delete this waiver and fix what the rule reports" });
    }
    if (r.kind === "Organisation" && typeof r.data.promises === "object" && r.data.promises) {
      for (const id of Object.keys(r.data.promises)) {
        if (!rules.has(id)) problems.push({ file: r.file, ...positionOf(r, ["promises", id]), message: `\`promises\` quotes a promise for \`${id}\`, which is not a rule`, hint: didYouMean(id, rules.keys()) ?? "use a rule id that `ropa rules` lists" });
      }
    }
  }
  return problems;
}

/** Throws a RegisterError with {@link ruleReferenceProblems}, if any. */
export function assertRuleReferences(register: Register, rules: Map<string, RuleMeta>): void {
  const problems = ruleReferenceProblems(register.records.values(), rules);
  if (problems.length) throw new RegisterError(problems);
}

/**
 * The words a finding of `rule` quotes: the organisation's own (`promises`), from the register judged or
 * else from the one before the change (which still holds the rule to them). Never any other company's.
 */
export function promiseFor(rule: RuleMeta, register: Register, base?: Register): string | undefined {
  return statedPromise(register, rule.id) ?? (base ? statedPromise(base, rule.id) : undefined);
}

/** The organisation's words for the promise `id` checks, if it states one. */
export function statedPromise(register: Register, id: string): string | undefined {
  const own = (register.doc.organisation?.promises as Record<string, unknown> | undefined)?.[id];
  return typeof own === "string" ? own : undefined;
}
