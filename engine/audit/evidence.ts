// The evidence pack: for a period, every change that landed on the branch judged again as the change from
// its first parent, under that parent's policies (by the one judge, ../judge.ts); who made and approved it;
// a timeline per record; the register at the start and the end of the period and what changed between
// them; and the waivers granted. Built in three steps, each apart: what happened is gathered from git
// (./evidence-gather.ts), each change is judged (./evidence-judge.ts), and the `Evidence` is assembled
// here; its pages are rendered by ./evidence-pages.ts.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { basename, dirname, join, resolve } from "node:path";
import type { FailOn } from "../check.js";
import { diffRegisters, type RecordChange } from "../diff.js";
import { RegisterError, type Problem } from "../errors.js";
import { peopleOf, pullRequestOf, readSignatures, type LogCommit, type Signature } from "../git/log.js";
import type { GitObjects } from "../git/objects.js";
import { DEFAULT_BUNDLE_DIR } from "../index.js";
import { BUNDLE_FILES, loadPolicy, readBundleDir, type PolicyBundle } from "../policy.js";
import { TOOL } from "../tool.js";
import { emptyRegister, type Register } from "../resolve.js";
import type { Finding } from "../types.js";
import { rankApprovals, reviewApprovals, trailerApprovals, type SourcedApproval } from "./approvals.js";
import { art30Layout, type Art30Layout } from "./art30.js";
import { collectEntries, commitsToDescribe, finishTimeline, type RawEntry, type Timeline } from "./history.js";
import { dataMap, type DataMap } from "./datamap.js";
import { findPeriod, gather, under, type Gathered, type Period, type State } from "./evidence-gather.js";
import { judgeCommit, type Bundled } from "./evidence-judge.js";
import { renderPack } from "./evidence-pages.js";
import { MANIFEST, MANIFEST_FORMAT, manifestFiles, manifestText, sha256, type Manifest } from "./manifest.js";
import { bundledReference, transferView, type Reference, type Revision } from "./register-at.js";
import type { Pin } from "./pin.js";
import { approveMerge } from "./waiver-approval.js";

export { mergePage, recordPage, renderPack } from "./evidence-pages.js";

export interface PullReviews {
  url?: string;
  /** Every review, in order; `commit` is the commit it was given on. */
  reviews: { who: string; state: string; date?: string; commit?: string }[];
  /** Set when the reviews could not be fetched; the pack says so instead of showing none. */
  error?: string;
}

export interface EvidenceOptions {
  since: string;
  until: string;
  /** The branch whose first-parent line holds the merges; default the default branch (see defaultBranch). */
  branch?: string;
  records?: string;
  policies?: string;
  failOn?: FailOn;
  tool: { name: string; version: string };
  /** A name for the repository, shown in the pack (e.g. owner/repo). */
  repository?: string;
  /** Fetches the reviews of pull requests (`--github`). */
  reviews?: (prs: number[]) => Promise<Map<number, PullReviews>>;
  /** Fetches the members (logins) of an organisation's team named in `dpo-team` (`--github`). */
  teamMembers?: (org: string, slug: string) => Promise<string[]>;
  /** The policies bundled with this ropa (default: the installed ones), for commits that pin its release. */
  bundled?: () => PolicyBundle;
  /** ropa's GitHub home, `owner/name`, as a pin names it (default: package.json's). */
  home?: string;
}

export type VerdictState = "pass" | "fail" | "unjudged";

export interface Verdict {
  state: VerdictState;
  text: string;
  introduced: Finding[];
  /** Findings already on the register before the merge. */
  existing: Finding[];
  problems?: Problem[];
  /** The compiled policies that judged: their blob ids at the commit's first parent. */
  policies?: { dir: string; wasm: string; data: string; rules: string };
  /** Or the policies bundled with this ropa, when the first parent had none committed and pinned this release. */
  bundled?: { version: string; pinnedBy: string[] };
  /** Which policies judged, in words: "policies committed at <first parent>" or "bundled policies of ropa X.Y.Z". */
  judgedBy?: string;
  /** What the DPO's approval of the waivers the commit added is, or why it is missing. */
  approval?: string;
  /** Every rule of those policies. */
  rules?: number;
  today: string;
  /** The verdict under the policies the change brought, when it changed them: shown apart, never the verdict. */
  underOwnPolicies?: { state: VerdictState; text: string };
}

