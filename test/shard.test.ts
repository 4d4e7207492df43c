// A register evaluated in shards (engine/shard.ts) gives exactly the violations of one evaluation: same rule,
// record, path, key, subject, params and waiver. Generated registers (the bench generator), with edits that
// move the facts across shards: a rejected subprocessor in use, a retired product, a waiver that covers a
// finding in another shard than its own, and one that covers nothing.
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRegister, policyInput } from "../engine/check.js";
import { loadPolicy, PolicyError, readBundleDir, type PolicyBundle } from "../engine/policy.js";
import { partition, shardable } from "../engine/shard.js";
import type { Violation } from "../engine/types.js";
import { generateRegister } from "../scripts/bench/generate.js";
import { readFiles } from "../scripts/bench/input.js";
import { RECORDS, ROOT, TODAY } from "./helpers/register.js";

const bundle: PolicyBundle = readBundleDir(join(ROOT, "policies/build"));
const whole = loadPolicy(bundle, { shardRecords: Number.MAX_SAFE_INTEGER });

type Input = { today: string; register: Record<string, Record<string, Record<string, unknown>>>; base: object };

async function generated(records: number, seed: number): Promise<Input> {
  const { files } = generateRegister({ records, seed, today: TODAY });
  const register = await readRegister(files.map((f) => ({ ...f, path: `/reg/${f.path}` })), "/reg");
  return structuredClone(policyInput(register, TODAY)) as Input;
}

/** Each violation as JSON with sorted keys, sorted: the same list means the same findings. */
function canonical(violations: Violation[]): string[] {
  const text = (v: unknown): string =>
    Array.isArray(v) ? `[${v.map(text).join(",")}]` : v && typeof v === "object" ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${text((v as Record<string, unknown>)[k])}`).join(",")}}` : JSON.stringify(v);
  return violations.map(text).sort();
}

interface Edits {
  rejected: number;
  retired: number;
  waived: number;
  unusedWaiver: boolean;
  /** A segment and a product that no activity names: judged in shards of their own. */
  unnamed: boolean;
}

/** Applies `edits` to the register, choosing records by index (modulo their count). */
function edit(input: Input, edits: Edits): Input {
  const reg = input.register;
  const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  const sub = pick(Object.values(reg.subprocessors!), edits.rejected);
  if (sub) sub.privacy_assessment = { ...(sub.privacy_assessment as object), outcome: "rejected" };
  const product = pick(Object.values(reg.products!), edits.retired);
  if (product) Object.assign(product, { status: "retired", retired_on: "2026-01-01", retired_reason: "closed" });
  const waiver = (id: string, rule: string, record: string) => ({
    apiVersion: "ropa/v1", kind: "Waiver", id, name: id, rule, record, approved_by: "DPO", approved_on: "2026-11-01", expires_on: "2026-12-31", reason: "A test.",
  });
  const found = pick(whole.evaluate(input), edits.waived);
  if (found) reg.waivers!["waiver-of-a-finding"] = waiver("waiver-of-a-finding", found.rule, found.record);
  if (edits.unusedWaiver) reg.waivers!["waiver-of-nothing"] = waiver("waiver-of-nothing", "dpia.review", Object.keys(reg.activities!)[0]!);
  if (edits.unnamed) {
    for (const [collection, id] of [["segments", "seg-unnamed"], ["products", "prod-unnamed"]] as const) {
      const first = Object.values(reg[collection]!)[0];
      if (first) reg[collection]![id] = { ...structuredClone(first), id, name: `${collection} no activity names` };
    }
    // A subprocessor no record names, which no shard holds, and a waiver of its finding: judged in the last evaluation only.
    const active = Object.values(reg.subprocessors!).find((s) => s.status !== "retired");
    if (active) {
      reg.subprocessors!["sub-unnamed"] = { ...structuredClone(active), id: "sub-unnamed", name: "A subprocessor no activity names" };
      reg.waivers!["waiver-of-unnamed"] = waiver("waiver-of-unnamed", "subprocessors.unused", "sub-unnamed");
    }
  }
  return input;
}

interface ChangeEdits {
  relaxed: number;
  promiseDropped: boolean;
  widened: boolean;
  subprocessorAdded: number;
  dropped: number;
  changeWaived: number;
  /** The waiver of a rule about changes is the base's, kept, aimed at another record there: not the change's to grant. */
  keptWaiver: boolean;
  baseDate: boolean;
}

