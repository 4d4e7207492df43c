// Issue 12's reproduced bypasses, cases 1-6: each change below was reported compliant on main (4204f48)
// although it breaks a rule. Each now fails through `ropa check --base` (run in-process) and through the built
// action (a child process on a real git repository, talking to a fake GitHub API), for the rule it breaks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ropa } from "./helpers/cli.js";
import { edit, fakeGitHubPerTest, runAction } from "./helpers/action-runner.js";
import { Repo } from "./helpers/git-repo.js";
import { TODAY } from "./helpers/register.js";

const startFake = fakeGitHubPerTest();

/** A change on branch `change`, made by `edits` after `setup` was committed on main. */
interface Change {
  repo: Repo;
  base: string;
  head: string;
}

function change(setup: (repo: Repo) => void, edits: (repo: Repo) => void): Change {
  const repo = Repo.withRegister();
  setup(repo);
  const base = repo.commit("The register before the change");
  repo.branch("change");
  edits(repo);
  return { repo, base, head: repo.commit("The change") };
}

interface Finding {
  rule: string;
  record: string;
  waived?: unknown;
}

/** `ropa check --base <base> --format json` in this process, as a user in the repository runs it. */
async function cliCheck({ repo, base }: Change): Promise<{ code: number; findings: Finding[] }> {
  const { code, stdout } = await ropa(["check", "records", "-C", repo.dir, "--base", base, "--today", TODAY, "--format", "json"]);
  return { code, findings: (JSON.parse(stdout) as { findings: Finding[] }).findings };
}

/** The built action on the pull request from `base` to `head`: its exit code and the sticky comment. */
async function actionCheck({ repo, base, head }: Change): Promise<{ code: number | null; comment: string }> {
  const fake = await startFake();
  const run = await runAction(repo, fake, { base, head });
  const comments = fake.commentsOn(7, "dignio", "register");
  return { code: run.code, comment: comments.map((c) => c.body).join("\n") };
}

/** Both judges fail the change, each naming `rules` (for `record`, unwaived). */
async function expectFails(c: Change, rules: string[], record?: string) {
  const cli = await cliCheck(c);
  expect(cli.code).toBe(1);
  for (const rule of rules) {
    expect(cli.findings.filter((f) => f.rule === rule && (!record || f.record === record) && !f.waived).length, rule).toBeGreaterThan(0);
  }
  const action = await actionCheck(c);
  expect(action.code).toBe(1);
  for (const rule of rules) expect(action.comment).toContain(rule);
}

const SEGMENTS = ["no-municipalities", "no-hospitals", "se-regions", "uk-nhs"];

const PROCESSORS = ["records/activities/remote-monitoring.yaml", "records/activities/patient-app.yaml"];

/** A subprocessor record for patient data, processing in Stockholm. */
function subprocessor(id: string, extra: string): string {
  return [
    "apiVersion: ropa/v1",
    "kind: Subprocessor",
    `id: ${id}`,
    `name: ${id}`,
    "legal_name: Example Messaging AB",
    "country: SE",
    "processing_locations: [aws-stockholm]",
    "data_categories: [identification, national-id, contact-details, health-measurements, health-records, medication, professional-details, user-account, patient-communication, device-data]",
    "dpa: { reference: DPA, signed_on: 2019-05-01 }",
    "privacy_assessment: { assessed_on: 2026-11-01, outcome: approved, reference: SUP-1 }",
    extra,
  ].join("\n");
}

const useIn = (repo: Repo, sid: string) => {
  for (const file of PROCESSORS) edit(repo, file, (d) => d.set("subprocessors", [...(d.get("subprocessors") as { toJSON(): string[] }).toJSON(), sid]));
};

describe("1. the change sets its own threshold", () => {
  it("a new subprocessor told the day it starts fails, though the change sets every notice period to 0", async () => {
    const c = change(
      () => {},
      (repo) => {
        const notices = SEGMENTS.map((s) => `  - { segment: ${s}, notified_on: 2026-12-10, effective_from: 2026-12-10 }`).join("\n");
        repo.write("records/subprocessors/messaging.yaml", subprocessor("messaging", `effective_from: 2026-12-10\ncustomer_notices:\n${notices}\n`));
        useIn(repo, "messaging");
        for (const s of SEGMENTS) edit(repo, `records/segments/${s}.yaml`, (d) => d.set("notice_period_days", 0));
      },
    );
    await expectFails(c, ["change.subprocessor_notice", "change.threshold_relaxed"]);
  });

  it("sales staff given access stay an access.limited error, though the change lets `other` staff in", async () => {
    const c = change(
      () => {},
      (repo) => {
        edit(repo, "records/organisation.yaml", (d) => d.set("access_without_authorisation", ["technical", "support", "other"]));
        edit(repo, PROCESSORS[0], (d) => (d.get("access") as { add(v: unknown): void }).add(d.createNode({ role: "sales staff", category: "other" })));
      },
    );
    await expectFails(c, ["access.limited", "change.threshold_relaxed"]);
  });
});

