import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";
import { MAX_PLAIN_DEPTH, plainKey, readSimple } from "./simple-yaml.js";

// The fast path of the reader (load.ts): js-yaml reads a plain record about 7 times faster than `yaml`,
// which stays the reader of everything else, of every refusal and of the positions plain-positions.ts is unsure of. A file takes this path
// only when nothing in it is where the two could read differently:
//  - no anchor, alias, tag, directive, document marker, merge key or tab (refused or checked by `yaml`);
//  - no complex key (a list or mapping as a key, `? key`): js-yaml turns those into text;
//  - every key a plain name: not empty, `null`, `__proto__` or `constructor` (refused or read apart by `yaml`);
//  - scalars resolved by the YAML 1.2 core schema exactly as `yaml` resolves them (below): `yes`, `on`,
//    `1:30`, `1_000`, `012` and dates stay what `yaml` makes of them;
//  - js-yaml reads it without error (a duplicate key, bad indentation: `yaml` says what is wrong);
//  - nesting well within MAX_DEPTH, and at most MAX_PLAIN_ITEMS lines and commas.
// test/plain-yaml.test.ts holds both readers to the same values and refusals over the bad-input corpus
// and generated records.

/**
 * A plain scalar of the YAML 1.2 core schema, with `yaml`'s own tests and values (yaml/dist/schema/core), tried
 * in `yaml`'s order. One Type per tag: js-yaml keeps only the last of several with the same tag. `starts` holds
 * every first character the tests can match ("" for the empty scalar): most scalars of a record are words,
 * which one lookup sends on as text where the tests took ~8 regular expressions each (~5 ms of a 100-record
 * check, run cold).
 */
interface CoreType {
  tag: string;
  starts: string;
  forms: [RegExp, (s: string) => unknown][];
}

const CORE_TYPES: CoreType[] = [
  // "".includes("") is true: the empty scalar is null.
  { tag: "null", starts: "~Nn", forms: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]] },
  { tag: "bool", starts: "TtFf", forms: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === "t" || s[0] === "T"]] },
  {
    tag: "int",
    starts: "+-0123456789",
    forms: [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ],
  },
  {
    tag: "float",
    starts: "+-.0123456789",
    forms: [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
    ],
  },
];

/** The form of type `t` that plain scalar `s` matches, if any. */
const formOf = (t: CoreType, s: string) => (t.starts.includes(s.charAt(0)) ? t.forms.find(([test]) => test.test(s)) : undefined);

/** Every first character one of the types' tests can match: a scalar that starts otherwise is text. */
const TYPED_START = new Set(CORE_TYPES.flatMap((t) => [...t.starts]));

/** A plain scalar's value under the core schema: the first type whose test matches it, else the text. */
export function resolvePlain(s: string): unknown {
  // Most scalars of a record are words: one lookup, where asking each type took four (run cold, in V8's interpreter).
  if (s !== "" && !TYPED_START.has(s[0]!)) return s;
  for (const t of CORE_TYPES) {
    const form = formOf(t, s);
    if (form) return form[1](s);
  }
  return s;
}

const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: CORE_TYPES.map(
    (t) =>
      new Type(`tag:yaml.org,2002:${t.tag}`, {
        kind: "scalar",
        resolve: (s: string | null) => s !== null && formOf(t, s) !== undefined,
        construct: (s: string | null) => formOf(t, s ?? "")![1](s ?? ""),
      }),
  ),
});

/**
 * Anything that is not plain: anchors, aliases, tags, directives (`&`, `*`, `!`, `%` anywhere, even in text,
 * so as to need no YAML to tell), tabs, document markers, merge keys, explicit keys, a flow collection
 * opened at a key's place or inside another flow collection (where it could be a key), and a line of item
 * markers only (`-`, `- -`): after an empty item js-yaml may put the next items into the wrong list.
 */
