// A record's timeline: every commit that changed it, who made the change and how it reached the branch
// (the merge, its pull request and approvals), and what changed, field by field, in plain words.
// A record is its `id`, not its file: moves and renames are followed by id, and retirement and deletion
// are shown as such. Read from git objects in one pass (see ../git/log.ts); nothing is checked out.
import { NOUN, diffFields, type FieldChange } from "../diff.js";
import { RegisterError } from "../errors.js";
import {
  firstParentChain,
  landings,
  peopleOf,
  pullRequestOf,
  readHistory,
  readMergeEdits,
  readSignatures,
  type History,
  type LogCommit,
  type MergeEdit,
  type Signature,
} from "../git/log.js";
import { GitObjects } from "../git/objects.js";
import { isRegisterPath } from "../git/snapshot.js";
import type { RecordData } from "../types.js";
import { rankApprovals, trailerApprovals, type SourcedApproval } from "./approvals.js";
import { RecordBlobs } from "../read.js";

export type ChangeKind = "added" | "restored" | "changed" | "moved" | "retired" | "reactivated" | "edited" | "deleted";

/** The merge (or squash) that brought a commit onto the branch. */
export interface Landing {
  sha: string;
  date: string;
  subject: string;
  pr?: number;
  mergedBy: string;
  approvals: SourcedApproval[];
  signature?: Signature;
}

export interface CommitInfo {
  sha: string;
  /** When the commit was made (committer date), ISO 8601 UTC. */
  date: string;
  authorDate: string;
  author: string;
  committer: string;
  subject: string;
  /** The pull request its own message names, or the one of the merge that brought it in. */
  pr?: number;
  signature?: Signature;
  /** The author and every Co-authored-by. */
  authors: string[];
  /** Approved-by / Reviewed-by trailers of the commit and of the merge that brought it in, strongest first, each saying who wrote it. */
  approvals: SourcedApproval[];
  /** On the branch's first-parent line (a merge, a squash, or a direct commit). */
  onBranch: boolean;
  landed?: Landing;
}

/** What one commit did to a record, in words. */
interface EntryChange {
  change: ChangeKind;
  /** One line in plain words. */
  summary: string;
  fields: FieldChange[];
  /** Where the record is after the commit (before it, for a deletion). */
  path: string;
  /** Where it was before, when the commit moved it. */
  fromPath?: string;
  /** The merge commit itself made this change (conflict resolution or an edit in the merge), not a commit of the pull request. */
  byMerge?: boolean;
}

export interface TimelineEntry extends EntryChange {
  commit: CommitInfo;
}

export interface Timeline {
  id: string;
  kind?: string;
  name?: string;
  /** At the revision the history was read from. */
  status: "active" | "retired" | "deleted";
  path?: string;
  retiredOn?: string;
  retiredReason?: string;
  /** The revision the history was read from. */
  tip: string;
  /** Oldest first. */
  entries: TimelineEntry[];
}

interface Side {
  path: string;
  oid: string;
}

export interface RawEntry extends EntryChange {
  id: string;
  sha: string;
  /** The record's blob after the commit (before it, for a deletion). */
  oid: string;
}

/** Everything needed to read timelines: the history, the merge edits, and the blobs of every changed record file. */
export interface HistoryContext {
  history: History;
  chain: LogCommit[];
  landed: Map<string, LogCommit>;
  mergeEdits: Map<string, MergeEdit[]>;
  blobs: RecordBlobs;
  recordsDir: string;
}

function under(dir: string, path: string | null): path is string {
  const d = dir.replace(/^\.?\/+|\/+$/g, "");
  return path !== null && (d === "" || d === "." || path.startsWith(`${d}/`)) && isRegisterPath(path);
}

/** The oids of every record file a commit or merge changed below the register folder: what to read in one batch. */
export function changedRecordOids(history: History, mergeEdits: Map<string, MergeEdit[]>, recordsDir: string): string[] {
  const oids: string[] = [];
  for (const c of history.commits) {
    for (const ch of c.changes) {
      if (ch.oldOid && under(recordsDir, ch.oldPath)) oids.push(ch.oldOid);
      if (ch.newOid && under(recordsDir, ch.newPath)) oids.push(ch.newOid);
    }
  }
  for (const list of mergeEdits.values()) {
    for (const e of list) if (under(recordsDir, e.path)) for (const oid of [...e.parents, e.result]) if (oid) oids.push(oid);
  }
  return oids;
}

