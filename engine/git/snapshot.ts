import { existsSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { simpleGit } from "simple-git";
import { RegisterError, type Problem } from "../errors.js";
import { BUNDLE_FILES, PolicyError, type PolicyBundle } from "../policy.js";
import { decode, isRecordFile, MAX_FILE_BYTES } from "../source.js";
import type { SourceFile } from "../types.js";
import { GitObjects } from "./objects.js";

/** Whether a path in the repository can hold a record: a YAML file, in no hidden folder. */
export function isRegisterPath(path: string): boolean {
  return isRecordFile(path) && !path.split("/").some((p) => p.startsWith("."));
}

/** The register's files as they were at `rev`, read from git objects (paths relative to the repository root). */
export async function registerAt(repo: GitObjects, rev: string, recordsDir: string): Promise<SourceFile[]> {
  const entries = (await repo.tree(rev, recordsDir)).filter((e) => isRegisterPath(e.path));
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

/**
 * The register in folder `dir` (as the user named it) as it was at `rev` in the git repository that
 * holds it, with paths shown the way `dir` is, so findings on both sides read alike.
 */
export async function readRegisterAt(dir: string, rev: string): Promise<SourceFile[]> {
  const absolute = resolve(dir);
  let top: string;
  try {
    top = (await simpleGit({ baseDir: existsSync(absolute) ? absolute : process.cwd() }).revparse(["--show-toplevel"])).trim();
  } catch {
    throw new RegisterError([{ file: dir, message: "the folder is not inside a git repository", hint: "--base compares with a git revision; run it in a clone of the repository" }]);
  }
  const repo = new GitObjects(top);
  let sha: string;
  try {
    sha = await repo.resolve(rev);
  } catch (e) {
    throw new RegisterError([{ file: "--base", message: (e as Error).message, hint: "name a branch, tag or commit, e.g. --base origin/main" }]);
  }
  // Like `git diff rev...`: the change since this branch left `rev`, not what `rev` gained meanwhile.
  const since = await repo.forkPoint(sha, "HEAD");
  const inRepo = relative(top, absolute).split(sep).join("/");
  const files = await registerAt(repo, since, inRepo);
  return files.map((f) => ({ ...f, path: relative(process.cwd(), join(top, f.path)).split(sep).join("/") }));
}
