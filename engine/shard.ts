// Evaluation of a large register in shards, so that the WebAssembly heap (which grows with the input and
// frees nothing during one evaluation) is bounded by a shard, not by the register. TypeScript only splits
// the register and unites results; what a shard must know about the whole register is computed by the
// policies (policies/ropa/facts): every fact is a set, so the union of the shards' facts is the whole's.
//   1. facts    each shard evaluates `ropa/facts/local`; the facts of all shards are united.
//   2. shards   each shard evaluates `ropa/main/shard` with the united facts: its violations, and the waivers
//               they matched. A violation about a record is the same in every shard that holds the record.
//   3. waivers  one last evaluation of every small record, with the waivers every shard matched, for
//               waivers.unused; it judges the subprocessors and waivers no shard holds, too.
// The result is the union of the shards' violations: test/shard.test.ts checks it equals one evaluation.
// A change (a register with its base) is evaluated so too, its shards given only the base's records the rules
// other than those about changes read (lib.base_records: the organisation, the waivers on held records, each held segment), and
// the rules about changes judged apart, in one evaluation of the whole head and base (`ropa/main/change`), whose
// waivers matched count for waivers.unused. A register alone is its own base in its shards (shardInputs), so a
// shard a change leaves alone has the same input in the head and the base. The views (the transfer flows, one per
// activity) are the shards' views put together (viewsInShards).

import { byText, canonical } from "./text-order.js";

/**
 * The collections split between shards. Every other one is small: a shard holds the organisation, the
 * locations and the data categories whole, and of the subprocessors and waivers those it needs (withClosure).
 */
const SPLIT = ["activities", "segments", "products"] as const;

export const FACTS_ENTRYPOINT = "ropa/facts/local";
export const SHARD_ENTRYPOINT = "ropa/main/shard";
/** The rules about a change, judged whole beside a change's shards; policies without it judge a change whole. */
export const CHANGE_ENTRYPOINT = "ropa/main/change";

/** The facts `ropa/facts/local` returns; a shard's facts without one of them would be a silent pass. */
const FACT_NAMES = ["processor_subjects", "products_used", "rejected_users", "subprocessor_flows", "subprocessors_used"];

/**
 * Facts that are sets of ids of split records: a shard is given those of the records it holds (a rule asks
 * only about its own records), so that what every shard reads does not grow with the register.
 */
const ID_FACTS: Record<string, (typeof SPLIT)[number]> = { products_used: "products" };

/**
 * Records a shard owns. At 10,000 generated records, shards of 500 records (~1.3 MB of input JSON) reached
 * 109 MiB of WebAssembly heap and shards of 1,000 200 MiB, for the same CPU time (4.3 and 3.8 s; 2,000: 4.4 s).
 */
export const SHARD_RECORDS = 500;

/**
 * At most this many shards: every shard also reads the facts, the organisation and the locations, which grow
 * with the register, so a very large one is split into bigger shards. At 100,000 generated records, shards of
 * 500 (250) or 1,000 (100) took the same time, and the larger ones 50 MB more memory.
 */
export const MAX_SHARDS = 250;

type Doc = Record<string, unknown> & { organisation?: unknown };
export interface PolicyInputDoc {
  today: string;
  register: Doc;
  base: Doc;
}

/** Evaluates `input` (JSON bytes) at `entrypoint` and returns the result set's one value, or throws. */
export type Evaluate = (input: Uint8Array, entrypoint: string) => unknown;

/**
 * Evaluates each of `inputs` at `entrypoint`, their values in order. Each input is made (its JSON) when its
 * function is called, so an evaluator with a second thread (policy.ts) starts on one while the next is made.
 */
export type EvaluateAll = (inputs: readonly (() => Uint8Array)[], entrypoint: string) => unknown[];

const oneByOne =
  (evaluate: Evaluate): EvaluateAll =>
  (inputs, entrypoint) =>
    inputs.map((input) => evaluate(input(), entrypoint));

/**
 * Each shard's input JSON for the facts pass, and for the shards pass that same text with its `shard` member
 * added at the end: the same bytes as encoding the whole again (JSON.stringify writes keys in order), made at
 * half the cost. The texts are kept between the passes up to KEPT_JSON_BYTES; beyond, a shard is encoded again.
 */
