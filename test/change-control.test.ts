// Change control through `ropa check --base` (in-process) on real git repositories. Notices count only for
// the change they announce, and are owed only to the segments whose data a change reaches; the base's day
// (its committer date) is what a notice's `effective_from` is compared with, and the repositories' commits
// are dated 2026-11-0x. A limit the change is judged by is read from the base, and reported where the
// head has it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { ropa } from "./helpers/cli.js";
import { buildEvidence } from "../engine/audit/evidence.js";
import { GitObjects } from "../engine/git/objects.js";
import { AuditRepo } from "./helpers/audit-repo.js";
import { Repo } from "./helpers/git-repo.js";
import { TODAY } from "./helpers/register.js";

const SEGMENTS = ["no-municipalities", "no-hospitals", "se-regions", "uk-nhs"];
const PROCESSORS = ["records/activities/remote-monitoring.yaml", "records/activities/patient-app.yaml"];

function edit(repo: { dir: string }, file: string, change: (doc: ReturnType<typeof parseDocument>) => void): void {
  const path = join(repo.dir, file);
  const doc = parseDocument(readFileSync(path, "utf8"));
  change(doc);
  writeFileSync(path, doc.toString());
}

interface Finding {
  rule: string;
  record: string;
  message: string;
  remediation: string;
  line: number;
  path: (string | number)[];
  waived?: unknown;
}

