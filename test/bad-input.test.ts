// The corpus of bad registers (test/fixtures/bad/, see its README), each run through the CLI (in-process): every
// one exits 2 with exactly the problems its expected.json lists (file, line, column, message, hint), prints
// no stack trace, writes nothing to --output, and finishes within a minute. The very large inputs (a 50 MB file,
// 100,000 files) are made here in a temp dir rather than committed.
//
// UPDATE_BAD_CORPUS=1 npx vitest run test/bad-input.test.ts rewrites the expected problems from what the
// CLI prints; review the diff like any snapshot.
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRecords, MAX_ALIASES, MAX_DEPTH } from "../engine/load.js";
import { readRegister } from "../engine/check.js";
import { RegisterError, type Problem } from "../engine/errors.js";
import { GitObjects } from "../engine/git/objects.js";
import { registerAt } from "../engine/git/snapshot.js";
import { MAX_FILE_BYTES, MAX_FILES, MAX_REGISTER_BYTES, readRegisterDir } from "../engine/source.js";
import { parseProblems, ropa, runCli, type CliResult } from "./helpers/cli.js";
import { ROOT, TODAY } from "./helpers/register.js";

const CORPUS = join(ROOT, "test/fixtures/bad");
const BASE = join(CORPUS, "base");
const UPDATE = process.env.UPDATE_BAD_CORPUS === "1";

interface Expected {
  about: string;
  /** Paths (relative to the temp dir holding `records/`) removed from the base before the case's files go in. */
  remove?: string[];
  /** Symbolic links made at test time (git would keep them, but a link out of the checkout is not something to commit). */
  symlinks?: { path: string; target: string }[];
  /** 2, or judged exactly as the base register is (same exit code, same report). */
  exit: 2 | "as the base register";
  problems?: Problem[];
}

const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(CORPUS, e.name, "expected.json")))
  .map((e) => e.name)
  .sort();

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(root = tmpdir()): string {
  const dir = mkdtempSync(join(root, "ropa-bad-"));
  temps.push(dir);
  return dir;
}

/** The base register with the case applied, in a temp dir; returns the dir that holds `records/`. */
function materialise(name: string, expected: Expected, root?: string): string {
  const dir = tempDir(root);
  cpSync(join(BASE, "records"), join(dir, "records"), { recursive: true });
  // A valid record outside the register, for the links that lead out of it.
  writeFileSync(join(dir, "outside.yaml"), "apiVersion: ropa/v1\nkind: Product\nid: outside\nname: Outside\n");
  for (const path of expected.remove ?? []) rmSync(join(dir, path), { recursive: true, force: true });
  const overlay = join(CORPUS, name, "records");
  if (existsSync(overlay)) cpSync(overlay, join(dir, "records"), { recursive: true });
  for (const link of expected.symlinks ?? []) {
    mkdirSync(dirname(join(dir, link.path)), { recursive: true });
    symlinkSync(link.target, join(dir, link.path));
  }
  return dir;
}

const ARGS = ["check", "records", "--today", TODAY, "--format", "json", "--output", "report.json"];

// Nothing may hang: a test fails after its timeout (a minute unless it says). How fast each input is
// refused is the benchmark's business (npm run bench), not a timed test's.
async function check(dir: string): Promise<CliResult & { ms: number }> {
  const started = performance.now();
  const run = await ropa(ARGS, dir);
  return { ...run, ms: Math.round(performance.now() - started) };
}

/** What every run on bad input must show: exit 2, the problems on stderr, no trace, no report written. */
function expectRefused(run: CliResult, dir: string) {
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.stdout).toBe("");
  expect(existsSync(join(dir, "report.json")), "--output was written although nothing was judged").toBe(false);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp")), "a temporary report was left behind").toEqual([]);
  expect(run.stderr).toMatch(/\d+ problems? in the input — nothing was judged/);
  expect(run.code).toBe(2);
}

