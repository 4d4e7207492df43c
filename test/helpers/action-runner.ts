// The built action (actions/check/dist/index.js) run as GitHub runs it: a child process with the standard
// GITHUB_* variables and an event file, on a real git repository, talking to a fake GitHub API.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterEach, beforeAll } from "vitest";
import { preloadOpenApi, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from "./fake-github.js";
import type { Repo } from "./git-repo.js";
import { ROOT, TODAY } from "./register.js";

export const DIST = join(ROOT, "actions/check/dist/index.js");
export const OWNER = "dignio";
export const NAME = "register";
export const PR = 7;

export interface Run {
  code: number | null;
  /** Standard output and error together, as the job log shows them (workflow commands included). */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** Wall-clock time of the run. */
  ms: number;
}

export type ActionEvent = { base: string; head: string } | { push: string };

/**
 * Runs the action for a pull_request_target event from `base` to `head` (or a push), as the runner would.
 * `inputs` are the step's `with:` (INPUT_*), `env` any other variable of the step (e.g. ROPA_API_TIMEOUT_MS).
 * `opts.dist` runs another build of the action (default: this checkout's); the process is killed after
 * `opts.killAfterMs`, so a hang fails the test instead of stalling it.
 */
export function runAction(
  repo: Repo,
  api: FakeGitHub | undefined,
  event: ActionEvent,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  opts: { dist?: string; killAfterMs?: number } = {},
): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), "ropa-runner-"));
  const eventPath = join(tmp, "event.json");
  const pr = "base" in event ? { number: PR, base: { sha: event.base, ref: "main" }, head: { sha: event.head, ref: "change" } } : undefined;
  writeFileSync(eventPath, JSON.stringify(pr ? { action: "synchronize", number: PR, pull_request: pr } : { ref: "refs/heads/main" }));
  for (const f of ["output", "summary"]) writeFileSync(join(tmp, f), "");
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_EVENT_NAME: pr ? "pull_request_target" : "push",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${NAME}`,
    GITHUB_SHA: "push" in event ? event.push : event.base,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: api?.url ?? "http://127.0.0.1:9",
    GITHUB_RUN_ID: "4242",
    GITHUB_OUTPUT: join(tmp, "output"),
    GITHUB_STEP_SUMMARY: join(tmp, "summary"),
    RUNNER_TEMP: tmp,
    "INPUT_GITHUB-TOKEN": "ghs_test",
    INPUT_RECORDS: "records",
    INPUT_POLICIES: "policies/build",
    INPUT_COMMENT: "true",
    "INPUT_FAIL-ON": "error",
    INPUT_TODAY: TODAY,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...env,
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [opts.dist ?? DIST], { cwd: repo.dir, env: childEnv });
    let stdout = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stdout += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.killAfterMs ?? 120_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const outputs: Record<string, string> = {};
      const text = readFileSync(join(tmp, "output"), "utf8");
      for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
      resolve({ code, stdout, outputs, summary: readFileSync(join(tmp, "summary"), "utf8"), ms: Math.round(performance.now() - started) });
    });
  });
}

/** Edits a YAML file in the repo's work tree with yaml's Document API. */
export function edit(repo: Repo, file: string, change: (doc: ReturnType<typeof parseDocument>) => void): void {
  const path = join(repo.dir, file);
  const doc = parseDocument(readFileSync(path, "utf8"));
  change(doc);
  writeFileSync(path, doc.toString());
}

/**
 * For a test file: a function that starts a fake GitHub API for this repository, loading GitHub's OpenAPI
 * description once before the tests, and closing every fake started after each test. A test whose requests
 * or responses did not match GitHub's description fails, whatever it asserted itself.
 */
export function fakeGitHubPerTest(): (options?: FakeGitHubOptions) => Promise<FakeGitHub> {
  const fakes: FakeGitHub[] = [];
  beforeAll(() => preloadOpenApi());
  afterEach(async () => {
    const done = fakes.splice(0);
    await Promise.all(done.map((f) => f.close()));
    const violations = done.flatMap((f) => f.violations);
    if (violations.length) throw new Error(`the fake GitHub API saw requests or responses GitHub would not:\n${violations.join("\n")}`);
  });
  return async (options = {}) => {
    const fake = await startFakeGitHub({ repository: `${OWNER}/${NAME}`, ...options });
    fakes.push(fake);
    return fake;
  };
}
