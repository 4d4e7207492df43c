// The history of a repository read in one pass: one `git log` with a machine-readable format and the raw
// diff of every commit (blob ids, not contents), so nothing is checked out and no process runs per commit.
// Blob contents are then read in one `git cat-file --batch` (GitObjects.blobs). A second pass lists what
// merges changed themselves (combined diff), and a third verifies the signatures of the commits shown.
import { GitObjects } from "./objects.js";

export interface Person {
  name: string;
  email: string;
  /** ISO 8601 in UTC, e.g. 2026-11-03T10:15:00.000Z. */
  date: string;
}

export interface Trailer {
  key: string;
  value: string;
}

/** One file change of a commit against its first parent (`git log --raw`). Absent sides are null. */
export interface RawChange {
  /** A added, M modified, D deleted, R renamed, C copied, T type changed. */
  status: string;
  oldPath: string | null;
  newPath: string | null;
  oldOid: string | null;
  newOid: string | null;
}

export interface LogCommit {
  sha: string;
  parents: string[];
  author: Person;
  committer: Person;
  subject: string;
  /** The whole message, subject included. */
  message: string;
  /** Trailers as git parses them (`Approved-by: …`), in order. */
  trailers: Trailer[];
  /** What the commit changed against its first parent (the empty tree for a root commit), below the paths asked for. */
  changes: RawChange[];
}

export interface History {
  /** The commit the history was read from. */
  tip: string;
  /** Newest first, never a parent before its children. */
  commits: LogCommit[];
  bySha: Map<string, LogCommit>;
}

const ZERO = /^0+$/;
/** Symbolic links and submodules hold no record, whatever their name says. */
const NOT_A_FILE = new Set(["120000", "160000"]);

const FIELDS = ["%H", "%P", "%aN", "%aE", "%aI", "%cN", "%cE", "%cI", "%(trailers:only,unfold)", "%B"];
const FORMAT = `%x1e${FIELDS.join("%x1f")}%x1f`;

/** Config that would change what `git log` prints, neutralised whatever the user's settings are. */
const NEUTRAL = ["--literal-pathspecs", "-c", "log.showSignature=false", "-c", "core.quotePath=false", "-c", "log.mailmap=true", "-c", "i18n.logOutputEncoding=UTF-8"];

function person(name: string, email: string, date: string): Person {
  const d = new Date(date);
  return { name, email, date: Number.isNaN(d.getTime()) ? date : d.toISOString() };
}

function parseTrailers(text: string): Trailer[] {
  const out: Trailer[] = [];
  for (const line of text.split("\n")) {
    const at = line.indexOf(":");
    if (at <= 0) continue;
    out.push({ key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() });
  }
  return out;
}

/**
 * Parses `git log -z --raw` output: each commit starts with \x1e and its header ends at the first NUL
 * (a commit message cannot hold one); raw entries follow, `:modes oids status\0path\0[path\0]`.
 */
function* parseLog(text: string): Generator<{ header: string[]; entries: string[][] }> {
  let at = 0;
  while (at < text.length) {
    if (text[at] !== "\x1e") {
      at++;
      continue;
    }
    const end = text.indexOf("\0", at);
    const header = text.slice(at + 1, end < 0 ? text.length : end).split("\x1f");
    at = end < 0 ? text.length : end + 1;
    const entries: string[][] = [];
    for (;;) {
      while (text[at] === "\n" || text[at] === "\0") at++;
      if (at >= text.length || text[at] !== ":") break;
      const metaEnd = text.indexOf("\0", at);
      const meta = text.slice(at, metaEnd);
      at = metaEnd + 1;
      // A rename or copy names two paths; a combined diff (`::`) one.
      const paths = /\s[RC]\d*$/.test(meta) ? 2 : 1;
      const names: string[] = [];
      for (let i = 0; i < paths; i++) {
        const pathEnd = text.indexOf("\0", at);
        names.push(text.slice(at, pathEnd));
        at = pathEnd + 1;
      }
      entries.push([meta, ...names]);
    }
    yield { header, entries };
  }
}

function rawChange([meta, first, second]: string[]): RawChange {
  const [oldMode, newMode, oldOid, newOid, status] = meta.slice(1).split(" ");
  const letter = status[0];
  const oldSide = letter !== "A" && !ZERO.test(oldOid) && !NOT_A_FILE.has(oldMode);
  const newSide = letter !== "D" && !ZERO.test(newOid) && !NOT_A_FILE.has(newMode);
  const newPath = second ?? first;
  return { status: letter, oldPath: oldSide ? first : null, newPath: newSide ? newPath : null, oldOid: oldSide ? oldOid : null, newOid: newSide ? newOid : null };
}

