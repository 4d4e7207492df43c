// Every rule, broken on its own: for each rule a variant of Dignio's register that breaks exactly that
// rule, judged by the real compiled WebAssembly policy, with the finding on the right file and line.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSeq, type Document } from "yaml";
import { checkDirectory, judge, readRegister, readRegisterDir, RegisterError, summarise } from "../engine/index.js";
import { ROOT, TODAY, bundledPolicy, copyRegister, editYaml, lineOf, writeRecord } from "./helpers/register.js";

type Edit = (dir: string) => void;
interface Variant {
  rule: string;
  /** For rules about changes: applied to the base and the head alike, before `edit` changes the head. */
  before?: Edit;
  /** Judge the edit as a change from the unedited register (the base). */
  change?: boolean;
  edit: Edit;
  /** Where the finding must point: file under records/, and the line found by text search. */
  at: { file: string; line: (dir: string) => number };
}

const yamlEdit = (file: string, edit: (doc: Document) => void): Edit => (dir) => editYaml(dir, `records/${file}`, edit);
const line = (file: string, needle: string, offset = 0) => ({ file, line: (dir: string) => lineOf(dir, `records/${file}`, needle) + offset });
const push = (path: (string | number)[], value: unknown) => (doc: Document) => {
  const seq = doc.getIn(path);
  if (!isSeq(seq)) throw new Error(`${path.join(".")} is not a list`);
  seq.add(doc.createNode(value));
};
const location = (id: string, region: string, country: string, city: string): Edit => (dir) =>
  writeRecord(dir, `records/locations/${id}.yaml`, `apiVersion: ropa/v1\nkind: StorageLocation\nid: ${id}\nname: ${id}\nprovider: aws\nregion: ${region}\ncountry: ${country}\ncity: ${city}\n`);
const waiver = (id: string, fields: Record<string, string>): Edit => (dir) =>
  writeRecord(dir, `records/waivers/${id}.yaml`, ["apiVersion: ropa/v1", "kind: Waiver", `id: ${id}`, `name: ${id}`, ...Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), ""].join("\n"));
const all = (...edits: Edit[]): Edit => (dir) => edits.forEach((e) => e(dir));

const ACTIVITY = {
  admin: "activities/customer-administration.yaml",
  stats: "activities/usage-statistics.yaml",
  web: "activities/website-and-contact.yaml",
  monitoring: "activities/remote-monitoring.yaml",
  app: "activities/patient-app.yaml",
};

/** A location in Ireland, promised to EEA customers (by an earlier change). */
const irelandPromised: Edit = all(
  location("aws-ireland", "eu-west-1", "IE", "Dublin"),
  yamlEdit("organisation.yaml", (d) => {
    push(["data_residency", 0, "locations"], "aws-ireland")(d);
    push(["data_residency", 0, "cities"], "Dublin")(d);
  }),
);

/** Swedish regions' data moves to the promised location in Ireland: everything but the notice. */
const moveSwedenToIreland: Edit = all(
  yamlEdit("segments/se-regions.yaml", (d) => d.set("storage_location", "aws-ireland")),
  yamlEdit(ACTIVITY.app, push(["storage_locations"], "aws-ireland")),
  yamlEdit(ACTIVITY.monitoring, push(["storage_locations"], "aws-ireland")),
);

/** Twilio (a US company, in AWS N. Virginia) added for the patient app, with `extra` lines in its record. */
const addTwilio = (...extra: string[]): Edit =>
  all(
    location("aws-virginia", "us-east-1", "US", "N. Virginia"),
    (dir) =>
      writeRecord(
        dir,
        "records/subprocessors/twilio.yaml",
        [
          "apiVersion: ropa/v1",
          "kind: Subprocessor",
          "id: twilio",
          "name: Twilio",
          "legal_name: Twilio Inc.",
          "country: US",
          "services: [SMS reminders]",
          "processing_locations: [aws-virginia]",
          "data_categories: [identification, contact-details, health-measurements, patient-communication, device-data, user-account]",
          "dpa: { reference: Twilio DPA, signed_on: 2026-10-01 }",
          "privacy_assessment: { assessed_on: 2026-10-01, outcome: approved }",
          ...extra,
          "",
        ].join("\n"),
      ),
    yamlEdit(ACTIVITY.app, push(["subprocessors"], "twilio")),
  );

/** SCC module 3 (with `tia` as its assessment line, or none) and the UK Addendum, both for the United States. */
const twilioTools = (tia: string): string[] => [
  "transfer_mechanisms:",
  "  - country: US",
  "    mechanism: scc-2021-914-module-3",
  "    signed_on: 2026-10-01",
  ...(tia ? [tia] : []),
  "  - country: US",
  "    mechanism: uk-addendum",
  "    signed_on: 2026-10-01",
  "    tia: { assessed_on: 2026-10-01, outcome: supplementary-measures }",
];

