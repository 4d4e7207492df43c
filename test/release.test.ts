// scripts/release.sh in a temporary clone of this repository: it tags vX.Y.Z, creates or moves vX, pushes
// both with --push, and refuses (tagging nothing) on each condition it checks. Rebuilding the committed
// builds is `npm run check-dist`'s own CI job; here the clone's check-dist script is a stand-in that
// passes or fails on STALE, so the test sees the release refuse stale builds without rebuilding them.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/register.js";

const env = { ...process.env, GIT_AUTHOR_NAME: "Rel Ease", GIT_AUTHOR_EMAIL: "rel@example.org", GIT_COMMITTER_NAME: "Rel Ease", GIT_COMMITTER_EMAIL: "rel@example.org", npm_config_update_notifier: "false" };
let work: string;
let clone: string;
let remote: string;

const git = (...args: string[]) => execFileSync("git", args, { cwd: clone, env, encoding: "utf8" }).trim();
const release = (args: string[], extra: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync("bash", ["scripts/release.sh", ...args], { cwd: clone, env: { ...env, ...extra }, encoding: "utf8" });
  return { code: r.status, out: r.stdout + r.stderr };
};
const tags = () => git("tag", "--list").split("\n").filter(Boolean);
const tagged = (tag: string) => git("rev-parse", `${tag}^{commit}`);

