import { childPointer } from "./load.js";
import { closingQuote, isPlainText } from "./plain-yaml.js";
import type { Position } from "./types.js";

// Where each key and item of a plain file is (the files the fast path reads), found by scanning its lines
// instead of reading it again with `yaml`: the line and column `yaml` gives (load.ts, collect) for the
// subset written here: block mappings of plain keys, block lists of scalars or mappings, one-line flow lists
// of scalars, and scalars (plain, quoted, block). Anything else, or positions whose paths are not exactly
// the record's, gives undefined and the file is read by `yaml`: a wrong line would be a defect.

interface Line {
  /** Spaces before its content. */
  indent: number;
  /** The line without its line break. */
  text: string;
  /** Blank or only a comment. */
  empty: boolean;
}

/** Thrown when the file is outside the subset scanned here. */
class Unsure extends Error {}

const KEY = /^([A-Za-z][\w.-]*):(?: +|$)/;

/** Every key's and item's position in a plain file holding `data`, or undefined when unsure. */
export function plainPositions(text: string, data: unknown): Map<string, Position> | undefined {
  if (!isPlainText(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split("\n")) {
    const body = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const indent = body.length - body.trimStart().length;
    const rest = body.slice(indent);
    lines.push({ indent, text: body, empty: rest === "" || rest.startsWith("#") });
  }
  const positions = new Map<string, Position>();
  try {
    const scanner = new Scanner(lines, positions);
    const first = scanner.next(0);
    if (first < 0) return undefined;
    const end = scanner.node(first, lines[first].indent, "");
    if (scanner.next(end) >= 0) return undefined;
  } catch (e) {
    if (e instanceof Unsure) return undefined;
    throw e;
  }
  return samePaths(positions, data) ? positions : undefined;
}

class Scanner {
  constructor(
    private readonly lines: Line[],
    private readonly positions: Map<string, Position>,
  ) {}

  /** The first line from `i` with content, or -1. */
  next(i: number): number {
    while (i < this.lines.length && this.lines[i].empty) i++;
    return i < this.lines.length ? i : -1;
  }

  private set(at: string, line: number, col: number) {
    this.positions.set(at, { line: line + 1, col: col + 1 });
  }

  /**
   * The block mapping or list whose first line is `i`, at column `col` of it. Returns the line after it.
   */
  node(i: number, col: number, path: string): number {
    const rest = this.lines[i].text.slice(col);
    if (rest.startsWith("-") && (rest.length === 1 || rest[1] === " ")) return this.list(i, col, path);
    if (KEY.test(rest)) return this.mapping(i, col, path);
    throw new Unsure();
  }

  private mapping(i: number, col: number, path: string): number {
    this.set(path, i, col);
    let first = true;
    for (;;) {
      const line = this.lines[i];
      if (!first && line.indent !== col) break;
      first = false;
      const m = KEY.exec(line.text.slice(col));
      if (!m) throw new Unsure();
      const child = childPointer(path, m[1]);
      const keyLine = i;
      i = this.value(i, col + m[0].length, child, col, true);
      // A key's own line is where a person looks for the field (load.ts), even when its value starts below.
      this.set(child, keyLine, col);
      const n = this.next(i);
      if (n < 0) return this.lines.length;
      if (this.lines[n].indent > col) throw new Unsure();
      if (this.lines[n].indent < col) return n;
      i = n;
    }
    return i;
  }

  private list(i: number, col: number, path: string): number {
    this.set(path, i, col);
    let index = 0;
    for (;;) {
      const line = this.lines[i];
      const rest = line.text.slice(col);
      if (!(rest.startsWith("-") && (rest.length === 1 || rest[1] === " "))) throw new Unsure();
      const after = rest.slice(1);
      const itemCol = col + 1 + (after.length - after.trimStart().length);
      const item = line.text.slice(itemCol);
      if (item === "" || item.startsWith("#") || item.startsWith("-") || item.startsWith("|") || item.startsWith(">")) throw new Unsure();
      const child = childPointer(path, index++);
      if (KEY.test(item)) i = this.mapping(i, itemCol, child);
      else {
        this.set(child, i, itemCol);
        i = this.value(i, itemCol, child, col, false);
      }
      const n = this.next(i);
      if (n < 0) return this.lines.length;
      if (this.lines[n].indent > col) throw new Unsure();
      if (this.lines[n].indent < col) return n;
      i = n;
    }
  }

  /**
   * The value at column `col` of line `i` (after a key, or an item's scalar), whose further lines are more
   * indented than `parent`. Returns the line after it.
   */
  private value(i: number, col: number, path: string, parent: number, afterKey: boolean): number {
    const rest = this.lines[i].text.slice(col);
    if (rest === "" || rest.startsWith("#")) {
      if (!afterKey) throw new Unsure();
      const n = this.next(i + 1);
      if (n < 0) throw new Unsure();
      const below = this.lines[n];
      // A nested block, or a list at the key's own indentation.
      if (below.indent > parent || (below.indent === parent && /^-(?: |$)/.test(below.text.slice(parent)))) {
        return this.node(n, below.indent, path);
      }
      // `key:` alone: null, positioned at the key by the caller.
      throw new Unsure();
    }
    if (rest.startsWith("[") || rest.startsWith("{")) {
      if (!afterKey) throw new Unsure();
      this.flow(i, col, path);
      return this.rest(i + 1, parent, false);
    }
    if (rest.startsWith("|") || rest.startsWith(">")) return this.rest(i + 1, parent, true);
    // A quoted scalar ends on its line (plain-yaml.ts, linesAreWhole); a plain one may go on below.
    return this.rest(i + 1, parent, !(rest.startsWith('"') || rest.startsWith("'")));
  }

  /** Skips a scalar's further lines (more indented than `parent`); none are allowed unless `more`. */
  private rest(i: number, parent: number, more: boolean): number {
    let j = i;
    while (j < this.lines.length && (this.lines[j].empty || this.lines[j].indent > parent)) {
      if (!this.lines[j].empty && !more) throw new Unsure();
      j++;
    }
    return j;
  }

  /**
   * The items of a one-line flow list, or the keys of a one-line flow mapping, of scalars (plain-yaml.ts
   * admits no collection inside another in flow).
   */
  private flow(i: number, col: number, path: string) {
    const text = this.lines[i].text;
    const close = text[col] === "[" ? "]" : "}";
    let j = col + 1;
    let index = 0;
    for (;;) {
      while (text[j] === " ") j++;
      if (text[j] === close) break;
      const itemStart = j;
      let key: string | undefined;
      if (close === "}") {
        const m = KEY.exec(text.slice(j));
        if (!m || !m[0].endsWith(" ")) throw new Unsure();
        key = m[1];
        j += m[0].length;
      }
      j = this.flowScalar(text, j, close);
      this.set(childPointer(path, key ?? index++), i, itemStart);
      if (text[j] === ",") {
        j++;
        continue;
      }
      if (text[j] === close) break;
      throw new Unsure();
    }
    const after = text.slice(j + 1).trimStart();
    if (after !== "" && !after.startsWith("#")) throw new Unsure();
  }

  /** The end of the scalar at `j` in a flow collection (spaces after it skipped). */
  private flowScalar(text: string, j: number, close: string): number {
    const start = j;
    if (text[j] === '"' || text[j] === "'") {
      j = closingQuote(text, j);
      if (j < 0) throw new Unsure();
      j++;
    } else {
      // To the comma or bracket that ends it; any other of these characters first is not for this scanner.
      FLOW_SPECIAL.lastIndex = j;
      j = FLOW_SPECIAL.test(text) ? FLOW_SPECIAL.lastIndex - 1 : text.length;
      if (j < text.length && text[j] !== "," && text[j] !== close) throw new Unsure();
      if (j === start) throw new Unsure();
    }
    while (text[j] === " ") j++;
    return j;
  }
}

const FLOW_SPECIAL = /[,:#[\]{}"']/g;

/** Whether the positions name exactly the paths of `data`: its root, each key and each item. */
function samePaths(positions: Map<string, Position>, data: unknown): boolean {
  let count = 0;
  const walk = (v: unknown, at: string): boolean => {
    count++;
    if (!positions.has(at)) return false;
    if (Array.isArray(v)) return v.every((x, i) => walk(x, childPointer(at, i)));
    if (v && typeof v === "object") return Object.entries(v).every(([k, x]) => walk(x, childPointer(at, k)));
    return true;
  };
  return walk(data, "") && count === positions.size;
}
