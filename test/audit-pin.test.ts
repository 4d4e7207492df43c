// An adopter who runs the bundled policies commits no compiled policies: the evidence pack judges each of
// its merges with the bundled policies of the release the repository pins (the workflow's
// `uses: <home>/actions/check@vX.Y.Z`, a package.json dependency), when that release is this one, and
// says so; any other pin, or none, is "not judged" with the reason and what to run. A waiver a merge adds
// counts only with the DPO team's review, as the action asks it. Real git repositories, the real wasm.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildEvidence, renderPack, type Evidence, type MergeEvidence, type PullReviews } from "../engine/audit/evidence.js";
import { pinOf } from "../engine/audit/pin.js";
import { initRegister } from "../engine/register-template.js";
import { GitObjects } from "../engine/git/objects.js";
import { TOOL } from "../engine/tool.js";
import { githubReviews, githubTeamMembers } from "../github/reviews.js";
import { AuditRepo, DANA, SAM } from "./helpers/audit-repo.js";
import { preloadOpenApi, startFakeGitHub } from "./helpers/fake-github.js";
import { judgePullRequest } from "../actions/check/src/judge.js";
import { readBundleDir } from "../engine/index.js";
import { approveAll, type Approve } from "../engine/judge.js";
import { ropa } from "./helpers/cli.js";
import { ROOT } from "./helpers/register.js";
import { fillIn } from "./helpers/fill-in.js";

const tool = { name: TOOL.name, version: TOOL.version };
const home = TOOL.home;
const WORKFLOW = ".github/workflows/register-check.yml";
const merge = (e: Evidence, sha: string): MergeEvidence => e.merges.find((m) => m.sha === sha)!;

/** A register as `ropa init` writes it, filled in and committed as the root commit of main. */
function adopter(dpoTeam = "@dana-dpo"): AuditRepo {
  const r = AuditRepo.init();
  initRegister(r.dir);
  fillIn(r.dir);
  r.write(WORKFLOW, r.read(WORKFLOW).replace('"@FILL-IN"', JSON.stringify(dpoTeam)));
  r.commit("Start the register", { at: "2026-03-01T10:00:00Z" });
  return r;
}

/** A pull request #n from its own branch, merged with a merge commit; returns [merge, the PR's head]. */
function pullRequest(r: AuditRepo, n: number, day: string, change: () => void, message = ""): [string, string] {
  r.checkout(`pr${n}`, "main");
  change();
  const head = r.commit(`Change ${n}`, { at: `${day}T10:00:00Z`, by: SAM });
  r.checkout("main");
  return [r.merge(`pr${n}`, `Merge pull request #${n} from acme/pr${n}${message}`, { at: `${day}T12:00:00Z`, by: DANA }), head];
}

const rename = (r: AuditRepo, name: string) => () => r.edit("records/products/example-service.yaml", (d) => d.set("name", name));
const pin = (r: AuditRepo, ref: string) => () => r.write(WORKFLOW, r.read(WORKFLOW).replace(/(actions\/check@)\S+/, `$1${ref}`));

describe("which ropa release a repository pins", () => {
  const wf = (uses: string) => ({ path: WORKFLOW, text: `jobs:\n  check:\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ${uses}\n` });
  const pkg = (spec: string) => ({ path: "package.json", text: JSON.stringify({ devDependencies: { ropa: spec } }) });
  const t = { name: "ropa", home: "ropa-dev/ropa" };

  it("reads an exact release from the workflow and from package.json, and requires them to agree", () => {
    expect(pinOf([wf("ropa-dev/ropa/actions/check@v1.2.3")], t)).toEqual({ version: "1.2.3", where: [`${WORKFLOW} (uses: ropa-dev/ropa/actions/check@v1.2.3)`] });
    for (const spec of ["github:ropa-dev/ropa#v1.2.3", "1.2.3", "=1.2.3", "git+https://github.com/ropa-dev/ropa.git#v1.2.3"]) expect(pinOf([pkg(spec)], t), spec).toMatchObject({ version: "1.2.3" });
    expect(pinOf([wf("ropa-dev/ropa/actions/check@v1.2.3"), pkg("github:ropa-dev/ropa#v1.2.3")], t)).toMatchObject({ version: "1.2.3" });
    expect(pinOf([wf("ropa-dev/ropa/actions/check@v1.2.3"), pkg("1.2.4")], t)).toEqual({ none: expect.stringContaining("the pins disagree") });
  });

  it("refuses what does not name one release of ropa's own home", () => {
    expect(pinOf([wf("ropa-dev/ropa/actions/check@v1")], t)).toEqual({ none: expect.stringContaining("@v1 moves to each new release") });
    expect(pinOf([wf(`ropa-dev/ropa/actions/check@${"a".repeat(40)}`)], t)).toEqual({ none: expect.stringContaining("is not a release tag") });
    expect(pinOf([wf("someone/ropa/actions/check@v1.2.3")], t)).toEqual({ none: expect.stringContaining("not ropa's own (ropa-dev/ropa)") });
    expect(pinOf([pkg("^1.2.3")], t)).toEqual({ none: expect.stringContaining("not one exact release") });
    expect(pinOf([pkg("github:someone/ropa#v1.2.3")], t)).toEqual({ none: expect.stringContaining("not from its own home") });
    expect(pinOf([wf("actions/checkout@v4")], t)).toEqual({ none: expect.stringContaining("no release of ropa is pinned") });
    expect(pinOf([], t)).toEqual({ none: expect.stringContaining("no release of ropa is pinned") });
  });
});

