// Gathering for the evidence pack: what happened in the period, read from git and nothing judged. The
// period's commits on the branch's first-parent line, read in one pass of the history (../git/log.ts); the
// register and policies after each commit, rebuilt from the previous state and the commit's first-parent
// diff, never by checking anything out; and one batch read of the blobs those states hold. A state also
// holds the files that pin a ropa release (./pin.ts), for the commits with no compiled policies.
import type { EvidenceOptions } from "./evidence.js";
import { RegisterError, type Problem } from "../errors.js";
import type { LogCommit } from "../git/log.js";
import type { GitObjects } from "../git/objects.js";
import { isRegisterPath } from "../git/snapshot.js";
import { BUNDLE_FILES, loadPolicy, type Policy } from "../policy.js";
import { resolveRecords, type Register } from "../resolve.js";
import type { LoadedRecord, RuleMeta } from "../types.js";
import { historyContext, type HistoryContext } from "./history.js";
import { isPinPath, PACKAGE_JSON, pinOf, WORKFLOWS, type Pin, type PinFile } from "./pin.js";
import { dpoTeamOf, type NamedTeam } from "./waiver-approval.js";
import { checkDate, endOfDay } from "./register-at.js";

/** The register, policy and pin files at one commit: path → blob id. */
export type State = Map<string, string>;
export type Loaded = { register: Register } | { problems: Problem[] };
export type PolicyIds = { wasm: string; data: string; rules: string };
/** The compiled policies a state holds (`key` tells two copies apart), or which of their files it lacks. */
/** What the workflows and package.json of a state say: the ropa release pinned, and who may approve waivers. */
export type Setup = { pin: Pin; team?: NamedTeam };
export type PolicyAt = { key: string; oids: PolicyIds; loaded: { policy: Policy } | { error: string } } | { missing: string[] };

const clean = (p: string) => p.replace(/^\.?\/+|\/+$/g, "");

export function under(dir: string, path: string): boolean {
  return (dir === "" || path.startsWith(`${dir}/`)) && isRegisterPath(path);
}

/** The period asked for, checked, and the commits that bound it on the branch. */
export interface Period {
  since: string;
  until: string;
  /** How the branch was chosen when none was named. */
  chosen?: { rev: string; how: string };
  /** The branch as the pack names it. */
  branchName: string;
  recordsDir: string;
  policiesDir: string;
  endSha: string;
  /** The last commit before the period; empty when the branch starts inside it. */
  startSha: string;
}

export async function findPeriod(repo: GitObjects, opts: EvidenceOptions): Promise<Period> {
  const since = checkDate(opts.since, "--since");
  const until = checkDate(opts.until, "--until");
  if (since > until) throw new RegisterError([{ file: "--since", message: `the period starts (${since}) after it ends (${until})`, hint: "give --since on or before --until" }]);
  const chosen = opts.branch === undefined ? await defaultBranch(repo) : undefined;
  const branch = opts.branch ?? chosen!.rev;
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
  return { since, until, ...(chosen ? { chosen } : {}), branchName, recordsDir: clean(opts.records ?? "records"), policiesDir: clean(opts.policies ?? "policies/build"), endSha, startSha };
}

/**
 * The branch merges land on, when none is named: the remote's default branch (origin/HEAD), else a local
 * main or master, else their copies from origin, else HEAD. Says which, as the pack must.
 */
