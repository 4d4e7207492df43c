// `ropa init` names no customer and pins the exact release that wrote it, in the workflow and in the README,
// at the tool's home as package.json gives it; the Regal house rules link the same home.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { initRegister } from "../engine/register-template.js";
import { githubHome } from "../engine/tool.js";
import pkg from "../package.json" with { type: "json" };

const home = githubHome(pkg.repository)!;

describe("ropa init pins this release", () => {
  it("has a home in package.json", () => {
    expect(home).toMatch(/^[\w.-]+\/[\w.-]+$/);
    expect(githubHome("github:acme/ropa")).toBe("acme/ropa");
    expect(githubHome({ url: "git+https://github.com/acme/ropa.git" })).toBe("acme/ropa");
    expect(githubHome("https://example.org/acme/ropa")).toBeUndefined();
  });

  it("writes a workflow that runs exactly this release, and a README that links the same, naming no customer", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "ropa-init-pin-")), "register");
    const written = initRegister(dir);
    const text = (f: string) => readFileSync(join(dir, f), "utf8");
    const uses = [...text(".github/workflows/register-check.yml").matchAll(/uses:\s*(\S+)/g)].map((m) => m[1]);
    expect(uses).toContain(`${home}/actions/check@v${pkg.version}`);
    expect(text("README.md")).toContain(`https://github.com/${home}`);
    expect(text("README.md")).toContain(`${home}/actions/check@v${pkg.version}`);
    for (const f of written) {
      expect(text(f), f).not.toMatch(/dignio|\{\{ropa\./i);
      // A moving major tag is no pin: the evidence pack could not tell which release judged a merge.
      expect(text(f), f).not.toMatch(/actions\/check@v\d+(?![.\d])/);
    }
  });

  it("the Regal house rules link the tool's home", () => {
    const dir = join(import.meta.dirname, "../.regal/rules/ropa");
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".rego") && !f.endsWith("_test.rego"))) {
      const refs = [...readFileSync(join(dir, f), "utf8").matchAll(/ref:\s*(\S+)/g)].map((m) => m[1]);
      for (const ref of refs) expect(ref, f).toMatch(new RegExp(`^https://github\\.com/${home}/`));
    }
  });
});
