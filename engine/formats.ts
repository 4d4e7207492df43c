// The string formats of the record schemas, for the validators built from them (scripts/build-validators.ts):
// ajv-formats' own, but `uri` (a privacy notice's address, a source's link) first tries the plainest http(s)
// URLs with a small regular expression. ajv-formats' RFC 3986 one is ~5 KB of alternatives that V8 took
// ~15 ms to compile on its first use, in every check. Every string the small one matches, the full one
// matches too, so the verdicts are the same (test/validators.test.ts holds both to it).
import { fullFormats } from "ajv-formats/dist/formats.js";

/** An http(s) URL of a host name, port, path, query and fragment, in RFC 3986's characters only. */
export const PLAIN_URL =
  /^https?:\/\/[a-z0-9\-._~]+(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

const fullUri = fullFormats.uri as (text: string) => boolean;

export const formats = { ...fullFormats, uri: (text: string): boolean => PLAIN_URL.test(text) || fullUri(text) };
