// Change control in the action: a pull request that adds or edits a waiver fails until the DPO team approves it, and the
// daily re-check keeps one "due" issue. The built action runs as a child process against a real git
// repository and the fake GitHub API.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { NAME, OWNER, PR, edit, runAction } from "./helpers/action-runner.js";
import { preloadOpenApi, startFakeGitHub, type FakeGitHub } from "./helpers/fake-github.js";
import { Repo } from "./helpers/git-repo.js";
import { TODAY } from "./helpers/register.js";

let fake: FakeGitHub | undefined;
beforeAll(() => preloadOpenApi());
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const WAIVER = `apiVersion: ropa/v1
kind: Waiver
id: aws-dpa
name: DPA renewal in signature
rule: subprocessors.dpa
record: aws
reason: "The renewed DPA is in signature (ticket 77)."
approved_by: Dana DPO
approved_on: 2026-11-20
expires_on: 2027-01-31
`;

/** A PR that removes the AWS DPA and waives the finding. */
function waivedChange(repo: Repo): { base: string; head: string } {
  const base = repo.git("rev-parse", "HEAD");
  repo.branch("change");
  edit(repo, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
  repo.write("records/waivers/aws-dpa.yaml", WAIVER);
  return { base, head: repo.commit("Waive the AWS DPA while it is renewed") };
}

describe("waivers in a pull request", () => {
  it("fail until the DPO team approves, and the comment says whose approval is missing", async () => {
    const repo = Repo.withRegister();
    const event = waivedChange(repo);
    fake = await startFakeGitHub({ repository: `${OWNER}/${NAME}`, reviews: { [PR]: [{ user: "erin", state: "APPROVED", commit_id: event.head }] } });
    const run = await runAction(repo, fake, event, { "dpo-team": "@dana" });
    expect(run.code).toBe(1);
    const body = fake.commentsOn(PR, OWNER, NAME)[0].body;
    expect(body).toContain("adds or changes the waiver `aws-dpa`, so it fails until the DPO team approves it");
    expect(body).toContain("approval of the pull request at its latest commit by `dana` is missing");
    expect(body).toContain("`subprocessors.dpa`");
    expect(run.stdout).toContain("the DPO team's approval is missing");
    expect(fake.violations).toEqual([]);
  });

  it("fail without approval even when what they waive was already wrong on the base", async () => {
    // The finding is on main already, so the PR introduces nothing; unapproved, its waiver would still
    // take effect on main after the merge.
    const repo = Repo.withRegister();
    edit(repo, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
    const base = repo.commit("AWS DPA lapsed");
    repo.branch("change");
    repo.write("records/waivers/aws-dpa.yaml", WAIVER);
    const event = { base, head: repo.commit("Waive it") };
    fake = await startFakeGitHub({ repository: `${OWNER}/${NAME}`, teamMembers: { "dignio/dpo": ["dana"] } });
    const unapproved = await runAction(repo, fake, event, { "dpo-team": "dignio/dpo" });
    expect(unapproved.code).toBe(1);
    expect(unapproved.outputs.verdict).toBe("fail");
    const body = fake.commentsOn(PR, OWNER, NAME)[0].body;
    expect(body).toMatch(/^## ❌ Register check: .*the DPO team's approval is missing/m);
    expect(body).toContain("approval of the pull request at its latest commit by a member of `dignio/dpo` is missing");
    fake.reviews.set(PR, [{ user: "dana", state: "APPROVED", commit_id: event.head }]);
    const approved = await runAction(repo, fake, event, { "dpo-team": "dignio/dpo" });
    expect(approved.code).toBe(0);
    expect(fake.violations).toEqual([]);
  });

  it("apply once a DPO team member approves the head commit: the finding shows as waived and the check passes", async () => {
    const repo = Repo.withRegister();
    const event = waivedChange(repo);
    fake = await startFakeGitHub({
      repository: `${OWNER}/${NAME}`,
      teamMembers: { "dignio/dpo": ["dana"] },
      reviews: { [PR]: [{ user: "dana", state: "APPROVED", commit_id: event.head }] },
    });
    const run = await runAction(repo, fake, event, { "dpo-team": "dignio/dpo" });
    expect(run.code).toBe(0);
    const body = fake.commentsOn(PR, OWNER, NAME)[0].body;
    expect(body).toContain("approved by `dana` of the DPO team");
    expect(body).toContain("**Waived by the DPO**");
    expect(body).toMatch(/`aws-dpa` by Dana DPO until 2027-01-31/);
    expect(fake.violations).toEqual([]);
  });

  it("do not count when no DPO team is configured (fail closed)", async () => {
    const repo = Repo.withRegister();
    const event = waivedChange(repo);
    fake = await startFakeGitHub({ repository: `${OWNER}/${NAME}` });
    const run = await runAction(repo, fake, event);
    expect(run.code).toBe(1);
    expect(fake.commentsOn(PR, OWNER, NAME)[0].body).toContain("`dpo-team` input names nobody");
  });

  it("name the team and the token permission it needs when the team cannot be read", async () => {
    const repo = Repo.withRegister();
    const event = waivedChange(repo);
    // No such team for this token: GitHub answers 404.
    fake = await startFakeGitHub({ repository: `${OWNER}/${NAME}`, reviews: { [PR]: [{ user: "dana", state: "APPROVED", commit_id: event.head }] } });
    const run = await runAction(repo, fake, event, { "dpo-team": "dignio/dpo" });
    expect(run.code).toBe(1);
    const body = fake.commentsOn(PR, OWNER, NAME)[0].body;
    expect(body).toContain("the members of the DPO team `dignio/dpo` could not be read");
    expect(body).toContain('"Members: read"');
    expect(fake.violations).toEqual([]);
  });
});

describe("waiver_max_days", () => {
  it("raised in a pull request needs the DPO team's approval, like a waiver", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    edit(repo, "records/organisation.yaml", (d) => d.set("waiver_max_days", 3650));
    const event = { base, head: repo.commit("Let waivers run ten years") };
    fake = await startFakeGitHub({ repository: `${OWNER}/${NAME}` });
    const unapproved = await runAction(repo, fake, event, { "dpo-team": "@dana" });
    expect(unapproved.code).toBe(1);
    expect(fake.commentsOn(PR, OWNER, NAME)[0].body).toContain("changes `waiver_max_days` in the organisation record");
    fake.reviews.set(PR, [{ user: "dana", state: "APPROVED", commit_id: event.head }]);
    expect((await runAction(repo, fake, event, { "dpo-team": "@dana" })).code).toBe(0);
    expect(fake.violations).toEqual([]);
  });
});

describe("the waiver the PR comment offers", () => {
  it("fits the organisation's waiver_max_days and the records input, and once committed and approved the check passes", async () => {
    const repo = Repo.withRegister();
    repo.git("mv", "records", "register");
    edit(repo, "register/organisation.yaml", (d) => d.set("waiver_max_days", 60));
    const base = repo.commit("The register lives in register/; waivers run at most 60 days");
    repo.branch("change");
    edit(repo, "register/subprocessors/aws.yaml", (d) => d.delete("dpa"));
    const event = { base, head: repo.commit("Drop the AWS DPA") };
    fake = await startFakeGitHub({ repository: `${OWNER}/${NAME}` });
    const inputs = { records: "register", "dpo-team": "@dana" };
    expect((await runAction(repo, fake, event, inputs)).code).toBe(1);

    const offered = [...fake.commentsOn(PR, OWNER, NAME)[0].body.matchAll(/`([^`]+\.yaml)`:\n```yaml\n([\s\S]*?)```/g)];
    expect(offered.map((m) => m[1])).toEqual(["register/waivers/aws-subprocessors-dpa.yaml"]);
    const [, path, yaml] = offered[0];
    expect(parse(yaml)).toEqual({
      apiVersion: "ropa/v1",
      kind: "Waiver",
      id: "aws-subprocessors-dpa",
      name: "Exception to subprocessors.dpa for aws",
      rule: "subprocessors.dpa",
      record: "aws",
      reason: "…",
      approved_by: "…",
      approved_on: TODAY,
      expires_on: "2027-01-22",
    });
    expect(yaml).toMatch(/^# ticket: /m);

    repo.write(path, yaml.replace('reason: "…"', "reason: The renewed DPA is in signature").replace('approved_by: "…"', "approved_by: Dana DPO"));
    const waived = { base, head: repo.commit("Waive it, as the comment offers") };
    fake.reviews.set(PR, [{ user: "dana", state: "APPROVED", commit_id: waived.head }]);
    const run = await runAction(repo, fake, waived, inputs);
    expect(run.code).toBe(0);
    const body = fake.commentsOn(PR, OWNER, NAME)[0].body;
    expect(body).toContain("**Waived by the DPO**");
    expect(body).not.toMatch(/waivers\.(unused|too_long)/);
    expect(fake.violations).toEqual([]);
  });

  it("leaves out what no waiver can cover: a deleted record", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    repo.remove("records/activities/usage-statistics.yaml");
    // The organisation names it as one of its controller purposes: that entry goes with it, or the
    // register would be refused for a dangling reference before any rule is judged.
    const org = readFileSync(join(repo.dir, "records/organisation.yaml"), "utf8");
    const purpose = "  - purpose: anonymised usage statistics\n    activities: [usage-statistics]\n";
    expect(org).toContain(purpose);
    repo.write("records/organisation.yaml", org.replace(purpose, ""));
    const event = { base, head: repo.commit("Delete usage statistics") };
    fake = await startFakeGitHub({ repository: `${OWNER}/${NAME}` });
    expect((await runAction(repo, fake, event)).code).toBe(1);
    const body = fake.commentsOn(PR, OWNER, NAME)[0].body;
    expect(body).toContain("`change.record_deleted`");
    expect(body).not.toContain("Need an exception?");
  });
});

describe("the daily re-check", () => {
  it("opens one issue for what becomes due, updates it, and closes it when nothing is due", async () => {
    const repo = Repo.withRegister();
    const sha = repo.git("rev-parse", "HEAD");
    fake = await startFakeGitHub({ repository: `${OWNER}/${NAME}` });
    // On 2027-05-20 the two DPIA reviews are over 12 months old; AWS's assessment follows within 30 days.
    const first = await runAction(repo, fake, { push: sha }, { "due-within": "30", today: "2027-05-20" });
    expect(first.outputs.due).toBe("3");
    const [issue] = [...fake.issues.values()];
    expect(issue.title).toBe("Register: 3 items due by 2027-06-19");
    expect(issue.body).toContain("The DPIA of Remote patient monitoring (remote-monitoring) was last reviewed on 2026-02-10");
    expect(issue.labels).toContain("ropa-due");
    // Reviewed and reassessed: nothing is due any more, and the issue is closed.
    edit(repo, "records/activities/remote-monitoring.yaml", (d) => d.setIn(["dpia", "reviewed_on"], "2027-05-01"));
    edit(repo, "records/activities/patient-app.yaml", (d) => d.setIn(["dpia", "reviewed_on"], "2027-05-01"));
    edit(repo, "records/subprocessors/aws.yaml", (d) => d.setIn(["privacy_assessment", "assessed_on"], "2027-05-01"));
    const fixed = repo.commit("Reviews done");
    const second = await runAction(repo, fake, { push: fixed }, { "due-within": "30", today: "2027-05-20" });
    expect(second.code).toBe(0);
    expect(second.outputs.due).toBe("0");
    expect([...fake.issues.values()]).toHaveLength(1);
    expect(fake.issues.get(issue.number)!.state).toBe("closed");
    expect(fake.violations).toEqual([]);
  });
});