/** The segment a notice finding is about, as its remediation names it. */
const segmentOf = (f: Finding) => /segment:? `?([a-z][a-z0-9-]*)/.exec(f.remediation)?.[1];

/** `ropa check --base <base> --format json` on the work tree, in this process: the findings the change brings. */
async function checkBase(repo: Repo, base: string): Promise<{ code: number; introduced: Finding[] }> {
  const { code, stdout } = await ropa(["check", "records", "-C", repo.dir, "--base", base, "--today", TODAY, "--format", "json"]);
  return { code, introduced: (JSON.parse(stdout) as { findings: Finding[] }).findings };
}

const location = (id: string, region: string, country: string, city: string) =>
  `apiVersion: ropa/v1\nkind: StorageLocation\nid: ${id}\nname: ${city}\nprovider: aws\nregion: ${region}\ncountry: ${country}\ncity: ${city}\n`;

interface Notice {
  segment: string;
  notified_on: string;
  effective_from: string;
  locations?: string[];
}

const toAll = (notified_on: string, effective_from: string, locations?: string[]): Notice[] =>
  SEGMENTS.map((segment) => ({ segment, notified_on, effective_from, ...(locations ? { locations } : {}) }));

/** A subprocessor for patient data, in Stockholm and Ireland, with these notices. */
function messaging(notices: Notice[], id = "messaging"): string {
  return [
    "apiVersion: ropa/v1",
    "kind: Subprocessor",
    `id: ${id}`,
    `name: ${id}`,
    "legal_name: Example Messaging AB",
    "country: SE",
    "processing_locations: [aws-stockholm, aws-ireland]",
    "data_categories: [identification, national-id, contact-details, health-measurements, health-records, medication, professional-details, user-account, patient-communication, device-data]",
    "dpa: { reference: DPA, signed_on: 2019-05-01 }",
    "privacy_assessment: { assessed_on: 2026-11-01, outcome: approved, reference: SUP-1 }",
    "effective_from: 2019-06-01",
    `customer_notices: ${JSON.stringify(notices)}`,
    "",
  ].join("\n");
}

const use = (repo: { dir: string }, sid: string, on: boolean) => {
  for (const file of PROCESSORS)
    edit(repo, file, (d) => {
      const subs = (d.get("subprocessors") as { toJSON(): string[] }).toJSON().filter((s) => s !== sid);
      d.set("subprocessors", on ? [...subs, sid] : subs);
    });
};

/** A repository whose main has Ireland as a location and `messaging` registered with `notices`, used or not. */
function withMessaging(notices: Notice[], used: boolean): Repo {
  const repo = Repo.withRegister();
  repo.write("records/locations/aws-ireland.yaml", location("aws-ireland", "eu-west-1", "IE", "Dublin"));
  repo.write("records/subprocessors/messaging.yaml", messaging(notices));
  if (used) use(repo, "messaging", true);
  repo.commit("messaging registered");
  return repo;
}

const noticeFindings = (fs: Finding[]) => fs.filter((f) => f.rule === "change.subprocessor_notice" && !f.waived);
const segmentsOf = (fs: Finding[]) => new Set(fs.map(segmentOf));

describe("a subprocessor notice counts only for the change it announces", () => {
  it("a notice naming Stockholm does not announce the same subprocessor reaching the data in Ireland", async () => {
    const repo = withMessaging(toAll("2026-11-01", "2026-12-10", ["aws-stockholm"]), false);
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    use(repo, "messaging", true);
    const told = await checkBase(repo, base);
    expect(told.code).toBe(1);
    // Ireland is no segment's storage: every segment's data goes there.
    expect(segmentsOf(noticeFindings(told.introduced))).toEqual(new Set(SEGMENTS));
    expect(noticeFindings(told.introduced).find((f) => segmentOf(f) === "se-regions")?.message).toContain("(at `aws-ireland` and `aws-stockholm`)");

    // Naming both places announces it: the same change passes.
    edit(repo, "records/subprocessors/messaging.yaml", (d) => d.set("customer_notices", toAll("2026-11-01", "2026-12-10", ["aws-stockholm", "aws-ireland"])));
    const named = await checkBase(repo, base);
    expect(noticeFindings(named.introduced)).toEqual([]);
    expect(named.code).toBe(0);
  });

  it("a notice recorded in advance in an earlier change counts when the subprocessor is put to use", async () => {
    // The notices were merged on 2026-11-0x for a start on 2026-12-10; the change that uses it comes later.
    const repo = withMessaging(toAll("2026-11-01", "2026-12-10"), false);
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    use(repo, "messaging", true);
    const r = await checkBase(repo, base);
    expect(noticeFindings(r.introduced)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("the notices of a first start do not count once it stopped, though nothing records when it stopped", async () => {
    // Used from 2019 on its notices, then taken out of the activities (no `retired_on`), then used again.
    const repo = withMessaging(toAll("2019-04-01", "2019-06-01"), true);
    use(repo, "messaging", false);
    const base = repo.commit("messaging no longer used");
    repo.branch("change");
    use(repo, "messaging", true);
    const again = await checkBase(repo, base);
    expect(again.code).toBe(1);
    const findings = noticeFindings(again.introduced);
    expect(segmentsOf(findings)).toEqual(new Set(SEGMENTS));
    const baseDay = new Date(Number(repo.git("log", "-1", "--format=%ct", base)) * 1000).toISOString().slice(0, 10);
    for (const f of findings) expect(f.message).toContain(`takes effect on or after ${baseDay}`);

    // New notices, of a start after the base, announce it.
    edit(repo, "records/subprocessors/messaging.yaml", (d) => d.set("customer_notices", [...toAll("2019-04-01", "2019-06-01"), ...toAll("2026-11-10", "2026-12-10")]));
    const told = await checkBase(repo, base);
    expect(noticeFindings(told.introduced)).toEqual([]);
    expect(told.code).toBe(0);
  });
});

describe("the evidence pack dates notices by where each change left main", () => {
  it("fails the merge that uses again a subprocessor stopped with no retired_on, and passes one relying on a notice recorded in advance", async () => {
    const r = AuditRepo.init().withRegister();
    r.write("records/locations/aws-ireland.yaml", location("aws-ireland", "eu-west-1", "IE", "Dublin"));
    r.write("records/subprocessors/messaging.yaml", messaging(toAll("2019-04-01", "2019-06-01")));
    r.write("records/subprocessors/mailer.yaml", messaging(toAll("2026-01-05", "2026-02-20"), "mailer"));
    use(r, "messaging", true);
    r.commit("Register, messaging in use; mailer announced for 2026-02-20", { at: "2026-01-05T10:00:00Z" });
    use(r, "messaging", false);
    r.commit("messaging no longer used", { at: "2026-01-10T10:00:00Z" });

    r.checkout("again", "main");
    use(r, "messaging", true);
    r.commit("messaging again", { at: "2026-01-15T10:00:00Z" });
    r.checkout("main");
    const again = r.merge("again", "Merge pull request #1 from again", { at: "2026-01-20T10:00:00Z" });

    r.checkout("mailer", "main");
    use(r, "mailer", true);
    r.commit("mailer in use", { at: "2026-02-01T10:00:00Z" });
    r.checkout("main");
    const announced = r.merge("mailer", "Merge pull request #2 from mailer", { at: "2026-02-02T10:00:00Z" });

    const e = await buildEvidence(new GitObjects(r.dir), { since: "2026-01-11", until: "2026-02-28", tool: { name: "ropa", version: "0.0.0-test" } });
    const notices = (sha: string) => e.merges.find((m) => m.sha === sha)!.verdict.introduced.filter((f) => f.rule === "change.subprocessor_notice");
    expect(notices(again).map((f) => f.record)).toEqual(SEGMENTS.map(() => "messaging"));
    expect(segmentsOf(notices(again))).toEqual(new Set(SEGMENTS));
    expect(notices(announced)).toEqual([]);
  });

  it("dates a merge by where its branch left main, as the action did: a notice that took effect while the pull request was open still counts", async () => {
    const r = AuditRepo.init().withRegister();
    r.write("records/locations/aws-ireland.yaml", location("aws-ireland", "eu-west-1", "IE", "Dublin"));
    r.write("records/subprocessors/mailer.yaml", messaging(toAll("2026-01-05", "2026-02-20"), "mailer"));
    r.commit("Register; mailer announced for 2026-02-20", { at: "2026-01-05T10:00:00Z" });
    r.checkout("mailer", "main");
    use(r, "mailer", true);
    r.commit("mailer in use", { at: "2026-02-01T10:00:00Z" });
    r.checkout("main");
    r.write("records/locations/aws-ireland.yaml", `${location("aws-ireland", "eu-west-1", "IE", "Dublin")}\n# reviewed\n`);
    r.commit("main moves on after the announced day", { at: "2026-02-25T10:00:00Z" });
    const late = r.merge("mailer", "Merge pull request #3 from mailer", { at: "2026-02-27T10:00:00Z" });

    const e = await buildEvidence(new GitObjects(r.dir), { since: "2026-01-06", until: "2026-02-28", tool: { name: "ropa", version: "0.0.0-test" } });
    const merge = e.merges.find((m) => m.sha === late)!;
    expect(merge.verdict.introduced.filter((f) => f.rule === "change.subprocessor_notice")).toEqual([]);
  });
});

