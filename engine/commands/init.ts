// `ropa init [dir]` starts a new register repository from a template (an organisation record with values to
// fill, one example record of each kind, the workflow, CODEOWNERS, a README for its maintainers), and
// `ropa schema [dir]` writes the JSON Schemas that the records' `# yaml-language-server` lines point at.
// What they write is in ../register-template.ts, loaded when one of them runs.
import { Command, Option } from "commander";
import { isAbsolute, resolve } from "node:path";
import type { Run } from "../cli.js";

const template = () => import("../register-template.js");

export function registerInitCommands(cli: Command, run: Run): Command {
  const repoOption = () => new Option("-C, --repo <dir>", "run as if ropa was started in <dir>");
  const at = (repo: string | undefined, dir: string) => (repo && !isAbsolute(dir) ? resolve(repo, dir) : dir);

  cli
    .command("init")
    .description("start a new register repository: records to fill in, the workflow, CODEOWNERS, the schemas and a README")
    .argument("[dir]", "the folder of the new repository (created if missing)", ".")
    .addOption(repoOption())
    .action(async (given: string, flags: { repo?: string }) => {
      const dir = at(flags.repo, given);
      const written = (await template()).initRegister(dir);
      const c = dir === "." ? "" : ` -C ${dir}`;
      run.out(
        [
          `✔ A new register in ${dir}: ${written.length} files (records/, schemas/, .github/, README.md).`,
          "Next:",
          `  1. Replace every "FILL IN" value in records/ (ropa check${c} names each one left).`,
          "  2. Replace the example records with your own, and state your promises in records/organisation.yaml.",
          `  3. ropa check${c}   — green when the register is complete and breaks no rule.`,
        ].join("\n"),
      );
    });

  cli
    .command("schema")
    .description("write the JSON Schemas of the records into a folder, for editors (the records' `$schema` lines point there)")
    .argument("[dir]", "the folder to write them into", "schemas")
    .addOption(repoOption())
    .action(async (given: string, flags: { repo?: string }) => {
      const dir = at(flags.repo, given);
      const { schemaFiles, writeAll } = await template();
      const files = schemaFiles();
      writeAll(dir, files);
      run.out(`✔ ${files.size} schemas written to ${dir}`);
    });

  return cli;
}
