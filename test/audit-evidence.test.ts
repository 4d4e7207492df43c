// `ropa evidence`: every change that landed in a period, judged again by the policies of its own commit;
// authors and approvals from trailers (and GitHub reviews); the register at both ends; waivers; and a
// manifest that `ropa evidence verify` checks, down to one changed byte.
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEvidence, mergePage, recordPage, renderPack, writePack, type Evidence, type MergeEvidence } from "../engine/audit/evidence.js";
import { githubReviews } from "../github/reviews.js";
import { verifyPack } from "../engine/audit/manifest.js";
import { readRegister } from "../engine/check.js";
import { RegisterError } from "../engine/errors.js";
import { GitObjects } from "../engine/git/objects.js";
import { bundleAt, registerAt } from "../engine/git/snapshot.js";
import { judge, loadPolicy } from "../engine/index.js";
import { AuditRepo, ERIN, type Who } from "./helpers/audit-repo.js";
import { buildScenario, NEW_CATEGORY, type Scenario } from "./helpers/audit-scenario.js";
import { preloadOpenApi, startFakeGitHub } from "./helpers/fake-github.js";
import { ropa } from "./helpers/cli.js";
import { ROOT } from "./helpers/register.js";

const TOOL = { name: "ropa", version: "0.0.0-test" };
let s: Scenario;
let repo: GitObjects;
let whole: Evidence; // 2025-12-01 … 2026-03-15: from the first commit
let quarter: Evidence; // 2026-01-01 … 2026-03-15: the register exists at the start
const tmp = mkdtempSync(join(tmpdir(), "ropa-evidence-"));