class ShardJson {
  private readonly texts: (string | undefined)[] = [];
  private kept = 0;

  constructor(private readonly docs: object[]) {}

  facts(): (() => Uint8Array)[] {
    return this.docs.map((doc, i) => () => {
      const text = JSON.stringify(doc);
      if (this.kept + text.length <= KEPT_JSON_BYTES) {
        this.texts[i] = text;
        this.kept += text.length;
      }
      return utf8.encode(text);
    });
  }

  shards(shard: (i: number) => object): (() => Uint8Array)[] {
    return this.docs.map((doc, i) => () => {
      const text = this.texts[i];
      this.texts[i] = undefined;
      const part = shard(i);
      // An empty object's text would take no comma before the member.
      return utf8.encode(text !== undefined && text !== "{}" ? `${text.slice(0, -1)},"shard":${JSON.stringify(part)}}` : JSON.stringify({ ...doc, shard: part }));
    });
  }
}

/** JSON text kept between the facts pass and the shards pass: all of a 10,000-record register's (~21 MB), a few of a larger one's shards. */
const KEPT_JSON_BYTES = 32 << 20;

const utf8 = new TextEncoder();

export class ShardError extends Error {
  override name = "ShardError";
}

/**
 * Whether `input` is split: a register of more than two shards. A change (`check --base`, a register with a
 * base) is split only by policies that judge the rules about changes apart (`changes`); others judge it whole.
 */
export function shardable(input: object, shardRecords = SHARD_RECORDS, changes = false): input is PolicyInputDoc {
  const { register, base } = input as Partial<PolicyInputDoc>;
  if (!register || !base || typeof register !== "object" || typeof base !== "object") return false;
  if (!changes && hasBase(base)) return false;
  return splitRecords(input as PolicyInputDoc) > 2 * shardRecords;
}

/** The records of the collections split between shards (activities, segments, products) in the register. */
export const splitRecords = ({ register }: PolicyInputDoc): number => SPLIT.reduce((n, c) => n + Object.keys((register[c] as object) ?? {}).length, 0);

/** Whether the base holds anything: then the input is a change. */
const hasBase = (base: Doc): boolean => !!base.organisation || Object.values(base).some((c) => c && typeof c === "object" && Object.keys(c).length);

/**
 * What a shard holding `register` is given of the base: the base's records the rules other than those about
 * changes read (lib.base_records), i.e. the organisation, the segments the shard holds, and the waivers: of a
 * shard (`part`), those on the records it holds (withClosure), all of them to the last evaluation. A register
 * alone (`itself`) is its own base, and gives its own.
 */
function baseFor(register: Doc, base: Doc | "itself", part: boolean): Doc {
  if (base === "itself") return { segments: register.segments ?? {}, ...pick(register, ["organisation", "waivers"]) };
  const segments = (base.segments as Record<string, unknown>) ?? {};
  const held = Object.keys((register.segments as object) ?? {}).filter((id) => Object.hasOwn(segments, id));
  const slim: Doc = { segments: Object.fromEntries(held.map((id) => [id, segments[id]])), ...pick(base, ["organisation", "waivers"]) };
  if (part && slim.waivers) slim.waivers = waiversOn(slim.waivers, register);
  return slim;
}

/** The `kinds` the document has, and only those. */
function pick(doc: Doc, kinds: string[]): Doc {
  const slim: Doc = {};
  for (const kind of kinds) if (kind in doc) slim[kind] = doc[kind];
  return slim;
}

/** The register in shards: each owns a slice of the split collections and holds the records they name and the small records they need (withClosure). */
export function partition(register: Doc, shardRecords = SHARD_RECORDS): Doc[] {
  return slices(split(register), shardRecords).map((s) => s.doc);
}

/**
 * The shards of the register, each with the ids of the split records it owns. The activities are cut into
 * slices first, each holding the segments and products its activities name; the segments and products no
 * activity names follow in slices of their own. (A record named by some activity is judged in that activity's
 * shard, as in every shard holding it, so it needs no shard of its own: at 10,000 generated records, a
 * quarter less input to evaluate.)
 */
