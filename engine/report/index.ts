// Reporters: each turns a CheckResult into text for one reader. They only format; they decide nothing.
export { cap, code, encodePath, escapeMarkdown, link, MAX_VALUE, oneLine, safeUrl, terminalSafe, utf8Length } from "./escape.js";
export { fingerprints } from "./fingerprint.js";
export { formatJson, jsonReport } from "./json.js";
export { DEFAULT_MAX_LENGTH, formatMarkdown, type MarkdownOptions } from "./markdown.js";
export { FINGERPRINT_KEY, formatSarif, ruleName, SARIF_SCHEMA } from "./sarif.js";
export { formatProblems, formatText, type TextOptions } from "./text.js";
export { COMMENT_LIMIT, COMMENT_MARKER, formatComment, formatProblemsComment, type CommentContext } from "./comment.js";
export { formatDue } from "./due.js";
