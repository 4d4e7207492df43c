import { RegisterError, type Problem } from "../errors.js";
import { BUNDLE_FILES, PolicyError, type PolicyBundle } from "../policy.js";
import { decode, isRecordFile, MAX_FILE_BYTES } from "../source.js";
import type { SourceFile } from "../types.js";
import { GitObjects } from "./objects.js";

/** The register's files as they were at `rev`, read from git objects (paths relative to the repository root). */
export async function registerAt(repo: GitObjects, rev: string, recordsDir: string): Promise<SourceFile[]> {
  const entries = (await repo.tree(rev, recordsDir)).filter((e) => isRecordFile(e.path) && !e.path.split("/").some((p) => p.startsWith(".")));
  const problems: Problem[] = [];
  const small = entries.filter((e) => {
    if (e.size <= MAX_FILE_BYTES) return true;
    problems.push({ file: e.path, message: `the file is ${Math.round(e.size / 1024)} KiB, over the ${MAX_FILE_BYTES / 1024} KiB limit for one record`, hint: "split it into one record per file" });
    return false;
  });
  const blobs = await repo.blobs(small.map((e) => e.oid));
  const files: SourceFile[] = [];
  for (const e of small) {
    const text = decode(blobs.get(e.oid)!, e.path);
    if (typeof text === "string") files.push({ path: e.path, text });
    else problems.push(text);
  }
  if (problems.length) throw new RegisterError(problems);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The compiled policies committed at `rev` in `dir`, so that a change is judged by the rules it did not write. */
export async function bundleAt(repo: GitObjects, rev: string, dir: string): Promise<PolicyBundle> {
  const clean = dir.replace(/^\.?\/+|\/+$/g, "");
  const entries = await repo.tree(rev, clean);
  const find = (name: string) => {
    const entry = entries.find((e) => e.path === `${clean}/${name}`);
    if (!entry) throw new PolicyError(`${clean}/${name} does not exist at ${rev.slice(0, 12)}; commit the output of \`npm run build:policies\``);
    return entry;
  };
  const wanted = { wasm: find(BUNDLE_FILES.wasm), data: find(BUNDLE_FILES.data), rules: find(BUNDLE_FILES.rules) };
  const blobs = await repo.blobs(Object.values(wanted).map((e) => e.oid));
  try {
    return {
      wasm: blobs.get(wanted.wasm.oid)!,
      data: JSON.parse(blobs.get(wanted.data.oid)!.toString("utf8")),
      rules: JSON.parse(blobs.get(wanted.rules.oid)!.toString("utf8")),
    };
  } catch (e) {
    throw new PolicyError(`the compiled policies in ${clean} at ${rev.slice(0, 12)} are unreadable: ${(e as Error).message}`);
  }
}
