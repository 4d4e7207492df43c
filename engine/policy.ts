import * as opaWasm from "@open-policy-agent/opa-wasm";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { CheckCache } from "./cache.js";
import { count } from "./timings.js";
import { CHANGE_ENTRYPOINT, evaluateInShards, FACTS_ENTRYPOINT, type PolicyInputDoc, SHARD_ENTRYPOINT, shardable, ShardError, viewsInShards, viewsOfActivities } from "./shard.js";
import type { RuleMeta, Violation } from "./types.js";

/** The files `npm run build:policies` writes, and what the engine needs to judge. */
export const BUNDLE_FILES = { wasm: "policy.wasm", data: "data.json", rules: "rules.json" } as const;

/**
 * The WebAssembly memory one evaluation may use, in 64 KiB pages: 1 GiB, or for a large register
 * WASM_MEMORY_PER_INPUT_BYTE times its input JSON, up to the 4 GiB 32-bit WebAssembly can address. A policy
 * that asks for more has gone wrong, and fails instead of taking the machine.
 */
export const MAX_WASM_MEMORY_PAGES = 16_384;

/**
 * How much memory an evaluation may use per byte of its input. With the transfer model, the DPIA criteria
 * and the date and country checks, the policy's heap measured 165 times the input JSON at 2,000 generated
 * records and 230 times at 5,000 (9 times only to parse it; a WebAssembly evaluation frees nothing until it
 * ends), so 5,000 records no longer fitted 1 GiB. 256 lets one evaluation of up to ~16 MB of JSON be judged
 * within the 4 GiB wasm32 limit; a larger full check is split into shards (engine/shard.ts), each far below it.
 */
export const WASM_MEMORY_PER_INPUT_BYTE = 256;

/**
 * The most pages an instance may have: one short of the 65,536 wasm32 can address. OPA's allocator keeps the
 * top of its heap as a 32-bit byte address, which for a memory of exactly 4 GiB wraps to 0: every allocation
 * then fails at once ("opa_malloc: failed"), which read as the policy running out of memory on the first byte.
 */
const WASM32_PAGES = 65_535;
const PAGE = 65_536;

/**
 * The memory of an instance for an input of `inputBytes` JSON: its limit (`maximum`), and the pages it starts
 * with (`initial`, see HEAP_PER_INPUT_BYTE), never more than 32-bit WebAssembly's allocator can use.
 */
export function memoryPages(inputBytes: number, maxMemoryPages?: number): { initial: number; maximum: number } {
  const maximum = Math.min(WASM32_PAGES, maxMemoryPages ?? Math.max(MAX_WASM_MEMORY_PAGES, Math.ceil((inputBytes * WASM_MEMORY_PER_INPUT_BYTE) / PAGE)));
  return { initial: Math.min(maximum, Math.ceil((inputBytes * HEAP_PER_INPUT_BYTE) / PAGE) + 64), maximum };
}

/** The entrypoint every bundle must have. */
export const ENTRYPOINT = "ropa/main/violations";

/** The views of the legal model reporters read (bundles built before it existed lack it). */
export const VIEWS_ENTRYPOINT = "ropa/views";

// The ESM entry exports only the async loader; the synchronous one lives on the CommonJS default export,
// which the package's types do not describe.
const { loadPolicySync } = (opaWasm as unknown as { default: typeof opaWasm }).default;

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
  /** Shard evaluations run, and those given the result of an earlier one with the same input. */
  readonly shards: { evaluated: number; reused: number };
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
}

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/** Compiled WebAssembly by the sha256 of its bytes: a process compiles each policy once, however often it loads it. */
const compiled = new Map<string, WebAssembly.Module>();

function compile(wasm: Uint8Array<ArrayBuffer>, key: string): WebAssembly.Module {
  let module = compiled.get(key);
  if (!module) compiled.set(key, (module = new WebAssembly.Module(wasm)));
  return module;
}

