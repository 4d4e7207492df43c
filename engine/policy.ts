import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckCache } from "./cache.js";
import { EvaluationThread, EvaluationThreadError } from "./eval-thread.js";
import { describe, memoryPages, PolicyInstance } from "./instance.js";
import { byText } from "./text-order.js";
import { threadLimit } from "./threads.js";
import { count } from "./timings.js";
import { CHANGE_ENTRYPOINT, evaluateInShards, FACTS_ENTRYPOINT, type PolicyInputDoc, SHARD_ENTRYPOINT, shardable, ShardError, splitRecords, viewsInShards, viewsOfActivities } from "./shard.js";
import type { RuleMeta, Violation } from "./types.js";

/** The files `npm run build:policies` writes, and what the engine needs to judge. */
export const BUNDLE_FILES = { wasm: "policy.wasm", data: "data.json", rules: "rules.json" } as const;

/** The entrypoint every bundle must have. */
export const ENTRYPOINT = "ropa/main/violations";

/** The views of the legal model reporters read (bundles built before it existed lack it). */
export const VIEWS_ENTRYPOINT = "ropa/views";

export interface PolicyBundle {
  wasm: Uint8Array;
  /** Reference data the policies read under `data.reference`. */
  data: object;
  rules: RuleMeta[];
}

/** A compiled policy, loaded once and reused for every evaluation. */
export interface Policy {
  rules: Map<string, RuleMeta>;
  evaluate(input: object): Violation[];
  /**
   * The views of the legal model for the same input, or undefined when the bundle has no views entrypoint;
   * with `activities`, only the flows of those activities (the others are not evaluated).
   */
  views(input: object, activities?: readonly string[]): Views | undefined;
  /** Shard evaluations run (of them, on the second thread), and those given the result of an earlier one with the same input. */
  readonly shards: { evaluated: number; reused: number; onSecondThread: number };
  /** The digest of the compiled policy, its reference data and its rules' METADATA: what a kept result was judged by. */
  readonly digest: string;
}

/** One flow of an activity's data to a subprocessor outside its regime's area (policies/ropa/transfers). */
export interface TransferFlow {
  activity: string;
  role: "controller" | "processor";
  subprocessor: string;
  importer_country: string;
  regime: "EEA" | "UK";
  /** processing (a storage location), access (staff abroad) or establishment (where the importer is). */
  kind: "processing" | "access" | "establishment";
  /** The location id, the access purpose, or "country" for the establishment. */
  place: string;
  country: string;
  /** What covers it: an adequacy decision, the DPF, or recorded tools with their impact assessment's status. */
  mechanisms: TransferMechanism[];
  covered: boolean;
  /** The data categories of the activity that reach the subprocessor. */
  categories: string[];
}

export interface TransferMechanism {
  mechanism: string;
  decision?: string;
  scope?: string;
  verified_on?: string;
  stale?: boolean;
  index?: number;
  signed_on?: string;
  tia?: "missing" | "stale" | "negative" | "current";
}

export interface Views {
  transfers: TransferFlow[];
}

export { MAX_WASM_MEMORY_PAGES, memoryPages, WASM_MEMORY_PER_INPUT_BYTE } from "./instance.js";

export class PolicyError extends Error {
  override name = "PolicyError";
}

export function readBundleDir(dir: string): PolicyBundle {
  try {
    return {
      wasm: readFileSync(join(dir, BUNDLE_FILES.wasm)),
      data: JSON.parse(readFileSync(join(dir, BUNDLE_FILES.data), "utf8")),
      rules: JSON.parse(readFileSync(join(dir, BUNDLE_FILES.rules), "utf8")),
    };
  } catch (e) {
    throw new PolicyError(`cannot read the compiled policies in ${dir}: ${(e as Error).message}. Run \`npm run build:policies\`.`);
  }
}

/**
 * The METADATA of the rules in the compiled policies in `dir` (rules.json), without loading the WebAssembly:
 * what `ropa validate` checks the rule ids of waivers and promises against.
 */
export function readRulesDir(dir: string): Map<string, RuleMeta> {
  let rules: unknown;
  try {
    rules = JSON.parse(readFileSync(join(dir, BUNDLE_FILES.rules), "utf8"));
  } catch (e) {
    throw new PolicyError(`cannot read the compiled policies in ${dir}: ${(e as Error).message}. Run \`npm run build:policies\`.`);
  }
  if (!Array.isArray(rules)) throw new PolicyError("the compiled policy's rules.json is not a list of rules");
  return new Map((rules as RuleMeta[]).map((r) => [r.id, r]));
}