/**
 * Every commit reachable from `rev`, newest first (`--date-order`), each with what it changed against its
 * first parent below `paths`. All commits are listed (`--full-history --sparse`), also those that change
 * nothing there, so the graph is whole: merges and the commits they brought in can be matched up.
 */
export async function readHistory(repo: GitObjects, rev: string, paths: string[]): Promise<History> {
  const tip = await repo.resolve(rev);
  const out = await repo.run([
    ...NEUTRAL,
    "log",
    tip,
    "--date-order",
    "--full-history",
    "--sparse",
    "--root",
    "--diff-merges=first-parent",
    "--raw",
    "-z",
    "--no-abbrev",
    "-M",
    "--no-color",
    "--no-decorate",
    "--no-ext-diff",
    "--no-textconv",
    `--format=${FORMAT}`,
    "--",
    ...paths.map(clean),
  ]);
  const commits: LogCommit[] = [];
  for (const { header, entries } of parseLog(out.toString("utf8"))) {
    const [sha, parents, aName, aEmail, aDate, cName, cEmail, cDate, trailers, ...rest] = header;
    const message = rest.slice(0, -1).join("\x1f").replace(/\n+$/, "");
    commits.push({
      sha,
      parents: parents ? parents.split(" ") : [],
      author: person(aName, aEmail, aDate),
      committer: person(cName, cEmail, cDate),
      subject: message.split("\n")[0] ?? "",
      message,
      trailers: parseTrailers(trailers),
      changes: entries.map(rawChange),
    });
  }
  return { tip, commits, bySha: new Map(commits.map((c) => [c.sha, c])) };
}

/** A path a merge changed itself: its version differs from every parent's. Oids per parent, then the result. */
export interface MergeEdit {
  path: string;
  parents: (string | null)[];
  result: string | null;
}

/** For each merge reachable from `rev`, the files below `paths` whose merged version differs from every parent's (`git log -c`). */
export async function readMergeEdits(repo: GitObjects, rev: string, paths: string[]): Promise<Map<string, MergeEdit[]>> {
  const out = await repo.run([...NEUTRAL, "log", rev, "--merges", "--full-history", "--sparse", "-c", "--raw", "-z", "--no-abbrev", "--no-color", "--format=%x1e%H", "--", ...paths.map(clean)]);
  const edits = new Map<string, MergeEdit[]>();
  for (const { header, entries } of parseLog(out.toString("utf8"))) {
    const list = entries.map(([meta, path]) => {
      const parts = meta.replace(/^:+/, "").split(" ");
      const n = (parts.length - 1) / 2; // modes of each parent and the result, then as many oids, then the status
      const modes = parts.slice(0, n);
      const oids = parts.slice(n, 2 * n);
      const side = (i: number) => (ZERO.test(oids[i]) || NOT_A_FILE.has(modes[i]) ? null : oids[i]);
      return { path, parents: oids.slice(0, -1).map((_, i) => side(i)), result: side(n - 1) };
    });
    if (list.length) edits.set(header[0], list);
  }
  return edits;
}

export type SignatureState = "verified" | "good-untrusted" | "expired" | "revoked" | "bad" | "unverifiable" | "unsigned";

export interface Signature {
  state: SignatureState;
  /** git's %G? letter: G, U, X, Y, R, B, E or N. */
  code: string;
  signer?: string;
  key?: string;
  /** In words, for the report. */
  text: string;
}

const SIGNATURE_TEXT: Record<SignatureState, string> = {
  verified: "signed, signature verified",
  "good-untrusted": "signed, good signature from a key of unknown validity",
  expired: "signed, good signature but the signature or key has expired",
  revoked: "signed, good signature but the key is revoked",
  bad: "BAD signature",
  unverifiable: "signed, but the signature could not be checked here (no key or allowed signers configured)",
  unsigned: "not signed",
};

const STATES: Record<string, SignatureState> = { G: "verified", U: "good-untrusted", X: "expired", Y: "expired", R: "revoked", B: "bad", E: "unverifiable" };

/**
 * Whether each commit is signed, and whether the signature verifies with the keys git is configured with
 * (%G?). One `git log --no-walk --stdin` for the verification, one `cat-file --batch` to see signatures git
 * cannot check (e.g. SSH signatures without an allowed-signers file), never a process per commit.
 */
