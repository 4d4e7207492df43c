// Judges a revision, or a pull request's change, from git objects alone: nothing of the PR is checked out
// or run, and the policies come from the base commit (or the action itself), never from the PR.
import {
  emptyRegister,
  judgeChange,
  loadPolicy,
  readRegister,
  RegisterError,
  type ChangeResult,
  type FailOn,
  type Policy,
  type PolicyBundle,
  type Register,
  type RuleMeta,
  type ReadCache,
} from "../../../engine/index.js";
import { GitObjects } from "../../../engine/git/objects.js";
import { bundleAt, registerAt } from "../../../engine/git/snapshot.js";

export interface Judgement {
  /** The verdict under the trusted policies. */
  result: ChangeResult;
  /** Set when the PR changes the policies or reference data: its register under its own policies, for the DPO to review. */
  underOwnPolicies?: ChangeResult | { error: string };
  changedPolicyFiles: string[];
  /** The METADATA of the rules that judged. */
  rules: Map<string, RuleMeta>;
  /** The trusted policy and the base register, to judge again (e.g. without unapproved waivers). */
  policy: Policy;
  base: Register;
  baseSha?: string;
  headSha: string;
}

export interface JudgeOptions {
  workspace: string;
  records: string;
  /** Compiled policies in the repository; undefined: the bundle shipped with the action. */
  policies?: string;
  bundled: () => PolicyBundle;
  today: string;
  failOn: FailOn;
}

async function commit(repo: GitObjects, sha: string): Promise<string> {
  try {
    return await repo.resolve(sha);
  } catch (missing) {
    // pull_request_target checks out the base only; the head's objects are fetched, never checked out.
    try {
      await repo.git.raw(["fetch", "--no-tags", "--quiet", "origin", sha]);
    } catch {
      // No remote, or the commit is gone from it (a force-push): say which commit is missing, not git's words.
      throw missing;
    }
    return repo.resolve(sha);
  }
}

/** The folder whose changes count as changing the rules: the top folder of the compiled policies (e.g. `policies`). */
function policyRoot(policies: string): string {
  return policies.split("/")[0];
}

export async function judgePullRequest(opts: JudgeOptions & { base?: string; head: string }): Promise<Judgement> {
  const repo = new GitObjects(opts.workspace);
  const headSha = await commit(repo, opts.head);
  const baseSha = opts.base ? await commit(repo, opts.base) : undefined;
  const headFiles = await registerAt(repo, headSha, opts.records);
  if (headFiles.length === 0) {
    // An empty register passes every rule: a head with none (the folder deleted, renamed, or replaced by a
    // symbolic link, which git objects do not follow) is refused, never judged compliant.
    throw new RegisterError([
      {
        file: opts.records,
        message: `there are no YAML records in \`${opts.records}\` at ${headSha.slice(0, 7)}`,
        hint: "the register must stay a folder of .yaml files in the repository; if it moved, change the action's `records` input on the base branch first",
      },
    ]);
  }
  // The change is measured from where the branch left the base (what the base gained since is not the
  // PR's doing); the rules that judge it are the base branch's newest.
  const since = baseSha ? await repo.forkPoint(baseSha, headSha) : undefined;
  // The two sides share most files: each is parsed once.
  const cache: ReadCache = new Map();
  const head = await readRegister(headFiles, opts.records, { cache });
  const base = since ? await readRegister(await registerAt(repo, since, opts.records), opts.records, { cache }) : emptyRegister();

  const trusted: Policy = loadPolicy(opts.policies ? await bundleAt(repo, baseSha ?? headSha, opts.policies) : opts.bundled());
  const result = judgeChange({ base, head, policy: trusted, today: opts.today, failOn: opts.failOn });

  let changedPolicyFiles: string[] = [];
  let underOwnPolicies: Judgement["underOwnPolicies"];
  if (opts.policies && since) {
    changedPolicyFiles = await repo.changedPaths(since, headSha, [policyRoot(opts.policies)]);
    if (changedPolicyFiles.length) {
      try {
        const own = loadPolicy(await bundleAt(repo, headSha, opts.policies));
        underOwnPolicies = judgeChange({ base, head, policy: own, today: opts.today, failOn: opts.failOn });
      } catch (e) {
        underOwnPolicies = { error: e instanceof Error ? e.message : String(e) };
      }
    }
  }
  return { result, underOwnPolicies, changedPolicyFiles, rules: trusted.rules, policy: trusted, base, baseSha, headSha };
}
