// The second evaluation thread (engine/eval-thread.ts) evaluates only what it claims, and fails closed: a failed
// evaluation comes back as words, and a thread that ends (here: one given a module that is no policy) is an
// error, never a silent empty answer.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLAIMED_HERE, CLAIMED_THERE, EvaluationThread, EvaluationThreadError, OFFERED_AHEAD } from "../engine/eval-thread.js";
import { readBundleDir } from "../engine/policy.js";
import { ROOT } from "./helpers/register.js";

const bundle = readBundleDir(join(ROOT, "policies/build"));
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** Returns once the thread is up (it has answered a first input), so that it takes its share of a pass at once. */
function started(thread: EvaluationThread): void {
  thread.offer(0, json({}), "ropa/main/violations", new Int32Array(new SharedArrayBuffer(4)));
  thread.answers();
}

describe("the evaluation thread", () => {
  it("evaluates each input it claims first, answers by id with the result set or what went wrong, and skips one claimed here", () => {
    const thread = new EvaluationThread(new WebAssembly.Module(new Uint8Array(bundle.wasm)), bundle.data);
    const claims = new Int32Array(new SharedArrayBuffer(4 * 3));
    try {
      // Claimed by this thread before it is offered: the other must leave it.
      Atomics.store(claims, 2, CLAIMED_HERE);
      thread.offer(0, json({ today: "2026-12-01", register: {}, base: {} }), "ropa/main/violations", claims);
      thread.offer(1, json({}), "ropa/no/such/entrypoint", claims);
      thread.offer(2, json({}), "ropa/main/violations", claims);
      const answers = thread.answers();
      expect(answers.map((a) => a.id)).toEqual([0, 1, 2]);
      expect(Array.isArray(answers[0]!.set)).toBe(true);
      expect(answers[0]!.failure).toBeUndefined();
      expect(answers[1]!.set).toBeUndefined();
      expect(answers[1]!.failure).toEqual(expect.any(String));
      expect(answers[2]).toEqual({ id: 2, skipped: true });
      expect([...claims]).toEqual([CLAIMED_THERE, CLAIMED_THERE, CLAIMED_HERE]);
    } finally {
      thread.stop();
    }
  });

  it("is an error when the thread ends before it answers", () => {
    // An empty module: the thread cannot make an instance of it, and ends.
    const thread = new EvaluationThread(new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])), bundle.data);
    try {
      thread.offer(0, json({}), "ropa/main/violations", new Int32Array(new SharedArrayBuffer(4)));
      expect(() => thread.answers()).toThrow(EvaluationThreadError);
    } finally {
      thread.stop();
    }
  });

  it("shares a pass: each input evaluated once, made one at a time and never more than OFFERED_AHEAD ahead of the results", () => {
    const thread = new EvaluationThread(new WebAssembly.Module(new Uint8Array(bundle.wasm)), bundle.data);
    const count = 12;
    let made = 0;
    const ahead: number[] = [];
    const here: number[] = [];
    const there: number[] = [];
    try {
      started(thread);
      thread.share(
        "ropa/main/violations",
        count,
        () => {
          ahead.push(made - here.length - there.length);
          return made < count ? { at: made++, bytes: json({ today: "2026-12-01", register: {}, base: {} }) } : undefined;
        },
        ({ at }) => {
          here.push(at);
          // Slower than the other thread, so that it takes its share.
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        },
        ({ at }, set) => {
          expect(set).toEqual([{ result: [] }]);
          there.push(at);
        },
      );
    } finally {
      thread.stop();
    }
    expect([...here, ...there].sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
    expect(there.length).toBeGreaterThan(0);
    expect(Math.max(...ahead)).toBeLessThanOrEqual(OFFERED_AHEAD);
  });

  it("fails the pass with the thread's words when an evaluation there fails", () => {
    const thread = new EvaluationThread(new WebAssembly.Module(new Uint8Array(bundle.wasm)), bundle.data);
    let made = 0;
    try {
      started(thread);
      expect(() =>
        thread.share(
          "ropa/no/such/entrypoint",
          3,
          () => (made < 3 ? { at: made++, bytes: json({}) } : undefined),
          () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50),
          () => {},
        ),
      ).toThrow(EvaluationThreadError);
    } finally {
      thread.stop();
    }
  });
});