export async function readSignatures(repo: GitObjects, shas: string[]): Promise<Map<string, Signature>> {
  const wanted = [...new Set(shas)];
  const out = new Map<string, Signature>();
  if (!wanted.length) return out;
  const [log, objects] = await Promise.all([
    repo.run([...NEUTRAL, "log", "--no-walk=unsorted", "--stdin", "--format=%x1e%H%x1f%G?%x1f%GS%x1f%GK"], wanted.join("\n") + "\n"),
    repo.objects(wanted, "commit"),
  ]);
  const verified = new Map<string, string[]>();
  for (const chunk of log.toString("utf8").split("\x1e").slice(1)) {
    const [sha, code, signer, key] = chunk.replace(/\n$/, "").split("\x1f");
    verified.set(sha, [code, signer, key]);
  }
  for (const sha of wanted) {
    const [code = "N", signer = "", key = ""] = verified.get(sha) ?? [];
    const raw = objects.get(sha)?.toString("utf8") ?? "";
    const head = raw.slice(0, raw.indexOf("\n\n") >= 0 ? raw.indexOf("\n\n") : raw.length);
    const hasSignature = /^gpgsig(-sha256)? /m.test(head);
    const state: SignatureState = STATES[code] ?? (hasSignature ? "unverifiable" : "unsigned");
    out.set(sha, { state, code, ...(signer ? { signer } : {}), ...(key ? { key } : {}), text: SIGNATURE_TEXT[state] });
  }
  return out;
}

/** The first-parent chain from the tip, newest first: the commits that landed on the branch. */
export function firstParentChain(history: History, from = history.tip): LogCommit[] {
  const chain: LogCommit[] = [];
  for (let c = history.bySha.get(from); c; c = c.parents[0] ? history.bySha.get(c.parents[0]) : undefined) chain.push(c);
  return chain;
}

/**
 * For each commit that reached the branch through a merge, that merge: the earliest first-parent merge
 * from whose other parents it is reachable without passing through the branch.
 */
export function landings(history: History, chain: LogCommit[]): Map<string, LogCommit> {
  const onBranch = new Set(chain.map((c) => c.sha));
  const landed = new Map<string, LogCommit>();
  for (const merge of [...chain].reverse()) {
    const stack = merge.parents.slice(1);
    while (stack.length) {
      const sha = stack.pop()!;
      if (onBranch.has(sha) || landed.has(sha)) continue;
      const c = history.bySha.get(sha);
      if (!c) continue; // beyond a shallow clone's edge
      landed.set(sha, merge);
      stack.push(...c.parents);
    }
  }
  return landed;
}

/** The pull request a merge or squash message names: "Merge pull request #12", "Title (#12)", "(pull request #12)", "See merge request g/p!12". */
export function pullRequestOf(commit: Pick<LogCommit, "subject" | "message">): number | undefined {
  const m =
    /^Merge pull request #(\d+)\b/.exec(commit.subject) ??
    /\(#(\d+)\)\s*$/.exec(commit.subject) ??
    /\(pull request #(\d+)\)/.exec(commit.subject) ??
    /^See merge request [^\s!]+!(\d+)\s*$/m.exec(commit.message);
  return m ? Number(m[1]) : undefined;
}

/** Someone who approved a change, and where that is recorded ("Approved-by trailer", "GitHub review" …). */
export interface Approval {
  who: string;
  how: string;
  date?: string;
}

const APPROVAL = /^(approved-by|reviewed-by)$/i;
const CO_AUTHOR = /^co-authored-by$/i;

/** Who wrote a commit and who approved it, as its trailers record: Approved-by and Reviewed-by approve, Co-authored-by writes. */
export function peopleOf(commit: LogCommit): { authors: string[]; approvals: Approval[] } {
  const authors = [`${commit.author.name} <${commit.author.email}>`, ...commit.trailers.filter((t) => CO_AUTHOR.test(t.key)).map((t) => t.value)];
  const approvals = commit.trailers
    .filter((t) => APPROVAL.test(t.key) && t.value)
    .map((t) => ({ who: t.value, how: `${canonicalKey(t.key)} trailer` }));
  return { authors: [...new Set(authors.filter(Boolean))], approvals };
}

function canonicalKey(key: string): string {
  return key.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase()).replace(/-By$/, "-by");
}

function clean(path: string): string {
  const p = path.replace(/^\.?\/+|\/+$/g, "");
  return p === "" ? "." : p;
}