function slices(parts: Split, shardRecords: number): { doc: Doc; owns: Set<string> }[] {
  const { owner } = parts;
  const size = Math.max(shardRecords, Math.ceil(owner.size / MAX_SHARDS));
  const activities = [...owner.keys()].filter((id) => owner.get(id)!.collection === "activities");
  const shards: { doc: Doc; owns: Set<string> }[] = [];
  const held = new Set<string>();
  const cut = (ids: string[]) => {
    for (let at = 0; at < ids.length; at += size) {
      const own = ids.slice(at, at + size);
      const doc = withClosure(parts, own, true);
      for (const c of SPLIT) for (const id of Object.keys(doc[c] as object)) held.add(id);
      shards.push({ doc, owns: new Set(own) });
    }
  };
  cut(activities);
  cut([...owner.keys()].filter((id) => !held.has(id)));
  return shards;
}

/** A split record: its collection, itself, the other split records it names, and the subprocessors it names. */
interface SplitRecord {
  collection: (typeof SPLIT)[number];
  record: unknown;
  names: string[];
  subprocessors: string[];
}

/** The split records by id, the register without them, and the subprocessors each subprocessor names. */
interface Split {
  owner: Map<string, SplitRecord>;
  small: Doc;
  subprocessorNames: Map<string, string[]>;
}

function split(register: Doc): Split {
  const owner = new Map<string, SplitRecord>();
  for (const collection of SPLIT) for (const [id, record] of Object.entries((register[collection] as Record<string, unknown>) ?? {})) owner.set(id, { collection, record, names: [], subprocessors: [] });
  const subprocessors = (register.subprocessors as Record<string, unknown>) ?? {};
  const isSubprocessor = (id: string) => Object.hasOwn(subprocessors, id);
  // Found once per register, not once per shard that holds the record.
  for (const [id, entry] of owner) {
    const named = [...new Set(strings(entry.record))];
    entry.names = named.filter((n) => n !== id && owner.has(n));
    entry.subprocessors = named.filter(isSubprocessor);
  }
  const subprocessorNames = new Map(Object.entries(subprocessors).map(([id, sub]) => [id, [...new Set(strings(sub))].filter((n) => n !== id && isSubprocessor(n))]));
  const small: Doc = {};
  for (const [k, v] of Object.entries(register)) if (!(SPLIT as readonly string[]).includes(k)) small[k] = v;
  return { owner, small, subprocessorNames };
}

/**
 * The small records, `ids`, and every split record they name (a segment, a product), as one register document.
 * A shard (`part`) holds of the subprocessors only those its records name (and those these name), and of the
 * waivers only those on a record it holds: at 100,000 generated records every shard held all 400 subprocessors
 * and 300 waivers before, a third of its input, and judged them again. The rules read a subprocessor only
 * through the records that name it or the facts (policies/ropa/facts), so a violation about a record a shard
 * holds is the one the whole register gives; the last evaluation holds every small record and judges each.
 */
function withClosure({ owner, small, subprocessorNames }: Split, ids: string[], part: boolean): Doc {
  const doc: Doc = { ...small };
  const into = Object.fromEntries(SPLIT.map((c) => [c, {} as Record<string, unknown>]));
  const subprocessors = new Set<string>();
  const nameSubprocessor = (sid: string): void => {
    if (subprocessors.has(sid)) return;
    subprocessors.add(sid);
    for (const named of subprocessorNames.get(sid)!) nameSubprocessor(named);
  };
  for (const id of ids) {
    const { collection, record, names, subprocessors: named } = owner.get(id)!;
    into[collection]![id] = record;
    for (const sid of named) nameSubprocessor(sid);
    for (const n of names) {
      const other = owner.get(n)!;
      into[other.collection]![n] = other.record;
      for (const sid of other.subprocessors) nameSubprocessor(sid);
    }
  }
  Object.assign(doc, into);
  if (!part) return doc;
  if (small.subprocessors) doc.subprocessors = only(small.subprocessors, (sid) => subprocessors.has(sid));
  if (small.waivers) doc.waivers = waiversOn(small.waivers, doc);
  return doc;
}