const VARIANTS: Variant[] = [
  { rule: "art30.controller_record", edit: yamlEdit(ACTIVITY.admin, (d) => d.delete("purposes")), at: line(ACTIVITY.admin, "apiVersion:") },
  { rule: "art30.processor_record", edit: yamlEdit(ACTIVITY.monitoring, (d) => d.delete("processing_operations")), at: line(ACTIVITY.monitoring, "apiVersion:") },
  { rule: "art30.organisation_contact", edit: yamlEdit("organisation.yaml", (d) => d.delete("dpo")), at: line("organisation.yaml", "apiVersion:") },
  { rule: "lawfulness.art6_basis", edit: yamlEdit(ACTIVITY.admin, (d) => d.delete("legal_basis")), at: line(ACTIVITY.admin, "apiVersion:") },
  {
    rule: "lawfulness.art9_condition",
    edit: yamlEdit(ACTIVITY.admin, (d) => {
      push(["data_categories"], { category: "health-records", retention: { period: "P1Y" } })(d);
      push(["security_measures"], "access-logging")(d);
      d.set("large_scale", false);
    }),
    at: line(ACTIVITY.admin, "legal_basis:"),
  },
  { rule: "lawfulness.legitimate_interests_assessment", edit: yamlEdit(ACTIVITY.stats, (d) => d.deleteIn(["legal_basis", "assessment"])), at: line(ACTIVITY.stats, "art6:") },
  { rule: "lawfulness.processor_basis", edit: yamlEdit(ACTIVITY.monitoring, (d) => d.set("legal_basis", { art6: "6(1)(e)" })), at: line(ACTIVITY.monitoring, "legal_basis:") },
  { rule: "processor.controllers", edit: yamlEdit(ACTIVITY.app, (d) => d.set("customer_segments", [])), at: line(ACTIVITY.app, "role:") },
  // Issue 13: the organisation's own use of its customers' patients' data (Art. 28(10)).
  { rule: "processor.own_use", edit: yamlEdit(ACTIVITY.stats, (d) => d.delete("dpa_clause")), at: line(ACTIVITY.stats, "data_subjects:") },
  {
    rule: "processor.controller_purposes",
    edit: yamlEdit("organisation.yaml", (d) => d.deleteIn(["controller_purposes", 2])),
    at: line(ACTIVITY.web, "role:"),
  },
  { rule: "processor.dpa", edit: yamlEdit("segments/se-regions.yaml", (d) => d.delete("dpa")), at: line("segments/se-regions.yaml", "apiVersion:") },
  { rule: "telemetry.anonymised_aggregated", edit: yamlEdit(ACTIVITY.stats, (d) => d.setIn(["telemetry", "aggregated"], false)), at: line(ACTIVITY.stats, "aggregated:") },
  {
    rule: "telemetry.no_direct_identifiers",
    edit: yamlEdit(ACTIVITY.stats, push(["data_categories"], { category: "user-account", retention: { period: "P1Y" } })),
    at: line(ACTIVITY.stats, "category: user-account"),
  },
  {
    rule: "telemetry.no_special_categories",
    edit: yamlEdit(ACTIVITY.stats, (d) => {
      push(["data_categories"], { category: "health-measurements", retention: { period: "P1Y" } })(d);
      d.setIn(["legal_basis", "art9"], "9(2)(h)");
      push(["security_measures"], "access-logging")(d);
      d.set("large_scale", false);
      // Health data of patients meets two DPIA criteria.
      d.set("dpia", { reference: "DPIA-9", reviewed_on: "2026-10-01" });
    }),
    at: line(ACTIVITY.stats, "category: health-measurements"),
  },
  { rule: "telemetry.declared", edit: yamlEdit(ACTIVITY.stats, (d) => d.delete("telemetry")), at: line(ACTIVITY.stats, "category: usage-statistics") },
  { rule: "telemetry.method", edit: yamlEdit(ACTIVITY.stats, (d) => d.deleteIn(["telemetry", "method"])), at: line(ACTIVITY.stats, "telemetry:") },
  // Issue 13: usage statistics holding IP addresses passed as anonymised (Art. 4(1); C-582/14 Breyer).
  {
    rule: "telemetry.online_identifiers",
    edit: yamlEdit(ACTIVITY.stats, push(["data_categories"], { category: "online-identifiers", retention: { period: "P13M" } })),
    at: line(ACTIVITY.stats, "category: online-identifiers"),
  },
  { rule: "telemetry.minimum_group_size", edit: yamlEdit(ACTIVITY.stats, (d) => d.deleteIn(["telemetry", "minimum_group_size"])), at: line(ACTIVITY.stats, "telemetry:") },
  // Issue 13: a minimum group size of 1 passed.
  { rule: "telemetry.group_size_floor", edit: yamlEdit(ACTIVITY.stats, (d) => d.setIn(["telemetry", "minimum_group_size"], 1)), at: line(ACTIVITY.stats, "minimum_group_size:") },
  { rule: "retention.defined", edit: yamlEdit(ACTIVITY.monitoring, (d) => d.deleteIn(["data_categories", 0, "retention"])), at: line(ACTIVITY.monitoring, "category: identification") },
  // Issue 13: indefinite retention of non-special data passed.
  {
    rule: "retention.indefinite",
    edit: yamlEdit(ACTIVITY.admin, (d) => d.setIn(["data_categories", 2, "retention"], { indefinite: true })),
    at: line(ACTIVITY.admin, "category: billing-details", 1),
  },
  // Issue 13: `P9999Y` passed the special-category rule.
  {
    rule: "retention.bounded",
    edit: yamlEdit(ACTIVITY.monitoring, (d) => d.setIn(["data_categories", 3, "retention", "period"], "P9999Y")),
    at: line(ACTIVITY.monitoring, "category: health-measurements", 1),
  },
  {
    rule: "retention.special_not_indefinite",
    edit: yamlEdit(ACTIVITY.monitoring, (d) => d.setIn(["data_categories", 3, "retention"], { indefinite: true })),
    at: line(ACTIVITY.monitoring, "category: health-measurements", 1),
  },
  {
    rule: "storage.promised_location",
    edit: yamlEdit(ACTIVITY.app, (d) => d.set("storage_locations", ["aws-stockholm"])),
    at: line(ACTIVITY.app, "customer_segments:"),
  },
  {
    rule: "storage.unpromised_location",
    edit: all(location("aws-frankfurt", "eu-central-1", "DE", "Frankfurt"), yamlEdit(ACTIVITY.app, push(["storage_locations"], "aws-frankfurt"))),
    at: line(ACTIVITY.app, "storage_locations:"),
  },
  {
    rule: "storage.residency_promise",
    edit: all(
      location("aws-frankfurt", "eu-central-1", "DE", "Frankfurt"),
      yamlEdit("segments/se-regions.yaml", (d) => d.set("storage_location", "aws-frankfurt")),
      yamlEdit(ACTIVITY.app, push(["storage_locations"], "aws-frankfurt")),
      yamlEdit(ACTIVITY.monitoring, push(["storage_locations"], "aws-frankfurt")),
    ),
    at: line("segments/se-regions.yaml", "storage_location:"),
  },
  {
    rule: "storage.jurisdiction",
    edit: all(
      location("aws-virginia", "us-east-1", "US", "N. Virginia"),
      yamlEdit("segments/uk-nhs.yaml", (d) => d.set("storage_location", "aws-virginia")),
      yamlEdit("organisation.yaml", (d) => {
        push(["data_residency", 1, "locations"], "aws-virginia")(d);
        push(["data_residency", 1, "cities"], "N. Virginia")(d);
      }),
      yamlEdit(ACTIVITY.app, (d) => d.set("storage_locations", ["aws-stockholm", "aws-virginia"])),
      yamlEdit(ACTIVITY.monitoring, (d) => d.set("storage_locations", ["aws-stockholm", "aws-virginia"])),
    ),
    at: line("segments/uk-nhs.yaml", "storage_location:"),
  },
  { rule: "storage.residency_declared", edit: yamlEdit("organisation.yaml", (d) => d.delete("data_residency")), at: line("organisation.yaml", "apiVersion:") },
  {
    // The audit's case: the promised location's record pointed at Ireland, consistently, under its old id.
    rule: "storage.residency_place",
    edit: yamlEdit("locations/aws-stockholm.yaml", (d) => {
      d.set("region", "eu-west-1");
      d.set("country", "IE");
      d.set("city", "Dublin");
    }),
    at: line("locations/aws-stockholm.yaml", "region:"),
  },
  {
    rule: "storage.controller_location",
    edit: all(location("aws-virginia", "us-east-1", "US", "N. Virginia"), yamlEdit(ACTIVITY.web, push(["storage_locations"], "aws-virginia"))),
    at: line(ACTIVITY.web, "storage_locations:"),
  },
  { rule: "regions.region_matches", edit: yamlEdit("locations/aws-london.yaml", (d) => d.set("city", "Manchester")), at: line("locations/aws-london.yaml", "city:") },
  { rule: "regions.unknown_region", edit: yamlEdit("locations/aws-london.yaml", (d) => d.set("region", "eu-west-9")), at: line("locations/aws-london.yaml", "region:") },
  { rule: "subprocessors.dpa", edit: yamlEdit("subprocessors/aws.yaml", (d) => d.delete("dpa")), at: line("subprocessors/aws.yaml", "apiVersion:") },
  {
    rule: "subprocessors.transfer",
    edit: addTwilio(),
    at: line("subprocessors/twilio.yaml", "processing_locations:"),
  },
  {
    // Certified under the DPF with the UK Extension, so covered; but SCC module 1 fits no transfer to a subprocessor.
    rule: "subprocessors.mechanism_fits",
    edit: addTwilio("dpf: { certified: true, uk_extension: true, verified_on: 2026-11-01 }", "transfer_mechanisms:", "  - country: US", "    mechanism: scc-2021-914-module-1"),
    at: line("subprocessors/twilio.yaml", "- country: US"),
  },
  {
    rule: "subprocessors.tia",
    edit: addTwilio(...twilioTools("")),
    at: line("subprocessors/twilio.yaml", "- country: US"),
  },
  {
    rule: "subprocessors.tia_negative",
    edit: addTwilio(...twilioTools("    tia: { assessed_on: 2026-10-01, outcome: insufficient }")),
    at: line("subprocessors/twilio.yaml", "outcome: insufficient"),
  },
  {
    rule: "subprocessors.dpf_verified",
    edit: addTwilio("dpf: { certified: true, uk_extension: true, verified_on: 2025-09-01 }"),
    at: line("subprocessors/twilio.yaml", "dpf:"),
  },
  { rule: "subprocessors.assessment", edit: yamlEdit("subprocessors/aws.yaml", (d) => d.setIn(["privacy_assessment", "assessed_on"], "2025-06-01")), at: line("subprocessors/aws.yaml", "assessed_on:") },
  { rule: "subprocessors.assessment_rejected", edit: yamlEdit("subprocessors/aws.yaml", (d) => d.setIn(["privacy_assessment", "outcome"], "rejected")), at: line("subprocessors/aws.yaml", "outcome:") },
  {
    rule: "subprocessors.unused",
    edit: (dir) =>
      writeRecord(
        dir,
        "records/subprocessors/mailjet.yaml",
        "apiVersion: ropa/v1\nkind: Subprocessor\nid: mailjet\nname: Mailjet\nlegal_name: Mailjet SAS\ncountry: FR\nprocessing_locations: [aws-stockholm]\ndpa: { reference: Mailjet DPA, signed_on: 2026-01-05 }\nprivacy_assessment: { assessed_on: 2026-01-05, outcome: approved }\n",
      ),
    at: line("subprocessors/mailjet.yaml", "apiVersion:"),
  },
  {
    rule: "subprocessors.data_reach",
    edit: yamlEdit("subprocessors/aws.yaml", (d) => {
      const seq = d.get("data_categories");
      if (isSeq(seq)) seq.items = seq.items.filter((i) => String(i) !== "medication");
    }),
    at: line(ACTIVITY.monitoring, "subprocessors:"),
  },
  { rule: "access.limited", edit: yamlEdit(ACTIVITY.monitoring, (d) => d.setIn(["access", 2, "customer_authorisation"], false)), at: line(ACTIVITY.monitoring, "role: product managers") },
  {
    rule: "access.promise_widened",
    edit: yamlEdit("organisation.yaml", push(["access_without_authorisation"], "other")),
    at: line("organisation.yaml", "access_without_authorisation:"),
  },
  { rule: "access.roles_listed", edit: yamlEdit(ACTIVITY.app, (d) => d.delete("access")), at: line(ACTIVITY.app, "apiVersion:") },
  { rule: "products.privacy_notice", edit: yamlEdit("products/mydignio.yaml", (d) => d.deleteIn(["privacy_notice", "version"])), at: line("products/mydignio.yaml", "privacy_notice:") },
  {
    rule: "products.activities",
    edit: (dir) =>
      writeRecord(dir, "records/products/dignio-connect.yaml", "apiVersion: ropa/v1\nkind: Product\nid: dignio-connect\nname: Dignio Connect\nprivacy_notice: { url: 'https://example.org/notice', version: '1' }\n"),
    at: line("products/dignio-connect.yaml", "apiVersion:"),
  },
  { rule: "rights.procedure", edit: yamlEdit(ACTIVITY.web, (d) => d.delete("data_subject_requests")), at: line(ACTIVITY.web, "apiVersion:") },
  { rule: "rights.response_time", edit: yamlEdit(ACTIVITY.web, (d) => d.setIn(["data_subject_requests", "response_days"], 45)), at: line(ACTIVITY.web, "response_days:") },
  { rule: "rights.response_time_stated", edit: yamlEdit(ACTIVITY.admin, (d) => d.deleteIn(["data_subject_requests", "response_days"])), at: line(ACTIVITY.admin, "data_subject_requests:") },
  { rule: "rights.route_to_controller", edit: yamlEdit(ACTIVITY.app, (d) => d.setIn(["data_subject_requests", "route_to_controller"], false)), at: line(ACTIVITY.app, "data_subject_requests:") },
  // Issue 13: only "large-scale + special categories" triggered a DPIA. Two WP248 criteria do: profiling
  // website visitors and matching it with other data.
  {
    rule: "dpia.required",
    edit: yamlEdit(ACTIVITY.web, (d) => d.set("risk_criteria", ["evaluation-or-scoring", "matching-datasets"])),
    at: line(ACTIVITY.web, "risk_criteria:"),
  },
  // Datatilsynet's list (Dignio is established in Norway): location data with one other criterion.
  {
    rule: "dpia.national_list",
    edit: yamlEdit(ACTIVITY.web, (d) => d.set("risk_criteria", ["location-data", "evaluation-or-scoring"])),
    at: line(ACTIVITY.web, "risk_criteria:"),
  },
  // Issue 13: a processor activity got an error for its own DPIA; it is the customers' duty.
  { rule: "dpia.processor_assistance", edit: yamlEdit(ACTIVITY.app, (d) => d.delete("dpia")), at: line(ACTIVITY.app, "large_scale:") },
  { rule: "dpia.scale_stated", edit: yamlEdit(ACTIVITY.app, (d) => d.delete("large_scale")), at: line(ACTIVITY.app, "category: health-measurements") },
  { rule: "dpia.review", edit: yamlEdit(ACTIVITY.app, (d) => d.setIn(["dpia", "reviewed_on"], "2025-01-01")), at: line(ACTIVITY.app, "reviewed_on:") },
  { rule: "dpia.review_date", edit: yamlEdit(ACTIVITY.app, (d) => d.deleteIn(["dpia", "reviewed_on"])), at: line(ACTIVITY.app, "dpia:") },
  {
    rule: "security.special_categories",
    edit: yamlEdit(ACTIVITY.app, (d) => d.set("security_measures", ["encryption-at-rest", "encryption-in-transit"])),
    at: line(ACTIVITY.app, "security_measures:"),
  },
  {
    rule: "records.retired_reference",
    edit: yamlEdit("products/mydignio.yaml", (d) => {
      d.set("status", "retired");
      d.set("retired_on", "2026-10-01");
      d.set("retired_reason", "merged into Dignio Prevent");
    }),
    at: line(ACTIVITY.app, "products:"),
  },
  {
    rule: "change.subprocessor_notice",
    change: true,
    edit: all(
      (dir) =>
        writeRecord(
          dir,
          "records/subprocessors/sendgrid.yaml",
          "apiVersion: ropa/v1\nkind: Subprocessor\nid: sendgrid\nname: E-mail delivery\nlegal_name: Sendgrid AB\ncountry: SE\nprocessing_locations: [aws-stockholm]\n" +
            "data_categories: [identification, contact-details, health-measurements, patient-communication, device-data, user-account]\n" +
            "dpa: { reference: DPA, signed_on: 2026-11-01 }\nprivacy_assessment: { assessed_on: 2026-11-01, outcome: approved }\neffective_from: 2026-12-10\n" +
            "customer_notices:\n  - { segment: no-hospitals, notified_on: 2026-11-01 }\n",
        ),
      yamlEdit(ACTIVITY.app, push(["subprocessors"], "sendgrid")),
    ),
    at: line("subprocessors/sendgrid.yaml", "effective_from:"),
  },
  {
    rule: "change.location_notice",
    change: true,
    edit: all(location("aws-frankfurt", "eu-central-1", "DE", "Frankfurt"), yamlEdit("subprocessors/aws.yaml", push(["processing_locations"], "aws-frankfurt"))),
    at: line("subprocessors/aws.yaml", "processing_locations:"),
  },
  {
    rule: "storage.jurisdiction_covered",
    edit: yamlEdit("segments/se-regions.yaml", (d) => d.set("jurisdiction", "CH")),
    at: line("segments/se-regions.yaml", "jurisdiction:"),
  },
  {
    rule: "change.segment_relocation",
    change: true,
    before: irelandPromised,
    edit: moveSwedenToIreland,
    at: line("segments/se-regions.yaml", "storage_location:"),
  },
  {
    rule: "change.record_deleted",
    change: true,
    before: (dir) =>
      writeRecord(dir, "records/products/legacy.yaml", "apiVersion: ropa/v1\nkind: Product\nid: legacy\nname: Legacy portal\nstatus: retired\nretired_on: 2025-01-01\nretired_reason: replaced\n"),
    edit: (dir) => rmSync(join(dir, "records/products/legacy.yaml")),
    at: { file: "products/legacy.yaml", line: () => 1 },
  },
  {
    rule: "change.dpo_approval",
    change: true,
    edit: yamlEdit(ACTIVITY.web, (d) => d.setIn(["data_categories", 0, "retention", "period"], "P24M")),
    at: line(ACTIVITY.web, "category: contact-details", 1),
  },
  {
    rule: "waivers.expired",
    edit: waiver("old-exception", { rule: "subprocessors.assessment", record: "aws", reason: "audit booked", approved_by: "Dana DPO", approved_on: "2026-01-01", expires_on: "2026-06-01" }),
    at: line("waivers/old-exception.yaml", "expires_on:"),
  },
  {
    rule: "waivers.too_long",
    edit: waiver("long-exception", { rule: "subprocessors.assessment", record: "aws", reason: "audit booked", approved_by: "Dana DPO", approved_on: "2026-11-01", expires_on: "2027-11-01" }),
    at: line("waivers/long-exception.yaml", "expires_on:"),
  },
  {
    rule: "waivers.unused",
    edit: waiver("idle-exception", { rule: "subprocessors.assessment", record: "aws", reason: "audit booked", approved_by: "Dana DPO", approved_on: "2026-11-01", expires_on: "2027-01-15" }),
    at: line("waivers/idle-exception.yaml", "rule:"),
  },
  {
    rule: "change.threshold_relaxed",
    change: true,
    edit: yamlEdit("segments/se-regions.yaml", (d) => d.set("notice_period_days", 0)),
    at: line("segments/se-regions.yaml", "notice_period_days:"),
  },
  {
    rule: "records.future_date",
    edit: yamlEdit("subprocessors/aws.yaml", (d) => d.setIn(["dpa", "signed_on"], "2099-01-01")),
    at: line("subprocessors/aws.yaml", "signed_on:"),
  },
  {
    rule: "records.dpf_verified_before_framework",
    edit: yamlEdit("subprocessors/aws.yaml", (d) => d.set("dpf", { certified: true, verified_on: "2015-06-01" })),
    at: line("subprocessors/aws.yaml", "verified_on:"),
  },
  {
    rule: "records.country_code",
    edit: yamlEdit("segments/uk-nhs.yaml", (d) => d.set("jurisdiction", "UK")),
    at: line("segments/uk-nhs.yaml", "jurisdiction:"),
  },
  {
    rule: "waivers.field_index",
    edit: waiver("dpa-exception", { rule: "subprocessors.assessment", record: "aws", field: "processing_locations.0", reason: "renewal", approved_by: "Dana DPO", approved_on: "2026-11-01", expires_on: "2027-01-15" }),
    at: line("waivers/dpa-exception.yaml", "field:"),
  },
  { rule: "records.known_category", edit: yamlEdit("subprocessors/aws.yaml", push(["data_categories"], "shoe-size")), at: line("subprocessors/aws.yaml", "- shoe-size") },
  {
    rule: "records.excluded_category",
    edit: yamlEdit("organisation.yaml", (d) => d.set("taxonomy", d.createNode({ exclude: ["billing-details"] }))),
    at: line(ACTIVITY.admin, "category: billing-details"),
  },
  { rule: "records.excluded_unknown", edit: yamlEdit("organisation.yaml", (d) => d.set("taxonomy", d.createNode({ exclude: ["shoe-size"] }))), at: line("organisation.yaml", "shoe-size") },
  {
    rule: "subprocessors.sent_categories",
    edit: yamlEdit(ACTIVITY.admin, (d) => d.setIn(["subprocessors", 0], d.createNode({ id: "aws", categories: ["contact-details", "health-records"] }))),
    at: line(ACTIVITY.admin, "health-records"),
  },
];

