import type { Alias, CST, Document, LineCounter, Node } from "yaml";
import { fullYaml } from "./full-yaml.js";
import { RegisterError, type Problem } from "./errors.js";
import { plainPositions } from "./plain-positions.js";
import { readPlain } from "./plain-yaml.js";
import { MAX_FILES, MAX_REGISTER_BYTES, registerTooBig, tooManyFiles } from "./source.js";
import { KINDS, type Kind, type LoadedRecord, type Position, type RecordData, type SourceFile } from "./types.js";
import { didYouMean } from "./suggest.js";

// Limits on the YAML of one file, checked while it is read, before anything is built from it: a file within
// the size limit can still nest or alias its way to exhausting the stack, the memory or the time.

/** Aliases (`*name`) one file may use, and how far they may expand; far above any honest record, far below a billion laughs. */
export const MAX_ALIASES = 100;

/** How deep lists and mappings may nest in one file; a record needs four levels, a bracket bomb needs thousands. */
export const MAX_DEPTH = 20;

/** The longest user-written text (a field name, a kind) quoted in a message; longer ones end in "…". */
const MAX_QUOTED = 80;

export function pointer(path: readonly (string | number)[]): string {
  return path.reduce<string>(childPointer, "");
}

/** The JSON Pointer of `key` under `parent` (a pointer): built once per node when a walk goes down. */
export function childPointer(parent: string, key: string | number): string {
  const text = String(key);
  return `${parent}/${text.includes("~") || text.includes("/") ? text.replace(/~/g, "~0").replace(/\//g, "~1") : text}`;
}

/**
 * Text written by a user, to quote in a message: invisible and control characters are shown as `\u{…}`
 * (a zero-width space in a field name is why it is "unknown"), and long text is cut.
 */
export function quoted(text: string, max = MAX_QUOTED): string {
  const points = Array.from(text);
  const cut = points.length > max ? points.slice(0, max - 1).join("") + "…" : text;
  return cut.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => (c === "\t" ? "\\t" : `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`));
}

/**
 * Parses every file into a record, with the position of each key and item found when first asked for.
 * Collects the problems of all files before failing, so one run shows them all.
 */