export interface LoadOptions {
  /** A fixed WebAssembly memory limit in 64 KiB pages; default: {@link MAX_WASM_MEMORY_PAGES}, more for a large input. */
  maxMemoryPages?: number;
  /** Results kept between runs (--cache-dir), by the digest of the policy, its data and the input. */
  cache?: CheckCache;
  /** Records per shard of a large register (engine/shard.ts); default SHARD_RECORDS. */
  shardRecords?: number;
  /** Threads a large register's shards are evaluated on, at most two; default ROPA_THREADS or one per core, from MIN_THREADED_RECORDS on. */
  threads?: number;
}

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * The WebAssembly compiled in this process, with its bytes: a process compiles each policy once, however often
 * it loads it (an audit loads the policies of many commits, most of them alike). Compared byte for byte rather
 * than by a digest: hashing the ~380 KB took ~0.8 ms of every check, and a comparison stops at the first
 * difference.
 */
const compiled: { wasm: Uint8Array; module: WebAssembly.Module }[] = [];

function compile(wasm: Uint8Array): WebAssembly.Module {
  const known = compiled.find((c) => Buffer.compare(c.wasm, wasm) === 0);
  if (known) return known.module;
  const module = new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>);
  // A copy (a Buffer's slice is a view): the caller's bytes may be part of a buffer it goes on to reuse.
  compiled.push({ wasm: new Uint8Array(wasm), module });
  return module;
}

