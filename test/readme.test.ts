// The README's generated parts (the rule list, the example's CLI output and PR comment) match the code;
// `npm run docs` refreshes them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderReadme } from "../scripts/docs.js";
import { ROOT } from "./helpers/register.js";

describe("README.md", () => {
  it("lists the rules of the compiled policies and shows what they say of the example pull request", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(await renderReadme(readme), "README.md is stale: run `npm run docs`").toBe(readme);
  });

  it("gives the two quick-start commands", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });
});
