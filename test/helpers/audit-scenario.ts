// One realistic history of Dignio's register, January to March 2026, used by the audit tests:
// a commit with no compiled policies; merges (--no-ff) with trailers; a squash merge that moves a file;
// a change that fails under the policies of its time; the reference data changed halfway (so the same
// kind of change passes afterwards); a retired record; a waiver; a signed commit; a merge that edits
// a record itself; and a deleted record.
import { AuditRepo, DANA, ERIN, SAM } from "./audit-repo.js";

export interface Scenario {
  repo: AuditRepo;
  sha: Record<string, string>;
}

/** The category the first policies do not know and the second ones do. */
export const NEW_CATEGORY = "voice-recordings";

function addCategory(repo: AuditRepo, activity: string) {
  repo.edit(`records/activities/${activity}.yaml`, (d) => {
    const list = d.get("data_categories") as { add: (v: unknown) => void };
    list.add(d.createNode({ category: NEW_CATEGORY, retention: { period: "P3M", after: "end of the customer contract" } }));
  });
}

export function buildScenario(): Scenario {
  const repo = AuditRepo.init();
  const sha: Record<string, string> = {};

  // 2025-12: the register arrives before the compiled policies do.
  repo.withRegister(false);
  sha.noPolicies = repo.commit("Register of processing activities", { at: "2025-12-15T09:00:00Z" });
  repo.withPolicies();
  sha.policies1 = repo.commit("Compiled policies", { at: "2025-12-16T09:00:00Z" });

  // PR #1, merged with a merge commit: a new DPA reference for AWS.
  repo.checkout("aws-dpa", "main");
  repo.edit("records/subprocessors/aws.yaml", (d) => d.setIn(["dpa", "reference"], "AWS DPA 2026"));
  sha.awsDpa = repo.commit("Update the AWS DPA reference\n\nCo-authored-by: Kim Writer <kim@example.org>", { at: "2026-01-09T10:00:00Z", by: SAM });
  repo.checkout("main");
  sha.merge1 = repo.merge("aws-dpa", "Merge pull request #1 from dignio/aws-dpa\n\nUpdate the AWS DPA reference\n\nApproved-by: Dana DPO <dpo@example.org>", {
    at: "2026-01-10T12:00:00Z",
    by: DANA,
  });

  // PR #2, squashed: the London location moves to its own folder, with a new description.
  repo.checkout("london", "main");
  repo.move("records/locations/aws-london.yaml", "records/locations/uk/aws-london.yaml");
  repo.edit("records/locations/uk/aws-london.yaml", (d) => d.set("description", "Hosting for UK customers (NHS)."));
  repo.commit("Move London", { at: "2026-01-14T10:00:00Z", by: SAM });
  repo.checkout("main");
  sha.squash2 = repo.squash("london", "Move the London location (#2)\n\nReviewed-by: Dana DPO <dpo@example.org>", { at: "2026-01-15T12:00:00Z", by: SAM });

  // PR #3: a data category the policies of the time do not know: fails under them.
  repo.checkout("voice", "main");
  addCategory(repo, "patient-app");
  repo.commit("Record voice recordings in the patient app", { at: "2026-01-20T10:00:00Z", by: SAM });
  repo.checkout("main");
  sha.merge3 = repo.merge("voice", "Merge pull request #3 from dignio/voice", { at: "2026-01-21T12:00:00Z", by: ERIN });

  // Halfway: the reference data learns the category (signed, directly on main).
  repo.withPolicies((data) => {
    data.reference.data_categories.categories[NEW_CATEGORY] = {
      checked_on: "2026-02-01",
      direct_identifier: false,
      name: "Voice recordings of patients",
      source: "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_4",
      special: false,
    };
  });
  sha.policies2 = repo.commit("Reference data: add voice recordings", { at: "2026-02-01T09:00:00Z", sign: true });

  // PR #4: the same kind of change now passes.
  repo.checkout("voice-monitoring", "main");
  addCategory(repo, "remote-monitoring");
  repo.commit("Record voice recordings in remote monitoring", { at: "2026-02-05T10:00:00Z", by: SAM });
  repo.checkout("main");
  sha.merge4 = repo.merge("voice-monitoring", "Merge pull request #4 from dignio/voice-monitoring\n\nApproved-by: Dana DPO <dpo@example.org>", {
    at: "2026-02-06T12:00:00Z",
    by: DANA,
  });

  // PR #5: usage statistics are retired, and a waiver is granted; main meanwhile edits the same activity,
  // and the merge itself changes a field neither side wrote.
  repo.checkout("retire", "main");
  repo.edit("records/activities/usage-statistics.yaml", (d) => {
    d.set("status", "retired");
    d.set("retired_on", "2026-02-10");
    d.set("retired_reason", "The statistics are no longer collected.");
  });
  repo.write(
    "records/waivers/aws-assessment.yaml",
    [
      "apiVersion: ropa/v1",
      "kind: Waiver",
      "id: aws-assessment-2026",
      "name: AWS assessment renewal",
      "rule: subprocessors.assessment",
      "record: aws",
      "reason: The yearly assessment is scheduled for April.",
      "approved_by: Dana DPO",
      "approved_on: 2026-02-09",
      "expires_on: 2026-04-30",
      "",
    ].join("\n"),
  );
  sha.retire = repo.commit("Retire usage statistics; waive the AWS assessment", { at: "2026-02-10T10:00:00Z", by: SAM });
  repo.checkout("main");
  repo.edit("records/activities/usage-statistics.yaml", (d) => d.set("description", "Aggregated statistics on how the services are used."));
  sha.mainEdit = repo.commit("Shorter description of usage statistics", { at: "2026-02-11T10:00:00Z" });
  sha.merge5 = repo.mergeWithEdit("retire", "Merge pull request #5 from dignio/retire\n\nReviewed-by: Dana DPO <dpo@example.org>", { at: "2026-02-12T12:00:00Z", by: DANA }, () => {
    // The conflict is resolved by taking both sides, and the merge adds a note of its own.
    const file = "records/activities/usage-statistics.yaml";
    repo.write(file, repo.show("retire", file));
    repo.edit(file, (d) => {
      d.set("description", "Aggregated statistics on how the services are used.");
      d.set("notes", "Retired after the 2026 review.");
    });
  });

  // A record deleted outright (not retired).
  repo.remove("records/products/dignio-website.yaml");
  repo.edit("records/activities/customer-administration.yaml", (d) => d.delete("products"));
  repo.edit("records/activities/website-and-contact.yaml", (d) => d.delete("products"));
  sha.deleteWebsite = repo.commit("Drop the website product", { at: "2026-03-02T10:00:00Z", sign: true });

  // After the period used by the tests (2026-01-01 … 2026-03-15).
  repo.edit("records/subprocessors/aws.yaml", (d) => d.setIn(["dpa", "signed_on"], "2026-04-01"));
  sha.after = repo.commit("Renewed AWS DPA", { at: "2026-04-02T10:00:00Z" });
  return { repo, sha };
}
