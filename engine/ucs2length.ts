// A string's length in Unicode code points, as JSON Schema's minLength and maxLength count it, for the
// validators built from the record schemas (scripts/build-validators.ts). ajv's own helper
// (ajv/dist/runtime/ucs2length) walks every character of every string with a length limit (137 places in the
// schemas), which a short check runs in V8's interpreter: ~2 ms of a 100-record check. Here one native search
// finds the surrogate pairs, and most strings have none. The counts are ajv's (test/validators.test.ts): a
// pair is one code point, a lone surrogate one too.
const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

export function ucs2length(text: string): number {
  return text.length - (text.match(PAIR)?.length ?? 0);
}
