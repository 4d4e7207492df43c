import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from "yaml";
import { RegisterError, type Problem } from "./errors.js";
import { KINDS, type Kind, type LoadedRecord, type Position, type RecordData, type SourceFile } from "./types.js";

/** Aliases a file may expand; far above any honest register, far below a billion laughs. */
export const MAX_ALIASES = 100;

export function pointer(path: readonly (string | number)[]): string {
  return path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/**
 * Parses every file into a record with the position of each key and item.
 * Collects the problems of all files before failing, so one run shows them all.
 */
export function loadRecords(files: SourceFile[]): LoadedRecord[] {
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const result = loadRecord(file);
    if ("problems" in result) problems.push(...result.problems);
    else records.push(result.record);
  }
  if (problems.length) throw new RegisterError(problems);
  return records;
}

function loadRecord(file: SourceFile): { record: LoadedRecord } | { problems: Problem[] } {
  const lineCounter = new LineCounter();
  const text = file.text.startsWith("\uFEFF") ? file.text.slice(1) : file.text;
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const at = (offset: number): Position => lineCounter.linePos(offset);
  const fail = (message: string, pos?: Position, hint?: string) => ({
    problems: [{ file: file.path, line: pos?.line, col: pos?.col, message, hint }],
  });

  if (!Array.isArray(docs) || docs.length === 0 || docs[0].contents === null) {
    return fail("the file is empty", undefined, "write one record in it, starting with `apiVersion: ropa/v1` and `kind:`, or delete the file");
  }
  if (docs.length > 1) {
    return fail("the file holds more than one YAML document", at(docs[1].range[0]), "keep one record per file: move each document after `---` into a file of its own");
  }
  const doc = docs[0];
  const errors = [...doc.errors, ...doc.warnings.filter((w) => w.code !== "TAG_RESOLVE_FAILED")];
  if (errors.length) {
    return {
      problems: errors.map((e) => {
        const pos = e.linePos?.[0] ?? at(e.pos[0]);
        return { file: file.path, line: pos.line, col: pos.col, message: yamlMessage(e.code, e.message), hint: yamlHint(e.code) };
      }),
    };
  }
  if (!isMap(doc.contents)) {
    return fail("a record must be a YAML mapping of fields (`key: value` lines)", at(doc.contents!.range?.[0] ?? 0));
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return fail(`the file expands too many YAML aliases (limit ${MAX_ALIASES})`, at(0), "write the values out instead of using `*alias` references");
  }

  const positions = new Map<string, Position>();
  collectPositions(doc.contents, [], positions, at);
  const record = data as RecordData;
  const kind = record.kind;
  if (typeof kind !== "string" || !(KINDS as readonly string[]).includes(kind)) {
    const pos = positions.get("/kind") ?? positions.get("");
    const message = kind === undefined ? "the record has no `kind:`" : `unknown kind ${JSON.stringify(kind)}`;
    return fail(message, pos, `start the record with \`kind:\` and one of ${KINDS.join(", ")}`);
  }
  return {
    record: { file: file.path, kind: kind as Kind, id: typeof record.id === "string" ? record.id : "", data: record, positions },
  };
}

function collectPositions(node: Node | null, path: (string | number)[], out: Map<string, Position>, at: (o: number) => Position) {
  if (!node) return;
  if (node.range) out.set(pointer(path), at(node.range[0]));
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = [...path, key];
      collectPositions(pair.value as Node | null, child, out, at);
      // A key's own line is where a person looks for the field, even when its value starts below.
      const keyRange = (pair.key as Node | null)?.range;
      if (keyRange) out.set(pointer(child), at(keyRange[0]));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectPositions(item as Node, [...path, i], out, at));
  }
}

function yamlMessage(code: string, message: string): string {
  // eemeli/yaml's message ends with a source excerpt; the first line is the sentence.
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  if (code === "DUPLICATE_KEY") return "the same key appears twice in one mapping";
  if (code === "TAB_AS_INDENT") return "a tab is used for indentation";
  return `invalid YAML: ${first}`;
}

function yamlHint(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "keep one of the two keys and merge their values";
    case "TAB_AS_INDENT":
      return "indent with spaces; YAML does not allow tabs";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "check the indentation and the `:` after each key on this line and the one before";
    default:
      return "fix the YAML syntax at this place; an editor with the yaml-language-server shows it as you type";
  }
}
