// Properties of the engine over random registers (fast-check): a valid register never crashes it; the
// verdict does not depend on the order of the files or on the folders the records are in; judging twice
// (with the same policy instance or a fresh one) gives the same output; and a single-field mutation that
// breaks a rule, of the schema, the references or the policies, is reported at that field's line.
import fc from "fast-check";
import { join } from "node:path";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { checkFiles, type CheckResult } from "../engine/check.js";
import { RegisterError, type Problem } from "../engine/errors.js";
import { loadPolicy, readBundleDir } from "../engine/policy.js";
import { formatJson } from "../engine/report/index.js";
import type { Finding, SourceFile } from "../engine/types.js";
import { bundledPolicy, ROOT, TODAY } from "./helpers/register.js";

type Data = Record<string, unknown>;

const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);

// --- random valid registers -------------------------------------------------------------------------------

/** Text as people write it, in any script, with the characters YAML forbids in a file left out. */
const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }).filter((s) => !/[\uFEFF\uFFFE\uFFFF]/.test(s));
const texts = fc.uniqueArray(text, { maxLength: 3 });
const date = fc.date({ min: new Date("2015-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const country = fc.constantFrom("NO", "SE", "DK", "FI", "DE", "GB", "US", "LU", "IE", "FR", "NL", "ON", "IS");
const CATEGORIES = ["identification", "contact-details", "health-measurements", "user-account", "device-data", "usage-statistics", "billing-details"];

const envelope = (kind: string, id: string) => ({ apiVersion: "ropa/v1", kind, id });

const locationArb = (id: string) =>
  fc
    .record(
      { name: text, provider: fc.constantFrom("aws", "azure", "gcp", "acme"), region: fc.constantFrom("eu-north-1", "eu-west-2", "us-east-1", "swedencentral", "x-1"), country, city: text, description: text },
      { requiredKeys: ["name", "provider", "region", "country", "city"] },
    )
    .map((r) => ({ ...envelope("StorageLocation", id), ...r }));

const productArb = (id: string) =>
  fc
    .record(
      {
        name: text,
        description: text,
        privacy_notice: fc.record({ url: fc.constantFrom("https://acme.example/privacy", "http://acme.example/p?x=1"), version: text, updated_on: date }, { requiredKeys: [] }),
      },
      { requiredKeys: ["name"] },
    )
    .map((r) => ({ ...envelope("Product", id), ...r }));

const segmentArb = (id: string, locations: string[]) =>
  fc
    .record(
      {
        name: text,
        controllers: text,
        jurisdiction: country,
        storage_location: locations.length ? fc.constantFrom(...locations) : fc.constant(undefined),
        notice_period_days: fc.integer({ min: 0, max: 365 }),
        dpa: fc.record({ template_version: text, reference: text }, { requiredKeys: ["template_version"] }),
      },
      { requiredKeys: ["name", "controllers", "jurisdiction"] },
    )
    .map((r) => ({ ...envelope("CustomerSegment", id), ...dropUndefined(r) }));

const subprocessorArb = (id: string, locations: string[]) =>
  fc
    .record(
      {
        name: text,
        legal_name: text,
        country,
        services: texts,
        processing_locations: fc.subarray(locations, { minLength: 1 }),
        data_categories: fc.subarray(CATEGORIES),
        dpa: fc.record({ reference: text, signed_on: date }),
        privacy_assessment: fc.record({ assessed_on: date, outcome: fc.constantFrom("approved", "approved-with-conditions", "rejected"), reference: text }, { requiredKeys: ["assessed_on", "outcome"] }),
      },
      { requiredKeys: ["name", "legal_name", "country", "processing_locations"] },
    )
    .map((r) => ({ ...envelope("Subprocessor", id), ...r }));

const activityArb = (id: string, refs: { locations: string[]; products: string[]; segments: string[]; subprocessors: string[] }) =>
  fc
    .record(
      {
        name: text,
        role: fc.constantFrom("controller", "processor"),
        since: date,
        purposes: texts,
        data_subjects: fc.uniqueArray(text, { minLength: 1, maxLength: 3 }),
        data_categories: fc.array(
          fc.record(
            { category: fc.constantFrom(...CATEGORIES), retention: fc.oneof(fc.record({ period: fc.constantFrom("P3M", "P1Y", "P10Y", "P30D", "P2W"), after: text }, { requiredKeys: ["period"] }), fc.constant({ indefinite: true })) },
            { requiredKeys: ["category"] },
          ),
          { minLength: 1, maxLength: 3 },
        ),
        legal_basis: fc.record({ art6: fc.constantFrom("6(1)(a)", "6(1)(b)", "6(1)(f)"), assessment: text }, { requiredKeys: [] }),
        customer_segments: fc.subarray(refs.segments),
        recipients: texts,
        products: fc.subarray(refs.products),
        storage_locations: fc.subarray(refs.locations),
        subprocessors: fc.subarray(refs.subprocessors),
        security_measures: fc.subarray(["encryption-at-rest", "encryption-in-transit", "access-logging", "multi-factor-authentication"]),
        large_scale: fc.boolean(),
        data_subject_requests: fc.record({ procedure: text, response_days: fc.integer({ min: 1, max: 365 }).filter((n) => n !== 45) /* 45: a mutation's marker */, route_to_controller: fc.boolean() }, { requiredKeys: [] }),
      },
      { requiredKeys: ["name", "role", "data_subjects", "data_categories"] },
    )
    .map((r) => ({ ...envelope("ProcessingActivity", id), ...r }));

const organisationArb = (locations: string[]) =>
  fc
    .record(
      {
        name: text,
        legal_name: text,
        country,
        contact: fc.record({ name: text, email: fc.constantFrom("privacy@acme.example", "dpo+x@acme.example") }, { requiredKeys: [] }),
        dpo: fc.record({ name: text, email: fc.constant("dpo@acme.example") }, { requiredKeys: [] }),
        // The supplier promise is always stated, so the mutation of an assessment's date breaks a rule.
        promises: fc.record({ "subprocessors.assessment": text }),
        data_residency: fc.array(fc.record({ jurisdiction: fc.constantFrom("EEA", "UK"), locations: fc.subarray(locations, { minLength: 1 }), cities: fc.uniqueArray(text, { minLength: 1, maxLength: 2 }), promise: text }, { requiredKeys: ["jurisdiction", "locations"] }), { maxLength: 2 }),
      },
      { requiredKeys: ["name", "promises"] },
    )
    .map((r) => ({ ...envelope("Organisation", "org"), ...r }));

function dropUndefined(r: Data): Data {
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined));
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

/** A register: every kind, with references only to records that exist. */
const registerArb: fc.Arbitrary<Data[]> = fc
  .record({ locations: fc.integer({ min: 1, max: 3 }), products: fc.integer({ min: 0, max: 3 }), segments: fc.integer({ min: 0, max: 2 }), subprocessors: fc.integer({ min: 0, max: 2 }), activities: fc.integer({ min: 0, max: 3 }) })
  .chain((n) => {
    const refs = { locations: ids("loc", n.locations), products: ids("prod", n.products), segments: ids("seg", n.segments), subprocessors: ids("sub", n.subprocessors) };
    return fc
      .tuple(
        organisationArb(refs.locations),
        fc.tuple(...refs.locations.map((id) => locationArb(id))),
        fc.tuple(...refs.products.map((id) => productArb(id))),
        fc.tuple(...refs.segments.map((id) => segmentArb(id, refs.locations))),
        fc.tuple(...refs.subprocessors.map((id) => subprocessorArb(id, refs.locations))),
        fc.tuple(...ids("act", n.activities).map((id) => activityArb(id, refs))),
      )
      .map(([org, ...rest]) => [org as Data, ...rest.flat()] as Data[]);
  });

const FOLDER: Record<string, string> = {
  Organisation: "",
  StorageLocation: "locations/",
  Product: "products/",
  CustomerSegment: "segments/",
  Subprocessor: "subprocessors/",
  ProcessingActivity: "activities/",
};

const yaml = (record: Data) => stringify(record, { lineWidth: 0 });

/** One file per record, in the usual folders, sorted as a folder is read. */
function files(records: Data[]): SourceFile[] {
  return records.map((r) => ({ path: `records/${FOLDER[r.kind as string]}${r.id}.yaml`, text: yaml(r) })).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** What the verdict is made of, whatever file each record is in. */
function verdictOf(result: CheckResult) {
  const findings = result.findings.map(({ file: _file, ...f }: Finding) => f).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { verdict: result.verdict, errors: result.errors, warnings: result.warnings, infos: result.infos, findings };
}

const judge = (input: SourceFile[], policy = bundledPolicy()) => checkFiles(input, "records", { policy, today: TODAY });

describe("random valid registers", () => {
  it("are judged without an exception, every time", async () => {
    await fc.assert(
      fc.asyncProperty(registerArb, async (records) => {
        const result = await judge(files(records));
        expect(["pass", "fail"]).toContain(result.verdict);
        expect(result.records).toBe(records.length);
        for (const f of result.findings) {
          expect(f.file).toMatch(/^records\//);
          expect(f.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("get the same verdict whatever the order of the files and the folders the records are in", async () => {
    const layout = fc.record({ order: fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), folders: fc.infiniteStream(fc.constantFrom("", "a/", "a/b/", "z/", "nested/deeper/still/")) });
    await fc.assert(
      fc.asyncProperty(registerArb, layout, async (records, { order, folders }) => {
        const usual = await judge(files(records));
        const keys = records.map(() => order.next().value as number);
        const moved = records
          .map((r, i) => ({ path: `records/${folders.next().value}${String(keys[i]).replace(".", "")}-${r.id}.yml`, text: yaml(r), key: keys[i]! }))
          .sort((a, b) => a.key - b.key)
          .map(({ path, text }) => ({ path, text }));
        expect(verdictOf(await judge(moved))).toEqual(verdictOf(usual));
      }),
      { numRuns: RUNS },
    );
  });

  it("are judged identically twice, by the same policy instance and by a fresh one", async () => {
    const fresh = () => loadPolicy(readBundleDir(join(ROOT, "policies/build")));
    await fc.assert(
      fc.asyncProperty(registerArb, async (records) => {
        const input = files(records);
        const first = await judge(input);
        const second = await judge(input);
        const third = await judge(input, fresh());
        expect(formatJson(second)).toBe(formatJson(first));
        expect(formatJson(third)).toBe(formatJson(first));
        expect(second.findings).toEqual(first.findings);
      }),
      { numRuns: Math.max(5, Math.floor(RUNS / 4)) },
    );
  });
});

// --- single-field mutations ----------------------------------------------------------------------------------

interface Mutation {
  name: string;
  applies: (r: Data) => boolean;
  /** Breaks the record; returns text found only on the mutated field's line. */
  apply: (r: Data) => string;
  /** A problem message (the input is refused), or the id of the rule that must report it. */
  expect: RegExp | string;
}

const MUTATIONS: Mutation[] = [
  { name: "unknown field", applies: () => true, apply: (r) => ((r.zz_unknown_field = 1), "zz_unknown_field"), expect: /^unknown field `zz_unknown_field`$/ },
  { name: "name of the wrong type", applies: () => true, apply: (r) => ((r.name = 424242), "name: 424242"), expect: /^`name` must be a string$/ },
  { name: "id that is not an id", applies: () => true, apply: (r) => ((r.id = "Bad_Id_Zz"), "Bad_Id_Zz"), expect: /^`id` is not a valid id$/ },
  { name: "country that is not a code", applies: (r) => "country" in r, apply: (r) => ((r.country = "Zz-Land"), "Zz-Land"), expect: /^`country` has the wrong form$/ },
  {
    name: "date that does not exist",
    applies: (r) => r.kind === "Subprocessor" && !!r.dpa,
    apply: (r) => (((r.dpa as Data).signed_on = "2026-02-30"), "2026-02-30"),
    expect: /^`dpa\.signed_on` is not a real calendar date$/,
  },
  {
    name: "notice period out of range",
    applies: (r) => r.kind === "CustomerSegment",
    apply: (r) => ((r.notice_period_days = 999), "notice_period_days: 999"),
    expect: /^`notice_period_days` must be at most 365$/,
  },
  {
    name: "dangling reference",
    applies: (r) => r.kind === "ProcessingActivity",
    apply: (r) => ((r.storage_locations = [...((r.storage_locations as string[]) ?? []), "no-such-record-zz"]), "- no-such-record-zz"),
    expect: /^`no-such-record-zz` is not the id of any record$/,
  },
  {
    name: "reference to the wrong kind",
    applies: (r) => r.kind === "ProcessingActivity",
    apply: (r) => ((r.products = [...((r.products as string[]) ?? []), "org"]), "- org"),
    expect: /^`org` is a Organisation \(records\/org\.yaml\), but a Product is expected here$/,
  },
  {
    name: "data category outside the taxonomy (a policy rule)",
    applies: (r) => r.kind === "ProcessingActivity",
    apply: (r) => ((r.data_categories = [...((r.data_categories as Data[]) ?? []), { category: "zz-unknown-category" }]), "zz-unknown-category"),
    expect: "records.known_category",
  },
  {
    // The random dates start in 2015, so this one is on the mutated line only.
    name: "privacy assessment over 12 months old (a policy rule)",
    applies: (r) => r.kind === "Subprocessor",
    apply: (r) => ((r.privacy_assessment = { outcome: "approved", ...(r.privacy_assessment as Data), assessed_on: "2014-06-30" }), "2014-06-30"),
    expect: "subprocessors.assessment",
  },
  {
    name: "requests answered after more than a month (a policy rule)",
    applies: (r) => r.kind === "ProcessingActivity",
    apply: (r) => ((r.data_subject_requests = { procedure: "by e-mail", ...(r.data_subject_requests as Data), response_days: 45 }), "response_days: 45"),
    expect: "rights.response_time",
  },
];

describe("a single-field mutation that breaks a rule", () => {
  it("is reported at the mutated field's line", async () => {
    const target = registerArb.chain((records) => {
      const options = records.flatMap((r, i) => MUTATIONS.filter((m) => m.applies(r)).map((m) => [i, m] as const));
      return fc.tuple(fc.constant(records), fc.constantFrom(...options));
    });
    await fc.assert(
      fc.asyncProperty(target, async ([records, [index, mutation]]) => {
        const mutated = structuredClone(records);
        const marker = mutation.apply(mutated[index]!);
        const input = files(mutated);
        const holding = input.filter((f) => f.text.includes(marker));
        expect(holding, `the marker ${marker} is in exactly one file`).toHaveLength(1);
        const file = holding[0]!;
        const lines = file.text.split("\n").map((l, n) => (l.includes(marker) ? n + 1 : 0)).filter(Boolean);
        expect(lines, `the marker ${marker} is on exactly one line`).toHaveLength(1);
        let problems: Problem[] = [];
        let result: CheckResult | undefined;
        try {
          result = await judge(input);
        } catch (e) {
          if (!(e instanceof RegisterError)) throw e;
          problems = e.problems;
        }
        if (typeof mutation.expect === "string") {
          expect(problems).toEqual([]);
          const hits = result!.findings.filter((f) => f.rule === mutation.expect);
          expect(hits.map((f) => [f.file, f.line])).toContainEqual([file.path, lines[0]]);
        } else {
          expect(result, `${mutation.name}: the register was judged although it is invalid`).toBeUndefined();
          expect(problems.map((p) => [p.file, p.line, p.message]).filter(([, , m]) => (mutation.expect as RegExp).test(String(m)))).toEqual([[file.path, lines[0], expect.any(String)]]);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