export function loadRecords(files: SourceFile[]): LoadedRecord[] {
  checkRegisterLimits(files);
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

/** The limits on a whole register, the same as on a folder, for registers read from git objects or given by an API caller. */
export function checkRegisterLimits(files: SourceFile[]): void {
  const where = commonFolder(files);
  if (files.length > MAX_FILES) throw new RegisterError([tooManyFiles(where, files.length)]);
  const bytes = files.reduce((n, f) => n + (f.size ?? f.text.length), 0);
  if (bytes > MAX_REGISTER_BYTES) throw new RegisterError([registerTooBig(where, bytes)]);
}

export type LoadResult = { record: LoadedRecord } | { problems: Problem[] };

/**
 * One file's record, or what is wrong with the file. `plain: false` reads even a plain file with `yaml` (to
 * compare the two, or to have its positions); `positions: true` finds them in the same reading.
 */
export function loadRecord(file: SourceFile, opts: { plain?: boolean; positions?: boolean } = {}): LoadResult {
  const quick = opts.plain ?? true ? loadPlainRecord(file) : undefined;
  if (quick) return quick;
  try {
    const read = readYaml(file, opts.positions ?? false);
    return "problems" in read ? read : { record: recordOf(file, read.kind, read.data, read.positions) };
  } catch (e) {
    // The limits are meant to make this unreachable; if the parser still fails, it is this file's problem, said as such.
    return { problems: [{ file: file.path, message: `the YAML cannot be read: ${quoted(String((e as Error)?.message ?? e), 200)}`, hint: "simplify the file; if it is plain YAML, report this as a bug in ropa" }] };
  }
}

/**
 * The record of a file on the fast path (readPlain), or undefined when only the full `yaml` reader can say
 * what the file holds: the reading whose cost per byte is bounded, the first step of every read (read.ts).
 */
export function loadPlainRecord(file: SourceFile): LoadResult | undefined {
  const text = file.text.startsWith("\uFEFF") ? file.text.slice(1) : file.text;
  // A character YAML does not allow is said by the full reader, which stops at it.
  if (checkCharacters(text)) return loadRecord(file, { plain: false });
  const plain = readPlain(text);
  if (plain && typeof plain.kind === "string" && (KINDS as readonly string[]).includes(plain.kind)) return { record: recordOf(file, plain.kind as Kind, plain as RecordData) };
  return undefined;
}

/**
 * The record of a file that has loaded once. Its positions are found when first asked for (unless the
 * reading found them already), by scanning a plain file's lines (plain-positions.ts) or reading it again with `yaml`: only records with a problem or a finding need them,
 * and keeping every key's position of a large register took more memory than the register itself.
 */
export function recordOf(file: SourceFile, kind: Kind, data: RecordData, found?: Map<string, Position>, kept?: KeptPositions): LoadedRecord {
  let positions = found;
  return {
    file: file.path,
    kind,
    id: typeof data.id === "string" ? data.id : "",
    data,
    get positions() {
      positions ??= kept?.get();
      if (!positions) {
        // A plain file's positions are found by scanning its lines; `yaml` reads the others (and any the scanner is unsure of).
        positions = plainPositions(file.text.startsWith("\uFEFF") ? file.text.slice(1) : file.text, data);
        if (!positions) {
          const again = readYaml(file, true);
          positions = "positions" in again && again.positions ? again.positions : new Map();
        }
        kept?.set(positions);
      }
      return positions;
    },
  };
}

/** Where a record's positions are kept between runs (the cache, by the file's blob id): a finding on an unchanged file needs no reading. */
export interface KeptPositions {
  get(): Map<string, Position> | undefined;
  set(positions: Map<string, Position>): void;
}

/** The same record shown at another path (a moved file, or one read at another commit), sharing its positions. */
export function recordAt(record: LoadedRecord, path: string): LoadedRecord {
  return {
    file: path,
    kind: record.kind,
    id: record.id,
    data: record.data,
    get positions() {
      return record.positions;
    },
  };
}

type YamlRead = { problems: Problem[] } | { kind: Kind; data: RecordData; positions?: Map<string, Position> };

/** The checks and the values of one file; the positions of its keys and items only when asked for. */
function readYaml(file: SourceFile, withPositions: boolean): YamlRead {
  // A byte order mark at the start is allowed (and dropped); positions stay those an editor shows.
  const text = file.text.startsWith("\uFEFF") ? file.text.slice(1) : file.text;
  const fail = (message: string, pos?: Position, hint?: string): YamlRead => ({
    problems: [{ file: file.path, line: pos?.line, col: pos?.col, message, hint }],
  });

  const badChar = checkCharacters(text);
  if (badChar) return fail(badChar.message, positionIn(text, badChar.index), badChar.hint);

  const parsed = parse(text);
  const at = (offset: number): Position => parsed.lineCounter.linePos(offset);
  if ("limit" in parsed) return fail(parsed.limit.message, at(parsed.limit.offset), parsed.limit.hint);
  const docs = parsed.docs;

  if (docs.length === 0 || isEmpty(docs[0].contents)) {
    return fail("the file is empty", undefined, "write one record in it, starting with `apiVersion: ropa/v1` and `kind:`, or delete the file");
  }
  if (docs.length > 1) {
    return fail("the file holds more than one YAML document", at(docs[1].range[0]), "keep one record per file: move each document after `---` into a file of its own");
  }
  const doc = docs[0];
  // After a syntax error the parser recovers by guessing, and the errors after the first are mostly echoes
  // of it: the first is the one to fix. (Unknown tags are refused below, with a clearer message.)
  const [error] = [...doc.errors, ...doc.warnings.filter((w) => w.code !== "TAG_RESOLVE_FAILED")].sort((a, b) => a.pos[0] - b.pos[0]);
  if (error) return fail(yamlMessage(error.code, error.message), at(error.pos[0]), yamlHint(error.code, error.message));
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== "1.2") {
    const directive = /^%YAML\b/m.exec(text);
    return fail(
      `the file asks for YAML ${doc.directives.yaml.version} (\`%YAML ${doc.directives.yaml.version}\`), but ropa reads YAML 1.2 only`,
      at(directive?.index ?? 0),
      "remove the `%YAML` line (and the `---` after it): in YAML 1.2, `NO`, `yes`, `on` and `1:30` stay text, as they read",
    );
  }
  if (!fullYaml().isMap(doc.contents)) {
    return fail("a record must be a YAML mapping of fields (`key: value` lines)", at(doc.contents!.range?.[0] ?? 0));
  }

  // Keys and aliases, checked on the syntax tree: what toJS would do with them silently is said here.
  const positions = withPositions ? new Map<string, Position>() : undefined;
  const aliases: Alias[] = [];
  const structural: Problem[] = [];
  collect(doc.contents, [], { positions, aliases, problems: structural, at, file: file.path, text });
  if (structural.length) return { problems: structural };
  for (const alias of aliases) {
    if (!alias.resolve(doc as Document)) {
      return fail(`the alias \`*${quoted(alias.source)}\` refers to no anchor \`&${quoted(alias.source)}\` above it`, at(alias.range?.[0] ?? 0), "define the anchor before its first use, or write the value out");
    }
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const pos = at(aliases[0]?.range?.[0] ?? 0);
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      return fail(`the file's aliases expand too far: more than ${MAX_ALIASES} copies (the limit on aliases, MAX_ALIASES)`, pos, "write the values out instead of using `*alias` references");
    }
    return fail(`the YAML cannot be read: ${quoted(String((e as Error)?.message ?? e), 200)}`, pos);
  }

  const record = data as RecordData;
  const kind = record.kind;
  if (typeof kind !== "string" || !(KINDS as readonly string[]).includes(kind)) {
    const kindKey = doc.contents.items.find((p) => fullYaml().isScalar(p.key) && p.key.value === "kind")?.key as Node | undefined;
    const pos = at(kindKey?.range?.[0] ?? doc.contents.range?.[0] ?? 0);
    const message = kind === undefined ? "the record has no `kind:`" : `unknown kind ${quoted(JSON.stringify(kind) ?? String(kind))}`;
    const near = typeof kind === "string" ? didYouMean(kind, KINDS) : undefined;
    return fail(message, pos, near ?? `start the record with \`kind:\` and one of ${KINDS.join(", ")}`);
  }
  return { kind: kind as Kind, data: record, positions };
}

