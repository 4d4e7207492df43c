// Relaxing a limit in the head never turns a failing change into a passing one (issue 12): over Dignio's
// register, a change that breaks a rule is judged by the one judge alone and again with one or more of the
// limits the rules read relaxed in the same head (notice periods, access without authorisation, waiver_max_days,
// data residency, promises, a segment's jurisdiction, the organisation's country), bare or with a waiver of
// `change.threshold_relaxed` the DPO has not approved. It fails both times, for the rule it breaks, and the
// relaxation is reported. In-process and a few runs: each run judges two changes with the real wasm.
import fc from "fast-check";
import { parseDocument, stringify, type Document } from "yaml";
import { describe, expect, it } from "vitest";
import { readRegister } from "../engine/check.js";
import { judgeChange, type Approve, type Judgement } from "../engine/judge.js";
import { readRegisterDir } from "../engine/source.js";
import type { SourceFile } from "../engine/types.js";
import { bundledPolicy, RECORDS, TODAY } from "./helpers/register.js";

const RUNS = Number(process.env.RELAXATION_RUNS ?? 12);

/** Dignio's register as files, keyed by their path under `records/`. */
type Files = Map<string, string>;

const BASE: Files = new Map(readRegisterDir(RECORDS).map((f: SourceFile) => [f.path.slice(f.path.lastIndexOf("records/") + "records/".length), f.text]));

function edit(files: Files, path: string, change: (d: Document) => void): void {
  const doc = parseDocument(files.get(path) ?? "");
  change(doc);
  files.set(path, doc.toString());
}

const list = (d: Document, path: (string | number)[]) => ((d.getIn(path) as { toJSON(): unknown[] } | undefined)?.toJSON() ?? []) as unknown[];

const SEGMENTS = ["no-municipalities", "no-hospitals", "se-regions", "uk-nhs"];

/** A change that breaks a rule, and the rule it breaks. */
interface Break {
  name: string;
  rule: string;
  apply: (files: Files) => void;
}

const BREAKS: Break[] = [
  {
    name: "a new subprocessor for every segment, told the day it starts",
    rule: "change.subprocessor_notice",
    apply: (files) => {
      const notices = SEGMENTS.map((s) => `  - { segment: ${s}, notified_on: 2026-12-10, effective_from: 2026-12-10 }`).join("\n");
      files.set(
        "subprocessors/messaging.yaml",
        [
          "apiVersion: ropa/v1",
          "kind: Subprocessor",
          "id: messaging",
          "name: Messaging",
          "legal_name: Example Messaging AB",
          "country: SE",
          "processing_locations: [aws-stockholm]",
          "data_categories: [identification, contact-details, health-measurements, user-account, device-data]",
          "dpa: { reference: DPA, signed_on: 2019-05-01 }",
          "privacy_assessment: { assessed_on: 2026-11-01, outcome: approved, reference: SUP-1 }",
          "effective_from: 2026-12-10",
          `customer_notices:\n${notices}`,
          "",
        ].join("\n"),
      );
      for (const a of ["remote-monitoring", "patient-app"]) edit(files, `activities/${a}.yaml`, (d) => d.set("subprocessors", [...list(d, ["subprocessors"]), "messaging"]));
    },
  },
  {
    name: "sales staff given access without the customer's authorisation",
    rule: "access.limited",
    apply: (files) => edit(files, "activities/remote-monitoring.yaml", (d) => d.set("access", [...list(d, ["access"]), { role: "sales staff", category: "other" }])),
  },
  {
    name: "patient data stored in a new location in Frankfurt",
    rule: "change.location_notice",
    apply: (files) => {
      files.set("locations/aws-frankfurt.yaml", "apiVersion: ropa/v1\nkind: StorageLocation\nid: aws-frankfurt\nname: AWS Frankfurt\nprovider: aws\nregion: eu-central-1\ncountry: DE\ncity: Frankfurt\n");
      edit(files, "subprocessors/aws.yaml", (d) => d.set("processing_locations", [...list(d, ["processing_locations"]), "aws-frankfurt"]));
    },
  },
];

/** A relaxed limit: the record and field `change.threshold_relaxed` names, or `waiver_max_days` (approved with the PR). */
interface Relaxation {
  name: string;
  record: string;
  field: string;
  apply: (files: Files) => void;
}

const org = (files: Files, change: (d: Document) => void) => edit(files, "organisation.yaml", change);

