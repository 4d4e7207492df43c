// The GitHub API, used for the PR comment only: every call is retried where that helps (octokit's retry
// and throttling plugins) and bounded in time, and a failure is reported, never allowed to change a verdict.
import { Octokit } from "octokit";
import { COMMENT_MARKER } from "../../../engine/report/comment.js";

export interface GitHubOptions {
  token: string;
  baseUrl: string;
  /** Per request; a hanging connection is abandoned after this. */
  timeoutMs?: number;
  /** Attempts after the first for 5xx and connection errors. */
  retries?: number;
  /** Longest wait the client accepts from a rate limit's retry-after before giving up. */
  maxRetryAfterSeconds?: number;
  log?: (message: string) => void;
}

export function client(opts: GitHubOptions): Octokit {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxWait = opts.maxRetryAfterSeconds ?? 60;
  const log = opts.log ?? (() => {});
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
    const retry = retryCount < 2 && retryAfter <= maxWait;
    log(`GitHub ${kind} on ${options.method} ${options.url}; ${retry ? `retrying in ${retryAfter}s` : "giving up"}`);
    return retry;
  };
  return new Octokit({
    auth: opts.token,
    baseUrl: opts.baseUrl,
    userAgent: "ropa-check",
    request: {
      retries: opts.retries ?? 3,
      fetch: (url: string | URL, init: RequestInit = {}) =>
        fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs) }),
    },
    throttle: { onRateLimit: onLimit("rate limit"), onSecondaryRateLimit: onLimit("secondary rate limit") },
  });
}


/** The login the token acts as: a user for a personal token; the Actions bot for GITHUB_TOKEN, which may not read /user. */
async function selfLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return "github-actions[bot]";
  }
}

export interface Repo {
  owner: string;
  repo: string;
}

/**
 * Creates or updates the one sticky comment. Finds it by the marker at the very start of a comment
 * written by our own login, so a comment from anyone else that quotes the marker is never touched.
 */
export async function upsertComment(octokit: Octokit, repo: Repo, issue: number, body: string): Promise<{ id: number; created: boolean; url: string }> {
  const login = await selfLogin(octokit);
  const ours = async () =>
    (await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 }))
      .filter((c) => c.user?.login === login && c.body?.startsWith(COMMENT_MARKER))
      .sort((a, b) => a.id - b.id);
  let found = await ours();
  let created = false;
  if (!found.length) {
    await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
    created = true;
    // Two runs racing on a PR's first push can each create one: look again, and keep only the oldest.
    found = await ours();
  }
  const [keep, ...extra] = found;
  for (const c of extra) await octokit.rest.issues.deleteComment({ ...repo, comment_id: c.id });
  const { data } = keep.body === body && !extra.length ? { data: keep } : await octokit.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
  return { id: data.id, created: created && extra.length === 0, url: data.html_url };
}
