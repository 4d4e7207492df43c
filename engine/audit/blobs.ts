// Records read from blobs, each blob parsed once however many commits and registers it appears in.
// Parsing YAML costs about a millisecond a file, so the id of a blob is first read with a plain pattern
// (`id: x` at the start of a line of a block mapping); only the blobs that matter are parsed.
import { parse } from "yaml";
import type { Problem } from "../errors.js";
import { loadRecord, MAX_ALIASES, recordAt } from "../load.js";
import { decode, MAX_FILE_BYTES } from "../source.js";
import type { LoadedRecord, RecordData } from "../types.js";
import { schemaProblems } from "../validate.js";

/** Top-level keys' blocks parsed once each: consecutive versions of a record share all but one or two. */
const blockCache = new Map<string, { key: string; value: unknown } | null>();

function parseBlock(block: string): { key: string; value: unknown } | null {
  let hit = blockCache.get(block);
  if (hit === undefined) {
    try {
      const v = parse(block, { maxAliasCount: MAX_ALIASES });
      const keys = v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v) : [];
      hit = keys.length === 1 ? { key: keys[0]!, value: (v as RecordData)[keys[0]!] } : null;
    } catch {
      hit = null;
    }
    if (blockCache.size > 200_000) blockCache.clear();
    blockCache.set(block, hit);
  }
  return hit;
}

/**
 * The values of a YAML record, parsed one top-level key at a time (each block cached), which gives the
 * same values as parsing the whole file when the file is a plain block mapping. Anything else — anchors
 * or aliases that could join blocks, directives, several documents, a top-level list, a block that does
 * not parse on its own — is parsed whole.
 */
export function parseRecordData(text: string): RecordData | undefined {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const whole = (): RecordData | undefined => {
    try {
      const v = parse(body, { maxAliasCount: MAX_ALIASES });
      return v && typeof v === "object" && !Array.isArray(v) ? (v as RecordData) : undefined;
    } catch {
      return undefined;
    }
  };
  if (/^(%|---|\.\.\.|[-?:\[{])/m.test(body) || /[&*]\S/.test(body) || body.includes("\t")) return whole();
  const lines = body.split("\n");
  const blocks: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (/^[^\s#]/.test(line) && current.some((l) => /^[^\s#]/.test(l))) {
      blocks.push(current.join("\n"));
      current = [];
    }
    current.push(line);
  }
  blocks.push(current.join("\n"));
  const out: RecordData = {};
  for (const block of blocks) {
    if (!/^[^\s#]/m.test(block)) continue; // comments and blank lines only
    const b = parseBlock(block);
    if (!b || Object.hasOwn(out, b.key)) return whole();
    out[b.key] = b.value;
  }
  return out;
}

const ID_LINE = /^id:[ \t]*(?:"([^"\\\n]*)"|'([^'\n]*)'|([^\s#'"{[&*!|>%@`][^\n#]*?))[ \t]*(?:#.*)?$/m;
const PLAIN_ID = /^[a-z0-9][a-z0-9-]*$/;

export class RecordBlobs {
  private good = new Map<string, LoadedRecord>();
  private bad = new Map<string, Problem[]>();
  private validated = new Map<string, Problem[]>();
  private ids = new Map<string, string | undefined>();

  constructor(private readonly blobs: Map<string, Buffer>) {}

  has(oid: string): boolean {
    return this.blobs.has(oid);
  }

  add(more: Map<string, Buffer>): void {
    for (const [oid, data] of more) this.blobs.set(oid, data);
  }

  /** The record in a blob, as the loader reads it, shown at `path`; or what is wrong with the file there. */
  load(oid: string, path: string): LoadedRecord | Problem[] {
    const good = this.good.get(oid);
    if (good) return good.file === path ? good : recordAt(good, path);
    const key = `${oid}\0${path}`;
    const known = this.bad.get(key);
    if (known) return known;
    const bytes = this.blobs.get(oid);
    let problems: Problem[];
    if (!bytes) problems = [{ file: path, message: `blob ${oid} was not read` }];
    else if (bytes.length > MAX_FILE_BYTES) {
      problems = [{ file: path, message: `the file is ${Math.round(bytes.length / 1024)} KiB, over the ${MAX_FILE_BYTES / 1024} KiB limit for one record`, hint: "split it into one record per file" }];
    } else {
      const text = decode(bytes, path);
      if (typeof text !== "string") problems = [text];
      else {
        // A record loads the same from any path: it is kept per blob, problems (which name the path) per path.
        const loaded = loadRecord({ path, text });
        if ("record" in loaded) {
          this.good.set(oid, loaded.record);
          return loaded.record;
        }
        problems = loaded.problems;
      }
    }
    this.bad.set(key, problems);
    return problems;
  }

  /** The record's schema problems (none when valid), kept per blob and path. */
  validate(record: LoadedRecord, oid: string): Problem[] {
    const key = `${oid}\0${record.file}`;
    let problems = this.validated.get(key);
    if (!problems) {
      problems = schemaProblems(record);
      this.validated.set(key, problems);
    }
    return problems;
  }

  private datas = new Map<string, RecordData | undefined>();

  /** The values of the record in a blob (shared: never modify them), or undefined when it is no record. */
  data(oid: string): RecordData | undefined {
    if (this.datas.has(oid)) return this.datas.get(oid);
    const good = this.good.get(oid);
    let data: RecordData | undefined = good?.data;
    if (!good) {
      const bytes = this.blobs.get(oid);
      const text = bytes && bytes.length <= MAX_FILE_BYTES ? decode(bytes, "") : undefined;
      data = typeof text === "string" ? parseRecordData(text) : undefined;
    }
    this.datas.set(oid, data);
    return data;
  }

  /** The `id` of the record in a blob, read without parsing where the file is plain. */
  id(oid: string): string | undefined {
    if (this.ids.has(oid)) return this.ids.get(oid);
    const bytes = this.blobs.get(oid);
    let id: string | undefined;
    if (bytes && bytes.length <= MAX_FILE_BYTES) {
      const m = ID_LINE.exec(bytes.toString("utf8"));
      const quick = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
      if (quick !== undefined && PLAIN_ID.test(quick) && !/^\d+$/.test(quick) && !bytes.includes("\n---")) id = quick;
      else {
        const data = this.data(oid);
        id = data && typeof data.id === "string" ? data.id : undefined;
      }
    }
    this.ids.set(oid, id);
    return id;
  }
}
