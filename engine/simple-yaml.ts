// The first reader of a plain file (plain-yaml.ts): records as people write them, read a line at a time with
// the string functions V8 runs natively. A short check runs JavaScript cold, in V8's interpreter, and js-yaml
// reads a character at a time: at 100 records it was 40 of a check's ~250 ms. This reader takes only the
// common shapes below and gives up (undefined) on anything else, which js-yaml, then `yaml`, reads as before:
//  - block mappings of plain keys and block sequences, nested by indentation (a sequence may sit at its key's
//    indentation); a sequence item may open a mapping (`- key: value`);
//  - values on the key's line: plain scalars (resolved as the core schema does, plain-yaml.ts), quoted
//    scalars without escapes, flow lists of scalars and flow mappings of plain keys to scalars;
//  - folded or literal block scalars (`>`, `>-`, `|`, `|-`) whose lines all have one indentation;
//  - comments on lines of their own or after a value.
// It gives up on a duplicate key, a plain scalar that goes on to the next line, holds `: ` or ` #` where
// YAML would read otherwise, and on every error: those are for `yaml` to read and report.
// test/plain-yaml.test.ts holds it to `yaml`'s values and refusals with the rest of the fast path.

/** The value of a plain scalar under the YAML 1.2 core schema (plain-yaml.ts's resolver). */
export type Resolve = (plain: string) => unknown;

/**
 * A key `yaml` reads as the same text: a name, and not one of the words for null; at most 100 characters,
 * so that even written with escapes it is within `yaml`'s 1,024 characters for an implicit key.
 */
const KEY = "[A-Za-z][\\w.-]{0,99}";
const NULL_WORD = /^(?:null|Null|NULL)$/;
const KEY_LINE = new RegExp(`^(${KEY}):(?: +(.*))?$`);
const FLOW_PAIR = new RegExp(`^(${KEY}): +(\\S.*)$`);
const PLAIN_KEY = new RegExp(`^${KEY}$`);

/** Whether `key`, a plain name, is read by `yaml` as itself and is no name of Object.prototype's. */
export function plainKey(key: string): boolean {
  return PLAIN_KEY.test(key) && !NULL_WORD.test(key) && !(key in Object.prototype);
}

/** How deep values may nest on the fast path: far below MAX_DEPTH (20), far above a record's four levels. */
export const MAX_PLAIN_DEPTH = 10;

class GiveUp extends Error {}

