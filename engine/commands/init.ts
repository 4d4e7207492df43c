// `ropa init [dir]` starts a new register repository from a template (an organisation record with values to
// fill, one example record of each kind, the workflow, CODEOWNERS, a README for its maintainers), and
// `ropa schema [dir]` writes the JSON Schemas that the records' `# yaml-language-server` lines point at.
import { Command, Option } from "commander";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { RegisterError } from "../errors.js";
import { PACKAGE_ROOT } from "../index.js";
import type { Run } from "../cli.js";
import common from "../schemas/common.schema.json" with { type: "json" };
import { SCHEMAS } from "../validate.js";
import { ACTION_REF, TOOL } from "../tool.js";

// From the package's root: this module is compiled into dist/ in the package, and engine/templates ships beside it.
const TEMPLATE = fileURLToPath(new URL("engine/templates/register", PACKAGE_ROOT));

/** Every file of the template, as paths relative to it. */
function templateFiles(dir = TEMPLATE): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(TEMPLATE, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

/** The JSON Schemas by file name, as the records' `$schema` lines name them. */
export function schemaFiles(): Map<string, string> {
  const files = new Map<string, string>([["common.schema.json", JSON.stringify(common, null, 2) + "\n"]]);
  for (const { file, schema } of Object.values(SCHEMAS)) files.set(file, JSON.stringify(schema, null, 2) + "\n");
  return files;
}

// The template names ropa's release by these, so that a new register pins the release that wrote it.
const FILLED: Record<string, string> = { "{{ropa.action}}": ACTION_REF, "{{ropa.home}}": TOOL.home, "{{ropa.version}}": TOOL.version };
const filled = (text: string) => text.replace(/\{\{ropa\.\w+\}\}/g, (token) => FILLED[token] ?? token);

function writeAll(root: string, files: Map<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Writes a new register into `dir`; refuses, writing nothing, when any of its files is there already. */
export function initRegister(dir: string): string[] {
  const files = new Map(templateFiles().map((f) => [f, filled(readFileSync(join(TEMPLATE, f), "utf8"))] as const));
  for (const [name, text] of schemaFiles()) files.set(`schemas/${name}`, text);
  const taken = [...files.keys()].filter((f) => existsSync(join(dir, f)));
  if (existsSync(join(dir, "records")) && readdirSync(join(dir, "records")).length) taken.unshift("records/");
  if (taken.length) {
    throw new RegisterError(taken.map((f) => ({ file: join(dir, f), message: "already exists: ropa init writes a new register and overwrites nothing", hint: "run it in an empty folder, or name a new one: ropa init <dir>" })));
  }
  writeAll(dir, files);
  return [...files.keys()];
}

export function registerInitCommands(cli: Command, run: Run): Command {
  const repoOption = () => new Option("-C, --repo <dir>", "run as if ropa was started in <dir>");
  const at = (repo: string | undefined, dir: string) => (repo && !isAbsolute(dir) ? resolve(repo, dir) : dir);

  cli
    .command("init")
    .description("start a new register repository: records to fill in, the workflow, CODEOWNERS, the schemas and a README")
    .argument("[dir]", "the folder of the new repository (created if missing)", ".")
    .addOption(repoOption())
    .action((given: string, flags: { repo?: string }) => {
      const dir = at(flags.repo, given);
      const written = initRegister(dir);
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
    .action((given: string, flags: { repo?: string }) => {
      const dir = at(flags.repo, given);
      const files = schemaFiles();
      writeAll(dir, files);
      run.out(`✔ ${files.size} schemas written to ${dir}`);
    });

  return cli;
}
