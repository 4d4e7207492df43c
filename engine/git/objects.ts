import { execFileSync, spawn } from "node:child_process";
import { simpleGit, type SimpleGit } from "simple-git";
import { count } from "../timings.js";

export interface TreeEntry {
  path: string;
  oid: string;
  size: number;
  /** A symbolic link: its blob is the path it points to, not content. */
  link: boolean;
}

/** A repository read through git objects only: nothing is checked out and nothing of it is run. */
export class GitObjects {
  readonly git: SimpleGit;
  /** Objects read so far by `cat-file` (a check with a warm cache reads only what it has not kept). */
  objectsRead = 0;
  constructor(readonly dir: string) {
    this.git = simpleGit({ baseDir: dir });
  }

  /** The full commit id of a revision, or an error that names it. */
  async resolve(rev: string): Promise<string> {
    try {
      return (await this.git.raw(["rev-parse", "--verify", "--end-of-options", `${rev}^{commit}`])).trim();
    } catch {
      throw new Error(`${rev} is not a commit in ${this.dir} (is the history fetched? use fetch-depth: 0)`);
    }
  }

  /**
   * The full id of a commit; one missing here is fetched from `origin` first (a pull_request_target job
   * checks out the base only: the head's objects are fetched, never checked out).
   */
  async commit(rev: string): Promise<string> {
    try {
      return await this.resolve(rev);
    } catch (missing) {
      try {
        await this.git.raw(["fetch", "--no-tags", "--quiet", "--end-of-options", "origin", rev]);
      } catch {
        // No remote, or the commit is gone from it (a force-push): say which commit is missing, not git's words.
        throw missing;
      }
      return this.resolve(rev);
    }
  }

  /**
   * Blobs below `prefix` at `rev` (one `ls-tree`), with sizes so oversized files are refused before reading.
   * Symbolic links only when asked for: a link's blob is the path it points to, not a record.
   */
  async tree(rev: string, prefix: string, { links = false } = {}): Promise<TreeEntry[]> {
    const clean = prefix.replace(/^\.?\/+|\/+$/g, "");
    // -z and literal pathspecs: a name may hold any byte but NUL and `/` (a tab, a newline, quotes, `*`).
    const out = await this.git.raw(["--literal-pathspecs", "ls-tree", "-r", "-z", "--long", "--full-tree", "--end-of-options", rev, "--", clean === "" ? "." : clean]);
    return out
      .split("\0")
      .filter(Boolean)
      .map((line) => {
        // `<mode> <type> <oid> <size>\t<path>`: the path is everything after the first tab.
        const tab = line.indexOf("\t");
        const [mode, type, oid, size] = line.slice(0, tab).split(/\s+/);
        return { mode, type, oid, size: Number(size), path: line.slice(tab + 1) };
      })
      .filter((e) => e.type === "blob" && (links || e.mode !== "120000"))
      .map(({ path, oid, size, mode }) => ({ path, oid, size, link: mode === "120000" }));
  }

  /** Reads many blobs in one `git cat-file --batch` process. */
  async blobs(oids: string[]): Promise<Map<string, Buffer>> {
    return this.objects(oids, "blob");
  }

  /** Reads many objects of one type (blobs, commits …) in one `git cat-file --batch` process. */
  async objects(oids: string[], type: "blob" | "commit" | "tree" | "tag"): Promise<Map<string, Buffer>> {
    const wanted = [...new Set(oids)];
    if (wanted.length === 0) return new Map();
    this.objectsRead += wanted.length;
    count("git_objects_read", wanted.length);
    return batchAnswer(wanted, type, await run(this.dir, ["cat-file", "--batch"], wanted.join("\n") + "\n"));
  }

  /** {@link blobs}, waiting for git: for text asked for where nothing can wait (a record's positions, found on demand). */
  blobsNow(oids: string[]): Map<string, Buffer> {
    const wanted = [...new Set(oids)];
    if (wanted.length === 0) return new Map();
    this.objectsRead += wanted.length;
    count("git_objects_read", wanted.length);
    const data = execFileSync("git", ["cat-file", "--batch"], { cwd: this.dir, input: wanted.join("\n") + "\n", maxBuffer: 2 ** 30, stdio: ["pipe", "pipe", "pipe"] });
    return batchAnswer(wanted, "blob", data);
  }

  /** Runs one git command in the repository and returns its whole standard output, as bytes. */
  async run(args: string[], input = ""): Promise<Buffer> {
    return run(this.dir, args, input);
  }

  /**
   * Where `head`'s branch left `base` (their merge base): what a pull request changes is measured from there,
   * so commits that reached the base branch after the branch was cut are not taken for the PR's doing.
   * Unrelated histories have none: then `base` itself.
   */
  async forkPoint(base: string, head: string): Promise<string> {
    try {
      return (await this.git.raw(["merge-base", "--end-of-options", base, head])).trim() || base;
    } catch {
      return base;
    }
  }

  /** The day (UTC, YYYY-MM-DD) a commit was committed: its committer date, as the evidence pack reads it. */
  async commitDay(rev: string): Promise<string> {
    const seconds = Number((await this.git.raw(["log", "-1", "--format=%ct", "--end-of-options", rev])).trim());
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }

  /** Paths that differ between two revisions below the given prefixes. */
  async changedPaths(from: string, to: string, prefixes: string[]): Promise<string[]> {
    const out = await this.git.raw(["--literal-pathspecs", "diff", "--name-only", "-z", "--no-renames", "--end-of-options", from, to, "--", ...prefixes]);
    return out.split("\0").filter(Boolean);
  }
}

/** The objects in the output of `git cat-file --batch` asked for `wanted`, in that order. */
function batchAnswer(wanted: string[], type: string, data: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let at = 0;
  for (const oid of wanted) {
    const nl = data.indexOf(10, at);
    const header = data.subarray(at, nl).toString();
    const [got, kind, size] = header.split(" ");
    if (kind !== type || got !== oid) throw new Error(`git cat-file: unexpected answer for ${oid}: ${header}`);
    const start = nl + 1;
    out.set(oid, data.subarray(start, start + Number(size)));
    at = start + Number(size) + 1;
  }
  return out;
}

function run(cwd: string, args: string[], input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => (err += c));
    child.on("error", reject);
    // git may exit before reading all of its input (e.g. on a bad revision); its exit code says why.
    child.stdin.on("error", () => {});
    child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git ${args.join(" ")} failed: ${err.trim()}`))));
    child.stdin.end(input);
  });
}
