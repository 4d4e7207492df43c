// A pull request cannot change the verdict on its own records by editing its judge: the compiled policies,
// their Rego sources, the reference data, the action's code, or the workflow. Each test makes the same
// failing change twice, once plainly and once with the tampering, and the verdict must be the same. The
// repository holds what a real one does (records, policies, the action, the workflow), and the work tree
// is at the base, as pull_request_target checks it out.
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { fakeGitHubPerTest, NAME, OWNER, PR, runAction, type Run } from "./helpers/action-runner.js";
import { startFakeGitHub } from "./helpers/fake-github.js";
import { Repo } from "./helpers/git-repo.js";
import { ROOT } from "./helpers/register.js";

const github = fakeGitHubPerTest();

/** A repository like the real one: the register, the policies with their sources, the action, the workflow. */
function fullRepo(): Repo {
  const repo = Repo.init();
  for (const path of ["records", "policies", "actions/check/action.yml", "actions/check/dist", ".github/workflows/register-check.yml"]) {
    cpSync(join(ROOT, path), join(repo.dir, path), { recursive: true });
  }
  repo.commit("The register, its policies and its check");
  return repo;
}

const PULSE = "apiVersion: ropa/v1\nkind: Product\nid: pulse\nname: Dignio Pulse\n";

/** The failing change (a product without a privacy notice), plus `tamper`, as a PR; the work tree is left at the base. */
function pullRequest(repo: Repo, tamper: (repo: Repo) => void = () => {}): { base: string; head: string } {
  const base = repo.git("rev-parse", "HEAD");
  repo.branch("change", base);
  repo.write("records/products/pulse.yaml", PULSE);
  tamper(repo);
  const head = repo.commit("Add Dignio Pulse");
  repo.git("checkout", "--quiet", base);
  return { base, head };
}