describe("notices are owed only to the segments whose data a change reaches", () => {
  /** Main: the UK segment's data in Stockholm, aws processing there only. */
  function ukInStockholm(): { repo: Repo; base: string } {
    const repo = Repo.withRegister();
    edit(repo, "records/segments/uk-nhs.yaml", (d) => d.set("storage_location", "aws-stockholm"));
    edit(repo, "records/subprocessors/aws.yaml", (d) => d.set("processing_locations", ["aws-stockholm"]));
    const base = repo.commit("UK customers in Stockholm");
    repo.branch("change");
    edit(repo, "records/segments/uk-nhs.yaml", (d) => {
      d.set("storage_location", "aws-london");
      d.set("relocation", { to: "aws-london", notified_on: "2026-10-01", effective_from: "2026-12-01", dpia_review: "DPIA-2026-09 London" });
    });
    edit(repo, "records/subprocessors/aws.yaml", (d) => d.set("processing_locations", ["aws-stockholm", "aws-london"]));
    return { repo, base };
  }

  it("moving UK customers to London asks a notice of them and of no one else", async () => {
    const { repo, base } = ukInStockholm();
    const untold = await checkBase(repo, base);
    expect(untold.code).toBe(1);
    const notices = untold.introduced.filter((f) => f.rule.endsWith("_notice"));
    expect(notices.map((f) => [f.rule, segmentOf(f)])).toEqual([["change.location_notice", "uk-nhs"]]);

    edit(repo, "records/subprocessors/aws.yaml", (d) =>
      d.set("customer_notices", [{ segment: "uk-nhs", locations: ["aws-london"], notified_on: "2026-10-01", effective_from: "2026-12-01" }]),
    );
    const told = await checkBase(repo, base);
    expect(told.introduced.filter((f) => !f.waived && f.rule.startsWith("change."))).toEqual([]);
    expect(told.code).toBe(0);
  });
});

