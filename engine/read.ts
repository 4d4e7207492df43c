import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { RegisterError, type Problem } from "./errors.js";
import { checkRegisterLimits, loadRecord, recordAt, recordOf, type LoadResult } from "./load.js";
import { decode, fileTooBig, MAX_FILE_BYTES } from "./source.js";
import type { CheckCache } from "./cache.js";
import { addTime, timed } from "./timings.js";
import type { Kind, LoadedRecord, RecordData, SourceFile } from "./types.js";
import { schemaProblems } from "./validate.js";

// files → records: each file parsed (load.ts) and checked against its schema (validate.ts). Parsing is most
// of a large register's check, and each file is parsed on its own, so a large register is split between
// this thread and worker threads, one per further core.

/** Bytes of YAML a worker thread must have to pay for its start (~0.1 s bundled, more through tsx): ~2,000 records. */
export const MIN_BYTES_PER_THREAD = 2 << 20;

/** What reading one file gave, in a form that crosses to another thread (a record's positions are found later, on demand). */
export type FileRead =
  | { kind: Kind; data: RecordData }
  | { problems: Problem[]; id?: string };

export interface ChunkRead {
  results: FileRead[];
  /** Milliseconds this thread spent in each stage. */
  parseMs: number;
  validateMs: number;
}

/** Reads files on this thread. */
export function readChunk(files: SourceFile[]): ChunkRead {
  const results: FileRead[] = [];
  let parseMs = 0;
  let validateMs = 0;
  for (const file of files) {
    const t0 = performance.now();
    const loaded = loadRecord(file);
    const t1 = performance.now();
    parseMs += t1 - t0;
    if ("problems" in loaded) {
      // Its id, if a line says it plainly, so that references to it are not said to dangle as well.
      const id = /^id:[ \t]*["']?([a-z0-9][a-z0-9-]{0,63})["']?[ \t]*(#.*)?$/m.exec(file.text)?.[1];
      results.push({ problems: loaded.problems, ...(id ? { id } : {}) });
      continue;
    }
    const problems = schemaProblems(loaded.record);
    validateMs += performance.now() - t1;
    // A record its schema refuses still has its id: references to it are not reported as dangling too.
    results.push(problems.length ? { problems, ...(typeof loaded.record.data.id === "string" ? { id: loaded.record.data.id } : {}) } : { kind: loaded.record.kind, data: loaded.record.data });
  }
  return { results, parseMs, validateMs };
}

/**
 * Valid records by the text of their file, shared by the registers read with it: the two sides of a change
 * have most files in common, and each is parsed once. Its values are shared too, and never modified.
 */
export type ReadCache = Map<string, { kind: Kind; data: RecordData }>;

export interface ReadOptions {
  /** Threads to read on; default: one per core, as far as the register is large enough to pay for them. */
  threads?: number;
  cache?: ReadCache;
  /** Records kept between runs (--cache-dir): read from it first, and what was read is kept in it. */
  store?: CheckCache;
}

/** What reading a register's files gave: the schema-valid records, and the problems of the others. */
export interface RecordsRead {
  records: LoadedRecord[];
  /** Of all files, in file order: those that do not parse and those their schemas find. */
  problems: Problem[];
  /** The ids of records that did not parse or that their schema refused. */
  refused: Set<string>;
  /** A refused file's id is unknown: any reference could name it. */
  blind: boolean;
}

/**
 * Every file's record, schema-valid; or a RegisterError with the problems of all files, in file order:
 * those that do not parse and those their schemas find.
 */
export async function readRecords(files: SourceFile[], opts: ReadOptions = {}): Promise<LoadedRecord[]> {
  const read = await readEachRecord(files, opts);
  if (read.problems.length) throw new RegisterError(read.problems);
  return read.records;
}

/** Every file read and checked against its schema; the problems are returned, not thrown, to be said with others. */
export async function readEachRecord(files: SourceFile[], opts: ReadOptions = {}): Promise<RecordsRead> {
  checkRegisterLimits(files);
  const cache = opts.cache ?? (opts.store ? new Map() : undefined);
  if (opts.store) timed("cache", () => opts.store!.primeRecords(files, cache!));
  const started = performance.now();
  const todo = cache ? files.filter((f) => !cache.has(f.text)) : files;
  const chunks = split(todo, opts.threads ?? threadsFor(todo));
  // The workers start first; this thread reads the first chunk meanwhile.
  const others = chunks.slice(1).map(readInWorker);
  const reads = [readChunk(chunks[0]), ...(await Promise.all(others))];

  // The stages ran side by side: the wall time is shared between them as the threads spent it.
  const parseMs = reads.reduce((n, r) => n + r.parseMs, 0);
  const validateMs = reads.reduce((n, r) => n + r.validateMs, 0);
  const wall = performance.now() - started;
  addTime("parse", parseMs + validateMs > 0 ? (wall * parseMs) / (parseMs + validateMs) : wall);
  addTime("validate", parseMs + validateMs > 0 ? (wall * validateMs) / (parseMs + validateMs) : 0);

  const results = new Map<SourceFile, FileRead>();
  let i = 0;
  for (const read of reads) for (const result of read.results) results.set(todo[i++], result);

  // Every file's problems at once, in file order: a file that does not parse hides nothing of the others.
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  const refused = new Set<string>();
  let blind = false;
  for (const file of files) {
    const result = results.get(file) ?? cache!.get(file.text)!;
    if ("problems" in result) {
      problems.push(...result.problems);
      if (result.id !== undefined) refused.add(result.id);
      else blind = true;
      continue;
    }
    cache?.set(file.text, result);
    records.push(recordOf(file, result.kind, result.data));
  }
  if (opts.store) timed("cache", () => opts.store!.saveRecords(files, cache!));
  return { records, problems, refused, blind };
}

/** One thread per core, as far as the register is large enough to pay for them; ROPA_THREADS overrides (1: no workers). */
function threadsFor(files: SourceFile[]): number {
  const forced = Number(process.env.ROPA_THREADS);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, Math.max(1, files.length));
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  return Math.max(1, Math.min(availableParallelism(), Math.floor(bytes / MIN_BYTES_PER_THREAD)));
}

