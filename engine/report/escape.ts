// Making text that users wrote (record names, file names, anything a message quotes) safe to show.
// Record names reach a PR comment read by people with write access to the repository, so a name must
// not be able to ping a team, link an issue, inject HTML, hide a comment marker, add a link, or break a
// table. Nothing here drops what the user wrote: it is shown as written, only made inert.

/** Longest single value shown in markdown, in characters; longer values end in an ellipsis. */
export const MAX_VALUE = 300;

/** Joins two characters GitHub would otherwise read as syntax; invisible when rendered. */
const ZWJ = "\u200D";

// C0 and C1 controls (tab, newline and carriage return are handled as spaces first), and the Unicode
// bidirectional overrides and isolates that can make text read differently from what it is.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const BREAKS = /\r\n|[\t\n\r\u2028\u2029]/g;

/** One line of text: line breaks become spaces, control characters become U+FFFD so they are seen, not obeyed. */
export function oneLine(text: string): string {
  return text.replace(BREAKS, " ").replace(CONTROLS, "\uFFFD");
}

/** Cuts after `max` characters (whole code points), ending in "…". */
export function cap(text: string, max: number = MAX_VALUE): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return points.slice(0, Math.max(0, max - 1)).join("") + "…";
}

/** For a terminal: one line, with escape sequences and other controls made visible instead of obeyed. */
export function terminalSafe(text: string): string {
  return text.replace(BREAKS, " ").replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␛ for ESC, ␀ for NUL …
    if (code === 0x7f) return "\u2421"; // ␡
    return "\uFFFD";
  });
}

/**
 * Breaks what GitHub would act on, in text it shows as written: @mentions (`@org/team`; GitHub sees one only
 * after a character outside [A-Za-z0-9_], so an e-mail address such as `dpo@example.org` is left whole and
 * can be copied), issue references (`#123`, `org/repo#123`, `GH-123`), bare links (`https://…`, `www.…`),
 * HTML tags and comments (`<script`, `<!--`), and links (`](`). A zero-width joiner goes between the
 * characters that make the syntax, so the text still reads the same.
 */
function defang(text: string): string {
  return defangSource(
    text
      .replace(/(?<![A-Za-z0-9_])@(?=[\p{L}\p{N}_-])/gu, `@${ZWJ}`)
      .replace(/#(?=\p{N})/gu, `#${ZWJ}`)
      .replace(/\b(GH)-(?=\p{N})/giu, `$1${ZWJ}-`)
      .replace(/:\/\//g, `:${ZWJ}//`)
      .replace(/\b(www)\./giu, `$1${ZWJ}.`),
  );
}

/**
 * Inside a code span GitHub acts on nothing, but the markdown source is also read by programs (a bot that
 * finds its comment by an `<!-- marker -->`, a mail client): no tag, comment or link may start in it either.
 */
function defangSource(text: string): string {
  return text.replace(/<(?=[A-Za-z!/?])/g, `<${ZWJ}`).replace(/\]\(/g, `]${ZWJ}(`);
}

/** Plain text as GitHub markdown that renders as the same characters and does nothing else. */
function escapeText(text: string): string {
  return (
    defang(text)
      // Backslash escapes work everywhere, `\|` also inside a table cell.
      .replace(/[\\*_~|]/g, (c) => `\\${c}`)
      // Character references are never read as syntax: no tag, no link, no code span can start from them.
      .replace(/[&<>[\]`]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : `&#${c.charCodeAt(0)};`))
  );
}

/**
 * Inline code, for ids and YAML snippets: a fence longer than any run of backticks inside, so backticks in
 * the text cannot close it. Inside a code span GitHub shows every character as written, but still splits a
 * table row at `|` and a raw `<!--` stays in the source, so: a text with `|` is shown as `<code>` with the
 * text escaped instead (correct in a table and out of one), and tags, comments and links are broken with an
 * invisible joiner. One line, capped at `max` characters.
 */
export function code(text: string, max: number = MAX_VALUE): string {
  const value = cap(oneLine(text), max);
  if (value.length === 0) return "";
  if (value.includes("|")) return `<code>${escapeText(value)}</code>`;
  const inert = defangSource(value);
  const longest = Math.max(0, ...(inert.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  // A leading or trailing backtick (or space) needs padding, which CommonMark strips again.
  const pad = /^[`\s]|[`\s]$/.test(inert) ? " " : "";
  return `${fence}${pad}${inert}${pad}${fence}`;
}

/**
 * Text from a record (or a message quoting one) as GitHub markdown, safe on one line and in a table cell.
 * `code` spans in the text (the engine writes ids that way: "uses `aws-x`") stay inline code, escaped by
 * {@link code}; everything else is shown literally. At most `max` characters of the text are kept.
 */
export function escapeMarkdown(text: string, max: number = MAX_VALUE): string {
  const value = cap(oneLine(text), max);
  let out = "";
  // A span is a pair of single backticks with no backtick between them; a lone backtick is shown as one.
  const span = /`([^`]+)`/g;
  let last = 0;
  for (let m = span.exec(value); m; m = span.exec(value)) {
    out += escapeText(value.slice(last, m.index)) + code(m[1]!, Infinity);
    last = m.index + m[0].length;
  }
  return out + escapeText(value.slice(last));
}

/** A link whose target is only ever http(s); anything else is shown as text. The label is escaped. */
export function link(label: string, url: string | undefined, max: number = MAX_VALUE): string {
  const text = escapeMarkdown(label, max);
  const target = safeUrl(url);
  return target ? `[${text}](${target})` : text;
}

/** An http(s) URL fit for a markdown link target, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  // The WHATWG serialisation percent-encodes spaces and quotes; parentheses and angle brackets are
  // encoded here too so the target cannot end the link early.
  return parsed.href.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A repository path as a URL path: each segment percent-encoded, `/` kept. */
export function encodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/** The length of `text` in UTF-8 bytes, as GitHub counts a job summary, without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** How a report's size is measured against its limit: UTF-8 bytes when `maxBytes` is set (a job summary), else characters. */
export function measure(limits: { maxLength?: number; maxBytes?: number }, defaultMax: number): { size: (text: string) => number; max: number } {
  return {
    size: limits.maxBytes !== undefined ? utf8Length : (text: string) => text.length,
    max: limits.maxBytes ?? limits.maxLength ?? defaultMax,
  };
}
