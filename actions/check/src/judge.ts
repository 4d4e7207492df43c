// Judges a revision, or a pull request's change, from git objects alone with the engine's one judge:
// nothing of the PR is checked out or run, and the policies come from the base commit (or the action
// itself), never from the PR.
import pkg from "../../../package.json" with { type: "json" };
import { CheckCache } from "../../../engine/cache.js";
import type { FailOn, PolicyBundle } from "../../../engine/index.js";
import { judgeRevisions, type Approve, type RevisionsJudgement } from "../../../engine/judge.js";
import { GitObjects } from "../../../engine/git/objects.js";

export type Judgement = RevisionsJudgement;

export interface JudgeOptions {
  workspace: string;
  records: string;
  /** Compiled policies in the repository; undefined: the bundle shipped with the action. */
  policies?: string;
  bundled: () => PolicyBundle;
  today: string;
  failOn: FailOn;
  /** Asked when the change adds or edits a waiver; unapproved edits are judged as if absent. */
  approve: Approve;
  /** Where parsed records and results are kept between runs ($RUNNER_TEMP/ropa-cache, kept with actions/cache); none: nothing kept. */
  cacheDir?: string;
}

export function judgePullRequest(opts: JudgeOptions & { base?: string; head: string }): Promise<Judgement> {
  return judgeRevisions({
    repo: new GitObjects(opts.workspace),
    records: opts.records,
    base: opts.base,
    head: opts.head,
    policies: opts.policies,
    bundled: opts.bundled,
    approve: opts.approve,
    today: opts.today,
    failOn: opts.failOn,
    fetch: true,
    store: opts.cacheDir ? new CheckCache(opts.cacheDir, pkg.version) : undefined,
  });
}
