// A large register is read on worker threads (engine/read.ts): what comes out must be exactly what one
// thread reads, problems included, and a thread that fails must fail the check, never shorten the register.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RegisterError, type Problem } from "../engine/errors.js";
import { MAX_FULL_PARSE_BYTES, readEachRecord, readRecords, type ReadCache } from "../engine/read.js";
import { MAX_REGISTER_BYTES } from "../engine/source.js";
import { MAX_PROBLEMS_PER_FILE } from "../engine/validate.js";
import { MAX_PLAIN_ITEMS, readPlain } from "../engine/plain-yaml.js";
import type { LoadedRecord, SourceFile } from "../engine/types.js";
import { generateRegister } from "../scripts/bench/generate.js";
import { DIST, edit, fakeGitHubPerTest, runAction } from "./helpers/action-runner.js";
import { Repo } from "./helpers/git-repo.js";
import { TODAY } from "./helpers/register.js";

const github = fakeGitHubPerTest();
const generated = generateRegister({ records: 600, seed: 11, today: TODAY }).files.map((f) => ({ ...f, path: `records/${f.path}` }));

const shape = (records: LoadedRecord[]) => records.map((r) => ({ file: r.file, kind: r.kind, id: r.id, data: r.data }));

async function problemsOf(files: SourceFile[], threads: number): Promise<Problem[]> {
  try {
    await readRecords(files, { threads });
  } catch (e) {
    if (e instanceof RegisterError) return e.problems;
    throw e;
  }
  throw new Error("the register was read although it has problems");
}

/** `files` with the text of file `i` changed. */
function withText(files: SourceFile[], i: number, change: (text: string) => string): SourceFile[] {
  return files.map((f, n) => (n === i ? { ...f, text: change(f.text) } : f));
}

describe("reading on several threads", () => {
  it("gives the same records, in the same order, with the same positions, as one thread", async () => {
    const one = await readRecords(generated, { threads: 1 });
    expect(one).toHaveLength(600);
    for (const threads of [2, 3]) {
      const many = await readRecords(generated, { threads });
      expect(shape(many)).toEqual(shape(one));
      for (const i of [0, 299, 599]) expect([...many[i].positions]).toEqual([...one[i].positions]);
    }
  });

  it("finds the positions of a record when asked, at the lines an editor shows", async () => {
    const [record] = await readRecords(generated.slice(0, 1), { threads: 1 });
    const lines = generated[0].text.split("\n");
    expect(lines[record.positions.get("/kind")!.line - 1]).toMatch(/^kind: /);
    expect(lines[record.positions.get("/id")!.line - 1]).toMatch(/^id: /);
  });

  it("reports the problems of every thread's files, in file order, as one thread does", async () => {
    const last = generated.length - 1;
    // A schema problem early and late: both are reported, whichever thread read them.
    const schema = withText(withText(generated, 3, (t) => t + "colour: blue\n"), last, (t) => t + "flavour: mint\n");
    const expected = await problemsOf(schema, 1);
    expect(expected.map((p) => p.message)).toEqual(["unknown field `colour`", "unknown field `flavour`"]);
    expect(expected.map((p) => p.file)).toEqual([generated[3].path, generated[last].path]);
    expect(await problemsOf(schema, 3)).toEqual(expected);
    // A file that does not parse hides nothing of the others: all are said at once, in file order.
    const broken = withText(schema, last - 1, (t) => t + "oops: [unclosed\n");
    const all = await problemsOf(broken, 3);
    expect(all.map((p) => p.file)).toEqual([generated[3].path, generated[last - 1].path, generated[last].path]);
    expect(all).toEqual(await problemsOf(broken, 1));
  });

  it("parses a file shared by two reads once, and still reports a bad file in each", async () => {
    const cache: ReadCache = new Map();
    const base = await readRecords(generated, { threads: 2, cache });
    const changed = withText(generated, 10, (t) => t.replace(/^name: .*$/m, "name: Renamed"));
    const head = await readRecords(changed, { threads: 2, cache });
    // The same values for the unchanged files (no second parse), new ones for the changed file.
    expect(head[9].data).toBe(base[9].data);
    expect(head[10].data).not.toBe(base[10].data);
    expect(head[10].data.name).toBe("Renamed");
    // A file moved elsewhere is the same record, shown at its new path.
    const moved = await readRecords([{ ...generated[9], path: "records/moved.yaml" }], { cache });
    expect(moved[0]).toMatchObject({ file: "records/moved.yaml", data: base[9].data });
    // Problems are not kept: a broken file is reported again.
    const bad = withText(generated, 5, (t) => t + "colour: blue\n");
    for (let i = 0; i < 2; i++) expect((await problemsOf(bad, 2)).map((p) => p.file)).toEqual([generated[5].path]);
  });
});

