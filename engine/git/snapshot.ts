import { existsSync } from "node:fs";
import { posix, relative, resolve, sep } from "node:path";
import { simpleGit } from "simple-git";
import { RegisterError, type Problem } from "../errors.js";
import { BUNDLE_FILES, PolicyError, type PolicyBundle } from "../policy.js";
import { decode, fileTooBig, isRecordFile, MAX_FILE_BYTES, MAX_FILES, MAX_REGISTER_BYTES, registerTooBig, tooManyFiles } from "../source.js";
import type { SourceFile } from "../types.js";
import { GitObjects, type TreeEntry } from "./objects.js";

/** Whether a path is hidden: it, or a folder it is in, has a name starting with `.`. */
const isHidden = (path: string) => path.split("/").some((p) => p.startsWith("."));

/** Whether a path in the repository can hold a record: a YAML file, in no hidden folder. */
export function isRegisterPath(path: string): boolean {
  return isRecordFile(path) && !isHidden(path);
}

export interface RegisterAtOptions {
  /**
   * Whether the record of a blob is kept (the cache, by blob id): such a blob's text is read only if asked
   * for (to place a finding at its line), so that a check with a warm cache reads only the blobs it has not seen.
   */
  kept?: (oid: string) => boolean;
  /** How a path of the repository is shown in findings (default: as it is). */
  shown?: (path: string) => string;
}

/**
 * The register's files as they were at `rev`, read from git objects (paths relative to the repository root),
 * under the same limits and with the same messages as a folder on disk: sizes, the number of files and
 * their total are checked from the tree before a blob is read, and a symbolic link counts only when it
 * leads to a file inside the register (git stores a link as the path it points to).
 */
export async function registerAt(repo: GitObjects, rev: string, recordsDir: string, opts: RegisterAtOptions = {}): Promise<SourceFile[]> {
  const root = recordsDir.replace(/^\.?\/+|\/+$/g, "");
  const visible = (await repo.tree(rev, recordsDir, { links: true })).filter((e) => !isHidden(e.path));
  const entries = visible.filter((e) => isRecordFile(e.path) && !e.link);
  const links = visible.filter((e) => e.link);
  if (entries.length + links.length > MAX_FILES) throw new RegisterError([tooManyFiles(recordsDir, entries.length + links.length)]);
  const problems: Problem[] = [];
  const sources: { path: string; blob: TreeEntry }[] = entries.map((e) => ({ path: e.path, blob: e }));
  const byPath = new Map(visible.map((e) => [e.path, e]));
  const targets = await repo.blobs(links.map((e) => e.oid));
  const inside = (path: string) => (root === "" || root === "." ? path !== ".." && !path.startsWith("../") : path.startsWith(`${root}/`));
  // Like a folder on disk: a link that leads out or nowhere is refused whatever its name, one to a folder
  // inside is not followed, and one to a file inside reads that file if its own name is a record's.
  for (const link of links) {
    let at: TreeEntry | undefined = link;
    let path = link.path;
    for (let hops = 0; at?.link && hops < 8; hops++) {
      const to = targets.get(at.oid)!.toString("utf8");
      path = posix.isAbsolute(to) ? to : posix.normalize(posix.join(posix.dirname(path), to));
      at = inside(path) ? byPath.get(path) : undefined;
    }
    if (!inside(path)) problems.push({ file: link.path, message: "a symbolic link that leads out of the register folder", hint: "copy the record into the register instead of linking to it" });
    else if (at && !at.link) {
      if (isRecordFile(link.path)) sources.push({ path: link.path, blob: at });
    } else if (at || !visible.some((e) => e.path.startsWith(`${path}/`))) problems.push({ file: link.path, message: "a symbolic link that leads nowhere", hint: "remove the link or point it at a file inside the register" });
  }
  let total = 0;
  const wanted = sources.filter(({ path, blob }) => {
    if (blob.size > MAX_FILE_BYTES) {
      problems.push(fileTooBig(path, blob.size));
      return false;
    }
    total += blob.size;
    return true;
  });
  if (total > MAX_REGISTER_BYTES) throw new RegisterError([registerTooBig(recordsDir, total)]);
  const kept = opts.kept ?? (() => false);
  const unread = new UnreadBlobs(repo);
  const blobs = await repo.blobs(wanted.filter((s) => !kept(s.blob.oid)).map((s) => s.blob.oid));
  const files: SourceFile[] = [];
  for (const { path, blob } of wanted) {
    const shown = opts.shown?.(path) ?? path;
    const bytes = blobs.get(blob.oid);
    const text = bytes ? decode(bytes, shown) : undefined;
    if (typeof text === "string") files.push({ path: shown, text, oid: blob.oid, size: blob.size });
    else if (text) problems.push(text);
    else files.push(unread.file(shown, blob.oid, blob.size));
  }
  if (problems.length) throw new RegisterError(problems);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * The blobs of one register whose records were kept: each file's text is read when first asked for, and then
 * all of them at once (one `git cat-file`), as a check that places one finding by its line places several.
 */
class UnreadBlobs {
  private readonly pending = new Set<string>();
  private readonly texts = new Map<string, string>();

  constructor(private readonly repo: GitObjects) {}

  file(path: string, oid: string, size: number): SourceFile {
    this.pending.add(oid);
    const blobs = this;
    return {
      path,
      oid,
      size,
      get text() {
        return blobs.text(oid, path);
      },
    };
  }

  private text(oid: string, path: string): string {
    if (!this.texts.has(oid)) {
      for (const [id, bytes] of this.repo.blobsNow([...this.pending])) {
        // A kept record's blob decoded once: the same id is the same bytes.
        const text = decode(bytes, path);
        if (typeof text !== "string") throw new RegisterError([text]);
        this.texts.set(id, text);
      }
      this.pending.clear();
    }
    return this.texts.get(oid)!;
  }
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

/** The git repository that holds folder `dir`, and where `dir` is in it (relative to its top, with `/`). */
export async function repositoryOf(dir: string): Promise<{ repo: GitObjects; top: string; inRepo: string }> {
  const absolute = resolve(dir);
  let top: string;
  try {
    top = (await simpleGit({ baseDir: existsSync(absolute) ? absolute : process.cwd() }).revparse(["--show-toplevel"])).trim();
  } catch {
    throw new RegisterError([{ file: dir, message: "the folder is not inside a git repository", hint: "--base compares with a git revision; run it in a clone of the repository" }]);
  }
  return { repo: new GitObjects(top), top, inRepo: relative(top, absolute).split(sep).join("/") };
}
