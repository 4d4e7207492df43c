// The GitHub API, used for the PR comment only: every call is retried where that helps (octokit's retry
// and throttling plugins) and bounded in time, and a failure is reported, never allowed to change a verdict.
//
// Time limits, each overridable by an environment variable of the step (tests use short ones):
// - ROPA_API_TIMEOUT_MS  (default 20000): one request; a hanging connection is abandoned after this and retried.
// - ROPA_API_DEADLINE_MS (default 120000): everything the comment needs; after it no request is started or
//   retried, and the comment is reported as not posted. With the retry waits (at most 1 + 4 + 9 s) the
//   comment step ends within about deadline + 15 s, whatever the API does.
import { Octokit } from "octokit";
import { COMMENT_MARKER } from "../../../engine/report/comment.js";

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_DEADLINE_MS = 120_000;

export interface GitHubOptions {
  token: string;
  baseUrl: string;
  /** Per request; a hanging connection is abandoned after this (and retried). */
  timeoutMs?: number;
  /** For every request of this client together, from its creation; none is started or retried after it. */
  deadlineMs?: number;
  /** Attempts after the first for 5xx and connection errors. */
  retries?: number;
  /** Longest wait the client accepts from a rate limit's retry-after before giving up. */
  maxRetryAfterSeconds?: number;
  log?: (message: string) => void;
}

/** The time limits from ROPA_API_TIMEOUT_MS and ROPA_API_DEADLINE_MS (whole milliseconds > 0), or the defaults. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): { timeoutMs: number; deadlineMs: number } {
  const read = (name: string, fallback: number) => {
    const n = Number(env[name]);
    return env[name] && Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return { timeoutMs: read("ROPA_API_TIMEOUT_MS", DEFAULT_TIMEOUT_MS), deadlineMs: read("ROPA_API_DEADLINE_MS", DEFAULT_DEADLINE_MS) };
}

export function client(opts: GitHubOptions): Octokit {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadlineMs = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxWait = opts.maxRetryAfterSeconds ?? 60;
  const log = opts.log ?? (() => {});
  const ends = Date.now() + deadlineMs;
  // Aborted as an "AbortError", which octokit's retry plugin does not retry (a per-request timeout is a
  // "TimeoutError", which it does). unref: a pending deadline does not keep the process alive.
  const deadline = new AbortController();
  setTimeout(() => deadline.abort(new DOMException(`the GitHub API did not answer within ${deadlineMs} ms in all`, "AbortError")), deadlineMs).unref();
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
    const retry = retryCount < 2 && retryAfter <= maxWait && Date.now() + retryAfter * 1000 < ends;
    log(`GitHub ${kind} on ${options.method} ${options.url}; ${retry ? `retrying in ${retryAfter}s` : "giving up"}`);
    return retry;
  };
  return new Octokit({
    auth: opts.token,
    baseUrl: opts.baseUrl,
    userAgent: "ropa-check",
    // The retry plugin's own setting: `request.retries` would be read by its limiter on every failure and
    // retry even what must not be (403, 404, 422) at once, with no wait.
    retry: { retries: opts.retries ?? 3 },
    request: {
      fetch: (url: string | URL, init: RequestInit = {}) => {
        const signals = [deadline.signal, AbortSignal.timeout(timeoutMs), ...(init.signal ? [init.signal] : [])];
        return fetch(url, { ...init, signal: AbortSignal.any(signals) });
      },
    },
    throttle: { onRateLimit: onLimit("rate limit"), onSecondaryRateLimit: onLimit("secondary rate limit") },
  });
}

/**
 * The login the token acts as, from GraphQL's `viewer`, which answers for a personal token and for an App
 * installation token alike (`<app>[bot]`; REST GET /user refuses the latter). Undefined when it cannot be read:
 * then the login is learnt from the comment this run creates.
 */
async function selfLogin(octokit: Octokit, log: (m: string) => void): Promise<string | undefined> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>("query { viewer { login } }");
    return viewer.login;
  } catch (e) {
    log(`ropa: could not read the token's login (${e instanceof Error ? e.message.split("\n")[0] : String(e)}); it is taken from the comment posted instead`);
    return undefined;
  }
}

/** GraphQL may name a bot without the `[bot]` that REST shows. */
const sameLogin = (rest: string | undefined, login: string) => rest === login || rest === `${login}[bot]`;

export interface Repo {
  owner: string;
  repo: string;
}

/**
 * Creates or updates the one sticky comment. Finds it by the marker at the very start of a comment
 * written by our own login, so a comment from anyone else that quotes the marker is never touched.
 *
 * Two runs for the same PR at once (two quick pushes) can both find no comment and both create one: each
 * looks again after creating and keeps only the oldest, deleting the others; a comment already deleted by
 * the other run is not an error. If GitHub refuses the body (422, e.g. too long), `fallback` (a short
 * version that points to the job summary) is posted instead.
 */
export async function upsertComment(
  octokit: Octokit,
  repo: Repo,
  issue: number,
  body: string,
  opts: { fallback?: string; log?: (message: string) => void } = {},
): Promise<{ id: number; created: boolean; url: string; fallback: boolean }> {
  let login = await selfLogin(octokit, opts.log ?? (() => {}));
  const ours = async (who: string) =>
    (await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 }))
      .filter((c) => sameLogin(c.user?.login, who) && c.body?.startsWith(COMMENT_MARKER))
      .sort((a, b) => a.id - b.id);
  let usedFallback = false;
  /** Sends `body`, or the fallback when GitHub answers 422 to it. */
  const send = async <T>(write: (text: string) => Promise<T>): Promise<T> => {
    try {
      return await write(body);
    } catch (e) {
      if ((e as { status?: number }).status !== 422 || opts.fallback === undefined || opts.fallback === body) throw e;
      usedFallback = true;
      return write(opts.fallback);
    }
  };

  let found = login ? await ours(login) : [];
  let created = false;
  if (!found.length) {
    const { data } = await send((text) => octokit.rest.issues.createComment({ ...repo, issue_number: issue, body: text }));
    created = true;
    // The author of what we just wrote is who we are, whatever the token.
    login = data.user?.login ?? login;
    if (!login) throw new Error("GitHub did not say who wrote the comment just created");
    // Two runs racing on a PR's first push can each create one (and a run that could not read its login
    // creates one every time): look again, and keep only the oldest.
    found = await ours(login);
    if (!found.length) throw new Error(`the comment just created is not listed as written by ${login}`);
  }
  const [keep, ...extra] = found;
  for (const c of extra) {
    try {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: c.id });
    } catch (e) {
      // The other run deleted it first.
      if ((e as { status?: number }).status !== 404) throw e;
    }
  }
  const current = usedFallback ? opts.fallback : body;
  const { data } =
    keep.body === current && !extra.length ? { data: keep } : await send((text) => octokit.rest.issues.updateComment({ ...repo, comment_id: keep.id, body: usedFallback ? opts.fallback! : text }));
  return { id: data.id, created: created && extra.length === 0, url: data.html_url, fallback: usedFallback };
}
