// Faults around the verdict: the GitHub API failing in every way it does (5xx, secondary rate limits, a
// refused body, reset connections, requests that never answer), two runs for the same PR at once, and a
// policy that traps or runs out of memory. The verdict and the exit code never change because of them,
// every wait is bounded, and an evaluation that fails is exit 2 with a message, never a pass.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as opaWasm from "@open-policy-agent/opa-wasm";
import { describe, expect, it } from "vitest";
import { policyInput, readRegister } from "../engine/check.js";
import { loadPolicy, memoryPages, PolicyError, readBundleDir } from "../engine/policy.js";
import { COMMENT_MARKER } from "../engine/report/index.js";
import { readRegisterDir } from "../engine/source.js";
import { fakeGitHubPerTest, NAME, OWNER, PR, runAction, type Run } from "./helpers/action-runner.js";
import { parseProblems, ropa } from "./helpers/cli.js";
import { startFakeGitHub, type Fault, type FaultMatcher } from "./helpers/fake-github.js";
import { Repo } from "./helpers/git-repo.js";
import { copyRegister, ROOT, TODAY } from "./helpers/register.js";
import { trapOnExports } from "./helpers/wasm.js";

const github = fakeGitHubPerTest();

/** A PR that adds a product without a privacy notice: a change the policies fail. */
function failingChange(repo: Repo): { base: string; head: string } {
  const base = repo.git("rev-parse", "HEAD");
  repo.branch("change");
  repo.write("records/products/pulse.yaml", "apiVersion: ropa/v1\nkind: Product\nid: pulse\nname: Dignio Pulse\n");
  return { base, head: repo.commit("Add Dignio Pulse") };
}

/** The run with no fault: what every faulty run must equal in verdict, exit code and comment. */
let reference: Promise<{ run: Run; body: string; repo: Repo; event: { base: string; head: string } }> | undefined;
function clean() {
  reference ??= (async () => {
    const repo = Repo.withRegister();
    const event = failingChange(repo);
    const api = await startFakeGitHub({ repository: `${OWNER}/${NAME}` });
    const run = await runAction(repo, api, event);
    const [comment] = api.commentsOn(PR, OWNER, NAME);
    await api.close();
    expect(api.violations).toEqual([]);
    return { run, body: comment!.body, repo, event };
  })();
  return reference;
}

// Short limits: a hanging request is abandoned after 1 s, and a failed one retried after 0.1, 0.4 and 0.9 s
// (n² × ROPA_API_RETRY_BASE_MS) instead of the action's 1, 4 and 9 s, which the faults below wait through.
const SHORT = { ROPA_API_TIMEOUT_MS: "1000", ROPA_API_RETRY_BASE_MS: "100" };
/** Creating a PR comment (not the GraphQL query that asks who the token is, also a POST). */
const CREATE_COMMENT: FaultMatcher = { operationId: "issues/create-comment" };
const createsComment = (r: { operationId?: string }) => r.operationId === CREATE_COMMENT.operationId;

