// Writes engine/region-names.json: the English name of every two-letter region code that ICU names, from
// the ICU of the Node that runs it (`npm run region-names`). countryName (engine/diff.ts) reads the table:
// creating Intl.DisplayNames loaded ICU's region data, 15–29 ms of a check whose findings name a country,
// and the table keeps the names the same on every Node version.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REGION_NAMES_FILE = fileURLToPath(new URL("../engine/region-names.json", import.meta.url));

export function regionNames(): { source: string; names: Record<string, string> } {
  const display = new Intl.DisplayNames(["en"], { type: "region" });
  const names: Record<string, string> = {};
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) {
    for (const b of letters) {
      const name = display.of(a + b);
      if (name && name !== a + b) names[a + b] = name;
    }
  }
  return { source: `Intl.DisplayNames(["en"], { type: "region" }), ICU ${process.versions.icu}, CLDR ${process.versions.cldr}; written by scripts/region-names.ts`, names };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(REGION_NAMES_FILE, JSON.stringify(regionNames(), null, 2) + "\n");
  console.log("region-names: engine/region-names.json written");
}
