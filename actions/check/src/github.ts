// The action's GitHub: one client per run, through the adapter (github/client.ts: retried, throttled, bounded
// in time), and the PR comment, one sticky comment per pull request. A failure is reported, never allowed
// to change a verdict.
import * as core from "@actions/core";
import { COMMENT_MARKER } from "../../../engine/report/comment.js";
import { client as githubClient, DEFAULT_DEADLINE_MS, Deadline, limitsFromEnv, type GitHub as Octokit, type GitHubOptions, type Repo } from "../../../github/client.js";

export { limitsFromEnv, DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS, type GitHub, type Repo } from "../../../github/client.js";

/** The action's client: every request of a step within ROPA_API_DEADLINE_MS (default 120 s). */
export const client = (opts: GitHubOptions): Octokit => githubClient({ userAgent: "ropa-check", deadlineMs: DEFAULT_DEADLINE_MS, ...opts });

/**
 * The run's GitHub: one client for its repository, used in steps (the DPO approval, the PR comment, the due
 * issue), each of which has the whole of ROPA_API_DEADLINE_MS: judging between them takes none of it.
 */
export interface RunGitHub {
  repo: Repo;
  step<T>(work: (octokit: Octokit) => Promise<T>): Promise<T>;
}

/** The run's GitHub, or undefined without a token (then nothing is read from or written to GitHub). */
export function runGitHub(token: string, repo: Repo, env: NodeJS.ProcessEnv): RunGitHub | undefined {
  if (!token) return undefined;
  const { timeoutMs, deadlineMs, retryBaseMs } = limitsFromEnv(env);
  const deadline = new Deadline(deadlineMs);
  // A run makes one GraphQL query and a few writes (the comment, the due issue), one after another: spaced a
  // second apart as for a client making many, every pull request's check waited a second for nothing.
  const octokit = client({ token, baseUrl: env.GITHUB_API_URL ?? "https://api.github.com", log: (m) => core.info(m), timeoutMs, retryBaseMs, deadline, writeSpacingMs: 0 });
  return {
    repo,
    step: (work) => {
      deadline.restart();
      return work(octokit);
    },
  };
}

/** Posts or updates the sticky comment; a failure is a warning in the log, never a change of verdict. */
export async function postComment(github: RunGitHub | undefined, issue: number, body: string, fallback: string): Promise<void> {
  if (!github) {
    core.warning("ropa: no github-token, so no PR comment; the verdict and the job summary stand.");
    return;
  }
  try {
    const posted = await github.step((octokit) => upsertComment(octokit, github.repo, issue, body, { fallback, log: (m) => core.info(m) }));
    if (posted.fallback) core.warning("ropa: GitHub refused the full PR comment, so a short one was posted; the job summary has the full report.");
    core.info(`ropa: ${posted.created ? "posted" : "updated"} the PR comment ${posted.url}`);
  } catch (e) {
    const status = (e as { status?: number }).status;
    const message = e instanceof Error ? e.message : String(e);
    const why = /rate limit/i.test(message)
      ? `GitHub's rate limit asks to wait longer than this run may (${message.split("\n")[0]})`
      : status === 403
        ? "the token may not write comments (a pull request from a fork gets a read-only token)"
        : message;
    core.warning(`ropa: could not post the PR comment: ${why}. The verdict and the job summary stand.`);
  }
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