export function readSimple(text: string, resolve: Resolve): Record<string, unknown> | undefined {
  if (text.includes("\r")) return undefined;
  try {
    const reader = new LineReader(text.split("\n"), resolve);
    const first = reader.next();
    if (!first || first.indent !== 0 || first.content.startsWith("-")) return undefined;
    const value = reader.mapping(0, 0);
    return reader.next() ? undefined : value;
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

interface Line {
  indent: number;
  content: string;
}

class LineReader {
  private at = 0;
  constructor(
    private readonly lines: string[],
    private readonly resolve: Resolve,
  ) {}

  /** The next line with content (not blank, not only a comment), without moving past it. */
  next(): Line | undefined {
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      const content = line.trimStart();
      if (content !== "" && content[0] !== "#") return { indent: line.length - content.length, content: content.trimEnd() };
      this.at++;
    }
    return undefined;
  }

  /** A block mapping whose keys are at `indent`; its first key may sit after a sequence's `- ` (`first`). */
  mapping(indent: number, depth: number, first?: string): Record<string, unknown> {
    if (depth > MAX_PLAIN_DEPTH) throw new GiveUp();
    const out: Record<string, unknown> = {};
    let content = first;
    for (;;) {
      if (content === undefined) {
        const line = this.next();
        if (!line || line.indent < indent) return out;
        if (line.indent > indent) throw new GiveUp();
        content = line.content;
      }
      this.at++;
      const m = KEY_LINE.exec(content);
      if (!m) throw new GiveUp();
      const key = m[1]!;
      if (!plainKey(key) || Object.hasOwn(out, key)) throw new GiveUp();
      out[key] = m[2] === undefined || m[2][0] === "#" ? this.nested(indent, depth) : this.value(m[2], indent);
      content = undefined;
    }
  }

  /** What follows a key with nothing after it: a block deeper than it, a sequence at its indentation, or null. */
  private nested(indent: number, depth: number): unknown {
    const line = this.next();
    if (line && line.indent > indent) return line.content.startsWith("-") ? this.sequence(line.indent, depth + 1) : this.mapping(line.indent, depth + 1);
    if (line && line.indent === indent && line.content.startsWith("-")) return this.sequence(indent, depth + 1);
    return null;
  }

  private sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_PLAIN_DEPTH) throw new GiveUp();
    const out: unknown[] = [];
    for (;;) {
      const line = this.next();
      if (!line || line.indent < indent) return out;
      if (line.indent > indent || !line.content.startsWith("- ")) {
        if (line.indent === indent && !line.content.startsWith("-")) return out;
        throw new GiveUp();
      }
      const rest = line.content.slice(2).trimStart();
      const item = indent + line.content.length - rest.length;
      if (KEY_LINE.test(rest)) out.push(this.mapping(item, depth + 1, rest));
      else if (rest === "" || rest[0] === "#" || /^-(?: |$)/.test(rest)) throw new GiveUp();
      else {
        this.at++;
        out.push(this.value(rest, indent));
      }
    }
  }

  /** A value written on its key's (or item's) line: `text`, its comment not yet taken off. */
  private value(text: string, indent: number): unknown {
    const c = text[0];
    if (c === "[" || c === "{") {
      const body = withoutComment(text, text.lastIndexOf(c === "[" ? "]" : "}"));
      return c === "[" ? this.flowList(body) : this.flowMapping(body);
    }
    if (c === '"' || c === "'") {
      const { value, end } = quoted(text, 0);
      withoutComment(text, end);
      return value;
    }
    if (c === ">" || c === "|") return this.blockScalar(text, indent);
    const plain = plainPart(text);
    if (this.continues(indent)) throw new GiveUp();
    return this.scalar(plain, false);
  }

  /** Whether the next line goes on with a plain scalar (deeper, and no key or item of its own). */
  private continues(indent: number): boolean {
    const line = this.next();
    return !!line && line.indent > indent;
  }

  private blockScalar(header: string, indent: number): string {
    if (header !== ">" && header !== ">-" && header !== "|" && header !== "|-") throw new GiveUp();
    const lines: string[] = [];
    let inner = -1;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      const content = line.trimStart();
      const at = line.length - content.length;
      if (content === "") {
        // A blank line inside keeps a line break that folding treats apart; one after the block ends it.
        if (lines.length && this.blockGoesOn(indent)) throw new GiveUp();
        break;
      }
      if (at <= indent) break;
      if (inner < 0) inner = at;
      if (at !== inner || line.endsWith(" ")) throw new GiveUp();
      lines.push(content);
      this.at++;
    }
    if (!lines.length) throw new GiveUp();
    const body = lines.join(header[0] === ">" ? " " : "\n");
    return header.length === 1 ? `${body}\n` : body;
  }

  /** Whether a line deeper than `indent` follows the blank ones from here. */
  private blockGoesOn(indent: number): boolean {
    for (let i = this.at; i < this.lines.length; i++) {
      const content = this.lines[i]!.trimStart();
      if (content !== "") return this.lines[i]!.length - content.length > indent;
    }
    return false;
  }

  private flowList(body: string): unknown[] {
    const inner = body.slice(1, -1);
    if (inner.trim() === "") return [];
    return items(inner).map((item) => this.flowScalar(item));
  }

  private flowMapping(body: string): Record<string, unknown> {
    const inner = body.slice(1, -1);
    const out: Record<string, unknown> = {};
    if (inner.trim() === "") return out;
    for (const item of items(inner)) {
      const m = FLOW_PAIR.exec(item);
      if (!m || !plainKey(m[1]!) || Object.hasOwn(out, m[1]!)) throw new GiveUp();
      out[m[1]!] = this.flowScalar(m[2]!);
    }
    return out;
  }

  private flowScalar(item: string): unknown {
    if (item[0] === '"' || item[0] === "'") {
      const { value, end } = quoted(item, 0);
      if (end !== item.length - 1) throw new GiveUp();
      return value;
    }
    return this.scalar(item, true);
  }

  /** A plain scalar's value, or give up where YAML would read it otherwise. */
  private scalar(plain: string, inFlow: boolean): unknown {
    if (plain === "" || /^[-?:](?: |$)|^[,[\]{}#@`|>'"]/.test(plain) || plain.includes(": ") || plain.endsWith(":") || plain.includes(" #")) throw new GiveUp();
    if (inFlow && /[[\]{},]/.test(plain)) throw new GiveUp();
    return this.resolve(plain);
  }
}

/** `text` up to its closing bracket or quote at `end`, after which only a comment may follow. */
function withoutComment(text: string, end: number): string {
  if (end < 0) throw new GiveUp();
  const after = text.slice(end + 1);
  if (after !== "" && !/^ +#/.test(after)) throw new GiveUp();
  return text.slice(0, end + 1);
}

/** A plain scalar on its line, its comment (` #`) taken off. */
function plainPart(text: string): string {
  const hash = text.indexOf(" #");
  return (hash < 0 ? text : text.slice(0, hash)).trimEnd();
}

/** A quoted scalar starting at `start`: its text and the index of its closing quote. */
function quoted(text: string, start: number): { value: string; end: number } {
  const q = text[start]!;
  if (q === '"') {
    const end = text.indexOf('"', start + 1);
    if (end < 0 || text.slice(start + 1, end).includes("\\")) throw new GiveUp();
    return { value: text.slice(start + 1, end), end };
  }
  let value = "";
  for (let i = start + 1; i < text.length; ) {
    const end = text.indexOf("'", i);
    if (end < 0) throw new GiveUp();
    value += text.slice(i, end);
    if (text[end + 1] !== "'") return { value, end };
    value += "'";
    i = end + 2;
  }
  throw new GiveUp();
}

/** The comma-separated items of a flow collection's inside, trimmed; quoted items may hold commas. */
function items(inner: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    while (inner[i] === " ") i++;
    let end: number;
    if (inner[i] === '"' || inner[i] === "'") {
      end = quoted(inner, i).end + 1;
      while (inner[end] === " ") end++;
      if (end < inner.length && inner[end] !== ",") throw new GiveUp();
      out.push(inner.slice(i, end).trimEnd());
    } else {
      // A key's quoted value (`k: "a, b"`) is the only other place a comma may hide: give up on it.
      const comma = inner.indexOf(",", i);
      end = comma < 0 ? inner.length : comma;
      const item = inner.slice(i, end).trim();
      if (item === "" || /["']/.test(item.slice(1))) throw new GiveUp();
      out.push(item);
    }
    if (end >= inner.length) return out;
    i = end + 1;
  }
}