/** A head edited from `base` (a copy), by the change's kind of edits: limits relaxed, subprocessors added and removed, activities removed, a waiver of a rule about changes. */
function changed(base: Input, edits: ChangeEdits): Input {
  const head = structuredClone(base);
  const reg = head.register;
  const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  const segment = pick(Object.values(reg.segments!), edits.relaxed);
  if (segment) Object.assign(segment, { notice_period_days: 1, jurisdiction: "US" });
  const organisation = (reg as Record<string, unknown>).organisation as Record<string, unknown>;
  if (edits.promiseDropped) delete organisation.promises;
  if (edits.widened) organisation.access_without_authorisation = ["technical", "support", "sales", "marketing"];
  const activities = Object.values(reg.activities!);
  const activity = pick(activities, edits.subprocessorAdded);
  const sub = pick(Object.keys(reg.subprocessors!), edits.subprocessorAdded * 7);
  if (activity && sub) activity.subprocessors = [...new Set([...((activity.subprocessors as string[]) ?? []), sub])];
  const gone = pick(Object.keys(reg.activities!), edits.dropped);
  if (gone) delete reg.activities![gone];
  const found = pick(
    whole.evaluate({ ...head, base: base.register }).filter((v) => v.rule.startsWith("change.")),
    edits.changeWaived,
  );
  let baseRegister = base.register;
  if (found) {
    const waiver = {
      apiVersion: "ropa/v1", kind: "Waiver", id: "waiver-of-a-change", name: "waiver-of-a-change", rule: found.rule, record: found.record,
      approved_by: "DPO", approved_on: "2026-11-01", expires_on: "2026-12-31", reason: "A test.",
    };
    reg.waivers!["waiver-of-a-change"] = waiver;
    if (edits.keptWaiver) {
      baseRegister = structuredClone(base.register);
      baseRegister.waivers!["waiver-of-a-change"] = { ...waiver, record: Object.keys(baseRegister.activities!).at(-1)! };
    }
  }
  return { ...head, base: baseRegister, ...(edits.baseDate ? { change: { base_date: "2026-06-01" } } : {}) } as Input;
}