describe("the full YAML reader's budget", () => {
  const notPlain = (files: SourceFile[], ...at: number[]) => at.reduce((fs, i) => withText(fs, i, (t) => t.replace(/^(name: .*)$/m, "$1 # &not-an-anchor")), files);

  it("reads files that are not plain, or refused, with the full reader up to the budget, in file order", async () => {
    // Files 4 and 8 are not plain (an `&` sends a file to the full reader, even in a comment), file 6 is refused by its schema.
    const files = withText(notPlain(generated, 4, 8), 6, (t) => t + "colour: blue\n");
    const size = (i: number) => files[i].text.length;
    // Enough for files 4 and 6, not for 8: 8 is named unread, in one problem after the others.
    const read = await readEachRecord(files, { threads: 1, fullParseBytes: size(4) + size(6) });
    expect(read.records.map((r) => r.file)).toContain(files[4].path);
    expect(read.records.map((r) => r.file)).not.toContain(files[8].path);
    expect(read.problems).toHaveLength(2);
    expect(read.problems[0]).toMatchObject({ file: files[6].path, line: expect.any(Number), message: "unknown field `colour`" });
    expect(read.problems[1]).toMatchObject({
      file: files[8].path.replace(/\/[^/]*$/, ""),
      message: `1 file was not read, ${files[8].path}: it is not plain YAML, and the files before it used all of the ${Math.ceil((size(4) + size(6)) / 1024)} KiB the full YAML reader is given in one check (MAX_FULL_PARSE_BYTES)`,
    });
    expect(read.refused).toContain(files[8].text.match(/^id: (.*)$/m)![1]);
    // The same on several threads, and a whole budget reads them all.
    expect((await readEachRecord(files, { threads: 2, fullParseBytes: size(4) + size(6) })).problems).toEqual(read.problems);
    const whole = await readEachRecord(files, { threads: 1 });
    expect(whole.problems).toEqual([read.problems[0]]);
    expect(whole.records).toHaveLength(files.length - 1);
  });

  it("says a refused plain file's problems without their lines beyond the budget, and still refuses the register", async () => {
    const files = withText(withText(generated, 2, (t) => t + "colour: blue\n"), 3, (t) => t + "flavour: mint\n");
    const read = await readEachRecord(files, { threads: 1, fullParseBytes: files[2].text.length });
    expect(read.problems).toEqual([
      expect.objectContaining({ file: files[2].path, line: expect.any(Number), message: "unknown field `colour`" }),
      { file: files[3].path, message: "unknown field `flavour`", hint: expect.any(String) },
    ]);
    await expect(readRecords(files, { fullParseBytes: 0 })).rejects.toThrow(RegisterError);
  });

  it("names at most MAX_PROBLEMS_PER_FILE schema problems of one file, at their lines, and says how many more there are", async () => {
    const many = withText(generated, 1, (t) => t.replace(/^kind: .*$/m, "kind: Product") + Array.from({ length: 60 }, (_, i) => `x${i}: 1`).join("\n") + "\n");
    const capped = await problemsOf([many[1]], 1);
    expect(capped).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(capped.slice(0, -1).every((p) => p.line! > 0)).toBe(true);
    expect(capped.at(-1)!.message).toMatch(/^and up to \d+ more schema errors in this file, not named \(MAX_PROBLEMS_PER_FILE\)$/);
  });

  it("sends a file of more than MAX_PLAIN_ITEMS lines and list items to the full reader, within its budget", async () => {
    const long = withText(generated, 0, (t) => t + "# a note\n".repeat(MAX_PLAIN_ITEMS));
    expect(readPlain(long[0].text)).toBeUndefined();
    expect(readPlain(generated[0].text)).toBeDefined();
    const [record] = await readRecords(long.slice(0, 1), { threads: 1 });
    expect(record.data).toEqual((await readRecords(generated.slice(0, 1), { threads: 1 }))[0].data);
    const refused = await readEachRecord(long.slice(0, 1), { threads: 1, fullParseBytes: 0 });
    expect(refused.problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/^1 file was not read, .*MAX_FULL_PARSE_BYTES\)$/), hint: expect.stringContaining("MAX_PLAIN_ITEMS") })]);
  });

  it("bounds the slowest register within the limits", () => {
    // ~1 s per 256 KiB of the worst YAML for the full reader, ~10 ms for the fast path, per core (scripts/bench/flow-lists.ts).
    expect(MAX_FULL_PARSE_BYTES / 2 ** 20).toBe(4);
    expect(MAX_REGISTER_BYTES / 2 ** 20).toBe(128);
  });
});

describe("the action's bundled reading thread", () => {
  /** A change on the example register, read with the reading split over two threads (ROPA_THREADS). */
  async function judgedOnThreads(dist: string) {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    edit(repo, "records/products/mydignio.yaml", (d) => d.setIn(["privacy_notice", "version"], "2026-2"));
    const head = repo.commit("New privacy notice for MyDignio");
    return runAction(repo, await github(), { base, head }, {}, { ROPA_THREADS: "2" }, { dist });
  }

  it("is found beside dist/index.js and judges as one thread does", async () => {
    const run = await judgedOnThreads(DIST);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: "pass", errors: "0" });
  });

  it("fails the check when it cannot start, and never passes a partly read register", async () => {
    const dist = mkdtempSync(join(tmpdir(), "ropa-dist-"));
    try {
      cpSync(join(DIST, ".."), dist, { recursive: true, filter: (src) => !src.endsWith("read-worker.js") });
      const run = await judgedOnThreads(join(dist, "index.js"));
      expect(run.code).toBe(2);
      expect(run.outputs.verdict).toBe("fail");
      expect(run.stdout).toMatch(/::error::ropa: internal error, nothing was judged: a thread reading the register failed/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