let baseRun: Promise<{ code: number | null; report: string }> | undefined;
function judgeBase() {
  baseRun ??= (async () => {
    const dir = tempDir();
    cpSync(join(BASE, "records"), join(dir, "records"), { recursive: true });
    const run = await check(dir);
    return { code: run.code, report: readFileSync(join(dir, "report.json"), "utf8") };
  })();
  return baseRun;
}

describe.concurrent("the corpus of bad registers", () => {
  it("holds at least 60 distinct registers that must be refused", () => {
    const refused = cases.filter((c) => (JSON.parse(readFileSync(join(CORPUS, c, "expected.json"), "utf8")) as Expected).exit === 2);
    expect(refused.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)("%s", async (name) => {
    const file = join(CORPUS, name, "expected.json");
    const expected = JSON.parse(readFileSync(file, "utf8")) as Expected;
    const dir = materialise(name, expected);
    const run = await check(dir);
    if (expected.exit === "as the base register") {
      const base = await judgeBase();
      expect(run.stderr).toBe("");
      expect(run.code).toBe(base.code);
      expect(readFileSync(join(dir, "report.json"), "utf8")).toBe(base.report);
      return;
    }
    const problems = parseProblems(run.stderr);
    if (UPDATE) writeFileSync(file, JSON.stringify({ ...expected, problems }, null, 2) + "\n");
    expectRefused(run, dir);
    expect(problems).toEqual(UPDATE ? problems : expected.problems);
  });
});

/** The problems of reading a committed register from git objects, as the action and `--base` do. */
async function problemsFromGit(dir: string): Promise<Problem[]> {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.org", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.org" } });
  git("init", "--quiet");
  git("add", "-A");
  git("commit", "--quiet", "-m", "register");
  try {
    await readRegister(await registerAt(new GitObjects(dir), "HEAD", "records"), "records");
    return [];
  } catch (e) {
    if (!(e instanceof RegisterError)) throw e;
    return e.problems;
  }
}

// What git cannot hold, or holds differently, so the same case reads differently from a commit.
const DISK_ONLY: Record<string, string> = {
  // At a commit, a register with no files is for the caller to judge: a head is refused (tamper.test.ts),
  // while a base may have none yet (the pull request that adds the register).
  "fs-no-folder": "no register at the commit",
  "fs-no-records": "no register at the commit",
};

describe.concurrent("the corpus read from a commit, as the action reads a pull request", () => {
  it.each(cases.filter((c) => !(c in DISK_ONLY)))("%s", async (name) => {
    const expected = JSON.parse(readFileSync(join(CORPUS, name, "expected.json"), "utf8")) as Expected;
    const problems = await problemsFromGit(materialise(name, expected));
    expect(problems).toEqual(expected.exit === 2 ? expected.problems : []);
  });
});