const relaxationArb: fc.Arbitrary<Relaxation> = fc.oneof(
  fc.record({ segment: fc.constantFrom(...SEGMENTS), days: fc.integer({ min: 0, max: 29 }) }).map(({ segment, days }) => ({
    name: `${segment} notice_period_days → ${days}`,
    record: segment,
    field: "notice_period_days",
    apply: (files: Files) => edit(files, `segments/${segment}.yaml`, (d) => d.set("notice_period_days", days)),
  })),
  fc.constant(["other"]).map((extra) => ({
    name: `access_without_authorisation + ${extra.join(", ")}`,
    record: "dignio",
    field: "access_without_authorisation",
    apply: (files: Files) => org(files, (d) => d.set("access_without_authorisation", [...list(d, ["access_without_authorisation"]), ...extra])),
  })),
  fc.integer({ min: 400, max: 3650 }).map((days) => ({
    name: `waiver_max_days → ${days}`,
    record: "dignio",
    field: "waiver_max_days",
    apply: (files: Files) => org(files, (d) => d.set("waiver_max_days", days)),
  })),
  fc.constantFrom("locations", "cities").map((what) => ({
    name: `data_residency EEA ${what} widened`,
    record: "dignio",
    field: "data_residency",
    apply: (files: Files) => org(files, (d) => d.setIn(["data_residency", 0, what], [...list(d, ["data_residency", 0, what]), what === "locations" ? "aws-london" : "London"])),
  })),
  fc.constantFrom(0, 1, "all").map((which) => ({
    name: `data_residency ${which} dropped`,
    record: "dignio",
    field: "data_residency",
    apply: (files: Files) => org(files, (d) => (which === "all" ? d.delete("data_residency") : d.deleteIn(["data_residency", which]))),
  })),
  fc
    .record({ rule: fc.constantFrom("access.limited", "storage.unpromised_location", "storage.promised_location", "storage.jurisdiction", "change.segment_relocation"), how: fc.constantFrom("removed", "reworded") })
    .map(({ rule, how }) => ({
      name: `promise ${rule} ${how}`,
      record: "dignio",
      field: "promises",
      // Through plain data: the promises share their words by YAML anchors, which an edit in place would break.
      apply: (files: Files) => {
        const data = parseDocument(files.get("organisation.yaml") ?? "").toJS() as { promises: Record<string, string> };
        if (how === "removed") delete data.promises[rule];
        else data.promises[rule] = "We store data where it suits us.";
        files.set("organisation.yaml", stringify(data));
      },
    })),
  fc.record({ segment: fc.constantFrom(...SEGMENTS), to: fc.constantFrom("US", "DE", "GB", "NO", "SE") }).map(({ segment, to }) => ({
    name: `${segment} jurisdiction → ${to}`,
    record: segment,
    field: "jurisdiction",
    apply: (files: Files) => edit(files, `segments/${segment}.yaml`, (d) => d.set("jurisdiction", d.get("jurisdiction") === to ? "DK" : to)),
  })),
  fc.constantFrom("US", "DE", "SE").map((to) => ({
    name: `organisation country → ${to}`,
    record: "dignio",
    field: "country",
    apply: (files: Files) => org(files, (d) => d.set("country", to)),
  })),
);

/** A waiver of `change.threshold_relaxed` per relaxed field, as the remediation asks for it. */
function relaxationWaivers(files: Files, relaxations: Relaxation[]): void {
  for (const r of relaxations.filter((r) => r.field !== "waiver_max_days")) {
    const id = `relax-${r.record}-${r.field}`.replace(/_/g, "-");
    files.set(
      `waivers/${id}.yaml`,
      ["apiVersion: ropa/v1", "kind: Waiver", `id: ${id}`, `name: ${r.name}`, "rule: change.threshold_relaxed", `record: ${r.record}`, `field: ${r.field}`, "reason: the new limit is fine", "approved_by: Dana DPO", `approved_on: ${TODAY}`, "expires_on: 2026-12-31", ""].join("\n"),
    );
  }
}

/** The DPO approves nothing the change asks for. */
const approveNothing: Approve = () => ({ waivers: [], maxDays: false, note: "not approved" });

async function judged(files: Files): Promise<Judgement> {
  const read = (f: Files) => readRegister([...f].map(([path, text]) => ({ path: `records/${path}`, text })), "records");
  return judgeChange({ base: await read(BASE), head: await read(files), policy: bundledPolicy(), approve: approveNothing, today: TODAY });
}

const blames = (j: Judgement, rule: string) => j.result.introduced.some((f) => f.rule === rule && f.severity === "error" && !f.waived);

/** The relaxation is reported: a `change.threshold_relaxed` finding for its field, or the approval `waiver_max_days` needs. */
function reported(j: Judgement, r: Relaxation): boolean {
  if (r.field === "waiver_max_days") return j.waivers.maxDays && j.blocked !== undefined;
  return j.result.introduced.some((f) => f.rule === "change.threshold_relaxed" && f.record === r.record && f.subject.field === r.field);
}

/** One case: the break alone fails; with the relaxations (and maybe unapproved waivers of them) it fails too, for the same rule. */
async function check(brk: Break, relaxations: Relaxation[], waived: boolean): Promise<void> {
  const broken = new Map(BASE);
  brk.apply(broken);
  const alone = await judged(broken);
  expect(alone.result.verdict, brk.name).toBe("fail");
  expect(blames(alone, brk.rule), `${brk.name}: ${brk.rule} in ${alone.result.introduced.map((f) => f.rule)}`).toBe(true);

  const relaxed = new Map(broken);
  for (const r of relaxations) r.apply(relaxed);
  if (waived) relaxationWaivers(relaxed, relaxations);
  const j = await judged(relaxed);
  const label = `${brk.name} + ${relaxations.map((r) => r.name).join(" + ")}${waived ? " + unapproved waivers" : ""}`;
  expect(j.result.verdict, label).toBe("fail");
  expect(blames(j, brk.rule), `${label}: ${brk.rule} still blamed`).toBe(true);
  for (const r of relaxations) expect(reported(j, r), `${label}: ${r.name} reported`).toBe(true);
}

describe("relaxing a limit never turns a failing change into a pass", () => {
  it("a broken rule stays broken, and the relaxation is reported, with or without an unapproved waiver of it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BREAKS), fc.uniqueArray(relaxationArb, { minLength: 1, maxLength: 3, selector: (r) => r.field }), fc.boolean(), (brk, relaxations, waived) => check(brk, relaxations, waived)),
      { numRuns: RUNS },
    );
  }, 60_000);
});