export function loadPolicy(bundle: PolicyBundle, opts: LoadOptions = {}): Policy {
  let instance: PolicyInstance;
  let module: WebAssembly.Module;
  try {
    module = compile(bundle.wasm);
    instance = new PolicyInstance(module, bundle.data, opts.maxMemoryPages);
  } catch (e) {
    throw new PolicyError(`the compiled policy does not load: ${describe(e, memoryPages(0, opts.maxMemoryPages).maximum)}`);
  }
  if (!(ENTRYPOINT in instance.entrypoints)) throw new PolicyError(`the compiled policy has no entrypoint ${ENTRYPOINT}`);
  if (!Array.isArray(bundle.rules)) throw new PolicyError("the compiled policy's rules.json is not a list of rules");
  const rules = new Map(bundle.rules.map((r) => [r.id, r]));
  let broken: string | undefined;
  let digest: string | undefined;
  const policyDigest = () => (digest ??= sha256(JSON.stringify([sha256(bundle.wasm), sha256(JSON.stringify(bundle.data)), sha256(JSON.stringify(bundle.rules))])));
  const shardResults = new Map<string, unknown>();
  const shards = { evaluated: 0, reused: 0, onSecondThread: 0 };
  /**
   * Where `entrypoint`'s result for a shard is known: a shard with the same input as one evaluated before by
   * this policy (the base's shards a change leaves alone) is not evaluated again, nor, when `kept`, one whose
   * result a run before this one kept (--cache-dir): a check then evaluates only the shards its change made.
   * The views are not kept between runs: a check asks for those of a few activities (change.ts), and at 10,000
   * records a whole register's were 25 MB of the folder, read and written again by every run.
   */
  const lookup = (bytes: Uint8Array, entrypoint: string, kept: boolean) => {
    if (!(entrypoint in instance.entrypoints)) throw new ShardError(`the compiled policy has no entrypoint ${entrypoint}`);
    const input = sha256(bytes);
    const key = `${entrypoint}\u0000${input}`;
    const storeKey = kept ? opts.cache?.evaluationKey(policyDigest(), entrypoint, input) : undefined;
    // Every entrypoint a shard runs gives an object; anything else kept is evaluated again.
    const known = shardResults.has(key) ? shardResults.get(key) : storeKey && opts.cache!.shard(storeKey);
    if (known && typeof known === "object") {
      shards.reused++;
      count("shards_reused", 1);
      shardResults.set(key, known);
      return { key, storeKey, known };
    }
    return { key, storeKey };
  };
  /** The one value of a shard's result set, kept for the shards after it (and the next run, under `storeKey`). */
  const settle = (key: string, storeKey: string | undefined, set: unknown): unknown => {
    shards.evaluated++;
    count("shards_evaluated", 1);
    const result = Array.isArray(set) && set.length === 1 ? (set[0] as { result?: unknown }).result : undefined;
    // A check judges two registers (the head and its base): kept for a few of them, not for a process's life.
    if (shardResults.size >= SHARD_RESULTS_KEPT) shardResults.delete(shardResults.keys().next().value!);
    shardResults.set(key, result);
    if (storeKey && result !== undefined) opts.cache!.keepShard(storeKey, result);
    return result;
  };
  const run = (bytes: Uint8Array, entrypoint: string, kept = true): unknown => {
    const { key, storeKey, known } = lookup(bytes, entrypoint, kept);
    return known ?? settle(key, storeKey, instance.evaluate(bytes, entrypoint));
  };
  const runHere = (bytes: Uint8Array, entrypoint: string) => run(bytes, entrypoint, false);
  /** The shards' results, in order, evaluated on this thread and `thread` together (EvaluationThread.share). */
  const runAll = (thread: EvaluationThread, inputs: readonly (() => Uint8Array)[], entrypoint: string): unknown[] => {
    const results: unknown[] = new Array(inputs.length);
    type Job = { at: number; bytes: Uint8Array; key: string; storeKey?: string };
    let next = 0;
    /** The next input whose result is not known, made now (those known on the way are filled in). */
    const take = (): Job | undefined => {
      while (next < inputs.length) {
        const at = next++;
        const bytes = inputs[at]!();
        const { key, storeKey, known } = lookup(bytes, entrypoint, true);
        if (!known) return { at, bytes, key, storeKey };
        results[at] = known;
      }
      return undefined;
    };
    thread.share<Job>(entrypoint, inputs.length, take, ({ at, bytes, key, storeKey }) => {
      results[at] = settle(key, storeKey, instance.evaluate(bytes, entrypoint));
    }, ({ at, key, storeKey }, set) => {
      results[at] = settle(key, storeKey, set);
      shards.onSecondThread++;
      count("shards_on_second_thread", 1);
    });
    // A result left undefined fails the evaluation in shard.ts, as any shard's missing result does.
    return results;
  };
  /** What a failed evaluation says: the thread's words, or this thread's instance's. */
  const failed = (e: unknown) => (e instanceof EvaluationThreadError ? e.message : instance.describe(e));
  /** A result kept in the cache under `key`, checked like a fresh one; undefined when none is kept or it is not well-formed (it is then evaluated again). */
  const recall = <T>(key: string | undefined, check: (result: unknown) => T): T | undefined => {
    const kept = key ? opts.cache!.evaluation(key) : undefined;
    if (kept === undefined) return undefined;
    try {
      return check(kept);
    } catch {
      return undefined;
    }
  };
  return {
    rules,
    shards,
    get digest() {
      return policyDigest();
    },
    evaluate(input) {
      // A trap can leave the instance's memory half-written: after one, nothing it says is trusted.
      if (broken) throw new PolicyError(`policy evaluation failed earlier (${broken}); the policy is not used again`);
      const { entrypoints } = instance;
      // A bundle built before shards existed (an audit's historic policies) has no facts to share: it is run whole.
      const sharded = FACTS_ENTRYPOINT in entrypoints && SHARD_ENTRYPOINT in entrypoints && shardable(input, opts.shardRecords, CHANGE_ENTRYPOINT in entrypoints);
      // A second thread, if there is a core for it; it starts while the register is split into shards (it takes
      // a tenth of a second or so). Its instance grows like this thread's: at 100,000 generated records the
      // evaluation took 23 s against 38 on one thread, and the check's peak stayed under 1 GiB (~910-970 MB).
      const records = sharded ? splitRecords(input) : 0;
      const threaded = sharded && (opts.threads ?? (records >= MIN_THREADED_RECORDS ? threadLimit() : 1)) > 1;
      const thread = threaded ? new EvaluationThread(module, bundle.data, opts.maxMemoryPages) : undefined;
      // A kept result is checked like a fresh one; one that is not well-formed is evaluated again. A sharded
      // evaluation keeps each shard's result instead (run), so the whole input is never written out.
      const whole = sharded ? undefined : new TextEncoder().encode(JSON.stringify(input));
      const key = whole && opts.cache?.evaluationKey(policyDigest(), ENTRYPOINT, sha256(whole));
      const kept = recall(key, (r) => checkViolations(r, rules));
      if (kept) return kept;
      let result: unknown;
      try {
        result = sharded ? [{ result: evaluateInShards(input, run, opts.shardRecords, thread && ((inputs, entrypoint) => runAll(thread, inputs, entrypoint))) }] : instance.evaluate(whole!, ENTRYPOINT);
      } catch (e) {
        if (e instanceof ShardError) throw new PolicyError(`policy evaluation failed: ${e.message}`);
        broken = failed(e);
        throw new PolicyError(`policy evaluation failed: ${broken}`);
      } finally {
        // Its instance grew with the shards, and after a failure it may still hold some: a check's next
        // evaluation (a change's base) starts another.
        thread?.stop();
      }
      instance.release();
      const violations = checkViolations(result, rules);
      if (key) opts.cache!.saveEvaluation(key, result);
      opts.cache?.saveShards();
      return violations;
    },
    views(input, activities) {
      if (!(VIEWS_ENTRYPOINT in instance.entrypoints)) return undefined;
      if (broken) throw new PolicyError(`policy evaluation failed earlier (${broken}); the policy is not used again`);
      if (activities && !activities.length) return { transfers: [] };
      // A large register's views are evaluated in shards like its violations (they are per activity), a change's
      // too; some activities' views on the register cut down to them.
      const sharded = !activities && shardable(input, opts.shardRecords, true);
      const bytes = !activities && !sharded ? new TextEncoder().encode(JSON.stringify(input)) : undefined;
      // Kept like the violations (a change's views are asked again by the next check of it), checked alike.
      const key = bytes && opts.cache?.evaluationKey(policyDigest(), VIEWS_ENTRYPOINT, sha256(bytes));
      const kept = recall(key, checkViews);
      if (kept) return kept;
      let result: unknown;
      try {
        if (activities) result = [{ result: viewsOfActivities(input as PolicyInputDoc, runHere, VIEWS_ENTRYPOINT, activities, opts.shardRecords) }];
        else result = sharded ? [{ result: viewsInShards(input, runHere, VIEWS_ENTRYPOINT, opts.shardRecords) }] : instance.evaluate(bytes!, VIEWS_ENTRYPOINT);
      } catch (e) {
        if (e instanceof ShardError) throw new PolicyError(`policy evaluation failed: ${e.message}`);
        broken = failed(e);
        throw new PolicyError(`policy evaluation failed: ${broken}`);
      }
      const views = checkViews(result);
      if (key) opts.cache!.saveEvaluation(key, result);
      return views;
    },
  };
}

