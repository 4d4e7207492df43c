// `ropa`: a thin shell over the engine. Parses arguments, calls the engine, prints, returns the exit code:
// 0 pass, 1 policy failures, 2 bad input or internal error (never 0 after an error). `main(argv, io)` runs
// in-process (tests call it with buffers); bin/ropa.cjs gives it the process's streams and sets the exit code.
// This module holds only the commands' definitions: each command imports what it runs when it runs, so
// `--help` and `--version` load no engine, and `check` loads no git history, octokit or audit rendering.
import { Command, CommanderError, Option } from "commander";
import { fileURLToPath } from "node:url";
import pkg from "../package.json" with { type: "json" };
import { RegisterError } from "./errors.js";
import { colorFor, emit, EXIT, processIo, type Io, type Report } from "./output.js";
import { registerAuditCommands } from "./commands/audit.js";
import type { CheckFlags } from "./commands/check.js";
import { registerSubprocessorsCommand } from "./commands/subprocessors.js";
import { registerInitCommands } from "./commands/init.js";
import { registerMigrateCommand } from "./commands/migrate.js";
import { reportTimings } from "./timings.js";

export type { Io } from "./output.js";

/** One run of the CLI: where it writes, its environment, and the exit code its command chose. */
export interface Run {
  io: Io;
  env: NodeJS.ProcessEnv;
  /** Writes a report to standard output, or whole to `file`. */
  out: (report: Report, file?: string) => void;
  code: number;
}

const commands = () => import("./commands/check.js");

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
    .action(async (given: string, flags: CheckFlags) => (await commands()).check(run, given, flags));

  cli
    .command("due")
    .description("list what becomes due within a window: expiring waivers, stale assessments and DPIA reviews, notice periods ending")
    .argument("[dir]", "folder of the register's YAML records", "records")
    .option("--within <days>", "the window, in days", "14")
    .option("--today <date>", "the first day of the window, YYYY-MM-DD (default: today, UTC)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .addOption(policiesOption())
    .addOption(repoOption())
    .action(async (given: string, flags: { within: string; today?: string; format: "text" | "json" | "markdown"; policies?: string; repo?: string }) => (await commands()).due(run, given, flags));

  cli
    .command("validate")
    .description("check only the schema and the references between records")
    .argument("[dir]", "folder of the register's YAML records", "records")
    .addOption(policiesOption())
    .addOption(repoOption())
    .action(async (given: string, flags: { policies?: string; repo?: string }) => (await commands()).validate(run, given, flags));

  cli
    .command("rules")
    .description("list every rule with its severity and legal basis")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .addOption(policiesOption())
    .addOption(repoOption())
    .action(async (flags: { format: "text" | "json" | "markdown"; policies?: string; repo?: string }) => (await commands()).rules(run, flags));

  cli
    .command("explain")
    .description("explain one rule: what it checks, why, and how to fix a finding")
    .argument("<rule-id>", "e.g. storage.promised_location")
    .argument("[dir]", "folder of the register whose promises to quote (default: records, when there is one)")
    .addOption(policiesOption())
    .addOption(repoOption())
    .action(async (id: string, given: string | undefined, flags: { policies?: string; repo?: string }) => (await commands()).explain(run, id, given, flags));

  return registerMigrateCommand(registerInitCommands(registerSubprocessorsCommand(registerAuditCommands(cli, run), run), run), run);
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
      const { formatProblems } = await import("./report/text.js");
      io.stderr(formatProblems(e.problems, colorFor(run, "stderr")) + "\n");
      return EXIT.error;
    }
    io.stderr(`ropa: internal error, nothing was judged: ${e instanceof Error ? e.message : String(e)}\n`);
    if (run.env.ROPA_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`);
    return EXIT.error;
  }
}

// Run from the sources (`npm run ropa`); the package's bin/ropa.cjs calls main itself.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