interface LimitHit {
  offset: number;
  message: string;
  hint: string;
}

const tooDeep = (offset: number): LimitHit => ({
  offset,
  message: `the YAML nests lists and mappings more than ${MAX_DEPTH} levels deep (the limit on nesting, MAX_DEPTH)`,
  hint: "a record needs only a few levels: look for unclosed `[` or `{`, or indentation that runs away",
});

const tooManyAliases = (offset: number): LimitHit => ({
  offset,
  message: `the file uses more than ${MAX_ALIASES} aliases (\`*name\`), the limit on aliases (MAX_ALIASES)`,
  hint: "write the values out instead of using `*alias` references",
});

// The lexer's markers that stand for no source text.
const MARKERS = new Set(["\x02", "\x18", "\x1f"]);

/**
 * Lexes, parses and composes one file, stopping at the first limit: flow brackets and compact `- - -`
 * deeper than MAX_DEPTH and more than MAX_ALIASES aliases are refused while lexing, before the parser
 * spends time on them; nesting by indentation is measured on the parsed tokens, before the recursive
 * composer could exhaust the stack.
 */
function parse(text: string): { lineCounter: LineCounter } & ({ docs: Document.Parsed[] } | { limit: LimitHit }) {
  const { Composer, Lexer, LineCounter, Parser } = fullYaml();
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  const parser = new Parser(lineCounter.addNewLine);
  const tokens: CST.Token[] = [];
  let offset = 0;
  let flow = 0;
  let compact = 0;
  let aliases = 0;
  for (const lexeme of new Lexer().lex(text)) {
    switch (lexeme) {
      case "[":
      case "{":
        if (++flow > MAX_DEPTH) return { lineCounter, limit: tooDeep(offset) };
        break;
      case "]":
      case "}":
        flow = Math.max(0, flow - 1);
        break;
      case "-":
      case "?":
        // Block indicators on one line (`- - - x`) each open a level; in flow context they open none.
        if (flow === 0 && ++compact > MAX_DEPTH) return { lineCounter, limit: tooDeep(offset) };
        break;
      case "\n":
      case "\r\n":
        compact = 0;
        break;
      default:
        if (lexeme[0] === "*" && ++aliases > MAX_ALIASES) return { lineCounter, limit: tooManyAliases(offset) };
    }
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (!MARKERS.has(lexeme)) offset += lexeme.length;
  }
  for (const token of parser.end()) tokens.push(token);

  const deep = deepestBeyond(tokens, MAX_DEPTH);
  if (deep !== undefined) return { lineCounter, limit: tooDeep(deep) };

  // Duplicate keys are found in collect(), in linear time: the composer's own check compares every key with every other.
  const composer = new Composer({ uniqueKeys: false, version: "1.2" });
  return { lineCounter, docs: Array.from(composer.compose(tokens)) as Document.Parsed[] };
}

