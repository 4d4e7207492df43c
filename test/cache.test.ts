// The cache kept between runs (engine/cache.ts, --cache-dir): a warm check reads from it (records, results,
// the lines findings point at) and gives the same verdict, findings and lines as a cold one; a cache that
// is corrupt, truncated, of another version or for another policy is ignored and the work done again,
// never a different verdict.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CheckCache, blobId, fileKey } from "../engine/cache.js";
import { checkFiles, policyInput, readRegister } from "../engine/check.js";
import { loadPolicy, PolicyError, readBundleDir } from "../engine/policy.js";
import type { ReadCache } from "../engine/read.js";
import { formatJson } from "../engine/report/index.js";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { generateRegister } from "../scripts/bench/generate.js";
import { ROOT, TODAY } from "./helpers/register.js";

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "ropa-cache-"));
  temps.push(d);
  return d;
};

const { files } = generateRegister({ records: 120, today: TODAY });
const bundle = () => readBundleDir(join(ROOT, "policies/build"));

async function check(dir: string | undefined) {
  const store = dir ? new CheckCache(dir, "test") : undefined;
  const result = await checkFiles(files, "records", { policy: loadPolicy(bundle(), { cache: store }), today: TODAY, read: { store } });
  return formatJson(result);
}

const cacheFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json")).map((f) => join(dir, f));

