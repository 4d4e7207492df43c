// The bundles leave out opa-wasm's sprintf and yaml.* built-ins (scripts/opa-builtins.ts). Holds that the
// compiled policy calls none of them, and that the stub left in their place throws a clear error.
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadPolicy } from "@open-policy-agent/opa-wasm";
import { LEFT_OUT, leftOutMessage, opaBuiltinsStub } from "../scripts/opa-builtins.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const leftOut = Object.values(LEFT_OUT).flat();

/** The built-ins the compiled policy calls in JavaScript, as opa-wasm reads them from its `builtins` export. */
async function policyBuiltins(): Promise<string[]> {
  const policy = (await loadPolicy(readFileSync(join(ROOT, "policies/build/policy.wasm")))) as unknown as {
    wasmInstance: WebAssembly.Instance;
    mem: WebAssembly.Memory;
  };
  const exports = policy.wasmInstance.exports as Record<string, (addr?: number) => number>;
  const at = exports.opa_json_dump(exports.builtins());
  const bytes = new Uint8Array(policy.mem.buffer);
  let end = at;
  while (bytes[end] !== 0) end++;
  return Object.keys(JSON.parse(new TextDecoder().decode(bytes.subarray(at, end))));
}

describe("opa-wasm built-ins left out of the bundles", () => {
  it("the compiled policy calls none of them", async () => {
    const called = await policyBuiltins();
    expect(called.filter((b) => leftOut.includes(b))).toEqual([]);
  });

  it("a bundle has stubs in their place that throw, and neither sprintf-js nor opa-wasm's yaml", async () => {
    const out = mkdtempSync(join(tmpdir(), "ropa-opa-builtins-"));
    try {
      const { metafile } = await build({
        stdin: { contents: 'module.exports = require("./node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js");', resolveDir: ROOT, loader: "js" },
        outfile: join(out, "builtins.cjs"),
        bundle: true,
        platform: "node",
        format: "cjs",
        metafile: true,
        logLevel: "silent",
        plugins: [opaBuiltinsStub],
      });
      const inputs = Object.keys(metafile.inputs);
      expect(inputs.filter((i) => /node_modules[\\/](sprintf-js|yaml)[\\/]|builtins[\\/](strings|yaml)\.js$/.test(i))).toEqual([]);
      const builtins = createRequire(import.meta.url)(join(out, "builtins.cjs")) as Record<string, (...args: unknown[]) => unknown>;
      expect(builtins["json.is_valid"]('{"a":1}')).toBe(true);
      expect(builtins["regex.split"]("b", "abc")).toEqual(["a", "c"]);
      for (const name of leftOut) expect(() => builtins[name]("x", [])).toThrow(leftOutMessage(name));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