describe("1b. a category the organisation excluded stays excluded for the change that takes it out", () => {
  it("removing `genetic-data` from taxonomy.exclude and using it fails on the base's exclusion and asks the DPO", async () => {
    const c = change(
      (repo) => edit(repo, "records/organisation.yaml", (d) => d.set("taxonomy", d.createNode({ exclude: ["genetic-data"] }))),
      (repo) => {
        edit(repo, "records/organisation.yaml", (d) => d.delete("taxonomy"));
        edit(repo, PROCESSORS[0], (d) => (d.get("data_categories") as { add(v: unknown): void }).add(d.createNode({ category: "genetic-data", retention: { period: "P3M", after: "end of the customer contract" } })));
      },
    );
    const cli = await cliCheck(c);
    expect(cli.code).toBe(1);
    const unwaived = (rule: string) => cli.findings.filter((f) => f.rule === rule && !f.waived).map((f) => f.record);
    expect(unwaived("records.excluded_category")).toEqual(["remote-monitoring"]);
    expect(unwaived("change.threshold_relaxed")).toEqual(["dignio"]);
  });
});

describe("2. change rules follow the data, not ids", () => {
  it("keeping health records ten years by retiring an activity and adding its copy needs the DPO", async () => {
    const c = change(
      () => {},
      (repo) => {
        const file = "records/activities/remote-monitoring.yaml";
        const copy = readFileSync(join(repo.dir, file), "utf8")
          .replace("id: remote-monitoring", "id: remote-monitoring-v2")
          .replace("  - category: health-records\n    retention: { period: P3M", "  - category: health-records\n    retention: { period: P10Y");
        expect(copy).toContain("period: P10Y");
        repo.write("records/activities/remote-monitoring-v2.yaml", copy);
        edit(repo, file, (d) => {
          d.set("status", "retired");
          d.set("retired_on", "2026-11-20");
          d.set("retired_reason", "replaced by remote-monitoring-v2");
        });
      },
    );
    await expectFails(c, ["change.dpo_approval"], "remote-monitoring-v2");
  });

  it("a storage location edited in place from Ireland to the US needs a notice to the segments whose data goes there", async () => {
    const c = change(
      (repo) => {
        repo.write(
          "records/locations/aws-backup.yaml",
          "apiVersion: ropa/v1\nkind: StorageLocation\nid: aws-backup\nname: Backups\nprovider: aws\nregion: eu-west-1\ncountry: IE\ncity: Ireland\n",
        );
        edit(repo, "records/subprocessors/aws.yaml", (d) => {
          d.set("processing_locations", ["aws-stockholm", "aws-london", "aws-backup"]);
          d.set("dpf", { certified: true, uk_extension: true, verified_on: "2026-06-01" });
          d.set(
            "customer_notices",
            SEGMENTS.map((segment) => ({ segment, locations: ["aws-backup"], notified_on: "2026-08-01", effective_from: "2026-09-01" })),
          );
        });
      },
      (repo) =>
        edit(repo, "records/locations/aws-backup.yaml", (d) => {
          d.set("region", "us-east-1");
          d.set("country", "US");
          d.set("city", "N. Virginia");
        }),
    );
    await expectFails(c, ["change.location_notice"], "aws");
  });
});

describe("3. a waiver binds to what the DPO approved", () => {
  it("a waiver of a US transfer by list index does not cover a China location put first", async () => {
    const c = change(
      (repo) => {
        repo.write(
          "records/locations/aws-virginia.yaml",
          "apiVersion: ropa/v1\nkind: StorageLocation\nid: aws-virginia\nname: Virginia\nprovider: aws\nregion: us-east-1\ncountry: US\ncity: N. Virginia\n",
        );
        repo.write(
          "records/locations/aws-china.yaml",
          "apiVersion: ropa/v1\nkind: StorageLocation\nid: aws-china\nname: Beijing\nprovider: aws\nregion: cn-north-1\ncountry: CN\ncity: Beijing\n",
        );
        edit(repo, "records/subprocessors/aws.yaml", (d) => {
          d.set("processing_locations", ["aws-virginia", "aws-stockholm", "aws-london"]);
          d.set("customer_notices", SEGMENTS.map((segment) => ({ segment, locations: ["aws-virginia", "aws-china"], notified_on: "2026-08-01", effective_from: "2026-09-01" })));
        });
        repo.write(
          "records/waivers/aws-us.yaml",
          "apiVersion: ropa/v1\nkind: Waiver\nid: aws-us\nname: US transfer\nrule: subprocessors.transfer\nrecord: aws\nfield: processing_locations.0\nreason: SCCs in signature\napproved_by: Dana DPO\napproved_on: 2026-11-01\nexpires_on: 2027-01-31\n",
        );
      },
      (repo) => edit(repo, "records/subprocessors/aws.yaml", (d) => d.set("processing_locations", ["aws-china", "aws-virginia", "aws-stockholm", "aws-london"])),
    );
    await expectFails(c, ["subprocessors.transfer"], "aws");
    const cli = await cliCheck(c);
    expect(cli.findings.some((f) => f.rule === "subprocessors.transfer" && f.waived)).toBe(false);
  });
});

