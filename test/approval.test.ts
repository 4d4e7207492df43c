// DPO approval of a pull request and the daily "due" issue, against the fake GitHub API (every request
// and response checked against GitHub's OpenAPI description).
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { dpoApproval, parseDpoTeam } from "../actions/check/src/approval.js";
import { DUE_LABEL, DUE_MARKER, syncDueIssue } from "../actions/check/src/due-issue.js";
import { client, runGitHub } from "../actions/check/src/github.js";
import { preloadOpenApi, startFakeGitHub, type FakeGitHub } from "./helpers/fake-github.js";

const repo = { owner: "dignio", repo: "register" };
const HEAD = "a".repeat(40);
let fake: FakeGitHub | undefined;
beforeAll(() => preloadOpenApi());
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("dpo-team input", () => {
  it("reads teams and users", () => {
    expect(parseDpoTeam("dignio/dpo-team, @Dana  erik")).toEqual({ teams: [{ org: "dignio", slug: "dpo-team" }], users: ["dana", "erik"] });
  });
});

describe("the run's GitHub", () => {
  it("is one client for the run, and each step has the whole deadline: judging between steps takes none of it", async () => {
    fake = await startFakeGitHub({ repository: "dignio/register", teamMembers: { "dignio/dpo-team": ["dana"] } });
    const github = runGitHub("t", repo, { GITHUB_API_URL: fake.url, ROPA_API_DEADLINE_MS: "1500" })!;
    const list = (o: Parameters<Parameters<typeof github.step>[0]>[0]) => o.rest.issues.listForRepo({ ...repo }).then(() => o);
    await list(client({ token: "t", baseUrl: fake.url })); // the fake's first answer on a route is slow (it compiles the route's schema)
    const first = await github.step(list);
    await new Promise((r) => setTimeout(r, 1800)); // "judging", longer than the deadline
    expect(await github.step(list)).toBe(first);
    // Within one step, the deadline holds.
    await expect(github.step(async (o) => (await new Promise((r) => setTimeout(r, 1800)), list(o)))).rejects.toThrow(/did not answer within 1500 ms in all/);
    expect(runGitHub("", repo, {})).toBeUndefined();
  });
});

describe("DPO approval", () => {
  it("counts a team member's latest approval on the head commit only", async () => {
    fake = await startFakeGitHub({
      repository: "dignio/register",
      teamMembers: { "dignio/dpo-team": ["dana"] },
      reviews: {
        5: [
          { user: "erin", state: "APPROVED", commit_id: HEAD },
          { user: "dana", state: "APPROVED", commit_id: "b".repeat(40) },
        ],
      },
    });
    const octokit = client({ token: "t", baseUrl: fake.url });
    const team = parseDpoTeam("dignio/dpo-team");
    // Erin is not in the DPO team, and Dana approved an earlier push.
    expect(await dpoApproval(octokit, repo, 5, HEAD, team)).toMatchObject({ approved: false, approvers: [], members: ["dana"] });
    fake.reviews.get(5)!.push({ user: "dana", state: "APPROVED", commit_id: HEAD });
    expect(await dpoApproval(octokit, repo, 5, HEAD, team)).toMatchObject({ approved: true, approvers: ["dana"] });
    // A later request for changes takes the approval back.
    fake.reviews.get(5)!.push({ user: "dana", state: "CHANGES_REQUESTED", commit_id: HEAD });
    expect((await dpoApproval(octokit, repo, 5, HEAD, team)).approved).toBe(false);
    expect(fake.violations).toEqual([]);
  });
});

describe("the due issue", () => {
  it("is created once, updated in place, and closed when nothing is due", async () => {
    fake = await startFakeGitHub({ repository: "dignio/register" });
    const octokit = client({ token: "t", baseUrl: fake.url });
    const first = await syncDueIssue(octokit, repo, { count: 2, title: "Register: 2 things due", body: "- a\n- b" });
    expect(first.action).toBe("created");
    const issue = fake.issues.get(first.number!)!;
    expect(issue.labels).toContain(DUE_LABEL);
    expect(issue.body?.startsWith(DUE_MARKER)).toBe(true);
    expect((await syncDueIssue(octokit, repo, { count: 2, title: "Register: 2 things due", body: "- a\n- b" })).action).toBe("unchanged");
    expect(await syncDueIssue(octokit, repo, { count: 1, title: "Register: 1 thing due", body: "- b" })).toEqual({ action: "updated", number: first.number });
    expect(fake.issues.get(first.number!)!.title).toBe("Register: 1 thing due");
    expect(await syncDueIssue(octokit, repo, { count: 0, title: "", body: "Nothing is due." })).toEqual({ action: "closed", number: first.number });
    expect(fake.issues.get(first.number!)!.state).toBe("closed");
    expect((await syncDueIssue(octokit, repo, { count: 0, title: "", body: "Nothing is due." })).action).toBe("unchanged");
    expect([...fake.issues.values()]).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });
});
