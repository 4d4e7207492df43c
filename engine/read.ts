import { RegisterError, type Problem } from "./errors.js";
import { checkRegisterLimits, commonFolder, loadPlainRecord, loadRecord, recordAt, recordOf, type LoadResult } from "./load.js";
import { decode, fileTooBig, kib, MAX_FILE_BYTES } from "./source.js";
import { fileKey, type CheckCache } from "./cache.js";
import { MAX_PLAIN_ITEMS } from "./plain-yaml.js";
import { addTime, count, now, timed } from "./timings.js";
import type { Kind, LoadedRecord, RecordData, SourceFile } from "./types.js";
import { forcedThreads, threadLimit, workerScript, workerThreads } from "./threads.js";
import { schemaProblems } from "./validate.js";

// files → records: each file parsed (load.ts) and checked against its schema (validate.ts). Parsing is most
// of a large register's check, and each file is parsed on its own, so a large register is split between
// this thread and worker threads, one per further core.
//
// A read has two steps, so that no register within the limits (source.ts) takes more than about a minute:
//  1. every file on the fast path (load.ts, plain-yaml.ts), whose cost per byte is bounded: a plain file's
//     values, checked against its schema;
//  2. the files that need the full `yaml` reader, whose worst cost per byte is ten times the fast path's
//     (a file of tiny flow-list items: ~1 s per 256 KiB here): those that are not plain YAML (or have more
//     than MAX_PLAIN_ITEMS lines and list items), and those their schema refuses, whose problems are said at their lines. At most MAX_FULL_PARSE_BYTES of them
//     per read; beyond it a refused plain file's problems are said without their lines, and a file that is
//     not plain is named in one problem, unread.

/** Bytes of YAML a worker thread must have to pay for its start (~0.1 s bundled, more through tsx): ~2,000 records. */
export const MIN_BYTES_PER_THREAD = 2 << 20;

/**
 * The most bytes of files one read gives to the full `yaml` reader (step 2 above): ~15 s of the worst YAML
 * per byte on one core here, and ~7,000 typical records that are not plain or have a problem.
 */
export const MAX_FULL_PARSE_BYTES = 4 << 20;

/** What reading one file gave, in a form that crosses to another thread (a record's positions are found later, on demand). */
export type FileRead =
  | { kind: Kind; data: RecordData }
  | { problems: Problem[]; id?: string }
  /** Step 1 only: the file needs the full reader; `problems` are its schema's, without their lines. */
  | { full: true; problems?: Problem[]; id?: string };

export interface ChunkRead {
  results: FileRead[];
  /** Milliseconds this thread spent in each stage. */
  parseMs: number;
  validateMs: number;
}

/**
 * Reads files on this thread: on the fast path only (step 1), or `full`y, with `yaml` and each record's
 * positions found in the same reading (step 2).
 */
export function readChunk(files: SourceFile[], full = false): ChunkRead {
  const results: FileRead[] = [];
  let parseMs = 0;
  let validateMs = 0;
  for (const file of files) {
    const t0 = now();
    const loaded = full ? loadRecord(file, { plain: false, positions: true }) : loadPlainRecord(file);
    const t1 = now();
    parseMs += t1 - t0;
    if (!loaded) {
      results.push({ full: true, ...idOf(file) });
      continue;
    }
    if ("problems" in loaded) {
      results.push({ problems: loaded.problems, ...idOf(file) });
      continue;
    }
    const { record } = loaded;
    // On the fast path the record has no positions yet: its problems are found without them, to be said at their lines by step 2.
    const problems = schemaProblems(full ? record : { file: record.file, kind: record.kind, id: record.id, data: record.data, positions: new Map() });
    validateMs += now() - t1;
    // A record its schema refuses still has its id: references to it are not reported as dangling too.
    const id = typeof record.data.id === "string" ? { id: record.data.id } : {};
    if (!problems.length) results.push({ kind: record.kind, data: record.data });
    else if (full) results.push({ problems, ...id });
    else results.push({ full: true, problems: problems.map(({ line: _line, col: _col, ...p }) => p), ...id });
  }
  return { results, parseMs, validateMs };
}

