// The evidence pack: for a period, every change that landed on the branch judged again as the change from
// its first parent, under that parent's policies (by the one judge, ../judge.ts); who made and approved it;
// a timeline per record; the register at the start and the end of the period and what changed between
// them; and the waivers granted. Read in one pass of the
// history (../git/log.ts) and one batch read of blobs; the register after each merge is rebuilt from the
// previous one and the merge's first-parent diff, never by checking anything out.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { FailOn } from "../check.js";
import { approveAll, judgeChange, type Judgement } from "../judge.js";
import { diffRegisters, type RecordChange } from "../diff.js";
import { RegisterError, type Problem } from "../errors.js";
import { peopleOf, pullRequestOf, readSignatures, type LogCommit, type Signature } from "../git/log.js";
import { GitObjects } from "../git/objects.js";
import { isRegisterPath } from "../git/snapshot.js";
import { BUNDLE_FILES, loadPolicy, PolicyError, type Policy } from "../policy.js";
import { emptyRegister, resolveRecords, type Register } from "../resolve.js";
import type { Finding, LoadedRecord, RuleMeta } from "../types.js";
import { rankApprovals, reviewApprovals, trailerApprovals, type SourcedApproval } from "./approvals.js";
import { art30Layout, type Art30Layout } from "./art30.js";
import { collectEntries, commitsToDescribe, finishTimeline, historyContext, type RawEntry, type Timeline } from "./history.js";
import { dataMap, type DataMap } from "./datamap.js";
import { renderPack } from "./evidence-pages.js";
import { MANIFEST, MANIFEST_FORMAT, manifestFiles, manifestText, sha256, type Manifest } from "./manifest.js";
import { bundledReference, checkDate, endOfDay, transferView, type Reference, type Revision } from "./register-at.js";

export { mergePage, recordPage, renderPack } from "./evidence-pages.js";

