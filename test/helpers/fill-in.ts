// Fills a register `ropa init` wrote, as its new owner would: every placeholder gets a plausible value of its kind.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function fillIn(dir: string): void {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  for (const file of walk(join(dir, "records"))) {
    const text = readFileSync(file, "utf8").replace(/"FILL IN:[^"]*"/g, (p) =>
      p.includes("YYYY-MM-DD") ? "2025-01-15" : p.includes("country code") ? "SE" : p.includes("https") ? "https://acme.example/privacy" : p.includes("e-mail") ? "privacy@acme.example" : "Acme's own words",
    );
    writeFileSync(file, text);
  }
}
