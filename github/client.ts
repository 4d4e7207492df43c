// The one way ropa talks to the GitHub API, for the action (PR comment, DPO approval, due issue) and for
// `ropa evidence --github` (PR reviews): @octokit/core with the plugins used (REST methods, pagination,
// retry, throttling), every request bounded in time. Outside the engine: the engine never calls a network.
//
// Time limits (the action reads them from its step's environment, see limitsFromEnv; tests use short ones):
// - timeoutMs: one request; a hanging connection is abandoned after this and retried.
// - deadlineMs: every request of the client together, from its creation; after it no request is started
//   or retried. With the retry waits (at most 1 + 4 + 9 s) a caller is done within about deadline + 15 s.
//   A caller that makes its requests in separate steps with other work between them (the action: the DPO
//   approval, then judging, then the PR comment) passes a `Deadline` instead and restarts it per step.
// - retryBaseMs: the unit of those waits (n² of it before the n-th retry of a failed request; default 1 s).
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { restEndpointMethods } from "@octokit/plugin-rest-endpoint-methods";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck";

/** The client class, for tests that need their own timing knobs; ropa itself uses `client()`. */
export const GitHubClient = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type GitHub = InstanceType<typeof GitHubClient>;

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_DEADLINE_MS = 120_000;
/** The retry plugin's own unit: waits of 1, 4 and 9 s before the three retries of a failed request. */
export const DEFAULT_RETRY_BASE_MS = 1_000;

export interface Repo {
  owner: string;
  repo: string;
}

/** A time limit on a stretch of requests: none is started or retried after it. `restart` begins a new stretch. */
export class Deadline {
  #controller = new AbortController();
  #timer?: ReturnType<typeof setTimeout>;
  ends = Infinity;

  constructor(readonly ms: number) {
    this.restart();
  }

  restart(): void {
    clearTimeout(this.#timer);
    const controller = (this.#controller = new AbortController());
    this.ends = Date.now() + this.ms;
    // Aborted as an "AbortError", which the retry plugin does not retry (a per-request timeout is a
    // "TimeoutError", which it does). unref: a pending deadline does not keep the process alive.
    this.#timer = setTimeout(() => controller.abort(new DOMException(`the GitHub API did not answer within ${this.ms} ms in all`, "AbortError")), this.ms).unref();
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }
}

export interface GitHubOptions {
  token: string;
  baseUrl: string;
  userAgent?: string;
  /** Per request; a hanging connection is abandoned after this (and retried). */
  timeoutMs?: number;
  /** For every request of this client together, from its creation; none is started or retried after it. None when absent. */
  deadlineMs?: number;
  /** Instead of deadlineMs: a deadline the caller restarts for each step of its own. */
  deadline?: Deadline;
  /** Attempts after the first for 5xx and connection errors. */
  retries?: number;
  /** The unit of the waits before retrying a failed request: n² of it before the n-th retry (default 1,000 ms). */
  retryBaseMs?: number;
  /** Longest wait the client accepts from a rate limit's retry-after before giving up. */
  maxRetryAfterSeconds?: number;
  /**
   * The least time between the starts of two requests that may write (every one but GET and HEAD, and GraphQL
   * queries too, which the throttling plugin counts alike), made one at a time either way. GitHub asks a client
   * making many writes to space them a second apart, and those that notify (a new comment or issue) three:
   * the plugin's defaults, when absent.
   */
  writeSpacingMs?: number;
  log?: (message: string) => void;
}

/** The throttling plugin's limiters of writes and of writes that notify, one at a time and `ms` apart. */
function spacedWrites(ms: number): { write: Bottleneck.Group; notifications: Bottleneck.Group } {
  return {
    write: new Bottleneck.Group({ id: "ropa-write", maxConcurrent: 1, minTime: ms }),
    notifications: new Bottleneck.Group({ id: "ropa-notifications", maxConcurrent: 1, minTime: ms }),
  };
}

/** The time limits from ROPA_API_TIMEOUT_MS, ROPA_API_DEADLINE_MS and ROPA_API_RETRY_BASE_MS (whole milliseconds > 0), or the defaults. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): { timeoutMs: number; deadlineMs: number; retryBaseMs: number } {
  const read = (name: string, fallback: number) => {
    const n = Number(env[name]);
    return env[name] && Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    timeoutMs: read("ROPA_API_TIMEOUT_MS", DEFAULT_TIMEOUT_MS),
    deadlineMs: read("ROPA_API_DEADLINE_MS", DEFAULT_DEADLINE_MS),
    retryBaseMs: read("ROPA_API_RETRY_BASE_MS", DEFAULT_RETRY_BASE_MS),
  };
}

export function client(opts: GitHubOptions): GitHub {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxWait = opts.maxRetryAfterSeconds ?? 60;
  const log = opts.log ?? (() => {});
  const deadline = opts.deadline ?? (opts.deadlineMs === undefined ? undefined : new Deadline(opts.deadlineMs));
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
    const again = retryCount < 2 && retryAfter <= maxWait && Date.now() + retryAfter * 1000 < (deadline?.ends ?? Infinity);
    log(`GitHub ${kind} on ${options.method} ${options.url}; ${again ? `retrying in ${retryAfter}s` : "giving up"}`);
    return again;
  };
  return new GitHubClient({
    auth: opts.token,
    baseUrl: opts.baseUrl.replace(/\/+$/, ""),
    userAgent: opts.userAgent ?? "ropa",
    // The retry plugin's own setting: `request.retries` would be read by its limiter on every failure and
    // retry even what must not be (403, 404, 422) at once, with no wait.
    retry: { retries: opts.retries ?? 3, retryAfterBaseValue: opts.retryBaseMs ?? DEFAULT_RETRY_BASE_MS },
    request: {
      fetch: (url: string | URL, init: RequestInit = {}) => {
        const signals = [...(deadline ? [deadline.signal] : []), AbortSignal.timeout(timeoutMs), ...(init.signal ? [init.signal] : [])];
        return fetch(url, { ...init, signal: AbortSignal.any(signals) });
      },
    },
    throttle: {
      onRateLimit: onLimit("rate limit"),
      onSecondaryRateLimit: onLimit("secondary rate limit"),
      ...(opts.writeSpacingMs === undefined ? {} : spacedWrites(opts.writeSpacingMs)),
    },
  });
}
