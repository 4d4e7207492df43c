// The floor of the benchmark: only finding, reading and parsing the register's YAML files with the `yaml`
// package, as any tool that reads the register must. No positions, no validation, no policies.
//   node floor.mjs <dir>     (run.ts bundles it with esbuild, like the CLI)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const dir = process.argv[2];
if (!dir) throw new Error("usage: floor <dir>");
let files = 0;
let keys = 0;
for (const rel of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
  if (!/\.ya?ml$/i.test(rel)) continue;
  const doc = parse(readFileSync(join(dir, rel), "utf8")) as Record<string, unknown>;
  files++;
  keys += Object.keys(doc).length; // use the result, so nothing is optimised away
}
process.stdout.write(JSON.stringify({ files, keys }) + "\n");
