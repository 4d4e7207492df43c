// `ropa history`: a record's timeline from a real git history with fixed dates — merges, a squash merge
// that moves the file, a side commit with a co-author, a merge that edits the record itself, a retired
// record, a deleted one, signed commits — read in one pass of `git log`.
import { beforeAll, describe, expect, it } from "vitest";
import { recordHistory, type Timeline } from "../engine/audit/history.js";
import { RegisterError } from "../engine/errors.js";
import { firstParentChain, landings, peopleOf, pullRequestOf, readHistory } from "../engine/git/log.js";
import { GitObjects } from "../engine/git/objects.js";
import { formatTimelineText } from "../engine/commands/audit.js";
import { AuditRepo, ERIN } from "./helpers/audit-repo.js";
import { buildScenario, type Scenario } from "./helpers/audit-scenario.js";

let s: Scenario;
let repo: GitObjects;
beforeAll(() => {
  s = buildScenario();
  repo = new GitObjects(s.repo.dir);
});

const history = (id: string, rev?: string): Promise<Timeline> => recordHistory(repo, id, { rev });

describe("the one-pass git log", () => {
  it("reads every commit with parents, UTC dates, trailers and first-parent changes", async () => {
    const h = await readHistory(repo, "HEAD", ["records", "policies/build"]);
    // Every commit reachable from main: the squashed branch's own commit is not.
    expect(h.commits.map((c) => c.sha).sort()).toEqual(s.repo.git({ at: "2026-01-01T00:00:00Z" }, "rev-list", "HEAD").split("\n").sort());
    expect(h.commits).toHaveLength(15);
    const merge1 = h.bySha.get(s.sha.merge1)!;
    expect(merge1.parents).toHaveLength(2);
    expect(merge1.committer.date).toBe("2026-01-10T12:00:00.000Z");
    expect(merge1.trailers).toEqual([{ key: "Approved-by", value: "Dana DPO <dpo@example.org>" }]);
    // The merge's first-parent diff is what the pull request brought to main.
    expect(merge1.changes.map((c) => c.newPath)).toEqual(["records/subprocessors/aws.yaml"]);
    const squash = h.bySha.get(s.sha.squash2)!;
    expect(squash.changes).toEqual([expect.objectContaining({ status: "R", oldPath: "records/locations/aws-london.yaml", newPath: "records/locations/uk/aws-london.yaml" })]);
    const chain = firstParentChain(h);
    expect(chain.map((c) => c.sha)).toContain(s.sha.merge5);
    expect(chain.map((c) => c.sha)).not.toContain(s.sha.awsDpa);
    expect(landings(h, chain).get(s.sha.awsDpa)?.sha).toBe(s.sha.merge1);
    expect(peopleOf(h.bySha.get(s.sha.awsDpa)!).authors).toEqual(["Sam Developer <sam@example.org>", "Kim Writer <kim@example.org>"]);
  });

  it("finds the pull request a merge or squash message names", () => {
    const pr = (subject: string, message = subject) => pullRequestOf({ subject, message });
    expect(pr("Merge pull request #12 from o/b")).toBe(12);
    expect(pr("Add London (#34)")).toBe(34);
    expect(pr("Merged in feature (pull request #7)")).toBe(7);
    expect(pr("Merge branch 'x' into 'main'", "Merge branch 'x' into 'main'\n\nSee merge request group/ropa!9")).toBe(9);
    expect(pr("Fix #12 in the middle")).toBeUndefined();
  });
});