/**
 * The smallest register whose shards get a second thread unless `threads` says otherwise: one that is only just
 * split (a few shards) would spend on the thread's start (~0.1 s bundled, ~0.5 s from the TypeScript sources)
 * about what it saves.
 */
const MIN_THREADED_RECORDS = 2_000;

/** Shard results a policy keeps: all of a change's (its head's and its base's) at 100 shards of each. */
const SHARD_RESULTS_KEPT = 512;

/** Fails closed like the violations: a view that is not a list of transfer flows is an internal error. */
function checkViews(result: unknown): Views {
  const views = Array.isArray(result) && result.length === 1 ? (result[0] as { result?: unknown }).result : undefined;
  const transfers = views && typeof views === "object" ? (views as { transfers?: unknown }).transfers : undefined;
  const ok = Array.isArray(transfers) && transfers.every((f) => f && typeof f.subprocessor === "string" && typeof f.country === "string" && Array.isArray(f.mechanisms) && typeof f.covered === "boolean");
  if (!ok) throw new PolicyError(`the policy returned no transfer view (got ${JSON.stringify(views)?.slice(0, 200)})`);
  // The policy gives the flows as a set, in no stable order (sorting them in WebAssembly cost more than
  // finding them); readers get them in one order, whatever the policy build.
  const order = (f: TransferFlow) => [f.activity, f.subprocessor, f.regime, f.kind, f.place, f.country].join("\u0000");
  const sorted = (transfers as TransferFlow[]).map((f) => [order(f), JSON.stringify(f), f] as const).sort(([a, x], [b, y]) => byText(a, b) || byText(x, y));
  return { ...(views as Views), transfers: sorted.map(([, , f]) => f) };
}

/** Fails closed: anything but a well-formed list of known violations is an internal error, never a pass. */
function checkViolations(result: unknown, rules: Map<string, RuleMeta>): Violation[] {
  const set = Array.isArray(result) && result.length === 1 ? (result[0] as { result?: unknown }).result : undefined;
  if (!Array.isArray(set)) throw new PolicyError(`the policy returned no list of violations (got ${JSON.stringify(result)?.slice(0, 200)})`);
  for (const v of set as Violation[]) {
    const ok =
      v &&
      typeof v.rule === "string" &&
      typeof v.record === "string" &&
      Array.isArray(v.path) &&
      v.params &&
      typeof v.params === "object" &&
      Array.isArray(v.key) &&
      v.key.length === v.path.length &&
      v.key.every((k) => typeof k === "string") &&
      v.subject &&
      typeof v.subject === "object" &&
      !Array.isArray(v.subject);
    if (!ok) throw new PolicyError(`the policy returned a malformed violation: ${JSON.stringify(v).slice(0, 200)}`);
    if (!rules.has(v.rule)) throw new PolicyError(`the policy reported rule ${v.rule}, which has no METADATA in rules.json`);
  }
  return set as Violation[];
}

