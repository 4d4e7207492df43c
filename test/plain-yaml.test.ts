// The reader's fast path (engine/plain-yaml.ts) against `yaml` (the path every refusal and position comes
// from): for every file, loadRecord with the fast path gives exactly what it gives without it, the same values
// (0 and -0, NaN, texts that look like numbers or dates) and the same refusals. Over the bad-input corpus,
// a generated register, and random records and random edits of them (fast-check).
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRecord } from "../engine/load.js";
import { plainPositions } from "../engine/plain-positions.js";
import { linesAreWhole, readPlain, resolvePlain } from "../engine/plain-yaml.js";
import { readSimple } from "../engine/simple-yaml.js";
import { parse, stringify } from "yaml";
import type { SourceFile } from "../engine/types.js";
import { generateRegister } from "../scripts/bench/generate.js";
import { ROOT } from "./helpers/register.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

function yamlFiles(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push({ path, text: readFileSync(path, "utf8") });
  }
  return out;
}

/** A value with its types spelt out (1 and "1", 0 and -0, NaN), keys in order, own properties only. */
function canon(v: unknown): unknown {
  if (typeof v === "number") return `number ${Object.is(v, -0) ? "-0" : String(v)}`;
  if (typeof v === "string") return `string ${v}`;
  if (Array.isArray(v)) return v.map(canon);
  if (v && typeof v === "object") return Object.entries(v).map(([k, x]) => [k, canon(x)]);
  return v;
}

/** Both readers agree on the file; returns whether the fast path answered (so a test can show it was used). */
function agree(file: SourceFile): boolean {
  const fast = loadRecord(file);
  const slow = loadRecord(file, { plain: false });
  const strip = (r: ReturnType<typeof loadRecord>) => ("record" in r ? { kind: r.record.kind, id: r.record.id, data: canon(r.record.data) } : r);
  expect(strip(fast), file.path).toEqual(strip(slow));
  if ("record" in fast) samePositions(file, fast.record.data);
  return readPlain(file.text.replace(/^\uFEFF/, "")) !== undefined;
}

/**
 * Where the scanner answers, it gives `yaml`'s line and column for every path of the record (and the same
 * paths); returns whether it answered.
 */
function samePositions(file: SourceFile, data: unknown): boolean {
  const scanned = plainPositions(file.text.replace(/^\uFEFF/, ""), data);
  if (!scanned) return false;
  const full = loadRecord(file, { plain: false, positions: true });
  expect("record" in full, file.path).toBe(true);
  if ("record" in full) expect(Object.fromEntries(scanned), file.path).toEqual(Object.fromEntries(full.record.positions));
  return true;
}

