// Pull request reviews for `ropa evidence --github`: who approved each merged PR. A PR whose reviews
// cannot be read is reported in the pack as such, never shown as "no review".
import { RegisterError } from "../engine/errors.js";
import type { PullReviews } from "../engine/audit/evidence.js";
import { client } from "./client.js";

export interface GitHubReviewOptions {
  token: string;
  baseUrl: string;
  owner: string;
  repo: string;
  /** Requests in flight at once. */
  concurrency?: number;
  timeoutMs?: number;
  userAgent?: string;
}

/** owner/repo from `--github <owner/repo>`, GITHUB_REPOSITORY, or a GitHub remote URL. */
export function parseRepository(value: string | undefined, remoteUrl?: string, env: NodeJS.ProcessEnv = process.env): { owner: string; repo: string } {
  const candidates = [value, env.GITHUB_REPOSITORY, remoteUrl && /github[^/:]*[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(remoteUrl)?.[1]];
  for (const c of candidates) {
    const m = c ? /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(c) : null;
    if (m) return { owner: m[1], repo: m[2] };
  }
  throw new RegisterError([
    { file: "--github", message: "which GitHub repository the pull requests are in is not known", hint: "give it as --github owner/repo, or set GITHUB_REPOSITORY" },
  ]);
}

export function githubReviews(opts: GitHubReviewOptions): (prs: number[]) => Promise<Map<number, PullReviews>> {
  // 5xx and connection errors are retried; a 404 (a PR that does not exist) is not.
  const octokit = client({ token: opts.token, baseUrl: opts.baseUrl, userAgent: opts.userAgent ?? "ropa-evidence", timeoutMs: opts.timeoutMs, retries: 3 });
  const web = opts.baseUrl.includes("api.github.com") ? "https://github.com" : undefined;
  return async (prs) => {
    const out = new Map<number, PullReviews>();
    const queue = [...prs];
    const worker = async () => {
      for (let pr = queue.shift(); pr !== undefined; pr = queue.shift()) {
        const url = web ? `${web}/${opts.owner}/${opts.repo}/pull/${pr}` : undefined;
        try {
          const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner: opts.owner, repo: opts.repo, pull_number: pr, per_page: 100 });
          out.set(pr, {
            ...(url ? { url } : {}),
            reviews: reviews.map((r) => ({
              who: r.user?.login ?? "(deleted user)",
              state: r.state,
              ...(r.submitted_at ? { date: new Date(r.submitted_at).toISOString() } : {}),
              ...(r.commit_id ? { commit: r.commit_id } : {}),
            })),
          });
        } catch (e) {
          const status = (e as { status?: number }).status;
          out.set(pr, { ...(url ? { url } : {}), reviews: [], error: `${status ? `HTTP ${status}: ` : ""}${e instanceof Error ? e.message : String(e)}` });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 6, prs.length) }, worker));
    return out;
  };
}

/** The logins of an organisation's team, for a `dpo-team` that names one (the token must read the organisation's teams). */
export function githubTeamMembers(opts: Omit<GitHubReviewOptions, "owner" | "repo" | "concurrency">): (org: string, slug: string) => Promise<string[]> {
  const octokit = client({ token: opts.token, baseUrl: opts.baseUrl, userAgent: opts.userAgent ?? "ropa-evidence", timeoutMs: opts.timeoutMs, retries: 3 });
  return async (org, slug) => {
    try {
      return (await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 })).map((m) => m.login);
    } catch (e) {
      const status = (e as { status?: number }).status;
      throw new Error(status ? `HTTP ${status}: the team does not exist, or the token may not read it` : e instanceof Error ? e.message : String(e));
    }
  };
}
