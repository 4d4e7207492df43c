// `npm run check-dist`: the committed build outputs are what a fresh build writes, as
// actions/typescript-action's check-dist job does. Fails, naming each stale file, when
// - policies/build/ differs from `npm run build:policies` (built from a copy elsewhere, so the output cannot
//   depend on where the clone is; needs the pinned OPA: `npm run tools`), or
// - actions/check/dist/ differs from `npm run build:action`.
// Not part of `npm test` (rebuilding takes minutes on a small machine): CI runs it as its own job.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAction } from "./build-action.js";
import { buildPolicies } from "./build-policies.js";
import { OPA } from "./tools.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function files(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, join(prefix, e.name)) : [join(prefix, e.name)]));
}

/** What differs between a fresh build in `fresh` and the committed `committed` (relative to ROOT). */
function compare(fresh: string, committed: string, fix: string): string[] {
  const want = join(ROOT, committed);
  const have = existsSync(want) ? files(want) : [];
  const built = files(fresh);
  const stale = [
    ...built.filter((f) => !have.includes(f)).map((f) => `${committed}/${f} is missing`),
    ...have.filter((f) => !built.includes(f)).map((f) => `${committed}/${f} is no longer built`),
    ...built.filter((f) => have.includes(f) && !readFileSync(join(fresh, f)).equals(readFileSync(join(want, f)))).map((f) => `${committed}/${f} is stale`),
  ];
  return stale.map((s) => `${s}: run \`${fix}\` and commit it`);
}

export async function checkDist(): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), "ropa-check-dist-"));
  try {
    if (!existsSync(OPA)) return ["the pinned OPA is missing: run `npm run tools`"];
    cpSync(join(ROOT, "policies"), join(work, "policies"), { recursive: true, filter: (src) => !src.endsWith("/build") });
    buildPolicies(join(work, "policies"), join(work, "policies-build"));
    await buildAction(join(work, "action"));
    return [...compare(join(work, "policies-build"), "policies/build", "npm run build:policies"), ...compare(join(work, "action"), "actions/check/dist", "npm run build:action")];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const problems = await checkDist();
for (const p of problems) console.error(p);
console.log(problems.length ? `check-dist: ${problems.length} stale` : "check-dist: policies/build and actions/check/dist are what a fresh build writes");
process.exitCode = problems.length ? 1 : 0;