const label = (data: RecordData | undefined, id: string) => (data && typeof data.name === "string" ? `“${data.name}”` : `\`${id}\``);
const noun = (data: RecordData | undefined) => NOUN[String(data?.kind) as keyof typeof NOUN] ?? "record";

function classify(id: string, before: Side | undefined, after: Side | undefined, blobs: RecordBlobs, idThereAfter?: string): Omit<RawEntry, "sha" | "id" | "oid"> | undefined {
  if (!before && !after) return undefined;
  if (!before) {
    const data = blobs.data(after!.oid);
    return { change: "added", summary: `adds the ${noun(data)} ${label(data, id)} in ${after!.path}`, fields: [], path: after!.path };
  }
  if (!after) {
    const data = blobs.data(before.oid);
    const summary =
      idThereAfter !== undefined
        ? `changes the id in ${before.path} to \`${idThereAfter}\`: from here on the file holds another record, and \`${id}\` is gone`
        : `deletes the ${noun(data)} ${label(data, id)}: the file ${before.path} is removed (records should be retired, not deleted)`;
    return { change: "deleted", summary, fields: [], path: before.path };
  }
  const a = blobs.data(before.oid);
  const b = blobs.data(after.oid);
  const moved = before.path !== after.path;
  const fromPath = moved ? before.path : undefined;
  const where = moved ? `; moves it from ${before.path} to ${after.path}` : "";
  if (!a || !b) {
    return { change: "changed", summary: `edits the file, which does not read as a record ${!b ? "after" : "before"} this commit${where}`, fields: [], path: after.path, fromPath };
  }
  const fields = diffFields(a, b);
  if (a.status !== "retired" && b.status === "retired") {
    const reason = typeof b.retired_reason === "string" ? `: ${b.retired_reason}` : "";
    return { change: "retired", summary: `retires the ${noun(b)} ${label(b, id)}${b.retired_on ? ` as of ${b.retired_on}` : ""}${reason}${where}`, fields, path: after.path, fromPath };
  }
  if (a.status === "retired" && b.status !== "retired") {
    return { change: "reactivated", summary: `puts the ${noun(b)} ${label(b, id)} back in use (it was retired)${where}`, fields, path: after.path, fromPath };
  }
  if (fields.length) {
    return { change: "changed", summary: `changes ${fields.length === 1 ? "1 field" : `${fields.length} fields`} of the ${noun(b)} ${label(b, id)}${where}`, fields, path: after.path, fromPath };
  }
  if (moved) return { change: "moved", summary: `moves the ${noun(b)} ${label(b, id)} from ${before.path} to ${after.path}, values unchanged`, fields, path: after.path, fromPath };
  return { change: "edited", summary: "edits the file without changing any value (comments or layout)", fields, path: after.path };
}

/** What one non-merge commit did to each record it touched, by id. */
function commitEntries(ctx: HistoryContext, commit: LogCommit, wanted?: Set<string>): RawEntry[] {
  const before = new Map<string, Side>();
  const after = new Map<string, Side>();
  const afterByPath = new Map<string, string>();
  for (const ch of commit.changes) {
    if (ch.oldOid && under(ctx.recordsDir, ch.oldPath)) {
      const id = ctx.blobs.id(ch.oldOid);
      if (id !== undefined && !before.has(id)) before.set(id, { path: ch.oldPath, oid: ch.oldOid });
    }
    if (ch.newOid && under(ctx.recordsDir, ch.newPath)) {
      const id = ctx.blobs.id(ch.newOid);
      if (id !== undefined) {
        if (!after.has(id)) after.set(id, { path: ch.newPath, oid: ch.newOid });
        afterByPath.set(ch.newPath, id);
      }
    }
  }
  const out: RawEntry[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    if (wanted && !wanted.has(id)) continue;
    const b = before.get(id);
    const a = after.get(id);
    const other = b && !a ? afterByPath.get(b.path) : undefined;
    const entry = classify(id, b, a, ctx.blobs, other);
    if (entry) out.push({ id, sha: commit.sha, oid: (a ?? b)!.oid, ...entry });
  }
  return out;
}

