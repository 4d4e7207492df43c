// The fake GitHub API (test/helpers/fake-github.ts) driven by the real Octokit — with its retry and
// throttling plugins — so that the end-to-end tests of the action can trust it.
import { randomUUID } from "node:crypto";
import Bottleneck from "bottleneck";
import { client as ropaClient, GitHubClient as Octokit, type GitHub } from "../github/client.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { preloadOpenApi, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from "./helpers/fake-github.js";

const owner = "dignio";
const repo = "ropa";

let fake: FakeGitHub | undefined;
async function start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  fake = await startFakeGitHub({ repository: `${owner}/${repo}`, ...options });
  return fake;
}

beforeAll(() => preloadOpenApi()); // ~0.3 s, once per file
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * A real Octokit against the fake. Timing knobs, so that no test waits for seconds:
 * - `retry.retryAfterBaseValue: 1`: the retry plugin waits (retryCount+1)² × this many ms before retrying
 *   a 5xx / network error (default 1000 ms, i.e. 1 s, 4 s, 9 s).
 * - `throttle.write` / `throttle.notifications`: the throttling plugin spaces writes 1 s apart, and writes
 *   that notify (creating issues and comments) 3 s apart, in groups shared by every Octokit of the process;
 *   these groups have no spacing. `retryAfterBaseValue` is left alone there, so `retry-after: 1` is waited.
 */
function client(f: FakeGitHub, secondary: number[] = []): GitHub {
  return new Octokit({
    auth: "t0ken",
    baseUrl: f.url,
    log: quiet,
    retry: { retryAfterBaseValue: 1 },
    throttle: {
      id: randomUUID(),
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      onRateLimit: () => true,
      onSecondaryRateLimit: (retryAfter: number) => {
        secondary.push(retryAfter);
        return true;
      },
    },
  });
}

async function statusOf(p: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await p;
    return { status: 0, data: undefined };
  } catch (e) {
    const err = e as { status: number; response?: { data: unknown } };
    return { status: err.status, data: err.response?.data };
  }
}

