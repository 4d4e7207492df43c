import * as opaWasm from "@open-policy-agent/opa-wasm";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RuleMeta, Violation } from "./types.js";

/** The files `npm run build:policies` writes, and what the engine needs to judge. */
export const BUNDLE_FILES = { wasm: "policy.wasm", data: "data.json", rules: "rules.json" } as const;

/** The entrypoint every bundle must have. */
export const ENTRYPOINT = "ropa/main/violations";

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

export function loadPolicy(bundle: PolicyBundle): Policy {
  let wasm: opaWasm.LoadedPolicy;
  try {
    wasm = loadPolicySync(bundle.wasm);
    wasm.setData(bundle.data);
  } catch (e) {
    throw new PolicyError(`the compiled policy does not load: ${describe(e)}`);
  }
  if (!(ENTRYPOINT in wasm.entrypoints)) throw new PolicyError(`the compiled policy has no entrypoint ${ENTRYPOINT}`);
  const rules = new Map(bundle.rules.map((r) => [r.id, r]));
  return {
    rules,
    evaluate(input) {
      let result: unknown;
      try {
        result = wasm.evaluate(input, ENTRYPOINT);
      } catch (e) {
        throw new PolicyError(`policy evaluation failed: ${describe(e)}`);
      }
      return checkViolations(result, rules);
    },
  };
}

/** Fails closed: anything but a well-formed list of known violations is an internal error, never a pass. */
function checkViolations(result: unknown, rules: Map<string, RuleMeta>): Violation[] {
  const set = Array.isArray(result) && result.length === 1 ? (result[0] as { result?: unknown }).result : undefined;
  if (!Array.isArray(set)) throw new PolicyError(`the policy returned no list of violations (got ${JSON.stringify(result)?.slice(0, 200)})`);
  for (const v of set as Violation[]) {
    const ok = v && typeof v.rule === "string" && typeof v.record === "string" && Array.isArray(v.path) && v.params && typeof v.params === "object";
    if (!ok) throw new PolicyError(`the policy returned a malformed violation: ${JSON.stringify(v).slice(0, 200)}`);
    if (!rules.has(v.rule)) throw new PolicyError(`the policy reported rule ${v.rule}, which has no METADATA in rules.json`);
  }
  return set as Violation[];
}

/** opa-wasm throws strings as well as Errors. */
function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
