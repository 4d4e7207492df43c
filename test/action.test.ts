// The built action (actions/check/dist/index.js) run as GitHub runs it (test/helpers/action-runner.ts): a
// child process with the standard GITHUB_* variables and an event file, on a real git repository, talking to
// a fake GitHub API on 127.0.0.1 that checks every request and response against GitHub's OpenAPI description.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../engine/report/index.js";
import { edit, NAME, OWNER, PR, runAction } from "./helpers/action-runner.js";
import { preloadOpenApi, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from "./helpers/fake-github.js";
import { Repo } from "./helpers/git-repo.js";

let fake: FakeGitHub | undefined;
beforeAll(() => preloadOpenApi());
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function github(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  fake = await startFakeGitHub({ repository: `${OWNER}/${NAME}`, ...options });
  return fake;
}

const TWILIO = `apiVersion: ropa/v1
kind: Subprocessor
id: twilio
name: Twilio Inc.
country: US
services: [SMS reminders]
processing_locations: [twilio-us]
data_categories: [identification, contact-details, health-measurements, patient-communication, device-data, user-account]
dpa: { reference: Twilio DPA, signed_on: 2026-10-01 }
privacy_assessment: { assessed_on: 2026-10-01, outcome: approved }
effective_from: 2027-01-15
customer_notices:
  - { segment: no-municipalities, notified_on: 2026-11-20 }
  - { segment: no-hospitals, notified_on: 2026-11-20 }
  - { segment: se-regions, notified_on: 2026-11-20 }
  - { segment: uk-nhs, notified_on: 2026-11-20 }
`;
const TWILIO_US = `apiVersion: ropa/v1
kind: StorageLocation
id: twilio-us
name: Twilio US
provider: aws
region: us-east-1
country: US
city: N. Virginia
`;

/** A PR that adds a US subprocessor with no transfer mechanism to the patient app. */
function addTwilio(repo: Repo): string {
  repo.branch("change");
  repo.write("records/subprocessors/twilio.yaml", TWILIO).write("records/locations/twilio-us.yaml", TWILIO_US);
  edit(repo, "records/activities/patient-app.yaml", (d) => d.set("subprocessors", ["aws", "twilio"]));
  return repo.commit("Send SMS reminders through Twilio");
}

function only(api: FakeGitHub) {
  const comments = api.commentsOn(PR, OWNER, NAME);
  expect(comments).toHaveLength(1);
  return comments[0];
}

describe("the action on a pull request", () => {
  it("passes a compliant change and says so in one comment", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    edit(repo, "records/products/mydignio.yaml", (d) => d.setIn(["privacy_notice", "version"], "2026-2"));
    const head = repo.commit("New privacy notice for MyDignio");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: "pass", errors: "0", warnings: "0" });
    const c = only(api);
    expect(c.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(c.body).toContain("this change is compliant");
    expect(c.body).toContain("privacy notice › version: `2024-1` → `2026-2`");
    expect(api.violations).toEqual([]);
  });

  it("fails a violating change, explains it, and points at the line at the head commit", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    const head = addTwilio(repo);
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    const body = only(api).body;
    expect(body).toContain("Adds subprocessor “Twilio Inc.” (United States; processes data in N. Virginia (United States)), used by MyDignio");
    expect(body).toContain("`subprocessors.transfer`");
    expect(body).toContain("[GDPR Art. 44, 45, 46](https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_46)");
    expect(body).toContain(`https://github.com/${OWNER}/${NAME}/blob/${head}/records/subprocessors/twilio.yaml#L7`);
    // Annotations on the exact line, the full report in the summary, a SARIF file.
    expect(run.stdout).toMatch(/::error .*file=records\/subprocessors\/twilio\.yaml,line=7,/);
    expect(run.summary).toContain("subprocessors.transfer");
    expect(JSON.parse(readFileSync(run.outputs["sarif-file"], "utf8")).runs[0].results.length).toBeGreaterThan(0);
    expect(api.violations).toEqual([]);
  });

  it("updates the same comment when a second push fixes the violation", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    const head = addTwilio(repo);
    const api = await github();
    expect((await runAction(repo, api, { base, head })).code).toBe(1);
    const first = only(api);
    edit(repo, "records/subprocessors/twilio.yaml", (d) => d.set("transfer_mechanisms", [
      { location: "twilio-us", mechanism: "scc-2021-914-module-3", signed_on: "2026-10-01" },
      { location: "twilio-us", mechanism: "uk-addendum", signed_on: "2026-10-01" },
    ]));
    const fixed = repo.commit("Record the SCCs and the UK Addendum");
    const run = await runAction(repo, api, { base, head: fixed });
    expect(run.code).toBe(0);
    const second = only(api);
    expect(second.id).toBe(first.id);
    expect(second.body).toContain("this change is compliant");
    expect(api.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(api.violations).toEqual([]);
  });

  it("still fails a change that also weakens the policies, and shows the PR's own verdict apart", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    addTwilio(repo);
    // The PR also edits the reference data so that the United States counts as adequate without DPF.
    const dataPath = join(repo.dir, "policies/build/data.json");
    const data = JSON.parse(readFileSync(dataPath, "utf8"));
    delete data.reference.eu_adequacy.countries.US.condition;
    data.reference.uk_adequacy.countries.US = { ...data.reference.eu_adequacy.countries.US };
    delete data.reference.uk_adequacy.countries.US.condition;
    writeFileSync(dataPath, JSON.stringify(data));
    const head = repo.commit("Treat the US as adequate");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(1);
    const body = only(api).body;
    expect(body).toContain("`subprocessors.transfer`");
    expect(body).toContain("This PR changes the policies or their reference data");
    expect(body).toContain("`policies/build/data.json`");
    expect(body).toContain("need the DPO's review");
    expect(body).toContain("Under the PR's own policies this change would **pass**");
    expect(api.violations).toEqual([]);
  });

  it("keeps the failing verdict and a complete summary when a fork's read-only token cannot comment", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    const head = addTwilio(repo);
    const api = await github({ readOnly: true });
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(api.commentsOn(PR, OWNER, NAME)).toHaveLength(0);
    expect(run.stdout).toMatch(/::warning::ropa: could not post the PR comment: the token may not write comments/);
    expect(run.summary).toContain("subprocessors.transfer");
    expect(run.summary).toContain("Twilio");
    expect(api.violations).toEqual([]);
  });

  it("retries a 502 and posts the comment", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    const head = addTwilio(repo);
    const api = await github();
    api.fail({ method: "POST" }, { status: 502 });
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(1);
    expect(only(api).body).toContain("subprocessors.transfer");
    expect(api.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([502, 201]);
    expect(api.violations).toEqual([]);
  });

  it("truncates the comment of a very large change under GitHub's limit and points to the summary", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    for (let i = 0; i < 400; i++) {
      repo.write(`records/products/p${i}.yaml`, `apiVersion: ropa/v1\nkind: Product\nid: p${i}\nname: Product number ${i} with a long descriptive name for the catalogue\n`);
    }
    const head = repo.commit("Add 400 products without privacy notices");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(1);
    const body = only(api).body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/more findings are not shown, to keep this comment within GitHub's size limit/);
    expect(run.summary.length).toBeGreaterThan(body.length);
    expect(api.violations).toEqual([]);
  });

  it("renders record text inert: no pings, no HTML, no links", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    const evil = "@dignio/dpo-team <script>alert(1)</script> [click](javascript:alert(1)) <!-- ropa-check:sticky-comment --> #12";
    repo.write("records/products/evil.yaml", `apiVersion: ropa/v1\nkind: Product\nid: evil\nname: ${JSON.stringify(evil)}\n`);
    const head = repo.commit("Add a product");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(1);
    const body = only(api).body;
    expect(body.indexOf(COMMENT_MARKER)).toBe(0);
    expect(body.lastIndexOf("<!--")).toBe(0);
    expect(body).not.toContain("<script");
    expect(body).not.toContain("](javascript:");
    expect(body).not.toMatch(/(^|[^\w\u200d])@dignio\/dpo-team/);
    expect(body).not.toMatch(/(^|\s)#12\b/);
    expect(api.violations).toEqual([]);
  });

  it("exits 2 and comments the file and line when the register cannot be read", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    repo.write("records/products/broken.yaml", "apiVersion: ropa/v1\nkind: Product\nid: broken\nname: [unclosed\n");
    const head = repo.commit("Broken YAML");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(2);
    expect(run.outputs.verdict).toBe("fail");
    expect(only(api).body).toContain("records/products/broken.yaml#L");
    expect(run.stdout).toMatch(/::error .*file=records\/products\/broken\.yaml,line=\d+/);
  });
});

describe("the action on a push to main", () => {
  it("judges the whole register and posts no comment", async () => {
    const repo = Repo.withRegister();
    const sha = repo.git("rev-parse", "HEAD");
    const api = await github();
    const run = await runAction(repo, api, { push: sha });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe("pass");
    expect(api.requests).toEqual([]);
    expect(existsSync(run.outputs["sarif-file"])).toBe(true);
  });
});
