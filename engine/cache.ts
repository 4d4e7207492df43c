import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { KeptPositions } from "./load.js";
import type { ReadCache } from "./read.js";
import { KINDS, type Kind, type RecordData, type SourceFile } from "./types.js";
import { SCHEMAS } from "./validate.js";

// What a check learnt, kept between runs in a folder (--cache-dir; the action's can be kept with
// actions/cache): the records each file's text reads as, once valid, by the git blob id of the text; the
// lines of the records findings pointed into, by the same id; and the violations each evaluation gave, by
// the digest of the policy and its whole input. Nothing in the folder is
// trusted that does not check out: a file that is not whole (its own digest), written by another version of
// ropa or for other schemas, or of any other form, is ignored, and the work is done again. The verdict is
// the same with or without the cache; only the time differs.

/** Bumped whenever what is kept, or how it is read, changes. */
const FORMAT = 1;

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/** The id git gives a blob of this text: a file's key whether it was read from disk or from git objects. */
export function blobId(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

const blobIds = new WeakMap<SourceFile, string>();

/** A file's key in the caches: its blob id, as git gave it or as git would (worked out once per file). */
export function fileKey(file: SourceFile): string {
  if (file.oid) return file.oid;
  let id = blobIds.get(file);
  if (!id) blobIds.set(file, (id = blobId(file.text)));
  return id;
}

/**
 * What anything kept depends on besides its input: the cache's format, ropa's version, the schemas, and the
 * engine's code (its modules; in a bundle, the bundle and the names esbuild gave its chunks from their
 * contents), so that a fixed reader or judge never meets what an older one made.
 */
function engineVersion(version: string): string {
  const here = fileURLToPath(import.meta.url);
  const dir = dirname(here);
  const ext = extname(here);
  const code = ext === ".ts" ? engineModules(dir).map((m) => [relative(dir, m), sha256(readFileSync(m))]) : [sha256(readFileSync(here)), siblings(dir)];
  return sha256(JSON.stringify([FORMAT, version, code, Object.entries(SCHEMAS).map(([k, s]) => [k, s.schema])])).slice(0, 16);
}

/** The engine's TypeScript modules, when it runs from source. */
function engineModules(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => join(dir, f));
}

/** The bundle's other JavaScript files, whose names carry a hash of their contents. */
function siblings(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".js") || f.endsWith(".mjs")).sort();
  } catch {
    return [];
  }
}

/** The default cache folder: the runner's temp folder in GitHub Actions, else `.ropa-cache` at the top of the repository holding `dir`. */
export function defaultCacheDir(dir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, "ropa-cache");
  let at = resolve(dir);
  while (!existsSync(join(at, ".git")) && dirname(at) !== at) at = dirname(at);
  return join(existsSync(join(at, ".git")) ? at : process.cwd(), ".ropa-cache");
}

type RecordEntry = { kind: Kind; data: RecordData };

type ResultsName = "evaluations" | "findings" | "shards";

/** How many checks' findings are kept: a register's, and a few others checked from the same folder (a branch, a base). */
const FINDINGS_KEPT = 4;

/** How many evaluations are kept: a pull request's check makes two (the head with its base, the base alone), and up to three views of the transfers (the head with its base, the base, the head as written). */
const EVALUATIONS_KEPT = 8;

/**
 * How many shards' results are kept (engine/shard.ts; facts, violations and the rules about a change, each by its
 * own input): those of a pull request's two sides at the most shards, so that the next check evaluates only the
 * shards it changed.
 */
const SHARDS_KEPT = 1_024;

export class CheckCache {
  private readonly version: string;
  /** What the folder held when first read, and what this run added; by blob id. */
  private records?: Map<string, RecordEntry>;
  /** Results kept by key, most recent first: the policy's evaluations, the shards' results, and the findings of checks. */
  private readonly results = new Map<ResultsName, [string, unknown][]>();
  private positions?: Map<string, PositionsEntry>;
  /** The positions this run asked for, by blob id; written by savePositions. */
  private readonly usedPositions = new Map<string, PositionsEntry>();
  private positionsAdded = false;
  /** The shards' results this run evaluated or used, most recent last; written by saveShards. */
  private readonly usedShards = new Map<string, unknown>();
  private shardsAdded = false;