/** The id of a file that does not load, if a line says it plainly, so that references to it are not said to dangle as well. */
function idOf(file: SourceFile): { id?: string } {
  const id = /^id:[ \t]*["']?([a-z0-9][a-z0-9-]{0,63})["']?[ \t]*(#.*)?$/m.exec(file.text)?.[1];
  return id ? { id } : {};
}

/**
 * Valid records by the blob id of their file's text (fileKey), shared by the registers read with it: the two
 * sides of a change have most files in common, and each is parsed once. Its values are shared too, and never modified.
 */
export type ReadCache = Map<string, { kind: Kind; data: RecordData }>;

export interface ReadOptions {
  /** Threads to read on; default: one per core, as far as the register is large enough to pay for them. */
  threads?: number;
  cache?: ReadCache;
  /** Records kept between runs (--cache-dir): read from it first, and what was read is kept in it. */
  store?: CheckCache;
  /** Bytes the full `yaml` reader may be given (default MAX_FULL_PARSE_BYTES). */
  fullParseBytes?: number;
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
  const keys = cache ? timed("cache", () => new Map(files.map((f) => [f, fileKey(f)]))) : undefined;
  if (opts.store) timed("cache", () => opts.store!.primeRecords([...keys!.values()], cache!));
  const started = now();
  const todo = cache ? files.filter((f) => !cache.has(keys!.get(f)!)) : files;
  const results = new Map<SourceFile, FileRead>();
  const quick = await readOnThreads(todo, false, opts.threads);
  todo.forEach((file, i) => results.set(file, quick.results[i]));

  // Step 2, in file order, within the budget.
  const budget = opts.fullParseBytes ?? MAX_FULL_PARSE_BYTES;
  let left = budget;
  const within: SourceFile[] = [];
  const unread: SourceFile[] = [];
  for (const file of todo) {
    const result = results.get(file)!;
    if (!("full" in result)) continue;
    if (file.text.length <= left) {
      within.push(file);
      left -= file.text.length;
    } else {
      left = 0;
      if (!result.problems) unread.push(file);
    }
  }
  const slow = await readOnThreads(within, true, opts.threads);
  count("records_kept", files.length - todo.length);
  count("files_parsed", todo.length);
  count("files_full_reader", within.length);
  within.forEach((file, i) => results.set(file, slow.results[i]));

  // The stages ran side by side: the wall time is shared between them as the threads spent it.
  const parseMs = quick.parseMs + slow.parseMs;
  const validateMs = quick.validateMs + slow.validateMs;
  const wall = now() - started;
  addTime("parse", parseMs + validateMs > 0 ? (wall * parseMs) / (parseMs + validateMs) : wall);
  addTime("validate", parseMs + validateMs > 0 ? (wall * validateMs) / (parseMs + validateMs) : 0);

  // Every file's problems at once, in file order: a file that does not parse hides nothing of the others.
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  const refused = new Set<string>();
  let blind = false;
  for (const file of files) {
    const result = results.get(file) ?? cache!.get(keys!.get(file)!)!;
    if ("problems" in result || "full" in result) {
      problems.push(...(result.problems ?? []));
      if (result.id !== undefined) refused.add(result.id);
      else blind = true;
      continue;
    }
    cache?.set(keys!.get(file)!, result);
    const key = keys?.get(file);
    records.push(recordOf(file, result.kind, result.data, undefined, opts.store && key ? opts.store.keptPositions(key) : undefined));
  }
  if (unread.length) problems.push(overBudget(unread, budget));
  if (opts.store) timed("cache", () => opts.store!.saveRecords([...keys!.values()], cache!));
  return { records, problems, refused, blind };
}

/** The one problem of the files left unread by the full reader's budget. */
function overBudget(unread: SourceFile[], budget: number): Problem {
  const one = unread.length === 1;
  const shown = unread.slice(0, 5).map((f) => f.path);
  const more = unread.length > shown.length ? ` and ${(unread.length - shown.length).toLocaleString("en")} more` : "";
  return {
    file: commonFolder(unread),
    message: `${unread.length.toLocaleString("en")} file${one ? " was" : "s were"} not read, ${shown.join(", ")}${more}: ${one ? "it is" : "they are"} not plain YAML, and the files before ${one ? "it" : "them"} used all of the ${kib(budget)} the full YAML reader is given in one check (MAX_FULL_PARSE_BYTES)`,
    hint: `write records as plain YAML, as \`ropa init\` does: no anchors, aliases, tags or tabs, each quoted text, \`[…]\` and \`{…}\` closed on the line it opens, and at most ${MAX_PLAIN_ITEMS.toLocaleString("en")} lines and list items (MAX_PLAIN_ITEMS); fix the problems named above, then check again`,
  };
}

/**
 * Reads files on this thread and, for a large register, worker threads; the results in file order. Every
 * thread takes the next BATCH files from a shared counter until none are left, so a thread that starts late
 * (a worker boots in a tenth of a second or more) or reads slower files takes fewer, and none waits long
 * for another.
 */
async function readOnThreads(files: SourceFile[], full: boolean, threads?: number): Promise<ChunkRead> {
  if (!files.length) return { results: [], parseMs: 0, validateMs: 0 };
  const n = threads ?? threadsFor(files);
  if (n <= 1) return readChunk(files, full);
  const next = new Int32Array(new SharedArrayBuffer(4));
  // The workers start first; this thread reads meanwhile.
  const others = Array.from({ length: n - 1 }, () => readInWorker(files, full, next));
  const reads = [readBatches(files, full, next), ...(await Promise.all(others))];
  const results: (FileRead | undefined)[] = new Array(files.length);
  for (const { batches } of reads) for (const { start, results: read } of batches) read.forEach((r, k) => (results[start + k] = r));
  // Every file is someone's: one unread would be a record silently missing from the register.
  const missing = results.findIndex((r) => r === undefined);
  if (missing >= 0 || results.length !== files.length) throw new Error(`the threads reading the register did not read ${files[missing]?.path ?? "every file"}`);
  return { results: results as FileRead[], parseMs: reads.reduce((t, r) => t + r.parseMs, 0), validateMs: reads.reduce((t, r) => t + r.validateMs, 0) };
}

/** Files a thread takes at a time: a few milliseconds of reading, so the threads end close together. */
const BATCH = 32;

/** What one thread read: the batches it took (each from `start` in the files), and its time. */
export interface BatchesRead {
  batches: { start: number; results: FileRead[] }[];
  parseMs: number;
  validateMs: number;
}

/**
 * Reads the batches of `files` this thread takes from the shared counter `next`, until none are left; each
 * batch's results kept, or handed to `send` (a worker posts each as it is read, and keeps none).
 */
export function readBatches(files: SourceFile[], full: boolean, next: Int32Array, send?: (batch: BatchesRead["batches"][number]) => void): BatchesRead {
  const read: BatchesRead = { batches: [], parseMs: 0, validateMs: 0 };
  for (let start = Atomics.add(next, 0, BATCH); start < files.length; start = Atomics.add(next, 0, BATCH)) {
    const { results, parseMs, validateMs } = readChunk(files.slice(start, start + BATCH), full);
    if (send) send({ start, results });
    else read.batches.push({ start, results });
    read.parseMs += parseMs;
    read.validateMs += validateMs;
  }
  return read;
}

/** One thread per core, as far as the register is large enough to pay for them; ROPA_THREADS overrides (1: no workers). */
function threadsFor(files: SourceFile[]): number {
  const forced = forcedThreads();
  if (forced) return Math.min(forced, Math.max(1, files.length));
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  return Math.max(1, Math.min(threadLimit(), Math.floor(bytes / MIN_BYTES_PER_THREAD)));
}

function readInWorker(files: SourceFile[], full: boolean, next: Int32Array): Promise<BatchesRead> {
  return new Promise((resolve, reject) => {
    const { script, eval: isCode } = workerScript("read-worker");
    const worker = new (workerThreads().Worker)(script, { workerData: { files, full, next }, eval: isCode });
    let done = false;
    // Each batch as the worker read it, then its times: a worker holding all it read until the end, and then
    // its one message of it, were the peak of reading a large register (~100 MB of it at 100,000 records).
    const batches: BatchesRead["batches"] = [];
    worker.on("message", (message: { batch: BatchesRead["batches"][number] } | { end: Omit<BatchesRead, "batches"> }) => {
      if ("batch" in message) return void batches.push(message.batch);
      done = true;
      resolve({ batches, ...message.end });
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
