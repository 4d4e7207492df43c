// What `ropa init` and `ropa schema` write: the register template that ships in engine/templates, and the
// JSON Schemas of the records. Loaded only by those two commands (engine/commands/init.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { RegisterError } from "./errors.js";
import { PACKAGE_ROOT } from "./index.js";
import common from "./schemas/common.schema.json" with { type: "json" };
import { SCHEMAS } from "./validate.js";
import { ACTION_REF, TOOL } from "./tool.js";

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

export function writeAll(root: string, files: Map<string, string>): void {
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
