import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { RegisterError, type Problem } from "./errors.js";
import type { SourceFile } from "./types.js";

/** The largest record file read; a register entry is a page of YAML, not megabytes. */
export const MAX_FILE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function isRecordFile(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/**
 * Reads every `.yaml`/`.yml` file below `dir`, sorted, skipping hidden folders.
 * Paths are given as `dir` was (e.g. `records/subprocessors/aws.yaml`) so they are clickable from where ropa ran.
 */
export function readRegisterDir(dir: string): SourceFile[] {
  let root: string;
  try {
    if (!statSync(dir).isDirectory()) throw new Error();
    root = realpathSync(dir);
  } catch {
    throw new RegisterError([{ file: dir, message: "no such folder", hint: "name the folder that holds the register's YAML files (default: records)" }]);
  }
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith(".")) continue;
      const full = join(abs, entry.name);
      const shown = toPosix(join(dir, relative(root, full)));
      let target = full;
      if (entry.isSymbolicLink()) {
        try {
          target = realpathSync(full);
        } catch {
          problems.push({ file: shown, message: "a symbolic link that leads nowhere", hint: "remove the link or point it at a file inside the register" });
          continue;
        }
        if (target !== root && !target.startsWith(root + sep)) {
          problems.push({ file: shown, message: "a symbolic link that leads out of the register folder", hint: "copy the record into the register instead of linking to it" });
          continue;
        }
      }
      const stat = lstatSync(target);
      if (stat.isDirectory()) {
        if (!entry.isSymbolicLink()) walk(full);
      } else if (stat.isFile() && isRecordFile(entry.name)) {
        if (stat.size > MAX_FILE_BYTES) {
          problems.push({ file: shown, message: `the file is ${Math.round(stat.size / 1024)} KiB, over the ${MAX_FILE_BYTES / 1024} KiB limit for one record`, hint: "split it into one record per file" });
          continue;
        }
        const decoded = decode(readFileSync(target), shown);
        if (typeof decoded === "string") files.push({ path: shown, text: decoded });
        else problems.push(decoded);
      }
    }
  };
  walk(root);
  if (problems.length) throw new RegisterError(problems);
  return files;
}

/** Decodes strict UTF-8; anything else is named, not silently replaced. */
export function decode(bytes: Uint8Array, path: string): string | Problem {
  try {
    return utf8.decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const line = text.slice(0, bad).split("\n").length;
    return { file: path, line, col: 1, message: "the file is not valid UTF-8", hint: "save the file as UTF-8 (your editor's 'Save with encoding')" };
  }
}

function toPosix(p: string): string {
  return p.split(sep).join("/");
}