describe("a limit read from the base is reported where the head has it", () => {
  const ORG = "records/organisation.yaml";
  const access = (repo: Repo, items: string[]) =>
    repo.write(ORG, readFileSync(join(repo.dir, ORG), "utf8").replace(/^access_without_authorisation:.*(\n  - .*)*$/m, `access_without_authorisation:\n${items.map((i) => `  - ${i}`).join("\n")}`));
  const lineOf = (repo: Repo, text: string) => readFileSync(join(repo.dir, ORG), "utf8").split("\n").indexOf(text) + 1;

  it("access.promise_widened points at the widening item in the head, not at the base's index", async () => {
    // The base let `other` staff in before it promised anything about access; the change states the
    // promise and reorders the list. The finding reads the base's list (`other` at index 2).
    const repo = Repo.withRegister();
    const promise = (parseDocument(readFileSync(join(repo.dir, ORG), "utf8")).getIn(["promises", "access.promise_widened"]) as string).toString();
    access(repo, ["technical", "support", "other"]);
    edit(repo, ORG, (d) => d.deleteIn(["promises", "access.promise_widened"]));
    const base = repo.commit("other staff let in");
    repo.branch("change");
    access(repo, ["other", "technical", "support"]);
    edit(repo, ORG, (d) => d.setIn(["promises", "access.promise_widened"], promise));
    const r = await checkBase(repo, base);
    const widened = r.introduced.filter((f) => f.rule === "access.promise_widened");
    expect(widened.map((f) => [f.path, f.line])).toEqual([[["access_without_authorisation", 0], lineOf(repo, "  - other")]]);
  });

  it("change.threshold_relaxed points at the item the change added", async () => {
    const repo = Repo.withRegister();
    access(repo, ["technical", "support"]);
    const base = repo.commit("access list in block style");
    repo.branch("change");
    access(repo, ["support", "other", "technical"]);
    const r = await checkBase(repo, base);
    const relaxed = r.introduced.filter((f) => f.rule === "change.threshold_relaxed");
    expect(relaxed.map((f) => [f.path, f.line])).toEqual([[["access_without_authorisation", 1], lineOf(repo, "  - other")]]);
  });

  it("a residency promise the base left without cities stays the same finding when the change reorders the promises", async () => {
    const repo = Repo.withRegister();
    edit(repo, ORG, (d) => d.deleteIn(["data_residency", 0, "cities"]));
    const base = repo.commit("EEA promise without its cities");
    repo.branch("change");
    edit(repo, ORG, (d) => {
      const [eea, uk] = (d.get("data_residency") as { items: unknown[] }).items;
      d.set("data_residency", d.createNode([uk, eea]));
    });
    const r = await checkBase(repo, base);
    // Reported at the EEA promise wherever the head has it, it is the finding the base already had.
    expect(r.introduced.filter((f) => f.rule === "storage.residency_declared")).toEqual([]);
    expect(r.code).toBe(0);
  });
});
