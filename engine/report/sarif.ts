// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): every rule with its help, every
// finding as a result on its file and line, with a fingerprint that survives edits so alerts are tracked.
import type { ArtifactLocation, Log, ReportingDescriptor, Result } from "sarif";
import pkg from "../../package.json" with { type: "json" };
import type { CheckResult } from "../check.js";
import type { Finding, RuleMeta, Severity } from "../types.js";
import { encodePath, escapeMarkdown, link } from "./escape.js";
import { fingerprints } from "./fingerprint.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** The key of ropa's own fingerprint; versioned so a change of the recipe reads as a new key, not as new alerts. */
export const FINGERPRINT_KEY = "ropaFinding/v1";

const LEVEL: Record<Severity, NonNullable<Result["level"]>> = { error: "error", warning: "warning", info: "note" };

/** `subprocessors.dpa` → `SubprocessorsDpa`: SARIF's readable rule name. */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** METADATA text is wrapped at 100 columns; SARIF viewers wrap themselves. */
function unwrap(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .join("\n\n");
}

function helpText(rule: RuleMeta): string {
  const lines = [unwrap(rule.description), "", `How to fix: ${unwrap(rule.remediation)}`];
  if (rule.legal.length) lines.push(`Legal basis: ${rule.legal.map((l) => (l.url ? `${l.ref} (${l.url})` : l.ref)).join("; ")}`);
  if (rule.promise) lines.push(`Promise: “${unwrap(rule.promise)}”`);
  return lines.join("\n");
}

function helpMarkdown(rule: RuleMeta): string {
  const md = (text: string) => unwrap(text).split("\n\n").map((p) => escapeMarkdown(p, Infinity)).join("\n\n");
  const parts = [md(rule.description), `**How to fix:** ${md(rule.remediation)}`];
  if (rule.legal.length) parts.push(`**Legal basis:** ${rule.legal.map((l) => link(l.ref, l.url, Infinity)).join("; ")}`);
  if (rule.promise) parts.push(`**Promise:** “${md(rule.promise)}”`);
  return parts.join("\n\n");
}

function reportingDescriptor(rule: RuleMeta): ReportingDescriptor {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: unwrap(rule.title) },
    fullDescription: { text: unwrap(rule.description) },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      // The first part of the id is the rule's area (storage, subprocessors, art30 …).
      tags: ["gdpr", "privacy", "compliance", rule.id.split(".")[0]!],
      // The rules are deterministic checks of declared facts: no heuristics, no false positives by design.
      precision: "very-high",
    },
  };
}

/**
 * Where a finding points, as a SARIF artifact location. Paths relative to where ropa ran are resolved
 * against the checkout (`%SRCROOT%`), which is what code scanning expects; an absolute path can only be a
 * `file:` URI, which code scanning cannot place in the repository.
 */
function artifactLocation(file: string): ArtifactLocation {
  const posix = file.replace(/\\/g, "/");
  if (/^[A-Za-z]:\//.test(posix)) return { uri: `file:///${posix.slice(0, 2)}${encodePath(posix.slice(2))}` };
  if (posix.startsWith("/")) return { uri: `file://${encodePath(posix)}` };
  return { uri: encodePath(posix.replace(/^(\.\/)+/, "")), uriBaseId: "%SRCROOT%" };
}

function toResult(f: Finding, ruleIndex: number | undefined, fingerprint: string): Result {
  return {
    ruleId: f.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[f.severity],
    message: { text: `${f.message}\nHow to fix: ${f.remediation}` },
    ...(f.file
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(f.file),
                region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.col) },
              },
            },
          ],
        }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    // A waived finding stays in the log, marked as suppressed by the DPO's waiver.
    ...(f.waived
      ? { suppressions: [{ kind: "external", status: "accepted", justification: `Waiver ${f.waived.waiver} by ${f.waived.approved_by} until ${f.waived.expires_on}: ${f.waived.reason}` }] }
      : {}),
    properties: { record: f.record, kind: f.kind, path: f.path },
  };
}

/** The whole SARIF log, as JSON text. `rules` is every rule judged, so code scanning can close fixed alerts. */
export function formatSarif(result: CheckResult, rules: RuleMeta[]): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(sorted.map((r, i) => [r.id, i]));
  const ids = fingerprints(result.findings);
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ropa",
            semanticVersion: pkg.version,
            version: pkg.version,
            rules: sorted.map(reportingDescriptor),
          },
        },
        // Columns come from JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        results: result.findings.map((f, i) => toResult(f, index.get(f.rule), ids[i]!)),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