export interface MergeEvidence {
  sha: string;
  date: string;
  subject: string;
  message: string;
  kind: "merge" | "squash" | "commit";
  /** The first parent: the change is judged from it, under its policies. */
  parent?: string;
  pr?: number;
  mergedBy?: string;
  committer: string;
  authors: string[];
  /** Strongest first: GitHub reviews, the merge's trailers, then trailers in the change's own commits; each says who wrote it. */
  approvals: SourcedApproval[];
  reviews?: PullReviews;
  signature?: Signature;
  /** The commits a merge brought in. */
  commits: { sha: string; date: string; subject: string; author: string; signature?: Signature }[];
  /** This commit changed the compiled policies or the pinned release: it was judged by those before it, and by its own apart. */
  changesPolicies: boolean;
  /** The ropa release pinned before and after it, when the commit changed that pin. */
  changesPin?: { from?: string; to?: string };
  verdict: Verdict;
  changes: RecordChange[];
  /** Set when record files changed but no record's values did: only renamed or moved, or edited (comments, layout). */
  filesOnly?: "renamed" | "edited";
}

export interface WaiverEvidence {
  id: string;
  name?: string;
  rule?: string;
  record?: string;
  reason?: string;
  approvedBy?: string;
  approvedOn?: string;
  expiresOn?: string;
  ticket?: string;
  file: string;
  grantedIn?: { sha: string; date: string; pr?: number };
  status: string;
}

export interface RegisterState {
  revision: Revision;
  layout?: Art30Layout;
  map?: DataMap;
  problems?: Problem[];
}

export interface Evidence {
  tool: { name: string; version: string };
  repository?: string;
  branch: string;
  /** How the branch was chosen when --branch was not given. */
  branchChosen?: string;
  period: { since: string; until: string };
  start: RegisterState | null;
  end: RegisterState;
  merges: MergeEvidence[];
  changes: RecordChange[];
  timelines: Timeline[];
  waivers: WaiverEvidence[];
  /** Timeline entries inside the period, by record id, for the pages. */
  inPeriod: Record<string, string[]>;
}

const day = (iso: string) => iso.slice(0, 10);

/** Reads the history once and judges every change of the period: gathered, judged, then assembled here. */
export async function buildEvidence(repo: GitObjects, opts: EvidenceOptions): Promise<Evidence> {
  const p = await findPeriod(repo, opts);
  const tool = { name: opts.tool.name, version: opts.tool.version, home: opts.home ?? TOOL.home };
  const g = await gather(repo, p, tool);
  const merges = await judgedMerges(repo, g, p, opts, tool);

  // Timelines of every record the period concerns: on the register at its start or end, or changed in it.
  const raw = collectEntries(g.ctx);
  const periodShas = new Set(g.period.map((c) => c.sha));
  const inPeriod = (e: RawEntry) => periodShas.has(e.sha) || periodShas.has(g.ctx.landed.get(e.sha)?.sha ?? "");
  const startReg = g.startCommit ? g.registerOf(g.start) : undefined;
  const endReg = g.registerOf(g.end);
  const ids = new Set<string>();
  for (const r of [startReg, endReg]) if (r && "register" in r) for (const id of r.register.records.keys()) ids.add(id);
  for (const [id, entries] of raw) if (entries.some(inPeriod)) ids.add(id);
  const wanted = [...ids].sort();
  // The signatures of the timelines' commits and of the merges, read in one batch.
  const entries = wanted.flatMap((id) => raw.get(id) ?? []);
  const signatures = await readSignatures(repo, [...commitsToDescribe(g.ctx, entries), ...g.period.map((c) => c.sha), ...merges.flatMap((m) => m.commits.map((s) => s.sha))]);
  for (const m of merges) {
    m.signature = signatures.get(m.sha);
    for (const s of m.commits) s.signature = signatures.get(s.sha);
  }
  const timelines = timelinesOf(g, p.recordsDir, wanted, raw, signatures);
  const inPeriodById: Record<string, string[]> = {};
  for (const id of wanted) inPeriodById[id] = (raw.get(id) ?? []).filter(inPeriod).map((e) => e.sha);

  const startRegister = startReg && "register" in startReg ? startReg.register : emptyRegister();
  return {
    tool: opts.tool,
    ...(opts.repository ? { repository: opts.repository } : {}),
    branch: p.branchName,
    ...(p.chosen ? { branchChosen: p.chosen.how } : {}),
    period: { since: p.since, until: p.until },
    start: g.startCommit ? registerState(g, p.policiesDir, g.start, g.startCommit, `the start of ${p.since}`) : null,
    end: registerState(g, p.policiesDir, g.end, g.endCommit, `the end of ${p.until}`),
    merges,
    changes: "register" in endReg ? diffRegisters(startRegister, endReg.register) : [],
    timelines,
    waivers: waiversGranted(g, p, "register" in endReg ? endReg.register : undefined),
    inPeriod: inPeriodById,
  };
}