  constructor(
    readonly dir: string,
    toolVersion: string,
  ) {
    this.version = engineVersion(toolVersion);
  }

  private keptRecords(): Map<string, RecordEntry> {
    if (!this.records) {
      const kept = this.read("records");
      this.records = new Map(kept && typeof kept === "object" ? Object.entries(kept).filter((e): e is [string, RecordEntry] => isRecordEntry(e[1])) : []);
    }
    return this.records;
  }

  /** Whether the folder holds the record of this blob. */
  hasRecord(oid: string): boolean {
    return this.keptRecords().has(oid);
  }

  /** Puts in `cache` the records the folder holds for these files (by their blob ids, {@link fileKey}). */
  primeRecords(keys: string[], cache: ReadCache): void {
    const kept = this.keptRecords();
    if (!kept.size) return;
    for (const key of keys) {
      const entry = kept.get(key);
      if (entry) cache.set(key, entry);
    }
  }

  /**
   * Keeps the records of these files that `cache` holds (the valid ones), with those kept by this run before
   * (the other side of a change) and, up to as many again, by runs before it; written only when something is
   * new, and worth it: the file holds every record, and rewriting it for one new record of 10,000 took ~0.1 s
   * of a pull request's check, while the next run reads and parses a file in well under a millisecond. So fewer
   * new records than one in a hundred of these files are not written: the next run reads them again.
   */
  saveRecords(keys: string[], cache: ReadCache): void {
    const kept = this.keptRecords();
    const fresh = new Map<string, RecordEntry>();
    let added = 0;
    for (const id of keys) {
      const entry = cache.get(id);
      if (!entry) continue;
      if (!kept.has(id)) added++;
      fresh.set(id, entry);
    }
    if (!added || added * 100 < keys.length) return;
    // This run's records first; older ones only while the folder stays about twice the register.
    for (const [id, entry] of kept) if (!fresh.has(id) && fresh.size < 2 * keys.length) fresh.set(id, entry);
    this.records = fresh;
    this.write("records", Object.fromEntries(fresh));
  }

  /**
   * Where the positions of the record in a blob are kept: those found in this run (the records a finding
   * points into) are written by {@link savePositions}, so that the next run places them without reading the file.
   */
  keptPositions(oid: string): KeptPositions {
    return {
      get: () => {
        const kept = this.keptPositionsByBlob().get(oid);
        if (kept) this.usedPositions.set(oid, kept);
        return kept && new Map(Object.entries(kept).map(([pointer, [line, col]]) => [pointer, { line, col }]));
      },
      set: (positions) => {
        this.usedPositions.set(oid, Object.fromEntries([...positions].map(([pointer, { line, col }]) => [pointer, [line, col]])));
        this.positionsAdded = true;
      },
    };
  }

  /** Keeps the positions this run used, when it found any the folder did not hold. */
  savePositions(): void {
    if (!this.positionsAdded) return;
    this.positionsAdded = false;
    this.write("positions", Object.fromEntries(this.usedPositions));
  }

  private keptPositionsByBlob(): Map<string, PositionsEntry> {
    if (!this.positions) {
      const kept = this.read("positions");
      this.positions = new Map(kept && typeof kept === "object" ? Object.entries(kept).filter((e): e is [string, PositionsEntry] => isPositionsEntry(e[1])) : []);
    }
    return this.positions;
  }

  /** The policy's result kept for this evaluation (see evaluationKey), or undefined. */
  evaluation(key: string): unknown {
    return this.recall("evaluations", key);
  }

  saveEvaluation(key: string, result: unknown): void {
    this.keep("evaluations", key, result, EVALUATIONS_KEPT);
  }

  /** The result kept for a shard's evaluation (see evaluationKey, with its entrypoint), or undefined. */
  shard(key: string): unknown {
    const kept = this.usedShards.get(key) ?? this.recall("shards", key);
    if (kept !== undefined) this.usedShards.set(key, kept);
    return kept;
  }

  /** Keeps a shard's result, in memory until saveShards (an evaluation of many shards writes the folder once). */
  keepShard(key: string, result: unknown): void {
    this.usedShards.set(key, result);
    this.shardsAdded = true;
  }