/** Changes a merge made itself: fields whose merged value is in none of its parents. */
function mergeEntries(ctx: HistoryContext, commit: LogCommit, wanted?: Set<string>): RawEntry[] {
  const out: RawEntry[] = [];
  for (const edit of ctx.mergeEdits.get(commit.sha) ?? []) {
    if (!under(ctx.recordsDir, edit.path) || !edit.result) continue;
    const id = ctx.blobs.id(edit.result);
    if (id === undefined || (wanted && !wanted.has(id))) continue;
    const result = ctx.blobs.data(edit.result);
    if (!result) continue;
    const versions = edit.parents.map((oid) => (oid && ctx.blobs.id(oid) === id ? ctx.blobs.data(oid) : undefined));
    const first = versions[0];
    const changed = (data: RecordData | undefined) => new Set(diffFields(data ?? {}, result).map((f) => f.field));
    const others = versions.slice(1).map(changed);
    const fields = diffFields(first ?? {}, result).filter((f) => others.every((set) => set.has(f.field)));
    if (!fields.length) continue;
    out.push({
      id,
      sha: commit.sha,
      oid: edit.result,
      change: "changed",
      summary: `the merge itself changes ${fields.length === 1 ? "1 field" : `${fields.length} fields`} of the ${noun(result)} ${label(result, id)}, in none of the merged commits`,
      fields,
      path: edit.path,
      byMerge: true,
    });
  }
  return out;
}

/** Timelines of the wanted records (all when `wanted` is undefined), oldest entry first. */
export function collectEntries(ctx: HistoryContext, wanted?: Set<string>): Map<string, RawEntry[]> {
  const byId = new Map<string, RawEntry[]>();
  const seen = new Set<string>();
  for (const commit of [...ctx.history.commits].reverse()) {
    const entries = commit.parents.length > 1 ? mergeEntries(ctx, commit, wanted) : commitEntries(ctx, commit, wanted);
    for (const e of entries) {
      const id = e.id;
      if (e.change === "added" && seen.has(id)) {
        e.change = "restored";
        e.summary = e.summary.replace(/^adds /, "adds again ") + " (it had been deleted or renamed)";
      }
      seen.add(id);
      const list = byId.get(id) ?? [];
      list.push(e);
      byId.set(id, list);
    }
  }
  return byId;
}

/** The commits (and merges) a set of entries needs described, to verify their signatures in one pass. */
export function commitsToDescribe(ctx: HistoryContext, entries: Iterable<RawEntry>): string[] {
  const shas = new Set<string>();
  for (const e of entries) {
    shas.add(e.sha);
    const m = ctx.landed.get(e.sha);
    if (m) shas.add(m.sha);
  }
  return [...shas];
}

export function describeCommit(ctx: HistoryContext, sha: string, signatures: Map<string, Signature>, branchLine: Set<string> = new Set(ctx.chain.map((x) => x.sha))): CommitInfo {
  const c = ctx.history.bySha.get(sha)!;
  const own = peopleOf(c);
  const merge = ctx.landed.get(sha);
  const mergedBy = merge ? `${merge.author.name} <${merge.author.email}>` : undefined;
  const onBranch = branchLine.has(sha);
  // Whoever put the commit on the branch: the merger, else (a squash or direct commit) its committer.
  const people = { authors: own.authors, merger: mergedBy ?? (onBranch ? `${c.committer.name} <${c.committer.email}>` : undefined) };
  const mergeApprovals = merge ? trailerApprovals(merge, "merge-trailer", "of the merge", people) : [];
  const ownApprovals = trailerApprovals(c, "commit-trailer", merge ? `in commit ${sha.slice(0, 12)} of the pull request` : "of the commit", people);
  const landed: Landing | undefined = merge
    ? {
        sha: merge.sha,
        date: merge.committer.date,
        subject: merge.subject,
        pr: pullRequestOf(merge),
        mergedBy: mergedBy!,
        approvals: mergeApprovals,
        signature: signatures.get(merge.sha),
      }
    : undefined;
  const pr = pullRequestOf(c) ?? landed?.pr;
  return {
    sha,
    date: c.committer.date,
    authorDate: c.author.date,
    author: `${c.author.name} <${c.author.email}>`,
    committer: `${c.committer.name} <${c.committer.email}>`,
    subject: c.subject,
    ...(pr !== undefined ? { pr } : {}),
    signature: signatures.get(sha),
    authors: own.authors,
    approvals: rankApprovals([...mergeApprovals, ...ownApprovals]),
    onBranch,
    ...(landed ? { landed } : {}),
  };
}

