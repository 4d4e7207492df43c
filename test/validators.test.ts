// engine/validators.generated.js is ajv's standalone code for engine/schemas, committed so `ropa` starts
// without compiling schemas: this fails when a schema changed and the validators were not rebuilt. Its `uri`
// format (engine/formats.ts) gives the verdicts of ajv-formats' own, with a fast path for plain URLs.
import { fullFormats } from "ajv-formats/dist/formats.js";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import ajvUcs2length from "ajv/dist/runtime/ucs2length.js";
import { formats, PLAIN_URL } from "../engine/formats.js";
import { ucs2length } from "../engine/ucs2length.js";
import { VALIDATORS, validatorsSource, validatorsTypes } from "../scripts/build-validators.js";

describe("engine/validators.generated.js", () => {
  it("is what `npm run build:validators` writes from the schemas", () => {
    const stale = "engine/validators.generated.* is stale: run `npm run build:validators` and commit it";
    expect(readFileSync(VALIDATORS, "utf8") === validatorsSource(), stale).toBe(true);
    expect(readFileSync(VALIDATORS.replace(/\.js$/, ".d.ts"), "utf8")).toBe(validatorsTypes());
  });
});

describe("the uri format", () => {
  const full = fullFormats.uri as (text: string) => boolean;
  // URLs, and near-URLs: RFC 3986's characters and some it forbids, after http(s):// or another start.
  const chars = fc.constantFrom(..."aZ09-._~!$&'()*+,;=:@/?#%[]{}<> \"|\\^`é\t".split(""), "%2F", "%zz", "::", "//");
  const text = fc.tuple(fc.constantFrom("https://", "http://", "HTTPS://", "ftp://", "mailto:", "", "https:/"), fc.array(chars, { maxLength: 30 })).map(([start, rest]) => start + rest.join(""));
  const urls = fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ["http", "https"] });

  it("gives ajv-formats' verdict on every string, and its fast path matches only what ajv-formats' matches", () => {
    fc.assert(
      fc.property(fc.oneof(text, urls, fc.string()), (s) => {
        expect(formats.uri(s)).toBe(full(s));
        if (PLAIN_URL.test(s)) expect(full(s)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it("takes the fast path for the addresses records name", () => {
    for (const url of ["https://dignio.com/privacy", "https://www.example.no/personvern?lang=en#cookies", "http://localhost:8080/a%20b"]) expect(PLAIN_URL.test(url)).toBe(true);
    for (const url of ["https://exa mple.com", "https://example.com/<script>", "javascript:alert(1)"]) expect(PLAIN_URL.test(url)).toBe(false);
  });
});

describe("a string's length (minLength, maxLength)", () => {
  const ajvs = ((ajvUcs2length as unknown as { default?: unknown }).default ?? ajvUcs2length) as (text: string) => number;
  // UTF-16 code units of every kind: ASCII, other BMP characters, high and low surrogates, paired or alone.
  const unit = fc.oneof(fc.constantFrom("a", "é", "\uD83D", "\uDE00", "\uDBFF", "\uDC00", "\uD800\uDC00"), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)));

  it("is ajv's count of code points, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join("")), (s) => {
        expect(ucs2length(s)).toBe(ajvs(s));
      }),
      { numRuns: 5_000 },
    );
    for (const s of ["", "abc", "\u{1F600}", "a\u{1F600}b", "\uD83D", "\uDE00\uD83D", "\uD83D\uD83D\uDE00"]) expect(ucs2length(s)).toBe(ajvs(s));
  });

  it("is what the built validators count with", () => {
    expect(readFileSync(VALIDATORS, "utf8")).toMatch(/import \{ ucs2length as runtime\d+ \} from "\.\/ucs2length\.js";/);
    expect(readFileSync(VALIDATORS, "utf8")).not.toMatch(/ajv\/dist\/runtime\/ucs2length/);
  });
});