/** Consecutive chunks of about equal size in bytes, so the records keep their order. */
function split(files: SourceFile[], n: number): SourceFile[][] {
  if (n <= 1) return [files];
  const total = files.reduce((sum, f) => sum + f.text.length, 0);
  const chunks: SourceFile[][] = [[]];
  let size = 0;
  for (const file of files) {
    if (size >= (total * chunks.length) / n && chunks.length < n) chunks.push([]);
    chunks[chunks.length - 1].push(file);
    size += file.text.length;
  }
  return chunks;
}

function readInWorker(files: SourceFile[]): Promise<ChunkRead> {
  return new Promise((resolve, reject) => {
    const { script, eval: isCode } = workerScript();
    const worker = new Worker(script, { workerData: files, eval: isCode });
    let done = false;
    worker.once("message", (read: ChunkRead) => {
      done = true;
      resolve(read);
      void worker.terminate();
    });
    worker.once("error", (e) => {
      done = true;
      reject(new Error(`a thread reading the register failed: ${e.message}`));
    });
    worker.once("exit", (code) => {
      if (!done) reject(new Error(`a thread reading the register stopped (exit code ${code}) before it finished`));
    });
  });
}

/**
 * The worker's script: built beside the bundle that is running (the action's dist, the benchmark's); or, run from the TypeScript
 * sources (the CLI through tsx, the tests), a bootstrap that registers tsx in the new thread first.
 */
function workerScript(): { script: URL | string; eval?: boolean } {
  const ext = extname(fileURLToPath(import.meta.url));
  if (ext !== ".ts") return { script: new URL(`./read-worker${ext}`, import.meta.url) };
  // tsx's ESM API ("tsx/esm/api" under the import condition, which require.resolve does not apply).
  const api = new URL("dist/esm/api/index.mjs", pathToFileURL(createRequire(import.meta.url).resolve("tsx/package.json"))).href;
  const source = new URL("./read-worker.ts", import.meta.url).href;
  return { script: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, eval: true };
}

/**
 * Records in git blobs, read by the same reader as a folder on disk (loadRecord, then schemaProblems), each
 * blob read once however many commits and paths show it: the audit (history, evidence) sees exactly the
 * records and refusals the check sees.
 */
export class RecordBlobs {
  private loaded = new Map<string, LoadResult>();
  private validated = new Map<string, Problem[]>();

  constructor(private readonly blobs: Map<string, Buffer>) {}

  has(oid: string): boolean {
    return this.blobs.has(oid);
  }

  add(more: Map<string, Buffer>): void {
    for (const [oid, data] of more) this.blobs.set(oid, data);
  }

  /** The record in a blob shown at `path`; or what is wrong with the file there. */
  load(oid: string, path: string): LoadedRecord | Problem[] {
    let result = this.loaded.get(oid);
    if (!result) {
      const bytes = this.blobs.get(oid);
      const text = !bytes ? { file: path, message: `blob ${oid} was not read` } : bytes.length > MAX_FILE_BYTES ? fileTooBig(path, bytes.length) : decode(bytes, path);
      result = typeof text === "string" ? loadRecord({ path, text }) : { problems: [text] };
      this.loaded.set(oid, result);
    }
    // A blob reads the same at any path: only the path its record and problems name changes.
    if ("problems" in result) return result.problems.map((p) => ({ ...p, file: path }));
    return result.record.file === path ? result.record : recordAt(result.record, path);
  }

  /** The record's schema problems (none when valid), kept per blob and path. */
  validate(record: LoadedRecord, oid: string): Problem[] {
    const key = `${oid}\0${record.file}`;
    let problems = this.validated.get(key);
    if (!problems) this.validated.set(key, (problems = schemaProblems(record)));
    return problems;
  }

  /** The values of the record in a blob (shared: never modify them), or undefined when it does not load as a record. */
  data(oid: string): RecordData | undefined {
    const record = this.load(oid, "");
    return Array.isArray(record) ? undefined : record.data;
  }

  /** The `id` of the record in a blob, or undefined when it has none or does not load. */
  id(oid: string): string | undefined {
    const id = this.data(oid)?.id;
    return typeof id === "string" ? id : undefined;
  }
}