describe("ropa history", () => {
  it("shows who changed a subprocessor in a pull request, with co-author, merger and approval", async () => {
    const t = await history("aws");
    expect(t).toMatchObject({ id: "aws", kind: "Subprocessor", name: "Amazon Web Services", status: "active", path: "records/subprocessors/aws.yaml" });
    expect(t.entries.map((e) => [e.commit.sha, e.change])).toEqual([
      [s.sha.noPolicies, "added"],
      [s.sha.awsDpa, "changed"],
      [s.sha.after, "changed"],
    ]);
    const pr1 = t.entries[1]!;
    expect(pr1.commit).toMatchObject({
      date: "2026-01-09T10:00:00.000Z",
      author: "Sam Developer <sam@example.org>",
      authors: ["Sam Developer <sam@example.org>", "Kim Writer <kim@example.org>"],
      pr: 1,
      onBranch: false,
      landed: { sha: s.sha.merge1, pr: 1, date: "2026-01-10T12:00:00.000Z", mergedBy: "Dana DPO <dpo@example.org>" },
      signature: { state: "unsigned" },
    });
    // Dana approved in the merge message she wrote, and merged: recorded, and flagged as not independent.
    expect(pr1.commit.approvals).toEqual([
      {
        who: "Dana DPO <dpo@example.org>",
        how: "Approved-by trailer of the merge, written by Dana DPO <dpo@example.org>",
        source: "merge-trailer",
        commit: s.sha.merge1,
        writtenBy: "Dana DPO <dpo@example.org>",
        warnings: ["the approver merged the change"],
      },
    ]);
    expect(pr1.fields).toEqual([{ field: "dpa › reference", text: "dpa › reference: `AWS GDPR Data Processing Addendum` → `AWS DPA 2026`" }]);
  });

  it("follows a record by its id across a move, in a squash merge", async () => {
    const t = await history("aws-london");
    expect(t.path).toBe("records/locations/uk/aws-london.yaml");
    const moved = t.entries[1]!;
    expect(moved).toMatchObject({ change: "changed", path: "records/locations/uk/aws-london.yaml", fromPath: "records/locations/aws-london.yaml" });
    expect(moved.commit).toMatchObject({ sha: s.sha.squash2, pr: 2, onBranch: true });
    // Sam wrote "Reviewed-by: Dana" into his own squash commit: his claim, labelled as such.
    expect(moved.commit.approvals).toEqual([
      {
        who: "Dana DPO <dpo@example.org>",
        how: "Reviewed-by trailer of the commit, written by Sam Developer <sam@example.org>",
        source: "commit-trailer",
        commit: s.sha.squash2,
        writtenBy: "Sam Developer <sam@example.org>",
        warnings: ["written by the change's own author, not by the approver"],
      },
    ]);
    expect(moved.summary).toContain("moves it from records/locations/aws-london.yaml to records/locations/uk/aws-london.yaml");
    expect(moved.fields.map((f) => f.text)).toEqual(["description: `Hosting for UK customers.` → `Hosting for UK customers (NHS).`"]);
  });

  it("shows retirement, a change on main, and what the merge itself changed", async () => {
    const t = await history("usage-statistics");
    expect(t).toMatchObject({ status: "retired", retiredOn: "2026-02-10", retiredReason: "The statistics are no longer collected." });
    const changes = t.entries.map((e) => [e.commit.sha, e.change]);
    expect(changes).toEqual([
      [s.sha.noPolicies, "added"],
      [s.sha.retire, "retired"],
      [s.sha.mainEdit, "changed"],
      [s.sha.merge5, "changed"],
    ]);
    const retired = t.entries[1]!;
    expect(retired.summary).toBe("retires the processing activity “Usage statistics and technical security data” as of 2026-02-10: The statistics are no longer collected.");
    expect(retired.commit.landed?.pr).toBe(5);
    // The conflict resolution kept both sides (not the merge's own work) and added a note (its own).
    const merge = t.entries[3]!;
    expect(merge.byMerge).toBe(true);
    expect(merge.fields.map((f) => f.field)).toEqual(["notes"]);
  });

  it("shows a deleted record, and a signed commit as verified", async () => {
    const t = await history("dignio-website");
    expect(t.status).toBe("deleted");
    const last = t.entries.at(-1)!;
    expect(last).toMatchObject({ change: "deleted", path: "records/products/dignio-website.yaml" });
    expect(last.summary).toContain("the file records/products/dignio-website.yaml is removed");
    expect(last.commit.signature).toMatchObject({ state: "verified", code: "G", signer: ERIN.email });
  });

  it("reads the history as of an earlier revision", async () => {
    const t = await history("usage-statistics", s.sha.merge4);
    expect(t.status).toBe("active");
    expect(t.entries).toHaveLength(1);
  });

  it("compares lists of objects item by item", async () => {
    const t = await history("patient-app");
    const voice = t.entries.find((e) => e.commit.sha !== s.sha.noPolicies)!;
    expect(voice.fields.map((f) => f.text)).toEqual([
      "data categories: added `voice-recordings`",
      "data categories › voice-recordings › retention: set to `period: P3M; after: end of the customer contract`",
    ]);
  });

  it("says so when no record ever had the id", async () => {
    await expect(history("no-such-record")).rejects.toThrow(RegisterError);
    await expect(history("no-such-record")).rejects.toThrow(/no record with the id `no-such-record`/);
  });

  it("prints a timeline for a terminal", async () => {
    const text = formatTimelineText(await history("aws"));
    expect(text).toContain("History of `aws`: Subprocessor “Amazon Web Services”");
    expect(text).toContain("2026-01-09 10:00 UTC");
    expect(text).toContain("merged in PR #1 by Dana DPO <dpo@example.org> on 2026-01-10 12:00 UTC");
    expect(text).toContain("approved by Dana DPO <dpo@example.org> (Approved-by trailer of the merge, written by Dana DPO <dpo@example.org>) ⚠ the approver merged the change");
    expect(text).toContain("    - dpa › reference: `AWS GDPR Data Processing Addendum` → `AWS DPA 2026`");
  });
});