describe("the evidence pack of an adopter with the bundled policies", () => {
  let r: AuditRepo;
  let e: Evidence;
  const sha: Record<string, string> = {};

  beforeAll(async () => {
    r = adopter();
    sha.root = r.head();
    [sha.passes] = pullRequest(r, 1, "2026-03-02", rename(r, "Our service"));
    [sha.fails] = pullRequest(r, 2, "2026-03-03", () => r.edit("records/subprocessors/example-hosting-provider.yaml", (d) => d.delete("dpa")));
    [sha.upgrade] = pullRequest(r, 3, "2026-03-04", pin(r, "v9.9.9"));
    [sha.underOther] = pullRequest(r, 4, "2026-03-05", rename(r, "Our service, renamed"));
    [sha.toMoving] = pullRequest(r, 5, "2026-03-06", pin(r, "v1"));
    [sha.underMoving] = pullRequest(r, 6, "2026-03-07", rename(r, "Our service, again"));
    [sha.back] = pullRequest(r, 7, "2026-03-08", () => {
      pin(r, `v${tool.version}`)();
      r.write("package.json", JSON.stringify({ private: true, devDependencies: { ropa: `github:${home}#v${tool.version}` } }, null, 2) + "\n");
    });
    [sha.both] = pullRequest(r, 8, "2026-03-09", rename(r, "Our service, once more"));
    [sha.range] = pullRequest(r, 9, "2026-03-10", () => r.write("package.json", r.read("package.json").replace(`github:${home}#v${tool.version}`, `^${tool.version}`)));
    [sha.underRange] = pullRequest(r, 10, "2026-03-11", rename(r, "Our service, last"));
    e = await buildEvidence(new GitObjects(r.dir), { since: "2026-03-01", until: "2026-03-31", tool });
  });

  it("judges every merge after a pin of this release with this release's bundled policies, and says so", () => {
    expect(merge(e, sha.passes).verdict).toMatchObject({ state: "pass", judgedBy: `bundled policies of ropa ${tool.version}`, bundled: { version: tool.version, pinnedBy: [`${WORKFLOW} (uses: ${home}/actions/check@v${tool.version})`] } });
    expect(merge(e, sha.passes).verdict.policies).toBeUndefined();
    const fails = merge(e, sha.fails).verdict;
    expect(fails).toMatchObject({ state: "fail", judgedBy: `bundled policies of ropa ${tool.version}` });
    expect(fails.introduced.map((f) => [f.rule, f.severity])).toContainEqual(["subprocessors.dpa", "error"]);
    expect(renderPack(e)["index.html"]).toContain(`by the bundled policies of ropa ${tool.version}`);
  });

  it("says the root commit has no parent", () => {
    expect(merge(e, sha.root).verdict).toMatchObject({ state: "unjudged", text: expect.stringContaining("it has no parent") });
  });

  it("judges the merge that moves the pin by the pin before it, and marks it as changing the policies", () => {
    const m = merge(e, sha.upgrade);
    expect(m.verdict).toMatchObject({ state: "pass", judgedBy: `bundled policies of ropa ${tool.version}` });
    expect(m.changesPolicies).toBe(true);
    expect(m.changesPin).toEqual({ from: tool.version, to: "9.9.9" });
    expect(renderPack(e)[`merges/${sha.upgrade}.html`]).toContain(`changed the ropa release the repository pins (${tool.version} → 9.9.9)`);
    expect(m.verdict.underOwnPolicies).toEqual({ state: "unjudged", text: expect.stringContaining("it pins ropa 9.9.9") });
  });

  it("does not judge a merge under another release's pin, and says what to run", () => {
    expect(merge(e, sha.underOther).verdict).toMatchObject({ state: "unjudged", text: expect.stringContaining(`pins ropa 9.9.9`) });
    expect(merge(e, sha.underOther).verdict.text).toContain(`npx --yes github:${home}#v9.9.9 evidence`);
    expect(merge(e, sha.underOther).verdict.judgedBy).toBeUndefined();
  });

  it("does not judge under a moving tag, two pins that disagree or a range; two that agree are one pin", () => {
    expect(merge(e, sha.underMoving).verdict).toMatchObject({ state: "unjudged", text: expect.stringContaining("@v1 moves to each new release") });
    expect(merge(e, sha.both).verdict).toMatchObject({ state: "pass", bundled: { pinnedBy: [expect.stringContaining(WORKFLOW), expect.stringContaining("package.json")] } });
    expect(merge(e, sha.range).verdict.state).toBe("pass");
    expect(merge(e, sha.underRange).verdict).toMatchObject({ state: "unjudged", text: expect.stringContaining("not one exact release") });
  });

  it("is what `ropa evidence` makes with the policies it ships", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "ropa-pin-pack-")), "pack");
    const made = await ropa(["evidence", "-C", r.dir, "--since", "2026-03-01", "--until", "2026-03-31", "--out", out], r.dir);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain("11 changes in 2026-03-01..2026-03-31 (4 pass, 1 fail, 6 not judged)");
    const pack = JSON.parse(readFileSync(join(out, "evidence.json"), "utf8")) as Evidence;
    expect(pack.merges.find((m) => m.sha === sha.passes)!.verdict.judgedBy).toBe(`bundled policies of ropa ${tool.version}`);
  });

  it("counts every merge: none silently passes", () => {
    const states = e.merges.map((m) => m.verdict.state);
    expect(states).toEqual(["unjudged", "pass", "fail", "pass", "unjudged", "unjudged", "unjudged", "unjudged", "pass", "pass", "unjudged"]);
    for (const m of e.merges) expect(m.verdict.state === "unjudged" || m.verdict.judgedBy !== undefined, m.subject).toBe(true);
  });
});

