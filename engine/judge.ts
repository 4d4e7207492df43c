// The one judge of a change. `ropa check --base`, the action and the evidence pack all call it, and none of
// them judges anything itself: the change is judged by the trusted policies (the base's), with the base
// register beside the head for the rules about changes; a waiver the change adds or edits counts only
// once the DPO approved it (until then the head is judged as if the change had not touched it); the
// change's own policies, when it brings some, are judged apart and never decide the verdict.
import type { CheckCache } from "./cache.js";
import { changeUnder, type ChangeResult } from "./change.js";
import { readRegister, type FailOn } from "./check.js";
import { RegisterError } from "./errors.js";
import { GitObjects } from "./git/objects.js";
import { bundleAt, registerAt } from "./git/snapshot.js";
import { loadPolicy, type Policy, type PolicyBundle } from "./policy.js";
import type { ReadCache } from "./read.js";
import { emptyRegister, type Register } from "./resolve.js";
import { assertRuleReferences } from "./rule-refs.js";
import type { SourceFile } from "./types.js";
import { needsApproval, waiverChanges, withoutUnapproved, type WaiverChange } from "./waivers.js";

/** What the DPO approved of a change's waiver edits: waivers by id, and the new `waiver_max_days`. */
export interface Approval {
  waivers: string[];
  maxDays: boolean;
  /** A line for the report: who approved, or whose approval is missing and why. */
  note?: string;
}

/** Asked only when the change adds or edits a waiver or `waiver_max_days`. */
export type Approve = (needed: WaiverChange) => Approval | Promise<Approval>;

/** Every waiver edit counts as approved: for a judge with no one to ask (a local check, a merge already made). */
export const approveAll: Approve = (needed) => ({ waivers: needed.waivers, maxDays: needed.maxDays });

export interface Judgement {
  /** The verdict, under the trusted policies. */
  result: ChangeResult;
  /** The head under the policies the change brings, when it brings some (never the verdict). */
  underOwnPolicies?: ChangeResult | { error: string };
  /** The waiver edits that needed the DPO's approval, and what was approved of them. */
  waivers: WaiverChange;
  approval?: Approval;
  /** Why the change fails whatever its findings (an approval missing). */
  blocked?: string;
  /** The trusted policy and the two registers (the head as the change wrote it). */
  policy: Policy;
  base: Register;
  head: Register;
}

export interface ChangeInput {
  base: Register;
  head: Register;
  /** The register's folder, as shown in messages (default `records`). */
  root?: string;
  /** The trusted policies: the base's, never the change's. */
  policy: Policy;
  /** The change's own policies, when it brings some; may throw (they are the change's, not trusted). */
  own?: () => Policy;
  approve: Approve;
  today: string;
  /** The day (UTC, YYYY-MM-DD) the base was committed, when it is a commit: notices are dated against it. */
  baseDate?: string;
  failOn?: FailOn;
}

/** Judges a change between two registers. Throws RegisterError when the head names rules the trusted policies refuse. */
export async function judgeChange(input: ChangeInput): Promise<Judgement> {
  const { base, head, policy, today, baseDate } = input;
  const failOn = input.failOn ?? "error";
  // The head only: a waiver the base still has must not stop the change that removes it.
  assertRuleReferences(head, policy.rules);
  const needed = waiverChanges(base, head);
  const approval = needsApproval(needed) ? await input.approve(needed) : undefined;
  const unapproved: WaiverChange = {
    waivers: needed.waivers.filter((id) => !approval?.waivers.includes(id)),
    maxDays: needed.maxDays && !approval?.maxDays,
  };
  const missing = needsApproval(unapproved);
  const judged = missing ? withoutUnapproved(head, base, unapproved, input.root ?? "records") : head;
  const result = changeUnder({ base, head: judged, written: head, policy, today, failOn, baseDate });
  let blocked: string | undefined;
  if (missing) {
    result.verdict = "fail";
    blocked = "the DPO team's approval is missing";
  }
  let underOwnPolicies: Judgement["underOwnPolicies"];
  if (input.own) {
    try {
      underOwnPolicies = changeUnder({ base, head, policy: input.own(), today, failOn, baseDate });
    } catch (e) {
      underOwnPolicies = { error: e instanceof Error ? e.message : String(e) };
    }
  }
  return { result, underOwnPolicies, waivers: needed, ...(approval ? { approval } : {}), ...(blocked ? { blocked } : {}), policy, base, head };
}