export function loadPolicy(bundle: PolicyBundle, opts: LoadOptions = {}): Policy {
  let maxPages = memoryPages(0, opts.maxMemoryPages).maximum;
  let wasm: opaWasm.LoadedPolicy;
  let module: WebAssembly.Module;
  const wasmDigest = sha256(bundle.wasm);
  try {
    module = compile(new Uint8Array(bundle.wasm), wasmDigest);
    wasm = loadPolicySync(module, { initial: Math.min(5, maxPages), maximum: maxPages });
    wasm.setData(bundle.data);
  } catch (e) {
    throw new PolicyError(`the compiled policy does not load: ${describe(e, maxPages)}`);
  }
  if (!(ENTRYPOINT in wasm.entrypoints)) throw new PolicyError(`the compiled policy has no entrypoint ${ENTRYPOINT}`);
  if (!Array.isArray(bundle.rules)) throw new PolicyError("the compiled policy's rules.json is not a list of rules");
  const rules = new Map(bundle.rules.map((r) => [r.id, r]));
  let broken: string | undefined;
  /**
   * The instance, or a new one whose memory starts big enough for `inputBytes` (see HEAP_PER_INPUT_BYTE)
   * and whose limit is that input's.
   */
  const sized = (inputBytes: number): opaWasm.LoadedPolicy => {
    const wanted = memoryPages(inputBytes, opts.maxMemoryPages);
    if (wanted.initial * PAGE <= wasm.mem.buffer.byteLength && wanted.maximum <= maxPages) return wasm;
    // Twice what this input asks, so that the next, slightly larger shard fits too: every instance let go of
    // keeps the pages it touched resident until the garbage collector gets to it (six instances at 100,000
    // records before).
    maxPages = Math.max(maxPages, opts.maxMemoryPages ?? Math.min(WASM32_PAGES, 2 * wanted.maximum));
    const bigger = loadPolicySync(module, { initial: Math.min(maxPages, 2 * wanted.initial), maximum: maxPages });
    bigger.setData(bundle.data);
    return bigger;
  };
  /**
   * Lets go of an instance grown for a large input: the pages an evaluation touched stay resident as long as
   * its memory lives, and the findings and report of a large register come after it (a fresh instance loads in
   * milliseconds when another evaluation needs one).
   */
  const release = () => {
    if (wasm.mem.buffer.byteLength <= RELEASED_PAGES * PAGE) return;
    wasm = loadPolicySync(module, { initial: 5, maximum: maxPages });
    wasm.setData(bundle.data);
    collectGarbage();
  };
  /** The raw result set of `entrypoint` for the input JSON `bytes`, in an instance big enough for them. */
  const wasmRun = (bytes: Uint8Array, entrypoint: string): unknown => {
    wasm = sized(bytes.byteLength);
    return wasm.evaluate(bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer, entrypoint);
  };
  let digest: string | undefined;
  const policyDigest = () => (digest ??= sha256(JSON.stringify([wasmDigest, sha256(JSON.stringify(bundle.data)), sha256(JSON.stringify(bundle.rules))])));
  const shardResults = new Map<string, unknown>();
  const shards = { evaluated: 0, reused: 0 };
  /**
   * The one value of `entrypoint`'s result set, for a shard; a shard with the same input as one evaluated
   * before by this policy (the base's shards a change leaves alone) is not evaluated again, nor, when `kept`,
   * one whose result a run before this one kept (--cache-dir): a check then evaluates only the shards its
   * change made. The views are not kept between runs: a check asks for those of a few activities (change.ts),
   * and at 10,000 records a whole register's were 25 MB of the folder, read and written again by every run.
   */
  const run = (bytes: Uint8Array, entrypoint: string, kept = true): unknown => {
    if (!(entrypoint in wasm.entrypoints)) throw new ShardError(`the compiled policy has no entrypoint ${entrypoint}`);
    const input = sha256(bytes);
    const key = `${entrypoint}\u0000${input}`;
    const storeKey = kept ? opts.cache?.evaluationKey(policyDigest(), entrypoint, input) : undefined;
    // Every entrypoint a shard runs gives an object; anything else kept is evaluated again.
    const known = shardResults.has(key) ? shardResults.get(key) : storeKey && opts.cache!.shard(storeKey);
    if (known && typeof known === "object") {
      shards.reused++;
      count("shards_reused", 1);
      shardResults.set(key, known);
      return known;
    }
    shards.evaluated++;
    count("shards_evaluated", 1);
    const set = wasmRun(bytes, entrypoint);
    const result = Array.isArray(set) && set.length === 1 ? (set[0] as { result?: unknown }).result : undefined;
    // A check judges two registers (the head and its base): kept for a few of them, not for a process's life.
    if (shardResults.size >= SHARD_RESULTS_KEPT) shardResults.delete(shardResults.keys().next().value!);
    shardResults.set(key, result);
    if (storeKey && result !== undefined) opts.cache!.keepShard(storeKey, result);
    return result;
  };
  const runHere = (bytes: Uint8Array, entrypoint: string) => run(bytes, entrypoint, false);
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
      // A bundle built before shards existed (an audit's historic policies) has no facts to share: it is run whole.
      const sharded = FACTS_ENTRYPOINT in wasm.entrypoints && SHARD_ENTRYPOINT in wasm.entrypoints && shardable(input, opts.shardRecords, CHANGE_ENTRYPOINT in wasm.entrypoints);
      // A kept result is checked like a fresh one; one that is not well-formed is evaluated again. A sharded
      // evaluation keeps each shard's result instead (run), so the whole input is never written out.
      const whole = sharded ? undefined : new TextEncoder().encode(JSON.stringify(input));
      const key = whole && opts.cache?.evaluationKey(policyDigest(), ENTRYPOINT, sha256(whole));
      const kept = recall(key, (r) => checkViolations(r, rules));
      if (kept) return kept;
      let result: unknown;
      try {
        result = sharded ? [{ result: evaluateInShards(input, run, opts.shardRecords) }] : wasmRun(whole!, ENTRYPOINT);
      } catch (e) {
        if (e instanceof ShardError) throw new PolicyError(`policy evaluation failed: ${e.message}`);
        broken = describe(e, maxPages);
        throw new PolicyError(`policy evaluation failed: ${broken}`);
      }
      release();
      const violations = checkViolations(result, rules);
      if (key) opts.cache!.saveEvaluation(key, result);
      opts.cache?.saveShards();
      return violations;
    },
    views(input, activities) {
      if (!(VIEWS_ENTRYPOINT in wasm.entrypoints)) return undefined;
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
        else result = sharded ? [{ result: viewsInShards(input, runHere, VIEWS_ENTRYPOINT, opts.shardRecords) }] : wasmRun(bytes!, VIEWS_ENTRYPOINT);
      } catch (e) {
        if (e instanceof ShardError) throw new PolicyError(`policy evaluation failed: ${e.message}`);
        broken = describe(e, maxPages);
        throw new PolicyError(`policy evaluation failed: ${broken}`);
      }
      const views = checkViews(result);
      if (key) opts.cache!.saveEvaluation(key, result);
      return views;
    },
  };
}

