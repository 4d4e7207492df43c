import { rmSync, statSync, writeFileSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { RegisterError } from "./errors.js";

/** Refuses an --output path whose folder does not exist, before any work is done for it. */
export function checkOutput(output?: string): void {
  if (!output) return;
  const folder = dirname(output);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // missing: said below
  }
  if (!isFolder) throw new RegisterError([{ file: output, message: `--output names a file in \`${folder}\`, which is not a folder that exists`, hint: "create the folder first, or name a file in an existing one" }]);
}

/** Writes a report to stdout, or to a file whole or not at all: a reader never sees half a file. */
export function emit(text: string, output?: string): void {
  if (!output) {
    process.stdout.write(text.endsWith("\n") ? text : text + "\n");
    return;
  }
  const tmp = `${output}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, output);
  } catch (e) {
    rmSync(tmp, { force: true });
    const reason = (e as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new RegisterError([{ file: output, message: `--output cannot be written: ${reason}`, hint: "name a file in a folder that exists and that you may write to" }]);
  }
}