const NOT_PLAIN = /[&*!%\t]|<<|^(?:---|\.\.\.)|^[ ]*(?:-[ ]+)*[[{?]|[[{,][ \n]*[[{]|^[ ]*(?:-[ ]+)*-[ ]*(?:#.*)?$/m;

/**
 * The most lines and flow-list items (`,`) a file on this path may have: a record has a few hundred at
 * most. A file of tens of thousands of tiny items costs js-yaml ~60 ms per 256 KiB, and a register of them
 * would cost minutes; such a file goes to the full reader, whose bytes per read are bounded (read.ts).
 */
export const MAX_PLAIN_ITEMS = 5_000;

/** Whether the text has more than MAX_PLAIN_ITEMS line breaks and commas (none shorter than that has). */
function tooManyItems(text: string): boolean {
  if (text.length <= MAX_PLAIN_ITEMS) return false;
  let items = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 44) && ++items > MAX_PLAIN_ITEMS) return true;
  }
  return false;
}

/**
 * Whether each line is whole: every quoted scalar and flow collection that may open on it closes on it,
 * and no comment follows a closing quote or bracket without a space. What goes on to the next line is read
 * by `yaml`, whose rules for its indentation js-yaml does not apply. Quotes and brackets inside plain text
 * only send a file to `yaml`.
 *
 * Only the lines holding a quote or bracket are looked at, and in them only those characters and `#`: a short
 * run executes this in V8's interpreter, where a loop over every character of every line was ~15 ms of a
 * 100-record check, and the string functions' native searches are not.
 */
export function linesAreWhole(text: string): boolean {
  QUOTE_OR_BRACKET.lastIndex = 0;
  // test() and lastIndex, not exec(): no match object per character found. Each pattern matches one character.
  while (QUOTE_OR_BRACKET.test(text)) {
    const at = QUOTE_OR_BRACKET.lastIndex - 1;
    const start = text.lastIndexOf("\n", at) + 1;
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline;
    if (!lineIsWhole(text.slice(start, end))) return false;
    QUOTE_OR_BRACKET.lastIndex = end;
  }
  return true;
}

const QUOTE_OR_BRACKET = /["'[\]{}]/g;
const SIGNIFICANT = /[#"'[\]{}]/g;

function lineIsWhole(line: string): boolean {
  let depth = 0;
  SIGNIFICANT.lastIndex = 0;
  while (SIGNIFICANT.test(line)) {
    let i = SIGNIFICANT.lastIndex - 1;
    const c = line[i];
    if (c === "#") {
      if (i === 0 || line[i - 1] === " ") break;
      continue;
    }
    if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
    else if (i === 0 || " :[{,".includes(line[i - 1]!)) {
      i = closingQuote(line, i);
      if (i < 0) return false;
      SIGNIFICANT.lastIndex = i + 1;
    } else continue;
    if (line[i + 1] === "#") return false;
  }
  return depth === 0;
}

/** The index of the quote that closes the one at `start`, or -1: `\"` escapes a double quote, `''` is a single one. */
export function closingQuote(line: string, start: number): number {
  const q = line[start]!;
  for (let i = line.indexOf(q, start + 1); i >= 0; i = line.indexOf(q, i + 1)) {
    if (q === "'") {
      if (line[i + 1] !== "'") return i;
      i++;
    } else {
      let escapes = 0;
      while (line[i - 1 - escapes] === "\\") escapes++;
      if (escapes % 2 === 0) return i;
    }
  }
  return -1;
}

/** Whether nothing in the text is where js-yaml and `yaml` could read differently (the guard above, before reading). */
export function isPlainText(text: string): boolean {
  return !tooManyItems(text) && !NOT_PLAIN.test(text) && linesAreWhole(text);
}

/** The values of a plain file, as `yaml` reads them; undefined when the file is not plain or not a mapping. */
export function readPlain(text: string): Record<string, unknown> | undefined {
  if (!isPlainText(text)) return undefined;
  const simple = readSimple(text, resolvePlain);
  if (simple) return simple;
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (!value || typeof value !== "object" || Array.isArray(value) || !plainKeys(value, 0)) return undefined;
  return value as Record<string, unknown>;
}

function plainKeys(value: unknown, depth: number): boolean {
  if (depth > MAX_PLAIN_DEPTH) return false;
  if (Array.isArray(value)) return value.every((v) => plainKeys(v, depth + 1));
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (!plainKey(k) || !plainKeys(v, depth + 1)) return false;
  }
  return true;
}
