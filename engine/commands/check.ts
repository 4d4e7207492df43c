// What `check`, `due`, `validate`, `rules` and `explain` do, loaded by cli.ts only when one of them runs:
// `ropa --help` and `--version` start without the engine (schemas, YAML readers, the policy's wasm).
import { existsSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import pkg from "../../package.json" with { type: "json" };
import {
  DEFAULT_BUNDLE_DIR,
  checkDirectory,
  dueWithin,
  loadPolicy,
  readBundleDir,
  readRulesDir,
  readRegister,
  readRegisterDir,
  RegisterError,
  resolveToday,
  type CheckResult,
  type FailOn,
  type Policy,
  type RuleMeta,
} from "../index.js";
import { CheckCache, defaultCacheDir } from "../cache.js";
import { checkOutput, colorFor, EXIT, type Report } from "../output.js";
import { formatDue, formatMarkdown, formatSarif, formatText, jsonReport } from "../report/index.js";
import { explainRule, formatRules } from "../rules.js";
import { timed } from "../timings.js";
import type { Run } from "../cli.js";

export type Format = "text" | "json" | "sarif" | "markdown";

export interface CheckFlags {
  repo?: string;
  format: Format;
  today?: string;
  failOn: FailOn;
  policies?: string;
  output?: string;
  base?: string;
  cache: boolean;
  cacheDir?: string;
}

/**
 * A path the user gave, as if ropa had started in `--repo` (like `git -C`), shown relative to where it
 * did start so that file:line stays clickable; an absolute path stays as given.
 */
function inRepo(repo: string | undefined, path: string): string {
  if (!repo || isAbsolute(path)) return path;
  const absolute = resolve(repo, path);
  const shown = relative(process.cwd(), absolute);
  return shown.startsWith("..") ? absolute : shown || ".";
}

function policyFrom(dir?: string, cache?: CheckCache): Policy {
  return timed("load-policy", () => loadPolicy(readBundleDir(dir ?? fileURLToPath(DEFAULT_BUNDLE_DIR)), { cache }));
}

function render(result: CheckResult, format: Format, rules: Map<string, RuleMeta>, color: boolean): Report {
  switch (format) {
    case "json":
      return jsonReport(result);
    case "sarif":
      return formatSarif(result, [...rules.values()]);
    case "markdown":
      return formatMarkdown(result, { rules });
    default:
      return formatText(result, { color, rules });
  }
}

/**
 * `check --base`: the work tree's register judged as a change from `base` by the engine's one judge, as
 * the action judges a pull request. Compiled policies named with --policies inside the repository are
 * trusted as committed at `base`; the work tree's copy, if it differs, is judged apart (notes). Nobody
 * approves here: waiver edits count as approved, and a note says the pull request waits for the DPO.
 */
async function judgeBase(dir: string, base: string, policiesGiven: string | undefined, failOn: FailOn, today: string, store?: CheckCache) {
  const [{ repositoryOf }, { approveAll, judgeRevisions }] = await Promise.all([import("../git/snapshot.js"), import("../judge.js")]);
  const { repo, top, inRepo: records } = await repositoryOf(dir);
  try {
    await repo.resolve(base);
  } catch (e) {
    throw new RegisterError([{ file: "--base", message: (e as Error).message, hint: "name a branch, tag or commit, e.g. --base origin/main" }]);
  }
  const policiesDir = policiesGiven ?? fileURLToPath(DEFAULT_BUNDLE_DIR);
  const inside = policiesGiven ? relative(top, resolve(policiesGiven)).split(sep).join("/") : undefined;
  const policies = inside && !inside.startsWith("../") && inside !== ".." ? inside : undefined;
  const shown = (p: string) => relative(process.cwd(), join(top, p)).split(sep).join("/");
  return timed("judge", () =>
    judgeRevisions({
      repo,
      records,
      base,
      head: { files: readRegisterDir(dir) },
      policies,
      bundled: () => readBundleDir(policiesDir),
      ownPolicies: () => readBundleDir(policiesDir),
      shown,
      root: dir,
      approve: approveAll,
      today,
      failOn,
      store,
    }),
  );
}

/** What the text report says on standard error beside a change's findings. */
function baseNotes(change: Awaited<ReturnType<typeof judgeBase>>, base: string): string[] {
  const notes: string[] = [];
  const w = change.waivers;
  if (w.waivers.length || w.maxDays) {
    const what = [...(w.waivers.length ? [`the waivers ${w.waivers.join(", ")}`] : []), ...(w.maxDays ? ["`waiver_max_days`"] : [])].join(" and ");
    notes.push(`This change adds or edits ${what}: judged here as approved; on the pull request the check fails until the DPO team approves it.`);
  }
  const own = change.underOwnPolicies;
  if (own) {
    const verdict = "error" in own ? `they do not judge (${own.error})` : `their verdict would be ${own.verdict}`;
    notes.push(`The compiled policies differ from those at ${base}: the change is judged by the base's; under the work tree's own, ${verdict}.`);
  }
  return notes;
}

export async function check(run: Run, given: string, flags: CheckFlags): Promise<void> {
  const dir = inRepo(flags.repo, given);
  const output = flags.output === undefined ? undefined : inRepo(flags.repo, flags.output);
  checkOutput(output);
  const policies = flags.policies && inRepo(flags.repo, flags.policies);
  const today = resolveToday(flags.today);
  let result: CheckResult;
  let rules: Map<string, RuleMeta>;
  const store = flags.cache ? new CheckCache(flags.cacheDir === undefined ? defaultCacheDir(dir, run.env) : inRepo(flags.repo, flags.cacheDir), pkg.version) : undefined;
  if (flags.base) {
    const change = await judgeBase(dir, flags.base, policies, flags.failOn, today, store);
    rules = change.policy.rules;
    // What was already wrong at the base is not this change's doing: report what it introduces, and
    // count the rest (the reports say how many remain).
    result = { ...change.result, findings: change.result.introduced };
    if (flags.format === "text") for (const line of baseNotes(change, flags.base)) run.io.stderr(`${line}\n`);
  } else {
    const policy = policyFrom(policies, store);
    rules = policy.rules;
    result = await checkDirectory(dir, { policy, today, failOn: flags.failOn, read: { store } });
  }
  // A TTY on stdout says nothing about a file: a report written with --output never carries colour codes.
  timed("report", () => run.out(render(result, flags.format, rules, !output && colorFor(run, "stdout")), output));
  run.code = EXIT[result.verdict];
}

export async function due(run: Run, given: string, flags: { within: string; today?: string; format: "text" | "json" | "markdown"; policies?: string; repo?: string }): Promise<void> {
  const dir = inRepo(flags.repo, given);
  const days = Number(flags.within);
  if (!Number.isInteger(days) || days < 0 || days > 366) {
    throw new RegisterError([{ file: "--within", message: `${JSON.stringify(flags.within)} is not a number of days`, hint: "give a whole number from 0 to 366" }]);
  }
  const today = resolveToday(flags.today);
  const items = dueWithin(await readRegister(readRegisterDir(dir), dir), policyFrom(flags.policies && inRepo(flags.repo, flags.policies)), today, days);
  run.out(formatDue(items, { today, days, format: flags.format }));
}

export async function validate(run: Run, given: string, flags: { policies?: string; repo?: string }): Promise<void> {
  const dir = inRepo(flags.repo, given);
  // The rule ids waivers and promises name are checked against the rules that would judge them, as `check`
  // does; only their METADATA is read, nothing is evaluated.
  const policies = flags.policies ? inRepo(flags.repo, flags.policies) : fileURLToPath(DEFAULT_BUNDLE_DIR);
  const register = await readRegister(readRegisterDir(dir), dir, { rules: readRulesDir(policies) });
  run.out(`✔ ${register.records.size} records in ${dir} are valid`);
}

export function rules(run: Run, flags: { format: "text" | "json" | "markdown"; policies?: string; repo?: string }): void {
  run.out(formatRules([...policyFrom(flags.policies && inRepo(flags.repo, flags.policies)).rules.values()], flags.format));
}

export async function explain(run: Run, id: string, given: string | undefined, flags: { policies?: string; repo?: string }): Promise<void> {
  const rules = policyFrom(flags.policies && inRepo(flags.repo, flags.policies)).rules;
  const rule: RuleMeta | undefined = rules.get(id);
  if (!rule) {
    throw new RegisterError([{ file: "ropa explain", message: `no rule has the id ${JSON.stringify(id)}`, hint: "`ropa rules` lists every rule id" }]);
  }
  // The organisation's own promise, when there is a register to read it from.
  const dir = inRepo(flags.repo, given ?? "records");
  const register = given !== undefined || existsSync(dir) ? await readRegister(readRegisterDir(dir), dir) : undefined;
  run.out(explainRule(rule, register));
}
