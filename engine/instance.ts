import * as opaWasm from "@open-policy-agent/opa-wasm";
import { createRequire } from "node:module";
import { runInNewContext } from "node:vm";

// A policy's WebAssembly instance and its memory: what the check's thread and the evaluation thread
// (eval-worker.ts) each hold.

// The ESM entry exports only the async loader; the synchronous one lives on the CommonJS default export,
// which the package's types do not describe.
const { loadPolicySync } = (opaWasm as unknown as { default: typeof opaWasm }).default;

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
 * The memory limit of an instance for an input of `inputBytes` JSON, in pages: MAX_WASM_MEMORY_PAGES, or
 * WASM_MEMORY_PER_INPUT_BYTE times a large input, never more than 32-bit WebAssembly's allocator can use.
 */
export function memoryLimit(inputBytes: number, maxMemoryPages?: number): number {
  return Math.min(WASM32_PAGES, maxMemoryPages ?? Math.max(MAX_WASM_MEMORY_PAGES, Math.ceil((inputBytes * WASM_MEMORY_PER_INPUT_BYTE) / PAGE)));
}

/**
 * A compiled policy's instance, with its data, remade with a higher memory limit for an input that needs it and
 * let go of after a large one.
 *
 * Its memory starts small, and the policy's allocator grows it as an evaluation needs. It was once made with its
 * whole limit from the start, when growing 64 KiB at a time made V8 collect the JS heap at each step (17.8 s of an
 * 18 s evaluation at 2,000 records, whose heap was then 165 times its input). An evaluation's heap is now ~25 times
 * its input, and the memory made up front cost more than growing it: V8 spent ~0.14 ms per MB making the instance
 * (~4 of a 100-record check's 26 ms of evaluation, ~12 ms at 250 records). Measured growing against made at the
 * limit: whole evaluations of 1,000, 2,000 and 5,000 records 110 against 142 ms (in the CLI), 234 against 243 and
 * 715 against 670 ms; the one-record PR check at 10,000 records 3.45 against 3.61 s, the same peak memory.
 */
export class PolicyInstance {
  private wasm: opaWasm.LoadedPolicy;
  /** The memory limit of the instances made now: grown for a large input, never shrunk. */
  private maxPages: number;
  /** Whether this has evaluated an input: a memory grown after that is grown for the inputs to come. */
  private evaluated = false;
  /**
   * Whether the instance holds the data. It is given it before its first evaluation, not when made: an instance
   * made to read the entrypoints is remade before it evaluates an input over its limit (data.json written into
   * two instances took ~1.5 ms of a small check).
   */
  private withData = false;

  /** Throws what opa-wasm throws when the module does not instantiate (see describe). */
  constructor(
    private readonly module: WebAssembly.Module,
    private readonly data: object,
    /** A fixed memory limit in 64 KiB pages; default: MAX_WASM_MEMORY_PAGES, more for a large input. */
    private readonly maxMemoryPages?: number,
  ) {
    this.maxPages = memoryLimit(0, maxMemoryPages);
    this.wasm = this.load(Math.min(5, this.maxPages));
  }

  get entrypoints(): Record<string, number> {
    return this.wasm.entrypoints;
  }

  /** The raw result set of `entrypoint` for the input JSON `bytes`, in an instance whose limit allows for them. */
  evaluate(bytes: Uint8Array, entrypoint: string): unknown {
    const limit = memoryLimit(bytes.byteLength, this.maxMemoryPages);
    if (limit > this.maxPages) {
      // An instance's limit is set when it is made. After an evaluation, twice what this input asks, so that the
      // next, slightly larger shard fits too: every instance let go of keeps the pages it touched resident until
      // the garbage collector gets to it (six instances at 100,000 records before). It starts with the memory the
      // one before grew to.
      const grow = this.evaluated ? 2 : 1;
      this.maxPages = Math.max(limit, this.maxMemoryPages ?? Math.min(WASM32_PAGES, grow * limit));
      this.wasm = this.load(Math.min(this.maxPages, this.wasm.mem.buffer.byteLength / PAGE));
    }
    if (!this.withData) {
      this.wasm.setData(this.data);
      this.withData = true;
    }
    this.evaluated = true;
    return this.wasm.evaluate((bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer, entrypoint);
  }

  /**
   * Lets go of an instance grown for a large input: the pages an evaluation touched stay resident as long as
   * its memory lives, and the findings and report of a large register come after it (a fresh instance loads in
   * milliseconds when another evaluation needs one).
   */
  release(): void {
    if (this.wasm.mem.buffer.byteLength <= RELEASED_PAGES * PAGE) return;
    this.wasm = this.load(5);
    collectGarbage();
  }

  /** What went wrong in an evaluation, in words (see describe). */
  describe(e: unknown): string {
    return describe(e, this.maxPages);
  }

  /** An instance without the data (see withData). */
  private load(initial: number): opaWasm.LoadedPolicy {
    this.withData = false;
    return loadPolicySync(this.module, { initial, maximum: this.maxPages });
  }
}

/**
 * A full collection of the JS heap, now. A WebAssembly memory let go of stays resident until V8 next collects
 * its old generation, which the findings of a large register may not make it do: at 100,000 records the last
 * shards' memories (~350 MB) were still resident at the peak, in the findings stage. V8 gives `gc` only with
 * --expose-gc; a context made after setting the flag has it (as jest-leak-detector does). Without it, nothing.
 * The flag is set back at once: V8 refuses JavaScript code cached under other flags, so bin/ropa.cjs compiled
 * the CLI again on every run of a large register, and wrote its cache anew.
 */
export function collectGarbage(): void {
  try {
    const own = (globalThis as { gc?: () => void }).gc;
    if (own) return own();
    // Required here, from ~10,000 records: loading node:v8 took ~1.5 ms of every check.
    const { setFlagsFromString } = createRequire(import.meta.url)("node:v8") as typeof import("node:v8");
    setFlagsFromString("--expose-gc");
    try {
      (runInNewContext("gc") as () => void)();
    } finally {
      setFlagsFromString("--no-expose-gc");
    }
  } catch {
    // Only memory: the next collection frees it.
  }
}

/** An instance with more memory than this (in pages: 64 MiB) is let go of after an evaluation. */
const RELEASED_PAGES = 1_024;

/** opa-wasm throws strings (from opa_abort) as well as Errors; a trap is a WebAssembly.RuntimeError. */
export function describe(e: unknown, maxPages: number): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/call stack/i.test(text)) return `the policy recursed too deeply (${text})`;
  if (/opa_malloc|out of memory|Cannot allocate|WebAssembly\.Memory\.grow|Maximum memory/i.test(text) || e instanceof RangeError) {
    return `out of memory: the policy needed more than the limit of ${(maxPages * 64) / 1024} MiB (MAX_WASM_MEMORY_PAGES, WASM_MEMORY_PER_INPUT_BYTE) (${text})`;
  }
  if (e instanceof WebAssembly.RuntimeError) return `the WebAssembly trapped (${text})`;
  return text;
}
