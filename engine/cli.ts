// `ropa`: a thin shell over the engine. Parses arguments, calls the engine, prints, returns the exit code:
// 0 pass, 1 policy failures, 2 bad input or internal error (never 0 after an error). `main(argv, io)` runs
// in-process (tests call it with buffers); bin/ropa.js gives it the process's streams and sets the exit code.
// Only what `check` needs is loaded up front: the audit commands, git and octokit are imported when used.
import { Command, CommanderError, Option } from "commander";
import { existsSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import pkg from "../package.json" with { type: "json" };
import {
  DEFAULT_BUNDLE_DIR,
  checkDirectory,
  dueWithin,
  loadPolicy,
  readBundleDir,
  readRegister,
  readRegisterDir,
  RegisterError,
  resolveToday,
  type CheckResult,
  type FailOn,
  type Policy,
  type RuleMeta,
} from "./index.js";
import { CheckCache, defaultCacheDir } from "./cache.js";
import { checkOutput, emit, processIo, type Io } from "./output.js";
import { formatDue, formatJson, formatMarkdown, formatProblems, formatSarif, formatText } from "./report/index.js";
import { registerAuditCommands } from "./commands/audit.js";
import { registerSubprocessorsCommand } from "./commands/subprocessors.js";
import { registerInitCommands } from "./commands/init.js";
import { explainRule, formatRules } from "./rules.js";
import { reportTimings, timed } from "./timings.js";

export type { Io } from "./output.js";

const EXIT = { pass: 0, fail: 1, error: 2 } as const;

type Format = "text" | "json" | "sarif" | "markdown";

interface CheckFlags {
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

/** One run of the CLI: where it writes, its environment, and the exit code its command chose. */
export interface Run {
  io: Io;
  env: NodeJS.ProcessEnv;
  /** Writes a report to standard output, or whole to `file`. */
  out: (text: string, file?: string) => void;
  code: number;
}

const colorFor = (run: Run, stream: "stdout" | "stderr") => Boolean(run.io.tty?.[stream]) && !run.env.NO_COLOR;

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

function render(result: CheckResult, format: Format, rules: Map<string, RuleMeta>, color: boolean): string {
  switch (format) {
    case "json":
      return formatJson(result);
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
  const [{ repositoryOf }, { approveAll, judgeRevisions }] = await Promise.all([import("./git/snapshot.js"), import("./judge.js")]);
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


export function program(run: Run): Command {
  const cli = new Command("ropa")
    .description("Records of processing as code: check a GDPR register against its policies.")
    .version(pkg.version)
    // Set before any subcommand is added: subcommands inherit them.
    .configureOutput({ writeOut: run.io.stdout, writeErr: run.io.stderr })
    .showHelpAfterError()
    .exitOverride();

  const policiesOption = () => new Option("--policies <dir>", "folder with the compiled policies (policy.wasm, data.json, rules.json)").default(undefined, "the policies bundled with ropa");
  const repoOption = () => new Option("-C, --repo <dir>", "run as if ropa was started in <dir> (the register's repository): the other paths are read from there");

  cli
    .command("check")
    .description("validate the register and judge it against every rule")
    .argument("[dir]", "folder of the register's YAML records", "records")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "sarif", "markdown"]).default("text"))
    .option("--today <date>", "the date time-based rules use, YYYY-MM-DD (default: today, UTC)")
    .addOption(new Option("--fail-on <severity>", "lowest severity that fails the check").choices(["error", "warning"]).default("error"))
    .addOption(policiesOption())
    .option("-o, --output <file>", "write the report to a file instead of standard output")
    .option("--base <rev>", "judge the register as a change from this git revision (from where the current branch left it, like `git diff rev...`): rules about changes apply, and only what the change introduces counts")
    .option("--cache-dir <dir>", "keep parsed records and results here, so that the next check reads only what changed (default: $RUNNER_TEMP/ropa-cache in GitHub Actions, else .ropa-cache at the top of the repository)")
    .option("--no-cache", "read and judge everything afresh, and keep nothing")
    .addOption(repoOption())
    .action(async (given: string, flags: CheckFlags) => {
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
      timed("report", () => run.out(render(result, flags.format, rules, colorFor(run, "stdout") && !output), output));
      run.code = EXIT[result.verdict];
    });

  cli
    .command("due")
    .description("list what becomes due within a window: expiring waivers, stale assessments and DPIA reviews, notice periods ending")
    .argument("[dir]", "folder of the register's YAML records", "records")
    .option("--within <days>", "the window, in days", "14")
    .option("--today <date>", "the first day of the window, YYYY-MM-DD (default: today, UTC)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .addOption(policiesOption())
    .addOption(repoOption())
    .action(async (given: string, flags: { within: string; today?: string; format: "text" | "json" | "markdown"; policies?: string; repo?: string }) => {
      const dir = inRepo(flags.repo, given);
      const days = Number(flags.within);
      if (!Number.isInteger(days) || days < 0 || days > 366) {
        throw new RegisterError([{ file: "--within", message: `${JSON.stringify(flags.within)} is not a number of days`, hint: "give a whole number from 0 to 366" }]);
      }
      const today = resolveToday(flags.today);
      const items = dueWithin(await readRegister(readRegisterDir(dir), dir), policyFrom(flags.policies && inRepo(flags.repo, flags.policies)), today, days);
      run.out(formatDue(items, { today, days, format: flags.format }));
    });

  cli
    .command("validate")
    .description("check only the schema and the references between records")
    .argument("[dir]", "folder of the register's YAML records", "records")
    .addOption(repoOption())
    .action(async (given: string, flags: { repo?: string }) => {
      const dir = inRepo(flags.repo, given);
      const register = await readRegister(readRegisterDir(dir), dir);
      run.out(`✔ ${register.records.size} records in ${dir} are valid`);
    });

  cli
    .command("rules")
    .description("list every rule with its severity and legal basis")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .addOption(policiesOption())
    .addOption(repoOption())
    .action((flags: { format: "text" | "json" | "markdown"; policies?: string; repo?: string }) => {
      run.out(formatRules([...policyFrom(flags.policies && inRepo(flags.repo, flags.policies)).rules.values()], flags.format));
    });

  cli
    .command("explain")
    .description("explain one rule: what it checks, why, and how to fix a finding")
    .argument("<rule-id>", "e.g. storage.promised_location")
    .argument("[dir]", "folder of the register whose promises to quote (default: records, when there is one)")
    .addOption(policiesOption())
    .addOption(repoOption())
    .action(async (id: string, given: string | undefined, flags: { policies?: string; repo?: string }) => {
      const rules = policyFrom(flags.policies && inRepo(flags.repo, flags.policies)).rules;
      const rule: RuleMeta | undefined = rules.get(id);
      if (!rule) {
        throw new RegisterError([{ file: "ropa explain", message: `no rule has the id ${JSON.stringify(id)}`, hint: "`ropa rules` lists every rule id" }]);
      }
      // The organisation's own promise, when there is a register to read it from.
      const dir = inRepo(flags.repo, given ?? "records");
      const register = given !== undefined || existsSync(dir) ? await readRegister(readRegisterDir(dir), dir) : undefined;
      run.out(explainRule(rule, register));
    });

  return registerInitCommands(registerSubprocessorsCommand(registerAuditCommands(cli, run), run), run);
}

/** Runs are serialised: one at a time may move the process into its folder. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `ropa` with `argv` (without the node and script names) and returns its exit code. Nothing calls
 * process.exit. The engine reads relative paths from the process's folder, so a run whose `io.cwd` is another
 * folder moves the process there for its duration, one run at a time.
 */
export function main(argv: string[], io: Io = processIo()): Promise<number> {
  const result = queue.then(() => runIn(argv, io));
  queue = result.catch(() => {});
  return result;
}

async function runIn(argv: string[], io: Io): Promise<number> {
  const before = process.cwd();
  if (io.cwd && io.cwd !== before) process.chdir(io.cwd);
  try {
    return await runCommand(argv, io);
  } finally {
    if (process.cwd() !== before) process.chdir(before);
  }
}

async function runCommand(argv: string[], io: Io): Promise<number> {
  const run: Run = { io, env: io.env ?? process.env, code: EXIT.pass, out: (text, file) => emit(io.stdout, text, file) };
  try {
    await program(run).parseAsync(argv, { from: "user" });
    reportTimings(io.stderr);
    return run.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version end "successfully"; any other usage error is the user's input.
      return e.exitCode === 0 ? 0 : EXIT.error;
    }
    if (e instanceof RegisterError) {
      io.stderr(formatProblems(e.problems, colorFor(run, "stderr")) + "\n");
      return EXIT.error;
    }
    io.stderr(`ropa: internal error, nothing was judged: ${e instanceof Error ? e.message : String(e)}\n`);
    if (run.env.ROPA_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`);
    return EXIT.error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
