// The built action (actions/check/dist/index.js) run as GitHub runs it (test/helpers/action-runner.ts): a
// child process with the standard GITHUB_* variables and an event file, on a real git repository, talking to
// a fake GitHub API on 127.0.0.1 that checks every request and response against GitHub's OpenAPI description.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../engine/report/index.js";
import { edit, fakeGitHubPerTest, NAME, OWNER, PR, runAction } from "./helpers/action-runner.js";
import type { FakeGitHub } from "./helpers/fake-github.js";
import { Repo } from "./helpers/git-repo.js";

const github = fakeGitHubPerTest();

const TWILIO = `apiVersion: ropa/v1
kind: Subprocessor
id: twilio
name: Twilio Inc.
legal_name: Twilio Inc.
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

/** Creating a PR comment (not the GraphQL query that asks who the token is, also a POST). */
const CREATE_COMMENT = { operationId: "issues/create-comment" };
const createsComment = (r: { operationId?: string }) => r.operationId === CREATE_COMMENT.operationId;

/**
 * A comment cut to fit: within `max` characters, the verdict first, the pointer to the job summary and the
 * footer kept, every entity whole, every `<details>` and code fence closed.
 */
function expectWellCut(body: string, max: number) {
  expect(body.length).toBeLessThanOrEqual(max);
  expect(body.startsWith(`${COMMENT_MARKER}\n## `)).toBe(true);
  expect(body).toMatch(/Not everything fits in this comment \(GitHub limits its size\): the full report is in the job summary \(https:\/\/github\.com\/.*\/actions\/runs\/4242\)/);
  expect(body).toMatch(/<sub>Judged with .*\[full report in the job summary\]\(https:\/\/github\.com\/[^)]+\)<\/sub>$/);
  expect(body.replace(/&(amp|lt|gt|quot|#\d+);/g, "")).not.toContain("&");
  expect(body.split("<details>").length).toBe(body.split("</details>").length);
  expect((body.match(/^```/gm) ?? []).length % 2).toBe(0);
  expect(body).not.toMatch(/…$/);
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
    expect(body).toContain("Adds subprocessor “Twilio Inc.” (United States; processes data in N. Virginia (United States) with no transfer mechanism), used by MyDignio");
    // The footer names the commit judged, so an old comment never looks current.
    expect(body).toContain(`for \`${head.slice(0, 7)}\``);
    expect(body).toContain("`subprocessors.transfer`");
    expect(body).toContain("[GDPR Art. 44, 45, 46, 49](https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_44)");
    expect(body).toContain(`https://github.com/${OWNER}/${NAME}/blob/${head}/records/subprocessors/twilio.yaml#L8`);
    // Annotations on the exact line, the full report in the summary, a SARIF file.
    expect(run.stdout).toMatch(/::error .*file=records\/subprocessors\/twilio\.yaml,line=8,/);
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
      { location: "twilio-us", mechanism: "scc-2021-914-module-3", signed_on: "2026-10-01", tia: { assessed_on: "2026-10-01", outcome: "supplementary-measures" } },
      { location: "twilio-us", mechanism: "uk-addendum", signed_on: "2026-10-01", tia: { assessed_on: "2026-10-01", outcome: "supplementary-measures" } },
    ]));
    const fixed = repo.commit("Record the SCCs, the UK Addendum and their transfer impact assessments");
    const run = await runAction(repo, api, { base, head: fixed });
    expect(run.code).toBe(0);
    const second = only(api);
    expect(second.id).toBe(first.id);
    expect(second.body).toContain("this change is compliant");
    expect(api.requests.filter(createsComment)).toHaveLength(1);
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
    api.fail(CREATE_COMMENT, { status: 502 });
    // The retry's wait in tenths of a second instead of seconds (n² × ROPA_API_RETRY_BASE_MS).
    const run = await runAction(repo, api, { base, head }, {}, { ROPA_API_RETRY_BASE_MS: "100" });
    expect(run.code).toBe(1);
    expect(only(api).body).toContain("subprocessors.transfer");
    expect(api.requests.filter(createsComment).map((r) => r.status)).toEqual([502, 201]);
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
    expectWellCut(body, 65_536);
    expect(body).toMatch(/more findings? not shown here: see the job summary/);
    // The summary is the full report: every finding, each annotated one included.
    expect(run.summary).toContain("records/products/p399.yaml");
    expect(run.summary).not.toMatch(/not shown here/);
    // GitHub shows 10 annotations per level and step: 9 findings and the verdict's own message.
    const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error"));
    expect(errors.filter((l) => /^::error .*file=/.test(l))).toHaveLength(9);
    expect(errors.at(-1)).toMatch(/^::error::ropa: \d+ errors and \d+ warnings in this change/);
    expect(errors).toHaveLength(10);
    expect(run.stdout.split("\n").filter((l) => /^::warning .*file=/.test(l))).toHaveLength(9);
    expect(run.summary).toMatch(/findings have no annotation \(GitHub shows 10 per level and step, and ropa keeps one for its own message\)/);
  });

  it("keeps the verdict, the blocking findings and the pointer when the change list alone is too long, cutting at whole lines", async () => {
    // 300 products on the base; the PR rewrites every description with long text that escaping makes longer
    // (every `&`, `<` and `[` becomes an entity), and adds one product without a privacy notice.
    const repo = Repo.withRegister();
    const notice = "privacy_notice: { url: https://www.dignio.com/personvern, version: \"1\", updated_on: 2026-01-01 }";
    const product = (i: number, description: string) =>
      `apiVersion: ropa/v1\nkind: Product\nid: q${i}\nname: Product ${i}\ndescription: ${JSON.stringify(description)}\n${notice}\n`;
    for (let i = 0; i < 300; i++) repo.write(`records/products/q${i}.yaml`, product(i, "short"));
    const base = repo.commit("300 products");
    repo.branch("change");
    for (let i = 0; i < 300; i++) repo.write(`records/products/q${i}.yaml`, product(i, `${i} ${"A&B <c> [d] ".repeat(40)}`.slice(0, 290)));
    repo.write("records/products/pulse.yaml", "apiVersion: ropa/v1\nkind: Product\nid: pulse\nname: Dignio Pulse\n");
    const head = repo.commit("Describe every product");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(1);
    const body = only(api).body;
    expectWellCut(body, 65_536);
    expect(body).toMatch(/^## ❌ Register check: 2 problems block this change$/m);
    expect(body).toContain("**Blocking**");
    expect(body).toContain("records/products/pulse.yaml#L");
    expect(body).toMatch(/- … and \d+ more changed records \(in the job summary\)\./);
    // The summary lists every change, in UTF-8 bytes within GitHub's 1 MiB.
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(run.summary).toContain("Changes the product “Product 299”");
    expect(run.summary).not.toMatch(/more changed records?/);

    // GitHub refuses the full comment: the short one keeps the same things, within 4,000 characters.
    const refused = await github();
    refused.fail(CREATE_COMMENT, { status: 422 });
    await runAction(repo, refused, { base, head });
    const [short] = refused.commentsOn(PR, OWNER, NAME);
    expectWellCut(short!.body, 4_000);
    expect(short!.body).toContain("records/products/pulse.yaml#L");
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

describe("the sticky comment under other tokens", () => {
  it("is found by marker and the token's own login with a GitHub App token (`ropa[bot]`), and another bot's copy is left alone", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    const head = addTwilio(repo);
    const api = await github({ actor: "ropa[bot]" });
    const copy = api.addComment({ issue_number: PR, body: `${COMMENT_MARKER}\nquoted by another bot`, user: "other[bot]" });
    expect((await runAction(repo, api, { base, head })).code).toBe(1);
    expect((await runAction(repo, api, { base, head })).code).toBe(1);
    const comments = api.commentsOn(PR, OWNER, NAME);
    expect(comments.map((c) => c.user.login)).toEqual(["other[bot]", "ropa[bot]"]);
    expect(comments[0]!.body).toBe(copy.body);
    expect(api.requests.filter(createsComment)).toHaveLength(1);
  });

  it("learns its login from the comment it creates when GitHub will not say who the token is", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    const head = addTwilio(repo);
    const api = await github({ actor: "ropa[bot]" });
    api.fail({ path: "/graphql" }, { status: 404, times: 100 });
    const first = await runAction(repo, api, { base, head });
    expect(first.code).toBe(1);
    expect(first.stdout).not.toMatch(/could not post the PR comment/);
    const [posted] = api.commentsOn(PR, OWNER, NAME);
    // Every run then creates one, and keeps the oldest: still one comment, updated in place.
    const second = await runAction(repo, api, { base, head });
    expect(second.stdout).not.toMatch(/could not post the PR comment/);
    expect(api.commentsOn(PR, OWNER, NAME).map((c) => c.id)).toEqual([posted!.id]);
    expect(api.requests.filter((r) => r.method === "DELETE")).toHaveLength(1);
  });
});

describe("the action's inputs", () => {
  /** A PR adding a product that has a privacy notice but no activity: a warning only. */
  function warningOnly(repo: Repo) {
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    repo.write("records/products/pulse.yaml", 'apiVersion: ropa/v1\nkind: Product\nid: pulse\nname: Dignio Pulse\nprivacy_notice: { url: https://www.dignio.com/personvern, version: "1", updated_on: 2026-01-01 }\n');
    return { base, head: repo.commit("Add Dignio Pulse") };
  }

  it("fail-on: warning fails a change with only a warning, which the default passes", async () => {
    const repo = Repo.withRegister();
    const event = warningOnly(repo);
    const api = await github();
    const lenient = await runAction(repo, api, event);
    expect(lenient.code).toBe(0);
    expect(lenient.outputs).toMatchObject({ verdict: "pass", errors: "0", warnings: "1" });
    expect(only(api).body).toContain("compliant, with 1 warning to look at");
    const strict = await runAction(repo, api, event, { "fail-on": "warning" });
    expect(strict.code).toBe(1);
    expect(strict.outputs).toMatchObject({ verdict: "fail", errors: "0", warnings: "1" });
    expect(only(api).body).toContain("**Blocking** (warnings fail this check)");
  });

  it("judges with the policies bundled with the action when `policies` is not given", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    addTwilio(repo);
    // With no policies in the repository, only the bundled ones can judge.
    rmSync(join(repo.dir, "policies"), { recursive: true });
    const without = repo.commit("No policies in the repository");
    const api = await github();
    const run = await runAction(repo, api, { base, head: without }, { policies: "" });
    expect(run.code).toBe(1);
    const body = only(api).body;
    expect(body).toContain("`subprocessors.transfer`");
    expect(body).toMatch(/Judged with the policies bundled with ropa \d+\.\d+\.\d+/);
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

  it("fails on what the whole register breaks, counts all of it, and calls no API", async () => {
    const repo = Repo.withRegister();
    repo.write("records/products/pulse.yaml", "apiVersion: ropa/v1\nkind: Product\nid: pulse\nname: Dignio Pulse\n");
    repo.write("records/products/beat.yaml", "apiVersion: ropa/v1\nkind: Product\nid: beat\nname: Dignio Beat\n");
    const sha = repo.commit("Two products without privacy notices, pushed to main");
    const api = await github();
    const run = await runAction(repo, api, { push: sha });
    expect(run.code).toBe(1);
    // Each product breaks products.privacy_notice twice (no address, no version) and products.activities once.
    expect(run.outputs).toMatchObject({ verdict: "fail", errors: "4", warnings: "2" });
    expect(run.summary).toMatch(/^## ❌ Register check failed: 4 errors and 2 warnings/m);
    expect(run.summary).toContain("records/products/pulse.yaml");
    expect(run.summary).toContain("records/products/beat.yaml");
    expect(run.stdout).toMatch(/::error .*file=records\/products\/beat\.yaml,line=\d+/);
    expect(api.requests).toEqual([]);
  });
});
