// The engine's public API: the CLI and the GitHub Action are thin shells over these.
export { checkDirectory, checkFiles, judge, policyInput, readRegister, resolveToday, summarise } from "./check.js";
export type { CheckResult, FailOn, Summary } from "./check.js";
export { RegisterError, formatProblem, type Problem } from "./errors.js";
export { loadPolicy, readBundleDir, readRulesDir, PolicyError, type Policy, type PolicyBundle } from "./policy.js";
export { emptyRegister, type Register } from "./resolve.js";
export { changeUnder, splitFindings, type ChangeResult } from "./change.js";
// The one judge (./judge.js) reads git, so it is imported from its module, not loaded with every command.
export type { Approval, Approve, ChangeInput, Judgement, RevisionsInput, RevisionsJudgement } from "./judge.js";
export { findingIdentity } from "./findings.js";
export { diffRegisters, diffFields, type RecordChange, type FieldChange } from "./diff.js";
export { readRegisterDir } from "./source.js";
export type { ReadCache, ReadOptions } from "./read.js";
export * from "./types.js";

/**
 * The folder ropa is installed in (the repository, or node_modules/ropa). This module is one folder below
 * it both as TypeScript (engine/) and compiled (dist/), so the URL holds in both.
 */
export const PACKAGE_ROOT = new URL("../", import.meta.url);
/** Where the compiled policies that ship with ropa live. */
export const DEFAULT_BUNDLE_DIR = new URL("policies/build/", PACKAGE_ROOT);
export { addDays, dueWithin, type DueItem } from "./due.js";
export { needsApproval, waivable, waiverChanges, withoutUnapproved, type WaiverChange } from "./waivers.js";
export { assertRuleReferences, promiseFor } from "./rule-refs.js";