describe("4. a notice counts only for the change it announces", () => {
  it("a subprocessor retired years ago and back in use for patient data does not pass on its first start's notices", async () => {
    const notices = SEGMENTS.map((s) => `  - { segment: ${s}, notified_on: 2019-04-01, effective_from: 2019-06-01 }`).join("\n");
    const c = change(
      (repo) =>
        repo.write(
          "records/subprocessors/messaging.yaml",
          subprocessor("messaging", `effective_from: 2019-06-01\nstatus: retired\nretired_on: 2022-03-01\nretired_reason: no longer used\ncustomer_notices:\n${notices}\n`),
        ),
      (repo) => {
        edit(repo, "records/subprocessors/messaging.yaml", (d) => {
          d.set("status", "active");
          d.delete("retired_on");
          d.delete("retired_reason");
        });
        useIn(repo, "messaging");
      },
    );
    await expectFails(c, ["change.subprocessor_notice"], "messaging");
  });

  it("a subprocessor taken out of use with no retired_on and used again does not pass on its first start's notices", async () => {
    const notices = SEGMENTS.map((s) => `  - { segment: ${s}, notified_on: 2019-04-01, effective_from: 2019-06-01 }`).join("\n");
    const c = change(
      (repo) => {
        repo.write("records/subprocessors/messaging.yaml", subprocessor("messaging", `effective_from: 2019-06-01\ncustomer_notices:\n${notices}\n`));
        useIn(repo, "messaging");
        repo.commit("messaging in use");
        for (const file of PROCESSORS) edit(repo, file, (d) => d.set("subprocessors", (d.get("subprocessors") as { toJSON(): string[] }).toJSON().filter((s) => s !== "messaging")));
      },
      (repo) => useIn(repo, "messaging"),
    );
    await expectFails(c, ["change.subprocessor_notice"], "messaging");
  });

  it("a notice naming one location does not announce the subprocessor reaching the data at another", async () => {
    const notices = SEGMENTS.map((s) => `  - { segment: ${s}, locations: [aws-stockholm], notified_on: 2026-11-01, effective_from: 2026-12-10 }`).join("\n");
    const c = change(
      () => {},
      (repo) => {
        repo.write(
          "records/locations/aws-ireland.yaml",
          "apiVersion: ropa/v1\nkind: StorageLocation\nid: aws-ireland\nname: Ireland\nprovider: aws\nregion: eu-west-1\ncountry: IE\ncity: Dublin\n",
        );
        repo.write(
          "records/subprocessors/messaging.yaml",
          subprocessor("messaging", `effective_from: 2026-12-10\ncustomer_notices:\n${notices}\n`).replace("processing_locations: [aws-stockholm]", "processing_locations: [aws-stockholm, aws-ireland]"),
        );
        useIn(repo, "messaging");
      },
    );
    await expectFails(c, ["change.subprocessor_notice"], "messaging");
  });
});

describe("5. evidence dates are compared with today", () => {
  it("a retirement dated 2099 does not switch the rules off for a live activity", async () => {
    const c = change(
      () => {},
      (repo) =>
        edit(repo, PROCESSORS[0], (d) => {
          d.set("status", "retired");
          d.set("retired_on", "2099-12-31");
          d.set("retired_reason", "some day");
          (d.get("access") as { add(v: unknown): void }).add(d.createNode({ role: "sales staff", category: "other" }));
        }),
    );
    await expectFails(c, ["records.future_date", "access.limited"], "remote-monitoring");
  });

  it("a DPA signed in 2099 is not evidence", async () => {
    const c = change(
      () => {},
      (repo) => edit(repo, "records/subprocessors/aws.yaml", (d) => d.setIn(["dpa", "signed_on"], "2099-01-01")),
    );
    await expectFails(c, ["records.future_date"], "aws");
  });

  it("a Data Privacy Framework verification dated before the framework is not evidence", async () => {
    const c = change(
      (repo) => edit(repo, "records/subprocessors/aws.yaml", (d) => d.set("dpf", { certified: true, uk_extension: true, verified_on: "2026-06-01" })),
      (repo) => edit(repo, "records/subprocessors/aws.yaml", (d) => d.setIn(["dpf", "verified_on"], "2015-06-01")),
    );
    await expectFails(c, ["records.dpf_verified_before_framework"], "aws");
  });
});

describe("6. unknown is never a pass", () => {
  it("provider `amazon` for `aws` is an error, not a trusted typed-in country", async () => {
    const c = change(
      () => {},
      (repo) => edit(repo, "records/locations/aws-stockholm.yaml", (d) => d.set("provider", "amazon")),
    );
    await expectFails(c, ["regions.unknown_region"], "aws-stockholm");
  });

  it("jurisdiction `UK` for `GB` is an error that names GB", async () => {
    const c = change(
      () => {},
      (repo) => edit(repo, "records/segments/uk-nhs.yaml", (d) => d.set("jurisdiction", "UK")),
    );
    await expectFails(c, ["records.country_code"], "uk-nhs");
    const action = await actionCheck(c);
    expect(action.comment).toContain("did you mean GB");
  });
});