describe("a waiver a merge adds, in the pack", () => {
  let r: AuditRepo;
  let sha: string;
  let head: string;
  let direct: string;
  const WAIVER = (id: string, rule: string, record: string) =>
    ["apiVersion: ropa/v1", "kind: Waiver", `id: ${id}`, "name: DPA renewal", `rule: ${rule}`, `record: ${record}`, "reason: The DPA is being renegotiated.", "approved_by: Dana DPO", "approved_on: 2026-03-01", "expires_on: 2026-05-01", ""].join("\n");
  const reviewsOf = (list: PullReviews["reviews"]) => async (prs: number[]) => new Map(prs.map((n) => [n, { reviews: n === 1 ? list : [] }] as const));
  const build = (extra: Parameters<typeof buildEvidence>[1] extends infer O ? Partial<O> : never = {}) =>
    buildEvidence(new GitObjects(r.dir), { since: "2026-03-01", until: "2026-03-31", tool, ...extra });

  beforeAll(() => {
    r = adopter("@dana-dpo acme/privacy");
    // The DPA dropped, and a waiver of the error that makes: the waiver needs the DPO team's approval.
    [sha, head] = pullRequest(
      r,
      1,
      "2026-03-02",
      () => {
        r.edit("records/subprocessors/example-hosting-provider.yaml", (d) => d.delete("dpa"));
        r.write("records/waivers/dpa.yaml", WAIVER("dpa-renewal", "subprocessors.dpa", "example-hosting-provider"));
      },
      "\n\nApproved-by: Dana DPO <dpo@example.org>",
    );
    r.write("records/waivers/unused.yaml", WAIVER("no-pr", "subprocessors.assessment", "example-hosting-provider"));
    direct = r.commit("A waiver straight on main", { at: "2026-03-03T10:00:00Z", by: DANA });
  });

  it("fails the merge when the pack read no review, whatever its trailers say", async () => {
    const v = merge(await build(), sha).verdict;
    expect(v.state).toBe("fail");
    expect(v.text).toContain("the DPO team's approval is missing");
    expect(v.text).toContain("make the pack with --github");
    // Judged as the action judges it: as if the waiver were not there, so the DPA error is the merge's.
    expect(v.introduced.filter((f) => !f.waived).map((f) => f.rule)).toContain("subprocessors.dpa");
  });

  it("gives the verdict the action gave the pull request, approved or not", async () => {
    const blame = (fs: { rule: string; record: string; waived?: unknown }[]) => fs.filter((f) => !f.waived).map((f) => `${f.rule} ${f.record}`).sort();
    const parent = r.git({ at: "2026-03-02T12:00:00Z" }, "rev-parse", `${sha}^1`);
    const action = (approve: Approve) =>
      judgePullRequest({ workspace: r.dir, records: "records", bundled: () => readBundleDir(join(ROOT, "policies/build")), today: "2026-03-02", failOn: "error", base: parent, head, approve });
    const unapproved = await action(() => ({ waivers: [], maxDays: false }));
    const pack = merge(await build(), sha).verdict;
    expect({ verdict: pack.state, introduced: blame(pack.introduced) }).toEqual({ verdict: unapproved.result.verdict, introduced: blame(unapproved.result.introduced) });
    const approved = await action(approveAll);
    const reviewed = merge(await build({ reviews: reviewsOf([{ who: "dana-dpo", state: "APPROVED", commit: head }]) }), sha).verdict;
    expect({ verdict: reviewed.state, introduced: blame(reviewed.introduced) }).toEqual({ verdict: approved.result.verdict, introduced: blame(approved.result.introduced) });
  });

  it("passes it when a DPO team member approved the pull request at its head", async () => {
    const v = merge(await build({ reviews: reviewsOf([{ who: "Dana-DPO", state: "APPROVED", commit: head }]) }), sha).verdict;
    expect(v).toMatchObject({ state: "pass", approval: expect.stringContaining("approved by `dana-dpo` of the DPO team") });
    expect(v.introduced.find((f) => f.rule === "subprocessors.dpa")?.waived).toBeTruthy();
  });

  it("fails it when the approval is someone else's, of an earlier commit, or withdrawn", async () => {
    for (const reviews of [
      [{ who: "lee", state: "APPROVED", commit: head }],
      [{ who: "dana-dpo", state: "APPROVED", commit: "0".repeat(40) }],
      [
        { who: "dana-dpo", state: "APPROVED", commit: head },
        { who: "dana-dpo", state: "CHANGES_REQUESTED", commit: head },
      ],
    ]) {
      const v = merge(await build({ reviews: reviewsOf(reviews) }), sha).verdict;
      expect(v.state, JSON.stringify(reviews)).toBe("fail");
      expect(v.text).toContain("has no approving review by `@dana-dpo` or a member of `acme/privacy`");
    }
  });

  it("reads the DPO team's members from GitHub (--github)", async () => {
    preloadOpenApi();
    const fake = await startFakeGitHub({ repository: "acme/register", teamMembers: { "acme/privacy": ["erik"] }, reviews: { 1: [{ user: "erik", state: "APPROVED", commit_id: head }] } });
    try {
      const gh = { token: "t0ken", baseUrl: fake.url };
      const e = await build({ reviews: githubReviews({ ...gh, owner: "acme", repo: "register" }), teamMembers: githubTeamMembers(gh) });
      expect(merge(e, sha).verdict).toMatchObject({ state: "pass", approval: expect.stringContaining("approved by `erik`") });
      expect(fake.violations).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it("fails a waiver that reached the branch without a pull request", async () => {
    const v = merge(await build({ reviews: reviewsOf([{ who: "dana-dpo", state: "APPROVED", commit: head }]) }), direct).verdict;
    expect(v).toMatchObject({ state: "fail", text: expect.stringContaining("without a pull request") });
  });

  it("says, when made without --github, why the merges that add waivers fail", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "ropa-pin-pack-")), "pack");
    const made = await ropa(["evidence", "-C", r.dir, "--since", "2026-03-01", "--until", "2026-03-31", "--out", out], r.dir);
    expect(made.stdout).toContain("2 of them add waivers, which count only with the DPO team's review of the pull request: make the pack with --github");
  });

  it("shows on the merge's page what approved the waiver, or why nothing did", async () => {
    const e = await build();
    const page = renderPack(e)[`merges/${sha}.html`]!;
    expect(page).toContain("Waiver approval");
    expect(page).toContain("were not read");
    expect(page).toContain("dpa-renewal");
    const reviewed = renderPack(await build({ reviews: reviewsOf([{ who: "dana-dpo", state: "APPROVED", commit: head }]) }))["waivers.html"]!;
    expect(reviewed).toContain('Dana DPO<br><span class="muted">for the waiver `dpa-renewal`: approved by `dana-dpo` of the DPO team');
    expect(reviewed).toContain("for the waiver `no-pr`: it reached the branch without a pull request");
  });
});