// On one thread (the second is its own test below: started from the TypeScript sources it boots tsx, ~0.5 s).
// Registers of at least 50 records: one of 40 had 31 activities, segments and products, and with one
// activity deleted by the change no longer made more than two shards of 15 (shardable), which the
// properties assert first.
describe("sharded evaluation", () => {
  it("gives the violations of one evaluation on generated changes (a base and an edited head)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 50, max: 200 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 2, max: 15 }),
        fc.record({ relaxed: fc.nat(), promiseDropped: fc.boolean(), widened: fc.boolean(), subprocessorAdded: fc.nat(), dropped: fc.nat(), changeWaived: fc.nat(), keptWaiver: fc.boolean(), baseDate: fc.boolean() }),
        async (records, seed, shardRecords, edits) => {
          const input = changed(await generated(records, seed), edits);
          expect(shardable(input, shardRecords, true)).toBe(true);
          const findings = whole.evaluate(input);
          expect(findings.some((v) => v.rule.startsWith("change."))).toBe(true);
          const sharded = loadPolicy(bundle, { shardRecords, threads: 1 }).evaluate(input);
          expect(canonical(sharded)).toEqual(canonical(findings));
        },
      ),
      { numRuns: 10 },
    );
  }, 240_000);


  it("gives the violations of one evaluation on generated registers", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 40, max: 260 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 2, max: 15 }),
        fc.record({ rejected: fc.nat(), retired: fc.nat(), waived: fc.nat(), unusedWaiver: fc.boolean(), unnamed: fc.boolean() }),
        async (records, seed, shardRecords, edits) => {
          const input = edit(await generated(records, seed), edits);
          expect(shardable(input, shardRecords)).toBe(true);
          const sharded = loadPolicy(bundle, { shardRecords, threads: 1 }).evaluate(input);
          expect(canonical(sharded)).toEqual(canonical(whole.evaluate(input)));
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);

  it("gives the transfer view of one evaluation, for registers and changes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 50, max: 200 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 2, max: 15 }),
        fc.boolean(),
        fc.record({ relaxed: fc.nat(), promiseDropped: fc.boolean(), widened: fc.boolean(), subprocessorAdded: fc.nat(), dropped: fc.nat(), changeWaived: fc.nat(), keptWaiver: fc.boolean(), baseDate: fc.boolean() }),
        async (records, seed, shardRecords, change, edits) => {
          const register = await generated(records, seed);
          const input = change ? changed(register, edits) : register;
          expect(shardable(input, shardRecords, true)).toBe(true);
          const view = whole.views(input)!;
          expect(view.transfers.length).toBeGreaterThan(0);
          // checkViews gives the flows in one order, however they were found.
          expect(loadPolicy(bundle, { shardRecords }).views(input)).toEqual(view);
          // Some activities' flows alone (a PR comment's), on the register cut down to them.
          const some = Object.keys(input.register.activities!).filter((_, i) => i % 3 === seed % 3);
          expect(loadPolicy(bundle, { shardRecords }).views(input, some)!.transfers).toEqual(view.transfers.filter((f) => some.includes(f.activity)));
        },
      ),
      { numRuns: 8 },
    );
  }, 240_000);

  it("evaluates a base's shards that a change leaves alone once, for the head and the base", async () => {
    const base = await generated(400, 11);
    const head = structuredClone(base);
    const activity = Object.values(head.register.activities!)[0]!;
    activity.response_days = 45;
    const policy = loadPolicy(bundle, { shardRecords: 50 });
    const findings = policy.evaluate({ ...head, base: base.register });
    const run = policy.shards.evaluated;
    const alone = policy.evaluate(base);
    // All but the edited activity's shard (and the last evaluation, for the waivers) come back unevaluated.
    expect(policy.shards.reused).toBeGreaterThan(0);
    expect(policy.shards.evaluated - run).toBeLessThanOrEqual(3);
    expect(canonical(alone)).toEqual(canonical(whole.evaluate(base)));
    expect(canonical(findings)).toEqual(canonical(whole.evaluate({ ...head, base: base.register })));
  });

  it("gives the violations of one evaluation on the example register, one record per shard", async () => {
    const register = await readRegister(readFiles(RECORDS), RECORDS);
    // Judged years later, when its reviews and assessments are due.
    const input = policyInput(register, "2029-06-01");
    const findings = whole.evaluate(input);
    expect(findings.length).toBeGreaterThan(0);
    expect(canonical(loadPolicy(bundle, { shardRecords: 1 }).evaluate(input))).toEqual(canonical(findings));
  });

  it("cuts the activities into slices holding what they name, then the segments and products no activity names; of the subprocessors and waivers, those they need", async () => {
    const input = edit(await generated(200, 7), { rejected: 0, retired: 0, waived: 0, unusedWaiver: false, unnamed: true });
    const shards = partition(input.register, 25);
    const activityShards = Math.ceil(Object.keys(input.register.activities!).length / 25);
    for (const c of ["activities", "segments", "products"] as const) {
      const held = new Set(shards.flatMap((s) => Object.keys(s[c] as object)));
      expect([...held].sort()).toEqual(Object.keys(input.register[c]!).sort());
    }
    const named = new Set(shards.slice(0, activityShards).flatMap((s) => [...Object.keys(s.segments as object), ...Object.keys(s.products as object)]));
    const rest = shards.slice(activityShards);
    for (const s of rest) expect(Object.keys(s.activities as object)).toEqual([]);
    const unnamed = rest.flatMap((s) => [...Object.keys(s.segments as object), ...Object.keys(s.products as object)]);
    expect(unnamed.filter((id) => named.has(id))).toEqual([]);
    expect(unnamed.length).toBeGreaterThan(0);
    expect(rest.length).toBe(Math.ceil(unnamed.length / 25));
    // Of the subprocessors and waivers, a shard holds those its records name and those on the records it holds.
    const waivers = Object.values(input.register.waivers!);
    for (const s of shards) {
      const text = JSON.stringify([s.activities, s.segments, s.products]);
      const named = Object.keys(input.register.subprocessors!).filter((sid) => text.includes(JSON.stringify(sid)));
      expect(Object.keys(s.subprocessors as object)).toEqual(named);
      const held = new Set(["activities", "segments", "products", "subprocessors", "locations"].flatMap((c) => Object.keys(s[c] as object)));
      expect(Object.keys(s.waivers as object)).toEqual(waivers.filter((w) => held.has(w.record as string)).map((w) => w.id));
    }
    expect(shards.some((s) => Object.keys(s.subprocessors as object).length < Object.keys(input.register.subprocessors!).length)).toBe(true);
    expect(shards.some((s) => Object.keys(s.waivers as object).length > 0)).toBe(true);
  });

  it("judges a small register, and a change under policies without ropa/main/change, in one evaluation", async () => {
    const input = await generated(200, 3);
    expect(shardable(input, 1_000)).toBe(false);
    expect(shardable({ ...input, base: input.register }, 10)).toBe(false);
    // Policies that judge the rules about changes apart split a change too.
    expect(shardable({ ...input, base: input.register }, 10, true)).toBe(true);
  });

  it("gives the same violations, in the same order, with some shards evaluated on a second thread", async () => {
    const register = edit(await generated(240, 21), { rejected: 3, retired: 2, waived: 4, unusedWaiver: true, unnamed: true });
    const change = changed(await generated(160, 22), { relaxed: 1, promiseDropped: true, widened: true, subprocessorAdded: 2, dropped: 1, changeWaived: 1, keptWaiver: false, baseDate: false });
    for (const input of [register, change]) {
      const one = loadPolicy(bundle, { shardRecords: 12, threads: 1 });
      const two = loadPolicy(bundle, { shardRecords: 12, threads: 2 });
      const expected = one.evaluate(input);
      expect(two.evaluate(input)).toEqual(expected);
      expect(one.shards.onSecondThread).toBe(0);
      expect(two.shards.onSecondThread).toBeGreaterThan(0);
      expect(two.shards.evaluated).toBe(one.shards.evaluated);
      expect(canonical(expected)).toEqual(canonical(whole.evaluate(input)));
    }
  });

  it("fails closed: a shard that fails fails the evaluation", async () => {
    const input = await generated(120, 5);
    const starved = loadPolicy(bundle, { shardRecords: 10, maxMemoryPages: 24 });
    expect(() => starved.evaluate(input)).toThrow(PolicyError);
    expect(() => starved.evaluate(input)).toThrow(/failed earlier/);
  });
});