/** The offset of the first collection nested deeper than `max` in the CST, walked without recursion. */
function deepestBeyond(tokens: CST.Token[], max: number): number | undefined {
  const stack: [CST.Token | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    let inner = depth;
    if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      inner = depth + 1;
      if (inner > max) return token.offset;
    }
    if (token.type === "document") stack.push([token.value, depth]);
    if ("items" in token && Array.isArray(token.items)) {
      for (const item of token.items as { key?: CST.Token | null; value?: CST.Token }[]) {
        if (item.key) stack.push([item.key, inner]);
        if (item.value) stack.push([item.value, inner]);
      }
    }
  }
  return undefined;
}

const YAML_TAG = "tag:yaml.org,2002:";
/** Explicit tags that only say what plain YAML 1.2 would read anyway (`!!str 2026` is the text "2026"). */
const PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => YAML_TAG + t));

interface Collector {
  /** Filled only when asked for (see recordOf). */
  positions?: Map<string, Position>;
  aliases: Alias[];
  problems: Problem[];
  at: (offset: number) => Position;
  file: string;
  text: string;
}

/** No document, or one that is only `---` (an empty plain scalar). */
function isEmpty(contents: unknown): boolean {
  return contents === null || (fullYaml().isScalar(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1]);
}

/** Positions of every key and item; aliases to resolve; keys that are not names or that repeat. Depth is bounded by MAX_DEPTH. */
function collect(node: unknown, path: (string | number)[], c: Collector) {
  if (!node) return;
  const n = node as Node;
  if (fullYaml().isAlias(n)) {
    c.aliases.push(n);
    if (n.range) c.positions?.set(pointer(path), c.at(n.range[0]));
    return;
  }
  if (n.range) c.positions?.set(pointer(path), c.at(n.range[0]));
  if (n.tag && !PLAIN_TAGS.has(n.tag)) {
    const tag = n.tag.startsWith(YAML_TAG) ? `!!${n.tag.slice(YAML_TAG.length)}` : n.tag;
    // The node's range starts at its value; the tag is the nearest `!…` before it.
    let start = c.text.lastIndexOf("!", n.range?.[0] ?? 0);
    while (start > 0 && c.text[start - 1] === "!") start--;
    c.problems.push({
      file: c.file,
      ...c.at(Math.max(0, start)),
      message: `the tag \`${quoted(tag)}\` is not supported: a record is plain YAML (text, numbers, true/false, lists and mappings)`,
      hint: "remove the tag; to make a value text, quote it",
    });
    return;
  }
  if (fullYaml().isMap(n)) {
    // Key offsets by key, to find repeats in linear time; a position is worked out only when it is used.
    const seen = new Map<string, number>();
    for (const pair of n.items) {
      const keyNode = pair.key as Node | null;
      const keyOffset = keyNode?.range?.[0] ?? n.range?.[0] ?? 0;
      if (keyNode && !fullYaml().isScalar(keyNode)) {
        const what = fullYaml().isAlias(keyNode) ? "an alias" : fullYaml().isSeq(keyNode) ? "a list" : "a mapping";
        c.problems.push({ file: c.file, ...c.at(keyOffset), message: `a key is ${what}, not a name`, hint: "write each field as `name: value`, with a plain name before the colon" });
        continue;
      }
      // The key as toJS makes it: `1` and `"1"`, or `~` and `""`, are the same field, and the last would silently win.
      const key = keyNode ? String(keyNode.value ?? "") : "";
      if (key === "") {
        c.problems.push({ file: c.file, ...c.at(keyOffset), message: "a key is empty (`null`, `~`, `\"\"` or nothing before the colon), not a name", hint: "write each field as `name: value`, with a plain name before the colon" });
        continue;
      }
      const first = seen.get(key);
      if (first !== undefined) {
        c.problems.push({ file: c.file, ...c.at(keyOffset), message: "the same key appears twice in one mapping", hint: `keep one of the two \`${quoted(key)}\` keys (the first is on line ${c.at(first).line}) and merge their values` });
        continue;
      }
      seen.set(key, keyOffset);
      if (!c.positions) {
        collect(pair.value, path, c);
        continue;
      }
      const child = [...path, key];
      collect(pair.value, child, c);
      // A key's own line is where a person looks for the field, even when its value starts below.
      c.positions.set(pointer(child), c.at(keyOffset));
    }
  } else if (fullYaml().isSeq(n)) {
    n.items.forEach((item, i) => collect(item, c.positions ? [...path, i] : path, c));
  }
}

