// `ropa subprocessors`: the public subprocessor list and its change feed, read from git objects at a
// revision (nothing is checked out). Exit 0 done, 2 bad input (printed by the CLI).
import { Command, Option } from "commander";
import type { Run } from "../cli.js";
import { RegisterError } from "../errors.js";
import { safeUrl } from "../report/escape.js";

type Format = "md" | "html" | "json" | "atom";

export function registerSubprocessorsCommand(program: Command, run: Run): Command {
  program
    .command("subprocessors")
    .description("the public subprocessor list (name, purpose, data categories, locations, transfer mechanism) and, as Atom, the feed of its changes with their effective dates")
    .addOption(new Option("-f, --format <format>", "output format").choices(["md", "html", "json", "atom"]).default("md"))
    .option("--rev <revision>", "the branch or commit to read", "HEAD")
    .option("--records <dir>", "folder of the register's records, inside the repository", "records")
    .option("--policies <dir>", "folder of the compiled policies, inside the repository (each commit's judge its transfers; else ropa's own)", "policies/build")
    .option("--feed-url <url>", "where the Atom feed will be published (its self link)")
    .option("-C, --repo <dir>", "the git repository of the register", ".")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(async (flags: { format: Format; rev: string; records: string; policies: string; feedUrl?: string; repo: string; output?: string }) => {
      if (flags.feedUrl !== undefined && !safeUrl(flags.feedUrl)) {
        throw new RegisterError([{ file: "--feed-url", message: `${JSON.stringify(flags.feedUrl)} is not an http(s) address`, hint: "give the address the feed is published at, e.g. https://example.org/subprocessors.atom" }]);
      }
      // Loaded by this command only, so `ropa check` does not load git history.
      const [{ subprocessorHistory }, { GitObjects }, { formatSubprocessorsAtom, formatSubprocessorsHtml, formatSubprocessorsJson, formatSubprocessorsMarkdown }] = await Promise.all([
        import("../audit/subprocessors.js"),
        import("../git/objects.js"),
        import("../report/subprocessors.js"),
      ]);
      const repo = new GitObjects(flags.repo);
      if (!(await repo.git.checkIsRepo().catch(() => false))) {
        throw new RegisterError([{ file: flags.repo, message: "not a git repository", hint: "run ropa inside the register's repository, or name it with --repo <dir>" }]);
      }
      const list = await subprocessorHistory(repo, { rev: flags.rev, records: flags.records, policies: flags.policies });
      const render = {
        md: formatSubprocessorsMarkdown,
        html: formatSubprocessorsHtml,
        json: formatSubprocessorsJson,
        atom: () => formatSubprocessorsAtom(list, flags.feedUrl ? { feedUrl: flags.feedUrl } : {}),
      }[flags.format];
      run.out(render(list), flags.output);
    });
  return program;
}