describe("the fast path reads as `yaml` does", () => {
  it("on every file of the bad-input corpus (its refusals included)", () => {
    const files = yamlFiles(join(ROOT, "test/fixtures/bad"));
    expect(files.length).toBeGreaterThan(100);
    const fast = files.filter(agree).length;
    // Most corpus files are plain and take the fast path; the rest are refused or read by `yaml`.
    expect(fast).toBeGreaterThan(files.length / 3);
  });

  it("on a generated register, every file of which takes the fast path", () => {
    const { files } = generateRegister({ records: 400 });
    expect(files.filter(agree)).toHaveLength(files.length);
    // ...and its positions are all found by the scanner, as `yaml` finds them.
    const scanned = files.filter((f) => {
      const r = loadRecord(f);
      return "record" in r && samePositions(f, r.record.data);
    });
    expect(scanned).toHaveLength(files.length);
  });

  // Scalars where YAML 1.1, js-yaml's defaults and YAML 1.2 differ, written plain, quoted and in flow.
  const TRICKY = [
    "yes", "no", "on", "off", "y", "n", "true", "True", "TRUE", "false", "null", "Null", "~", "", "1:30", "012", "0o17", "0x1F", "0b101",
    "1_000", "-0", "+12", ".5", "-.5", "1.", "1e3", "1E+3", ".inf", "-.Inf", ".nan", ".NaN", "2026-01-01", "2026-01-01T10:00:00Z", "1.0",
    "9007199254740993", "0.1e", "NO", "<<", "= x", "a # b", "a#b", "'", '"', "\\", "a: b", "- x", "[a]", "{a: 1}", "é", "\u{1F600}", "__proto__",
    "nULL", "tRUE", "+.inf", "0o8", "0xG", "-", "+", ".", "1e", "0.", "-0.0",
  ];
  const tricky = fc.constantFrom(...TRICKY);
  const scalar = fc.oneof(tricky, fc.string({ maxLength: 8 }), fc.integer().map(String), fc.double().map(String));
  const written = (s: string) => fc.constantFrom(s, JSON.stringify(s), `'${s.replace(/'/g, "''")}'`);
  const key = fc.oneof(fc.constantFrom("kind", "id", "name", "null", "true", "1", "a b", "__proto__", "x".repeat(101)), fc.stringMatching(/^[a-z_]{1,8}$/));
  const line = (depth: number): fc.Arbitrary<string> =>
    fc.oneof(
      fc.tuple(key, scalar.chain(written)).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, fc.array(scalar.chain(written), { maxLength: 3 })).map(([k, vs]) => `${k}: [${vs.join(", ")}]`),
      fc.tuple(key, fc.array(fc.tuple(key, scalar.chain(written)), { maxLength: 3 })).map(([k, kv]) => `${k}: { ${kv.map(([a, b]) => `${a}: ${b}`).join(", ")} }`),
      fc.tuple(key, fc.array(scalar.chain(written), { minLength: 1, maxLength: 3 })).map(([k, vs]) => `${k}:\n${vs.map((v) => `${"  ".repeat(depth + 1)}- ${v}`).join("\n")}`),
      fc.tuple(key, fc.constantFrom(">-", "|", ">", "|-", "|+"), fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 3 })).map(
        ([k, style, ls]) => `${k}: ${style}\n${ls.map((l) => `${"  ".repeat(depth + 1)}${l}`).join("\n")}`,
      ),
      fc.tuple(key, fc.array(fc.tuple(key, key, scalar.chain(written)), { minLength: 1, maxLength: 3 }), fc.constantFrom("", "  ", "    ")).map(
        ([k, items, indent]) => `${k}:\n${items.map(([a, b, v]) => `${"  ".repeat(depth)}${indent}- ${a}: ${v}\n${"  ".repeat(depth)}${indent}  ${b}:\n${"  ".repeat(depth)}${indent}    - ${v}`).join("\n")}`,
      ),
      fc.tuple(key, fc.array(scalar.chain(written), { minLength: 1, maxLength: 3 })).map(([k, vs]) => `${k}: ${vs[0]}\n${vs.slice(1).map((v) => `  ${v}`).join("\n")}`),
      fc.constantFrom("# a comment", "", "---", "...", "%YAML 1.1", "? x", "&a x: 1", "y: *a", "\tz: 1", "z: !!str 1", "<<: {a: 1}", "l:\n  - -\n  - 0", "l:\n  - - -\n  - 0", "l:\n- a: 1\n  b:\n    - \n- c: 2"),
    );
  const record = fc
    .tuple(fc.constantFrom("Product", "Subprocessor", "Nope"), fc.array(line(0), { maxLength: 8 }))
    .map(([kind, lines]) => ["apiVersion: ropa/v1", `kind: ${kind}`, "id: x", ...lines].join("\n") + "\n");

  it("resolves a plain scalar as `yaml` does, the empty one included", () => {
    for (const s of ["", "~", "null", "NULL", "true", "False", "1", "-0", "+12", ".5", "1e3", ".inf", "-.Inf", ".nan", "0o17", "0x1F", "012", "1_000", "word", "2026-01-01", "yes", "a b"]) {
      expect(canon(resolvePlain(s)), JSON.stringify(s)).toEqual(canon(parse(`v: ${s}`).v));
    }
  });

  it("on each of those scalars, written plain, quoted and in flow", () => {
    for (const s of TRICKY) {
      for (const v of [s, JSON.stringify(s), `'${s.replace(/'/g, "''")}'`]) agree({ path: "t.yaml", text: `apiVersion: ropa/v1\nkind: Product\nid: x\na: ${v}\nb: [${v}]\nc: { d: ${v} }\n` });
    }
  });

  // The line reader (engine/simple-yaml.ts), alone: where it answers, `yaml`'s values, on values `yaml` writes in
  // its styles (sequences indented or not, quotes, block scalars, lines folded, comments; flow collections are
  // in the random records below).
  it("the line reader, where it answers, on random values as `yaml` writes them", () => {
    const words = fc.array(fc.stringMatching(/^[a-z0-9'.()-]{1,8}$/), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" "));
    const leaf = fc.oneof(
      { arbitrary: words, weight: 30 },
      tricky,
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("a\nb", "line one\nline two\n", " x", "x ", "a  b", "a: b", "a #b", "[a]"),
    );
    const name = fc.stringMatching(/^[a-z][a-z_]{0,6}$/);
    const { node } = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(name, tie("node"), { maxKeys: 4 })),
    }));
    const style = fc.record({
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      collectionStyle: fc.constantFrom("any", "block") as fc.Arbitrary<"any" | "block">,
      flowCollectionPadding: fc.boolean(),
      defaultKeyType: fc.constant("PLAIN") as fc.Arbitrary<"PLAIN">,
      defaultStringType: fc.constantFrom("PLAIN", "PLAIN", "PLAIN", "QUOTE_SINGLE", "QUOTE_DOUBLE", "BLOCK_FOLDED", "BLOCK_LITERAL") as fc.Arbitrary<"PLAIN">,
      lineWidth: fc.constantFrom(0, 20, 80),
    });
    let answered = 0;
    fc.assert(
      fc.property(fc.dictionary(name, node, { minKeys: 1, maxKeys: 6 }), style, fc.boolean(), (doc, options, comments) => {
        let text = stringify(doc, options);
        if (comments) text = text.replace(/\n(?=[a-z])/g, "\n# between\n").replace(/^([a-z_]+: [a-z]+)$/gm, "$1 # after");
        const read = readSimple(text, resolvePlain);
        if (read === undefined) return;
        answered++;
        expect(canon(read), text).toEqual(canon(parse(text)));
      }),
      { numRuns: RUNS * 5 },
    );
    // It answers for a good share, so that the comparison above means something.
    expect(answered).toBeGreaterThan(RUNS);
  });

  it("on random records", () => {
    fc.assert(fc.property(record, (text) => void agree({ path: "r.yaml", text })), { numRuns: RUNS });
  });

  it("on random edits of generated records (a character inserted, deleted or replaced)", () => {
    const { files } = generateRegister({ records: 40 });
    const edit = fc.tuple(fc.constantFrom(...files.map((f) => f.text)), fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(..." :-#'\"[]{},&*!|>?\n\t0x.~"));
    fc.assert(
      fc.property(edit, ([text, at, how, c]) => {
        const i = at % (text.length + 1);
        const changed = how === 0 ? text.slice(0, i) + c + text.slice(i) : how === 1 ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + c + text.slice(i + 1);
        agree({ path: "e.yaml", text: changed });
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

// The guard's line check (plain-yaml.ts, linesAreWhole) jumps between quotes, brackets and `#` with native
// searches; its answer is the one a walk over every character gives (this walk, which it replaced).
describe("whether each line of a file is whole", () => {
  function walked(text: string): boolean {
    for (const line of text.split("\n")) {
      let depth = 0;
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (c === "#" && (i === 0 || line[i - 1] === " ")) break;
        if (c === "[" || c === "{") depth++;
        else if (c === "]" || c === "}") depth--;
        else if ((c === '"' || c === "'") && (i === 0 || " :[{,".includes(line[i - 1]!))) {
          let end = -1;
          for (let j = i + 1; j < line.length; j++) {
            if (c === '"' && line[j] === "\\") j++;
            else if (line[j] === c) {
              if (c === "'" && line[j + 1] === "'") j++;
              else {
                end = j;
                break;
              }
            }
          }
          if (end < 0) return false;
          i = end;
        } else continue;
        if (line[i + 1] === "#") return false;
      }
      if (depth !== 0) return false;
    }
    return true;
  }

  it("is what a walk over every character says, on random lines of quotes, brackets, escapes and comments", () => {
    const piece = fc.constantFrom("a", " ", ":", ",", "#", " #", "'", "''", '"', '\\"', "\\", "\\\\", "[", "]", "{", "}", "\n", "- ", "k: ", "\r");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join("")), (text) => {
        expect(linesAreWhole(text), JSON.stringify(text)).toBe(walked(text));
      }),
      { numRuns: RUNS * 25 },
    );
  });

  it("on every file of the corpus and of a generated register", () => {
    const files = [...yamlFiles(join(ROOT, "test/fixtures/bad")), ...generateRegister({ records: 100 }).files];
    for (const f of files) expect(linesAreWhole(f.text), f.path).toBe(walked(f.text));
    expect(files.filter((f) => !walked(f.text)).length).toBeGreaterThan(0);
  });
});