beforeAll(async () => {
  s = buildScenario();
  repo = new GitObjects(s.repo.dir);
  whole = await buildEvidence(repo, { since: "2025-12-01", until: "2026-03-15", tool: TOOL });
  quarter = await buildEvidence(repo, { since: "2026-01-01", until: "2026-03-15", tool: TOOL });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const merge = (e: Evidence, sha: string): MergeEvidence => e.merges.find((m) => m.sha === sha)!;

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => ropa(args, ROOT, env);

describe("the changes of the period", () => {
  it("are the first-parent commits of the branch in the period, oldest first, each of its kind", () => {
    expect(whole.branch).toBe("main");
    expect(whole.merges.map((m) => m.sha)).toEqual([
      s.sha.noPolicies,
      s.sha.policies1,
      s.sha.merge1,
      s.sha.squash2,
      s.sha.merge3,
      s.sha.policies2,
      s.sha.merge4,
      s.sha.mainEdit,
      s.sha.merge5,
      s.sha.deleteWebsite,
    ]);
    expect(whole.merges.map((m) => [m.kind, m.pr])).toEqual([
      ["commit", undefined],
      ["commit", undefined],
      ["merge", 1],
      ["squash", 2],
      ["merge", 3],
      ["commit", undefined],
      ["merge", 4],
      ["commit", undefined],
      ["merge", 5],
      ["commit", undefined],
    ]);
    expect(quarter.merges[0]!.sha).toBe(s.sha.merge1);
    expect(quarter.merges.at(-1)!.sha).toBe(s.sha.deleteWebsite);
  });

  it("says plainly that a commit whose first parent has no compiled policies (and pins no release) was not judged, even one that brings some; the root that it has no parent", () => {
    expect(merge(whole, s.sha.noPolicies).verdict).toMatchObject({ state: "unjudged", text: expect.stringContaining("(it has no parent)") });
    expect(merge(whole, s.sha.noPolicies).verdict.text).not.toContain("first parent");
    expect(merge(whole, s.sha.policies1).verdict).toMatchObject({ state: "unjudged", text: expect.stringContaining("(its first parent) has no compiled policies") });
    expect(merge(whole, s.sha.policies1).verdict.text).toContain("no release of ropa is pinned");
  });

  it("says which policies judged each merge", () => {
    expect(merge(whole, s.sha.merge3).verdict.judgedBy).toBe(`policies committed at ${merge(whole, s.sha.merge3).parent!.slice(0, 12)}`);
    expect(merge(whole, s.sha.policies1).verdict.judgedBy).toBeUndefined();
    expect(mergePage(s.sha.merge3)).toBeTruthy();
    expect(renderPack(whole)["index.html"]).toContain(`by the policies committed at ${merge(whole, s.sha.merge3).parent!.slice(0, 12)}`);
  });

  it("judges each change by the policies of its first parent: earlier merges by the earlier policies", async () => {
    const before = merge(whole, s.sha.merge3);
    expect(before.verdict.state).toBe("fail");
    expect(before.verdict.introduced.map((f) => [f.rule, f.record])).toContainEqual(["records.known_category", "patient-app"]);
    expect(before.verdict.policies!.data).not.toBe(merge(whole, s.sha.merge4).verdict.policies!.data);
    expect(before.verdict.today).toBe("2026-01-21");

    // The same kind of change passes once the reference data knows the category …
    const after = merge(whole, s.sha.merge4);
    expect(after.verdict.state).toBe("pass");
    expect(after.verdict.introduced.map((f) => f.rule)).not.toContain("records.known_category");
    // … and PR #3 itself would pass under those later policies: the fail above is the earlier policies' verdict.
    const later = loadPolicy(await bundleAt(repo, s.sha.policies2, "policies/build"));
    const register = await readRegister(await registerAt(repo, s.sha.merge3, "records"), "records");
    expect(judge(register, later, "2026-01-21").map((f) => f.rule)).not.toContain("records.known_category");

    // The commit that changed the policies is judged by those before it; its own are shown apart.
    const change = merge(whole, s.sha.policies2);
    expect(change.changesPolicies).toBe(true);
    expect(change.verdict.state).toBe("pass");
    expect(change.verdict.policies!.data).toBe(before.verdict.policies!.data);
    expect(change.verdict.underOwnPolicies).toMatchObject({ state: "pass" });
    expect(change.signature).toMatchObject({ state: "verified" });
  });

  it("uses, for each commit, exactly the compiled policies committed in its first parent", async () => {
    for (const m of whole.merges.filter((x) => x.verdict.policies)) {
      expect(m.parent).toBe((await repo.run(["rev-parse", `${m.sha}^1`])).toString().trim());
      const tree = await repo.tree(m.parent!, "policies/build");
      const oid = (name: string) => tree.find((e) => e.path === `policies/build/${name}`)?.oid;
      expect(m.verdict.policies).toEqual({ dir: "policies/build", wasm: oid("policy.wasm"), data: oid("data.json"), rules: oid("rules.json") });
    }
  });

  it("names authors and approvers from trailers and merge messages", () => {
    const pr1 = merge(whole, s.sha.merge1);
    expect(pr1.authors).toEqual(["Sam Developer <sam@example.org>", "Kim Writer <kim@example.org>"]);
    expect(pr1.mergedBy).toBe("Dana DPO <dpo@example.org>");
    expect(pr1.approvals).toEqual([
      {
        who: "Dana DPO <dpo@example.org>",
        how: "Approved-by trailer of the merge, written by Dana DPO <dpo@example.org>",
        source: "merge-trailer",
        commit: s.sha.merge1,
        writtenBy: "Dana DPO <dpo@example.org>",
        warnings: ["the approver merged the change"],
      },
    ]);
    expect(pr1.commits.map((c) => c.sha)).toEqual([s.sha.awsDpa]);
    expect(pr1.changes.map((c) => [c.id, c.change])).toEqual([["aws", "changed"]]);
    const pr2 = merge(whole, s.sha.squash2);
    expect(pr2.approvals).toEqual([
      {
        who: "Dana DPO <dpo@example.org>",
        how: "Reviewed-by trailer of the squash commit, written by Sam Developer <sam@example.org>",
        source: "commit-trailer",
        commit: s.sha.squash2,
        writtenBy: "Sam Developer <sam@example.org>",
        warnings: ["written by the change's own author, not by the approver"],
      },
    ]);
    expect(merge(whole, s.sha.merge3).approvals).toEqual([]);
  });

  it("lists waivers granted in the period, by whom and until when", () => {
    expect(quarter.waivers).toEqual([
      expect.objectContaining({
        id: "aws-assessment-2026",
        rule: "subprocessors.assessment",
        record: "aws",
        approvedBy: "Dana DPO",
        approvedOn: "2026-02-09",
        expiresOn: "2026-04-30",
        file: "records/waivers/aws-assessment.yaml",
        grantedIn: { sha: s.sha.merge5, date: "2026-02-12T12:00:00.000Z", pr: 5 },
        status: "in force at the end of the period",
      }),
    ]);
  });

  it("shows the register at both ends and what changed between them", () => {
    expect(whole.start).toBeNull();
    expect(quarter.start?.revision.sha).toBe(s.sha.policies1);
    expect(quarter.end.revision.sha).toBe(s.sha.deleteWebsite);
    expect(quarter.end.layout?.retired.map((r) => r.id)).toEqual(["usage-statistics"]);
    const changes = Object.fromEntries(quarter.changes.map((c) => [c.id, c.change]));
    expect(changes).toMatchObject({ "aws-assessment-2026": "added", "dignio-website": "removed", "usage-statistics": "retired", "aws-london": "changed" });
    expect(quarter.changes.find((c) => c.id === "patient-app")!.fields[0]!.text).toBe(`data categories: added \`${NEW_CATEGORY}\``);
  });

  it("gives every record of the period its timeline, up to the end of the period", () => {
    const ids = quarter.timelines.map((t) => t.id);
    expect(ids).toContain("dignio-website");
    expect(quarter.timelines.find((t) => t.id === "dignio-website")!.status).toBe("deleted");
    const aws = quarter.timelines.find((t) => t.id === "aws")!;
    // The change of April is after the period.
    expect(aws.entries.map((e) => e.commit.sha)).toEqual([s.sha.noPolicies, s.sha.awsDpa]);
    expect(quarter.inPeriod.aws).toEqual([s.sha.awsDpa]);
  });
});

describe("the branch, when --branch is not given", () => {
  it("is the remote's default branch (origin/HEAD), not whatever is checked out, and the pack says so", async () => {
    const clone = mkdtempSync(join(tmpdir(), "ropa-evidence-clone-"));
    try {
      spawnSync("git", ["clone", "--quiet", s.repo.dir, clone], { encoding: "utf8" });
      spawnSync("git", ["checkout", "--quiet", "-b", "old", s.sha.merge1], { cwd: clone, encoding: "utf8" });
      const e = await buildEvidence(new GitObjects(clone), { since: "2026-01-01", until: "2026-03-15", tool: TOOL });
      expect(e.branch).toBe("origin/main");
      expect(e.branchChosen).toBe("the default branch, as origin/HEAD names it");
      expect(e.merges.map((m) => m.sha)).toEqual(quarter.merges.map((m) => m.sha));
      expect(renderPack(e)["index.html"]).toContain("(the default branch, as origin/HEAD names it; name another with --branch)");
      // Without a remote: main.
      expect(quarter.branch).toBe("main");
      expect(quarter.branchChosen).toBe("no origin/HEAD, so the branch named main");
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe("a register that does not load", () => {
  it("fails the commit that broke it, and judges the fix against nothing", async () => {
    const r = AuditRepo.init().withRegister();
    r.commit("Register", { at: "2026-05-01T10:00:00Z" });
    const good = r.read("records/products/mydignio.yaml");
    r.write("records/products/mydignio.yaml", good.replace("name: MyDignio", "name: MyDignio\n  bad: [unclosed"));
    const broken = r.commit("Broken YAML", { at: "2026-05-02T10:00:00Z" });
    r.write("records/products/mydignio.yaml", good);
    const fixed = r.commit("Fix", { at: "2026-05-03T10:00:00Z" });
    const e = await buildEvidence(new GitObjects(r.dir), { since: "2026-05-02", until: "2026-05-03", tool: TOOL });
    expect(e.merges.map((m) => m.sha)).toEqual([broken, fixed]);
    expect(e.merges[0]!.verdict).toMatchObject({ state: "fail", text: expect.stringContaining("the register does not load") });
    expect(e.merges[0]!.verdict.problems![0]!.file).toBe("records/products/mydignio.yaml");
    expect(e.merges[1]!.verdict.text).toContain("the register before it did not load");
    expect(e.start?.layout).toBeDefined();
  });
});

describe("each merge judged as the change from its first parent, under that parent's policies", () => {
  let r: AuditRepo;
  const sha: Record<string, string> = {};
  let e: Evidence;

  /** A pull request: a branch from main with one commit, merged with a merge commit. */
  function pullRequest(n: number, day: string, change: () => void): string {
    r.checkout(`pr${n}`, "main");
    change();
    r.commit(`Change ${n}`, { at: `2026-07-${day}T10:00:00Z` });
    r.checkout("main");
    return r.merge(`pr${n}`, `Merge pull request #${n} from dignio/pr${n}`, { at: `2026-07-${day}T12:00:00Z` });
  }

  beforeAll(async () => {
    r = AuditRepo.init().withRegister();
    r.commit("Register", { at: "2026-07-01T10:00:00Z" });
    // A record deleted outright, not retired.
    sha.deleted = pullRequest(1, "02", () => {
      r.remove("records/products/dignio-website.yaml");
      r.edit("records/activities/customer-administration.yaml", (d) => d.delete("products"));
      r.edit("records/activities/website-and-contact.yaml", (d) => d.delete("products"));
    });
    // A subprocessor reaching every segment of the patient app, announced to none of them.
    sha.unannounced = pullRequest(2, "03", () => {
      r.write(
        "records/subprocessors/mailer.yaml",
        r.read("records/subprocessors/aws.yaml").replace("id: aws", "id: mailer").replace("name: Amazon Web Services", "name: Mailer").replace("effective_from: 2019-06-01", "effective_from: 2026-07-10"),
      );
      r.edit("records/activities/patient-app.yaml", (d) => (d.get("subprocessors") as any).add("mailer"));
    });
    // A change that relaxes its own compiled policies (they learn a category) and uses what they now allow.
    sha.relaxed = pullRequest(3, "04", () => {
      r.withPolicies((data) => {
        data.reference.data_categories.categories[NEW_CATEGORY] = { checked_on: "2026-07-01", direct_identifier: false, name: "Voice", source: "https://example.org", special: false };
      });
      r.edit("records/activities/patient-app.yaml", (d) => (d.get("data_categories") as any).add(d.createNode({ category: NEW_CATEGORY, retention: { period: "P3M", after: "end of the customer contract" } })));
    });
    // The next change is judged by the policies the relaxing merge left: the category is known now.
    sha.after = pullRequest(4, "05", () => r.edit("records/products/mydignio.yaml", (d) => d.setIn(["privacy_notice", "version"], "2026-07")));
    e = await buildEvidence(new GitObjects(r.dir), { since: "2026-07-02", until: "2026-07-05", tool: TOOL });
  });

  it("fails a merge that deleted a record (change.record_deleted)", () => {
    const m = merge(e, sha.deleted);
    expect(m.verdict.state).toBe("fail");
    expect(m.verdict.introduced.map((f) => [f.rule, f.record])).toContainEqual(["change.record_deleted", "dignio-website"]);
  });

  it("fails a merge that added a subprocessor without notice (change.subprocessor_notice)", () => {
    const m = merge(e, sha.unannounced);
    expect(m.verdict.state).toBe("fail");
    expect(m.verdict.introduced.map((f) => f.rule)).toContain("change.subprocessor_notice");
  });

  it("fails a merge that relaxed its own compiled policies, judged by the policies before it, and shows its own verdict apart", async () => {
    const m = merge(e, sha.relaxed);
    expect(m.changesPolicies).toBe(true);
    expect(m.verdict.state).toBe("fail");
    expect(m.verdict.introduced.map((f) => [f.rule, f.record])).toContainEqual(["records.known_category", "patient-app"]);
    const parentData = (await new GitObjects(r.dir).tree(m.parent!, "policies/build")).find((x) => x.path === "policies/build/data.json")!.oid;
    expect(m.verdict.policies!.data).toBe(parentData);
    expect(m.verdict.underOwnPolicies).toMatchObject({ state: "pass" });
    const page = renderPack(e)[mergePage(sha.relaxed)]!;
    expect(page).toContain("judged by the policies before it, never by those it brought");
    expect(page).toContain(`the change from its first parent <code class="sha" title="${m.parent}">${m.parent!.slice(0, 12)}</code>`);
    // The next merge stands on the relaxed policies, which are now the branch's.
    expect(merge(e, sha.after).verdict.state).toBe("pass");
  });

  it("says so in the pack", () => {
    expect(renderPack(e)["index.html"]).toContain("judged again here as the change from its first parent");
    expect(e.merges.filter((m) => m.verdict.state === "fail").map((m) => m.sha)).toEqual([sha.deleted, sha.unannounced, sha.relaxed]);
  });
});

describe("who approved: where each approval is recorded, and by whom", () => {
  const MALLORY: Who = { name: "Mallory Maker", email: "mallory@example.org" };
  let r: AuditRepo;
  const sha: Record<string, string> = {};
  let e: Evidence;

  beforeAll(async () => {
    r = AuditRepo.init().withRegister();
    r.commit("Register", { at: "2026-06-01T10:00:00Z" });
    // PR #7: Mallory writes Dana's approval into her own commit, and merges it herself.
    r.checkout("m7", "main");
    r.edit("records/subprocessors/aws.yaml", (d) => d.setIn(["dpa", "reference"], "AWS DPA 2027"));
    sha.claim = r.commit("Update the DPA\n\nApproved-by: Dana DPO <dpo@example.org>", { at: "2026-06-02T10:00:00Z", by: MALLORY });
    r.checkout("main");
    sha.merge7 = r.merge("m7", "Merge pull request #7 from dignio/m7", { at: "2026-06-02T12:00:00Z", by: MALLORY });
    // PR #8: Mallory approves her own change in the merge message.
    r.checkout("m8", "main");
    r.edit("records/subprocessors/aws.yaml", (d) => d.setIn(["dpa", "reference"], "AWS DPA 2028"));
    r.commit("Update the DPA again", { at: "2026-06-03T10:00:00Z", by: MALLORY });
    r.checkout("main");
    sha.merge8 = r.merge("m8", "Merge pull request #8 from dignio/m8\n\nApproved-by: Mallory Maker <MALLORY@example.org>", { at: "2026-06-03T12:00:00Z", by: MALLORY });
    // PR #9: a file renamed, nothing else; Erin merges it, writing that Dana approved.
    r.checkout("m9", "main");
    r.move("records/locations/aws-london.yaml", "records/locations/uk-london.yaml");
    r.commit("Rename the London file", { at: "2026-06-04T10:00:00Z", by: MALLORY });
    r.checkout("main");
    sha.merge9 = r.merge("m9", "Merge pull request #9 from dignio/m9\n\nApproved-by: Dana DPO <dpo@example.org>", { at: "2026-06-04T12:00:00Z", by: ERIN });
    e = await buildEvidence(new GitObjects(r.dir), { since: "2026-06-02", until: "2026-06-04", tool: TOOL });
  });

  it("labels an approval the author wrote into her own commit as her claim, weakest", () => {
    expect(merge(e, sha.merge7).approvals).toEqual([
      {
        who: "Dana DPO <dpo@example.org>",
        how: `Approved-by trailer in commit ${sha.claim.slice(0, 12)} of the pull request, written by Mallory Maker <mallory@example.org>`,
        source: "commit-trailer",
        commit: sha.claim,
        writtenBy: "Mallory Maker <mallory@example.org>",
        warnings: ["written by the change's own author, not by the approver"],
      },
    ]);
  });

  it("flags an approver who is the change's author and merger (e-mail compared without case)", () => {
    expect(merge(e, sha.merge8).approvals[0]).toMatchObject({ source: "merge-trailer", warnings: ["the approver is an author of the change", "the approver merged the change"] });
    // Dana neither wrote nor merged PR #9; Erin, who merged it, wrote the trailer: nothing against it.
    expect(merge(e, sha.merge9).approvals).toEqual([expect.objectContaining({ who: "Dana DPO <dpo@example.org>", source: "merge-trailer", warnings: [] })]);
  });

  it("shows the source and the warnings in the pack, and says when GitHub shows no approving review", async () => {
    const withReviews = await buildEvidence(new GitObjects(r.dir), {
      since: "2026-06-02",
      until: "2026-06-04",
      tool: TOOL,
      reviews: async (prs) => new Map(prs.map((pr) => [pr, { reviews: pr === 9 ? [{ who: "dana-dpo", state: "APPROVED" }] : [] }])),
    });
    const pages = renderPack(withReviews);
    const m7 = pages[mergePage(sha.merge7)]!;
    expect(m7).toContain("no approving review on GitHub");
    expect(m7).toContain(`commit message</span> <span class="badge flag fail">&#9888; written by the change&#39;s own author, not by the approver</span>`);
    const m9 = pages[mergePage(sha.merge9)]!;
    expect(m9).not.toContain("no approving review on GitHub");
    expect(m9.indexOf("GitHub review</span>")).toBeLessThan(m9.indexOf("merge message</span>"));
  });

  it("says a pull request that only renamed files renamed files only", () => {
    const m9 = merge(e, sha.merge9);
    expect(m9.changes).toEqual([]);
    expect(m9.filesOnly).toBe("renamed");
    expect(renderPack(e)["index.html"]).toContain("renamed files only");
    expect(merge(e, sha.merge7).filesOnly).toBeUndefined();
  });
});

describe("GitHub reviews (--github)", () => {
  it("adds each pull request's approvals, and says when they could not be read", async () => {
    preloadOpenApi();
    const fake = await startFakeGitHub({
      repository: "dignio/ropa",
      reviews: {
        1: [
          { user: "kim", state: "COMMENTED", submitted_at: "2026-01-10T10:00:00Z" },
          { user: "lee", state: "APPROVED", submitted_at: "2026-01-10T10:30:00Z" },
          { user: "dana-dpo", state: "APPROVED", submitted_at: "2026-01-10T11:00:00Z" },
          { user: "dana-dpo", state: "COMMENTED", submitted_at: "2026-01-10T11:10:00Z" },
          // Lee approved, then asked for changes: no longer an approval.
          { user: "lee", state: "CHANGES_REQUESTED", submitted_at: "2026-01-10T11:30:00Z" },
        ],
      },
    });
    try {
      fake.fail({ operationId: "pulls/list-reviews", path: /\/pulls\/3\/reviews$/ }, { status: 404 });
      const reviews = githubReviews({ token: "t0ken", baseUrl: fake.url, owner: "dignio", repo: "ropa" });
      const e = await buildEvidence(repo, { since: "2026-01-01", until: "2026-01-31", tool: TOOL, reviews });
      const pr1 = merge(e, s.sha.merge1);
      // The review ranks above the trailer; a comment after an approval leaves it standing.
      expect(pr1.approvals[0]).toEqual({ who: "dana-dpo", how: "GitHub review of PR #1", date: "2026-01-10T11:00:00.000Z", source: "github-review", warnings: [] });
      expect(pr1.approvals.map((a) => a.source)).toEqual(["github-review", "merge-trailer"]);
      expect(pr1.approvals.map((a) => a.who)).not.toContain("kim");
      expect(pr1.approvals.map((a) => a.who)).not.toContain("lee");
      expect(pr1.reviews!.reviews).toHaveLength(5);
      expect(merge(e, s.sha.merge3).reviews!.error).toMatch(/^HTTP 404/);
      expect(merge(e, s.sha.squash2).reviews!.reviews).toEqual([]);
      expect(fake.requests.map((q) => q.path).sort()).toEqual(["/repos/dignio/ropa/pulls/1/reviews", "/repos/dignio/ropa/pulls/2/reviews", "/repos/dignio/ropa/pulls/3/reviews"]);
      expect(fake.violations).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});

describe("the pack and its manifest", () => {
  it("lists every file with its sha256, and verify names what was altered, added or removed", () => {
    const out = join(tmp, "pack");
    const written = writePack(quarter, out);
    expect(written.manifest.commits).toEqual({ start: s.sha.policies1, end: s.sha.deleteWebsite, merges: quarter.merges.map((m) => m.sha) });
    expect(written.manifest.tool).toEqual(TOOL);
    const paths = written.manifest.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["index.html", "register-start.html", "register-end.html", "register-end.csv", "changes.html", "waivers.html", "evidence.json", "records/index.html", recordPage("aws"), `merges/${s.sha.merge3}.html`]));
    expect(paths).not.toContain("manifest.json");
    expect(verifyPack(out).ok).toBe(true);
    expect(verifyPack(out, written.manifestSha256)).toMatchObject({ ok: true, manifestMatches: true });

    // One byte changed.
    const file = join(out, `merges/${s.sha.merge3}.html`);
    const original = readFileSync(file);
    const altered = Buffer.from(original);
    const at = altered.indexOf("fail");
    altered[at] = "F".charCodeAt(0);
    writeFileSync(file, altered);
    const v = verifyPack(out);
    expect(v).toMatchObject({ ok: false, altered: [`merges/${s.sha.merge3}.html`], added: [], missing: [] });
    writeFileSync(file, original);

    appendFileSync(join(out, "extra.html"), "<p>added later</p>");
    rmSync(join(out, "waivers.html"));
    expect(verifyPack(out)).toMatchObject({ ok: false, altered: [], added: ["extra.html"], missing: ["waivers.html"] });
  });

  it("catches one byte changed in the manifest itself: its claims against evidence.json, and its form", () => {
    const out = join(tmp, "manifest-edit");
    const written = writePack(quarter, out);
    const path = join(out, "manifest.json");
    const original = readFileSync(path);
    const oneByte = (from: string, to: string) => {
      const text = original.toString("utf8");
      expect(text).toContain(from);
      writeFileSync(path, text.replace(from, to));
      return verifyPack(out);
    };
    // The tool version, a commit id, the period: each contradicts the hashed evidence.json.
    expect(oneByte('"version": "0.0.0-test"', '"version": "0.0.1-test"').manifestProblems).toEqual([`tool is {"name":"ropa","version":"0.0.1-test"}, but evidence.json (hashed) says {"name":"ropa","version":"0.0.0-test"}`]);
    const end = s.sha.deleteWebsite;
    expect(oneByte(`"end": "${end}"`, `"end": "${end.slice(0, -1)}${end.endsWith("0") ? "1" : "0"}"`)).toMatchObject({ ok: false, manifestProblems: [expect.stringMatching(/^commits\.end is /)] });
    expect(oneByte('"until": "2026-03-15"', '"until": "2026-03-16"')).toMatchObject({ ok: false, manifestProblems: [expect.stringMatching(/^period is /)] });
    // A byte that changes no claim (layout) still shows: ropa writes one form only.
    expect(oneByte('\n "branch"', '\n\t"branch"').manifestProblems).toEqual(["is not in the form ropa writes it: it was edited"]);
    // A file's recorded size.
    expect(oneByte('"bytes": ', '"bytes": 1')).toMatchObject({ ok: false, altered: [expect.any(String)] });
    writeFileSync(path, original);
    expect(verifyPack(out, written.manifestSha256)).toMatchObject({ ok: true, manifestProblems: [] });
  });

  it("refuses to write over an existing pack, and refuses a folder that is no pack", () => {
    const out = join(tmp, "taken");
    mkdirSync(out);
    writeFileSync(join(out, "x"), "x");
    expect(() => writePack(quarter, out)).toThrow(RegisterError);
    expect(() => verifyPack(join(tmp, "nothing-here"))).toThrow(RegisterError);
    expect(() => verifyPack(out)).toThrow(/no manifest/);
    writeFileSync(join(out, "manifest.json"), "{not json");
    expect(() => verifyPack(out)).toThrow(/not JSON/);
  });

  it("flags a manifest that names a file outside the pack", () => {
    const out = join(tmp, "escape");
    writePack(quarter, out);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    manifest.files.push({ path: "../outside.txt", sha256: "0".repeat(64), bytes: 0 });
    writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest));
    expect(verifyPack(out)).toMatchObject({ ok: false, unsafe: ["../outside.txt"] });
  });
});

describe("ropa evidence (the commands)", () => {
  it("writes a pack, and verify exits 0 when intact, 1 naming the altered file, 2 on bad input", async () => {
    const out = join(tmp, "cli-pack");
    const made = await cli(["evidence", "--since", "2026-01-01", "--until", "2026-03-15", "--out", out, "-C", s.repo.dir]);
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    const digest = /manifest\.json sha256: ([0-9a-f]{64})/.exec(made.stdout)![1]!;
    // PR #5 adds a waiver that no review of a DPO team approved (the pack reads no reviews here): it fails.
    expect(made.stdout).toContain("8 changes in 2026-01-01..2026-03-15 (5 pass, 3 fail, 0 not judged)");

    const ok = await cli(["evidence", "verify", out, "--manifest-sha256", digest]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("files match the manifest");
    expect(ok.stdout).toContain(`manifest.json sha256: ${digest} (matches the digest given)`);
    // Without the digest, verify says what it cannot know, and prints the digest to compare.
    const alone = await cli(["evidence", "verify", out]);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain(`manifest.json sha256: ${digest}\n`);
    expect(alone.stdout).toContain("Compare the digest above with the one noted when the pack was made and kept elsewhere");

    const index = join(out, "index.html");
    const bytes = readFileSync(index);
    bytes[bytes.length - 2] ^= 1;
    writeFileSync(index, bytes);
    const tampered = await cli(["evidence", "verify", out]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain("altered: index.html");

    expect((await cli(["evidence", "verify", join(tmp, "no-such-pack")])).code).toBe(2);
    const backwards = await cli(["evidence", "--since", "2026-03-01", "--until", "2026-01-01", "--out", join(tmp, "x"), "-C", s.repo.dir]);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain("after it ends");
    const incomplete = await cli(["evidence", "--since", "2026-03-01", "-C", s.repo.dir]);
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toMatch(/--until\s+error\s+the last day of the period is missing/);
    expect(incomplete.stderr).toMatch(/--out\s+error\s+the folder to write the pack to is missing/);
    const noToken = await cli(["evidence", "--since", "2026-01-01", "--until", "2026-01-31", "--out", join(tmp, "y"), "--github", "dignio/ropa", "-C", s.repo.dir], { GITHUB_TOKEN: "" });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain("GITHUB_TOKEN is not set");
  });
});
