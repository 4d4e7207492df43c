// Writes the JSON input document the engine gives the policies (engine/check.ts policyInput), for
// `opa eval --input`: the same document the WebAssembly policy sees, built by the engine's own functions.
//   npx tsx scripts/bench/input.ts <register dir> <out.json> [--today YYYY-MM-DD]
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { policyInput, readRegister } from "../../engine/index.js";
import type { SourceFile } from "../../engine/types.js";

/**
 * The register's files, sorted, with paths as `readRegisterDir` gives them: the same records, and so the same
 * document. A plain walk, so that with `npm run bench -- --lift-limits` (which lifts MAX_FILES and
 * MAX_REGISTER_BYTES in the engine's loader too) it also writes inputs past those limits.
 */
export function readFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((rel) => /\.ya?ml$/i.test(rel) && !rel.split("/").some((p) => p.startsWith(".")))
    .sort()
    .map((rel) => ({ path: join(dir, rel).split("\\").join("/"), text: readFileSync(join(dir, rel), "utf8") }));
}

/** Parses, validates and resolves the register with the engine and writes policyInput(register, today) as JSON. */
export async function writePolicyInput(dir: string, out: string, today: string): Promise<{ bytes: number }> {
  const register = await readRegister(readFiles(dir), dir);
  const json = JSON.stringify(policyInput(register, today));
  writeFileSync(out, json);
  return { bytes: Buffer.byteLength(json) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, out] = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--today");
  const at = process.argv.indexOf("--today");
  if (!dir || !out) {
    console.error("usage: tsx scripts/bench/input.ts <register dir> <out.json> [--today YYYY-MM-DD]");
    process.exit(2);
  }
  const { bytes } = await writePolicyInput(dir, out, at > 0 ? process.argv[at + 1] : new Date().toISOString().slice(0, 10));
  console.log(`bench:input: ${out} (${(bytes / 1048576).toFixed(1)} MiB)`);
}