export interface RevisionsInput {
  repo: GitObjects;
  /** The register's folder, relative to the repository's top. */
  records: string;
  /** The base revision; the change is measured from where the head left it (their merge base). None: all is new (a push). */
  base?: string;
  /** A commit, or the files of the work tree as read from disk (`ropa check --base`), which sit on HEAD. */
  head: string | { files: SourceFile[] };
  /** The compiled policies' folder in the repository, trusted as committed at the base (at the head without one). None: `bundled`. */
  policies?: string;
  bundled: () => PolicyBundle;
  /** The work tree's compiled policies, for a work-tree head: judged apart when they differ from the trusted. */
  ownPolicies?: () => PolicyBundle;
  /** How a path of the repository is shown in findings (default: as it is). */
  shown?: (path: string) => string;
  /** The register's folder as shown in messages (default `records`). */
  root?: string;
  approve: Approve;
  today: string;
  failOn?: FailOn;
  /** Fetch a commit missing here from `origin` (the action: the head of a pull request is not checked out). */
  fetch?: boolean;
  /** Records and results kept between runs (--cache-dir; the action's folder under $RUNNER_TEMP), for both sides. */
  store?: CheckCache;
}

export interface RevisionsJudgement extends Judgement {
  baseSha?: string;
  /** The commit judged; for a work-tree head, the commit it sits on. */
  headSha: string;
  /** Where the head left the base: what the change is measured from. */
  since?: string;
  /** The policy files the change touched (its own policies were judged apart when there are any). */
  changedPolicyFiles: string[];
}

/** The folder whose changes count as changing the rules: the top folder of the compiled policies (e.g. `policies`). */
function policyRoot(policies: string): string {
  return policies.replace(/^\.?\/+/, "").split("/")[0]!;
}

const sameBundle = (a: PolicyBundle, b: PolicyBundle) =>
  Buffer.from(a.wasm).equals(Buffer.from(b.wasm)) && JSON.stringify(a.data) === JSON.stringify(b.data) && JSON.stringify(a.rules) === JSON.stringify(b.rules);

/** Reads a change from git objects (and the work tree's files, if given) and judges it with {@link judgeChange}. */
export async function judgeRevisions(input: RevisionsInput): Promise<RevisionsJudgement> {
  const { repo, records } = input;
  const worktree = typeof input.head === "string" ? undefined : input.head.files;
  const commit = (rev: string) => (input.fetch ? repo.commit(rev) : repo.resolve(rev));
  const headSha = await commit(typeof input.head === "string" ? input.head : "HEAD");
  const baseSha = input.base !== undefined ? await commit(input.base) : undefined;
  const shown = input.shown ?? ((p: string) => p);
  const root = input.root ?? records;
  // The two sides share most files: each is parsed once, and a run before this one (the store) has parsed
  // most of them already. A blob whose record is kept is read from git only if a finding needs its line.
  const { store } = input;
  const cache: ReadCache = new Map();
  const kept = (oid: string) => cache.has(oid) || !!store?.hasRecord(oid);
  const headFiles = worktree ?? (await registerAt(repo, headSha, records, { kept }));
  if (headFiles.length === 0) {
    // An empty register passes every rule: a head with none (the folder deleted, renamed, or replaced by a
    // symbolic link, which git objects do not follow) is refused, never judged compliant.
    throw new RegisterError([
      {
        file: root,
        message: `there are no YAML records in \`${records}\` at ${headSha.slice(0, 7)}`,
        hint: "the register must stay a folder of .yaml files in the repository; if it moved, change the `records` setting on the base branch first",
      },
    ]);
  }
  // The change is measured from where the branch left the base (what the base gained since is not the
  // change's doing); the rules that judge it are the base branch's newest.
  const since = baseSha ? await repo.forkPoint(baseSha, headSha) : undefined;
  // The trusted policies first: the rule ids the head's waivers and promises name are among its problems.
  const trustedBundle = input.policies ? await bundleAt(repo, baseSha ?? headSha, input.policies) : input.bundled();
  const policy = loadPolicy(trustedBundle, { cache: store });
  const head = await readRegister(headFiles, root, { cache, store, rules: policy.rules });
  const baseFiles = since ? await registerAt(repo, since, records, { kept, shown }) : [];
  const base = since ? await readRegister(baseFiles, root, { cache, store }) : emptyRegister();

  let changedPolicyFiles: string[] = [];
  let own: (() => Policy) | undefined;
  if (input.policies && worktree && input.ownPolicies) {
    const mine = input.ownPolicies();
    if (!sameBundle(mine, trustedBundle)) {
      changedPolicyFiles = [input.policies];
      own = () => loadPolicy(mine);
    }
  } else if (input.policies && since) {
    changedPolicyFiles = await repo.changedPaths(since, headSha, [policyRoot(input.policies)]);
    if (changedPolicyFiles.length) {
      const mine = await bundleAt(repo, headSha, input.policies).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
      own = () => {
        if (mine instanceof Error) throw mine;
        return loadPolicy(mine);
      };
    }
  }
  const baseDate = since ? await repo.commitDay(since) : undefined;
  const judgement = await judgeChange({ base, head, root, policy, own, approve: input.approve, today: input.today, baseDate, failOn: input.failOn });
  // The lines the findings are at, found now, are kept for the next run.
  store?.savePositions();
  return { ...judgement, ...(baseSha ? { baseSha } : {}), headSha, ...(since ? { since } : {}), changedPolicyFiles };
}