async function defaultBranch(repo: GitObjects): Promise<{ rev: string; how: string }> {
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

/** What happened in the period, and readers of the register and policies at any state of it. */
export interface Gathered {
  ctx: HistoryContext;
  /** The period's commits on the first-parent line, oldest first. */
  period: LogCommit[];
  startCommit?: LogCommit;
  endCommit: LogCommit;
  start: State;
  /** The state after each commit of the period, by sha. */
  states: Map<string, State>;
  end: State;
  policyBlobs: Map<string, Buffer>;
  /** The commits each merge brought in, by the merge's sha. */
  brought: Map<string, LogCommit[]>;
  registerOf: (state: State) => Loaded;
  policyOf: (state: State) => PolicyAt;
  /** The state's set-up: the ropa release its workflows and package.json pin, and the DPO team its workflows name. */
  setupOf: (state: State) => Setup;
}

export async function gather(repo: GitObjects, p: Period, tool: { name: string; home: string }): Promise<Gathered> {
  const { recordsDir, policiesDir } = p;
  const ctx = await historyContext(repo, p.endSha, recordsDir, [policiesDir, WORKFLOWS, PACKAGE_JSON]);
  const chain = ctx.chain;
  const cut = p.startSha ? chain.findIndex((c) => c.sha === p.startSha) : -1;
  const period = (cut < 0 ? chain : chain.slice(0, cut)).reverse();
  const startCommit = cut < 0 ? undefined : chain[cut];

  // The register and policies after each commit of the period, rebuilt from the start and the first-parent diffs.
  const policyPaths = new Set(Object.values(BUNDLE_FILES).map((f) => `${policiesDir}/${f}`));
  const relevant = (path: string | null): path is string => path !== null && (under(recordsDir, path) || policyPaths.has(path) || isPinPath(path));
  const start: State = new Map();
  if (startCommit) {
    const trees = await Promise.all([recordsDir || ".", policiesDir, WORKFLOWS, PACKAGE_JSON].map((dir) => repo.tree(startCommit.sha, dir)));
    for (const e of trees.flat()) if (relevant(e.path)) start.set(e.path, e.oid);
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

  // One batch read for every blob not read yet: records, and the policies and pins of each state.
  const recordOids = new Set<string>();
  const policyOids = new Set<string>();
  const pinOids = new Set<string>();
  for (const s of [start, ...states.values()]) for (const [path, oid] of s) (policyPaths.has(path) ? policyOids : under(recordsDir, path) ? recordOids : pinOids).add(oid);
  const missing = [...recordOids].filter((oid) => !ctx.blobs.has(oid));
  const [more, policyBlobs, pinBlobs] = await Promise.all([repo.blobs(missing), repo.blobs([...policyOids]), repo.blobs([...pinOids])]);
  ctx.blobs.add(more);

  const brought = new Map<string, LogCommit[]>();
  for (const [sha, merge] of ctx.landed) {
    const list = brought.get(merge.sha) ?? [];
    list.push(ctx.history.bySha.get(sha)!);
    brought.set(merge.sha, list);
  }

  return {
    ctx,
    period,
    ...(startCommit ? { startCommit } : {}),
    endCommit: ctx.history.bySha.get(p.endSha)!,
    start,
    states,
    end: current,
    policyBlobs,
    brought,
    registerOf: registerReader(ctx, recordsDir),
    policyOf: policyReader(policyBlobs, policiesDir),
    setupOf: setupReader(pinBlobs, recordsDir, tool),
  };
}

/** The release a state pins and the DPO team it names; read once per distinct set of pin files. */
function setupReader(pinBlobs: Map<string, Buffer>, recordsDir: string, tool: { name: string; home: string }): (state: State) => Setup {
  const read = new Map<string, Setup>();
  return (state) => {
    const entries = [...state].filter(([path]) => isPinPath(path) && !under(recordsDir, path)).sort(([a], [b]) => (a < b ? -1 : 1));
    const key = entries.map(([path, oid]) => `${path}\0${oid}`).join("\0");
    let r = read.get(key);
    if (!r) {
      const files: PinFile[] = entries.map(([path, oid]) => ({ path, text: pinBlobs.get(oid)?.toString("utf8") ?? "" }));
      const team = dpoTeamOf(files, tool.home);
      r = { pin: pinOf(files, tool), ...(team ? { team } : {}) };
      read.set(key, r);
    }
    return r;
  };
}

/** The register a state holds, or why it does not load; read once per state. */
function registerReader(ctx: HistoryContext, recordsDir: string): (state: State) => Loaded {
  const registers = new Map<State, Loaded>();
  return (state) => {
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
}

/** The compiled policies a state holds; each distinct copy loaded once. */
function policyReader(policyBlobs: Map<string, Buffer>, policiesDir: string): (state: State) => PolicyAt {
  const policies = new Map<string, { policy: Policy } | { error: string }>();
  return (state) => {
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
    return { key, oids: oids as PolicyIds, loaded };
  };
}
