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
 * The memory of an instance for an input of `inputBytes` JSON: its limit (`maximum`), and the pages it starts
 * with (`initial`, see HEAP_PER_INPUT_BYTE), never more than 32-bit WebAssembly's allocator can use.
 */
export function memoryPages(inputBytes: number, maxMemoryPages?: number): { initial: number; maximum: number } {
  const maximum = Math.min(WASM32_PAGES, maxMemoryPages ?? Math.max(MAX_WASM_MEMORY_PAGES, Math.ceil((inputBytes * WASM_MEMORY_PER_INPUT_BYTE) / PAGE)));
  return { initial: Math.min(maximum, Math.ceil((inputBytes * HEAP_PER_INPUT_BYTE) / PAGE) + 64), maximum };
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

/**
 * The smallest input whose instance is made with its memory from the start (HEAP_PER_INPUT_BYTE); a smaller one
 * is evaluated in the instance there is, whose memory the allocator grows. Its heap is ~25 times its input, a
 * few hundred growths at most, and V8 spent ~0.14 ms per MB making memory up front: a 100-record check's
 * evaluation 28 -> 24 ms, 250 records' 66 -> 42 ms. Large inputs still need it: the one-record PR check at 10,000
 * records, whose change is one evaluation of ~20 MB of JSON with both registers held in JS, took 11.8 s instead
 * of 3.0 growing its memory, and a 100,000-record check's peak passed 1 GiB. Shards (500 records and the shared
 * facts) are above it.
 */
const PRESIZED_INPUT_BYTES = 512 * 1024;

/**
 * A compiled policy's instance, with its data, remade with more memory for an input that needs it and let go
 * of after a large one.
 */
export class PolicyInstance {
  private wasm: opaWasm.LoadedPolicy;
  /** The memory limit of the instances made now: grown for a large input, never shrunk. */
  private maxPages: number;
  /** Whether this has evaluated an input: a memory grown after that is grown for the inputs to come. */
  private evaluated = false;
  /**
   * Whether the instance holds the data. It is given it before its first evaluation, not when made: the first
   * instance is made small, to read the entrypoints, and remade for a large first input's memory (data.json
   * written into two instances took ~1.5 ms of a small check).
   */
  private withData = false;

  /** Throws what opa-wasm throws when the module does not instantiate (see describe). */
  constructor(
    private readonly module: WebAssembly.Module,
    private readonly data: object,
    /** A fixed memory limit in 64 KiB pages; default: MAX_WASM_MEMORY_PAGES, more for a large input. */
    private readonly maxMemoryPages?: number,
  ) {
    this.maxPages = memoryPages(0, maxMemoryPages).maximum;
    this.wasm = this.load(Math.min(5, this.maxPages));
  }

  get entrypoints(): Record<string, number> {
    return this.wasm.entrypoints;
  }

  /** The raw result set of `entrypoint` for the input JSON `bytes`, in an instance big enough for them. */
  evaluate(bytes: Uint8Array, entrypoint: string): unknown {
    const wanted = memoryPages(bytes.byteLength, this.maxMemoryPages);
    const presized = bytes.byteLength >= PRESIZED_INPUT_BYTES;
    if ((presized && wanted.initial * PAGE > this.wasm.mem.buffer.byteLength) || wanted.maximum > this.maxPages) {
      // After an evaluation, twice what this input asks, so that the next, slightly larger shard fits too:
      // every instance let go of keeps the pages it touched resident until the garbage collector gets to it
      // (six instances at 100,000 records before). The first asks for no more than it needs: V8 counts all
      // of an instance's memory against the JS heap's external memory, and 60 MB for a 100-record register
      // made it collect three times during the evaluation.
      const grow = this.evaluated ? 2 : 1;
      this.maxPages = Math.max(this.maxPages, this.maxMemoryPages ?? Math.min(WASM32_PAGES, grow * wanted.maximum));
      this.wasm = this.load(Math.min(this.maxPages, grow * wanted.initial));
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
