// The auditor's guide's commands (docs/auditor-guide.md), exactly as written, on a fresh clone of this repository: a new auditor
// copies them and they must work (exit 0), on this repository's own history.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/register.js";

/** The shell block of the auditor's guide's "Evidence from git" section, one command a line. */
function auditorCommands(): string[] {
  const guide = readFileSync(join(ROOT, "docs/auditor-guide.md"), "utf8");
  const section = guide.split(/^## /m).find((s) => s.startsWith("Evidence from git"));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('docs/auditor-guide.md has no ```sh block under "## Evidence from git"');
  return block.split("\n").filter((l) => l.trim() && !l.startsWith("#"));
}

describe("the auditor's guide's commands", () => {
  let clone: string;

  beforeAll(() => {
    const shallow = execFileSync("git", ["rev-parse", "--is-shallow-repository"], { cwd: ROOT, encoding: "utf8" }).trim();
    if (shallow === "true") throw new Error("this checkout is shallow: the auditor commands read the whole history (CI: actions/checkout with fetch-depth: 0)");
    clone = mkdtempSync(join(tmpdir(), "ropa-readme-clone-"));
    execFileSync("git", ["clone", "--quiet", "--no-hardlinks", ROOT, clone]);
    symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"), "dir");
  }, 60_000);
  afterAll(() => rmSync(clone, { recursive: true, force: true }));

  it("run as written on a clone of this repository, and exit 0", () => {
    const commands = auditorCommands();
    expect(commands.map((c) => c.split(" ")[5])).toEqual(["register", "history", "evidence", "evidence"]);
    for (const command of commands) {
      const r = spawnSync("sh", ["-c", command], { cwd: clone, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      expect(r.status, `${command}\n${r.stderr}`).toBe(0);
      if (command.includes("evidence verify")) expect(r.stdout).toMatch(/^✔ .*all \d+ files match the manifest/);
    }
    const out = /--output (\S+)/.exec(commands[0]!)![1]!;
    expect(readFileSync(join(clone, out), "utf8")).toContain("Record of processing activities (GDPR Art. 30)");
    expect(existsSync(join(clone, /--out (\S+)/.exec(commands[2]!)![1]!, "index.html"))).toBe(true);
  }, 180_000);
});