const check = (dir: string) => checkDirectory(join(dir, "records"), { policy: bundledPolicy(), today: TODAY });
const read = (dir: string) => readRegister(readRegisterDir(join(dir, "records")), join(dir, "records"));

describe("Dignio's register", () => {
  it("passes every rule with no finding", async () => {
    const result = await check(copyRegister());
    expect(result.findings).toEqual([]);
    expect(result.verdict).toBe("pass");
  });
});

describe("each rule, broken on its own", () => {
  it("has a variant for every rule in the compiled policy", async () => {
    const rules = JSON.parse(readFileSync(join(ROOT, "policies/build/rules.json"), "utf8")) as { id: string }[];
    expect(VARIANTS.map((v) => v.rule).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it.each(VARIANTS)("$rule", breaksExactly);
});

/** Applies the variant to a copy of Dignio's register; exactly its rule fires, on the expected file and line. */
async function breaksExactly({ rule, before, change, edit, at }: Variant) {
  const dir = copyRegister();
  before?.(dir);
  const base = change ? await read(dir) : undefined;
  edit(dir);
  const head = await read(dir);
  const findings = judge(head, bundledPolicy(), TODAY, base);
  const result = { findings, ...summarise(findings, "error") };
  expect([...new Set(result.findings.map((f) => f.rule))]).toEqual([rule]);
  const expected = { file: join(dir, "records", at.file), line: at.line(dir) };
  expect(result.findings.map((f) => ({ file: f.file, line: f.line }))).toContainEqual(expected);
  const severity = result.findings[0].severity;
  expect(result.verdict).toBe(severity === "error" ? "fail" : "pass");
  for (const f of result.findings) {
    expect(f.message).not.toMatch(/\{\w+\}/);
    expect(f.remediation).not.toMatch(/\{\w+\}/);
  }
}

// An audit found registers that switched a policy off by leaving something out or by splitting a change.
// Each now fails; the first variant of each rule above covers the rest of the audit's cases.
const SENDGRID =
  "apiVersion: ropa/v1\nkind: Subprocessor\nid: sendgrid\nname: E-mail delivery\nlegal_name: Sendgrid AB\ncountry: SE\nprocessing_locations: [aws-stockholm]\n" +
  "data_categories: [identification, contact-details, health-measurements, patient-communication, device-data, user-account]\n" +
  "dpa: { reference: DPA, signed_on: 2026-11-01 }\nprivacy_assessment: { assessed_on: 2026-11-01, outcome: approved }\neffective_from: 2026-11-01\n";

// Names stay under vitest's 40-character cut.
const OMISSIONS: (Variant & { name: string })[] = [
  {
    name: "no response time",
    rule: "rights.response_time_stated",
    edit: yamlEdit(ACTIVITY.web, (d) => d.deleteIn(["data_subject_requests", "response_days"])),
    at: line(ACTIVITY.web, "data_subject_requests:"),
  },
  {
    name: "no procedure in a processor activity",
    rule: "rights.procedure",
    edit: yamlEdit(ACTIVITY.app, (d) => d.deleteIn(["data_subject_requests", "procedure"])),
    at: line(ACTIVITY.app, "apiVersion:"),
  },
  {
    name: "a residency promise without cities",
    rule: "storage.residency_declared",
    edit: yamlEdit("organisation.yaml", (d) => d.deleteIn(["data_residency", 1, "cities"])),
    at: line("organisation.yaml", "- jurisdiction: UK"),
  },
  {
    name: "an unused subprocessor put to use",
    rule: "change.subprocessor_notice",
    change: true,
    before: (dir) => writeRecord(dir, "records/subprocessors/sendgrid.yaml", SENDGRID),
    edit: yamlEdit(ACTIVITY.app, push(["subprocessors"], "sendgrid")),
    at: line("subprocessors/sendgrid.yaml", "apiVersion:"),
  },
  {
    name: "an earlier relocation, a later move",
    rule: "change.segment_relocation",
    change: true,
    before: all(irelandPromised, yamlEdit("segments/se-regions.yaml", (d) => d.set("relocation", { to: "aws-stockholm", notified_on: "2024-01-10", dpia_review: "DPIA-2024-01 Stockholm" }))),
    edit: moveSwedenToIreland,
    at: line("segments/se-regions.yaml", "storage_location:"),
  },
];

describe("what used to switch a policy off by omission", () => {
  it.each(OMISSIONS)("$name", breaksExactly);
});

// Fields that other rules hang off are required by the schema: leaving one out refuses the register
// (exit 2) with the problem at the record it belongs in, rather than passing the rules that read it.
const REQUIRED: { name: string; edit: Edit; file: string; needle: string; message: string }[] = [
  { name: "activity's data categories", edit: yamlEdit(ACTIVITY.monitoring, (d) => d.delete("data_categories")), file: ACTIVITY.monitoring, needle: "apiVersion:", message: "the record is missing the required field `data_categories`" },
  { name: "an activity's data subjects", edit: yamlEdit(ACTIVITY.app, (d) => d.delete("data_subjects")), file: ACTIVITY.app, needle: "apiVersion:", message: "the record is missing the required field `data_subjects`" },
  { name: "an empty list of data categories", edit: yamlEdit(ACTIVITY.app, (d) => d.set("data_categories", [])), file: ACTIVITY.app, needle: "data_categories:", message: "`data_categories` must list at least 1 item" },
  { name: "a subprocessor's legal name", edit: yamlEdit("subprocessors/aws.yaml", (d) => d.delete("legal_name")), file: "subprocessors/aws.yaml", needle: "apiVersion:", message: "the record is missing the required field `legal_name`" },
  { name: "a subprocessor's country", edit: yamlEdit("subprocessors/aws.yaml", (d) => d.delete("country")), file: "subprocessors/aws.yaml", needle: "apiVersion:", message: "the record is missing the required field `country`" },
  { name: "a subprocessor's processing locations", edit: yamlEdit("subprocessors/aws.yaml", (d) => d.delete("processing_locations")), file: "subprocessors/aws.yaml", needle: "apiVersion:", message: "the record is missing the required field `processing_locations`" },
  { name: "an empty list of processing locations", edit: yamlEdit("subprocessors/aws.yaml", (d) => d.set("processing_locations", [])), file: "subprocessors/aws.yaml", needle: "processing_locations:", message: "`processing_locations` must list at least 1 item" },
  { name: "a storage location's provider", edit: yamlEdit("locations/aws-london.yaml", (d) => d.delete("provider")), file: "locations/aws-london.yaml", needle: "apiVersion:", message: "the record is missing the required field `provider`" },
  { name: "a storage location's region", edit: yamlEdit("locations/aws-london.yaml", (d) => d.delete("region")), file: "locations/aws-london.yaml", needle: "apiVersion:", message: "the record is missing the required field `region`" },
];

describe("fields the rules hang off", () => {
  it.each(REQUIRED)("$name: leaving it out refuses the register at its record", async ({ edit, file, needle, message }) => {
    const dir = copyRegister();
    edit(dir);
    const error = await check(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RegisterError);
    const problems = (error as RegisterError).problems.map((p) => ({ file: p.file, line: p.line, message: p.message }));
    expect(problems).toEqual([{ file: expect.stringMatching(new RegExp(`records/${file}$`)), line: lineOf(dir, `records/${file}`, needle), message }]);
  });
});

describe("waivers", () => {
  it("turn a matching error into a visible waived finding that does not fail the check", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
    waiver("aws-dpa", { rule: "subprocessors.dpa", record: "aws", reason: "DPA in signature", approved_by: "Dana DPO", approved_on: "2026-11-20", expires_on: "2027-01-31" })(dir);
    const result = await check(dir);
    expect(result.findings.map((f) => [f.rule, f.waived?.waiver])).toEqual([["subprocessors.dpa", "aws-dpa"]]);
    expect(result.findings[0].waived).toMatchObject({ approved_by: "Dana DPO", expires_on: "2027-01-31" });
    expect(result).toMatchObject({ verdict: "pass", errors: 0, waived: 1 });
  });

  it("stop applying once expired, and the finding is back", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
    waiver("aws-dpa", { rule: "subprocessors.dpa", record: "aws", reason: "DPA in signature", approved_by: "Dana DPO", approved_on: "2026-06-01", expires_on: "2026-11-22" })(dir);
    const result = await check(dir);
    expect(result.findings.map((f) => [f.rule, Boolean(f.waived)]).sort()).toEqual([["subprocessors.dpa", false], ["waivers.expired", false]]);
    expect(result.verdict).toBe("fail");
  });
});

// Issue 13: verdicts a careful DPO would give, where the rules used to pass or block wrongly. Each is one
// scenario on Dignio's register; exactly the rule that should speak does, at the line it is about.
/** A new controller activity of Dignio's own: a pilot following elderly participants' health at home. */
const PILOT = [
  "apiVersion: ropa/v1",
  "kind: ProcessingActivity",
  "id: home-pilot",
  "name: Home monitoring pilot",
  "role: controller",
  "purposes: [testing a new fall sensor at home]",
  "data_subjects: [elderly participants]",
  "data_categories:",
  "  - category: health-measurements",
  "    retention: { period: P1Y }",
  "legal_basis: { art6: 6(1)(a), art9: 9(2)(a) }",
  "recipients: []",
  "storage_locations: [aws-stockholm]",
  "subprocessors: [aws]",
  "security_measures: [encryption-at-rest, encryption-in-transit, access-logging]",
  "large_scale: false",
  "risk_criteria: [innovative-technology]",
  "data_subject_requests: { procedure: Answered by the privacy team., response_days: 30 }",
  "",
].join("\n");

const WRONG_VERDICTS: (Variant & { name: string })[] = [
  {
    name: "DPIA: new technology, elderly, health",
    rule: "dpia.required",
    edit: all(
      (dir) => writeRecord(dir, "records/activities/home-pilot.yaml", PILOT),
      yamlEdit("organisation.yaml", push(["controller_purposes"], { purpose: "a home monitoring pilot", activities: ["home-pilot"] })),
    ),
    at: line("activities/home-pilot.yaml", "risk_criteria:"),
  },
  {
    name: "statistics keeping device identifiers",
    rule: "telemetry.online_identifiers",
    edit: yamlEdit(ACTIVITY.stats, push(["data_categories"], { category: "device-data", retention: { period: "P13M" } })),
    at: line(ACTIVITY.stats, "category: device-data"),
  },
  {
    name: "P9999Y for contact details",
    rule: "retention.bounded",
    edit: yamlEdit(ACTIVITY.web, (d) => d.setIn(["data_categories", 0, "retention", "period"], "P9999Y")),
    at: line(ACTIVITY.web, "category: contact-details", 1),
  },
];

describe("issue 13: verdicts a careful DPO would give", () => {
  it.each(WRONG_VERDICTS)("$name", breaksExactly);

  it("a new controller activity on the customers' patient data breaks the law and the promise", async () => {
    const dir = copyRegister();
    writeRecord(
      dir,
      "records/activities/patient-insights.yaml",
      PILOT.replace("id: home-pilot", "id: patient-insights")
        .replace("name: Home monitoring pilot", "name: Patient insights")
        .replace("purposes: [testing a new fall sensor at home]", "purposes: [selling insights into patients' measurements]")
        .replace("data_subjects: [elderly participants]", "data_subjects: [patients]")
        .replace("risk_criteria: [innovative-technology]", "dpia: { reference: DPIA-2026-09, reviewed_on: 2026-10-01 }"),
    );
    const findings = judge(await read(dir), bundledPolicy(), TODAY);
    const file = join(dir, "records/activities/patient-insights.yaml");
    expect(findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ["processor.controller_purposes", file, lineOf(dir, "records/activities/patient-insights.yaml", "role:")],
      ["processor.own_use", file, lineOf(dir, "records/activities/patient-insights.yaml", "data_subjects:")],
    ]);
    expect(findings.map((f) => f.severity)).toEqual(["error", "error"]);
    expect(findings[1].message).toContain("`patient-app` and `remote-monitoring`");
  });

  it("the DPIA criteria of the schema are those of the reference data", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "engine/schemas/processing-activity.schema.json"), "utf8"));
    const reference = JSON.parse(readFileSync(join(ROOT, "policies/reference/dpia/data.json"), "utf8"));
    expect([...schema.properties.risk_criteria.items.enum].sort()).toEqual(Object.keys(reference.criteria).sort());
    for (const list of Object.values(reference.national_lists) as { entries: { criteria?: string[]; any?: string[] }[] }[]) {
      for (const e of list.entries) for (const c of [...(e.criteria ?? []), ...(e.any ?? [])]) expect(reference.criteria).toHaveProperty(c);
    }
  });
});
