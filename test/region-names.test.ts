// countryName reads ICU's English region names from a table (engine/region-names.json) instead of creating
// Intl.DisplayNames at run time. Holds the table to what scripts/region-names.ts writes with this Node's ICU.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countryName } from "../engine/diff.js";
import { REGION_NAMES_FILE, regionNames } from "../scripts/region-names.js";

describe("region names", () => {
  it("the table is ICU's names, as scripts/region-names.ts writes them (on another ICU: run `npm run region-names`)", () => {
    const kept = JSON.parse(readFileSync(REGION_NAMES_FILE, "utf8")) as ReturnType<typeof regionNames>;
    expect(kept.names).toEqual(regionNames().names);
  });

  it("names a country by its code, and shows a code it does not know as it is", () => {
    expect(countryName("DE")).toBe("Germany");
    expect(countryName("XX")).toBe("XX");
    expect(countryName("toString")).toBe("toString");
    expect(countryName(undefined)).toBe("an unknown country");
  });
});