describe("the GitHub API failing", () => {
  it("is not needed for the verdict: the clean run fails the change, with exit 1", async () => {
    const { run, body } = await clean();
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
  });

  const retried: [string, FaultMatcher, Fault, string[]][] = [
    ["500 on creating the comment", CREATE_COMMENT, { status: 500 }, ["POST 500", "POST 201"]],
    ["502 on listing the comments", { method: "GET", path: /\/comments$/ }, { status: 502 }, ["GET 502", "GET 200"]],
    ["503 on listing the comments, twice", { method: "GET", path: /\/comments$/ }, { status: 503, times: 2 }, ["GET 503", "GET 503", "GET 200"]],
    ["a 403 secondary rate limit with retry-after: 1", CREATE_COMMENT, { status: 403, secondaryRateLimit: true, retryAfter: 1 }, ["POST 403", "POST 201"]],
    ["a reset connection (ECONNRESET)", CREATE_COMMENT, { reset: true }, ["POST 0", "POST 201"]],
    ["a request that never answers", { method: "GET", path: /\/comments$/ }, { hang: true }, ["GET 0", "GET 200"]],
  ];

  it.each(retried)("retries %s, posts the one comment, and keeps the verdict", async (_name, matcher, fault, statuses) => {
    const { run: want, body, repo, event } = await clean();
    const api = await github();
    api.fail(matcher, fault);
    const run = await runAction(repo, api, event, {}, SHORT);
    expect(run.code).toBe(want.code);
    expect(run.outputs).toEqual({ ...want.outputs, "sarif-file": run.outputs["sarif-file"] });
    const comments = api.commentsOn(PR, OWNER, NAME);
    expect(comments.map((c) => c.body)).toEqual([body]);
    const method = matcher.method ?? "POST";
    const seen = api.requests.filter((r) => r.method === method && r.path.endsWith("/comments")).map((r) => `${r.method} ${r.status}`);
    expect(seen.slice(0, statuses.length)).toEqual(statuses);
    expect(run.stdout).not.toMatch(/could not post the PR comment/);
    expect(api.violations).toEqual([]);
    expect(run.ms).toBeLessThan(30_000);
  });

  it("posts a short comment pointing to the summary when GitHub refuses the body (422), and keeps the verdict", async () => {
    // A change with enough findings that the full comment is longer than the short one.
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    for (let i = 0; i < 40; i++) repo.write(`records/products/p${i}.yaml`, `apiVersion: ropa/v1\nkind: Product\nid: p${i}\nname: Product ${i}\n`);
    const event = { base, head: repo.commit("Add 40 products") };
    const api = await github();
    api.fail(CREATE_COMMENT, { status: 422, body: { message: "Validation Failed", errors: [{ resource: "IssueComment", code: "custom", field: "body", message: "body is too long (maximum is 65536 characters)" }], documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment", status: "422" } });
    const run = await runAction(repo, api, event, {}, SHORT);
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    const [comment, ...more] = api.commentsOn(PR, OWNER, NAME);
    expect(more).toEqual([]);
    expect(comment.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment.body.length).toBeLessThanOrEqual(4_000);
    expect(comment.body).toContain("Register check");
    expect(comment.body).toMatch(/more findings? not shown here: see the job summary/);
    expect(comment.body).toMatch(/Not everything fits in this comment .*the full report is in the job summary/);
    expect(run.summary.length).toBeGreaterThan(comment.body.length);
    expect(run.stdout).toMatch(/::warning::ropa: GitHub refused the full PR comment, so a short one was posted/);
    expect(api.requests.filter(createsComment).map((r) => r.status)).toEqual([422, 201]);
    expect(api.violations).toEqual([]);
  });

  const givenUp: [string, FaultMatcher, Fault, Record<string, string>, number][] = [
    ["a 500 that does not go away (three retries, then reported)", CREATE_COMMENT, { status: 500, times: 100 }, {}, 30_000],
    ["a secondary rate limit asking to wait an hour (reported at once)", CREATE_COMMENT, { status: 403, secondaryRateLimit: true, retryAfter: 3600, times: 100 }, {}, 15_000],
    ["requests that never answer (abandoned at the deadline)", { method: "GET", path: /\/comments$/ }, { hang: true, times: 100 }, { ROPA_API_TIMEOUT_MS: "1000", ROPA_API_DEADLINE_MS: "3000" }, 25_000],
  ];

  it.each(givenUp)("reports %s as a warning, within bounded time, and keeps the verdict", async (_name, matcher, fault, env, bound) => {
    const { run: want, repo, event } = await clean();
    const api = await github();
    api.fail(matcher, fault);
    const run = await runAction(repo, api, event, {}, { ...SHORT, ...env });
    expect(run.code).toBe(want.code);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.summary).toContain("Register check");
    expect(api.commentsOn(PR, OWNER, NAME)).toEqual([]);
    expect(run.stdout).toMatch(/::warning::ropa: could not post the PR comment: .*The verdict and the job summary stand\./);
    expect(run.ms).toBeLessThan(bound);
    expect(api.violations).toEqual([]);
  }, 60_000);

  it("never changes a passing verdict either: a pass with a failing API is still exit 0", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    repo.write("records/products/mydignio.yaml", readFileSync(join(repo.dir, "records/products/mydignio.yaml"), "utf8").replace('version: "2024-1"', 'version: "2024-2"'));
    const head = repo.commit("New notice version");
    const api = await github();
    api.fail(CREATE_COMMENT, { status: 500, times: 100 });
    const run = await runAction(repo, api, { base, head }, {}, SHORT);
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe("pass");
    expect(run.stdout).toMatch(/::warning::ropa: could not post the PR comment/);
  }, 60_000);
});

describe("two runs for the same PR at once", () => {
  it("leave one comment, even when both find none and both create one", async () => {
    const { body, repo, event } = await clean();
    const api = await github();
    // Each create lands 4 s after it is sent (within the default 20 s time-out), long after the other run
    // has looked and found nothing.
    api.fail(CREATE_COMMENT, { delayMs: 4_000, times: 2 });
    const [a, b] = await Promise.all([runAction(repo, api, event), runAction(repo, api, event)]);
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(api.requests.filter(createsComment), "the race did not happen: both runs should create").toHaveLength(2);
    expect(api.commentsOn(PR, OWNER, NAME).map((c) => c.body)).toEqual([body]);
    expect(api.requests.filter((r) => r.method === "DELETE").length).toBeGreaterThanOrEqual(1);
    expect(a.stdout + b.stdout).not.toMatch(/could not post the PR comment/);
    expect(api.violations).toEqual([]);

    // The next push updates that one comment.
    const next = await runAction(repo, api, event, {}, SHORT);
    expect(next.code).toBe(1);
    expect(api.commentsOn(PR, OWNER, NAME)).toHaveLength(1);
    expect(api.requests.filter(createsComment)).toHaveLength(2);
  }, 90_000);

  it("leave one comment when they simply start together, three times over", async () => {
    const { repo, event } = await clean();
    const api = await github();
    for (let round = 0; round < 3; round++) {
      const runs = await Promise.all([runAction(repo, api, event, {}, SHORT), runAction(repo, api, event, {}, SHORT)]);
      expect(runs.map((r) => r.code)).toEqual([1, 1]);
      expect(api.commentsOn(PR, OWNER, NAME)).toHaveLength(1);
    }
    expect(api.violations).toEqual([]);
  }, 120_000);
});

describe("a policy that traps or runs out of memory", () => {
  const bundle = () => readBundleDir(join(ROOT, "policies/build"));
  const trapping = () => trapOnExports(readFileSync(join(ROOT, "policies/build/policy.wasm")), ["opa_eval", "eval"]);

  it("is a PolicyError from the engine, never an empty list of violations", async () => {
    const register = await readRegister(readRegisterDir(join(ROOT, "records")), "records");
    const policy = loadPolicy({ ...bundle(), wasm: trapping() });
    expect(() => policy.evaluate(policyInput(register, TODAY))).toThrow(PolicyError);
    expect(() => policy.evaluate(policyInput(register, TODAY))).toThrow(/not used again/);
  });

  it("is told apart from the good policy by its bytes, in one process and even in the same buffer", async () => {
    // A process keeps each compiled policy for the next load of the same bytes: a trapping policy must not be
    // taken for the good one, nor the good one for it, even when read into the buffer the good one was in. Both
    // are made the same length with a custom section (which WebAssembly ignores) at their end.
    const register = await readRegister(readRegisterDir(join(ROOT, "records")), "records");
    const good = bundle();
    const bad = trapping();
    const length = Math.max(good.wasm.length, bad.length) + 3;
    const padded = (wasm: Uint8Array) => Buffer.concat([wasm, Buffer.from([0, length - wasm.length - 2, 0]), Buffer.alloc(length - wasm.length - 3)]);
    const buffer = padded(good.wasm);
    expect(() => loadPolicy({ ...good, wasm: buffer }).evaluate(policyInput(register, TODAY))).not.toThrow();
    padded(bad).copy(buffer);
    expect(() => loadPolicy({ ...good, wasm: buffer }).evaluate(policyInput(register, TODAY))).toThrow(/trapped/);
    expect(() => loadPolicy({ ...good, wasm: padded(good.wasm) }).evaluate(policyInput(register, TODAY))).not.toThrow();
  });

  it("runs out of memory under a tiny memory limit, and says so", async () => {
    const register = await readRegister(readRegisterDir(join(ROOT, "records")), "records");
    expect(() => loadPolicy(bundle(), { maxMemoryPages: 6 }).evaluate(policyInput(register, TODAY))).toThrow(/out of memory: .*MAX_WASM_MEMORY_PAGES/);
  });

  it("sizes the memory of a large input within what the 32-bit allocator can use", async () => {
    // A 4 GiB memory (65,536 pages) wraps the allocator's 32-bit heap top to 0: it then fails its first
    // allocation, which read as "out of memory" for every change of a register over ~16 MB of JSON.
    const pages = memoryPages(40e6, 65_536);
    expect(pages.maximum).toBeLessThan(65_536);
    expect(pages.initial).toBe(pages.maximum);
    const register = await readRegister(readRegisterDir(join(ROOT, "records")), "records");
    const { loadPolicySync } = (opaWasm as unknown as { default: typeof opaWasm }).default;
    const wasm = loadPolicySync(bundle().wasm, pages);
    wasm.setData(bundle().data);
    const result = wasm.evaluate(policyInput(register, TODAY), "ropa/main/violations") as { result: unknown[] }[];
    expect(Array.isArray(result[0]!.result)).toBe(true);
  });

  it("makes the CLI exit 2 with a message, and write no report", async () => {
    const dir = copyRegister();
    const policies = mkdtempSync(join(tmpdir(), "ropa-trap-"));
    cpSync(join(ROOT, "policies/build"), policies, { recursive: true });
    writeFileSync(join(policies, "policy.wasm"), trapping());
    const run = await ropa(["check", "records", "--today", TODAY, "--policies", policies, "--output", "report.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^ropa: internal error, nothing was judged: policy evaluation failed: the WebAssembly trapped \(unreachable\)$/m);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(parseProblems(run.stderr)).toEqual([]);
  });

  it("makes the action exit 2 with verdict fail when the base commit's policy traps", async () => {
    const repo = Repo.withRegister();
    writeFileSync(join(repo.dir, "policies/build/policy.wasm"), trapping());
    const base = repo.commit("A broken policy build");
    repo.branch("change");
    repo.write("records/products/pulse.yaml", "apiVersion: ropa/v1\nkind: Product\nid: pulse\nname: Dignio Pulse\n");
    const head = repo.commit("Add Dignio Pulse");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(2);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.stdout).toMatch(/::error::ropa: internal error, nothing was judged: policy evaluation failed: the WebAssembly trapped/);
    expect(run.summary).toContain("Nothing was judged, so the check fails");
  });
});
