import { renameSync, writeFileSync } from "node:fs";

/** Writes a report to stdout, or to a file whole or not at all: a reader never sees half a file. */
export function emit(text: string, output?: string): void {
  if (!output) {
    process.stdout.write(text.endsWith("\n") ? text : text + "\n");
    return;
  }
  const tmp = `${output}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, output);
}