/** Sets package.json's version and, unless told not to, adds its CHANGELOG section; commits. */
function bump(version: string, changelog = true) {
  const pkg = JSON.parse(readFileSync(join(clone, "package.json"), "utf8"));
  writeFileSync(join(clone, "package.json"), JSON.stringify({ ...pkg, version }, null, 2) + "\n");
  if (changelog) writeFileSync(join(clone, "CHANGELOG.md"), readFileSync(join(clone, "CHANGELOG.md"), "utf8").replace("## [Unreleased]\n", `## [Unreleased]\n\n## [${version}] - 2026-12-05\n`));
  git("commit", "--quiet", "--all", "--message", `Release ${version}`);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "ropa-release-"));
  clone = join(work, "clone");
  remote = join(work, "remote.git");
  execFileSync("git", ["clone", "--quiet", "--depth", "1", `file://${ROOT}`, clone], { env });
  execFileSync("git", ["init", "--quiet", "--bare", remote], { env });
  // The clone is shallow (one commit: quick); the remote takes what it pushes all the same.
  execFileSync("git", ["config", "receive.shallowUpdate", "true"], { cwd: remote, env });
  git("checkout", "--quiet", "-B", "main");
  git("remote", "set-url", "origin", remote);
  for (const t of tags()) git("tag", "--delete", t);
  const pkg = JSON.parse(readFileSync(join(clone, "package.json"), "utf8"));
  pkg.scripts["check-dist"] = `node -e "if (process.env.STALE) { console.error('check-dist: 1 stale'); process.exit(1); }"`;
  writeFileSync(join(clone, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
  git("commit", "--quiet", "--all", "--message", "check-dist stand-in");
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** This release (package.json's version) and the two after it, whatever release the repository is at. */
const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version as string;
const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
const next = `${major}.${minor}.${patch + 1}`;
const after = `${major}.${minor}.${patch + 2}`;
const literal = (text: string) => text.replace(/[.[\]]/g, (c) => `\\${c}`);

describe("scripts/release.sh", () => {
  it("tags vX.Y.Z and creates vX, then moves vX to the next release and pushes both", () => {
    expect(readFileSync(join(clone, "CHANGELOG.md"), "utf8")).toContain(`## [${version}] - `);
    const first = release([`v${version}`]);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain(`created v${major}`);
    expect(tagged(`v${version}`)).toBe(git("rev-parse", "HEAD"));
    expect(tagged(`v${major}`)).toBe(git("rev-parse", "HEAD"));

    bump(next);
    const second = release([`v${next}`, "--push"]);
    expect(second.code, second.out).toBe(0);
    expect(tagged(`v${major}`)).toBe(git("rev-parse", "HEAD"));
    expect(tagged(`v${version}`)).not.toBe(tagged(`v${major}`));
    const pushed = execFileSync("git", ["ls-remote", "--tags", remote], { encoding: "utf8" });
    expect(pushed).toMatch(new RegExp(`${tagged(`v${next}`)}\\s+refs/tags/${literal(`v${next}`)}\\^\\{\\}`));
    expect(pushed).toMatch(new RegExp(`${tagged(`v${major}`)}\\s+refs/tags/v${major}\\^\\{\\}`));
  });

  it("refuses, tagging nothing, whatever it checks is not so", () => {
    const refused = (args: string[], why: RegExp, extra: NodeJS.ProcessEnv = {}) => {
      const before = tags();
      const r = release(args, extra);
      expect(r.code, r.out).not.toBe(0);
      expect(r.out).toMatch(why);
      expect(tags()).toEqual(before);
    };
    refused([after], /give the new tag as vX\.Y\.Z/);
    refused([`v${next}`], new RegExp(`${literal(`v${next}`)} exists already`));
    refused([`v${after}`], new RegExp(`package\\.json's version is not ${literal(after)}`));
    bump(after, false);
    refused([`v${after}`], new RegExp(`CHANGELOG\\.md has no '## \\[${literal(after)}\\] - YYYY-MM-DD' section`));
    bump(after);
    refused([`v${after}`], /check-dist: 1 stale/, { STALE: "1" });
    writeFileSync(join(clone, "README.md"), "edited\n");
    refused([`v${after}`], /uncommitted changes/);
    git("checkout", "--quiet", "README.md");
    git("checkout", "--quiet", "-b", "topic");
    refused([`v${after}`], /tagged on main, not on 'topic'/);
    git("checkout", "--quiet", "main");
    bump(version);
    git("tag", "--delete", `v${version}`);
    refused([`v${version}`], new RegExp(`not newer than the latest release ${literal(`v${next}`)}`));
  });
});

// What an adopter copies names the release this commit is: the version package.json states (the one
// scripts/release.sh tags), with its CHANGELOG section, and a link for each section (1.0.1 had none, and
// [Unreleased] still compared from 1.0.0).
describe("the release the documents name", () => {
  const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
  const pins = (text: string) => [...text.matchAll(/(?:ropa-dev\/ropa(?:\/actions\/check)?[@#]|`@)(v\d+\.\d+\.\d+)/g)].map((m) => m[1]);

  it("the README and the adoption guide pin package.json's version", () => {
    for (const file of ["README.md", "docs/adoption.md"]) {
      const found = pins(read(file));
      expect(found.length, file).toBeGreaterThan(0);
      expect(new Set(found), file).toEqual(new Set([`v${version}`]));
    }
  });

  it("CHANGELOG.md has the version's dated section and a link for every section", () => {
    const changelog = read("CHANGELOG.md");
    expect(changelog).toMatch(new RegExp(`^## \\[${literal(version)}\\] - \\d{4}-\\d{2}-\\d{2}$`, "m"));
    const sections = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]!);
    const links = new Map([...changelog.matchAll(/^\[([^\]]+)\]: (\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
    expect([...links.keys()].sort()).toEqual([...sections].sort());
    expect(links.get("Unreleased")).toMatch(new RegExp(`/compare/${literal(`v${version}`)}\\.\\.\\.HEAD$`));
    // Each release compares with the one before it (the first has its tag's page).
    const releases = sections.filter((s) => s !== "Unreleased");
    releases.forEach((r, i) => {
      const before = releases[i + 1];
      expect(links.get(r), r).toMatch(before ? new RegExp(`/compare/${literal(`v${before}`)}\\.\\.\\.${literal(`v${r}`)}$`) : new RegExp(`/releases/tag/${literal(`v${r}`)}$`));
    });
  });
});