describe("the cache between runs", () => {
  it("gives a warm check the records and results of the cold one, and the same report", async () => {
    const dir = temp();
    const cold = await check(dir);
    expect(cacheFiles(dir).map((f) => f.split("/").pop()).sort()).toEqual(["evaluations.json", "findings.json", "positions.json", "records.json"]);
    // Every file is found in the cache by its text's blob id.
    const primed: ReadCache = new Map();
    new CheckCache(dir, "test").primeRecords(files.map(fileKey), primed);
    expect(primed.size).toBe(new Set(files.map((f) => f.text)).size);
    // A warm check finds everything kept (a missed evaluation, record or line would be written): it writes nothing.
    const written = () => cacheFiles(dir).map((f) => [f, statSync(f, { bigint: true }).mtimeNs, readFileSync(f, "utf8")]);
    const before = written();
    expect(await check(dir)).toBe(cold);
    expect(written()).toEqual(before);
    expect(await check(undefined)).toBe(cold);
  });

  it("gives a second check of the same files, policy and day the findings kept, without reading or judging the records", async () => {
    const dir = temp();
    const run = async (input = files, today = TODAY, policy = bundle()) => {
      const store = new CheckCache(dir, "test");
      return checkFiles(input, "records", { policy: loadPolicy(policy, { cache: store }), today, read: { store } });
    };
    const cold = await run();
    expect(cold.register).toBeDefined();
    const warm = await run();
    expect(warm.register).toBeUndefined();
    expect(formatJson(warm)).toBe(formatJson(cold));
    // Anything the findings depend on, changed, is judged again: a file's text, its path, the day, the policy.
    const renamed = files.map((f, i) => (i === 3 ? { ...f, text: f.text.replace(/^name: .*$/m, "name: Renamed") } : f));
    const moved = files.map((f, i) => (i === 3 ? { ...f, path: f.path.replace(/\.yaml$/, "-moved.yaml") } : f));
    const { rules, ...compiled } = bundle();
    const retitled = { ...compiled, rules: rules.map((r, i) => (i === 0 ? { ...r, title: `${r.title}, retitled` } : r)) };
    for (const [what, again] of [
      ["a file's text", () => run(renamed)],
      ["a file's path", () => run(moved)],
      ["the day", () => run(files, "2027-01-04")],
      ["the rules' METADATA", () => run(files, TODAY, retitled)],
    ] as const) {
      expect((await again()).register, what).toBeDefined();
    }
  });

  it("judges again when the kept findings, their digest right, do not check out against the policy and the files", async () => {
    const dir = temp();
    const cold = await check(dir);
    const [findingsFile] = cacheFiles(dir).filter((f) => f.endsWith("findings.json"));
    const original = readFileSync(findingsFile!, "utf8");
    const rewrite = (edit: (finding: Record<string, unknown>) => void) => {
      const [header, body] = [original.slice(0, original.indexOf("\n")), original.slice(original.indexOf("\n") + 1)];
      const kept = JSON.parse(body) as [string, { records: number; findings: Record<string, unknown>[] }][];
      edit(kept[0]![1].findings[0]!);
      const text = JSON.stringify(kept);
      writeFileSync(findingsFile!, `${JSON.stringify({ ...JSON.parse(header), sha256: createHash("sha256").update(text).digest("hex") })}\n${text}`);
    };
    const spoil: [string, (f: Record<string, unknown>) => void][] = [
      ["a rule the policy does not have", (f) => (f.rule = "made.up")],
      ["another severity than its rule's", (f) => (f.severity = f.severity === "error" ? "info" : "error")],
      ["a file that is not in the register", (f) => (f.file = "records/elsewhere.yaml")],
      ["no line", (f) => delete f.line],
      ["a key that is not a list of names", (f) => (f.key = [1])],
    ];
    for (const [what, edit] of spoil) {
      rewrite(edit);
      expect(await check(dir), what).toBe(cold);
    }
  });

  it("keys a file by its git blob id, the same whether it was read from disk or from git", () => {
    const dir = temp();
    writeFileSync(join(dir, "f.yaml"), files[0].text);
    expect(blobId(files[0].text)).toBe(execFileSync("git", ["hash-object", join(dir, "f.yaml")], { encoding: "utf8" }).trim());
  });

  it("rewrites the records it keeps for one new record in a hundred or more; fewer are read again next time", () => {
    const dir = temp();
    const entry = (id: string) => ({ kind: "Product" as const, data: { kind: "Product", id } });
    const keys = Array.from({ length: 200 }, (_, i) => `blob-${i}`);
    const cache: ReadCache = new Map(keys.map((k) => [k, entry(k)]));
    new CheckCache(dir, "test").saveRecords(keys, cache);
    const [file] = cacheFiles(dir);
    const written = readFileSync(file!, "utf8");
    // One new record of 200: not worth rewriting the 200.
    cache.set("blob-new", entry("blob-new")).set("blob-newer", entry("blob-newer"));
    new CheckCache(dir, "test").saveRecords([...keys.slice(1), "blob-new"], cache);
    expect(readFileSync(file!, "utf8")).toBe(written);
    expect(new CheckCache(dir, "test").hasRecord("blob-new")).toBe(false);
    // Two of 200: written, the records it replaced kept beside them.
    new CheckCache(dir, "test").saveRecords([...keys.slice(2), "blob-new", "blob-newer"], cache);
    const kept = new CheckCache(dir, "test");
    expect(["blob-new", "blob-newer", "blob-0", "blob-199"].map((k) => kept.hasRecord(k))).toEqual([true, true, true, true]);
  });

  it("ignores a cache that is corrupt, truncated, emptied, of another version or written for other records", async () => {
    const dir = temp();
    const cold = await check(dir);
    const originals = new Map(cacheFiles(dir).map((f) => [f, readFileSync(f, "utf8")]));
    const spoil: [string, (text: string) => string][] = [
      ["a byte changed in the body", (t) => t.replace(/"ProcessingActivity"/, '"Product"')],
      ["truncated", (t) => t.slice(0, t.length / 2)],
      ["empty", () => ""],
      ["not JSON", () => "\u0000\u0001garbage"],
      ["another version", (t) => t.replace(/"version":"[^"]+"/, '"version":"0000000000000000"')],
      ["a body of another form, its digest right", () => `${JSON.stringify({ format: 1 })}\n[]`],
    ];
    for (const [what, edit] of spoil) {
      for (const [file, text] of originals) writeFileSync(file, edit(text));
      expect(await check(dir), what).toBe(cold);
    }
    // A well-formed entry for one text never answers for another (keys are the texts' blob ids), and a kept
    // result is only used for the same policy and input: another register's cache changes nothing.
    const other = temp();
    const store = new CheckCache(other, "test");
    const changed = files.map((f, i) => (i === 5 ? { ...f, text: f.text.replace(/^name: .*$/m, "name: Renamed") } : f));
    await checkFiles(changed, "records", { policy: loadPolicy(bundle(), { cache: store }), today: TODAY, read: { store } });
    for (const f of cacheFiles(other)) writeFileSync(join(dir, f.slice(other.length)), readFileSync(f));
    expect(await check(dir)).toBe(cold);
  });
});

describe("the cache in the judge of a change (check --base, the action)", () => {
  it("gives a warm `check --base` the same findings as a cold one, with both sides' records and results kept", async () => {
    const { Repo } = await import("./helpers/git-repo.js");
    const { ropa } = await import("./helpers/cli.js");
    const { editYaml } = await import("./helpers/register.js");
    const repo = Repo.withRegister();
    editYaml(repo.dir, "records/activities/website-and-contact.yaml", (d) => d.setIn(["data_categories", 0, "retention", "period"], "P36M"));
    const dir = temp();
    const args = ["check", "records", "--today", TODAY, "--base", "HEAD", "--format", "json"];
    const cold = await ropa([...args, "--no-cache"], repo.dir);
    expect(cold.code).toBe(1);
    expect(cold.stdout).toContain("change.dpo_approval");
    const filling = await ropa([...args, "--cache-dir", dir], repo.dir);
    expect(cacheFiles(dir).map((f) => f.split("/").pop()).sort()).toEqual(["evaluations.json", "positions.json", "records.json"]);
    // The base's version of the edited file is kept beside the head's: a later check of either side parses nothing.
    const kept = readFileSync(cacheFiles(dir).find((f) => f.endsWith("records.json"))!, "utf8");
    expect(kept).toContain(repo.git("rev-parse", "HEAD:records/activities/website-and-contact.yaml"));
    expect(kept).toContain(blobId(readFileSync(join(repo.dir, "records/activities/website-and-contact.yaml"), "utf8")));
    // Both evaluations are kept (the transfer views a change shows are of its few activities, evaluated
    // anew): the warm check writes nothing.
    const written = () => cacheFiles(dir).map((f) => [f, statSync(f, { bigint: true }).mtimeNs, readFileSync(f, "utf8")]);
    const before = written();
    const warm = await ropa([...args, "--cache-dir", dir], repo.dir);
    expect(written()).toEqual(before);
    expect([filling.code, warm.code]).toEqual([1, 1]);
    expect(filling.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe(cold.stdout);
  });
});

describe("each shard's result kept between runs", () => {
  // The generated register in shards of 20 activities: a change's check, in a run after the base's, evaluates
  // only what its change made and gives the findings of a check without the cache.
  const sharded = (store?: CheckCache) => loadPolicy(bundle(), { cache: store, shardRecords: 20 });
  const sorted = (violations: unknown[]) => violations.map((v) => JSON.stringify(v)).sort();
  // One activity keeps a category longer (change.dpo_approval).
  const one = files.findIndex((f) => f.path.startsWith("activities/") && f.text.includes("period: P3M }"));
  const edited = files.map((f, i) => (i === one ? { ...f, text: f.text.replace("period: P3M }", "period: P5Y }") } : f));

  it("lets a change's check evaluate only the shards its change made, with the findings of a cold check", async () => {
    const dir = temp();
    const base = await readRegister(files, "records");
    const head = await readRegister(edited, "records");
    const first = sharded(new CheckCache(dir, "test"));
    const baseViolations = first.evaluate(policyInput(base, TODAY));
    expect(cacheFiles(dir).map((f) => f.split("/").pop()).sort()).toEqual(["shards.json"]);
    const all = first.shards.evaluated;
    expect(all).toBeGreaterThan(6);

    // The next run: the change (the head with its base), then the base alone, as a pull request's check judges them.
    const next = sharded(new CheckCache(dir, "test"));
    const headViolations = next.evaluate(policyInput(head, TODAY, base));
    expect(next.evaluate(policyInput(base, TODAY))).toEqual(baseViolations);
    // The edited activity's shard (its facts, then its violations), the rules about the change, and the waivers.
    expect(next.shards.evaluated).toBeLessThanOrEqual(4);
    expect(next.shards.reused).toBeGreaterThanOrEqual(all - 1);
    const cold = sharded();
    expect(sorted(headViolations)).toEqual(sorted(cold.evaluate(policyInput(head, TODAY, base))));
    expect(headViolations.filter((v) => !sorted(baseViolations).includes(JSON.stringify(v))).map((v) => v.rule)).toContain("change.dpo_approval");
  });

  it("evaluates again a kept result that is not one, and never passes on one of another form", async () => {
    const dir = temp();
    const base = await readRegister(files, "records");
    const cold = sharded().evaluate(policyInput(base, TODAY));
    sharded(new CheckCache(dir, "test")).evaluate(policyInput(base, TODAY));
    const [file] = cacheFiles(dir);
    const original = readFileSync(file!, "utf8");
    const rewrite = (value: unknown) => {
      const [header, body] = [original.slice(0, original.indexOf("\n")), original.slice(original.indexOf("\n") + 1)];
      const text = JSON.stringify((JSON.parse(body) as [string, unknown][]).map(([k]) => [k, value]));
      writeFileSync(file!, `${JSON.stringify({ ...JSON.parse(header), sha256: createHash("sha256").update(text).digest("hex") })}\n${text}`);
    };
    for (const value of [null, 1, "violations", false]) {
      rewrite(value);
      expect(sorted(sharded(new CheckCache(dir, "test")).evaluate(policyInput(base, TODAY))), String(value)).toEqual(sorted(cold));
    }
    // Tampered with, its digest made right, into an object of no result: the evaluation fails, it never passes.
    rewrite({ violations: [], waivers_used: [] });
    expect(() => sharded(new CheckCache(dir, "test")).evaluate(policyInput(base, TODAY))).toThrow(PolicyError);
  });
});

describe("a pull request's check with a warm cache", () => {
  it("reads from git only the blobs whose records it has not kept, and judges as a cold check does", async () => {
    const { Repo } = await import("./helpers/git-repo.js");
    const { editYaml } = await import("./helpers/register.js");
    const { GitObjects } = await import("../engine/git/objects.js");
    const { approveAll, judgeRevisions } = await import("../engine/judge.js");
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    editYaml(repo.dir, "records/products/mydignio.yaml", (d) => d.setIn(["privacy_notice", "version"], "2026-2"));
    const head = repo.commit("New privacy notice for MyDignio");
    const dir = temp();
    const registerBlobs = (rev: string) => repo.git("ls-tree", "-r", "--format=%(objectname)", rev, "records").split("\n");
    const judged = async (headRev: string, store?: CheckCache) => {
      const git = new GitObjects(repo.dir);
      const judgement = await judgeRevisions({ repo: git, records: "records", base, head: headRev, bundled: bundle, approve: approveAll, today: TODAY, store });
      return { read: git.objectsRead, verdict: judgement.result.verdict, findings: JSON.stringify(judgement.result.findings) };
    };
    const cold = await judged(head);
    expect(cold.verdict).toBe("pass");
    expect(cold.read).toBe(new Set([...registerBlobs(base), ...registerBlobs(head)]).size);
    // The first check with the cache reads everything and keeps it; the next reads no blob at all.
    expect(await judged(head, new CheckCache(dir, "test"))).toEqual(cold);
    expect(await judged(head, new CheckCache(dir, "test"))).toEqual({ ...cold, read: 0 });
    // A new commit on the branch: only the blob it changed is read.
    editYaml(repo.dir, "records/products/mydignio.yaml", (d) => d.setIn(["privacy_notice", "version"], "2026-3"));
    const next = repo.commit("Another privacy notice");
    expect(await judged(next, new CheckCache(dir, "test"))).toMatchObject({ read: 1, verdict: "pass" });
  });

  it("places a finding on a kept record at its line as a cold check does, from the kept lines or, without them, the blob", async () => {
    const { Repo } = await import("./helpers/git-repo.js");
    const { editYaml } = await import("./helpers/register.js");
    const { GitObjects } = await import("../engine/git/objects.js");
    const { approveAll, judgeRevisions } = await import("../engine/judge.js");
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    editYaml(repo.dir, "records/activities/website-and-contact.yaml", (d) => d.setIn(["data_categories", 0, "retention", "period"], "P36M"));
    const head = repo.commit("Keep contact data longer");
    const dir = temp();
    const judged = async (store?: CheckCache) => {
      const git = new GitObjects(repo.dir);
      const { result } = await judgeRevisions({ repo: git, records: "records", base, head, bundled: bundle, approve: approveAll, today: TODAY, store });
      return { read: git.objectsRead, findings: result.findings.map((f) => `${f.rule} ${f.file}:${f.line}`) };
    };
    const cold = await judged();
    expect(cold.findings.filter((f) => f.startsWith("change.dpo_approval records/activities/website-and-contact.yaml:"))).toHaveLength(1);
    await judged(new CheckCache(dir, "test"));
    // The lines of the findings were kept with the records: the next check reads no blob.
    expect(await judged(new CheckCache(dir, "test"))).toEqual({ ...cold, read: 0 });
    // Without the kept lines (positions.json gone), the blobs a finding points into are read, all at once.
    for (const f of cacheFiles(dir)) if (f.endsWith("positions.json")) rmSync(f);
    const warm = await judged(new CheckCache(dir, "test"));
    expect(warm.findings).toEqual(cold.findings);
    expect(warm.read).toBeGreaterThan(0);
    expect(warm.read).toBeLessThanOrEqual(cold.read);
  });
});
