// The documentation's generated parts match the code: the example's CLI output in README.md, its PR comment in
// docs/dpo-guide.md, and a page per rule in docs/rules/ (from METADATA and the rule's tests). `npm run docs`
// refreshes them. The README stays a front door: small, with the two quick-start commands.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentation, staleRulePages } from "../scripts/docs.js";
import { bundledPolicy, ROOT } from "./helpers/register.js";

describe("the documentation", () => {
  it("is as npm run docs makes it: README, guides and one page per rule, none left over", async () => {
    const expected = await documentation();
    for (const [file, text] of expected) expect(readFileSync(join(ROOT, file), "utf8"), `${file} is stale: run \`npm run docs\``).toBe(text);
    expect(staleRulePages(expected), "pages of rules that no longer exist: run `npm run docs`").toEqual([]);
    for (const id of bundledPolicy().rules.keys()) expect(expected.has(`docs/rules/${id}.md`), id).toBe(true);
  });

  it("has a README under 15 KB that gives the two quick-start commands", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(Buffer.byteLength(readme, "utf8")).toBeLessThan(15 * 1024);
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });
});