/** The bundled policies, loaded once and only when a commit needs them. */
function bundledOf(opts: EvidenceOptions, tool: { version: string; home: string }): Bundled {
  let loaded: ReturnType<Bundled["load"]> | undefined;
  return {
    version: tool.version,
    home: tool.home,
    load: () => {
      try {
        loaded ??= { policy: loadPolicy(opts.bundled ? opts.bundled() : readBundleDir(fileURLToPath(DEFAULT_BUNDLE_DIR))) };
      } catch (e) {
        loaded = { error: e instanceof Error ? e.message : String(e) };
      }
      return loaded;
    },
  };
}

/** The members of each team the workflows name in `dpo-team`, when the pack may read them (`--github`). */
async function teamsOf(g: Gathered, opts: EvidenceOptions): Promise<Map<string, string[] | { error: string }>> {
  const members = new Map<string, string[] | { error: string }>();
  const fetch = opts.teamMembers;
  if (!fetch) return members;
  const teams = new Set<string>();
  for (const s of [g.start, ...g.states.values()]) for (const t of g.setupOf(s).team?.team.teams ?? []) teams.add(`${t.org}/${t.slug}`);
  for (const t of teams) {
    const [org, slug] = t.split("/") as [string, string];
    members.set(t, await fetch(org, slug).catch((e: unknown) => ({ error: e instanceof Error ? e.message.split("\n")[0]! : String(e) })));
  }
  return members;
}