/**
 * Characters YAML does not allow in a file (controls other than tab and line breaks, noncharacters), a byte
 * order mark after the start, and a carriage return alone, which YAML reads as no line break at all here.
 */
function checkCharacters(text: string): { index: number; message: string; hint: string } | undefined {
  // eslint-disable-next-line no-control-regex
  const m = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF\uFEFF]|\r(?!\n)/.exec(text);
  if (!m) return undefined;
  const c = m[0];
  if (c === "\r") {
    return { index: m.index, message: "a line ends in a carriage return alone (old Mac line endings), which this YAML reader does not take as a line break", hint: "save the file with LF (Unix) or CRLF (Windows) line endings" };
  }
  if (c === "\uFEFF") {
    return { index: m.index, message: "an invisible byte order mark (U+FEFF) in the middle of the file", hint: "delete it: it is left behind when files are pasted together" };
  }
  const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return { index: m.index, message: `the control character ${code}, which YAML does not allow in a file`, hint: "delete it; an editor that shows invisible characters helps find it" };
}

/** 1-based line and column of `index`, counting lines as YAML does (LF, or CRLF). */
function positionIn(text: string, index: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: index - start + 1 };
}

/** The folder all files are in, to name the register in a problem about all of them. */
export function commonFolder(files: SourceFile[]): string {
  if (!files.length) return ".";
  let parts = files[0].path.split("/").slice(0, -1);
  for (const f of files) {
    const other = f.path.split("/");
    let i = 0;
    while (i < parts.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join("/") || ".";
}

function yamlMessage(code: string, message: string): string {
  // eemeli/yaml's message ends with a source excerpt; the first line is the sentence.
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  if (code === "DUPLICATE_KEY") return "the same key appears twice in one mapping";
  if (code === "TAB_AS_INDENT") return "a tab is used for indentation";
  return `invalid YAML: ${first}`;
}

function yamlHint(code: string, message: string): string {
  if (/end with a ([\]}])/.test(message)) {
    const close = /end with a ([\]}])/.exec(message)![1];
    return `close the \`${close === "]" ? "[" : "{"}\` that opens above with \`${close}\`, and indent the lines inside it`;
  }
  if (/Missing closing .?quote/.test(message)) return "end the quoted text with the same quote character that starts it";
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