describe("inputs too large to commit, made at test time", () => {
  it("refuses a 50 MB file by its size, without reading it", async () => {
    const dir = materialise("base", { about: "", exit: 2 });
    writeFileSync(join(dir, "records/products/huge.yaml"), Buffer.alloc(50 * 1024 * 1024, "# a comment line that goes on and on\n"));
    const run = await check(dir);
    console.log(`50 MB file: ${run.ms} ms`);
    expectRefused(run, dir);
    expect(parseProblems(run.stderr)).toEqual([
      {
        file: "records/products/huge.yaml",
        message: `the file is 51,200 KiB, over the limit of ${MAX_FILE_BYTES / 1024} KiB for one record file (MAX_FILE_BYTES)`,
        hint: "a record is a page of YAML: keep one record per file, and put documents elsewhere and refer to them",
      },
    ]);
  });

  it("names the mistake in each of 100,000 tiny files without running out of anything", async () => {
    // In memory where there is a tmpfs: making 100,000 files on a disk takes longer than checking them.
    const dir = materialise("base", { about: "", exit: 2 }, existsSync("/dev/shm") ? "/dev/shm" : undefined);
    for (let folder = 0; folder < 100; folder++) {
      const path = join(dir, "records/bulk", `f${String(folder).padStart(3, "0")}`);
      mkdirSync(path, { recursive: true });
      for (let i = 0; i < 1000; i++) writeFileSync(join(path, `p${i}.yaml`), `apiVersion: ropa/v1\nkind: Product\nid: p${folder}-${i}\n`);
    }
    const run = await check(dir);
    console.log(`100,000 files: ${run.ms} ms`);
    expectRefused(run, dir);
    const problems = parseProblems(run.stderr);
    expect(problems).toHaveLength(500);
    expect(problems[0]).toMatchObject({ file: "records/bulk/f000/p0.yaml", message: "the record is missing the required field `name`" });
    expect(run.stderr).toContain("… and 99500 more (the first 500 are shown)");
    expect(run.stderr).toContain("100000 problems in the input");
    rmSync(join(dir, "records/bulk"), { recursive: true, force: true });
  }, 300_000);

  it("refuses a register whose files are each small enough but together too big", async () => {
    const dir = materialise("base", { about: "", exit: 2 });
    const line = "# padding to make the file large, as a generated or pasted file would be\n";
    const file = `apiVersion: ropa/v1\nkind: Product\nid: ID\nname: P\n${line.repeat(Math.floor((MAX_FILE_BYTES - 100) / line.length))}`;
    const count = Math.ceil(MAX_REGISTER_BYTES / file.length) + 1;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, "records/products", `big-${String(i).padStart(2, "0")}.yaml`), file.replace("ID", `big-${i}`));
    const run = await check(dir);
    expectRefused(run, dir);
    const [problem, ...more] = parseProblems(run.stderr);
    expect(more).toEqual([]);
    expect(problem.file).toBe("records");
    expect(problem.message).toMatch(new RegExp(`over the limit of ${(MAX_REGISTER_BYTES / 1024).toLocaleString("en")} KiB for one register \\(MAX_REGISTER_BYTES\\)$`));
  });

  it("parses a file of the largest size made of tiny items without stalling", async () => {
    const dir = materialise("base", { about: "", exit: 2 });
    const items = "- x\n".repeat(Math.floor((MAX_FILE_BYTES - 100) / 4));
    writeFileSync(join(dir, "records/products/items.yaml"), `apiVersion: ropa/v1\nkind: Product\nid: items\nname: Items\nnotes:\n${items}`);
    const run = await check(dir);
    console.log(`${MAX_FILE_BYTES / 1024} KiB of list items: ${run.ms} ms`);
    expectRefused(run, dir);
    expect(parseProblems(run.stderr).map((p) => [p.line, p.message])).toEqual([[5, "`notes` must be a string"]]);
  });

  it("refuses a file of 20,000 distinct keys and one duplicate without stalling", async () => {
    const dir = materialise("base", { about: "", exit: 2 });
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`).join("\n");
    writeFileSync(join(dir, "records/products/keys.yaml"), `apiVersion: ropa/v1\nkind: Product\nid: keys\nname: Keys\n${keys}\nk7: again\n`);
    const run = await check(dir);
    expectRefused(run, dir);
    expect(parseProblems(run.stderr)).toEqual([
      { file: "records/products/keys.yaml", line: 20_005, col: 1, message: "the same key appears twice in one mapping", hint: "keep one of the two `k7` keys (the first is on line 12) and merge their values" },
    ]);
  });

  it("skips a FIFO named like a record instead of blocking on it", async () => {
    const dir = materialise("base", { about: "", exit: 2 });
    execFileSync("mkfifo", [join(dir, "records/products/pipe.yaml")]);
    // A real process, killed after a minute: a read blocked on the FIFO would stall an in-process run for good.
    const run = await runCli(ARGS, dir);
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe("");
    expect(run.code).toBe((await judgeBase()).code);
  });

  it.skipIf(process.getuid?.() === 0)("names a file it may not read", async () => {
    const dir = materialise("base", { about: "", exit: 2 });
    chmodSync(join(dir, "records/products/app.yaml"), 0o000);
    const run = await check(dir);
    expectRefused(run, dir);
    expect(parseProblems(run.stderr)).toEqual([
      { file: "records/products/app.yaml", message: "cannot be read: permission denied", hint: "make the file readable by the user that runs ropa, or remove it" },
    ]);
  });
});

describe("reading YAML 1.2, not 1.1", () => {
  const read = (yaml: string) => loadRecords([{ path: "records/x.yaml", text: `apiVersion: ropa/v1\nkind: Product\nid: x\nname: X\n${yaml}` }])[0].data;

  it("keeps NO, yes, on, off, 1:30, 0o17-looking and date-looking values as the text they read as", () => {
    const data = read("a: NO\nb: yes\nc: on\nd: off\ne: 1:30\nf: 2026-02-30\ng: 2026-01-15\nh: y\ni: ~\nj: 010\n");
    expect(data).toMatchObject({ a: "NO", b: "yes", c: "on", d: "off", e: "1:30", f: "2026-02-30", g: "2026-01-15", h: "y", i: null, j: 10 });
  });

  it("validates a country written NO as Norway", async () => {
    const dir = materialise("base", { about: "", exit: 2 });
    writeFileSync(join(dir, "records/organisation.yaml"), readFileSync(join(dir, "records/organisation.yaml"), "utf8").replace('country: "NO"', "country: NO"));
    const register = await readRegister(readRegisterDir(join(dir, "records")), "records");
    expect(register.doc.organisation?.country).toBe("NO");
  });
});

describe("keys that name JavaScript internals", () => {
  it("never pollute a prototype, whatever the YAML", () => {
    const yaml = "apiVersion: ropa/v1\nkind: Product\nid: x\nname: X\n__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\nprivacy_notice: { __proto__: { polluted: yes } }\n";
    const [record] = loadRecords([{ path: "x.yaml", text: yaml }]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(record.data)).toBe(Object.prototype);
    expect(Object.keys(record.data)).toContain("__proto__");
    expect((record.data.privacy_notice as object).constructor).toBe(Object);
  });

  it("work as ordinary ids: a product called `constructor` is found and referred to like any other", async () => {
    const dir = materialise("base", { about: "", exit: 2 });
    writeFileSync(join(dir, "records/products/constructor.yaml"), "apiVersion: ropa/v1\nkind: Product\nid: constructor\nname: Constructor\n");
    writeFileSync(join(dir, "records/products/to-string.yaml"), "apiVersion: ropa/v1\nkind: Product\nid: tostring\nname: toString\n");
    const path = join(dir, "records/activities/accounts.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("products: [app]", "products: [app, constructor, tostring]"));
    const register = await readRegister(readRegisterDir(join(dir, "records")), "records");
    expect(register.records.get("constructor")?.kind).toBe("Product");
    expect(Object.keys(register.doc.products).sort()).toEqual(["app", "constructor", "tostring"]);
  });
});

describe("the limits", () => {
  it("are named constants with the values the guarantees promise", () => {
    expect({ MAX_FILE_BYTES, MAX_FILES, MAX_REGISTER_BYTES, MAX_ALIASES, MAX_DEPTH }).toEqual({
      MAX_FILE_BYTES: 256 * 1024,
      MAX_FILES: 200_000,
      MAX_REGISTER_BYTES: 128 * 1024 * 1024,
      MAX_ALIASES: 100,
      MAX_DEPTH: 20,
    });
    const guarantees = readFileSync(join(ROOT, "docs/guarantees.md"), "utf8");
    for (const name of ["MAX_FILE_BYTES", "MAX_FILES", "MAX_REGISTER_BYTES", "MAX_FULL_PARSE_BYTES", "MAX_PROBLEMS_PER_FILE", "MAX_ALIASES", "MAX_DEPTH", "MAX_WASM_MEMORY_PAGES", "ROPA_API_TIMEOUT_MS"]) {
      expect(guarantees).toContain(name);
    }
  });
});
