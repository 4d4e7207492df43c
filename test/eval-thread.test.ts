// The second evaluation thread (engine/eval-thread.ts) fails closed: a failed evaluation comes back as words,
// and a thread that ends (here: one given a module that is no policy) is an error, never a silent empty answer.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EvaluationThread, EvaluationThreadError } from "../engine/eval-thread.js";
import { readBundleDir } from "../engine/policy.js";
import { ROOT } from "./helpers/register.js";

const bundle = readBundleDir(join(ROOT, "policies/build"));
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe("the evaluation thread", () => {
  it("answers each input by its id, with the result set or what went wrong", () => {
    const thread = new EvaluationThread(new WebAssembly.Module(new Uint8Array(bundle.wasm)), bundle.data);
    try {
      thread.submit(7, json({ today: "2026-12-01", register: {}, base: {} }), "ropa/main/violations");
      thread.submit(8, json({}), "ropa/no/such/entrypoint");
      expect(thread.busy).toBeGreaterThanOrEqual(0);
      const answers = thread.answers();
      expect(answers.map((a) => a.id)).toEqual([7, 8]);
      expect(Array.isArray(answers[0]!.set)).toBe(true);
      expect(answers[0]!.failure).toBeUndefined();
      expect(answers[1]!.set).toBeUndefined();
      expect(answers[1]!.failure).toEqual(expect.any(String));
      expect(thread.busy).toBe(0);
    } finally {
      thread.stop();
    }
  });

  it("is an error when the thread ends before it answers", () => {
    // An empty module: the thread cannot make an instance of it, and ends.
    const thread = new EvaluationThread(new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])), bundle.data);
    try {
      thread.submit(1, json({}), "ropa/main/violations");
      expect(() => thread.answers()).toThrow(EvaluationThreadError);
    } finally {
      thread.stop();
    }
  });
});
