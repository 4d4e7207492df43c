// The report for a person who decides, not one who codes (a DPO reading a PR comment or a job summary):
// the verdict first, then per severity a table saying what is wrong, why the law or the public promise
// cares, how to fix it, and only last where in the YAML. Everything a record supplied is escaped.
import type { CheckResult } from "../check.js";
import type { Finding, RuleMeta, Severity } from "../types.js";
import { code, encodePath, escapeMarkdown, link, measure, safeUrl } from "./escape.js";

export interface MarkdownOptions {
  /** Every rule the register was judged against (for the count). */
  rules: Map<string, RuleMeta>;
  /** Prefix that makes a file path a link, e.g. `https://github.com/o/r/blob/<sha>/`. */
  linkBase?: string;
  /** Longest output, in characters (GitHub refuses comments over 65,536). Findings are left out from the end to fit. */
  maxLength?: number;
  /** Longest output in UTF-8 bytes instead (GitHub limits a job summary to 1 MiB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_LENGTH = 60_000;

const SECTIONS: { severity: Severity; icon: string; heading: string }[] = [
  { severity: "error", icon: "❌", heading: "Errors" },
  { severity: "warning", icon: "⚠️", heading: "Warnings" },
  { severity: "info", icon: "ℹ️", heading: "Notes" },
];

const NAMES: Record<Severity, [string, string]> = { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["note", "notes"] };
const count = (n: number, s: Severity) => `${n} ${NAMES[s][n === 1 ? 0 : 1]}`;

function counts(findings: Finding[]): string {
  const parts = SECTIONS.map(({ severity }) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => count(n, s));
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : (parts[0] ?? "");
}

function row(f: Finding, linkBase: string | undefined): string {
  const rule = `${code(f.rule)}<br>${escapeMarkdown(f.title)}`;
  const legal = f.legal.map((l) => link(l.ref, l.url));
  const why = [...(legal.length ? [legal.join("; ")] : []), ...(f.promise ? [`Promise: ${link(`“${f.promise}”`, f.promise_url)}`] : [])].join("<br>");
  const label = `${f.file}:${f.line}`;
  const url = linkBase && f.file ? safeUrl(`${linkBase}${encodePath(f.file)}#L${f.line}`) : undefined;
  const where = url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
  return `| ${rule} | ${escapeMarkdown(f.message)} | ${why || "—"} | ${escapeMarkdown(f.remediation)} | ${where} |`;
}

function render(result: CheckResult, opts: MarkdownOptions, shown: Finding[], omitted: Finding[]): string {
  const all = result.findings;
  const passed = result.verdict === "pass";
  const out: string[] = [];
  const records = result.register.records.size;
  const judged = `${records} ${records === 1 ? "record" : "records"} checked against ${opts.rules.size} ${opts.rules.size === 1 ? "rule" : "rules"} on ${result.today}.`;

  if (all.length === 0) {
    out.push("## ✅ Register check passed", "", `No problems: ${judged}`);
  } else {
    const open = all.filter((f) => !f.waived);
    const waivedCount = all.length - open.length;
    const what = [open.length ? counts(open) : "", waivedCount ? `${waivedCount} waived` : ""].filter(Boolean).join(", ");
    out.push(`## ${passed ? "✅ Register check passed" : "❌ Register check failed"}: ${what}`, "", judged);
  }

  for (const { severity, icon, heading } of SECTIONS) {
    const rows = shown.filter((f) => f.severity === severity && !f.waived);
    if (!rows.length) continue;
    const total = all.filter((f) => f.severity === severity && !f.waived).length;
    out.push("", `### ${icon} ${heading} (${total})`, "", "| Rule | What is wrong | Why | How to fix | Where |", "|---|---|---|---|---|");
    for (const f of rows) out.push(row(f, opts.linkBase));
  }

  const waived = shown.filter((f) => f.waived);
  if (waived.length) {
    out.push("", `### 🛡️ Waived by the DPO (${all.filter((f) => f.waived).length})`, "", "| Rule | What is wrong | Waiver | Where |", "|---|---|---|---|");
    for (const f of waived) out.push(`| ${code(f.rule)} | ${escapeMarkdown(f.message)} | ${waiverText(f)} | ${escapeMarkdown(`${f.file}:${f.line}`)} |`);
  }

  if (omitted.length) {
    out.push(
      "",
      `> **${omitted.length} more ${omitted.length === 1 ? "finding is" : "findings are"} not shown here** (${counts(omitted)}): the report would be too long. ` +
        "The full report is in the job summary, or run `ropa check --format markdown`.",
    );
  }
  return out.join("\n");
}

export function formatMarkdown(result: CheckResult, opts: MarkdownOptions): string {
  const { size, max } = measure(opts, DEFAULT_MAX_LENGTH);
  // Errors first, then warnings, then notes; within each, the engine's order (file, line).
  const ordered = SECTIONS.flatMap(({ severity }) => result.findings.filter((f) => f.severity === severity));
  const at = (k: number) => render(result, opts, ordered.slice(0, k), ordered.slice(k));

  let text = at(ordered.length);
  if (size(text) <= max) return text;

  // The longest prefix of findings that fits: the size grows with every finding shown.
  let lo = 0;
  let hi = ordered.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size(at(mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  text = at(lo);
  if (size(text) <= max) return text;
  // Even the verdict alone is too long for this limit: cut it, never exceed it (in bytes, by what is over).
  let cut = Math.max(0, max - 1);
  let out = text.slice(0, cut) + "…";
  while (size(out) > max && cut > 0) out = text.slice(0, (cut = Math.max(0, cut - (size(out) - max)))) + "…";
  return out;
}

/** Who waived a finding, until when and why: the line an auditor looks for. */
export function waiverText(f: Finding): string {
  const w = f.waived!;
  return `${code(w.waiver)} by ${escapeMarkdown(w.approved_by)} until ${escapeMarkdown(w.expires_on)}: ${escapeMarkdown(w.reason)}`;
}