describe("ids, not files", () => {
  it("ends a record when its id changes in the same file, and knows a record added again", async () => {
    const r = AuditRepo.init().withRegister();
    r.commit("Register", { at: "2026-01-01T10:00:00Z" });
    r.edit("records/segments/uk-nhs.yaml", (d) => d.set("id", "uk-health"));
    r.edit("records/activities/patient-app.yaml", (d) => d.set("customer_segments", ["no-municipalities", "no-hospitals", "se-regions", "uk-health"]));
    r.edit("records/activities/remote-monitoring.yaml", (d) => d.set("customer_segments", ["no-municipalities", "no-hospitals", "se-regions", "uk-health"]));
    const renamed = r.commit("Rename the NHS segment", { at: "2026-01-02T10:00:00Z" });
    r.remove("records/products/mydignio.yaml");
    r.edit("records/activities/patient-app.yaml", (d) => d.delete("products"));
    r.edit("records/activities/usage-statistics.yaml", (d) => d.set("products", ["dignio-prevent"]));
    r.commit("Drop MyDignio", { at: "2026-01-03T10:00:00Z" });
    r.write("records/apps/mydignio.yaml", s.repo.show(s.sha.noPolicies, "records/products/mydignio.yaml"));
    const back = r.commit("MyDignio is back", { at: "2026-01-04T10:00:00Z" });
    const git = new GitObjects(r.dir);

    const old = await recordHistory(git, "uk-nhs");
    expect(old.status).toBe("deleted");
    expect(old.entries.at(-1)).toMatchObject({ change: "deleted", commit: { sha: renamed } });
    expect(old.entries.at(-1)!.summary).toContain("changes the id in records/segments/uk-nhs.yaml to `uk-health`");
    const neu = await recordHistory(git, "uk-health");
    expect(neu.entries.map((e) => e.change)).toEqual(["added"]);

    const app = await recordHistory(git, "mydignio");
    expect(app.entries.map((e) => e.change)).toEqual(["added", "deleted", "restored"]);
    expect(app.entries[2]).toMatchObject({ path: "records/apps/mydignio.yaml", commit: { sha: back } });
    expect(app).toMatchObject({ status: "active", path: "records/apps/mydignio.yaml" });
  });
});