/** The waivers (of the register, or of its base) on a record `doc` holds, in their order. */
function waiversOn(waivers: unknown, doc: Doc): Record<string, unknown> {
  const held = new Set<string>();
  for (const [kind, collection] of Object.entries(doc)) if (kind !== "organisation" && collection && typeof collection === "object") for (const id of Object.keys(collection)) held.add(id);
  const organisation = (doc.organisation as { id?: unknown } | undefined)?.id;
  return only(waivers, (_, waiver) => {
    const record = (waiver as { record?: unknown } | null)?.record;
    return typeof record === "string" && (held.has(record) || record === organisation);
  });
}

/** The members of a collection that `keep`, in its order. */
function only(collection: unknown, keep: (id: string, record: unknown) => boolean): Record<string, unknown> {
  return Object.fromEntries(Object.entries(collection as Record<string, unknown>).filter(([id, record]) => keep(id, record)));
}

/** Every string in a record: any of them may be another record's id (over-inclusion only repeats findings the union drops). */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, into);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, into);
  return into;
}

/** The waivers' targets, for the last evaluation: a waiver's field is checked against its record (waivers.field_index). */
function waiverTargets(register: Doc): string[] {
  return Object.values((register.waivers as Record<string, { record?: unknown }>) ?? {}).flatMap((w) => (typeof w?.record === "string" ? [w.record] : []));
}

const encode = (value: unknown) => utf8.encode(JSON.stringify(value));

/** The violations of `input`, evaluated in shards; any shard's failure is the whole evaluation's. */
export function evaluateInShards(input: PolicyInputDoc, evaluate: Evaluate, shardRecords = SHARD_RECORDS, evaluateAll = oneByOne(evaluate)): unknown[] {
  const change = hasBase(input.base);
  const { inputOf, shards, parts } = shardInputs(input, shardRecords);
  const mode = { change: "apart" };

  const facts: Record<string, Map<string, unknown>> = Object.fromEntries(FACT_NAMES.map((n) => [n, new Map()]));
  const json = new ShardJson(shards.map(({ doc }) => inputOf(doc)));
  for (const local of evaluateAll(json.facts(), FACTS_ENTRYPOINT)) {
    if (!local || typeof local !== "object" || Array.isArray(local) || Object.keys(local).sort().join() !== FACT_NAMES.join()) {
      throw new ShardError(`the policy returned no facts of a shard (got ${JSON.stringify(local)?.slice(0, 200)})`);
    }
    for (const name of FACT_NAMES) unite(facts[name]!, (local as Record<string, unknown>)[name], name);
  }
  // In one order whatever the shards' order, so that a shard's input depends only on its records and the facts.
  const given = Object.fromEntries(FACT_NAMES.map((n) => [n, [...facts[n]!].sort(([a], [b]) => byText(a, b)).map(([, v]) => v)]));

  const violations = new Map<string, unknown>();
  const waiversUsed = new Map<string, unknown>();
  const results = evaluateAll(
    json.shards((i) => ({ facts: factsFor(shards[i]!.doc, given), ...mode })),
    SHARD_ENTRYPOINT,
  ) as ({ violations?: unknown; waivers_used?: unknown } | undefined)[];
  for (const result of results) {
    if (!result || !Array.isArray(result.violations) || !Array.isArray(result.waivers_used)) {
      throw new ShardError(`the policy returned no result for a shard (got ${JSON.stringify(result)?.slice(0, 200)})`);
    }
    unite(violations, result.violations, "violations");
    unite(waiversUsed, result.waivers_used, "waivers_used");
  }

  if (change) {
    const result = evaluate(encode({ ...input, shard: { facts: factsFor(input.register, given), change: "only" } }), CHANGE_ENTRYPOINT) as { violations?: unknown; waivers_used?: unknown } | undefined;
    if (!result || !Array.isArray(result.violations) || !Array.isArray(result.waivers_used)) {
      throw new ShardError(`the policy returned no result for the rules about the change (got ${JSON.stringify(result)?.slice(0, 200)})`);
    }
    unite(violations, result.violations, "violations");
    unite(waiversUsed, result.waivers_used, "waivers_used");
  }

  const targets = withClosure(parts, waiverTargets(input.register).filter((id) => parts.owner.has(id)), false);
  const final = evaluate(encode({ ...inputOf(targets, false), shard: { facts: factsFor(targets, given), waivers_used: [...waiversUsed.values()], ...mode } }), SHARD_ENTRYPOINT) as { violations?: unknown } | undefined;
  if (!final || !Array.isArray(final.violations)) throw new ShardError(`the policy returned no result for the waivers (got ${JSON.stringify(final)?.slice(0, 200)})`);
  unite(violations, final.violations, "violations");
  return [...violations.values()];
}