describe("fake GitHub", () => {
  it("creates, lists (paginated), updates and deletes comments", async () => {
    const f = await start();
    const gh = client(f);
    for (const body of ["one", "two", "three"]) {
      const { status, data } = await gh.rest.issues.createComment({ owner, repo, issue_number: 7, body });
      expect(status).toBe(201);
      expect(data.user?.login).toBe("github-actions[bot]");
      expect(data.user?.type).toBe("Bot");
    }
    const all = await gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: 7, per_page: 2 });
    expect(all.map((c) => c.body)).toEqual(["one", "two", "three"]);
    const pages = f.requests.filter((r) => r.method === "GET");
    expect(pages.map((r) => r.query)).toEqual([{ per_page: "2" }, { per_page: "2", page: "2" }]);

    const updated = await gh.rest.issues.updateComment({ owner, repo, comment_id: all[1]!.id, body: "two, edited" });
    expect(updated.data.body).toBe("two, edited");
    expect(f.comments.get(all[1]!.id)).toMatchObject({ issue_number: 7, body: "two, edited" });

    expect((await gh.rest.issues.deleteComment({ owner, repo, comment_id: all[0]!.id })).status).toBe(204);
    expect(f.commentsOn(7).map((c) => c.body)).toEqual(["two, edited", "three"]);
    expect(f.requests.every((r) => r.token === "t0ken")).toBe(true);
    expect(f.violations).toEqual([]);
  });

  it("sends realistic headers", async () => {
    const f = await start();
    const res = await fetch(`${f.url}/repos/${owner}/${repo}/issues/7/comments`, { headers: { authorization: "token x" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("x-github-request-id")).toMatch(/^[0-9A-F]+(:[0-9A-F]+){4}$/);
    for (const h of ["limit", "remaining", "reset", "used"]) expect(res.headers.get(`x-ratelimit-${h}`)).toMatch(/^\d+$/);
    expect(res.headers.get("x-ratelimit-resource")).toBe("core");
    expect(f.violations).toEqual([]);
  });

  it("answers GET /user with 403 for an installation token, and with the user for a personal one", async () => {
    const bot = await start();
    const r = await statusOf(client(bot).rest.users.getAuthenticated());
    expect(r).toMatchObject({ status: 403, data: { message: "Resource not accessible by integration" } });
    expect(bot.violations).toEqual([]);
    await bot.close();

    const user = await start({ actor: "alice" });
    const { data } = await client(user).rest.users.getAuthenticated();
    expect(data).toMatchObject({ login: "alice", type: "User" });
    expect(user.violations).toEqual([]);
  });

  it("retries a 502 (retry plugin)", async () => {
    const f = await start();
    f.fail({ method: "POST", path: /\/comments$/ }, { status: 502 });
    const { status } = await client(f).rest.issues.createComment({ owner, repo, issue_number: 7, body: "hi" });
    expect(status).toBe(201);
    expect(f.requests.map((r) => r.status)).toEqual([502, 201]);
    expect(f.comments.size).toBe(1);
    expect(f.violations).toEqual([]);
  });

  it("retries after a connection reset", async () => {
    const f = await start();
    f.fail({ operationId: "issues/list-comments" }, { reset: true, times: 2 });
    const { status } = await client(f).rest.issues.listComments({ owner, repo, issue_number: 7 });
    expect(status).toBe(200);
    expect(f.requests.map((r) => r.status)).toEqual([0, 0, 200]);
  });

  it("waits out a secondary rate limit with retry-after (throttling plugin)", async () => {
    const f = await start();
    f.fail({ method: "GET" }, { status: 403, secondaryRateLimit: true, retryAfter: 1 });
    const secondary: number[] = [];
    const t0 = Date.now();
    const { status } = await client(f, secondary).rest.issues.listComments({ owner, repo, issue_number: 7 });
    expect(status).toBe(200);
    expect(secondary).toEqual([1]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(f.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(f.violations).toEqual([]);
  });

  it("answers a hang only when closed", async () => {
    const f = await start();
    f.fail({ path: `/repos/${owner}/${repo}/issues/7/comments` }, { hang: true });
    const r = await statusOf(
      client(f).rest.issues.listComments({ owner, repo, issue_number: 7, request: { signal: AbortSignal.timeout(200) } }),
    );
    expect(r.status).not.toBe(0);
    expect(f.requests[0]!.status).toBe(0);
  });

  it("refuses writes with a read-only token, as for a fork's pull request", async () => {
    const f = await start({ readOnly: true });
    const gh = client(f);
    const r = await statusOf(gh.rest.issues.createComment({ owner, repo, issue_number: 7, body: "hi" }));
    expect(r).toMatchObject({ status: 403, data: { message: "Resource not accessible by integration" } });
    expect((await gh.rest.issues.listComments({ owner, repo, issue_number: 7 })).status).toBe(200);
    expect(f.comments.size).toBe(0);
    expect(f.violations).toEqual([]);
  });

  it("rejects a comment body over 65536 characters with GitHub's 422", async () => {
    const f = await start();
    const r = await statusOf(client(f).rest.issues.createComment({ owner, repo, issue_number: 7, body: "x".repeat(70_000) }));
    expect(r.status).toBe(422);
    expect(r.data).toMatchObject({
      message: "Validation Failed",
      errors: [
        { resource: "IssueComment", code: "custom", field: "body", message: "body is too long (maximum is 65536 characters)" },
      ],
    });
    expect(f.comments.size).toBe(0);
    expect(f.violations).toEqual([]);
  });

  it("records an unknown route and an undeclared body field as violations", async () => {
    const f = await start();
    const gh = client(f);
    const r = await statusOf(gh.request("GET /repos/{owner}/{repo}/no-such-thing", { owner, repo }));
    expect(r).toMatchObject({ status: 404, data: { message: "Not Found" } });
    await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner,
      repo,
      issue_number: 7,
      body: "hi",
      colour: "red",
    });
    const q = await statusOf(gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner, repo, issue_number: 7, sort: "x" }));
    expect(q.status).toBe(0);
    expect(f.violations).toEqual([
      `GET /repos/${owner}/${repo}/no-such-thing: no operation in the OpenAPI description matches this path`,
      `POST /repos/${owner}/${repo}/issues/7/comments (issues/create-comment): request body has undeclared property "colour"`,
      `GET /repos/${owner}/${repo}/issues/7/comments (issues/list-comments): query parameter "sort" is not declared`,
    ]);
  });

  it("answers 422 for a body that breaks the schema, and 401 without a token", async () => {
    const f = await start();
    const route: string = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"; // untyped, to send a wrong body
    const r = await statusOf(client(f).request(route, { owner, repo, issue_number: 7, text: "hi" }));
    expect(r.status).toBe(422);
    const anon = await fetch(`${f.url}/repos/${owner}/${repo}/issues/7/comments`);
    expect(anon.status).toBe(401);
    expect(f.violations).toEqual([
      `POST /repos/${owner}/${repo}/issues/7/comments (issues/create-comment): request body / must have required property 'body'`,
      `POST /repos/${owner}/${repo}/issues/7/comments (issues/create-comment): request body has undeclared property "text"`,
      `GET /repos/${owner}/${repo}/issues/7/comments: no "authorization: token …" or "Bearer …" header`,
    ]);
  });

  it("creates, filters, updates and gets issues", async () => {
    const f = await start({ actor: "alice" });
    f.addIssue({ title: "old", labels: ["ropa"], state: "closed", user: "bob" });
    const gh = client(f);
    const created = await gh.rest.issues.create({ owner, repo, title: "Register drift", body: "…", labels: ["ropa", { name: "gdpr" }] });
    expect(created.status).toBe(201);
    expect(created.data.labels.map((l) => (typeof l === "string" ? l : l.name))).toEqual(["ropa", "gdpr"]);
    const n = created.data.number;
    expect(f.issues.get(n)).toMatchObject({ title: "Register drift", state: "open", labels: ["ropa", "gdpr"] });

    const open = await gh.rest.issues.listForRepo({ owner, repo, labels: "ropa", creator: "alice" });
    expect(open.data.map((i) => i.number)).toEqual([n]);
    const all = await gh.rest.issues.listForRepo({ owner, repo, state: "all", labels: "ropa" });
    expect(all.data.map((i) => i.title)).toEqual(["Register drift", "old"]);

    const closed = await gh.rest.issues.update({ owner, repo, issue_number: n, state: "closed", state_reason: "not_planned" });
    expect(closed.data).toMatchObject({ state: "closed", state_reason: "not_planned" });
    expect((await gh.rest.issues.get({ owner, repo, issue_number: n })).data.state).toBe("closed");
    expect((await statusOf(gh.rest.issues.get({ owner, repo, issue_number: 9999 }))).status).toBe(404);
    expect(f.violations).toEqual([]);
  });

  it("serves other operations through on(), checking their responses too", async () => {
    const f = await start();
    const gh = client(f);
    expect((await statusOf(gh.rest.pulls.get({ owner, repo, pull_number: 7 }))).status).toBe(404);
    expect(f.violations).toEqual([
      `GET /repos/${owner}/${repo}/pulls/7 (pulls/get): the fake does not implement this operation (serve it with fake.on())`,
    ]);
    f.violations.length = 0;
    f.on("repos/get-collaborator-permission-level", (req) => ({
      status: 200,
      body: { permission: "write", role_name: "write", user: null, extra: req.params.username },
    }));
    const perm = await gh.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: "alice" });
    expect(perm.data).toMatchObject({ permission: "write", extra: "alice" });
    expect(f.violations).toEqual([]);

    f.on("repos/get-collaborator-permission-level", () => ({ status: 200, body: { permission: 2, role_name: "write", user: null } }));
    await gh.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: "alice" });
    expect(f.violations).toEqual([
      `GET /repos/${owner}/${repo}/collaborators/alice/permission (repos/get-collaborator-permission-level): response 200 /permission must be string`,
    ]);
  });

  it("answers a primary rate limit (429) with retry-after and x-ratelimit-remaining: 0", async () => {
    const f = await start();
    f.fail({ method: "GET" }, { status: 429, retryAfter: 0, times: 1 });
    const { status } = await client(f).rest.issues.listComments({ owner, repo, issue_number: 7 });
    expect(status).toBe(200);
    expect(f.requests[0]!.status).toBe(429);
    expect(f.violations).toEqual([]);
  });

  it("serves reviews and team members set by the test", async () => {
    const f = await start({ teamMembers: { "privacy-office": ["dpo", "counsel"] } });
    f.reviews.set(7, [
      { user: { login: "dpo" }, state: "APPROVED", commit_id: "abc" },
      { user: "counsel", state: "CHANGES_REQUESTED", submitted_at: "2026-01-02T03:04:05Z" },
    ]);
    const gh = client(f);
    const reviews = await gh.rest.pulls.listReviews({ owner, repo, pull_number: 7 });
    expect(reviews.data.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([
      ["dpo", "APPROVED", "abc"],
      ["counsel", "CHANGES_REQUESTED", "0123456789abcdef0123456789abcdef01234567"],
    ]);
    const members = await gh.paginate(gh.rest.teams.listMembersInOrg, { org: owner, team_slug: "privacy-office" });
    expect(members.map((m) => m.login)).toEqual(["dpo", "counsel"]);
    expect((await statusOf(gh.rest.teams.listMembersInOrg({ org: owner, team_slug: "nobody" }))).status).toBe(404);
    expect(f.violations).toEqual([]);
  });

  it("is reached by ropa's client with the writes a run makes one after another, not a second or three apart, when writeSpacingMs is 0", async () => {
    const f = await start();
    const gh = ropaClient({ token: "t0ken", baseUrl: f.url, writeSpacingMs: 0 });
    // As a run of the action: the GraphQL query, then a comment, then the due issue (both notify).
    await gh.graphql("query { viewer { login } }");
    await gh.rest.issues.createComment({ owner, repo, issue_number: 7, body: "one" });
    await gh.rest.issues.create({ owner, repo, title: "due" });
    const [query, comment, issue] = f.requests.map((r) => r.at);
    // The plugin's own spacing would put them at least 1 s (a write) and 3 s (a write that notifies) apart.
    expect(comment! - query!).toBeLessThan(1_000);
    expect(issue! - comment!).toBeLessThan(1_000);
    expect(f.violations).toEqual([]);
  });
});