/** Every commit of the period as evidence: who made and approved it, what it changed, and its verdict. */
async function judgedMerges(repo: GitObjects, g: Gathered, p: Period, opts: EvidenceOptions, tool: { version: string; home: string }): Promise<MergeEvidence[]> {
  const failOn = opts.failOn ?? "error";
  const bundled = bundledOf(opts, tool);
  // Who approved each change is known before it is judged: a waiver it added counts only with the DPO's review.
  const merges = g.period.map((c) => provenance(c, g.brought.get(c.sha) ?? []));
  if (opts.reviews) await addReviews(merges, opts.reviews);
  const members = await teamsOf(g, opts);
  const judged: MergeEvidence[] = [];
  let before = g.start;
  let parentDay = g.startCommit ? day(g.startCommit.committer.date) : undefined;
  // A fork point is almost always on the first-parent line, whose commits the log has already read.
  const mainLine = new Map(g.ctx.chain.map((c) => [c.sha, c]));
  const forkDay = async (first: string, second: string) => {
    const fork = await repo.forkPoint(first, second);
    const known = mainLine.get(fork);
    // In UTC, as repo.commitDay and the action give it (the log's dates carry the committer's offset).
    return known ? new Date(known.committer.date).toISOString().slice(0, 10) : repo.commitDay(fork);
  };
  for (const [i, c] of g.period.entries()) {
    // The base's date for the rules about notices is the day the change left the base, as the action dated
    // it when the pull request was checked: a merge's fork point (main may have moved on meanwhile, which
    // is not the change's doing); a commit made on the branch itself, its parent's day.
    const baseDate = c.parents.length > 1 ? await forkDay(c.parents[0]!, c.parents[1]!) : parentDay;
    const m = merges[i]!;
    const after = g.states.get(c.sha)!;
    const head = g.registerOf(after);
    const base = g.registerOf(before);
    const [was, now] = [g.setupOf(before), g.setupOf(after)];
    const verdict = await judgeCommit({
      before: { register: base, policy: g.policyOf(before), pin: was.pin },
      after: { register: head, policy: g.policyOf(after), pin: now.pin },
      root: c.parents.length === 0,
      recordsDir: p.recordsDir,
      policiesDir: p.policiesDir,
      today: day(c.committer.date),
      ...(baseDate ? { baseDate } : {}),
      failOn,
      bundled,
      approve: approveMerge({ ...(m.pr !== undefined ? { pr: m.pr } : {}), ...(m.kind === "merge" && c.parents[1] ? { head: c.parents[1] } : {}), ...(m.reviews ? { reviews: m.reviews } : {}) }, was.team, members),
    });
    if (verdict.state !== "unjudged") verdict.judgedBy = verdict.bundled ? `bundled policies of ropa ${verdict.bundled.version}` : `policies committed at ${c.parents[0]!.slice(0, 12)}`;
    const changes = "register" in head ? diffRegisters("register" in base ? base.register : emptyRegister(), head.register) : [];
    const version = (pin: Pin) => ("version" in pin ? pin.version : undefined);
    const changesPin = version(was.pin) !== version(now.pin);
    judged.push({
      ...m,
      changesPolicies: c.changes.some((ch) => [ch.oldPath, ch.newPath].some((path) => path !== null && (path === p.policiesDir || path.startsWith(`${p.policiesDir}/`)))) || changesPin,
      ...(changesPin ? { changesPin: { from: version(was.pin), to: version(now.pin) } } : {}),
      verdict,
      changes,
      ...(changes.length || !("register" in head) ? {} : filesOnly(c, p.recordsDir)),
    });
    before = after;
    parentDay = day(c.committer.date);
  }
  return judged;
}

/** Who made a commit, who put it on the branch and who approved it, and the commits it brought in. */
type Provenance = Omit<MergeEvidence, "changesPolicies" | "changesPin" | "verdict" | "changes" | "filesOnly">;

function provenance(c: LogCommit, brought: LogCommit[]): Provenance {
  const sides = brought.sort((a, b) => (a.committer.date < b.committer.date ? -1 : 1));
  const own = peopleOf(c);
  const kind: MergeEvidence["kind"] = c.parents.length > 1 ? "merge" : pullRequestOf(c) !== undefined ? "squash" : "commit";
  const authors = kind === "merge" && sides.length ? [...new Set(sides.flatMap((s) => peopleOf(s).authors))] : own.authors;
  // Whoever put it on the branch: the merge's author, else (a squash or direct commit) its committer.
  const mergedBy = kind === "merge" ? `${c.author.name} <${c.author.email}>` : undefined;
  const people = { authors, merger: mergedBy ?? `${c.committer.name} <${c.committer.email}>` };
  const approvals = [
    ...(kind === "merge" ? trailerApprovals(c, "merge-trailer", "of the merge", people) : trailerApprovals(c, "commit-trailer", kind === "squash" ? "of the squash commit" : "of the commit", people)),
    ...sides.flatMap((s) => trailerApprovals(s, "commit-trailer", `in commit ${s.sha.slice(0, 12)} of the pull request`, people)),
  ];
  return {
    sha: c.sha,
    date: c.committer.date,
    subject: c.subject,
    message: c.message,
    kind,
    ...(c.parents[0] ? { parent: c.parents[0] } : {}),
    ...(pullRequestOf(c) !== undefined ? { pr: pullRequestOf(c) } : {}),
    ...(mergedBy ? { mergedBy } : {}),
    committer: `${c.committer.name} <${c.committer.email}>`,
    authors,
    approvals: rankApprovals(approvals),
    commits: sides.map((s) => ({ sha: s.sha, date: s.committer.date, subject: s.subject, author: `${s.author.name} <${s.author.email}>` })),
  };
}