/**
 * The input of each shard of `input`: its records, and of the base only what the rules other than those about
 * changes read (baseFor); the rules about changes are judged apart (`ropa/main/change`), so a shard carries
 * no `change`. A register alone is its own base: its limits are its own either way, and no rule about changes
 * speaks. So a shard the change leaves alone has the same input in the head as in the base, byte for byte,
 * and the engine evaluates it once (engine/policy.ts).
 */
function shardInputs(input: PolicyInputDoc, shardRecords: number) {
  const base = hasBase(input.base) ? input.base : "itself";
  const inputOf = (register: Doc, part = true) => ({ today: input.today, register, base: baseFor(register, base, part) });
  const parts = split(input.register);
  return { inputOf, shards: slices(parts, shardRecords), parts };
}

/**
 * The views of `input` (at `entrypoint`), evaluated in shards: each view is a list of flows, each of one
 * activity's data, which the shard owning the activity (holding the records it names and the small records)
 * finds as the whole register would. A shard's flows of activities it only holds are left to their owner's,
 * so the views are the shards' lists put together; a view whose items name no activity fails.
 */
export function viewsInShards(input: PolicyInputDoc, evaluate: Evaluate, entrypoint: string, shardRecords = SHARD_RECORDS): Record<string, unknown[]> {
  const { inputOf, shards } = shardInputs(input, shardRecords);
  const views: Record<string, unknown[]> = {};
  for (const { doc: register, owns } of shards) {
    const result = evaluate(encode(inputOf(register)), entrypoint);
    if (!result || typeof result !== "object" || Array.isArray(result)) throw new ShardError(`the policy returned no views for a shard (got ${JSON.stringify(result)?.slice(0, 200)})`);
    for (const [name, list] of Object.entries(result)) {
      if (!Array.isArray(list)) throw new ShardError(`the policy returned the view ${name} that is not a list`);
      const own = list.filter((item: { activity?: unknown }) => {
        if (typeof item?.activity !== "string") throw new ShardError(`the view ${name} has an item of no activity, which shards cannot split (${JSON.stringify(item)?.slice(0, 200)})`);
        return owns.has(item.activity);
      });
      views[name] = (views[name] ?? []).concat(own);
    }
  }
  return views;
}

/**
 * The views of the flows of some `activities` only: evaluated (in shards, if many) on the register cut down to
 * them, the records they name and the small records, as a shard holding them would be; the flows are those
 * the whole register's views give for these activities (test/shard.test.ts).
 */
export function viewsOfActivities(input: PolicyInputDoc, evaluate: Evaluate, entrypoint: string, activities: readonly string[], shardRecords = SHARD_RECORDS): Record<string, unknown[]> {
  const parts = split(input.register);
  const { owner } = parts;
  const ids = new Set(activities.filter((id) => owner.get(id)?.collection === "activities"));
  const views = viewsInShards({ ...input, register: withClosure(parts, [...ids], false) }, evaluate, entrypoint, shardRecords);
  return Object.fromEntries(Object.entries(views).map(([name, list]) => [name, list.filter((item) => ids.has((item as { activity: string }).activity))]));
}

/** The facts `given` to the shard holding `register`: the id facts only for the records it holds. */
function factsFor(register: Doc, given: Record<string, unknown[]>): Record<string, unknown[]> {
  const own = { ...given };
  for (const [name, collection] of Object.entries(ID_FACTS)) {
    const held = (register[collection] as Record<string, unknown>) ?? {};
    own[name] = given[name]!.filter((id) => typeof id === "string" && Object.hasOwn(held, id));
  }
  return own;
}

/** Adds the items of `list` to `into`, each once (by its JSON with sorted keys). */
function unite(into: Map<string, unknown>, list: unknown, what: string): void {
  if (!Array.isArray(list)) throw new ShardError(`the policy returned ${what} that is not a list (got ${JSON.stringify(list)?.slice(0, 200)})`);
  for (const item of list) into.set(canonical(item), item);
}

