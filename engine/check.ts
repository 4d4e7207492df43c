import { RegisterError } from "./errors.js";
import { keptCheck, toFindings } from "./findings.js";
import type { Policy } from "./policy.js";
import { readEachRecord, type ReadOptions } from "./read.js";
import { emptyRegister, resolveRecords, type Register } from "./resolve.js";
import { readRegisterDir } from "./source.js";
import { timed } from "./timings.js";
import { ruleReferenceProblems } from "./rule-refs.js";
import type { Finding, RuleMeta, Severity, SourceFile } from "./types.js";

export type FailOn = "error" | "warning";

export interface Summary {
  verdict: "pass" | "fail";
  /** Findings not covered by a waiver, by severity: these decide the verdict. */
  errors: number;
  warnings: number;
  infos: number;
  /** Findings covered by a valid waiver: shown, not counted. */
  waived: number;
  /** The findings that fail the check (unwaived errors, and warnings with `--fail-on warning`): reports show these as blocking. */
  blocking: Finding[];
}

export interface CheckResult extends Summary {
  findings: Finding[];
  /** The register judged; absent when the findings were kept from an earlier check of the same files (CheckCache). */
  register?: Register;
  /** How many records were judged. */
  records: number;
  today: string;
  /** For a change (`check --base`): findings already present at the base, not counted and not in `findings`. */
  existing?: Finding[];
}

/**
 * files → records → schema-valid → references resolved. Throws RegisterError on bad input, with every
 * problem of the register at once: the files' (parse, schema), the references between the valid records,
 * and, given the rules that will judge it, the rule ids its waivers and promises name.
 */
export async function readRegister(files: SourceFile[], root: string, opts: ReadOptions & { rules?: Map<string, RuleMeta> } = {}): Promise<Register> {
  const { rules, ...readOptions } = opts;
  const read = await readEachRecord(files, readOptions);
  const ruleProblems = rules ? ruleReferenceProblems(read.records, rules) : [];
  const register = timed("resolve", () => {
    try {
      return resolveRecords(read.records, root, read);
    } catch (e) {
      if (e instanceof RegisterError && ruleProblems.length) throw new RegisterError([...e.problems, ...ruleProblems]);
      throw e;
    }
  });
  if (ruleProblems.length) throw new RegisterError(ruleProblems);
  return register;
}

/**
 * The one input document every rule sees. `today` is the only clock the policies have; `base` is the
 * register before the change being judged (empty for a full check), for the rules about changes, and
 * `baseDate` the day (UTC) the base was committed, when the change is read from git: what the base did
 * not reach at that date, a notice that took effect before it cannot have announced.
 */
export function policyInput(register: Register, today: string, base: Register = emptyRegister(), baseDate?: string): object {
  return { today, register: register.doc, base: base.doc, ...(baseDate ? { change: { base_date: baseDate } } : {}) };
}

export function judge(register: Register, policy: Policy, today: string, base?: Register, baseDate?: string): Finding[] {
  const violations = timed("evaluate", () => policy.evaluate(policyInput(register, today, base, baseDate)));
  return timed("findings", () => toFindings(violations, policy.rules, register, base));
}

export function summarise(findings: Finding[], failOn: FailOn): Summary {
  const count = (s: Severity) => findings.filter((f) => f.severity === s && !f.waived).length;
  const errors = count("error");
  const warnings = count("warning");
  const blocking = findings.filter((f) => !f.waived && (f.severity === "error" || (failOn === "warning" && f.severity === "warning")));
  return { verdict: blocking.length ? "fail" : "pass", errors, warnings, infos: count("info"), waived: findings.filter((f) => f.waived).length, blocking };
}

export interface CheckOptions {
  policy: Policy;
  today: string;
  failOn?: FailOn;
  read?: ReadOptions;
}

export async function checkFiles(files: SourceFile[], root: string, opts: CheckOptions): Promise<CheckResult> {
  const failOn = opts.failOn ?? "error";
  const store = opts.read?.store;
  // The same files judged by the same policy on the same day have the same findings: an unchanged register's
  // second check reads them from the cache, checked like fresh ones, and neither reads nor judges the records.
  const key = store && timed("cache", () => store.findingsKey(opts.policy.digest, opts.today, root, files));
  const kept = key && timed("cache", () => keptCheck(store!.findings(key), opts.policy.rules, files));
  if (kept) return { ...summarise(kept.findings, failOn), ...kept, today: opts.today };

  const register = await readRegister(files, root, { ...opts.read, rules: opts.policy.rules });
  const findings = judge(register, opts.policy, opts.today);
  const records = register.records.size;
  if (key) timed("cache", () => store!.saveFindings(key, { records, findings }));
  // The lines the findings are at, found now, are kept for the next run.
  store?.savePositions();
  return { ...summarise(findings, failOn), findings, register, records, today: opts.today };
}

export function checkDirectory(dir: string, opts: CheckOptions): Promise<CheckResult> {
  return checkFiles(timed("discover", () => readRegisterDir(dir)), dir, opts);
}

/** Today's date as YYYY-MM-DD in UTC, or the given one after checking it is a real date. */
export function resolveToday(given?: string): string {
  if (given === undefined) return new Date().toISOString().slice(0, 10);
  const d = new Date(`${given}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== given) {
    throw new RegisterError([{ file: "--today", message: `${JSON.stringify(given)} is not a real date`, hint: "give the date as YYYY-MM-DD, e.g. 2026-11-23" }]);
  }
  return given;
}
