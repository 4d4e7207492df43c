// engine/validators.generated.js is ajv's standalone code for engine/schemas, committed so `ropa` starts
// without compiling schemas: this fails when a schema changed and the validators were not rebuilt.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VALIDATORS, validatorsSource, validatorsTypes } from "../scripts/build-validators.js";

describe("engine/validators.generated.js", () => {
  it("is what `npm run build:validators` writes from the schemas", () => {
    const stale = "engine/validators.generated.* is stale: run `npm run build:validators` and commit it";
    expect(readFileSync(VALIDATORS, "utf8") === validatorsSource(), stale).toBe(true);
    expect(readFileSync(VALIDATORS.replace(/\.js$/, ".d.ts"), "utf8")).toBe(validatorsTypes());
  });
});