/** What decides: exit code, verdict, counts, and the findings the comment blames on the change. */
function verdict(run: Run, comment: string) {
  const blocking = comment.split("**Blocking**")[1]?.split("\n\n")[1] ?? "";
  // Links point at the head commit, which differs between the two PRs.
  const rows = blocking.split("\n").filter((l) => l.startsWith("| ❌")).map((l) => l.replace(/\/blob\/[0-9a-f]{40}\//g, "/blob/HEAD/"));
  return { code: run.code, verdict: run.outputs.verdict, errors: run.outputs.errors, warnings: run.outputs.warnings, blocking: rows };
}

let plain: Promise<ReturnType<typeof verdict>> | undefined;
function plainVerdict() {
  plain ??= (async () => {
    const repo = fullRepo();
    const api = await startFakeGitHub({ repository: `${OWNER}/${NAME}` });
    const run = await runAction(repo, api, pullRequest(repo));
    const [comment] = api.commentsOn(PR, OWNER, NAME);
    await api.close();
    return verdict(run, comment!.body);
  })();
  return plain;
}

async function judged(tamper: (repo: Repo) => void, dist?: (repo: Repo) => string) {
  const repo = fullRepo();
  const event = pullRequest(repo, tamper);
  const api = await github();
  const run = await runAction(repo, api, event, {}, {}, { dist: dist?.(repo) });
  const comments = api.commentsOn(PR, OWNER, NAME);
  expect(comments).toHaveLength(1);
  expect(api.violations).toEqual([]);
  return { run, comment: comments[0]!.body, repo };
}

describe("a pull request that edits its own judge", () => {
  it("fails the plain change (the reference verdict)", async () => {
    const want = await plainVerdict();
    expect(want.code).toBe(1);
    expect(want.verdict).toBe("fail");
    expect(want.blocking.length).toBeGreaterThan(0);
  });

  it("cannot pass by replacing the compiled policies (wasm, rules and data)", async () => {
    const { run, comment } = await judged((repo) => {
      repo.write("policies/build/policy.wasm", "not a policy");
      repo.write("policies/build/rules.json", "[]");
      repo.write("policies/build/data.json", "{}");
    });
    expect(verdict(run, comment)).toEqual(await plainVerdict());
    expect(comment).toContain("This PR changes the policies or their reference data");
    expect(comment).toContain("`policies/build/policy.wasm`");
    expect(comment).toMatch(/Under the PR's own policies the register could not be judged/);
  });

  it("cannot pass by deleting the Rego rules from the sources", async () => {
    const { run, comment } = await judged((repo) => repo.remove("policies/ropa/rules"));
    expect(verdict(run, comment)).toEqual(await plainVerdict());
    expect(comment).toContain("This PR changes the policies or their reference data");
    expect(comment).toContain("need the DPO's review");
  });

  it("cannot pass by editing the reference data (sources and compiled)", async () => {
    const { run, comment } = await judged((repo) => {
      for (const dir of ["cloud_regions", "data_categories", "eea", "eu_adequacy", "uk_adequacy"]) repo.write(`policies/reference/${dir}/data.json`, "{}");
      const path = join(repo.dir, "policies/build/data.json");
      const data = JSON.parse(readFileSync(path, "utf8"));
      data.reference = {};
      writeFileSync(path, JSON.stringify(data));
    });
    expect(verdict(run, comment)).toEqual(await plainVerdict());
    expect(comment).toContain("`policies/build/data.json`");
  });

  it("cannot run its own action code: the base's action runs, and the PR's is never executed or read", async () => {
    const marker = join(tmpdir(), `ropa-tamper-${process.pid}-${Date.now()}`);
    const evil = `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"); process.exit(0);\n`;
    const { run, comment } = await judged(
      (repo) => {
        repo.write("actions/check/dist/index.js", evil);
        repo.write("actions/check/action.yml", "name: ropa check\nruns:\n  using: node20\n  main: dist/index.js\n");
        repo.write("actions/check/src/main.ts", evil);
      },
      // `uses: ./actions/check` with the base checked out: the base's copy.
      (repo) => join(repo.dir, "actions/check/dist/index.js"),
    );
    expect(verdict(run, comment)).toEqual(await plainVerdict());
    expect(existsSync(marker)).toBe(false);
  });

  it("cannot change the workflow that judges it: the base's workflow runs, with the base's inputs", async () => {
    const { run, comment } = await judged((repo) => {
      repo.write(
        ".github/workflows/register-check.yml",
        "name: register-check\non: pull_request_target\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - run: exit 0\n",
      );
    });
    expect(verdict(run, comment)).toEqual(await plainVerdict());
  });

  it("is judged by a workflow that runs nothing from the PR (the committed register-check.yml)", () => {
    const workflow = parse(readFileSync(join(ROOT, ".github/workflows/register-check.yml"), "utf8"));
    // pull_request_target: the workflow file and the checkout come from the base branch.
    expect(Object.keys(workflow.on)).toContain("pull_request_target");
    expect(Object.keys(workflow.on)).not.toContain("pull_request");
    const steps = workflow.jobs.check.steps as { uses?: string; run?: string; with?: Record<string, unknown> }[];
    const checkout = steps.find((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkout?.with?.ref, "the checkout must stay on the base (no ref: head)").toBeUndefined();
    expect(steps.filter((s) => s.run), "no step runs a command (nothing of the PR can run)").toEqual([]);
    const check = steps.find((s) => s.uses === "./actions/check");
    expect(check?.with?.policies, "the compiled policies come from the base commit").toBe("policies/build");
    expect(workflow.permissions).toEqual({ contents: "read", "pull-requests": "write" });
  });
});

describe("a pull request whose head is not a descendant of its base", () => {
  it("is judged when the head is on unrelated history (an orphan branch)", async () => {
    const repo = fullRepo();
    const base = repo.git("rev-parse", "HEAD");
    repo.git("checkout", "--quiet", "--orphan", "unrelated");
    repo.write("records/products/pulse.yaml", PULSE);
    const head = repo.commit("Unrelated history");
    repo.git("checkout", "--quiet", "main");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(api.commentsOn(PR, OWNER, NAME)).toHaveLength(1);
    expect(run.stdout).not.toMatch(/internal error/);
  });

  it("is judged on its own change when the base has moved past the head (a stale PR)", async () => {
    const repo = fullRepo();
    const { head } = pullRequest(repo);
    repo.git("checkout", "--quiet", "main");
    repo.write("records/products/later.yaml", PULSE.replace(/pulse/g, "later").replace("Dignio Pulse", "Later"));
    const base = repo.commit("Main moved on");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    // The PR's own change (a product without a privacy notice) fails; what main gained since the branch
    // was cut is neither a deletion by the PR nor part of its summary.
    expect(verdict(run, api.commentsOn(PR, OWNER, NAME)[0]!.body)).toEqual(await plainVerdict());
    const body = api.commentsOn(PR, OWNER, NAME)[0]!.body;
    expect(body).not.toContain("Later");
    expect(body).not.toContain("change.record_deleted");
  });

  it("after a force-push dropped a commit from the base, counts that commit's change as the PR's", async () => {
    const repo = fullRepo();
    const before = repo.git("rev-parse", "HEAD");
    repo.write("records/products/gone.yaml", PULSE.replace(/pulse/g, "gone").replace("Dignio Pulse", "Gone"));
    repo.commit("A commit main later drops");
    repo.branch("change");
    repo.write("records/products/pulse.yaml", PULSE);
    const head = repo.commit("Add Dignio Pulse");
    repo.branch("main", before);
    repo.write("records/organisation.yaml", readFileSync(join(repo.dir, "records/organisation.yaml"), "utf8") + "# rewritten\n");
    const base = repo.commit("Main, force-pushed without it");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(1);
    // Merging the PR would bring back “Gone” (a product without a privacy notice): it is the PR's finding.
    const blocking = api.commentsOn(PR, OWNER, NAME)[0]!.body.split("**Blocking**")[1]!;
    expect(blocking).toContain("Gone");
    expect(blocking).toContain("Dignio Pulse");
    // Twice the errors of adding Dignio Pulse alone: the same findings, for each of the two products.
    expect(Number(run.outputs.errors)).toBe(2 * Number((await plainVerdict()).errors));
  });

  it("exits 2 and names the commit when the base is not in the repository", async () => {
    const repo = fullRepo();
    const { head } = pullRequest(repo);
    const run = await runAction(repo, await github(), { base: "0123456789abcdef0123456789abcdef01234567", head });
    expect(run.code).toBe(2);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.stdout).toMatch(/::error::ropa: internal error, nothing was judged: 0123456789abcdef0123456789abcdef01234567 is not a commit/);
  });
});

describe("a pull request that moves the register out of sight", () => {
  it("exits 2 when it deletes the register", async () => {
    const repo = fullRepo();
    const event = pullRequest(repo, (r) => r.remove("records"));
    const run = await runAction(repo, await github(), event);
    expect(run.code).toBe(2);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.stdout).toMatch(/::error title=ropa%3A the register cannot be read,file=records::there are no YAML records in `records` at [0-9a-f]{7}/);
  });

  it("exits 2 when it replaces the register by a symbolic link to records elsewhere", async () => {
    const repo = fullRepo();
    const event = pullRequest(repo, (r) => {
      cpSync(join(r.dir, "records"), join(r.dir, "lenient"), { recursive: true });
      rmSync(join(r.dir, "lenient/products/pulse.yaml"));
      r.remove("records");
      symlinkSync("lenient", join(r.dir, "records"));
    });
    const run = await runAction(repo, await github(), event);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/::error title=ropa%3A the register cannot be read,file=records::a symbolic link that leads out of the register folder/);
  });

  it("refuses a symbolic link in the register to a file outside it, as the CLI does, and never reads it", async () => {
    const repo = fullRepo();
    const event = pullRequest(repo, (r) => symlinkSync("/etc/passwd", join(r.dir, "records/products/passwd.yaml")));
    const api = await github();
    const run = await runAction(repo, api, event);
    expect(run.code).toBe(2);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.stdout).toMatch(/file=records\/products\/passwd\.yaml::a symbolic link that leads out of the register folder/);
    expect(run.stdout + run.summary + (api.commentsOn(PR, OWNER, NAME)[0]?.body ?? "")).not.toMatch(/root:/);
  });

  it("exits 2 on a records input that climbs out of the repository", async () => {
    const repo = fullRepo();
    const run = await runAction(repo, await github(), pullRequest(repo), { records: "../../etc" });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/"\.\.\/\.\.\/etc" is not a path inside the repository/);
  });
});