/** What a commit did to record files when no record's values changed. */
function filesOnly(c: LogCommit, recordsDir: string): { filesOnly?: "renamed" | "edited" } {
  const touched = c.changes.filter((ch) => [ch.oldPath, ch.newPath].some((p) => p !== null && under(recordsDir, p)));
  if (!touched.length) return {};
  return { filesOnly: touched.every((ch) => ch.status.startsWith("R")) ? "renamed" : "edited" };
}

/** The pull requests' reviews from GitHub (`--github`), ranked with the trailers as the strongest approvals. */
async function addReviews(merges: Provenance[], fetch: NonNullable<EvidenceOptions["reviews"]>): Promise<void> {
  const prs = [...new Set(merges.map((m) => m.pr).filter((n): n is number => n !== undefined))];
  const reviews = prs.length ? await fetch(prs) : new Map<number, PullReviews>();
  for (const m of merges) {
    const r = m.pr !== undefined ? reviews.get(m.pr) : undefined;
    if (!r) continue;
    m.reviews = r;
    m.approvals = rankApprovals([...reviewApprovals(r.reviews, m.pr!, { authors: m.authors, ...(m.mergedBy ? { merger: m.mergedBy } : {}) }), ...m.approvals]);
  }
}

/** Each wanted record's timeline, ending with the record as it stands at the end of the period. */
function timelinesOf(g: Gathered, recordsDir: string, wanted: string[], raw: Map<string, RawEntry[]>, signatures: Map<string, Signature>): Timeline[] {
  const endById = new Map<string, { path: string; oid: string }>();
  for (const [path, oid] of g.end) {
    if (!under(recordsDir, path)) continue;
    const id = g.ctx.blobs.id(oid);
    if (id !== undefined && !endById.has(id)) endById.set(id, { path, oid });
  }
  return wanted.map((id) => {
    const now = endById.get(id);
    return finishTimeline(g.ctx, id, raw.get(id) ?? [], signatures, now ? { path: now.path, data: g.ctx.blobs.data(now.oid) ?? {} } : undefined);
  });
}

/** The register at one commit, laid out as Art. 30 asks, with its data map. */
function registerState(g: Gathered, policiesDir: string, state: State, commit: LogCommit, asked: string): RegisterState {
  const rev = { asked, sha: commit.sha, date: commit.committer.date, subject: commit.subject };
  const loaded = g.registerOf(state);
  if ("problems" in loaded) return { revision: rev, problems: loaded.problems };
  const { reference, from } = referenceAt(g.policyBlobs, policiesDir, state, commit.sha);
  const committed = g.policyOf(state);
  const policy = "loaded" in committed && "policy" in committed.loaded ? committed.loaded.policy : undefined;
  const { transfers, note } = transferView(loaded.register, commit.committer.date.slice(0, 10), policy);
  return { revision: rev, layout: art30Layout(loaded.register, reference, { revision: rev, referenceFrom: from + note, transfers }), map: dataMap(loaded.register, transfers) };
}

/** The reference data the commit's compiled policies carry, else ropa's own, saying which. */
function referenceAt(policyBlobs: Map<string, Buffer>, policiesDir: string, state: State, sha: string): { reference: Reference; from: string } {
  const oid = state.get(`${policiesDir}/${BUNDLE_FILES.data}`);
  if (oid && policyBlobs.has(oid)) {
    try {
      const reference = JSON.parse(policyBlobs.get(oid)!.toString("utf8")).reference;
      if (reference && typeof reference === "object") return { reference, from: `${policiesDir}/${BUNDLE_FILES.data} at ${sha.slice(0, 12)}` };
    } catch {
      // falls back to ropa's own reference data, and says so
    }
  }
  return { reference: bundledReference(), from: "the reference data bundled with ropa" };
}

/** Where each waiver first entered the register in the period: the first commit whose register has it and whose parent's does not. */
function waiverGrants(g: Gathered): Map<string, { sha: string; date: string; pr?: number }> {
  const grants = new Map<string, { sha: string; date: string; pr?: number }>();
  let before = g.start;
  for (const c of g.period) {
    const after = g.states.get(c.sha)!;
    const head = g.registerOf(after);
    const base = g.registerOf(before);
    if ("register" in head) {
      const had = "register" in base ? base.register.doc.waivers : {};
      for (const id of Object.keys(head.register.doc.waivers)) if (!(id in had) && !grants.has(id)) grants.set(id, { sha: c.sha, date: c.committer.date, pr: pullRequestOf(c) });
    }
    before = after;
  }
  return grants;
}

