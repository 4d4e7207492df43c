// The licences of the packages an esbuild bundle holds, as one text file beside it: each package's name,
// version, licence and the text of its LICENSE file (what MIT, ISC, BSD and Apache ask of a redistribution).
// A package without a licence file, or under a licence not in ALLOWED (the same list as `npm run licenses`
// checks installed dependencies against), fails the build rather than ship. A package whose published
// version states its licence but ships no licence text has it in scripts/licenses/<name>@<version>.txt,
// copied from its source, which the file's first line names: a decision per version, never a wildcard.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Metafile } from "esbuild";

// jszip is offered under MIT or GPL-3.0 (we take MIT); pako's code is MIT and its zlib port Zlib, both permissive.
export const ALLOWED = ["MIT", "ISC", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "BlueOak-1.0.0", "(MIT OR GPL-3.0-or-later)", "(MIT AND Zlib)"];

/** Licence texts kept in the repository for packages that ship none (see above). */
const VENDORED = fileURLToPath(new URL("licenses/", import.meta.url));

/** The package folders (node_modules/…) that the bundle's inputs come from, each once. */
function packagesOf(metafile: Metafile, root: string): string[] {
  const dirs = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const parts = input.split(/[\\/]/);
    const at = parts.lastIndexOf("node_modules");
    if (at < 0) continue;
    const name = parts[at + 1]!.startsWith("@") ? parts.slice(at + 1, at + 3) : [parts[at + 1]!];
    dirs.add(join(root, ...parts.slice(0, at + 1), ...name));
  }
  return [...dirs].sort();
}

export function bundleLicenses(metafile: Metafile, root: string): string {
  const entries: string[] = [];
  const missing: string[] = [];
  for (const dir of packagesOf(metafile, root)) {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; version: string; license?: string };
    const own = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const vendored = join(VENDORED, `${pkg.name.replace("/", "+")}@${pkg.version}.txt`);
    const file = own ? join(dir, own) : existsSync(vendored) ? vendored : undefined;
    if (!pkg.license || !file) missing.push(`${pkg.name}@${pkg.version} has no licence file (${dir.split(sep).slice(-2).join("/")})`);
    else if (!ALLOWED.includes(pkg.license)) missing.push(`${pkg.name}@${pkg.version} is under ${pkg.license}, not one of ${ALLOWED.join(", ")}`);
    const text = file ? readFileSync(file, "utf8").trim() : "";
    entries.push(`${pkg.name} ${pkg.version}\nLicense: ${pkg.license ?? "(none stated)"}\n\n${text}`);
  }
  if (missing.length) throw new Error(`bundled packages that cannot ship:\n${missing.join("\n")}`);
  return `Third-party packages bundled in this folder's JavaScript, with their licences.\n\n${entries.join(`\n\n${"-".repeat(72)}\n\n`)}\n`;
}