  /** Writes the shards' results this run used in front of those kept before, when it evaluated any. */
  saveShards(): void {
    if (!this.shardsAdded) return;
    this.shardsAdded = false;
    const used = [...this.usedShards].reverse();
    const older = this.keptResults("shards").filter(([k]) => !this.usedShards.has(k));
    const kept = [...used, ...older].slice(0, SHARDS_KEPT);
    this.results.set("shards", kept);
    this.write("shards", kept);
  }

  /** The findings kept for this check (see findingsKey), or undefined. */
  findings(key: string): unknown {
    return this.recall("findings", key);
  }

  saveFindings(key: string, findings: unknown): void {
    this.keep("findings", key, findings, FINDINGS_KEPT);
  }

  /**
   * The key of a check's findings: all they depend on, i.e. the engine (this cache's version), the policy
   * (its digest), today, and every file's path and text (by blob id), in order.
   */
  findingsKey(policy: string, today: string, root: string, files: SourceFile[]): string {
    const hash = createHash("sha256").update(JSON.stringify([this.version, policy, today, root]));
    for (const file of files) hash.update(`\0${file.path}\0${fileKey(file)}`);
    return hash.digest("hex");
  }

  private recall(name: ResultsName, key: string): unknown {
    return this.keptResults(name).find(([k]) => k === key)?.[1];
  }

  /** Keeps a result in front of the `max` - 1 most recent others. */
  private keep(name: ResultsName, key: string, value: unknown, max: number): void {
    const entry: [string, unknown] = [key, value];
    const kept = [entry, ...this.keptResults(name).filter(([k]) => k !== key)].slice(0, max);
    this.results.set(name, kept);
    this.write(name, kept);
  }

  private keptResults(name: ResultsName): [string, unknown][] {
    let kept = this.results.get(name);
    if (!kept) {
      const read = this.read(name);
      kept = Array.isArray(read) ? read.filter((e): e is [string, unknown] => Array.isArray(e) && e.length === 2 && typeof e[0] === "string") : [];
      this.results.set(name, kept);
    }
    return kept;
  }

  /** The key of an evaluation: the digest of what its result depends on, the policy (Policy.digest: the compiled policy, its data and rules), the entrypoint and the input (its sha256). */
  evaluationKey(policy: string, entrypoint: string, inputDigest: string): string {
    return sha256(`${policy}\0${entrypoint}\0${inputDigest}`);
  }

  private file(name: string): string {
    return join(this.dir, `v${FORMAT}-${this.version}`, `${name}.json`);
  }

  /** The body of a kept file, or undefined when it is missing, not whole, or not this version's. */
  private read(name: string): unknown {
    try {
      const text = readFileSync(this.file(name), "utf8");
      const newline = text.indexOf("\n");
      const header = JSON.parse(text.slice(0, newline)) as { format?: unknown; version?: unknown; sha256?: unknown };
      const body = text.slice(newline + 1);
      if (header.format !== FORMAT || header.version !== this.version || header.sha256 !== sha256(body)) return undefined;
      return JSON.parse(body);
    } catch {
      return undefined;
    }
  }

  /** Writes a file whole or not at all (a temp file renamed), so a reader never sees half of it; a folder that cannot be written only costs the next run its time. */
  private write(name: string, value: unknown): void {
    try {
      const path = this.file(name);
      mkdirSync(dirname(path), { recursive: true });
      const body = JSON.stringify(value);
      const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, version: this.version, sha256: sha256(body) }) + "\n" + body);
      renameSync(tmp, path);
    } catch {
      // Not kept: the next run does the work again.
    }
  }
}

/** Positions as kept: `[line, col]` by JSON pointer. */
type PositionsEntry = Record<string, [number, number]>;

function isPositionsEntry(entry: unknown): entry is PositionsEntry {
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) return false;
  return Object.values(entry).every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => Number.isInteger(n) && n > 0));
}

/** A kept record has the form the reader gives: a known kind, and the values of a mapping of that kind. */
function isRecordEntry(entry: unknown): entry is { kind: Kind; data: RecordData } {
  if (!entry || typeof entry !== "object") return false;
  const { kind, data } = entry as { kind?: unknown; data?: unknown };
  return typeof kind === "string" && (KINDS as readonly string[]).includes(kind) && !!data && typeof data === "object" && !Array.isArray(data) && (data as RecordData).kind === kind;
}