/** Waivers granted in the period: added to the register in it, or approved in it. */
function waiversGranted(g: Gathered, p: Period, endWaivers: Register | undefined): WaiverEvidence[] {
  const { since, until } = p;
  const grants = waiverGrants(g);
  const waivers: WaiverEvidence[] = [];
  const seen = new Set<string>();
  const consider = (id: string, data: Record<string, unknown>, file: string) => {
    if (seen.has(id)) return;
    const approvedOn = typeof data.approved_on === "string" ? data.approved_on : undefined;
    const grant = grants.get(id);
    if (!grant && !(approvedOn && approvedOn >= since && approvedOn <= until)) return;
    seen.add(id);
    const expires = typeof data.expires_on === "string" ? data.expires_on : undefined;
    const inForce = endWaivers?.records.has(id);
    const status = !inForce ? "removed before the end of the period" : expires && expires < until ? `expired on ${expires}, before the end of the period` : "in force at the end of the period";
    const s = (k: string) => (typeof data[k] === "string" ? (data[k] as string) : undefined);
    waivers.push({
      id,
      ...(s("name") ? { name: s("name") } : {}),
      ...(s("rule") ? { rule: s("rule") } : {}),
      ...(s("record") ? { record: s("record") } : {}),
      ...(s("reason") ? { reason: s("reason") } : {}),
      ...(s("approved_by") ? { approvedBy: s("approved_by") } : {}),
      ...(approvedOn ? { approvedOn } : {}),
      ...(expires ? { expiresOn: expires } : {}),
      ...(s("ticket") ? { ticket: s("ticket") } : {}),
      file,
      ...(grant ? { grantedIn: grant } : {}),
      status,
    });
  };
  // The end's waivers first: a waiver still in force is described as it stands at the end.
  if (endWaivers) for (const r of endWaivers.records.values()) if (r.kind === "Waiver") consider(r.id, r.data, r.file);
  for (const c of g.period) {
    const loaded = g.registerOf(g.states.get(c.sha)!);
    if ("register" in loaded) for (const r of loaded.register.records.values()) if (r.kind === "Waiver") consider(r.id, r.data, r.file);
  }
  waivers.sort((a, b) => (a.grantedIn?.date ?? a.approvedOn ?? "").localeCompare(b.grantedIn?.date ?? b.approvedOn ?? "") || a.id.localeCompare(b.id));
  return waivers;
}

// ---------------------------------------------------------------------------------------------------------
// Writing the pack (its pages: ./evidence-pages.ts)
// ---------------------------------------------------------------------------------------------------------

/**
 * Writes the pack into `out`, which must not exist or be empty: built beside it, then moved into place,
 * so a reader never sees half a pack. Returns the manifest and its sha256 (to note down elsewhere).
 */
export function writePack(e: Evidence, out: string): { manifest: Manifest; manifestSha256: string; files: number } {
  const target = resolve(out);
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(target);
  } catch {
    existing = undefined;
  }
  if (existing && (!existing.isDirectory() || readdirSync(target).length > 0)) {
    throw new RegisterError([{ file: out, message: "already exists and is not an empty folder", hint: "give --out a new folder: a pack is never written over another" }]);
  }
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [path, content] of Object.entries(renderPack(e))) {
      mkdirSync(dirname(join(tmp, path)), { recursive: true });
      writeFileSync(join(tmp, path), content);
    }
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      tool: e.tool,
      ...(e.repository ? { repository: e.repository } : {}),
      branch: e.branch,
      period: e.period,
      commits: { start: e.start?.revision.sha ?? null, end: e.end.revision.sha, merges: e.merges.map((m) => m.sha) },
      files: manifestFiles(tmp),
    };
    const text = manifestText(manifest);
    writeFileSync(join(tmp, MANIFEST), text);
    if (existing) rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
    return { manifest, manifestSha256: sha256(text), files: manifest.files.length };
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}
