// `ropa`: a thin shell over the engine. Parses arguments, calls the engine, prints, sets the exit code:
// 0 pass, 1 policy failures, 2 bad input or internal error (never 0 after an error).
import { Command, CommanderError, Option } from "commander";
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pkg from "../package.json" with { type: "json" };
import {
  DEFAULT_BUNDLE_DIR,
  checkDirectory,
  dueWithin,
  judgeChange,
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
  type ReadCache,
} from "./index.js";
import { readRegisterAt } from "./git/snapshot.js";
import { checkOutput, emit } from "./output.js";
import { formatDue, formatJson, formatMarkdown, formatProblems, formatSarif, formatText } from "./report/index.js";
import { registerAuditCommands } from "./commands/audit.js";
import { registerSubprocessorsCommand } from "./commands/subprocessors.js";
import { explainRule, formatRules } from "./rules.js";
import { reportTimings, timed } from "./timings.js";

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
}

const color = process.stdout.isTTY && !process.env.NO_COLOR;

/**
 * A path the user gave, as if ropa had started in `--repo` (like `git -C`), shown relative to where it
 * did start so that file:line stays clickable; an absolute path stays as given.
 */
function inRepo(repo: string | undefined, path: string): string {
  if (!repo || isAbsolute(path)) return path;
  return relative(process.cwd(), resolve(repo, path)) || ".";
}

function policyFrom(dir?: string): Policy {
  return timed("load-policy", () => loadPolicy(readBundleDir(dir ?? fileURLToPath(DEFAULT_BUNDLE_DIR))));
}

function render(result: CheckResult, format: Format, policy: Policy, toFile: boolean): string {
  switch (format) {
    case "json":
      return formatJson(result);
    case "sarif":
      return formatSarif(result, [...policy.rules.values()]);
    case "markdown":
      return formatMarkdown(result, { rules: policy.rules });
    default:
      // A TTY on stdout says nothing about a file: a report written with --output never carries colour codes.
      return formatText(result, { color: color && !toFile, rules: policy.rules });
  }
}


export function program(): Command {
  const cli = new Command("ropa")
    .description("Records of processing as code: check a GDPR register against its policies.")
    .version(pkg.version)
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
    .addOption(repoOption())
    .action(async (given: string, flags: CheckFlags) => {
      const dir = inRepo(flags.repo, given);
      const output = flags.output === undefined ? undefined : inRepo(flags.repo, flags.output);
      checkOutput(output);
      const policy = policyFrom(flags.policies && inRepo(flags.repo, flags.policies));
      const today = resolveToday(flags.today);
      let result: CheckResult;
      if (flags.base) {
        const cache: ReadCache = new Map();
        const head = await readRegister(readRegisterDir(dir), dir, { cache });
        const base = await readRegister(await readRegisterAt(dir, flags.base), dir, { cache });
        const change = judgeChange({ base, head, policy, today, failOn: flags.failOn });
        // What was already wrong at the base is not this change's doing: report what it introduces.
        result = { ...change, findings: change.introduced };
        if (change.existing.length && flags.format === "text") process.stderr.write(`${change.existing.length} findings were already present at ${flags.base} and are not counted.\n`);
      } else {
        result = await checkDirectory(dir, { policy, today, failOn: flags.failOn });
      }
      timed("report", () => emit(render(result, flags.format, policy, Boolean(output)), output));
      process.exitCode = EXIT[result.verdict];
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
      emit(formatDue(items, { today, days, format: flags.format }));
    });

  cli
    .command("validate")
    .description("check only the schema and the references between records")
    .argument("[dir]", "folder of the register's YAML records", "records")
    .addOption(repoOption())
    .action(async (given: string, flags: { repo?: string }) => {
      const dir = inRepo(flags.repo, given);
      const register = await readRegister(readRegisterDir(dir), dir);
      emit(`✔ ${register.records.size} records in ${dir} are valid`);
    });

  cli
    .command("rules")
    .description("list every rule with its severity and legal basis")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .addOption(policiesOption())
    .addOption(repoOption())
    .action((flags: { format: "text" | "json" | "markdown"; policies?: string; repo?: string }) => {
      emit(formatRules([...policyFrom(flags.policies && inRepo(flags.repo, flags.policies)).rules.values()], flags.format));
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
      emit(explainRule(rule, register));
    });

  return registerSubprocessorsCommand(registerAuditCommands(cli));
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: "user" });
    reportTimings();
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version end "successfully"; any other usage error is the user's input.
      return e.exitCode === 0 ? 0 : EXIT.error;
    }
    if (e instanceof RegisterError) {
      process.stderr.write(formatProblems(e.problems, process.stderr.isTTY && !process.env.NO_COLOR) + "\n");
      return EXIT.error;
    }
    process.stderr.write(`ropa: internal error, nothing was judged: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.ROPA_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return EXIT.error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