/**
 * A full collection of the JS heap, now. A WebAssembly memory let go of stays resident until V8 next collects
 * its old generation, which the findings of a large register may not make it do: at 100,000 records the last
 * shards' memories (~350 MB) were still resident at the peak, in the findings stage. V8 gives `gc` only with
 * --expose-gc; a context made after setting the flag has it (as jest-leak-detector does). Without it, nothing.
 */
function collectGarbage(): void {
  try {
    setFlagsFromString("--expose-gc");
    (runInNewContext("gc") as () => void)();
  } catch {
    // Only memory: the next collection frees it.
  }
}

/** An instance with more memory than this (in pages: 64 MiB) is let go of after an evaluation. */
const RELEASED_PAGES = 1_024;

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
  const sorted = (transfers as TransferFlow[]).map((f) => [order(f), JSON.stringify(f), f] as const).sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return { ...(views as Views), transfers: sorted.map(([, , f]) => f) };
}

/**
 * WebAssembly memory an evaluation starts with, per byte of its input JSON. The policy's allocator grows
 * memory 64 KiB at a time, and under Node 20 each growth can make V8 run a full collection of the JS heap,
 * which holds the register: at 2,000 generated records growing from a small memory took 17.8 s of an 18 s
 * evaluation, against 1.9 s when the memory was there from the start. The allocator only uses memory the
 * instance started with or grew itself, so the instance starts with as much as its input may use (the
 * limit); pages never touched cost no resident memory.
 */
const HEAP_PER_INPUT_BYTE = WASM_MEMORY_PER_INPUT_BYTE;

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

/** opa-wasm throws strings (from opa_abort) as well as Errors; a trap is a WebAssembly.RuntimeError. */
function describe(e: unknown, maxPages: number): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/call stack/i.test(text)) return `the policy recursed too deeply (${text})`;
  if (/opa_malloc|out of memory|Cannot allocate|WebAssembly\.Memory\.grow|Maximum memory/i.test(text) || e instanceof RangeError) {
    return `out of memory: the policy needed more than the limit of ${(maxPages * 64) / 1024} MiB (MAX_WASM_MEMORY_PAGES, WASM_MEMORY_PER_INPUT_BYTE) (${text})`;
  }
  if (e instanceof WebAssembly.RuntimeError) return `the WebAssembly trapped (${text})`;
  return text;
}
