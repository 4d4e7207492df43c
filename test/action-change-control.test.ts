// Change control in the action: a waiver counts only once the DPO team approves the pull request, and the
// daily re-check keeps one "due" issue. The built action runs as a child process against a real git
// repository and the fake GitHub API.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { NAME, OWNER, PR, edit, runAction } from "./helpers/action-runner.js";
import { preloadOpenApi, startFakeGitHub, type FakeGitHub } from "./helpers/fake-github.js";
import { Repo } from "./helpers/git-repo.js";

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
  it("do not count until the DPO team approves, and the comment says whose approval is missing", async () => {
    const repo = Repo.withRegister();
    const event = waivedChange(repo);
    fake = await startFakeGitHub({ repository: `${OWNER}/${NAME}`, reviews: { [PR]: [{ user: "erin", state: "APPROVED", commit_id: event.head }] } });
    const run = await runAction(repo, fake, event, { "dpo-team": "@dana" });
    expect(run.code).toBe(1);
    const body = fake.commentsOn(PR, OWNER, NAME)[0].body;
    expect(body).toContain("adds or changes the waiver `aws-dpa`");
    expect(body).toContain("approval of the pull request at its latest commit by `dana` is missing");
    expect(body).toContain("`subprocessors.dpa`");
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
    expect(body).toContain("is approved by `dana` of the DPO team");
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
    expect(issue.body).toContain("DPIA was last reviewed on 2026-02-10");
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