export interface PullReviews {
  url?: string;
  /** Every review, in order. */
  reviews: { who: string; state: string; date?: string }[];
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
  /** This commit changed the compiled policies: it was judged by those before it, and by its own apart. */
  changesPolicies: boolean;
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

type State = Map<string, string>;
type Loaded = { register: Register } | { problems: Problem[] };

const clean = (p: string) => p.replace(/^\.?\/+|\/+$/g, "");
const day = (iso: string) => iso.slice(0, 10);

function under(dir: string, path: string): boolean {
  return (dir === "" || path.startsWith(`${dir}/`)) && isRegisterPath(path);
}

/**
 * The branch merges land on, when none is named: the remote's default branch (origin/HEAD), else a local
 * main or master, else their copies from origin, else HEAD. Says which, as the pack must.
 */
export async function defaultBranch(repo: GitObjects): Promise<{ rev: string; how: string }> {
  const quiet = async (args: string[]) => {
    try {
      return (await repo.run(args)).toString("utf8").trim();
    } catch {
      return "";
    }
  };
  const remoteHead = await quiet(["symbolic-ref", "-q", "--short", "refs/remotes/origin/HEAD"]);
  if (remoteHead) return { rev: remoteHead, how: "the default branch, as origin/HEAD names it" };
  for (const ref of ["main", "master", "origin/main", "origin/master"]) {
    const full = ref.startsWith("origin/") ? `refs/remotes/${ref}` : `refs/heads/${ref}`;
    if (await quiet(["rev-parse", "-q", "--verify", `${full}^{commit}`])) return { rev: ref, how: `no origin/HEAD, so the branch named ${ref}` };
  }
  return { rev: "HEAD", how: "no origin/HEAD, main or master, so the checked-out HEAD" };
}

async function firstParentAt(repo: GitObjects, tip: string, epochSeconds: number): Promise<string> {
  return (await repo.run(["rev-list", "--first-parent", "-1", `--before=@${epochSeconds}`, tip])).toString("utf8").trim();
}

/** Reads the history once and judges every change of the period. */
export async function buildEvidence(repo: GitObjects, opts: EvidenceOptions): Promise<Evidence> {
  const since = checkDate(opts.since, "--since");
  const until = checkDate(opts.until, "--until");
  if (since > until) throw new RegisterError([{ file: "--since", message: `the period starts (${since}) after it ends (${until})`, hint: "give --since on or before --until" }]);
  const chosen = opts.branch === undefined ? await defaultBranch(repo) : undefined;
  const branch = opts.branch ?? chosen!.rev;
  const recordsDir = clean(opts.records ?? "records");
  const policiesDir = clean(opts.policies ?? "policies/build");
  let tip: string;
  try {
    tip = await repo.resolve(branch);
  } catch (e) {
    throw new RegisterError([{ file: "--branch", message: (e as Error).message }]);
  }
  const endSha = await firstParentAt(repo, tip, endOfDay(until));
  if (!endSha) throw new RegisterError([{ file: "--until", message: `${branch} has no commit on or before ${until}`, hint: "give a period in which the branch existed" }]);
  // Looked up from the end, so it is on the same first-parent line even if commit dates are out of order.
  const startSha = await firstParentAt(repo, endSha, endOfDay(since) - 86_400);
  let branchName = branch;
  if (branch === "HEAD") {
    try {
      branchName = (await repo.run(["symbolic-ref", "--short", "-q", "HEAD"])).toString("utf8").trim() || "HEAD";
    } catch {
      branchName = `HEAD (detached at ${tip.slice(0, 12)})`;
    }
  }

  const ctx = await historyContext(repo, endSha, recordsDir, [policiesDir]);
  const chain = ctx.chain;
  const cut = startSha ? chain.findIndex((c) => c.sha === startSha) : -1;
  const period = (cut < 0 ? chain : chain.slice(0, cut)).reverse();
  const startCommit = cut < 0 ? undefined : chain[cut];

  // The register and policies after each commit of the period, rebuilt from the start and the first-parent diffs.
  const policyPaths = new Set(Object.values(BUNDLE_FILES).map((f) => `${policiesDir}/${f}`));
  const relevant = (p: string | null): p is string => p !== null && (under(recordsDir, p) || policyPaths.has(p));
  const start: State = new Map();
  if (startCommit) {
    const [records, policies] = await Promise.all([repo.tree(startCommit.sha, recordsDir || "."), repo.tree(startCommit.sha, policiesDir)]);
    for (const e of [...records, ...policies]) if (relevant(e.path)) start.set(e.path, e.oid);
  }
  const states = new Map<string, State>();
  let current = start;
  for (const c of period) {
    const next = new Map(current);
    for (const ch of c.changes) {
      if (relevant(ch.oldPath)) next.delete(ch.oldPath);
      if (relevant(ch.newPath) && ch.newOid) next.set(ch.newPath, ch.newOid);
    }
    states.set(c.sha, next);
    current = next;
  }
  const end = current;

  // One batch read for every blob not read yet: records, and the policies of each state.
  const recordOids = new Set<string>();
  const policyOids = new Set<string>();
  for (const s of [start, ...states.values()]) for (const [p, oid] of s) (policyPaths.has(p) ? policyOids : recordOids).add(oid);
  const missing = [...recordOids].filter((oid) => !ctx.blobs.has(oid));
  const [more, policyBlobs] = await Promise.all([repo.blobs(missing), repo.blobs([...policyOids])]);
  ctx.blobs.add(more);

  const registers = new Map<State, Loaded>();
  const registerOf = (state: State): Loaded => {
    let r = registers.get(state);
    if (r) return r;
    const problems: Problem[] = [];
    const records: LoadedRecord[] = [];
    for (const [path, oid] of [...state].filter(([p]) => under(recordsDir, p)).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const rec = ctx.blobs.load(oid, path);
      if (Array.isArray(rec)) problems.push(...rec);
      else {
        const invalid = ctx.blobs.validate(rec, oid);
        if (invalid.length) problems.push(...invalid);
        else records.push(rec);
      }
    }
    if (problems.length) r = { problems };
    else {
      try {
        r = { register: resolveRecords(records, recordsDir || ".") };
      } catch (e) {
        if (!(e instanceof RegisterError)) throw e;
        r = { problems: e.problems };
      }
    }
    registers.set(state, r);
    return r;
  };

  const policies = new Map<string, { policy: Policy } | { error: string }>();
  const policyOf = (state: State): { key: string; oids: { wasm: string; data: string; rules: string }; loaded: { policy: Policy } | { error: string } } | { missing: string[] } => {
    const oid = (f: string) => state.get(`${policiesDir}/${f}`);
    const oids = { wasm: oid(BUNDLE_FILES.wasm), data: oid(BUNDLE_FILES.data), rules: oid(BUNDLE_FILES.rules) };
    const absent = Object.entries(oids).filter(([, v]) => !v).map(([k]) => `${policiesDir}/${BUNDLE_FILES[k as keyof typeof BUNDLE_FILES]}`);
    if (absent.length) return { missing: absent };
    const key = `${oids.wasm}\0${oids.data}\0${oids.rules}`;
    let loaded = policies.get(key);
    if (!loaded) {
      try {
        loaded = {
          policy: loadPolicy({
            wasm: policyBlobs.get(oids.wasm!)!,
            data: JSON.parse(policyBlobs.get(oids.data!)!.toString("utf8")),
            rules: JSON.parse(policyBlobs.get(oids.rules!)!.toString("utf8")) as RuleMeta[],
          }),
        };
      } catch (e) {
        loaded = { error: e instanceof Error ? e.message : String(e) };
      }
      policies.set(key, loaded);
    }
    return { key, oids: oids as { wasm: string; data: string; rules: string }, loaded };
  };

  const brought = new Map<string, LogCommit[]>();
  for (const [sha, merge] of ctx.landed) {
    const list = brought.get(merge.sha) ?? [];
    list.push(ctx.history.bySha.get(sha)!);
    brought.set(merge.sha, list);
  }

  const failOn = opts.failOn ?? "error";
  const merges: MergeEvidence[] = [];
  const waiverGrants = new Map<string, { sha: string; date: string; pr?: number }>();
  let before = start;
  for (const c of period) {
    const after = states.get(c.sha)!;
    const today = day(c.committer.date);
    const head = registerOf(after);
    const base = registerOf(before);
    // Judged as the change from its first parent, under the first parent's policies: never the policies
    // the change brought, which are judged apart.
    const pol = policyOf(before);
    const ownPol = policyOf(after);
    let verdict: Verdict;
    if ("missing" in pol) {
      verdict = { state: "unjudged", text: `not judged: the commit before it (its first parent) has no compiled policies (${pol.missing.join(", ")} missing)`, introduced: [], existing: [], today };
    } else if ("error" in pol.loaded) {
      verdict = { state: "unjudged", text: `not judged: the compiled policies of the commit before it do not load (${pol.loaded.error})`, introduced: [], existing: [], today, policies: { dir: policiesDir, ...pol.oids } };
    } else if ("problems" in head) {
      verdict = {
        state: "fail",
        text: `fails: the register does not load at this commit (${head.problems.length} ${head.problems.length === 1 ? "problem" : "problems"})`,
        introduced: [],
        existing: [],
        problems: head.problems,
        today,
        policies: { dir: policiesDir, ...pol.oids },
        rules: pol.loaded.policy.rules.size,
      };
    } else {
      verdict = await judgeMerge({
        base: "register" in base ? base.register : undefined,
        head: head.register,
        policy: pol.loaded.policy,
        own: "missing" in ownPol ? { error: `${ownPol.missing.join(", ")} missing` } : ownPol.key === pol.key ? undefined : ownPol.loaded,
        root: recordsDir || ".",
        today,
        failOn,
        policies: { dir: policiesDir, ...pol.oids },
      });
    }
    const changes = "register" in head ? diffRegisters("register" in base ? base.register : emptyRegister(), head.register) : [];
    if ("register" in head) {
      const had = "register" in base ? base.register.doc.waivers : {};
      for (const id of Object.keys(head.register.doc.waivers)) if (!(id in had) && !waiverGrants.has(id)) waiverGrants.set(id, { sha: c.sha, date: c.committer.date, pr: pullRequestOf(c) });
    }
    const sides = (brought.get(c.sha) ?? []).sort((a, b) => (a.committer.date < b.committer.date ? -1 : 1));
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
    merges.push({
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
      changesPolicies: c.changes.some((ch) => [ch.oldPath, ch.newPath].some((p) => p !== null && (p === policiesDir || p.startsWith(`${policiesDir}/`)))),
      verdict,
      changes,
      ...(changes.length || !("register" in head) ? {} : filesOnly(c, recordsDir)),
    });
    before = after;
  }

  // Reviews from GitHub, where asked for.
  if (opts.reviews) {
    const prs = [...new Set(merges.map((m) => m.pr).filter((n): n is number => n !== undefined))];
    const reviews = prs.length ? await opts.reviews(prs) : new Map<number, PullReviews>();
    for (const m of merges) {
      const r = m.pr !== undefined ? reviews.get(m.pr) : undefined;
      if (!r) continue;
      m.reviews = r;
      m.approvals = rankApprovals([...reviewApprovals(r.reviews, m.pr!, { authors: m.authors, ...(m.mergedBy ? { merger: m.mergedBy } : {}) }), ...m.approvals]);
    }
  }

  // Timelines of every record the period concerns.
  const raw = collectEntries(ctx);
  const periodShas = new Set(period.map((c) => c.sha));
  const inPeriod = (e: RawEntry) => periodShas.has(e.sha) || periodShas.has(ctx.landed.get(e.sha)?.sha ?? "");
  const startReg = startCommit ? registerOf(start) : undefined;
  const endReg = registerOf(end);
  const ids = new Set<string>();
  for (const r of [startReg, endReg]) if (r && "register" in r) for (const id of r.register.records.keys()) ids.add(id);
  for (const [id, entries] of raw) if (entries.some(inPeriod)) ids.add(id);
  const wanted = [...ids].sort();
  const entries = wanted.flatMap((id) => raw.get(id) ?? []);
  const signatures = await readSignatures(repo, [...commitsToDescribe(ctx, entries), ...period.map((c) => c.sha), ...merges.flatMap((m) => m.commits.map((s) => s.sha))]);
  for (const m of merges) {
    m.signature = signatures.get(m.sha);
    for (const s of m.commits) s.signature = signatures.get(s.sha);
  }
  const endById = new Map<string, { path: string; oid: string }>();
  for (const [path, oid] of end) {
    if (!under(recordsDir, path)) continue;
    const id = ctx.blobs.id(oid);
    if (id !== undefined && !endById.has(id)) endById.set(id, { path, oid });
  }
  const timelines = wanted.map((id) => {
    const now = endById.get(id);
    return finishTimeline(ctx, id, raw.get(id) ?? [], signatures, now ? { path: now.path, data: ctx.blobs.data(now.oid) ?? {} } : undefined);
  });
  const inPeriodById: Record<string, string[]> = {};
  for (const id of wanted) inPeriodById[id] = (raw.get(id) ?? []).filter(inPeriod).map((e) => e.sha);

  // The register at the start and at the end, laid out as Art. 30 asks.
  const referenceOf = (state: State, sha: string): { reference: Reference; from: string } => {
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
  };
  const stateOf = (state: State, commit: LogCommit, asked: string): RegisterState => {
    const rev = { asked, sha: commit.sha, date: commit.committer.date, subject: commit.subject };
    const loaded = registerOf(state);
    if ("problems" in loaded) return { revision: rev, problems: loaded.problems };
    const { reference, from } = referenceOf(state, commit.sha);
    const committed = policyOf(state);
    const policy = "loaded" in committed && "policy" in committed.loaded ? committed.loaded.policy : undefined;
    const { transfers, note } = transferView(loaded.register, commit.committer.date.slice(0, 10), policy);
    return { revision: rev, layout: art30Layout(loaded.register, reference, { revision: rev, referenceFrom: from + note, transfers }), map: dataMap(loaded.register, transfers) };
  };
  const endCommit = ctx.history.bySha.get(endSha)!;
  const startState = startCommit ? stateOf(start, startCommit, `the start of ${since}`) : null;
  const endState = stateOf(end, endCommit, `the end of ${until}`);
  const startRegister = startReg && "register" in startReg ? startReg.register : emptyRegister();
  const changes = "register" in endReg ? diffRegisters(startRegister, endReg.register) : [];

  // Waivers granted in the period: added to the register in it, or approved in it.
  const waivers: WaiverEvidence[] = [];
  const endWaivers = "register" in endReg ? endReg.register : undefined;
  const seen = new Set<string>();
  const consider = (id: string, data: Record<string, unknown>, file: string) => {
    if (seen.has(id)) return;
    const approvedOn = typeof data.approved_on === "string" ? data.approved_on : undefined;
    const grant = waiverGrants.get(id);
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
  if (endWaivers) for (const r of endWaivers.records.values()) if (r.kind === "Waiver") consider(r.id, r.data, r.file);
  for (const c of period) {
    const loaded = registerOf(states.get(c.sha)!);
    if ("register" in loaded) for (const r of loaded.register.records.values()) if (r.kind === "Waiver") consider(r.id, r.data, r.file);
  }
  waivers.sort((a, b) => (a.grantedIn?.date ?? a.approvedOn ?? "").localeCompare(b.grantedIn?.date ?? b.approvedOn ?? "") || a.id.localeCompare(b.id));

  return {
    tool: opts.tool,
    ...(opts.repository ? { repository: opts.repository } : {}),
    branch: branchName,
    ...(chosen ? { branchChosen: chosen.how } : {}),
    period: { since, until },
    start: startState,
    end: endState,
    merges,
    changes,
    timelines,
    waivers,
    inPeriod: inPeriodById,
  };
}

const count = (k: number, what: string) => `${k} ${what}${k === 1 ? "" : "s"}`;

/** One merge's verdict from the engine's one judge (../judge.ts): the change from its first parent, under that parent's policies. */
async function judgeMerge(m: {
  /** The first parent's register; undefined when it does not load. */
  base?: Register;
  head: Register;
  policy: Policy;
  /** The policies the merge brought, when they differ: judged apart. */
  own?: { policy: Policy } | { error: string };
  root: string;
  today: string;
  failOn: FailOn;
  policies: NonNullable<Verdict["policies"]>;
}): Promise<Verdict> {
  const judged = { today: m.today, policies: m.policies, rules: m.policy.rules.size };
  let j: Judgement;
  try {
    // Waivers a merge added are counted as approved: who approved the merge is shown beside the verdict.
    j = await judgeChange({
      base: m.base ?? emptyRegister(),
      head: m.head,
      root: m.root,
      policy: m.policy,
      ...(m.own ? { own: () => ("policy" in m.own! ? m.own.policy : thrown(m.own!.error)) } : {}),
      approve: approveAll,
      today: m.today,
      failOn: m.failOn,
    });
  } catch (e) {
    if (e instanceof RegisterError) return { state: "fail", text: `fails: the register names rules its policies refuse (${count(e.problems.length, "problem")})`, introduced: [], existing: [], problems: e.problems, ...judged };
    if (e instanceof PolicyError) return { state: "unjudged", text: `not judged: the policies of the commit before it could not evaluate the register (${e.message})`, introduced: [], existing: [], today: m.today, policies: m.policies };
    throw e;
  }
  const r = j.result;
  const text =
    r.verdict === "fail"
      ? `fails: ${[r.errors ? count(r.errors, "error") : "", m.failOn === "warning" && r.warnings ? count(r.warnings, "warning") : ""].filter(Boolean).join(" and ")} introduced`
      : r.introduced.length
        ? `passes, with ${[r.warnings ? count(r.warnings, "warning") : "", r.infos ? count(r.infos, "note") : ""].filter(Boolean).join(" and ")} introduced`
        : "passes: no new finding";
  const own = j.underOwnPolicies;
  return {
    state: r.verdict,
    text: m.base ? text : `${text} (the register before it did not load, so every finding counts as introduced)`,
    introduced: r.introduced,
    existing: r.existing,
    ...judged,
    ...(own ? { underOwnPolicies: "error" in own ? { state: "unjudged", text: `its own policies do not judge: ${own.error}` } : { state: own.verdict, text: `${own.verdict === "fail" ? "fails" : "passes"} under the policies it brought (${count(own.introduced.filter((f) => !f.waived && f.severity === "error").length, "error")} introduced)` } } : {}),
  };
}

function thrown(message: string): never {
  throw new PolicyError(message);
}

/** What a commit did to record files when no record's values changed. */
function filesOnly(c: LogCommit, recordsDir: string): { filesOnly?: "renamed" | "edited" } {
  const touched = c.changes.filter((ch) => [ch.oldPath, ch.newPath].some((p) => p !== null && under(recordsDir, p)));
  if (!touched.length) return {};
  return { filesOnly: touched.every((ch) => ch.status.startsWith("R")) ? "renamed" : "edited" };
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
