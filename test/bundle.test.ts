// The compiled policies are committed so that `npm start` and the action need no Go; this fails when
// they are stale: any change to policies/ must be followed by `npm run build:policies`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPolicies } from "../scripts/build-policies.js";
import { OPA } from "../scripts/tools.js";
import { ROOT } from "./helpers/register.js";

describe("policies/build", () => {
  it("is what a fresh `npm run build:policies` writes", () => {
    expect(existsSync(OPA), "the pinned OPA is missing: run `npm run tools`").toBe(true);
    // Built from a copy in another folder, as a fresh clone elsewhere would: the output must not depend on where the clone is.
    const work = mkdtempSync(join(tmpdir(), "ropa-bundle-"));
    try {
      cpSync(join(ROOT, "policies"), join(work, "policies"), { recursive: true, filter: (src) => !src.endsWith("/build") });
      buildPolicies(join(work, "policies"), join(work, "out"));
      for (const file of ["policy.wasm", "data.json", "rules.json"]) {
        const fresh = readFileSync(join(work, "out", file));
        const committed = readFileSync(join(ROOT, "policies/build", file));
        expect(fresh.equals(committed), `policies/build/${file} is stale: run \`npm run build:policies\` and commit it`).toBe(true);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