/** Reads everything a set of timelines needs from the repository: three git processes and one batch read. */
export async function historyContext(repo: GitObjects, rev: string, recordsDir: string, extraPaths: string[] = []): Promise<HistoryContext> {
  const paths = [recordsDir, ...extraPaths];
  const tip = await repo.resolve(rev);
  const [history, mergeEdits] = await Promise.all([readHistory(repo, tip, paths), readMergeEdits(repo, tip, [recordsDir])]);
  const blobs = new RecordBlobs(await repo.blobs(changedRecordOids(history, mergeEdits, recordsDir)));
  const chain = firstParentChain(history);
  return { history, chain, landed: landings(history, chain), mergeEdits, blobs, recordsDir };
}

/** Builds finished timelines from raw entries, with commit details and signatures. */
export function finishTimeline(ctx: HistoryContext, id: string, raw: RawEntry[], signatures: Map<string, Signature>, now: { path: string; data: RecordData } | undefined): Timeline {
  const onBranch = new Set(ctx.chain.map((c) => c.sha));
  const entries = raw.map((e): TimelineEntry => {
    const commit = describeCommit(ctx, e.sha, signatures, onBranch);
    return { commit, change: e.change, summary: e.summary, fields: e.fields, path: e.path, ...(e.fromPath ? { fromPath: e.fromPath } : {}), ...(e.byMerge ? { byMerge: true } : {}) };
  });
  let latest: RecordData | undefined = now?.data;
  for (let i = raw.length - 1; !latest && i >= 0; i--) latest = ctx.blobs.data(raw[i].oid);
  const retired = now?.data.status === "retired";
  return {
    id,
    ...(typeof latest?.kind === "string" ? { kind: latest.kind } : {}),
    ...(typeof latest?.name === "string" ? { name: latest.name } : {}),
    status: !now ? "deleted" : retired ? "retired" : "active",
    ...(now ? { path: now.path } : {}),
    ...(retired && now.data.retired_on !== undefined ? { retiredOn: String(now.data.retired_on) } : {}),
    ...(retired && typeof now.data.retired_reason === "string" ? { retiredReason: now.data.retired_reason } : {}),
    tip: ctx.history.tip,
    entries,
  };
}

/** `ropa history <id>`: the timeline of one record on the branch at `rev`. */
export async function recordHistory(repo: GitObjects, id: string, opts: { rev?: string; records?: string } = {}): Promise<Timeline> {
  const rev = opts.rev ?? "HEAD";
  const recordsDir = opts.records ?? "records";
  const ctx = await historyContext(repo, rev, recordsDir);
  const raw = collectEntries(ctx, new Set([id])).get(id) ?? [];
  const tree = await repo.tree(ctx.history.tip, recordsDir);
  const missing = tree.filter((e) => isRegisterPath(e.path) && !ctx.blobs.has(e.oid)).map((e) => e.oid);
  if (missing.length) ctx.blobs.add(await repo.blobs(missing));
  const here = tree.find((e) => isRegisterPath(e.path) && ctx.blobs.id(e.oid) === id);
  const now = here ? { path: here.path, data: ctx.blobs.data(here.oid) ?? {} } : undefined;
  if (!raw.length && !now) {
    throw new RegisterError([
      {
        file: recordsDir,
        message: `no record with the id \`${id}\` in the history of ${rev} (${ctx.history.tip.slice(0, 12)})`,
        hint: "give the `id:` of a record, e.g. `aws`; ids are lower-case letters, digits and dashes",
      },
    ]);
  }
  const signatures = await readSignatures(repo, commitsToDescribe(ctx, raw));
  return finishTimeline(ctx, id, raw, signatures, now);
}
